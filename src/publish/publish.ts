import { createHash } from 'node:crypto'
import type npmFetch from 'npm-registry-fetch'
import semver from 'semver'
import {
  InvalidInputError,
  RegistryUnreachableError,
  TimeoutError,
  VersionConflictError,
  messageOf,
  OtpRejectedError,
  OtpRequiredError,
  RateLimitedError,
  RegistryMismatchError,
  RegistryRedirectError,
  TokenMissingError,
  TrustedPublishingError,
  PublishForbiddenError,
  WebAuthnRequiredError,
} from '../errors.ts'
import type { Clock, Logger } from '../log.ts'
import { CodesRejected, type IssuedCode, type Verdict } from '../otp/codes.ts'
import type { OtpSession } from '../otp/session.ts'
import { publishBodyBytes } from '../otp/transfer.ts'
import type { TotpSeed } from '../otp/seed.ts'
import { readAccount, type Account } from './account.ts'
import { idTokenClaims, refusalReason, tryTrustedPublishing, type TrustedAttempt, type TrustedPublishing } from './oidc.ts'
import { classifyRegistryError } from './classify.ts'
import { chooseRegistry, credentialsFromConfig, nerfDart, workflowRegistry, type NpmConfig, type RegistryChoice } from './config.ts'
import type { LoadedPackage } from './package.ts'
import { readRegistryState, type RegistryState } from './registry.ts'
import { findStageId, stageVersion, type StageResult } from './stage.ts'
import { checkTag } from './validate.ts'

export type Access = 'public' | 'restricted'
export type Strategy = 'all' | 'upgrade'
/** What to do when the registry asks for a one-time password the action cannot give. */
export type OtpUnavailable = 'fail' | 'stage'

/** Everything the publishing core needs; the Action (or another front end) fills it in. */
export interface PublishSettings {
  /** Folders, package.json paths, .tgz files or globs, one per line, relative to `cwd`; with `workspaces`, the workspace root. */
  package: string
  /** Publish every workspace of the root named by `package`. */
  workspaces: boolean
  /** How many publish requests may be in flight at once. */
  concurrency: number
  /** The whole run may take at most this long, ms. */
  timeoutMs: number
  cwd: string
  /** Empty: the token npm itself would use (.npmrc, NODE_AUTH_TOKEN). */
  token?: string
  seed?: TotpSeed
  registry?: string
  tag?: string
  access?: Access
  /** true, false, or 'auto': on for a public package published through OIDC from a public repository. */
  provenance: boolean | 'auto'
  trustedPublishing: TrustedPublishing
  strategy: Strategy
  ignoreScripts: boolean
  dryRun: boolean
  /** Publish as staged versions, for a maintainer to approve. */
  stage: boolean
  onOtpUnavailable: OtpUnavailable
  env: NodeJS.ProcessEnv
}

export interface PublishResult {
  name: string
  version: string
  outcome: 'published' | 'staged' | 'skipped'
  /** The registry's id of a staged version (for `npm stage approve`); '' when it did not say. */
  stageId?: string
  /** `name@version` when published (or, in a dry run, when it would be); empty otherwise. */
  id: string
  /** Semver difference from oldVersion (`initial` for a first publish); empty when skipped. */
  type: string
  /** The version on `tag` before this run; empty when there was none. */
  oldVersion: string
  tag: string
  access: Access | 'default'
  registry: string
  dryRun: boolean
  /** The registry required a one-time password: its account profile says 2FA for writes, or it asked for one. */
  otpRequired: boolean
  /** How it was published: 'oidc' (trusted publishing), 'token+otp' (credentials and a code), 'token' (credentials alone), 'staged'; empty when skipped. */
  auth: 'oidc' | 'token' | 'token+otp' | 'staged' | ''
  /** Why it was skipped, or how it was published, in one sentence. */
  reason: string
}

/** What one run shares between its packages. */
export interface RunContext {
  logger: Logger
  clock: Clock
  /** The run's code timing; absent without a seed. */
  otp: OtpSession | undefined
  /** The npm configuration (.npmrc files, npm_config_* variables), read once per run. */
  config: NpmConfig
  /**
   * Pack while the version check is on the wire. Worth it for a single package
   * (most versions checked get published); never with scripts, which must not
   * run for a version that is then skipped.
   */
  packEarly: boolean
  /** What each registry said of the account behind the credentials, read once per registry and run. */
  accounts: Map<string, Promise<Account>>
  /** The job's OIDC ID token for each audience, asked for once per run. */
  idTokens: Map<string, Promise<string>>
  /** The run's deadline (clock ms): no request starts or waits past it. */
  deadline: Deadline
}

/** Time allowed for a PUT, generous enough for large tarballs on slow links (the run's deadline may cut it shorter). */
const PUT_TIMEOUT_MS = 5 * 60 * 1000
/** Time allowed for a version check. */
const GET_TIMEOUT_MS = 30 * 1000
const USER_AGENT = 'npm-otp-publish (+https://github.com/marketplace/actions/npm-otp-publish)'

/** A package checked against the registry and ready to be sent (its tarball may still be packing). */
export interface PreparedPublish {
  pkg: LoadedPackage
  settings: PublishSettings
  id: string
  registry: string
  tag: string
  access: Access | undefined
  provenance: boolean
  fetchOptions: npmFetch.Options
  /** The run's codes, when this package goes to the registry the workflow names; else none. */
  otp: OtpSession | undefined
  /** Set when repository content sends the package elsewhere: no token input, no codes there. */
  withheld: { registry: RegistryChoice; workflow: RegistryChoice } | undefined
  base: Omit<PublishResult, 'outcome' | 'id' | 'type' | 'otpRequired' | 'auth' | 'reason'>
  /** The account needs a code to publish (true), does not (false), or the registry did not say. */
  codeForWrites: boolean | undefined
  /** 'oidc': fetchOptions carry the token from trusted publishing; 'token': the token input or npm's configuration. */
  via: 'oidc' | 'token'
  /** With trusted-publishing auto: the token path, for when the trusted publisher may not publish (only stage). */
  fallback: { fetchOptions: npmFetch.Options; otp: OtpSession | undefined } | undefined
  /** Why trusted publishing was not used, for the result's message. */
  note: string | undefined
  type: string
}

/**
 * Everything before the publish request, none of which depends on other
 * packages of the run: settings, token, the version check, and (without
 * scripts) packing. Returns the result when the package is skipped.
 */
export async function preparePublish(pkg: LoadedPackage, settings: PublishSettings, context: RunContext): Promise<PreparedPublish | PublishResult> {
  const { logger, clock, config, otp } = context
  const { name, version } = pkg.manifest
  const id = `${name}@${version}`
  const publishConfig = pkg.manifest.publishConfig ?? {}
  const registry = chooseRegistry(settings.registry, name, publishConfig, config)
  const tag = settings.tag ?? tagFromPublishConfig(publishConfig) ?? 'latest'
  const access = settings.access ?? accessFromPublishConfig(publishConfig)
  logger.info(`Package ${id} from ${pkg.kind === 'tarball' ? 'tarball' : 'folder'} "${pkg.input}"`)
  logger.info(`Registry ${registry.url} (from ${registry.source}), tag "${tag}", access ${access ?? "the registry's default"}`)

  const forcedProvenance = settings.provenance === true || (settings.provenance !== false && publishConfig.provenance === true)
  if (forcedProvenance && settings.env.GITHUB_ACTIONS === 'true' && !settings.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new InvalidInputError(
      'provenance',
      'provenance is on, but this job cannot get an OIDC token to sign it. Add "permissions: id-token: write" to the job, or set provenance to false',
    )
  }

  // The "token" input and the codes go only to the registry the workflow names; repository content
  // (publishConfig, the repository's .npmrc) may choose another one only with credentials npm's
  // configuration binds to it, as npm does.
  const workflow = workflowRegistry(settings.registry, name, config)
  const ours = registry.url === workflow.url
  if (!ours) {
    logger.info(`The "token" input and one-time passwords are only for ${workflow.url} (${workflow.source}); ${registry.url} gets only the credentials npm's configuration binds to it.`)
    if (settings.token && !hasCredentials(registry.url, config)) throw new RegistryMismatchError(id, registry, workflow, 'token')
  }
  const token = ours ? settings.token : undefined
  const codes = ours ? otp : undefined
  if (!ours && settings.trustedPublishing === 'true') {
    throw new TrustedPublishingError(id, registry.url, `trusted publishing is only tried at the registry the workflow names, ${workflow.url}, and ${registry.url} was chosen by ${registry.source}`)
  }

  if (ours && config.projectNetworkKeys.length) {
    logger.info(
      `The repository's .npmrc sets ${config.projectNetworkKeys.join(', ')}: requests that carry the "token" input or one-time passwords use only the runner's network settings.`,
    )
  }
  const fetchOptions: npmFetch.Options = {
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

  // Trusted publishing (OIDC) is tried per package at the registry the workflow names, and the
  // account (does it need codes? is the token good?) is read once per registry, both while the
  // version check is on the wire; a rejected token fails, before anything is packed, unless OIDC
  // publishes the package.
  const trusted = ours
    ? tryTrustedPublishing(name, registry.url, settings.trustedPublishing, settings.env, { ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'the token exchange') }, context.idTokens, logger)
    : undefined
  if (!trusted && !token && !hasCredentials(registry.url, config) && !settings.dryRun) throw new TokenMissingError(registry.url)
  let account: Promise<Account> | undefined
  if (ours && (token || hasCredentials(registry.url, config))) {
    account = context.accounts.get(registry.url) ?? readAccount({ ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'reading the account') }, registry.url)
    context.accounts.set(registry.url, account)
  }
  // Without scripts, packing has no side effects: it may overlap with the version check (with
  // scripts, nothing is packed before the account and the version check have answered).
  if (context.packEarly && settings.ignoreScripts) pkg.tarball().catch(() => undefined)
  const [state, known, attempt] = await Promise.all([
    readRegistryState(name, { ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, clock),
    account?.then(
      value => ({ value, error: undefined }),
      (error: unknown) => ({ value: undefined, error }),
    ),
    trusted,
  ])
  const viaOidc = attempt?.exchange.kind === 'token'
  // A token the registry rejected stops the run, unless trusted publishing does without it.
  if (known?.error !== undefined && !viaOidc) throw known.error
  const codeForWrites = known?.value?.codeForWrites
  if (codes && codeForWrites === false) logger.info(`The registry says this account needs no one-time password to publish: none is sent unless it asks.`)
  codes?.calibrate(state.date)
  // The registry's word: only a version is taken as one (it reaches outputs, the summary and the log).
  const onTag = state.distTags[tag]
  const oldVersion = typeof onTag === 'string' && semver.valid(onTag) ? onTag : ''
  const base = { name, version, tag, access: access ?? ('default' as const), registry: registry.url, dryRun: settings.dryRun, oldVersion }

  const skip = skipReason(state, version, oldVersion, tag, settings.strategy)
  if (skip) {
    logger.info(`Skipped: ${skip}`)
    return { ...base, outcome: 'skipped', id: '', type: '', otpRequired: false, auth: '', reason: skip }
  }
  const path = choosePath(attempt, { id, name, registry: registry.url, exists: state.versions.size > 0, settings, fetchOptions, codes, logger })
  if (path.via === 'token' && !token && !hasCredentials(registry.url, config) && !settings.dryRun) throw new TokenMissingError(registry.url)
  const isPublic = !name.startsWith('@') || access === 'public'
  const provenance =
    settings.provenance === 'auto'
      ? publishConfig.provenance === true || (path.via === 'oidc' && idTokenClaims(attempt!.idToken).repositoryVisibility === 'public' && isPublic)
      : settings.provenance || publishConfig.provenance === true
  if (provenance && settings.provenance === 'auto' && path.via === 'oidc') {
    logger.info('Provenance: on (trusted publishing from a public repository, for a public package), as the npm CLI does; set provenance to false to publish without it.')
  }
  if (settings.ignoreScripts) pkg.tarball().catch(() => undefined)
  const withheld = ours ? undefined : { registry, workflow }
  return { pkg, settings, id, registry: registry.url, tag, access, provenance, withheld, base, codeForWrites, ...path, type: changeType(oldVersion, version) }
}

/**
 * Which credentials publish the package: the token from trusted publishing when the exchange gave
 * one, else the token input (or npm's configuration) with the run's codes. With trusted-publishing
 * "true", a refused exchange fails here, with the registry's reason in words.
 */
function choosePath(
  attempt: TrustedAttempt | undefined,
  { id, name, registry, exists, settings, fetchOptions, codes, logger }: {
    id: string
    name: string
    registry: string
    exists: boolean
    settings: PublishSettings
    fetchOptions: npmFetch.Options
    codes: OtpSession | undefined
    logger: Logger
  },
): Pick<PreparedPublish, 'via' | 'fetchOptions' | 'otp' | 'fallback' | 'note'> {
  const byToken = { via: 'token' as const, fetchOptions, otp: codes, fallback: undefined }
  if (!attempt) return { ...byToken, note: undefined }
  if (attempt.exchange.kind === 'token') {
    logger.info(`Trusted publishing: ${id} is published with a short-lived token from the registry's OIDC exchange, without the "token" input and without a one-time password.`)
    return {
      via: 'oidc',
      fetchOptions: { ...fetchOptions, [`${nerfDart(registry)}:_authToken`]: attempt.exchange.token },
      otp: undefined,
      fallback: settings.trustedPublishing === 'auto' ? { fetchOptions, otp: codes } : undefined,
      note: undefined,
    }
  }
  const reason = refusalReason(attempt.exchange, name, registry, exists)
  if (settings.trustedPublishing === 'true') throw new TrustedPublishingError(id, registry, reason)
  logger.info(`Trusted publishing is not used for ${id}: ${reason}. It is published with the "token" input${codes ? ' and a one-time password' : ''}.`)
  const note = exists ? `trusted publishing not used: ${reason}` : `${reason}; configuring a trusted publisher for it now removes the token from the next release`
  return { ...byToken, note }
}

/** The publish request itself (after a dry run's checks, nothing is sent). */
export async function finishPublish(prepared: PreparedPublish, context: RunContext): Promise<PublishResult> {
  const { logger, clock } = context
  const { pkg, settings, id, registry, tag, access, provenance, fetchOptions, otp, withheld, base, codeForWrites, via, fallback, note, type } = prepared
  const { name, version } = pkg.manifest
  const tarball = await pkg.tarball()
  logger.info(`Tarball: ${tarball.length} bytes`)
  if (settings.dryRun) {
    const would = settings.stage ? 'staged' : 'published'
    const reason = `dry run: ${id} would be ${would} to ${registry} with tag "${tag}"; nothing was sent`
    logger.notice(`Dry run: ${id} was not ${would} (dry-run is true). Everything else was checked.`)
    const auth = settings.stage ? 'staged' : via === 'oidc' ? 'oidc' : otp && codeForWrites !== false ? 'token+otp' : 'token'
    return { ...base, outcome: 'published', id, type, otpRequired: via === 'token' && codeForWrites === true, auth, reason: withNote(reason, note) }
  }

  const stageRequest = () => ({ fetchOptions, registry, tag, access, provenance, timeout: context.deadline.timeout(PUT_TIMEOUT_MS, 'the staging request') })
  if (settings.stage) return finishStaged(await stageVersion(pkg, tarball, stageRequest()), prepared, tarball, context)
  let put: Awaited<ReturnType<typeof putWithCode>>
  let path = { fetchOptions, otp }
  try {
    try {
      // What the account said about codes holds for its token, not for trusted publishing.
      put = await putWithCode(pkg, tarball, { ...path, registry, tag, access, provenance, withheld, codeForWrites: via === 'oidc' ? undefined : codeForWrites }, context)
    } catch (error) {
      // A trusted publisher allowed only to stage: the exchange succeeds, the publish is refused.
      if (via !== 'oidc' || !(error instanceof PublishForbiddenError) || !/OIDC permission denied/i.test(error.message)) throw error
      const reason = `the trusted publisher of ${name} does not allow publishing with this workflow (only staging, or another action)`
      if (!fallback) throw new TrustedPublishingError(id, registry, reason, { cause: error })
      logger.warning(`Trusted publishing could not publish ${id}: ${reason}. Publishing it with the "token" input${fallback.otp ? ' and a one-time password' : ''} instead.`)
      path = fallback
      put = await putWithCode(pkg, tarball, { ...path, registry, tag, access, provenance, withheld, codeForWrites }, context)
    }
  } catch (error) {
    const unavailable = error instanceof OtpRequiredError || error instanceof WebAuthnRequiredError
    if (!unavailable || settings.onOtpUnavailable !== 'stage') throw error
    const why = error instanceof WebAuthnRequiredError ? 'the account uses security-key or passkey 2FA' : 'the "otp-secret" input is empty'
    logger.warning(`The registry asked for a one-time password the action cannot give (${why}); on-otp-unavailable is "stage", so ${id} is staged for a maintainer to approve instead.`)
    return finishStaged(await stageVersion(pkg, tarball, stageRequest()), prepared, tarball, context)
  }
  const { otpRequired, code, exists, found } = put
  const auth = path.fetchOptions === fetchOptions && via === 'oidc' ? 'oidc' : code ? 'token+otp' : 'token'
  if (put.staged) {
    const stageId = await findStageId(name, version, stageRequest())
    logger.info(`${id} is staged already and waits for a maintainer's approval${stageId ? ` (stage ${stageId})` : ''}: not published over it.`)
    return { ...base, outcome: 'staged', id: '', type, otpRequired, auth: 'staged', stageId, reason: approvalNote(id, stageId, true) }
  }
  if (exists) {
    // The registry says the version is there: ours, stored by an attempt whose answer was lost, or someone else's.
    const after = found ?? (await readRegistryState(name, { ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, clock))
    if (after.versions.get(version) === integrityOf(tarball)) {
      logger.info(`${id} is on the registry with this tarball's integrity: an earlier attempt stored it`)
      return { ...base, outcome: 'published', id, type, otpRequired, auth, reason: 'published (stored by an attempt whose answer was lost; same integrity)' }
    }
    throw new VersionConflictError(id, registry)
  }
  const how = code ? `with a one-time password from time step ${code.step} (${code.secondsLeft.toFixed(1)} s left when sent)` : 'without a one-time password'
  logger.info(`Published ${id} to ${registry} with tag "${tag}", ${auth === 'oidc' ? 'through trusted publishing (OIDC)' : how}`)
  return { ...base, outcome: 'published', id, type, otpRequired, auth, reason: withNote(`published ${auth === 'oidc' ? 'through trusted publishing (OIDC)' : how}`, note) }
}

/** A result's message, with why trusted publishing was not used when it was tried. */
function withNote(reason: string, note: string | undefined): string {
  return note ? `${reason}; ${note}` : reason
}

/** The result of a staging request: staged (now or before), or already published (checked by integrity, as for a publish). */
async function finishStaged(result: StageResult, prepared: PreparedPublish, tarball: Buffer, context: RunContext): Promise<PublishResult> {
  const { pkg, id, registry, fetchOptions, base, type } = prepared
  if (result.kind === 'exists') {
    const after = await readRegistryState(pkg.manifest.name, { ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, context.clock)
    if (after.versions.get(pkg.manifest.version) === integrityOf(tarball)) {
      return { ...base, outcome: 'published', id, type, otpRequired: false, auth: 'token', reason: 'published already (same integrity)' }
    }
    throw new VersionConflictError(id, registry)
  }
  const { stageId, already } = result
  context.logger.info(`${already ? `${id} is staged already` : `Staged ${id} on ${registry}`}${stageId ? ` (stage ${stageId})` : ''}: a maintainer approves it with 2FA.`)
  return { ...base, outcome: 'staged', id: '', type, otpRequired: false, auth: 'staged', stageId, reason: approvalNote(id, stageId, already) }
}

/** How to approve a staged version, in one sentence. */
function approvalNote(id: string, stageId: string, already: boolean): string {
  const approve = stageId ? `npm stage approve ${stageId}` : `npm stage list ${id.slice(0, id.lastIndexOf('@'))}, then npm stage approve <id>`
  return `${already ? 'staged already, waiting' : 'staged, waiting'} for a maintainer's approval with 2FA: ${approve} (or the package's staged versions on the registry's website)`
}

interface PutContext {
  fetchOptions: npmFetch.Options
  registry: string
  tag: string
  access: Access | undefined
  provenance: boolean
  otp: OtpSession | undefined
  withheld: PreparedPublish['withheld']
  codeForWrites: boolean | undefined
}

/** Signing a provenance statement (sigstore, over the network) happens between making the code and sending it. */
const PROVENANCE_SIGNING_MS = 15_000

/** 429 answers retried per package before giving up, and the longest wait for one. */
const RATE_LIMIT_RETRIES = 3
const RATE_LIMIT_MAX_WAIT_MS = 60_000
/** Resends after a 5xx, a dropped connection or a time-out (each after checking the registry first). */
const TRANSPORT_RETRIES = 2

/**
 * The PUT, with a code made right before it. On a rejected code: one retry
 * with a code from a later step, then stop (npmjs rate-limits repeated bad
 * codes); a code the registry refused only because another request of the run
 * used it first is not a wrong code, and its package simply waits for a step of
 * its own. On 429: wait as `retry-after` says (or back off), a few times.
 */
async function putWithCode(
  pkg: LoadedPackage,
  tarball: Buffer,
  put: PutContext,
  { logger, clock, deadline, otp: runCodes }: RunContext,
): Promise<{ otpRequired: boolean; code: IssuedCode | undefined; exists: boolean; staged?: boolean; found?: RegistryState }> {
  const { otp, registry } = put
  const { name, version } = pkg.manifest
  const bodyBytes = publishBodyBytes(tarball.length)
  const extraMs = put.provenance ? PROVENANCE_SIGNING_MS : 0
  const { default: libnpmpublish } = await import('libnpmpublish')
  const { publish } = libnpmpublish
  const rejected: IssuedCode[] = []
  /** A code for the next request (none without a seed); stops when the run's codes keep being rejected. */
  const nextCode = async (afterStep?: number): Promise<IssuedCode | undefined> => {
    if (!otp) return undefined
    try {
      return await otp.codeFor(bodyBytes, extraMs, afterStep, logger)
    } catch (error) {
      if (error instanceof CodesRejected) throw new OtpRejectedError(registry, otp.describe(error.codes), { cause: error })
      throw error
    }
  }

  // A code goes with the first request unless the registry said the account needs none.
  let code = put.codeForWrites === false ? undefined : await nextCode()
  let otpRequired = put.codeForWrites === true
  let rateLimited = 0
  let transportFailures = 0
  for (;;) {
    if (code) {
      try {
        deadline.check('sending the publish request')
      } catch (error) {
        otp?.released(code)
        throw error
      }
    }
    const started = clock.now()
    let failure: { error: unknown } | undefined
    let response: { status?: number; headers?: { get(name: string): string | null } } | undefined
    try {
      response = await publish(pkg.manifest as unknown as Parameters<typeof publish>[0], tarball, {
        ...put.fetchOptions,
        defaultTag: put.tag,
        access: put.access ?? null,
        provenance: put.provenance,
        otp: code?.code,
        timeout: deadline.timeout(PUT_TIMEOUT_MS, 'the publish request'),
      } as Parameters<typeof publish>[2])
    } catch (error) {
      failure = { error }
    }
    const ms = clock.now() - started
    const status = response?.status ?? 0
    if (!failure && status >= 300 && status < 400) {
      // A redirect is no answer: only the registry we chose can say whether the version is there.
      if (otp && code) otp.released(code)
      const state = await readRegistryState(name, { ...put.fetchOptions, timeout: deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, clock)
      if (state.versions.has(version)) return { otpRequired, code, exists: true, found: state }
      throw new RegistryRedirectError(registry, `publishing ${name}@${version}`, status, response?.headers?.get('location') ?? undefined)
    }
    if (!failure) {
      if (otp && code) otp.accepted(code, bodyBytes, ms)
      return { otpRequired, code, exists: false }
    }
    const { error } = failure
    const answer = classifyRegistryError(error, { registry, pkg: `${name}@${version}`, what: `publishing ${name}@${version}` })
    // Settle the code first: other requests of its step may be waiting for this answer.
    let verdict: Verdict | undefined
    if (otp && code) {
      if (answer.kind === 'otp' && !answer.browser) verdict = await otp.rejected(code, bodyBytes, ms, logger)
      else otp.released(code)
    }

    if (answer.kind === 'fail' && answer.error instanceof RateLimitedError && rateLimited < RATE_LIMIT_RETRIES) {
      const waitMs = Math.min(RATE_LIMIT_MAX_WAIT_MS, answer.error.retryAfterMs ?? 2_000 * 2 ** rateLimited)
      rateLimited++
      deadline.check(`waiting ${(waitMs / 1000).toFixed(0)} s after a 429`, waitMs)
      logger.warning(`The registry answered 429 Too Many Requests; waiting ${(waitMs / 1000).toFixed(0)} s before trying again (${rateLimited} of ${RATE_LIMIT_RETRIES}).`)
      await clock.sleep(waitMs)
      code = await nextCode()
      continue
    }
    if (answer.kind === 'fail' && isTransient(error, answer.error) && transportFailures < TRANSPORT_RETRIES) {
      // The registry may have stored the version before the failure: look before sending it again.
      transportFailures++
      const waitMs = 1_000 * 2 ** (transportFailures - 1)
      deadline.check('checking the registry after a failed publish request', waitMs)
      logger.warning(`The publish request failed (${answer.error.message.split('. ')[0]}); checking the registry before trying again.`)
      await clock.sleep(waitMs)
      const state = await readRegistryState(name, { ...put.fetchOptions, timeout: deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, clock)
      if (state.versions.has(version)) return { otpRequired, code, exists: true, found: state }
      code = await nextCode()
      continue
    }
    if (answer.kind === 'fail') throw answer.error
    if (answer.kind === 'exists') return { otpRequired, code, exists: true }
    if (answer.kind === 'staged') return { otpRequired, code, exists: false, staged: true }
    otpRequired = true
    if (answer.browser) throw new WebAuthnRequiredError(registry, { cause: error })
    if (!otp && runCodes && put.withheld) throw new RegistryMismatchError(`${name}@${version}`, put.withheld.registry, put.withheld.workflow, 'code', { cause: error })
    if (otp && !code) {
      // The account said it needs no code, and the registry asks for one all the same.
      code = await nextCode()
      continue
    }
    if (!otp || !code) throw new OtpRequiredError(registry, { cause: error })
    if (verdict === 'reuse-refused') {
      logger.info(`The code of time step ${code.step} was taken by another request of this run; waiting for a step of its own.`)
      code = await nextCode(code.step)
      continue
    }
    rejected.push(code)
    if (rejected.length >= 2) throw new OtpRejectedError(registry, otp.describe(rejected), { cause: error })
    logger.warning(
      `The registry rejected the one-time password from time step ${code.step} (${code.secondsLeft.toFixed(1)} s left when sent). ` +
        'Retrying once with a code from a later step.',
    )
    code = await nextCode(code.step)
  }
}

/** A 5xx, a dropped connection or a time-out: the request may or may not have been stored. */
function isTransient(thrown: unknown, error: Error): boolean {
  const status = (thrown as { statusCode?: number }).statusCode
  return (status !== undefined && status >= 500) || error instanceof RegistryUnreachableError
}

/** The run's time budget: the "timeout" input, measured on the run's clock. */
export class Deadline {
  readonly #clock: Clock
  readonly #at: number
  readonly #seconds: number

  constructor(clock: Clock, timeoutMs: number) {
    this.#clock = clock
    this.#at = clock.now() + timeoutMs
    this.#seconds = Math.round(timeoutMs / 1000)
  }

  /** Throws when `what` (taking `ms` more) would end past the deadline. */
  check(what: string, ms = 0): void {
    if (this.#clock.now() + ms > this.#at) throw new TimeoutError(this.#seconds, what)
  }

  /** A request time-out: `ms`, or less if the deadline comes first. */
  timeout(ms: number, what: string): number {
    const left = this.#at - this.#clock.now()
    if (left <= 0) throw new TimeoutError(this.#seconds, what)
    return Math.min(ms, Math.ceil(left))
  }
}

/** The sha512 integrity string the registry records for a tarball (as libnpmpublish computes it). */
function integrityOf(tarball: Buffer): string {
  return `sha512-${createHash('sha512').update(tarball).digest('base64')}`
}

function skipReason(state: RegistryState, version: string, oldVersion: string, tag: string, strategy: Strategy): string | undefined {
  if (state.versions.has(version)) return `version ${version} is already on the registry`
  if (strategy === 'upgrade' && oldVersion && !semver.gt(version, oldVersion)) {
    return `version ${version} is not greater than ${oldVersion}, the version on tag "${tag}" (strategy "upgrade")`
  }
  return undefined
}

/** JS-DevTools/npm-publish's `type`: the semver difference, `initial` for a first publish, `different` when not an upgrade. */
export function changeType(oldVersion: string, version: string): string {
  if (!oldVersion) return 'initial'
  if (!semver.valid(oldVersion) || !semver.gt(version, oldVersion)) return 'different'
  return semver.diff(oldVersion, version) ?? 'different'
}

/** Whether npm's configuration has a token or basic auth (`_auth`, username + `_password`) for the registry. */
function hasCredentials(registry: string, config: NpmConfig): boolean {
  const { token, basic } = credentialsFromConfig(registry, config)
  return token !== undefined || basic !== undefined
}

function tagFromPublishConfig(publishConfig: Record<string, unknown>): string | undefined {
  const tag = publishConfig.tag
  if (tag === undefined) return undefined
  if (typeof tag !== 'string') throw new InvalidInputError('package', 'publishConfig.tag in package.json is not a string')
  try {
    return checkTag(tag)
  } catch (error) {
    throw new InvalidInputError('package', `publishConfig.tag in package.json: ${messageOf(error).replace(/^Input "tag": /, '')}`)
  }
}

function accessFromPublishConfig(publishConfig: Record<string, unknown>): Access | undefined {
  const access = publishConfig.access
  if (access === undefined || access === null) return undefined
  if (access === 'public' || access === 'restricted') return access
  throw new InvalidInputError('package', `publishConfig.access in package.json is "${String(access)}"; it must be "public" or "restricted"`)
}
