/**
 * How each package is published, and why: which registry may get the
 * workflow's secrets, trusted publishing (OIDC) or the token input (or npm's
 * configuration) with the run's codes, what the account says about codes, and
 * provenance. The publish loop only uses what this hands it.
 */
import type npmFetch from 'npm-registry-fetch'
import { RegistryMismatchError, TokenMissingError, TrustedPublishingError } from '../errors.ts'
import type { Logger } from '../log.ts'
import type { OtpSession } from '../otp/session.ts'
import { readAccount, type Account } from './account.ts'
import { credentialsFromConfig, nerfDart, workflowRegistry, type NpmConfig, type RegistryChoice } from './config.ts'
import { GET_TIMEOUT_MS } from './deadline.ts'
import { idTokenClaims, refusalReason, tryTrustedPublishing, type TrustedAttempt } from './oidc.ts'
import type { Access, PublishSettings, RunContext } from './publish.ts'

const USER_AGENT = 'npm-otp-publish (+https://github.com/marketplace/actions/npm-otp-publish)'

/** What is known before the version check: where the secrets may go, and the requests under way. */
export interface CredentialPlan {
  /** The registry is the one the workflow names: the token input, codes and trusted publishing go there. */
  ours: boolean
  workflow: RegistryChoice
  /** For the version check, and for the publish by token. */
  fetchOptions: npmFetch.Options
  codes: OtpSession | undefined
  /** Settles to what the account said, or why reading it failed. */
  account: Promise<{ value?: Account; error?: unknown }> | undefined
  trusted: Promise<TrustedAttempt> | undefined
  hasToken: boolean
}

/** How a package is published, decided once the version check and the exchange have answered. */
export interface PublishPath {
  /** 'oidc': fetchOptions carry the token from trusted publishing; 'token': the token input or npm's configuration. */
  via: 'oidc' | 'token'
  fetchOptions: npmFetch.Options
  otp: OtpSession | undefined
  /** With trusted-publishing auto: the token path, for when the trusted publisher may not publish (only stage). */
  fallback: { fetchOptions: npmFetch.Options; otp: OtpSession | undefined } | undefined
  /** Why trusted publishing was not used, for the result's message. */
  note: string | undefined
  /** The account needs a code to publish (true), does not (false), or the registry did not say. */
  codeForWrites: boolean | undefined
  /** Set when repository content sends the package elsewhere: no token input, no codes there. */
  withheld: { registry: RegistryChoice; workflow: RegistryChoice } | undefined
}

/**
 * Before the version check: the "token" input and the codes go only to the registry the workflow
 * names; repository content (publishConfig, the repository's .npmrc) may choose another one only
 * with credentials npm's configuration binds to it, as npm does. Trusted publishing is tried there,
 * and the account read once per registry, both while the version check is on the wire.
 */
export function planCredentials(id: string, name: string, registry: RegistryChoice, settings: PublishSettings, context: RunContext): CredentialPlan {
  const { config, logger } = context
  const workflow = workflowRegistry(settings.registry, name, config)
  const ours = registry.url === workflow.url
  if (!ours) {
    logger.info(`The "token" input and one-time passwords are only for ${workflow.url} (${workflow.source}); ${registry.url} gets only the credentials npm's configuration binds to it.`)
    if (settings.token && !hasCredentials(registry.url, config)) throw new RegistryMismatchError(id, registry, workflow, 'token')
    if (settings.trustedPublishing === 'true') {
      throw new TrustedPublishingError(id, registry.url, `trusted publishing is only tried at the registry the workflow names, ${workflow.url}, and ${registry.url} was chosen by ${registry.source}`)
    }
  }
  const token = ours ? settings.token : undefined
  if (ours && config.projectNetworkKeys.length) {
    logger.info(
      `The repository's .npmrc sets ${config.projectNetworkKeys.join(', ')}: requests that carry the "token" input or one-time passwords use only the runner's network settings.`,
    )
  }
  const fetchOptions = {
    ...config.options,
    ...(ours ? config.runnerNetwork : config.network),
    registry: registry.url,
    userAgent: USER_AGENT,
    // A redirect is answered, never followed (scripts/build.mjs makes npm-registry-fetch pass this on).
    redirect: 'manual',
    ...(token ? { [`${nerfDart(registry.url)}:_authToken`]: token } : {}),
  } as npmFetch.Options
  // Scoped registries in the npm config must not redirect the publish away from the chosen registry.
  if (name.startsWith('@')) delete (fetchOptions as Record<string, unknown>)[`${name.split('/')[0]}:registry`]

  const trusted = ours
    ? tryTrustedPublishing(name, registry.url, settings.trustedPublishing, settings.env, { ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'the token exchange') }, context.idTokens, logger)
    : undefined
  const hasToken = Boolean(token) || hasCredentials(registry.url, config)
  if (!trusted && !hasToken && !settings.dryRun) throw new TokenMissingError(registry.url)
  let account: Promise<Account> | undefined
  if (ours && hasToken) {
    account = context.accounts.get(registry.url) ?? readAccount({ ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'reading the account') }, registry.url)
    context.accounts.set(registry.url, account)
  }
  return {
    ours,
    workflow,
    fetchOptions,
    codes: ours ? context.otp : undefined,
    account: account?.then(
      value => ({ value }),
      (error: unknown) => ({ error }),
    ),
    trusted,
    hasToken,
  }
}

/**
 * After the version check: the token from trusted publishing when the exchange gave one, else the
 * token input (or npm's configuration) with the run's codes. With trusted-publishing "true", a
 * refused exchange fails here, with the registry's reason in words. A token the registry rejected
 * stops the run, unless trusted publishing does without it.
 */
export async function choosePath(
  plan: CredentialPlan,
  { id, name, registry, exists, settings, logger }: { id: string; name: string; registry: RegistryChoice; exists: boolean; settings: PublishSettings; logger: Logger },
): Promise<PublishPath & { attempt: TrustedAttempt | undefined }> {
  const [known, attempt] = await Promise.all([plan.account, plan.trusted])
  const byOidc = attempt?.exchange.kind === 'token' ? attempt.exchange.token : undefined
  if (known?.error !== undefined && !byOidc) throw known.error
  const codeForWrites = known?.value?.codeForWrites
  if (plan.codes && codeForWrites === false) logger.info('The registry says this account needs no one-time password to publish: none is sent unless it asks.')
  const withheld = plan.ours ? undefined : { registry, workflow: plan.workflow }
  const byToken = { via: 'token' as const, fetchOptions: plan.fetchOptions, otp: plan.codes, fallback: undefined, codeForWrites, withheld, attempt }
  if (!attempt) return { ...byToken, note: undefined }
  if (byOidc) {
    logger.info(`Trusted publishing: ${id} is published with a short-lived token from the registry's OIDC exchange, without the "token" input and without a one-time password.`)
    return {
      via: 'oidc',
      fetchOptions: { ...plan.fetchOptions, [`${nerfDart(registry.url)}:_authToken`]: byOidc },
      otp: undefined,
      fallback: settings.trustedPublishing === 'auto' ? { fetchOptions: plan.fetchOptions, otp: plan.codes } : undefined,
      note: undefined,
      codeForWrites,
      withheld,
      attempt,
    }
  }
  const reason = refusalReason(attempt.exchange as Extract<TrustedAttempt['exchange'], { kind: 'refused' }>, name, registry.url, exists)
  if (settings.trustedPublishing === 'true') throw new TrustedPublishingError(id, registry.url, reason)
  if (!plan.hasToken && !settings.dryRun) throw new TokenMissingError(registry.url)
  logger.info(`Trusted publishing is not used for ${id}: ${reason}. It is published with the "token" input${plan.codes ? ' and a one-time password' : ''}.`)
  const note = exists ? `trusted publishing not used: ${reason}` : `${reason}; configuring a trusted publisher for it now removes the token from the next release`
  return { ...byToken, note }
}

/**
 * Provenance: "true" / "false" as given; "auto" (and publishConfig.provenance: true) turns it on
 * for a public package published through trusted publishing from a public repository, as the npm
 * CLI does.
 */
export function provenanceFor(settings: PublishSettings, publishConfig: Record<string, unknown>, path: PublishPath & { attempt: TrustedAttempt | undefined }, name: string, access: Access | undefined, logger: Logger): boolean {
  if (settings.provenance !== 'auto') return settings.provenance || publishConfig.provenance === true
  if (publishConfig.provenance === true) return true
  const isPublic = !name.startsWith('@') || access === 'public'
  const on = path.via === 'oidc' && isPublic && idTokenClaims(path.attempt!.idToken).repositoryVisibility === 'public'
  if (on) logger.info('Provenance: on (trusted publishing from a public repository, for a public package), as the npm CLI does; set provenance to false to publish without it.')
  return on
}

/** Whether npm's configuration has a token or basic auth (`_auth`, username + `_password`) for the registry. */
function hasCredentials(registry: string, config: NpmConfig): boolean {
  const { token, basic } = credentialsFromConfig(registry, config)
  return token !== undefined || basic !== undefined
}
