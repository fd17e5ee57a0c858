/**
 * A run: the packages a request names, each checked and published in dependency order, sharing
 * one code session (clock offset, transfer estimates, step tracking), npm's configuration, the
 * account reads and the OIDC ID tokens. One result per package, whatever happens to it.
 */
import pLimit from 'p-limit'
import type { Clock, Logger } from '../common/log.ts'
import { join, plain, text } from '../common/text.ts'
import { OtpSession } from '../otp/session.ts'
import type { Account } from './auth/account.ts'
import type { RunContext } from './context.ts'
import { Deadline } from './deadline.ts'
import { InvalidSettingError, PrivatePackageError, PublishError, UnexpectedError } from './errors.ts'
import { lines } from './lines.ts'
import { loadNpmConfig, type NpmConfig } from './npm/config.ts'
import { runInOrder, type Job, type JobOutcome } from './order.ts'
import { loadPackage, type LoadedPackage } from './package/read.ts'
import { isGlob, runEntries } from './package/targets.ts'
import { WorkspaceFinder } from './package/workspace.ts'
import { changedWhilePacking, finishPublish, preparePublish, type PreparedPublish } from './publish.ts'
import type { PackageOutcome, Progress, PublishRequest, PublishResult, RunResult } from './types.ts'

export interface RunDependencies {
  logger: Logger
  clock: Clock
  /** Told as each package is done, for a face that shows progress (the CLI). */
  onProgress?(progress: Progress): void
  /** Cancels every request of the run (a face whose own time limit passed). */
  signal?: AbortSignal
}

/** A logger that prefixes every line with the package, for runs where lines of several packages interleave. */
export function prefixed(logger: Logger, prefix: string): Logger {
  return {
    info: message => logger.info(join(prefix, message)),
    notice: message => logger.notice(join(prefix, message)),
    warning: message => logger.warning(join(prefix, message)),
    debug: message => logger.debug(join(prefix, message)),
    secret: value => logger.secret(value),
  }
}

/** A package whose checks had not started when a failure stopped the run. */
class NotPrepared extends Error {}

/** Any failure as a PublishError: those the core foresaw as they are, anything else kept as unexpected. */
export function asPublishError(error: unknown): PublishError {
  return error instanceof PublishError ? error : new UnexpectedError(error)
}

/** The packages a request names, read; and what became of those that cannot be published. */
export interface FoundPackages {
  /** Several packages were asked for (a list, a glob or workspaces), not one. */
  multiple: boolean
  /** The packages to publish, each with its place in the order asked for. */
  loaded: { entry: string; pkg: LoadedPackage; index: number }[]
  /** By place: those that could not be read (failed), and private ones (failed when named on their own, else skipped). */
  outcomes: PackageOutcome[]
}

/**
 * Find and read the packages a request names (folders, package.json paths, .tgz files, globs, or a
 * workspace root's members). Private packages found by a glob or as workspaces are skipped; one
 * named on its own is a mistake. Throws for a request that names nothing usable.
 */
export async function findPackages(request: PublishRequest, workspaces = new WorkspaceFinder()): Promise<FoundPackages> {
  const multiple = isMultiple(request)
  const entries = await runEntries(request, workspaces)
  const listedByName = new Set(request.workspaceRoot !== undefined ? [] : request.packages.map(entry => entry.trim()))
  const outcomes: PackageOutcome[] = []
  const read: ({ entry: string; pkg: LoadedPackage } | undefined)[] = await Promise.all(
    entries.map(async (entry, index) => {
      try {
        return { entry, pkg: await loadPackage(entry, { cwd: request.cwd, ignoreScripts: request.ignoreScripts, env: request.npmEnv, workspaces }) }
      } catch (error) {
        const failure = asPublishError(error)
        outcomes[index] = { entry, outcome: 'failed', message: failure.text, error: failure }
        return undefined
      }
    }),
  )
  const names = new Map<string, string>()
  const loaded: FoundPackages['loaded'] = []
  read.forEach((found, index) => {
    if (!found) return
    const { entry, pkg } = found
    const { name, version } = pkg.manifest
    const other = names.get(name)
    if (other !== undefined) throw new InvalidSettingError('packages', `${name} is listed twice, as "${other}" and as "${entry}". List each package once`)
    names.set(name, entry)
    if (pkg.manifest.private === true) {
      const error = new PrivatePackageError(name, entry)
      outcomes[index] =
        !multiple || listedByName.has(entry)
          ? { entry, name, version, outcome: 'failed', message: error.text, error }
          : { entry, name, version, outcome: 'skipped', message: plain('private package ("private": true)') }
      return
    }
    loaded.push({ entry, pkg, index })
  })
  return { multiple, loaded, outcomes }
}

function isMultiple(request: PublishRequest): boolean {
  return request.workspaceRoot !== undefined || request.packages.length > 1 || request.packages.some(isGlob)
}

/**
 * What a run's packages share: npm's configuration, one code session (clock offset, transfer
 * estimates, step tracking), the account reads, the OIDC ID tokens, the deadline and the cancel
 * signal. Each package's context adds its logger.
 */
export interface Run {
  readonly config: NpmConfig
  readonly otp: OtpSession | undefined
  readonly deadline: Deadline
  /** The context of one package: its logger (prefixed with its name where packages interleave), and whether it packs early. */
  context(logger: Logger, packEarly: boolean): RunContext
}

/** Start a run: npm's configuration (loaded while the caller finds its packages), the codes and the shared reads. */
export async function startRun(request: PublishRequest, { logger, clock, signal }: RunDependencies, config: Promise<NpmConfig>, deadline = new Deadline(clock, request.timeoutMs)): Promise<Run> {
  const loaded = await config
  const otp = request.seed ? new OtpSession(request.seed, clock, logger) : undefined
  const accounts = new Map<string, Promise<Account>>()
  const idTokens = new Map<string, Promise<string>>()
  return {
    config: loaded,
    otp,
    deadline,
    context: (packageLogger, packEarly) => ({ logger: packageLogger, clock, otp, config: loaded, accounts, idTokens, packEarly, deadline, signal }),
  }
}

/** npm's configuration as npm publish would see it from the request's working folder (started at once; awaited by startRun). */
export function loadRunConfig(request: PublishRequest, logger: Logger): Promise<NpmConfig> {
  const load = loadNpmConfig({ env: request.npmEnv, cwd: request.cwd, logger })
  load.catch(() => undefined)
  return load
}

/**
 * Publish every package the request names, in dependency order. Never throws for a failure a user
 * can fix: a package's failure is its outcome, and a run that cannot start says why in `error`.
 */
export async function publishAll(request: PublishRequest, dependencies: RunDependencies): Promise<RunResult> {
  try {
    return await run(request, dependencies)
  } catch (error) {
    if (!(error instanceof PublishError)) throw error
    return { packages: [], multiple: isMultiple(request), error }
  }
}

async function run(request: PublishRequest, dependencies: RunDependencies): Promise<RunResult> {
  const { logger, onProgress } = dependencies
  const deadline = new Deadline(dependencies.clock, request.timeoutMs)
  // npm's configuration loads (and reads its files) while the packages are found and read.
  const configLoad = loadRunConfig(request, logger)
  const { multiple, loaded, outcomes } = await findPackages(request)
  const jobs: Job<{ entry: string; pkg: LoadedPackage; index: number }>[] = loaded.map(item => ({ key: item.pkg.manifest.name, deps: dependencyNames(item.pkg.manifest), item }))
  const shared = await startRun(request, dependencies, configLoad, deadline)
  if (multiple) logger.info(`Publishing ${jobs.length} package(s) in dependency order, up to ${request.concurrency} at once`)

  const contexts = new Map<string, RunContext>(jobs.map(({ key, item: { pkg } }) => [key, shared.context(multiple ? prefixed(logger, `[${pkg.manifest.name}] `) : logger, !multiple)]))
  // Version checks (and packing, without scripts) depend on no other package: they run ahead of
  // the publish requests, more at once, so that the network and the CPU overlap. Only the
  // publish requests wait for dependencies and keep to `concurrency`.
  let stopping = false
  const ahead = pLimit(Math.max(8, request.concurrency * 2))
  const prepared = new Map<string, Promise<PreparedPublish | PublishResult>>()
  for (const { key, item: { pkg } } of jobs) {
    const promise = ahead(() => (stopping ? Promise.reject(new NotPrepared()) : preparePublish(pkg, request, contexts.get(key)!)))
    promise.catch(() => undefined)
    prepared.set(key, promise)
  }

  let finished = 0
  const done = await runInOrder(jobs, request.concurrency, async ({ key, item: { pkg } }, slot) => {
    const context = { ...contexts.get(key)!, pause: slot.pause }
    const outcome = await (async (): Promise<JobOutcome<PublishResult>> => {
      try {
        const result = await publishPrepared(await prepared.get(key)!, request, context)
        return { outcome: result.outcome, message: result.reason, result }
      } catch (error) {
        if (error instanceof NotPrepared) return { outcome: 'not attempted', message: plain('not attempted: the run stopped before its checks') }
        const failure = asPublishError(error)
        const message = request.dryRun ? lines.dryRunWouldFail(`${pkg.manifest.name}@${pkg.manifest.version}`, failure.text) : failure.text
        if (multiple) context.logger.warning(request.dryRun ? message : text`Failed: ${failure.text}`)
        if (failure.stopsRun) stopping = true
        return { outcome: 'failed', message, stopAll: failure.stopsRun, error: failure }
      }
    })()
    onProgress?.({ name: pkg.manifest.name, version: pkg.manifest.version, outcome: outcome.outcome, done: ++finished, total: jobs.length })
    return outcome
  })
  const { otp } = shared
  if (otp && otp.waitedMs > 0) logger.info(`Waited ${(otp.waitedMs / 1000).toFixed(1)} s in all for fresh time steps.`)
  for (const job of jobs) {
    const { entry, pkg, index } = job.item
    const outcome = done.get(job.key)!
    outcomes[index] = {
      entry,
      name: pkg.manifest.name,
      version: pkg.manifest.version,
      outcome: outcome.outcome,
      message: outcome.message ?? [],
      result: outcome.result,
      error: outcome.error === undefined ? undefined : asPublishError(outcome.error),
    }
  }
  return { packages: outcomes, multiple }
}

/** One package, from its checks to its answer, in a run that is under way (the relay's writes). */
export async function publishPackage(pkg: LoadedPackage, request: PublishRequest, context: RunContext): Promise<PublishResult> {
  return publishPrepared(await preparePublish(pkg, request, context), request, context)
}

/**
 * Send a prepared package. With package scripts, packing happens only now; a script that changes
 * the name or the version makes another package of it, which is checked against the registry
 * again, as what is sent.
 */
async function publishPrepared(ready: PreparedPublish | PublishResult, request: PublishRequest, context: RunContext): Promise<PublishResult> {
  if ('outcome' in ready) return ready
  await ready.pkg.tarball()
  if (!changedWhilePacking(ready)) return finishPublish(ready, request, context)
  const { name, version } = ready.pkg.manifest
  context.logger.warning(`Packing ${ready.id} (its package scripts) changed it to ${name}@${version}: checking the registry for ${name}@${version}, which is what would be sent.`)
  const again = await preparePublish(ready.pkg, request, context)
  return 'outcome' in again ? again : finishPublish(again, request, context)
}

/** The names a package needs at install time: its dependencies, optional and peer dependencies. */
function dependencyNames(manifest: Record<string, unknown>): string[] {
  const names = new Set<string>()
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = manifest[field]
    if (deps && typeof deps === 'object') for (const name of Object.keys(deps)) names.add(name)
  }
  return [...names]
}
