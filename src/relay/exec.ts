/**
 * Any release tool, a fresh code per request: run a command with the relay in front of the
 * registry. The relay is a face of the core: each publish the command sends becomes the core's
 * publish of that package (the same registry and credentials, existence check, trusted publishing,
 * staging and dry run as a publish of our own), and its result goes into the same results. Reads
 * pass through to the registry of the package they name; dist-tags move only for versions this run
 * published or staged. The command gets the relay's address and a credential made for this run,
 * never the real credentials or a code, and ends with the run's time limit.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Clock, Logger } from '../common/log.ts'
import { text, type Text } from '../common/text.ts'
import { Deadline } from '../core/deadline.ts'
import { CommandError, InvalidSettingError, PublishError, TimeoutError, TokenMissingError, kindOf } from '../core/errors.ts'
import { lines } from '../core/lines.ts'
import { hasCredentials, registriesFor } from '../core/npm/registries.ts'
import { packageFromPublish, type LoadedPackage } from '../core/package/read.ts'
import type { Answer } from '../core/registry/forward.ts'
import { moveDistTag, readThrough } from '../core/requests.ts'
import { asPublishError, findPackages, loadRunConfig, prefixed, publishPackage, startRun, type Run } from '../core/run.ts'
import type { PackageOutcome, PublishRequest, PublishResult } from '../core/types.ts'
import { describeCommand, startCommand, type Command } from './command.ts'
import { clientEnvironment, type RunSecrets } from './environment.ts'
import type { PublishWrite, RelayAction } from './policy.ts'
import { answer, json, startRelay, type Refusal, type RelayRequest } from './server.ts'

export type { Command } from './command.ts'
export type { Refusal } from './server.ts'

export interface ExecRequest extends PublishRequest {
  command: Command
  /** The environment the command starts from: the job's, without the run's secret variables (the face removes those). */
  commandEnv: NodeJS.ProcessEnv
}

export interface ExecResult {
  /** The command's exit code (null when a signal ended it, or it never ran). */
  exitCode: number | null
  signal?: string
  /** Every write that came through the relay, as a publish reports its packages. */
  packages: PackageOutcome[]
  refusals: Refusal[]
  /** The run could not start the command (no token, npm's configuration, ...), or its time limit passed (TimeoutError). */
  error?: PublishError
}

export interface ExecDependencies {
  logger: Logger
  clock: Clock
  /** The command's output, line by line; the face scrubs it of every secret the run knows. */
  onOutput(stream: 'stdout' | 'stderr', line: string): void
  /** A message in the face's words, scrubbed, for the answers the command gets. */
  say(message: Text): string
  /**
   * Called once the run knows all its secrets, before the command starts: a face whose own
   * process environment holds one (a variable npm's configuration reads a token from) restarts
   * without it (see ../isolate.ts), and does not return then.
   */
  beforeCommand?(secrets: RunSecrets): void
}

export async function execWithRelay(request: ExecRequest, { logger: log, clock, onOutput, say, beforeCommand }: ExecDependencies): Promise<ExecResult> {
  // Every secret of the run passes through logger.secret (the credentials npm's configuration holds,
  // each code as it is made): the relay keeps them out of what it answers and of the command's environment.
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
  const aborter = new AbortController()
  const deadline = new Deadline(clock, request.timeoutMs)
  let run: Run
  let packages: Map<string, LoadedPackage>
  let workflow: string
  try {
    const config = loadRunConfig(request, logger)
    const found = await findPackages(request)
    const failed = found.outcomes.find(outcome => outcome?.outcome === 'failed')
    if (failed?.error) throw failed.error
    run = await startRun(request, { logger, clock, signal: aborter.signal }, config, deadline)
    packages = new Map(found.loaded.map(({ pkg }) => [pkg.manifest.name, pkg]))
    if (packages.size === 0) throw new InvalidSettingError('packages', `no package to publish in "${request.cwd}" (only private ones). Point it at the packages the command publishes`)
    workflow = registriesFor('', '.', request.registry, {}, run.config).workflow.url
    checkCredentials(request, run, workflow)
  } catch (error) {
    if (!(error instanceof PublishError)) throw error
    return { exitCode: null, packages: [], refusals: [], error }
  }
  for (const pkg of packages.values()) {
    // A package that publishConfig sends elsewhere is published there by its client, around the relay.
    const own = pkg.manifest.publishConfig?.registry
    const { registry } = registriesFor(pkg.manifest.name, pkg.entry, undefined, pkg.manifest.publishConfig ?? {}, run.config)
    if (typeof own === 'string' && registry.url !== workflow) logger.warning(text`${pkg.manifest.name} names ${registry.url} (${registry.source}): its client publishes there, around the relay, and the relay's credential is no use there.`)
  }

  beforeCommand?.({ tokens: [...secrets], seed: request.seed })
  const folder = await mkdtemp(join(tmpdir(), 'npm-otp-publish-exec-'))
  const state = new RelayState({ request, run, packages, logger, say, folder, signal: aborter.signal })
  const credential = randomBytes(32).toString('hex')
  log.secret(credential)
  const relay = await startRelay({
    registry: workflow,
    packages: new Set(packages.keys()),
    credential,
    handle: relayed => state.handle(relayed),
    onRefused: refusal => state.refused(refusal),
    secrets: () => [...secrets],
  })
  try {
    const scopes = [...new Set([...packages.keys()].filter(name => name.startsWith('@')).map(name => name.slice(0, name.indexOf('/'))))]
    const env = await clientEnvironment(request.commandEnv, { relay: relay.url, credential, scopes, folder, secrets: { tokens: [...secrets], seed: request.seed } })
    logger.info(`Relay for ${workflow} on ${relay.url}: ${packages.size} package(s) of this run may be published through it (${[...packages.keys()].join(', ')}).`)
    const command = startCommand(request.command, request.cwd, env, onOutput)
    // The time limit covers the whole step: at its end the command stops and so does every request in flight.
    let timedOut = false
    const timer = setTimeout(
      () => {
        timedOut = true
        logger.warning(`The time limit (${deadline.seconds} s) has passed: stopping the command and every request in flight.`)
        aborter.abort()
        void command.terminate()
      },
      Math.max(0, deadline.at - clock.now()),
    )
    let exit: Awaited<typeof command.exited>
    try {
      exit = await command.exited
    } catch (error) {
      return { exitCode: null, packages: state.outcomes, refusals: state.refusals, error: new CommandError(describeCommand(request.command), (error as NodeJS.ErrnoException).code ?? String(error), { cause: error }) }
    } finally {
      clearTimeout(timer)
    }
    await relay.close()
    if (run.otp && run.otp.waitedMs > 0) logger.info(`Waited ${(run.otp.waitedMs / 1000).toFixed(1)} s in all for fresh time steps.`)
    const ended = { exitCode: exit.code, signal: exit.signal ?? undefined, packages: state.outcomes, refusals: state.refusals }
    return timedOut ? { ...ended, error: new TimeoutError(deadline.seconds, 'the command and its publish requests') } : ended
  } finally {
    await relay.close()
    await rm(folder, { recursive: true, force: true })
  }
}

/**
 * The run's packages when the face names none (`named` false): the package in the working folder,
 * unless it is private, and its workspaces, whichever package manager declares them.
 */
export function packagesByDefault<T extends PublishRequest>(request: T, named: boolean): T {
  return named ? request : { ...request, packages: [], workspaceRoot: '.', includeRoot: true }
}

/** Before the command starts (a dry run too, as the real run would): some way to publish at `workflow`, a token, npm's configuration's credentials, or trusted publishing. */
function checkCredentials(request: PublishRequest, run: Run, workflow: string): void {
  if (request.token || hasCredentials(workflow, run.config)) return
  if (request.trustedPublishing !== 'false' && request.idToken) return
  throw new TokenMissingError(workflow)
}

/** What went through the relay, and the answers the command gets. */
class RelayState {
  readonly outcomes: PackageOutcome[] = []
  readonly refusals: Refusal[] = []
  /** `name@version` of every version this run published (or would, in a dry run) and staged. */
  readonly #published = new Set<string>()
  readonly #staged = new Set<string>()
  /** `name\0tag` of every dist-tag this run set: the ones it may remove again. */
  readonly #tags = new Set<string>()
  #bundles = 0

  readonly request: PublishRequest
  readonly run: Run
  readonly packages: ReadonlyMap<string, LoadedPackage>
  readonly logger: Logger
  readonly say: (message: Text) => string
  /** A folder of the run's own (provenance bundles the command sent). */
  readonly folder: string
  /** Aborted when the run's time is up. */
  readonly signal: AbortSignal

  constructor(parts: Pick<RelayState, 'request' | 'run' | 'packages' | 'logger' | 'say' | 'folder' | 'signal'>) {
    this.request = parts.request
    this.run = parts.run
    this.packages = parts.packages
    this.logger = parts.logger
    this.say = parts.say
    this.folder = parts.folder
    this.signal = parts.signal
  }

  refused(refusal: Refusal): void {
    this.refusals.push(refusal)
    this.logger.warning(`The relay refused ${refusal.what} (${refusal.method} ${refusal.path}): nothing was forwarded.`)
  }

  async handle({ method, path, headers, action }: RelayRequest): Promise<Answer> {
    if (action.kind === 'read') {
      const publishConfig = (action.name && this.packages.get(action.name)?.manifest.publishConfig) || {}
      const answer = await readThrough(action.name, publishConfig, { method, path, headers }, this.request, this.run.context(this.logger, false))
      if ('refused' in answer) {
        this.refused({ method, path: path.split('?')[0], what: answer.refused, status: 400 })
        return json(400, `npm-otp-publish relay refused ${answer.refused}; nothing was forwarded`)
      }
      return notRedirected(answer)
    }
    if (action.kind === 'dist-tag') return this.#distTag(method, path, action)
    return this.#publish(action)
  }

  /** A publish or a staging request: the core's publish of that package, with the client's tarball, tag and access. */
  async #publish(write: PublishWrite & { kind: 'publish' | 'stage' }): Promise<Answer> {
    const { name, version } = write
    const id = `${name}@${version}`
    const logger = prefixed(this.logger, `[${name}] `)
    try {
      const provenanceFile = write.provenance ? join(this.folder, `provenance-${++this.#bundles}.sigstore`) : undefined
      if (provenanceFile) await writeFile(provenanceFile, write.provenance!)
      const pkg = packageFromPublish(`${id} (through the relay)`, write.manifest, write.tarball, provenanceFile)
      const request: PublishRequest = {
        ...this.request,
        tag: write.tag ?? this.request.tag,
        access: write.access ?? this.request.access,
        stage: this.request.stage || write.kind === 'stage',
        strategy: 'all',
        existing: 'compare',
        ignoreScripts: true,
      }
      const result = await publishPackage(pkg, request, this.run.context(logger, true))
      this.outcomes.push({ entry: id, name, version, outcome: result.outcome, message: result.reason, result })
      if (result.outcome === 'staged') this.#staged.add(id)
      else this.#published.add(id)
      this.#tags.add(`${name}\0${result.tag}`)
      return answerOf(result, write.kind)
    } catch (error) {
      const failure = this.signal.aborted ? new TimeoutError(this.run.deadline.seconds, `publishing ${id}`) : asPublishError(error)
      const message = this.request.dryRun ? lines.dryRunWouldFail(id, failure.text) : failure.text
      logger.warning(this.request.dryRun ? message : text`Failed: ${failure.text}`)
      this.outcomes.push({ entry: id, name, version, outcome: 'failed', message, error: failure })
      return this.#failure(failure, version)
    }
  }

  /** A dist-tag: only for a version this run published or staged, or (to remove it) a tag this run set. */
  async #distTag(method: string, path: string, { name, tag, version }: Extract<RelayAction, { kind: 'dist-tag' }>): Promise<Answer> {
    const id = version ? `${name}@${version}` : name
    const ours = version ? this.#published.has(id) || this.#staged.has(id) : this.#tags.has(`${name}\0${tag}`)
    if (!ours) {
      const what = version ? `a dist-tag "${tag}" of ${name} that points at ${version}, which this run did not publish or stage` : `the removal of the dist-tag "${tag}" of ${name}, which this run did not set`
      this.refused({ method, path: path.split('?')[0], what, status: 403 })
      return json(403, `npm-otp-publish relay refused ${what}: a release moves the dist-tags of its own versions, nothing else; nothing was forwarded`)
    }
    if (version && this.#staged.has(id)) {
      this.logger.warning(`${id} is staged, not published: the dist-tag "${tag}" cannot point at it until a maintainer approves it (approval publishes it with the tag it was staged with).`)
      return answer(200, { ok: true })
    }
    try {
      await moveDistTag(name, tag, version, this.packages.get(name)?.manifest.publishConfig ?? {}, this.request, this.run.context(prefixed(this.logger, `[${name}] `), false))
      if (version) this.#tags.add(`${name}\0${tag}`)
      else this.#tags.delete(`${name}\0${tag}`)
      return answer(200, { ok: true })
    } catch (error) {
      const failure = this.signal.aborted ? new TimeoutError(this.run.deadline.seconds, `moving the dist-tag "${tag}" of ${name}`) : asPublishError(error)
      this.logger.warning(text`[${name}] Moving the dist-tag "${tag}" failed: ${failure.text}`)
      this.outcomes.push({ entry: `${name} dist-tag ${tag}`, name, version, outcome: 'failed', message: failure.text, error: failure })
      return this.#failure(failure, version)
    }
  }

  /**
   * A failure as the command's answer: 400 for a package it cannot publish as sent, 403 for what
   * authentication refused and for a version that exists with other contents (npmjs's answer, which
   * release tools recognise), 424 otherwise. Never 5xx, which clients retry: the run has already
   * retried what can be retried.
   */
  #failure(failure: PublishError, version: string | undefined): Answer {
    const said = `npm-otp-publish: ${this.say(failure.text)}`
    if (failure.code === 'ECONFLICT') return json(403, `You cannot publish over the previously published versions: ${version}. ${said}`)
    const kind = kindOf(failure.code)
    return json(kind === 'usage' ? 400 : kind === 'auth' ? 403 : 424, said)
  }
}

/** The command's answer to a publish: what the registry answers for a publish (or a staging request) that went through. */
function answerOf(result: PublishResult, asked: 'publish' | 'stage'): Answer {
  const stageId = result.stageId ?? ''
  if (asked === 'stage') return answer(201, { stageId })
  return answer(result.outcome === 'skipped' ? 200 : 201, { ok: true, success: true, ...(result.outcome === 'staged' ? { stageId } : {}) })
}

/** A redirect is never passed on: the command would follow it with its credential. 304 answers its own conditional request. */
function notRedirected(answer: Answer): Answer {
  if (answer.status < 300 || answer.status >= 400 || answer.status === 304) return answer
  const location = [answer.headers.location ?? answer.headers.Location].flat()[0]
  let origin = 'no Location'
  try {
    origin = location ? new URL(location).origin : origin
  } catch {
    origin = 'an invalid Location'
  }
  return json(502, `npm-otp-publish relay: the registry answered with a redirect (${answer.status} to ${origin}), which is never followed`)
}
