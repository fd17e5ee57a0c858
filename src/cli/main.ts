/**
 * The command-line face of the publisher, for GitLab CI, CircleCI, Jenkins,
 * Buildkite and the like: the same core as the GitHub Action, its own words
 * (options, environment variables), its own logger (plain lines on standard
 * error, no workflow commands) and its own masking (it prints no secret at
 * all, since no runner masks for it).
 */
import { SecretScrubber, scrubbed, systemClock, type Clock, type Logger } from '../common/log.ts'
import { render, type Text, type Words } from '../common/text.ts'
import { kindOf, messageOf, PublishError, textOf } from '../core/errors.ts'
import { resultEntries } from '../core/results.ts'
import { publishAll } from '../core/run.ts'
import type { Progress, RunResult } from '../core/types.ts'
import { restartWithout } from '../isolate.ts'
import { secretSettings } from '../core/settings.ts'
import { codeAt, secondsLeftInStep } from '../otp/totp.ts'
import { variablesHolding, type RunSecrets } from '../relay/environment.ts'
import { execWithRelay, packagesByDefault, type ExecResult } from '../relay/exec.ts'
import { CHECK_SEED_USAGE, EXEC_USAGE, USAGE, UsageError, parseCommand, type CliValues } from './args.ts'
import { requestFrom, secretNames, secretVariables } from './request.ts'
import { cliWords } from './words.ts'

/** Where the CLI reads and writes; the real process by default, something else in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  env: NodeJS.ProcessEnv
  cwd: string
  version: string
  clock?: Clock
  /** Standard error is a terminal: progress is one live line instead of a line per package. */
  isTTY?: boolean
  /** Standard input and output are a terminal: a person is there (check-seed shows a code only then). */
  interactive?: boolean
  /** The secret variables, when the process restarted itself without them (see ../isolate.ts). */
  handed?: Record<string, string>
}

export const EXIT = { ok: 0, failed: 1, usage: 2, auth: 3, timeout: 4, refused: 5 } as const

/** The exit code for a failure: a mistake on the command line or in the package (2), authentication (3), time (4), the rest (1). */
export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage
  if (!(error instanceof PublishError)) return EXIT.failed
  return EXIT[kindOf(error.code)]
}

/** Plain lines on standard error, each in the CLI's words, scrubbed and on one line; no workflow commands. */
class CliLogger implements Logger {
  readonly #scrubber = new SecretScrubber()
  readonly #write: (text: string) => void
  readonly #words: Words
  /** The live progress line at the bottom of a terminal ('' when none). */
  #status = ''
  constructor(write: (text: string) => void, words: Words) {
    this.#write = write
    this.#words = words
  }
  #line(prefix: string, message: Text | string): void {
    const clear = this.#status ? '\r\x1b[K' : ''
    this.#write(`${clear}${prefix}${this.say(message)}\n${this.#status}`)
  }
  /** Replace the live line (on a terminal); '' removes it. */
  status(text: string): void {
    this.#status = text ? this.say(text) : ''
    this.#write(`\r\x1b[K${this.#status}`)
  }
  info(message: Text | string): void {
    this.#line('', message)
  }
  notice(message: Text | string): void {
    this.#line('note: ', message)
  }
  warning(message: Text | string): void {
    this.#line('warning: ', message)
  }
  debug(): void {}
  error(message: Text | string): void {
    this.#line('error: ', message)
  }
  secret(value: string): void {
    this.#scrubber.add(value)
  }
  /** In the CLI's words, scrubbed, on one line. */
  say(message: Text | string): string {
    return this.#scrubber.clean(render(message, this.#words))
  }
  redact(text: string): string {
    return this.#scrubber.redact(text)
  }
}

/** Run the CLI; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let command
  try {
    command = parseCommand(argv)
  } catch (error) {
    io.stderr.write(`error: ${messageOf(error)}\n`)
    return EXIT.usage
  }
  if (command.kind === 'help') {
    io.stdout.write(command.topic === 'exec' ? EXEC_USAGE : command.topic === 'check-seed' ? CHECK_SEED_USAGE : USAGE)
    return EXIT.ok
  }
  if (command.kind === 'check-seed') return checkSeed(command.values, io)
  if (command.kind === 'version') {
    io.stdout.write(`${io.version}\n`)
    return EXIT.ok
  }
  if (command.kind === 'exec') return runExec(command.values, command.argv, io)
  const { values } = command
  const variables = secretVariables(values)
  // Package scripts will run: restart without the secrets in this process's environment, where a
  // script could read them (/proc/<pid>/environ). Returns only when there is nothing to hide.
  if (values['ignore-scripts'] === false && !io.handed && io.env === process.env) restartWithout(secretNames(variables))
  const logger = new CliLogger(text => io.stderr.write(text), cliWords(variables))
  let result: RunResult
  try {
    const env = { ...io.env, ...io.handed }
    const request = requestFrom({ values, env, cwd: io.cwd, variables, setSecret: value => logger.secret(value) })
    // Package scripts (--no-ignore-scripts) do not inherit the secrets (npm's configuration has its own copy).
    for (const name of secretNames(variables)) delete io.env[name]
    // Progress for long runs: one live line on a terminal, a line per package otherwise.
    const onProgress = ({ name, version, outcome, done, total }: Progress) => {
      if (total < 2) return
      if (io.isTTY) logger.status(`publishing: ${done} of ${total} done (${name}@${version}: ${outcome})`)
      else logger.info(`[${done}/${total}] ${name}@${version}: ${outcome}`)
    }
    result = await publishAll(request, { logger, clock: io.clock ?? systemClock, onProgress })
    if (io.isTTY) logger.status('')
  } catch (error) {
    return failed(logger, error)
  }
  if (result.error) return failed(logger, result.error)
  return report(result, values, logger, io)
}

/** A run that could not go on: its message, and its exit code. */
function failed(logger: CliLogger, error: unknown): number {
  logger.error(textOf(error))
  return exitCodeOf(error)
}

/** A line per package, the --json document, and the exit code from the packages' failures. */
function report(result: RunResult, values: CliValues, logger: CliLogger, io: CliIo): number {
  const say = (message: Text) => logger.say(message)
  const entries = scrubbed(resultEntries(result, say, 'always'), text => logger.redact(text))
  entries.forEach((entry, index) => {
    const id = entry.name ? `${entry.name}@${entry.version}` : `"${result.packages[index].entry}"`
    const how = entry.auth ? ` (${entry.auth})` : ''
    // A dry run's failure says it would fail, in its message.
    const outcome = values['dry-run'] && entry.outcome === 'failed' ? '' : `${entry.outcome}${how}`
    const line = `${id}: ${[outcome, entry.message].filter(Boolean).join(': ')}`
    if (entry.outcome === 'failed') logger.error(line)
    else logger.info(line)
  })
  if (values.json) io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`)
  const failures = result.packages.flatMap(pkg => (pkg.outcome === 'failed' ? [pkg.error] : []))
  return failures.length ? Math.max(...failures.map(exitCodeOf)) : EXIT.ok
}

/**
 * `exec -- <command>`: the command runs with the relay as its registry, without the secrets. Its
 * output passes through unchanged but scrubbed (to standard error with --json, so that standard
 * output holds only the results document); then a line per version that went through the relay.
 */
async function runExec(values: CliValues, argv: string[], io: CliIo): Promise<number> {
  const variables = secretVariables(values)
  // A command will run: restart without the secrets in this process's environment, where it could
  // read them, and without the variables npm's tokens travel in (whichever --token-env names).
  const hidden = [...new Set([...secretNames(variables), 'NPM_TOKEN', 'NODE_AUTH_TOKEN'])]
  const own = !io.handed && io.env === process.env
  if (own) restartWithout(hidden)
  const logger = new CliLogger(text => io.stderr.write(text), cliWords(variables))
  let result: ExecResult
  try {
    const env = { ...io.env, ...io.handed }
    const named = Boolean(values.workspaces) || (values.package ?? []).some(entry => entry.trim() !== '')
    const request = packagesByDefault(requestFrom({ values, env, cwd: io.cwd, variables, setSecret: value => logger.secret(value) }), named)
    const commandEnv = { ...env }
    for (const name of hidden) {
      delete commandEnv[name]
      delete io.env[name]
    }
    // The command's output as it wrote it (terminal escapes too), only scrubbed of the secrets.
    const onOutput = (stream: 'stdout' | 'stderr', line: string) => (stream === 'stdout' && !values.json ? io.stdout : io.stderr).write(`${logger.redact(line)}\n`)
    // A variable of ours that holds a secret under another name (a project .npmrc's ${MY_TOKEN}): restart without it too.
    const beforeCommand = (secrets: RunSecrets) => {
      const holders = io.env === process.env ? variablesHolding(process.env, secrets) : []
      if (holders.length) restartWithout([...Object.keys(io.handed ?? {}), ...holders], env)
    }
    result = await execWithRelay(
      { ...request, command: { argv }, commandEnv },
      { logger, clock: io.clock ?? systemClock, onOutput, say: message => logger.say(message), beforeCommand },
    )
  } catch (error) {
    return failed(logger, error)
  }
  if (result.error && result.exitCode === null && result.packages.length === 0) return failed(logger, result.error)
  const published = report({ packages: result.packages, multiple: true }, values, logger, io)
  if (result.error) {
    logger.error(result.error.text)
    return Math.max(published, exitCodeOf(result.error))
  }
  // A publish that failed at the relay fails the run, even when the command went on and exited 0.
  if (published !== EXIT.ok) return published
  const code = result.exitCode ?? EXIT.failed
  if (code === 0) return EXIT.ok
  logger.error(`The command exited with ${result.exitCode === null ? `signal ${result.signal}` : `code ${result.exitCode}`}.`)
  if (result.refusals.some(refusal => refusal.status !== 401)) return EXIT.refused
  return code
}

/**
 * `check-seed`: the code the seed makes now, to compare with the authenticator app, on the
 * maintainer's own terminal only: never in CI, never into a pipe or a file, where a log would keep a
 * code someone else could use within its step.
 */
function checkSeed(values: CliValues, io: CliIo): number {
  const variables = secretVariables(values)
  const logger = new CliLogger(text => io.stderr.write(text), cliWords(variables))
  if (io.env.CI && io.env.CI !== 'false') {
    logger.error('check-seed shows a one-time password, and CI is set: it runs only on your own machine, where no log keeps the code. Check the seed there before you store it as a CI secret.')
    return EXIT.usage
  }
  if (!io.interactive) {
    logger.error('check-seed shows a one-time password only on a terminal, not when its input or output is redirected (a file or a log would keep the code). Run it in a terminal of your own.')
    return EXIT.usage
  }
  let seed
  try {
    seed = secretSettings('', io.env[variables.seed] ?? '', value => logger.secret(value)).seed
  } catch (error) {
    return failed(logger, error)
  }
  if (!seed) {
    logger.error(`${variables.seed} is not set: set it to the base32 setup key (or the otpauth:// URI) your authenticator app was given, for this command only: ${variables.seed}='...' npm-otp-publish check-seed`)
    return EXIT.usage
  }
  const now = (io.clock ?? systemClock).now() / 1000
  const left = Math.floor(secondsLeftInStep(seed.period, now))
  const code = codeAt(seed, now)
  const spaced = code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code
  io.stdout.write(
    `The seed makes ${spaced} now (${seed.digits} digits, ${seed.period}-second steps, ${seed.algorithm.toUpperCase()}; ${left} s left in this step).\n` +
      'Your authenticator app should show the same code for this account. If it does, store the seed as the CI secret; if not, it is not this account\'s seed ' +
      '(or this clock is off: compare with time.is).\n',
  )
  return EXIT.ok
}
