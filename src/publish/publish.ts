import { createHash } from 'node:crypto'
import semver from 'semver'
import { InvalidInputError, OtpRequiredError, PublishForbiddenError, TrustedPublishingError, VersionConflictError, WebAuthnRequiredError } from '../errors.ts'
import type { Clock, Logger } from '../log.ts'
import type { OtpSession } from '../otp/session.ts'
import type { TotpSeed } from '../otp/seed.ts'
import type { Account } from './account.ts'
import { chooseRegistry, type NpmConfig } from './config.ts'
import { GET_TIMEOUT_MS, PUT_TIMEOUT_MS, type Deadline } from './deadline.ts'
import type { TrustedPublishing } from './oidc.ts'
import { tarballFiles, type LoadedPackage } from './package.ts'
import { choosePath, planCredentials, provenanceFor, type PublishPath } from './path.ts'
import { accessFromPublishConfig, tagFromPublishConfig } from './publish-config.ts'
import { putWithCode } from './put.ts'
import { readRegistryState, type RegistryState } from './registry.ts'
import { findStageId, stageVersion, type StageResult } from './stage.ts'

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
  /** In a dry run: the files the tarball holds (what `npm pack --dry-run` lists), by path. */
  files?: string[]
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

/** A package checked against the registry and ready to be sent (its tarball may still be packing). */
export interface PreparedPublish extends PublishPath {
  pkg: LoadedPackage
  settings: PublishSettings
  id: string
  registry: string
  tag: string
  access: Access | undefined
  provenance: boolean
  base: Omit<PublishResult, 'outcome' | 'id' | 'type' | 'otpRequired' | 'auth' | 'reason'>
  type: string
}

/**
 * Everything before the publish request, none of which depends on other
 * packages of the run: settings, token, the version check, and (without
 * scripts) packing. Returns the result when the package is skipped.
 */
export async function preparePublish(pkg: LoadedPackage, settings: PublishSettings, context: RunContext): Promise<PreparedPublish | PublishResult> {
  const { logger, clock, config } = context
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

  const plan = planCredentials(id, name, registry, settings, context)
  // Without scripts, packing has no side effects: it may overlap with the version check (with
  // scripts, nothing is packed before the account and the version check have answered).
  if (context.packEarly && settings.ignoreScripts) pkg.tarball().catch(() => undefined)
  // The account read and the token exchange are on the wire already (they never reject).
  const state = await readRegistryState(name, { ...plan.fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, clock)
  const path = await choosePath(plan, { id, name, registry, exists: state.versions.size > 0, settings, logger })
  plan.codes?.calibrate(state.date)
  // The registry's word: only a version is taken as one (it reaches outputs, the summary and the log).
  const onTag = state.distTags[tag]
  const oldVersion = typeof onTag === 'string' && semver.valid(onTag) ? onTag : ''
  const base = { name, version, tag, access: access ?? ('default' as const), registry: registry.url, dryRun: settings.dryRun, oldVersion }

  const skip = skipReason(state, version, oldVersion, tag, settings.strategy)
  if (skip) {
    logger.info(`Skipped: ${skip}`)
    return { ...base, outcome: 'skipped', id: '', type: '', otpRequired: false, auth: '', reason: skip }
  }
  const provenance = provenanceFor(settings, publishConfig, path, name, access, logger)
  if (settings.ignoreScripts) pkg.tarball().catch(() => undefined)
  const { attempt: _attempt, ...chosen } = path
  return { pkg, settings, id, registry: registry.url, tag, access, provenance, base, ...chosen, type: changeType(oldVersion, version) }
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
    // What `npm pack --dry-run` shows: the files a publish would send, for a look before the release.
    const files = await tarballFiles(tarball)
    logger.info(`Tarball contents (${files.length} files):`)
    for (const file of files) logger.info(`  ${String(file.size).padStart(9)} B  ${file.path}`)
    const reason = `dry run: ${id} would be ${would} to ${registry} with tag "${tag}"; nothing was sent`
    logger.notice(`Dry run: ${id} was not ${would} (dry-run is true). Everything else was checked.`)
    const auth = settings.stage ? 'staged' : via === 'oidc' ? 'oidc' : otp && codeForWrites !== false ? 'token+otp' : 'token'
    return {
      ...base,
      outcome: 'published',
      id,
      type,
      otpRequired: via === 'token' && codeForWrites === true,
      auth,
      reason: withNote(reason, note),
      files: files.map(file => file.path),
    }
  }

  const stageRequest = () => ({ fetchOptions, registry, tag, access, provenance, timeout: context.deadline.timeout(PUT_TIMEOUT_MS, 'the staging request') })
  if (settings.stage) return finishStaged(await stageVersion(pkg, tarball, stageRequest()), prepared, tarball, context)
  let put: Awaited<ReturnType<typeof putWithCode>>
  let path = { fetchOptions, otp }
  let fellBack = false
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
      fellBack = true
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
  const auth = via === 'oidc' && !fellBack ? 'oidc' : code ? 'token+otp' : 'token'
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
