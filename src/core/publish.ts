/**
 * One package, from its checks to its answer: where it goes and how it is authenticated, whether
 * the registry has it already, then the publish (or staging) request and what the registry said.
 */
import { createHash } from 'node:crypto'
import semver from 'semver'
import type { Logger } from '../common/log.ts'
import { plain, text, type Text } from '../common/text.ts'
import { chooseAuth, planCredentials, provenanceFor, type AuthChoice } from './auth/choice.ts'
import type { RunContext } from './context.ts'
import { GET_TIMEOUT_MS, PUT_TIMEOUT_MS } from './deadline.ts'
import {
  InvalidSettingError,
  OtpRequiredError,
  PackageCheckError,
  PublishForbiddenError,
  StageNewPackageError,
  StageRequiredError,
  TokensDisallowedError,
  TrustedPublishingError,
  VersionConflictError,
  WebAuthnRequiredError,
} from './errors.ts'
import { lines } from './lines.ts'
import { registriesFor } from './npm/registries.ts'
import { missingEntries, namesEntries, publishScripts } from './package/check.ts'
import { tarballFiles, type TarballFile } from './package/pack.ts'
import { accessFromPublishConfig, tagFromPublishConfig } from './package/publish-config.ts'
import type { LoadedPackage } from './package/read.ts'
import { readRegistryState, type RegistryState } from './registry/packument.ts'
import { putWithCode } from './registry/put.ts'
import { findStageId, stageVersion, type StageResult } from './registry/stage.ts'
import type { Access, PublishRequest, PublishResult, Strategy } from './types.ts'

/** A package checked against the registry and ready to be sent (its tarball may still be packing). */
export interface PreparedPublish {
  pkg: LoadedPackage
  /** The name and version it was checked as (a package script may change them while packing). */
  name: string
  version: string
  id: string
  registry: string
  tag: string
  access: Access | undefined
  provenance: boolean
  auth: AuthChoice
  /** The registry has versions of the package (a first publish otherwise). */
  exists: boolean
  base: Pick<PublishResult, 'name' | 'version' | 'tag' | 'access' | 'registry' | 'dryRun' | 'oldVersion'>
  type: string
}

/**
 * Everything before the publish request, none of which depends on other packages of the run:
 * settings, credentials, the version check, and (without scripts) packing. Returns the result
 * when the package is skipped.
 */
export async function preparePublish(pkg: LoadedPackage, request: PublishRequest, context: RunContext): Promise<PreparedPublish | PublishResult> {
  const { logger, clock, config } = context
  const { name, version } = pkg.manifest
  const id = `${name}@${version}`
  const publishConfig = pkg.manifest.publishConfig ?? {}
  const { registry, workflow } = registriesFor(name, pkg.entry, request.registry, publishConfig, config)
  const tag = request.tag ?? tagFromPublishConfig(publishConfig, pkg.entry) ?? 'latest'
  const access = request.access ?? accessFromPublishConfig(publishConfig, pkg.entry)
  logger.info(`Package ${id} from ${pkg.kind === 'tarball' ? 'tarball' : 'folder'} "${pkg.entry}"`)
  logger.info(text`Registry ${registry.url} (from ${registry.source}), tag "${tag}", access ${access ?? "the registry's default"}`)

  const forcedProvenance = request.provenance === true || (request.provenance !== false && publishConfig.provenance === true)
  if (forcedProvenance && request.githubActions && !request.idToken) throw new InvalidSettingError('provenance', lines.provenanceNeedsIdToken())

  const subject = { id, name, registry, workflow, folder: pkg.kind === 'directory' ? pkg.location : undefined }
  const plan = planCredentials(subject, request, context)
  // Without scripts, packing has no side effects: it may overlap with the version check (with
  // scripts, nothing is packed before the account and the version check have answered).
  if (context.packEarly && request.ignoreScripts) pkg.tarball().catch(() => undefined)
  // The account read and the token exchange are on the wire already (they never reject).
  const state = await readRegistryState(name, { ...plan.fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, clock)
  const auth = await chooseAuth(plan, subject, state.versions.size > 0, request, context)
  plan.codes?.calibrate(state.date)
  // The registry's word: only a version is taken as one (it reaches outputs, the summary and the log).
  const onTag = state.distTags[tag]
  const oldVersion = typeof onTag === 'string' && semver.valid(onTag) ? onTag : undefined
  const base = { name, version, tag, access: access ?? ('default' as const), registry: registry.url, dryRun: request.dryRun, oldVersion }

  if (request.existing === 'compare' && state.versions.has(version)) {
    // The tarball at hand is what was asked for: the same contents there are done, other contents a conflict.
    if (state.versions.get(version) !== integrityOf(await pkg.tarball())) throw new VersionConflictError(id, registry.url)
    const same = plain(`version ${version} is already on the registry with this tarball's contents (same integrity); nothing was sent`)
    logger.info(text`Skipped: ${same}`)
    return { ...base, outcome: 'skipped', otpRequired: false, reason: same }
  }
  const skip = skipReason(state, version, oldVersion, tag, request.strategy)
  if (skip) {
    logger.info(text`Skipped: ${skip}`)
    return { ...base, outcome: 'skipped', otpRequired: false, reason: skip }
  }
  const provenance = provenanceFor(request, publishConfig, auth, name, access, logger)
  if (request.ignoreScripts) pkg.tarball().catch(() => undefined)
  return { pkg, name, version, id, registry: registry.url, tag, access, provenance, auth, exists: state.versions.size > 0, base, type: changeType(oldVersion, version) }
}

/** Whether packing (its scripts) changed the name or the version the package was checked as. */
export function changedWhilePacking(prepared: PreparedPublish): boolean {
  const { name, version } = prepared.pkg.manifest
  return name !== prepared.name || version !== prepared.version
}

/** The publish request itself (after a dry run's checks, nothing is sent). */
export async function finishPublish(prepared: PreparedPublish, request: PublishRequest, context: RunContext): Promise<PublishResult> {
  const { logger, clock } = context
  const { pkg, id, registry, tag, access, provenance, auth, base, type } = prepared
  const { fetchOptions, otp, withheld, codeForWrites, via, fallback, note } = auth
  const { name, version } = pkg.manifest
  const tarball = await pkg.tarball()
  logger.info(`Tarball: ${tarball.length} bytes`)
  // The tarball is read only when something needs its list: a dry run's listing, or entry fields to check.
  const files = request.dryRun || namesEntries(pkg.manifest) ? await tarballFiles(tarball) : []
  checkPackage(prepared, files, request, logger)
  if (request.dryRun) {
    // Every read-only check of the real run: a code the account needs and the run cannot give fails here too.
    const stagedInstead = !request.stage && via === 'token' && codeForWrites === true && !otp && request.onOtpUnavailable === 'stage'
    if (!request.stage && via === 'token' && codeForWrites === true && !otp && !stagedInstead) throw new OtpRequiredError(registry)
    if (stagedInstead) logger.warning(lines.stagedInstead(id, 'no-seed'))
    const staging = request.stage || stagedInstead
    const would = staging ? 'staged' : 'published'
    // What `npm pack --dry-run` shows: the files a publish would send, for a look before the release.
    logger.info(`Tarball contents (${files.length} files):`)
    for (const file of files) logger.info(`  ${String(file.size).padStart(9)} B  ${file.path}`)
    logger.notice(lines.dryRunNotSent(id, would))
    return {
      ...base,
      outcome: 'published',
      id,
      type,
      otpRequired: via === 'token' && codeForWrites === true,
      auth: staging ? 'staged' : via === 'oidc' ? 'oidc' : otp && codeForWrites !== false ? 'token+otp' : 'token',
      reason: withNote(`dry run: ${id} would be ${would} to ${registry} with tag "${tag}"; nothing was sent`, note),
      files: files.map(file => file.path),
    }
  }

  const stageRequest = () => ({ fetchOptions, registry, tag, access, provenance, timeout: context.deadline.timeout(PUT_TIMEOUT_MS, 'the staging request') })
  const stage = async () => {
    try {
      return await finishStaged(await stageVersion(pkg, tarball, stageRequest()), prepared, tarball, context)
    } catch (error) {
      // A registry that stages only packages that exist answers 404 for a first version.
      const status = (error as { cause?: { statusCode?: number } }).cause?.statusCode
      if (!prepared.exists && error instanceof PublishForbiddenError && status === 404) throw new StageNewPackageError(registry, id, error.message, { cause: error })
      throw error
    }
  }
  if (request.stage) return stage()
  let put: Awaited<ReturnType<typeof putWithCode>>
  let path = { fetchOptions, otp }
  let fellBack = false
  try {
    try {
      // What the account said about codes holds for its token, not for trusted publishing.
      put = await putWithCode(pkg, tarball, { ...path, registry, tag, access, provenance, withheld, codeForWrites: via === 'oidc' ? undefined : codeForWrites }, context)
    } catch (error) {
      // A trusted publisher allowed only to stage: the exchange succeeds, the publish is refused.
      if (via !== 'oidc' || !(error instanceof PublishForbiddenError) || !error.oidcActionDenied) throw error
      const reason = `the trusted publisher of ${name} does not allow publishing with this workflow (only staging, or another action)`
      if (!fallback) throw new TrustedPublishingError(id, registry, reason, { cause: error })
      logger.warning(lines.oidcFallback(id, reason, Boolean(fallback.otp)))
      path = fallback
      fellBack = true
      put = await putWithCode(pkg, tarball, { ...path, registry, tag, access, provenance, withheld, codeForWrites }, context)
    }
  } catch (error) {
    // What the run cannot do, and staging can: a code it cannot give, a token that may only stage, a package that disallows tokens.
    const why =
      error instanceof WebAuthnRequiredError
        ? 'webauthn'
        : error instanceof OtpRequiredError
          ? 'no-seed'
          : error instanceof StageRequiredError
            ? 'stage-only'
            : error instanceof TokensDisallowedError
              ? 'tokens-disallowed'
              : undefined
    if (!why || request.onOtpUnavailable !== 'stage') throw error
    logger.warning(lines.stagedInstead(id, why))
    return stage()
  }
  const { otpRequired, code, exists, found } = put
  const how = via === 'oidc' && !fellBack ? 'oidc' : code ? 'token+otp' : 'token'
  if (put.staged) {
    const stageId = await findStageId(name, version, stageRequest())
    logger.info(`${id} is staged already and waits for a maintainer's approval${stageId ? ` (stage ${stageId})` : ''}: not published over it.`)
    return { ...base, outcome: 'staged', type, otpRequired, auth: 'staged', stageId: stageId || undefined, reason: approvalNote(id, stageId, true) }
  }
  if (exists) {
    // The registry says the version is there: ours, stored by an attempt whose answer was lost, or someone else's.
    const after = found ?? (await readRegistryState(name, { ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, clock))
    if (after.versions.get(version) === integrityOf(tarball)) {
      logger.info(`${id} is on the registry with this tarball's integrity: an earlier attempt stored it`)
      return { ...base, outcome: 'published', id, type, otpRequired, auth: how, reason: plain('published (stored by an attempt whose answer was lost; same integrity)') }
    }
    throw new VersionConflictError(id, registry)
  }
  const sent = how === 'oidc' ? 'through trusted publishing (OIDC)' : code ? `with a one-time password from time step ${code.step} (${code.secondsLeft.toFixed(1)} s left when sent)` : 'without a one-time password'
  logger.info(`Published ${id} to ${registry} with tag "${tag}", ${sent}`)
  return { ...base, outcome: 'published', id, type, otpRequired, auth: how, reason: withNote(`published ${sent}`, note) }
}

/**
 * What a maintainer would want to know before the version goes out: publish scripts skipped, and
 * files the manifest names that the tarball lacks. Warnings, or (strict) a failure before anything is sent.
 */
function checkPackage(prepared: PreparedPublish, files: TarballFile[], request: PublishRequest, logger: Logger): void {
  const { pkg, id } = prepared
  const findings: Text[] = []
  const skipped = pkg.kind === 'directory' && request.ignoreScripts ? publishScripts(pkg.manifest) : []
  if (skipped.length) findings.push(lines.scriptsSkipped(skipped))
  const missing = missingEntries(pkg.manifest, files.map(file => file.path))
  if (missing.length) findings.push(lines.entriesMissing(missing))
  if (!findings.length) return
  if (request.strict) throw new PackageCheckError(id, findings)
  for (const finding of findings) logger.warning(lines.checkWarning(id, finding))
}

/** A result's message, with why trusted publishing was not used when it was tried. */
function withNote(reason: string, note: string | undefined): Text {
  return plain(note ? `${reason}; ${note}` : reason)
}

/** The result of a staging request: staged (now or before), or already published (checked by integrity, as for a publish). */
async function finishStaged(result: StageResult, prepared: PreparedPublish, tarball: Buffer, context: RunContext): Promise<PublishResult> {
  const { pkg, id, registry, auth, base, type } = prepared
  if (result.kind === 'exists') {
    const after = await readRegistryState(pkg.manifest.name, { ...auth.fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, context.clock)
    if (after.versions.get(pkg.manifest.version) === integrityOf(tarball)) {
      return { ...base, outcome: 'published', id, type, otpRequired: false, auth: 'token', reason: plain('published already (same integrity)') }
    }
    throw new VersionConflictError(id, registry)
  }
  const { stageId, already } = result
  context.logger.info(`${already ? `${id} is staged already` : `Staged ${id} on ${registry}`}${stageId ? ` (stage ${stageId})` : ''}: a maintainer approves it with 2FA.`)
  return { ...base, outcome: 'staged', type, otpRequired: false, auth: 'staged', stageId: stageId || undefined, reason: approvalNote(id, stageId, already) }
}

/** How to approve a staged version, in one sentence. */
function approvalNote(id: string, stageId: string, already: boolean): Text {
  const approve = stageId ? `npm stage approve ${stageId}` : `npm stage list ${id.slice(0, id.lastIndexOf('@'))}, then npm stage approve <id>`
  return plain(`${already ? 'staged already, waiting' : 'staged, waiting'} for a maintainer's approval with 2FA: ${approve} (or the package's staged versions on the registry's website)`)
}

/** The sha512 integrity string the registry records for a tarball (as libnpmpublish computes it). */
function integrityOf(tarball: Buffer): string {
  return `sha512-${createHash('sha512').update(tarball).digest('base64')}`
}

function skipReason(state: RegistryState, version: string, oldVersion: string | undefined, tag: string, strategy: Strategy): Text | undefined {
  if (state.versions.has(version)) return plain(`version ${version} is already on the registry`)
  if (strategy === 'upgrade' && oldVersion && !semver.gt(version, oldVersion)) return lines.notGreater(version, oldVersion, tag)
  return undefined
}

/** JS-DevTools/npm-publish's `type`: the semver difference, `initial` for a first publish, `different` when not an upgrade. */
export function changeType(oldVersion: string | undefined, version: string): string {
  if (!oldVersion) return 'initial'
  if (!semver.valid(oldVersion) || !semver.gt(version, oldVersion)) return 'different'
  return semver.diff(oldVersion, version) ?? 'different'
}
