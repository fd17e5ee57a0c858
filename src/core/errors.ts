/**
 * One class per failure a user can fix. Each carries a stable `code`, the setting it concerns (a
 * neutral key), whether it stops the whole run, and its message as Text: what failed and what to
 * do, with the settings as references that each face renders in its own words. Error.message is
 * the same text in neutral words, for debugging only. No message ever holds a secret: the token,
 * the seed or a one-time code (callers must not pass them in).
 */
import { NEUTRAL_WORDS, emptyOf, giveOf, join, labelOf, nameOf, plain, render, setTo, text, valueOf, type Setting, type Text } from '../common/text.ts'

export type ErrorCode =
  | 'ESETTING'
  | 'ESEED'
  | 'ENOPACKAGE'
  | 'EMANIFEST'
  | 'EPRIVATE'
  | 'ENOTOKEN'
  | 'EREGISTRYMISMATCH'
  | 'ETRUSTED'
  | 'ETOKEN'
  | 'EOTPREQUIRED'
  | 'EOTPREJECTED'
  | 'EWEBAUTHN'
  | 'E2FAPOLICY'
  | 'EAUTHIP'
  | 'EFORBIDDEN'
  | 'EUNREACHABLE'
  | 'ECERT'
  | 'ENPMCONFIG'
  | 'EREDIRECT'
  | 'ERATELIMIT'
  | 'EREGISTRY'
  | 'ECONFLICT'
  | 'ETIMEOUT'
  | 'EUNEXPECTED'
  | 'ECOMMAND'
  | 'ESTAGEREQUIRED'
  | 'ETOKENSDISALLOWED'
  | 'ESTAGENEW'
  | 'ECHECK'

/** What a failure is about, for a face's exit code: the request, authentication, time, or the publish itself. */
export type ErrorKind = 'usage' | 'auth' | 'timeout' | 'failed'

const KIND: Record<ErrorCode, ErrorKind> = {
  ESETTING: 'usage',
  ESEED: 'auth',
  ENOPACKAGE: 'usage',
  EMANIFEST: 'usage',
  EPRIVATE: 'usage',
  ENPMCONFIG: 'usage',
  ENOTOKEN: 'auth',
  EREGISTRYMISMATCH: 'auth',
  ETRUSTED: 'auth',
  ETOKEN: 'auth',
  EOTPREQUIRED: 'auth',
  EOTPREJECTED: 'auth',
  EWEBAUTHN: 'auth',
  E2FAPOLICY: 'auth',
  EAUTHIP: 'auth',
  EFORBIDDEN: 'failed',
  ETIMEOUT: 'timeout',
  EUNREACHABLE: 'failed',
  ECERT: 'failed',
  EREDIRECT: 'failed',
  ERATELIMIT: 'failed',
  EREGISTRY: 'failed',
  ECONFLICT: 'failed',
  EUNEXPECTED: 'failed',
  ECOMMAND: 'usage',
  ESTAGEREQUIRED: 'auth',
  ETOKENSDISALLOWED: 'auth',
  ESTAGENEW: 'failed',
  ECHECK: 'usage',
}

export function kindOf(code: ErrorCode): ErrorKind {
  return KIND[code]
}

export abstract class PublishError extends Error {
  abstract readonly code: ErrorCode
  /** The setting the user should look at, when there is one. */
  readonly setting: Setting | undefined
  /** The message, with settings as references. */
  readonly text: Text
  /** The failure will hit every package of the run (a bad token, no seed, ...): start no new publish. */
  readonly stopsRun: boolean = false
  /** The registry asked for a one-time password (and the run could not give one it accepted). */
  readonly otpRequired: boolean = false

  constructor(message: Text, setting?: Setting, options?: ErrorOptions) {
    super(render(message, NEUTRAL_WORDS), options)
    this.name = new.target.name
    this.text = message
    this.setting = setting
  }
}

/** A setting has a value the run cannot use (the message starts with the setting: `labelOf`). */
export class InvalidSettingError extends PublishError {
  readonly code = 'ESETTING'
  constructor(setting: Setting, message: Text | string, options?: ErrorOptions) {
    super(text`${labelOf(setting)}: ${typeof message === 'string' ? plain(message) : message}`, setting, options)
  }
}

/** The TOTP seed cannot be read. The message never contains the value. */
export class InvalidSeedError extends PublishError {
  readonly code = 'ESEED'
  constructor(problem: string, options?: ErrorOptions) {
    super(
      join(
        text`${labelOf('otpSecret')} is not a usable TOTP seed: ${problem}. `,
        'Give the base32 setup key that the registry showed when two-factor authentication with an authenticator app was turned on ',
        '(spaces, dashes, "=" padding and lower case are fine), or the otpauth://totp/... URI of its QR code. ',
        'The value is not shown here because it is a secret.',
      ),
      'otpSecret',
      options,
    )
  }
}

/** The package to publish cannot be found or read. */
export class PackageNotFoundError extends PublishError {
  readonly code = 'ENOPACKAGE'
  constructor(path: string, detail: Text | string, options?: ErrorOptions) {
    super(
      join(
        text`Cannot read the package at "${path}": ${typeof detail === 'string' ? plain(detail) : detail}. `,
        text`Point ${nameOf('packages')} at a folder that holds a package.json, the path of a package.json, or a .tgz made by "npm pack".`,
      ),
      'packages',
      options,
    )
  }
}

/** The package's manifest is not publishable as it stands. */
export class InvalidManifestError extends PublishError {
  readonly code = 'EMANIFEST'
  constructor(path: string, detail: Text | string, options?: ErrorOptions) {
    // About the package itself (its package.json, its workspace): not about the setting that named it.
    super(text`The package at "${path}" cannot be published: ${typeof detail === 'string' ? plain(detail) : detail}`, 'packages', options)
  }
}

/** package.json says `private: true`. */
export class PrivatePackageError extends PublishError {
  readonly code = 'EPRIVATE'
  constructor(name: string, path: string) {
    super(
      join(
        text`Package ${name} at "${path}" is marked "private": true in its package.json, so it cannot be published. `,
        text`Remove the "private" field to publish it, or point ${nameOf('packages')} at another package.`,
      ),
      'packages',
    )
  }
}

/** No token was given and none was found in the npm configuration. `skipped`: an .npmrc in the package's folder that npm does not read either. */
export class TokenMissingError extends PublishError {
  readonly code = 'ENOTOKEN'
  override readonly stopsRun = true
  constructor(registry: string, skipped?: string) {
    const note = skipped
      ? ` (${skipped} is in the package's folder, and neither npm publish nor this run reads an .npmrc there: only the project's, the user's and the global one)`
      : ''
    super(text`No npm token for ${registry}: ${emptyOf('token')} and no .npmrc gives one for this registry${note}. ${giveOf('token')}.`, 'token')
  }
}

/**
 * Repository content (publishConfig.registry, the repository's .npmrc) sends a package to another
 * registry than the one the workflow names, and only the workflow's registry gets the token and
 * one-time passwords.
 */
export class RegistryMismatchError extends PublishError {
  readonly code = 'EREGISTRYMISMATCH'
  constructor(id: string, registry: { url: string; source: Text }, workflow: { url: string; source: Text }, needed: 'token' | 'code', options?: ErrorOptions) {
    const what =
      needed === 'token'
        ? text`${nameOf('token')} is only sent to ${workflow.url} (${workflow.source}), and npm's configuration has no credentials bound to ${registry.url}`
        : text`${registry.url} asked for a one-time password, and codes from ${nameOf('otpSecret')} are only sent to ${workflow.url} (${workflow.source})`
    super(
      join(
        text`${id} is to be published to ${registry.url} (${registry.source}), but ${what}. `,
        text`If ${id} belongs there, ${setTo('registry', registry.url)} (with a token for it); otherwise remove that registry from the repository.`,
      ),
      'registry',
      options,
    )
  }
}

/** Trusted publishing is required and the registry would not let this job publish the package through OIDC. */
export class TrustedPublishingError extends PublishError {
  readonly code = 'ETRUSTED'
  constructor(id: string, registry: string, reason: Text | string, options?: ErrorOptions) {
    super(
      join(
        text`Trusted publishing (OIDC) cannot publish ${id} to ${registry}: ${reason}. `,
        text`Configure a trusted publisher for this repository and workflow on the package's settings page (allowing npm publish, or ${setTo('stage', 'true')} if it allows only staging), `,
        text`or ${setTo('trustedPublishing', 'auto')} to fall back to ${nameOf('token')} and a one-time password.`,
      ),
      'trustedPublishing',
      options,
    )
  }
}

/** The registry rejected the token (E401 without an OTP challenge). */
export class TokenRejectedError extends PublishError {
  readonly code = 'ETOKEN'
  override readonly stopsRun = true
  constructor(registry: string, detail: string, options?: ErrorOptions) {
    super(
      join(
        text`The registry ${registry} rejected the npm token (401${detail ? `: ${detail}` : ''}). `,
        text`Check ${nameOf('token')}: the token may be expired, revoked, read-only, or made for another registry. `,
        text`Create a new granular access token with publish rights and store it where ${nameOf('token')} comes from.`,
      ),
      'token',
      options,
    )
  }
}

/** The registry wants a one-time password and no seed was given. */
export class OtpRequiredError extends PublishError {
  readonly code = 'EOTPREQUIRED'
  override readonly stopsRun = true
  override readonly otpRequired = true
  constructor(registry: string, options?: ErrorOptions) {
    super(
      text`The registry ${registry} asked for a one-time password (the account has two-factor authentication for writes), but ${emptyOf('otpSecret')}. ${giveOf('otpSecret')}.`,
      'otpSecret',
      options,
    )
  }
}

/** The registry rejected the codes generated from the seed, twice. */
export class OtpRejectedError extends PublishError {
  readonly code = 'EOTPREJECTED'
  override readonly stopsRun = true
  override readonly otpRequired = true
  constructor(registry: string, detail: string, options?: ErrorOptions) {
    super(
      join(
        text`The registry ${registry} rejected the one-time password twice, with codes from two different time steps. ${detail} `,
        text`Either ${nameOf('otpSecret')} is not the seed of the account that owns the token `,
        '(re-check the secret against the setup key you kept; on npmjs a lost key cannot be replaced by setting TOTP up again, ',
        'since new TOTP setups are refused: publish through trusted publishing or staging instead), ',
        "or the runner's clock is wrong (check its time synchronisation). The run stopped to avoid a rate limit.",
      ),
      'otpSecret',
      options,
    )
  }
}

/** The account uses browser / security-key 2FA: no TOTP seed can satisfy it. */
export class WebAuthnRequiredError extends PublishError {
  readonly code = 'EWEBAUTHN'
  override readonly stopsRun = true
  override readonly otpRequired = true
  constructor(registry: string, options?: ErrorOptions) {
    super(
      join(
        text`The registry ${registry} asked to finish authentication in a web browser (security-key or passkey two-factor authentication). `,
        'That cannot run unattended, and no TOTP seed can answer it (npmjs does not let an account set up authenticator-app 2FA any more). ',
        text`Use trusted publishing (OIDC) for this package, or stage the version for a maintainer to approve (${setTo('stage', 'true')}, or ${setTo('onOtpUnavailable', 'stage')}); `,
        'a token that bypasses 2FA publishes directly until that ends (announced for about January 2027).',
      ),
      'otpSecret',
      options,
    )
  }
}

/** A 403 that refers to the account's or the package's 2FA policy. */
export class TwoFactorPolicyError extends PublishError {
  readonly code = 'E2FAPOLICY'
  override readonly stopsRun = true
  constructor(registry: string, detail: string, options?: ErrorOptions) {
    super(
      join(
        text`The registry ${registry} refused the publish because of a two-factor authentication policy (403: ${detail}). `,
        text`The fix is in the npm account, token or package settings, not in the seed: the account that owns ${nameOf('token')} needs `,
        text`two-factor authentication for writes (with its TOTP seed as ${nameOf('otpSecret')}), or a token type the package policy allows. `,
        'Where that needs 2FA the account cannot set up any more (TOTP on npmjs), publish through trusted publishing or staging instead.',
      ),
      'token',
      options,
    )
  }
}

/** The token may only stage (npmjs's "Read and write (stage only)"): a direct publish is refused with E_STAGE_REQUIRED. */
export class StageRequiredError extends PublishError {
  readonly code = 'ESTAGEREQUIRED'
  override readonly stopsRun = true
  constructor(registry: string, pkg: string, detail: string, options?: ErrorOptions) {
    super(
      join(
        text`The registry ${registry} refused to publish ${pkg} directly: the token may only stage versions (403${detail ? `: ${detail}` : ''}). `,
        text`Stage it for a maintainer to approve (${setTo('onOtpUnavailable', 'stage')}, or ${setTo('stage', 'true')}), `,
        text`or give ${nameOf('token')} a token that may publish directly (a granular token with "Read and write").`,
      ),
      'token',
      options,
    )
  }
}

/** The package is set to "require two-factor authentication and disallow tokens": no token publishes it, with or without a code. */
export class TokensDisallowedError extends PublishError {
  readonly code = 'ETOKENSDISALLOWED'
  constructor(registry: string, pkg: string, detail: string, options?: ErrorOptions) {
    super(
      join(
        text`The registry ${registry} refused the token for ${pkg}: the package requires two-factor authentication and disallows tokens (403${detail ? `: ${detail}` : ''}), `,
        'so no token publishes it directly, with or without a one-time password. The ways that remain: trusted publishing (OIDC: configure a trusted publisher ',
        text`for this repository and workflow on the package's settings page), or staging for a maintainer to approve (${setTo('stage', 'true')}, or ${setTo('onOtpUnavailable', 'stage')}).`,
      ),
      'token',
      options,
    )
  }
}

/** A registry that stages only packages that exist refused to stage a first version. */
export class StageNewPackageError extends PublishError {
  readonly code = 'ESTAGENEW'
  constructor(registry: string, id: string, detail: string, options?: ErrorOptions) {
    super(
      plain(
        `The registry ${registry} did not stage ${id}, the package's first version (${detail}): it stages only packages that exist ` +
          '(npmjs stages new packages since October 2026; other registries may not yet). Publish the first version directly (a token and a one-time password), then stage the next ones.',
      ),
      'stage',
      options,
    )
  }
}

/** The token only works from some IP ranges, and this runner is outside them. */
export class IpRestrictedError extends PublishError {
  readonly code = 'EAUTHIP'
  override readonly stopsRun = true
  constructor(registry: string, options?: ErrorOptions) {
    super(
      join(
        text`The registry ${registry} refused the token from this runner's IP address: the token is limited to allowed IP ranges (CIDR). `,
        text`Add the runner's address range to the token's allowed ranges on npm, or use a token without that limit in ${nameOf('token')}.`,
      ),
      'token',
      options,
    )
  }
}

/** 403 without a 2FA reason: the token's user may not publish this package. */
export class PublishForbiddenError extends PublishError {
  readonly code = 'EFORBIDDEN'
  /** The registry said that the trusted publisher behind an OIDC token may not do this (only stage, say). */
  readonly oidcActionDenied: boolean
  constructor(registry: string, pkg: string, detail: string, options?: ErrorOptions & { oidcActionDenied?: boolean }) {
    super(
      join(
        text`The registry ${registry} refused to let this token publish ${pkg} (403${detail ? `: ${detail}` : ''}). `,
        text`Check that the token in ${nameOf('token')} belongs to a maintainer of the package (or a member of its scope's organisation), `,
        'that the token has write access to it, and that the name is not taken by someone else.',
      ),
      'token',
      options,
    )
    this.oidcActionDenied = options?.oidcActionDenied ?? false
  }
}

/** The registry cannot be reached (DNS, refused connection, time-out, TLS). */
export class RegistryUnreachableError extends PublishError {
  readonly code = 'EUNREACHABLE'
  override readonly stopsRun = true
  /** What failed on the way: a system error code, or "no answer before the time-out". */
  readonly detail: string
  constructor(registry: string, detail: string, options?: ErrorOptions) {
    super(
      text`Cannot reach the registry ${registry} (${detail}). Check ${nameOf('registry')} (and publishConfig.registry / .npmrc), and that this runner can reach that host.`,
      'registry',
      options,
    )
    this.detail = detail
  }
}

/** The registry's TLS certificate is not trusted (a private CA, a self-signed or expired certificate, another host name). */
export class RegistryCertificateError extends PublishError {
  readonly code = 'ECERT'
  override readonly stopsRun = true
  constructor(registry: string, code: string, options?: ErrorOptions) {
    const fix =
      code === 'CERT_HAS_EXPIRED'
        ? 'The certificate has expired: renew it on the registry.'
        : code === 'ERR_TLS_CERT_ALTNAME_INVALID'
          ? 'The certificate is for another host name: use the registry URL its certificate names.'
          : 'If a private certificate authority signs it (a company registry or a TLS-inspecting proxy), give that CA to npm as npm itself needs it: "cafile=/path/to/ca.pem" (or "ca=...") in an .npmrc. "strict-ssl=false" turns the check off (not recommended).'
    super(plain(`The registry ${registry} presented a TLS certificate this runner does not trust (${code}). ${fix}`), 'registry', options)
  }
}

/** npm's configuration (an .npmrc file, an npm_config_* variable) holds something npm itself would not use. */
export class NpmConfigError extends PublishError {
  readonly code = 'ENPMCONFIG'
  override readonly stopsRun = true
  /** `file`: the .npmrc (or files) at fault, when known. */
  constructor(file: string | undefined, detail: string, options?: ErrorOptions) {
    super(plain(`${file ? `The npm configuration file ${file}` : "npm's configuration"} cannot be used: ${detail}.`), undefined, options)
  }
}

/** The registry answered with a redirect, which is never followed: it would carry the token and the code to another address. */
export class RegistryRedirectError extends PublishError {
  readonly code = 'EREDIRECT'
  override readonly stopsRun = true
  constructor(registry: string, what: string, status: number, location: string | undefined) {
    let target = 'no Location'
    try {
      target = location ? new URL(location, registry).origin : target
    } catch {
      target = 'an invalid Location'
    }
    super(
      join(
        text`The registry ${registry} answered ${what} with a redirect (${status} to ${target}). `,
        'A redirect is never followed, since it would carry the token and the one-time password to another address, ',
        text`and nothing was published. If the registry has moved, ${setTo('registry', '<its new address>')} (or fix the .npmrc).`,
      ),
      'registry',
    )
  }
}

/** Too many requests. */
export class RateLimitedError extends PublishError {
  readonly code = 'ERATELIMIT'
  override readonly stopsRun = true
  /** What the registry's `retry-after` asked for, in ms, when it said. */
  readonly retryAfterMs: number | undefined

  constructor(registry: string, retryAfter: string | undefined, options?: ErrorOptions) {
    super(
      join(
        text`The registry ${registry} answered 429 Too Many Requests${retryAfter ? ` (retry after ${retryAfter} s)` : ''}. `,
        text`Wait before running again; repeated rejected one-time passwords also lead to this, so check ${nameOf('otpSecret')} if earlier runs failed on it.`,
      ),
      'otpSecret',
      options,
    )
    this.retryAfterMs = parseRetryAfter(retryAfter)
  }
}

/** `retry-after` is seconds or an HTTP date. */
function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined
}

/** Any other answer from the registry. */
export class RegistryError extends PublishError {
  readonly code = 'EREGISTRY'
  /** The answer in short: "HTTP 503: ...", or an error code. */
  readonly detail: string
  constructor(registry: string, what: string, detail: string, options?: ErrorOptions) {
    super(plain(`The registry ${registry} failed ${what}: ${detail}`), undefined, options)
    this.detail = detail
  }
}

/** With strict on: what the package check found (skipped publish scripts, entry files the tarball lacks), before anything was sent. */
export class PackageCheckError extends PublishError {
  readonly code = 'ECHECK'
  constructor(id: string, findings: Text[], options?: ErrorOptions) {
    const listed = Array.isArray(findings) ? findings : [plain(String(findings))]
    super(join(text`${id} was not published (${valueOf('strict', 'true')}): `, ...listed.flatMap((finding, index) => (index ? ['; ', finding] : [finding])), '.'), 'strict', options)
  }
}

/** The command to run behind the relay could not be started. */
export class CommandError extends PublishError {
  readonly code = 'ECOMMAND'
  constructor(command: string, detail: string, options?: ErrorOptions) {
    super(plain(`The command "${command}" could not be started (${detail}). Check that it is installed and on PATH in the working folder.`), undefined, options)
  }
}

/** A failure nobody foresaw (a defect): kept as it is, so that it can be reported. */
export class UnexpectedError extends PublishError {
  readonly code = 'EUNEXPECTED'
  constructor(cause: unknown) {
    super(plain(`Unexpected failure: ${messageOf(cause)}`), undefined, { cause })
  }
}

/** The registry holds this version already, but with a different tarball. */
export class VersionConflictError extends PublishError {
  readonly code = 'ECONFLICT'
  constructor(id: string, registry: string) {
    super(
      plain(`${id} is already on ${registry} with different contents than this tarball. A version can be published only once: bump "version" in package.json and publish again.`),
      'packages',
    )
  }
}

/** The run went past its time limit. */
export class TimeoutError extends PublishError {
  readonly code = 'ETIMEOUT'
  override readonly stopsRun = true
  constructor(seconds: number, what: string) {
    super(
      join(
        text`Stopped: ${what} would go past the time limit (${valueOf('timeout', String(seconds))} s). `,
        'Nothing is left half-published: a re-run checks the registry and publishes only what is missing. ',
        text`If the registry is slow or the packages are large, raise ${nameOf('timeout')}.`,
      ),
      'timeout',
    )
  }
}

/** Turn anything thrown into one line, without trusting it to be an Error. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/** A failure as Text: a PublishError's own, anything else as its message. */
export function textOf(error: unknown): Text {
  return error instanceof PublishError ? error.text : plain(messageOf(error))
}
