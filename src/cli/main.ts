/**
 * The command-line face of the publisher, for GitLab CI, CircleCI, Jenkins,
 * Buildkite and the like: the same core as the GitHub Action, its own logger
 * (plain lines on standard error, no workflow commands) and its own masking
 * (it prints no secret at all, since no runner masks for it).
 */
import { readInputs } from '../action/inputs.ts'
import type { InputName } from '../action/metadata.ts'
import {
  InvalidInputError,
  InvalidManifestError,
  InvalidSeedError,
  IpRestrictedError,
  NpmConfigError,
  OtpRejectedError,
  OtpRequiredError,
  PackageNotFoundError,
  PrivatePackageError,
  PublishForbiddenError,
  RegistryMismatchError,
  TimeoutError,
  TokenMissingError,
  TokenRejectedError,
  TrustedPublishingError,
  TwoFactorPolicyError,
  WebAuthnRequiredError,
  messageOf,
} from '../errors.ts'
import { restartWithout } from '../isolate.ts'
import { SecretScrubber, scrubbed, systemClock, type Clock, type Logger } from '../log.ts'
import { publishAll, resultEntries, type Progress, type RunResult } from '../publish/run.ts'
import { OPTION_FOR_INPUT, USAGE, UsageError, parseCommand, type CliValues } from './args.ts'

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
  /** The secret variables, when the process restarted itself without them (see ../isolate.ts). */
  handed?: Record<string, string>
}

export const EXIT = { ok: 0, failed: 1, usage: 2, auth: 3, timeout: 4 } as const

const USAGE_ERRORS = [UsageError, InvalidInputError, InvalidSeedError, PackageNotFoundError, InvalidManifestError, PrivatePackageError, NpmConfigError]
const AUTH_ERRORS = [
  TokenMissingError,
  TokenRejectedError,
  OtpRequiredError,
  OtpRejectedError,
  WebAuthnRequiredError,
  TwoFactorPolicyError,
  IpRestrictedError,
  PublishForbiddenError,
  TrustedPublishingError,
  RegistryMismatchError,
]

/** The exit code for a failure. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof TimeoutError) return EXIT.timeout
  if (USAGE_ERRORS.some(kind => error instanceof kind)) return EXIT.usage
  if (AUTH_ERRORS.some(kind => error instanceof kind)) return EXIT.auth
  return EXIT.failed
}

/** Names the CLI uses where the core's messages name the action's inputs and workflow syntax. */
export interface CliNames {
  tokenVariable: string
  seedVariable: string
}

/** A core message in the CLI's words: options instead of inputs, variables instead of secrets' inputs, no workflow syntax. */
export function cliMessage(text: string, { tokenVariable, seedVariable }: CliNames): string {
  return text
    .replace(/Store the account's TOTP seed as a repository secret and add "otp-secret: \$\{\{ secrets\.NPM_OTP_SECRET \}\}" to the step's "with:"\./g, `Set ${seedVariable} to the account's TOTP seed in the job's environment (a masked CI variable).`)
    .replace(/Add "token: \$\{\{ secrets\.NPM_TOKEN \}\}" to the step's "with:", or set NODE_AUTH_TOKEN with actions\/setup-node's "registry-url"\./g, `Set ${tokenVariable} in the job's environment, or give the token in an .npmrc for the registry.`)
    .replace(/add "registry: ([^"]+)" to the step's "with:"/g, 'pass --registry $1')
    .replace(/Input "otp-secret"/g, seedVariable)
    .replace(/Input "token"/g, tokenVariable)
    .replace(/the "otp-secret" input is empty/g, `${seedVariable} is not set`)
    .replace(/the "otp-secret" input/g, seedVariable)
    .replace(/the "token" input/g, tokenVariable)
    .replace(/"otp-secret"/g, seedVariable)
    .replace(/Input "([a-z-]+)"/g, (match, input: string) => (OPTION_FOR_INPUT[input as InputName] ? `Option ${OPTION_FOR_INPUT[input as InputName]}` : match))
    .replace(/the "([a-z-]+)" input/g, (match, input: string) => (OPTION_FOR_INPUT[input as InputName] ? `the ${OPTION_FOR_INPUT[input as InputName]} option` : match))
    .replace(/\bset ([a-z-]+) to (true|false|auto)\b/g, (match, input: string, value: string) => (OPTION_FOR_INPUT[input as InputName] ? `pass ${OPTION_FOR_INPUT[input as InputName]} ${value}` : match))
    .replace(/permissions: id-token: write/g, 'an OIDC ID token in NPM_ID_TOKEN (on GitHub Actions: permissions: id-token: write)')
}

/** Plain lines on standard error, each scrubbed and on one line; no workflow commands. */
class CliLogger implements Logger {
  readonly #scrubber = new SecretScrubber()
  readonly #write: (text: string) => void
  readonly #names: CliNames
  /** The live progress line at the bottom of a terminal ('' when none). */
  #status = ''
  constructor(write: (text: string) => void, names: CliNames) {
    this.#write = write
    this.#names = names
  }
  #line(prefix: string, message: string): void {
    const clear = this.#status ? '\r\x1b[K' : ''
    this.#write(`${clear}${prefix}${this.render(message)}\n${this.#status}`)
  }
  /** Replace the live line (on a terminal); '' removes it. */
  status(text: string): void {
    this.#status = text ? this.render(text) : ''
    this.#write(`\r\x1b[K${this.#status}`)
  }
  info(message: string): void {
    this.#line('', message)
  }
  notice(message: string): void {
    this.#line('note: ', message)
  }
  warning(message: string): void {
    this.#line('warning: ', message)
  }
  debug(): void {}
  error(message: string): void {
    this.#line('error: ', message)
  }
  secret(value: string): void {
    this.#scrubber.add(value)
  }
  /** Scrubbed, on one line, in the CLI's words. */
  render(message: string): string {
    return this.#scrubber.clean(cliMessage(message, this.#names))
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
    io.stderr.write(`npm-otp-publish: ${messageOf(error)}\n`)
    return EXIT.usage
  }
  if (command.kind === 'help') {
    io.stdout.write(USAGE)
    return EXIT.ok
  }
  if (command.kind === 'version') {
    io.stdout.write(`${io.version}\n`)
    return EXIT.ok
  }
  const { values } = command
  const names: CliNames = { tokenVariable: values['token-env'] ?? 'NPM_TOKEN', seedVariable: values['otp-secret-env'] ?? 'NPM_OTP_SECRET' }
  const secretVariables = [...(values['token-env'] ? [names.tokenVariable] : ['NPM_TOKEN', 'NODE_AUTH_TOKEN']), names.seedVariable]
  // Package scripts will run: restart without the secrets in this process's environment, where a
  // script could read them (/proc/<pid>/environ). Returns only when there is nothing to hide.
  if (values['ignore-scripts'] === false && !io.handed && io.env === process.env) restartWithout(secretVariables)
  const env = { ...io.env, ...io.handed }
  const logger = new CliLogger(text => io.stderr.write(text), names)
  let result: RunResult
  let code: number
  try {
    const settings = readInputs({
      getInput: name => inputOf(name, values, env, names),
      setSecret: value => logger.secret(value),
      env: io.env,
      cwd: io.cwd,
    })
    // Package scripts (--no-ignore-scripts) do not inherit the secrets.
    for (const name of secretVariables) delete io.env[name]
    // Progress for long runs: one live line on a terminal, a line per package otherwise.
    const onProgress = ({ name, version, outcome, done, total }: Progress) => {
      if (total < 2) return
      if (io.isTTY) logger.status(`publishing: ${done} of ${total} done (${name}@${version}: ${outcome})`)
      else logger.info(`[${done}/${total}] ${name}@${version}: ${outcome}`)
    }
    result = await publishAll({ ...settings, env: io.env }, { logger, clock: io.clock ?? systemClock, onProgress })
    if (io.isTTY) logger.status('')
    const failures = result.packages.filter(pkg => pkg.outcome === 'failed').map(pkg => pkg.error)
    code = failures.length ? Math.max(...failures.map(exitCodeOf)) : EXIT.ok
  } catch (error) {
    logger.error(messageOf(error))
    return exitCodeOf(error)
  }
  const shown = scrubbed(result, text => logger.redact(text))
  for (const entry of resultEntries(shown)) {
    const id = entry.name ? `${entry.name}@${entry.version}` : 'a package'
    const how = entry.auth ? ` (${entry.auth})` : ''
    logger.info(`${id}: ${entry.outcome}${how}${entry.message ? `: ${entry.message}` : ''}`)
  }
  if (values.json) io.stdout.write(`${JSON.stringify(resultEntries(shown, 'always'), null, 2)}\n`)
  return code
}

/** What each input is on the command line: its option, or for the secrets, its environment variable. */
function inputOf(name: InputName, values: CliValues, env: NodeJS.ProcessEnv, names: CliNames): string {
  if (name === 'token') return (values['token-env'] ? env[names.tokenVariable] : (env.NPM_TOKEN ?? env.NODE_AUTH_TOKEN)) ?? ''
  if (name === 'otp-secret') return env[names.seedVariable] ?? ''
  const value = (values as Record<string, string | string[] | boolean | undefined>)[name]
  if (Array.isArray(value)) return value.join('\n')
  if (typeof value === 'boolean') return String(value)
  return value ?? ''
}
