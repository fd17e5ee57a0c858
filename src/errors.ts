/**
 * One class per failure a user can fix. Each message says what failed, which
 * input is involved and what to do. No message ever contains a secret: the
 * token, the seed or a one-time code (callers must not pass them in).
 */

/** The YAML line a workflow adds to give the action its TOTP seed. */
export const OTP_SECRET_YAML = 'otp-secret: ${{ secrets.NPM_OTP_SECRET }}'
/** The YAML line a workflow adds to give the action its token. */
export const TOKEN_YAML = 'token: ${{ secrets.NPM_TOKEN }}'

export abstract class PublishError extends Error {
  /** The action input the user should look at, when there is one. */
  readonly input: string | undefined
  /** The failure will hit every package of the run (a bad token, no seed, ...): start no new publish. */
  readonly stopsRun: boolean = false

  constructor(message: string, input?: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
    this.input = input
  }
}

/** An input has a value the action cannot use. */
export class InvalidInputError extends PublishError {
  constructor(input: string, message: string, options?: ErrorOptions) {
    super(`Input "${input}": ${message}`, input, options)
  }
}

/** The TOTP seed cannot be read. The message never contains the value. */
export class InvalidSeedError extends PublishError {
  constructor(problem: string) {
    super(
      `Input "otp-secret" is not a usable TOTP seed: ${problem}. ` +
        'Give the base32 setup key that npm showed when two-factor authentication was enabled ' +
        '(spaces, dashes, "=" padding and lower case are fine), or the otpauth://totp/... URI of its QR code. ' +
        'The value is not shown here because it is a secret.',
      'otp-secret',
    )
  }
}

/** The package to publish cannot be found or read. */
export class PackageNotFoundError extends PublishError {
  constructor(path: string, detail: string, options?: ErrorOptions) {
    super(
      `Input "package": cannot read the package at "${path}": ${detail}. ` +
        'Give a folder that holds a package.json, the path of a package.json, or a .tgz made by "npm pack".',
      'package',
      options,
    )
  }
}

/** The package's manifest is not publishable as it stands. */
export class InvalidManifestError extends PublishError {
  constructor(path: string, detail: string, options?: ErrorOptions) {
    super(`Input "package": the package at "${path}" cannot be published: ${detail}`, 'package', options)
  }
}

/** package.json says `private: true`. */
export class PrivatePackageError extends PublishError {
  constructor(name: string, path: string) {
    super(
      `Package ${name} at "${path}" is marked "private": true in its package.json, so it cannot be published. ` +
        'Remove the "private" field to publish it, or point the "package" input at another package.',
      'package',
    )
  }
}

/** No token was given and none was found in the npm configuration. */
export class TokenMissingError extends PublishError {
  override readonly stopsRun = true
  constructor(registry: string) {
    super(
      `No npm token for ${registry}: the "token" input is empty and no .npmrc gives one for this registry. ` +
        `Add "${TOKEN_YAML}" to the step's "with:", or set NODE_AUTH_TOKEN with actions/setup-node's "registry-url".`,
      'token',
    )
  }
}

/**
 * Repository content (publishConfig.registry, the repository's .npmrc) sends a package to another
 * registry than the one the workflow names, and only the workflow's registry gets the "token"
 * input and one-time passwords.
 */
export class RegistryMismatchError extends PublishError {
  override readonly stopsRun = false
  constructor(id: string, registry: { url: string; source: string }, workflow: { url: string; source: string }, needed: 'token' | 'code', options?: ErrorOptions) {
    const what =
      needed === 'token'
        ? `the "token" input is only sent to ${workflow.url} (${workflow.source}), and npm's configuration has no credentials bound to ${registry.url}`
        : `${registry.url} asked for a one-time password, and codes from "otp-secret" are only sent to ${workflow.url} (${workflow.source})`
    super(
      `${id} is to be published to ${registry.url} (${registry.source}), but ${what}. ` +
        `If ${id} belongs there, add "registry: ${registry.url}" to the step's "with:" (with a token for it); otherwise remove that registry from the repository.`,
      'registry',
      options,
    )
  }
}

/** trusted-publishing is "true" and the registry would not let this workflow publish the package through OIDC. */
export class TrustedPublishingError extends PublishError {
  constructor(id: string, registry: string, reason: string, options?: ErrorOptions) {
    super(
      `Trusted publishing (OIDC) cannot publish ${id} to ${registry}: ${reason}. ` +
        'Configure a trusted publisher for this repository and workflow on the package\'s settings page (allowing npm publish, or set stage: true if it allows only staging), ' +
        'or set trusted-publishing to auto to fall back to the "token" input and a one-time password.',
      'trusted-publishing',
      options,
    )
  }
}

/** The registry rejected the token (E401 without an OTP challenge). */
export class TokenRejectedError extends PublishError {
  override readonly stopsRun = true
  constructor(registry: string, detail: string, options?: ErrorOptions) {
    super(
      `The registry ${registry} rejected the npm token (401${detail ? `: ${detail}` : ''}). ` +
        'Check the "token" input: the token may be expired, revoked, read-only, or made for another registry. ' +
        'Create a new automation or granular access token with publish rights and store it as the secret the "token" input reads.',
      'token',
      options,
    )
  }
}

/** The registry wants a one-time password and no seed was given. */
export class OtpRequiredError extends PublishError {
  override readonly stopsRun = true
  constructor(registry: string, options?: ErrorOptions) {
    super(
      `The registry ${registry} asked for a one-time password (the account has two-factor authentication for writes), ` +
        'but the "otp-secret" input is empty. ' +
        `Store the account's TOTP seed as a repository secret and add "${OTP_SECRET_YAML}" to the step's "with:".`,
      'otp-secret',
      options,
    )
  }
}

/** The registry rejected the codes generated from the seed, twice. */
export class OtpRejectedError extends PublishError {
  override readonly stopsRun = true
  constructor(registry: string, detail: string, options?: ErrorOptions) {
    super(
      `The registry ${registry} rejected the one-time password twice, with codes from two different time steps. ` +
        `${detail} ` +
        'Either the "otp-secret" input is not the seed of the account that owns the token ' +
        '(re-check the secret against the setup key you kept; on npmjs a lost key cannot be replaced by setting TOTP up again, ' +
        'since new TOTP setups are refused: publish through trusted publishing or staging instead), ' +
        "or the runner's clock is wrong (check its time synchronisation). The action stopped to avoid a rate limit.",
      'otp-secret',
      options,
    )
  }
}

/** The account uses browser / security-key 2FA: no TOTP seed can satisfy it. */
export class WebAuthnRequiredError extends PublishError {
  override readonly stopsRun = true
  constructor(registry: string, options?: ErrorOptions) {
    super(
      `The registry ${registry} asked to finish authentication in a web browser (security-key or passkey two-factor authentication). ` +
        'That cannot run unattended, and no TOTP seed can answer it (npmjs does not let an account set up authenticator-app 2FA any more). ' +
        'Use trusted publishing (OIDC) for this package, or stage the version for a maintainer to approve ' +
        '(set stage to true, or on-otp-unavailable to stage); a token that bypasses 2FA publishes directly until that ends (announced for about January 2027).',
      'otp-secret',
      options,
    )
  }
}

/** A 403 that refers to the account's or the package's 2FA policy. */
export class TwoFactorPolicyError extends PublishError {
  override readonly stopsRun = true
  constructor(registry: string, detail: string, options?: ErrorOptions) {
    super(
      `The registry ${registry} refused the publish because of a two-factor authentication policy (403: ${detail}). ` +
        'The fix is in the npm account, token or package settings, not in the seed: the account that owns the "token" needs ' +
        'two-factor authentication for writes (with its TOTP seed as "otp-secret"), or a token type the package policy allows. ' +
        'Where that needs 2FA the account cannot set up any more (TOTP on npmjs), publish through trusted publishing or staging instead.',
      'token',
      options,
    )
  }
}

/** The token only works from some IP ranges, and this runner is outside them. */
export class IpRestrictedError extends PublishError {
  override readonly stopsRun = true
  constructor(registry: string, options?: ErrorOptions) {
    super(
      `The registry ${registry} refused the token from this runner's IP address: the token is limited to allowed IP ranges (CIDR). ` +
        'Add the runner\'s address range to the token\'s allowed ranges on npm, or use a token without that limit in the "token" input.',
      'token',
      options,
    )
  }
}

/** 403 without a 2FA reason: the token's user may not publish this package. */
export class PublishForbiddenError extends PublishError {
  constructor(registry: string, pkg: string, detail: string, options?: ErrorOptions) {
    super(
      `The registry ${registry} refused to let this token publish ${pkg} (403${detail ? `: ${detail}` : ''}). ` +
        'Check that the "token" belongs to a maintainer of the package (or a member of its scope\'s organisation), ' +
        'that the token has write access to it, and that the name is not taken by someone else.',
      'token',
      options,
    )
  }
}

/** The registry cannot be reached (DNS, refused connection, time-out, TLS). */
export class RegistryUnreachableError extends PublishError {
  override readonly stopsRun = true
  constructor(registry: string, detail: string, options?: ErrorOptions) {
    super(
      `Cannot reach the registry ${registry} (${detail}). ` +
        'Check the "registry" input (and publishConfig.registry / .npmrc), and that this runner can reach that host.',
      'registry',
      options,
    )
  }
}

/** The registry's TLS certificate is not trusted (a private CA, a self-signed or expired certificate, another host name). */
export class RegistryCertificateError extends PublishError {
  override readonly stopsRun = true
  constructor(registry: string, code: string, options?: ErrorOptions) {
    const fix =
      code === 'CERT_HAS_EXPIRED'
        ? 'The certificate has expired: renew it on the registry.'
        : code === 'ERR_TLS_CERT_ALTNAME_INVALID'
          ? 'The certificate is for another host name: use the registry URL its certificate names.'
          : "If a private certificate authority signs it (a company registry or a TLS-inspecting proxy), give that CA to npm as npm itself needs it: \"cafile=/path/to/ca.pem\" (or \"ca=...\") in an .npmrc. \"strict-ssl=false\" turns the check off (not recommended)."
    super(`The registry ${registry} presented a TLS certificate this runner does not trust (${code}). ${fix}`, 'registry', options)
  }
}

/** npm's configuration (an .npmrc file, an npm_config_* variable) holds something npm itself would not use. */
export class NpmConfigError extends PublishError {
  override readonly stopsRun = true
  /** `file`: the .npmrc (or files) at fault, when known. */
  constructor(file: string | undefined, detail: string, options?: ErrorOptions) {
    super(`${file ? `The npm configuration file ${file}` : "npm's configuration"} cannot be used: ${detail}.`, undefined, options)
  }
}

/** The registry answered with a redirect, which the action never follows: it would carry the token and the code to another address. */
export class RegistryRedirectError extends PublishError {
  override readonly stopsRun = true
  constructor(registry: string, what: string, status: number, location: string | undefined) {
    let target = 'no Location'
    try {
      target = location ? new URL(location, registry).origin : target
    } catch {
      target = 'an invalid Location'
    }
    super(
      `The registry ${registry} answered ${what} with a redirect (${status} to ${target}). ` +
        'The action never follows a redirect, since it would carry the token and the one-time password to another address, ' +
        'and nothing was published. If the registry has moved, set the "registry" input (or the .npmrc) to its new address.',
      'registry',
    )
  }
}

/** Too many requests. */
export class RateLimitedError extends PublishError {
  override readonly stopsRun = true
  /** What the registry's `retry-after` asked for, in ms, when it said. */
  readonly retryAfterMs: number | undefined

  constructor(registry: string, retryAfter: string | undefined, options?: ErrorOptions) {
    super(
      `The registry ${registry} answered 429 Too Many Requests${retryAfter ? ` (retry after ${retryAfter} s)` : ''}. ` +
        'Wait before re-running the job; repeated rejected one-time passwords also lead to this, so check "otp-secret" if earlier runs failed on it.',
      'otp-secret',
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
  constructor(registry: string, what: string, detail: string, options?: ErrorOptions) {
    super(`The registry ${registry} failed ${what}: ${detail}`, undefined, options)
  }
}

/** The registry holds this version already, but with a different tarball. */
export class VersionConflictError extends PublishError {
  constructor(id: string, registry: string) {
    super(
      `${id} is already on ${registry} with different contents than this tarball. ` +
        'A version can be published only once: bump "version" in package.json and publish again.',
      'package',
    )
  }
}

/** The run went past the "timeout" input. */
export class TimeoutError extends PublishError {
  override readonly stopsRun = true
  constructor(seconds: number, what: string) {
    super(
      `Stopped: ${what} would go past the "timeout" input (${seconds} s). ` +
        'Nothing is left half-published: a re-run checks the registry and publishes only what is missing. ' +
        'If the registry is slow or the packages are large, raise "timeout".',
      'timeout',
    )
  }
}

/** Turn anything thrown into one line, without trusting it to be an Error. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
