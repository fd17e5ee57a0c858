/**
 * How each package is authenticated, and why: which registry may get the run's secrets, trusted
 * publishing (OIDC) or the token (or npm's configuration) with the run's codes, what the account
 * says about codes, and provenance. The publish loop only uses what this hands it.
 */
import type npmFetch from 'npm-registry-fetch'
import type { Logger } from '../../common/log.ts'
import { text } from '../../common/text.ts'
import type { OtpSession } from '../../otp/session.ts'
import { RegistryMismatchError, TokenMissingError, TrustedPublishingError } from '../errors.ts'
import { GET_TIMEOUT_MS, type Deadline } from '../deadline.ts'
import { lines } from '../lines.ts'
import { npmrcNotRead, type NpmConfig } from '../npm/config.ts'
import { hasCredentials, nerfDart, type RegistryChoice } from '../npm/registries.ts'
import { guardedFetchOptions } from '../registry/fetch.ts'
import type { Access, PublishRequest } from '../types.ts'
import { readAccount, type Account } from './account.ts'
import { idTokenClaims, refusalReason, tryTrustedPublishing, type TrustedAttempt } from './oidc.ts'

const USER_AGENT = 'npm-otp-publish (+https://github.com/marketplace/actions/npm-otp-publish)'

/** What a run shares between its packages for authentication. */
export interface AuthContext {
  logger: Logger
  config: NpmConfig
  otp: OtpSession | undefined
  deadline: Deadline
  /** What each registry said of the account behind the credentials, read once per registry and run. */
  accounts: Map<string, Promise<Account>>
  /** The job's OIDC ID token for each audience, asked for once per run. */
  idTokens: Map<string, Promise<string>>
  /** Cancels every request of the run. */
  signal?: AbortSignal
}

/** One package, for the auth choice. */
export interface AuthSubject {
  id: string
  name: string
  /** Where the package is published. */
  registry: RegistryChoice
  /** The only registry the run's token and codes may go to. */
  workflow: RegistryChoice
  /** The package's folder (not for a .tgz): an .npmrc there that npm does not read is named when no token is found. */
  folder?: string
}

/** What is known before the version check: where the secrets may go, and the requests under way. */
export interface CredentialPlan {
  /** The package goes to the registry the run names: the token, codes and trusted publishing go there. */
  ours: boolean
  /** For the version check, and for the publish by token. */
  fetchOptions: npmFetch.Options
  codes: OtpSession | undefined
  /** Settles to what the account said, or why reading it failed. */
  account: Promise<{ value?: Account; error?: unknown }> | undefined
  trusted: Promise<TrustedAttempt> | undefined
  hasToken: boolean
}

/** How a package is published, decided once the version check and the exchange have answered. */
export interface AuthChoice {
  /** 'oidc': fetchOptions carry the token from trusted publishing; 'token': the request's token or npm's configuration. */
  via: 'oidc' | 'token'
  fetchOptions: npmFetch.Options
  otp: OtpSession | undefined
  /** Under trusted-publishing auto: the token way, for when the trusted publisher may not publish (only stage). */
  fallback: { fetchOptions: npmFetch.Options; otp: OtpSession | undefined } | undefined
  /** Why trusted publishing was not used, for the result's message. */
  note: string | undefined
  /** The account needs a code to publish (true), does not (false), or the registry did not say. */
  codeForWrites: boolean | undefined
  /** Set when repository content sends the package elsewhere: no token, no codes there. */
  withheld: { registry: RegistryChoice; workflow: RegistryChoice } | undefined
  /** The trusted publishing attempt, when there was one (its ID token decides automatic provenance). */
  attempt: TrustedAttempt | undefined
}

/**
 * Before the version check: the request's token and the codes go only to the registry the run
 * names; repository content (publishConfig, the repository's .npmrc) may choose another one only
 * with credentials npm's configuration binds to it, as npm does. Trusted publishing is tried there,
 * and the account read once per registry, both while the version check is on the wire.
 */
export function planCredentials(subject: AuthSubject, request: PublishRequest, context: AuthContext): CredentialPlan {
  const { config, logger } = context
  const { id, name, registry, workflow } = subject
  const { ours, fetchOptions } = credentialsFor(subject, request, context)
  if (!ours) {
    logger.info(lines.secretsOnlyFor(workflow.url, workflow.source, registry.url))
    if (request.token && !hasCredentials(registry.url, config)) throw new RegistryMismatchError(id, registry, workflow, 'token')
    if (request.trustedPublishing === 'true') {
      throw new TrustedPublishingError(id, registry.url, text`trusted publishing is only tried at the registry the run names, ${workflow.url}, and ${registry.url} was chosen by ${registry.source}`)
    }
  }
  const token = ours ? request.token : undefined
  if (ours && config.projectNetworkKeys.length) logger.info(lines.projectNetworkIgnored(config.projectNetworkKeys))
  const trusted = ours
    ? tryTrustedPublishing(name, registry.url, request.trustedPublishing, request.idToken, { ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'the token exchange') }, context.idTokens, logger)
    : undefined
  const hasToken = Boolean(token) || hasCredentials(registry.url, config)
  // A dry run fails where the real run would.
  if (!trusted && !hasToken) throw new TokenMissingError(registry.url, npmrcNotRead(subject.folder, config))
  let account: Promise<Account> | undefined
  if (ours && hasToken) {
    account = context.accounts.get(registry.url) ?? readAccount({ ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'reading the account') }, registry.url)
    context.accounts.set(registry.url, account)
  }
  return {
    ours,
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
 * The requests of a package: the registry it goes to, with the request's token only where the run
 * names (and the runner's network settings there), npm's configuration's credentials elsewhere, and
 * the run's cancel signal.
 */
export function credentialsFor(subject: Pick<AuthSubject, 'name' | 'registry' | 'workflow'>, request: Pick<PublishRequest, 'token'>, context: Pick<AuthContext, 'config' | 'signal'>): { ours: boolean; fetchOptions: npmFetch.Options } {
  const { config } = context
  const { name, registry, workflow } = subject
  const ours = registry.url === workflow.url
  const token = ours ? request.token : undefined
  const fetchOptions = guardedFetchOptions({
    ...config.options,
    ...(ours ? config.runnerNetwork : config.network),
    registry: registry.url,
    userAgent: USER_AGENT,
    signal: context.signal,
    ...(token ? { [`${nerfDart(registry.url)}:_authToken`]: token } : {}),
  })
  // Scoped registries in the npm config must not redirect the publish away from the chosen registry.
  if (name.startsWith('@')) delete (fetchOptions as Record<string, unknown>)[`${name.split('/')[0]}:registry`]
  return { ours, fetchOptions }
}

/**
 * After the version check: the token from trusted publishing when the exchange gave one, else the
 * request's token (or npm's configuration) with the run's codes. With trusted publishing required,
 * a refused exchange fails here, with the registry's reason in words. A token the registry rejected
 * stops the run, unless trusted publishing does without it.
 */
export async function chooseAuth(plan: CredentialPlan, subject: AuthSubject, exists: boolean, request: PublishRequest, { logger, config }: AuthContext): Promise<AuthChoice> {
  const { id, name, registry, workflow } = subject
  const [known, attempt] = await Promise.all([plan.account, plan.trusted])
  const byOidc = attempt?.exchange.kind === 'token' ? attempt.exchange.token : undefined
  if (known?.error !== undefined && !byOidc) throw known.error
  const codeForWrites = known?.value?.codeForWrites
  if (plan.codes && codeForWrites === false) logger.info('The registry says this account needs no one-time password to publish: none is sent unless it asks.')
  const withheld = plan.ours ? undefined : { registry, workflow }
  const byToken = { via: 'token' as const, fetchOptions: plan.fetchOptions, otp: plan.codes, fallback: undefined, codeForWrites, withheld, attempt }
  if (!attempt) return { ...byToken, note: undefined }
  if (byOidc) {
    logger.info(lines.publishedByOidc(id))
    return {
      via: 'oidc',
      fetchOptions: { ...plan.fetchOptions, [`${nerfDart(registry.url)}:_authToken`]: byOidc },
      otp: undefined,
      fallback: request.trustedPublishing === 'auto' ? { fetchOptions: plan.fetchOptions, otp: plan.codes } : undefined,
      note: undefined,
      codeForWrites,
      withheld,
      attempt,
    }
  }
  const reason = refusalReason(attempt.exchange as Extract<TrustedAttempt['exchange'], { kind: 'refused' }>, name, registry.url, exists)
  if (request.trustedPublishing === 'true') throw new TrustedPublishingError(id, registry.url, reason)
  if (!plan.hasToken) throw new TokenMissingError(registry.url, npmrcNotRead(subject.folder, config))
  logger.info(lines.oidcNotUsed(id, reason, Boolean(plan.codes)))
  const note = exists ? `trusted publishing not used: ${reason}` : `${reason}; configuring a trusted publisher for it now removes the token from the next release`
  return { ...byToken, note }
}

/**
 * Provenance: on or off as requested; 'auto' (and publishConfig.provenance: true) turns it on for
 * a public package published through trusted publishing from a public repository, as the npm CLI
 * does.
 */
export function provenanceFor(request: PublishRequest, publishConfig: Record<string, unknown>, choice: AuthChoice, name: string, access: Access | undefined, logger: Logger): boolean {
  if (request.provenance !== 'auto') return request.provenance || publishConfig.provenance === true
  if (publishConfig.provenance === true) return true
  const isPublic = !name.startsWith('@') || access === 'public'
  const on = choice.via === 'oidc' && isPublic && idTokenClaims(choice.attempt!.idToken).repositoryVisibility === 'public'
  if (on) logger.info(lines.provenanceOn())
  return on
}
