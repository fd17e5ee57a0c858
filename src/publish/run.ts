import pLimit from 'p-limit'
import { InvalidInputError, PrivatePackageError, PublishError, messageOf } from '../errors.ts'
import type { Clock, Logger } from '../log.ts'
import { OtpSession } from '../otp/session.ts'
import type { Account } from './account.ts'
import { loadNpmConfig } from './config.ts'
import { runInOrder, type Job, type JobOutcome, type Outcome } from './order.ts'
import { loadPackage, type LoadedPackage } from './package.ts'
import { Deadline } from './deadline.ts'
import { finishPublish, preparePublish, type PreparedPublish, type PublishResult, type PublishSettings, type RunContext } from './publish.ts'
import { expandPackageEntries, findWorkspaces, isGlob } from './targets.ts'
import { WorkspaceFinder } from './workspace.ts'

/** One package of the run and what became of it. */
export interface PackageOutcome {
  /** The entry as listed (or matched by a glob / the workspaces). */
  entry: string
  /** Empty when the package could not even be read. */
  name: string
  version: string
  outcome: Outcome
  /** Why it failed, was skipped or was not attempted. */
  message: string
  /** The publish result, when the registry was reached. */
  result?: PublishResult
  /** The failure, for a single-package run's message. */
  error?: unknown
}

export interface RunResult {
  packages: PackageOutcome[]
  /** Several packages were asked for (a list, a glob or workspaces), not one. */
  multiple: boolean
}

export interface RunDependencies {
  logger: Logger
  clock: Clock
  /** Told as each package is done, for a face that shows progress (the CLI). */
  onProgress?(progress: Progress): void
}

export interface Progress {
  name: string
  version: string
  outcome: Outcome
  /** Packages done so far (this one included), of `total` sent to the registry. */
  done: number
  total: number
}

/** A logger that prefixes every line with the package, for runs where lines of several packages interleave. */
function prefixed(logger: Logger, prefix: string): Logger {
  return {
    info: message => logger.info(`${prefix}${message}`),
    notice: message => logger.notice(`${prefix}${message}`),
    warning: message => logger.warning(`${prefix}${message}`),
    debug: message => logger.debug(`${prefix}${message}`),
    secret: value => logger.secret(value),
  }
}

/**
 * Publish every package the settings name, in dependency order, sharing one
 * code session (clock offset, transfer estimates, step tracking) across them.
 */
export async function publishAll(settings: PublishSettings, { logger, clock, onProgress }: RunDependencies): Promise<RunResult> {
  const deadline = new Deadline(clock, settings.timeoutMs)
  // npm's configuration loads (and reads its files) while the packages are found and read.
  const configLoad = loadNpmConfig({ env: settings.env, cwd: settings.cwd, logger })
  configLoad.catch(() => undefined)
  const workspaces = new WorkspaceFinder()
  const entries = settings.workspaces
    ? await findWorkspaces(settings.package.trim() || '.', settings.cwd, workspaces)
    : await expandPackageEntries(settings.package, settings.cwd)
  const multiple = settings.workspaces || entries.length > 1 || isGlob(settings.package)
  /** Private packages found by a glob or as workspaces are skipped; one named on its own is a mistake. */
  const listedByName = new Set(settings.workspaces ? [] : settings.package.split(/\r?\n/).map(line => line.trim()))

  const loaded: { entry: string; pkg: LoadedPackage }[] = []
  const outcomes: PackageOutcome[] = []
  await Promise.all(
    entries.map(async (entry, index) => {
      try {
        const pkg = await loadPackage(entry, { cwd: settings.cwd, ignoreScripts: settings.ignoreScripts, env: settings.env, workspaces })
        loaded[index] = { entry, pkg }
      } catch (error) {
        if (!multiple || !(error instanceof PublishError)) throw error
        outcomes[index] = { entry, name: '', version: '', outcome: 'failed', message: error.message, error }
      }
    }),
  )

  const names = new Map<string, string>()
  const jobs: Job<{ entry: string; pkg: LoadedPackage; index: number }>[] = []
  loaded.forEach(({ entry, pkg }, index) => {
    if (!pkg) return
    const { name, version } = pkg.manifest
    const other = names.get(name)
    if (other !== undefined) {
      throw new InvalidInputError('package', `${name} is listed twice, as "${other}" and as "${entry}". List each package once`)
    }
    names.set(name, entry)
    if (pkg.manifest.private === true) {
      const error = new PrivatePackageError(name, entry)
      if (!multiple) throw error
      outcomes[index] = listedByName.has(entry)
        ? { entry, name, version, outcome: 'failed', message: error.message, error }
        : { entry, name, version, outcome: 'skipped', message: 'private package ("private": true)' }
      return
    }
    jobs.push({ key: name, deps: dependencyNames(pkg.manifest), item: { entry, pkg, index } })
  })

  const config = await configLoad
  const otp = settings.seed ? new OtpSession(settings.seed, clock, logger) : undefined
  if (multiple) logger.info(`Publishing ${jobs.length} package(s) in dependency order, up to ${settings.concurrency} at once`)

  const accounts = new Map<string, Promise<Account>>()
  const idTokens = new Map<string, Promise<string>>()
  const contexts = new Map<string, RunContext>(
    jobs.map(({ key, item: { pkg } }) => [
      key,
      { logger: multiple ? prefixed(logger, `[${pkg.manifest.name}] `) : logger, clock, otp, config, accounts, idTokens, packEarly: !multiple, deadline },
    ]),
  )
  // Version checks (and packing, without scripts) depend on no other package: they run ahead of
  // the publish requests, more at once, so that the network and the CPU overlap. Only the
  // publish requests wait for dependencies and keep to `concurrency`.
  let stopping = false
  const ahead = pLimit(Math.max(8, settings.concurrency * 2))
  const prepared = new Map<string, Promise<PreparedPublish | PublishResult>>()
  for (const { key, item: { pkg } } of jobs) {
    const promise = ahead(() => (stopping ? Promise.reject(new Error('not prepared: the run is stopping')) : preparePublish(pkg, settings, contexts.get(key)!)))
    promise.catch(() => undefined)
    prepared.set(key, promise)
  }

  let finished = 0
  const done = await runInOrder(jobs, settings.concurrency, async ({ key, item: { pkg } }) => {
    const context = contexts.get(key)!
    const outcome = await (async (): Promise<JobOutcome<PublishResult>> => {
      try {
        const ready = await prepared.get(key)!
        const result = 'outcome' in ready ? ready : await finishPublish(ready, context)
        return { outcome: result.outcome, message: result.reason, result }
      } catch (error) {
        if (multiple) context.logger.warning(`Failed: ${messageOf(error)}`)
        const stopsRun = error instanceof PublishError && error.stopsRun
        if (stopsRun) stopping = true
        return { outcome: 'failed', message: messageOf(error), stopAll: stopsRun, error }
      }
    })()
    onProgress?.({ name: pkg.manifest.name, version: pkg.manifest.version, outcome: outcome.outcome, done: ++finished, total: jobs.length })
    return outcome
  })
  if (!multiple && jobs.length === 1) {
    const only = done.get(jobs[0].key)!
    if (only.outcome === 'failed') throw only.error
  }
  for (const job of jobs) {
    const { entry, pkg, index } = job.item
    const outcome = done.get(job.key)!
    outcomes[index] = {
      entry,
      name: pkg.manifest.name,
      version: pkg.manifest.version,
      outcome: outcome.outcome,
      message: outcome.message ?? '',
      result: outcome.result,
      error: outcome.error,
    }
  }
  return { packages: outcomes, multiple }
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

/** One entry per package, as the `results` output and the CLI's --json print it. */
export interface ResultEntry {
  name: string
  version: string
  outcome: Outcome
  tag: string
  auth: string
  stageId?: string
  message?: string
  /** In a dry run: the files the package's tarball holds. */
  files?: string[]
}

/** `messages: 'always'` gives published packages their message too (the CLI's --json). */
export function resultEntries(run: RunResult, messages: 'unless-published' | 'always' = 'unless-published'): ResultEntry[] {
  return run.packages.map(pkg => ({
    name: pkg.name,
    version: pkg.version,
    outcome: pkg.outcome,
    tag: pkg.result?.tag ?? '',
    auth: pkg.result?.auth ?? '',
    ...(pkg.outcome === 'staged' ? { stageId: pkg.result?.stageId ?? '' } : {}),
    ...(pkg.outcome !== 'published' || messages === 'always' ? { message: pkg.message } : {}),
    ...(pkg.result?.files ? { files: pkg.result.files } : {}),
  }))
}
