/**
 * Any release tool, a fresh code per request: run a command with the relay in front of the
 * registry the run names. The command gets the relay's address and a credential made for this run;
 * the relay holds the real credentials and the codes. What went through the relay is reported as a
 * publish of our own is.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Clock, Logger } from '../../common/log.ts'
import { plain, text } from '../../common/text.ts'
import { OtpSession } from '../../otp/session.ts'
import { readAccount } from '../auth/account.ts'
import { Deadline, GET_TIMEOUT_MS } from '../deadline.ts'
import { CommandError, PublishError, TokenMissingError, textOf } from '../errors.ts'
import { loadNpmConfig } from '../npm/config.ts'
import { credentialsFromConfig, nerfDart, registriesFor } from '../npm/registries.ts'
import { loadPackage, type LoadedPackage } from '../package/read.ts'
import { expandPackageEntries, findWorkspaces } from '../package/targets.ts'
import { WorkspaceFinder } from '../package/workspace.ts'
import { guardedFetchOptions } from '../registry/fetch.ts'
import { readRegistryState } from '../registry/packument.ts'
import type { PackageOutcome, PublishRequest } from '../types.ts'
import { clientEnvironment } from './environment.ts'
import { startRelay, type RelayEvent } from './server.ts'

const USER_AGENT = 'npm-otp-publish relay (+https://github.com/marketplace/actions/npm-otp-publish)'

/** What the command is: an argument vector, or a line for the shell. */
export type Command = { argv: string[] } | { shell: string }

export interface ExecRequest extends Pick<PublishRequest, 'cwd' | 'token' | 'seed' | 'registry' | 'timeoutMs' | 'npmEnv'> {
  command: Command
  /** The run's packages, as for a publish; none (and no workspaceRoot): the package in `cwd` and its workspaces. */
  packages: string[]
  workspaceRoot?: string
  /** The environment the command starts from: the job's, without the run's secret variables (the face removes those). */
  commandEnv: NodeJS.ProcessEnv
}

/** A request the relay refused, for the report. */
export interface Refusal {
  method: string
  path: string
  what: string
  status: 400 | 401 | 403 | 413
}

export interface ExecResult {
  /** The command's exit code (null when a signal ended it). */
  exitCode: number | null
  signal?: string
  /** Every version that went (or tried to go) through the relay, as a publish reports it. */
  packages: PackageOutcome[]
  refusals: Refusal[]
  /** The run could not start the command (no token, npm's configuration, ...). */
  error?: PublishError
}

export interface ExecDependencies {
  logger: Logger
  clock: Clock
  /** The command's output, line by line, already scrubbed of every secret the run knows. */
  onOutput(stream: 'stdout' | 'stderr', line: string): void
}

export async function execWithRelay(request: ExecRequest, { logger: log, clock, onOutput }: ExecDependencies): Promise<ExecResult> {
  // Every secret of the run passes through logger.secret (the credentials npm's configuration holds,
  // each code as it is made): the relay keeps them out of what it answers the command.
  const secrets = new Set<string>(request.token ? [request.token] : [])
  const logger: Logger = {
    info: message => log.info(message),
    notice: message => log.notice(message),
    warning: message => log.warning(message),
    debug: message => log.debug(message),
    secret: value => {
      secrets.add(value)
      log.secret(value)
    },
  }
  const outcomes: PackageOutcome[] = []
  const refusals: Refusal[] = []
  const deadline = new Deadline(clock, request.timeoutMs)
  let prepared
  try {
    prepared = await prepare(request, logger, clock, deadline)
  } catch (error) {
    if (!(error instanceof PublishError)) throw error
    return { exitCode: null, packages: [], refusals: [], error }
  }
  const { registry, fetchOptions, names, scopes, otp, codeForWrites } = prepared
  const credential = randomBytes(32).toString('hex')
  log.secret(credential)
  const onEvent = (event: RelayEvent) => record(event, outcomes, refusals, registry, logger)
  const relay = await startRelay({ registry, fetchOptions, packages: names, credential, otp, codeForWrites, logger, clock, deadline, onEvent, secrets: () => [...secrets] })
  const folder = await mkdtemp(join(tmpdir(), 'npm-otp-publish-exec-'))
  try {
    const env = await clientEnvironment(request.commandEnv, { relay: relay.url, credential, scopes, folder, secrets: { tokens: [...secrets], seed: request.seed } })
    logger.info(`Relay for ${registry} on ${relay.url}: ${names.size} package(s) of this run may be published through it (${[...names].join(', ')}).`)
    const ran = await run(request.command, request.cwd, env, onOutput).catch((error: unknown) => {
      if (error instanceof CommandError) return error
      throw error
    })
    if (ran instanceof CommandError) return { exitCode: null, packages: outcomes, refusals, error: ran }
    return { exitCode: ran.code, signal: ran.signal ?? undefined, packages: outcomes, refusals }
  } finally {
    await relay.close()
    await rm(folder, { recursive: true, force: true })
  }
}

/** Before the command starts: the run's packages, the registry and its credentials, the account, the clock. */
async function prepare(request: ExecRequest, logger: Logger, clock: Clock, deadline: Deadline) {
  const configLoad = loadNpmConfig({ env: request.npmEnv, cwd: request.cwd, logger })
  configLoad.catch(() => undefined)
  const packages = await runPackages(request)
  const config = await configLoad
  const first = packages[0]
  const { workflow } = registriesFor(first?.manifest.name ?? '', first?.entry ?? '.', request.registry, {}, config)
  const registry = workflow.url
  for (const pkg of packages) {
    // A package that publishConfig or a committed scoped registry sends elsewhere would go around the relay.
    const { registry: own } = registriesFor(pkg.manifest.name, pkg.entry, undefined, pkg.manifest.publishConfig ?? {}, config)
    const fromPackage = typeof pkg.manifest.publishConfig?.registry === 'string'
    if (fromPackage && own.url !== registry) logger.warning(text`${pkg.manifest.name} names ${own.url} (${own.source}): its client publishes there, around the relay, and the relay's credential is no use there.`)
  }
  const configured = credentialsFromConfig(registry, config)
  if (!request.token && !configured.token && !configured.basic) throw new TokenMissingError(registry)
  const fetchOptions = guardedFetchOptions({
    ...config.options,
    ...config.runnerNetwork,
    registry,
    userAgent: USER_AGENT,
    ...(request.token ? { [`${nerfDart(registry)}:_authToken`]: request.token } : {}),
  })
  const otp = request.seed ? new OtpSession(request.seed, clock, logger) : undefined
  const [account, state] = await Promise.all([
    readAccount({ ...fetchOptions, timeout: deadline.timeout(GET_TIMEOUT_MS, 'reading the account') }, registry),
    first ? readRegistryState(first.manifest.name, { ...fetchOptions, timeout: deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, clock).catch(() => undefined) : undefined,
  ])
  otp?.calibrate(state?.date)
  const names = new Set(packages.map(pkg => pkg.manifest.name))
  const scopes = [...new Set([...names].filter(name => name.startsWith('@')).map(name => name.slice(0, name.indexOf('/'))))]
  return { registry, fetchOptions, names, scopes, otp, codeForWrites: account.codeForWrites }
}

/** The packages of the run: those named, else the package in the working folder and its workspaces. */
async function runPackages(request: ExecRequest): Promise<LoadedPackage[]> {
  const workspaces = new WorkspaceFinder()
  let entries: string[]
  if (request.workspaceRoot !== undefined) entries = await findWorkspaces(request.workspaceRoot, request.cwd, workspaces)
  else if (request.packages.length) entries = await expandPackageEntries(request.packages, request.cwd)
  else {
    // The package in the working folder, and its workspaces (npm's and yarn's, or pnpm-workspace.yaml's) when it has any.
    // A private root (a monorepo's, usually without a version) is no package of the run.
    const root = JSON.parse(await readFile(join(request.cwd, 'package.json'), 'utf8').catch(() => '{}')) as { workspaces?: unknown; private?: unknown }
    const declared = root.workspaces !== undefined || (await access(join(request.cwd, 'pnpm-workspace.yaml')).then(() => true, () => false))
    entries = [...(root.private === true ? [] : ['.']), ...(declared ? await findWorkspaces('.', request.cwd, workspaces) : [])]
  }
  const loaded = await Promise.all(entries.map(entry => loadPackage(entry, { cwd: request.cwd, ignoreScripts: true, env: request.npmEnv, workspaces })))
  return loaded.filter(pkg => pkg.manifest.private !== true)
}

/** A relay event, as the run's outcomes and the log tell it. */
function record(event: RelayEvent, outcomes: PackageOutcome[], refusals: Refusal[], registry: string, logger: Logger): void {
  if (event.kind === 'refused') {
    refusals.push(event)
    logger.warning(`The relay refused ${event.what} (${event.method} ${event.path}): nothing was forwarded.`)
    return
  }
  if (event.kind === 'dist-tag') {
    logger.info(`Through the relay: ${event.remove ? 'removed' : 'set'} the dist-tag "${event.tag}" of ${event.name}.`)
    return
  }
  for (const version of event.versions.length ? event.versions : ['']) {
    const id = `${event.name}@${version}`
    const tags = event.kind === 'failed' ? {} : event.tags
    const base = { name: event.name, version, tag: Object.keys(tags).find(tag => tags[tag] === version) ?? '', access: 'default' as const, registry, dryRun: false }
    if (event.kind === 'published') {
      const how = event.withCode ? 'token+otp' : 'token'
      logger.info(`Through the relay: published ${id} ${event.withCode ? 'with a one-time password made when it was forwarded' : 'without a one-time password'}.`)
      outcomes.push({ entry: id, name: event.name, version, outcome: 'published', message: plain(`published through the relay (${how})`), result: { ...base, outcome: 'published', id, otpRequired: event.otpRequired, auth: how, reason: plain(`published through the relay (${how})`) } })
    } else if (event.kind === 'staged') {
      logger.info(`Through the relay: staged ${id}${event.stageId ? ` (stage ${event.stageId})` : ''}: a maintainer approves it with 2FA.`)
      outcomes.push({ entry: id, name: event.name, version, outcome: 'staged', message: plain('staged through the relay, waiting for a maintainer\'s approval'), result: { ...base, outcome: 'staged', stageId: event.stageId || undefined, otpRequired: false, auth: 'staged', reason: plain('staged through the relay') } })
    } else {
      logger.warning(text`Through the relay: ${event.what} failed: ${event.error.text}`)
      outcomes.push({ entry: id, name: event.name, version: version || undefined, outcome: 'failed', message: textOf(event.error), error: event.error })
    }
  }
}

/** Run the command, its output line by line; resolves when it exits. */
function run(command: ExecRequest['command'], cwd: string, env: NodeJS.ProcessEnv, onOutput: ExecDependencies['onOutput']): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child =
    'shell' in command
      ? spawn(command.shell, { cwd, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command.argv[0], command.argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  for (const stream of ['stdout', 'stderr'] as const) {
    let pending = ''
    child[stream].setEncoding('utf8')
    child[stream].on('data', (chunk: string) => {
      pending += chunk
      const parts = pending.split('\n')
      pending = parts.pop() ?? ''
      for (const line of parts) onOutput(stream, line)
    })
    child[stream].on('end', () => {
      if (pending) onOutput(stream, pending)
    })
  }
  return new Promise((resolve, reject) => {
    child.on('error', error => reject(new CommandError('shell' in command ? command.shell : command.argv.join(' '), (error as NodeJS.ErrnoException).code ?? error.message, { cause: error })))
    child.on('close', (code, signal) => resolve({ code, signal }))
  })
}
