/**
 * The GitHub Action: inputs into the core's request, results into outputs, the job summary and
 * the step's status, every message in the action's words (inputs, `with:` lines).
 */
import * as core from '@actions/core'
import { SecretScrubber, scrubbed, systemClock, type Clock, type Logger } from '../common/log.ts'
import { render, type Text } from '../common/text.ts'
import { textOf } from '../core/errors.ts'
import { publishAll } from '../core/run.ts'
import { restartWithout } from '../isolate.ts'
import { variablesHolding, type RunSecrets } from '../relay/environment.ts'
import { execWithRelay, packagesByDefault } from '../relay/exec.ts'
import type { RunResult } from '../core/types.ts'
import { readInputs, type ActionRequest } from './inputs.ts'
import { outputsOf } from './outputs.ts'
import { SECRET_INPUTS } from './secrets.ts'
import { writeFailureSummary, writeResultSummary, type RunInfo } from './summary.ts'
import { inputsFrom, variableOf } from './variables.ts'
import { ACTION_WORDS } from './words.ts'

/**
 * A Logger on top of @actions/core that renders the core's messages in the action's words,
 * remembers the secrets to scrub any message that leaves the action, and keeps every message on
 * one line: text from outside (a folder name, a registry's answer) can never start a line of the
 * log, where the runner would read it as a workflow command.
 */
class ActionsLogger implements Logger {
  readonly #scrubber = new SecretScrubber()
  info(message: Text | string): void {
    core.info(this.say(message))
  }
  notice(message: Text | string): void {
    core.notice(this.say(message))
  }
  warning(message: Text | string): void {
    core.warning(this.say(message))
  }
  debug(message: Text | string): void {
    core.debug(this.say(message))
  }
  error(message: Text | string): void {
    core.error(this.say(message))
  }
  secret(value: string): void {
    if (this.#scrubber.add(value)) core.setSecret(value)
  }
  redact(message: string): string {
    return this.#scrubber.redact(message)
  }
  /** In the action's words, redacted, on one line: line breaks and other control characters become spaces. */
  say(message: Text | string): string {
    return this.#scrubber.clean(render(message, ACTION_WORDS))
  }
}

/**
 * The workflow run, as far as the runner describes it (any GITHUB_* variable may be missing in a
 * local or partial run). Loaded after publishing: nothing before the PUT waits for it.
 */
async function runInfo(): Promise<RunInfo | undefined> {
  const repository = process.env.GITHUB_REPOSITORY
  if (!repository) return undefined
  const { context } = await import('@actions/github')
  return {
    repository,
    sha: context.sha || undefined,
    workflow: context.workflow || undefined,
    runUrl: context.runId ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}` : undefined,
  }
}

/**
 * The action. `handed`: the secret variables, when the entry restarted the process without them
 * in its environment (see ../isolate.ts).
 */
export async function run(clock: Clock = systemClock, handed?: Record<string, string>): Promise<void> {
  const logger = new ActionsLogger()
  try {
    const env = { ...process.env, ...handed }
    const request = readInputs({ getInput: inputsFrom(env), setSecret: value => logger.secret(value), env, cwd: process.cwd() })
    // The runner passes inputs as environment variables, which package scripts (prepack, prepare)
    // would inherit. Once read (and npm's configuration has its own copy), the secret ones leave.
    for (const name of SECRET_INPUTS) delete process.env[variableOf(name)]
    if (request.command) return await runCommand(request, request.command, env, logger, clock, handed)
    const result = await publishAll(request, { logger, clock })
    await report(result, request.dryRun, logger)
  } catch (error) {
    await fail(logger.say(textOf(error)))
  }
}

/** Outputs, the job summary and the step's status, from the run's results. */
async function report(result: RunResult, dryRun: boolean, logger: ActionsLogger): Promise<void> {
  // Everything that leaves the action goes through the same scrub as the log: registry messages may echo anything.
  const say = (message: Text) => logger.say(message)
  for (const [name, value] of Object.entries(outputsOf(result, dryRun, say))) core.setOutput(name, logger.redact(value))
  if (result.error) return fail(say(result.error.text))
  const failed = result.packages.filter(pkg => pkg.outcome === 'failed')
  if (!result.multiple && failed.length) return fail(say(failed[0].message))
  const info = await runInfo()
  await writeResultSummary(core.summary, result, dryRun, say, info && scrubbed(info, text => logger.redact(text))).catch((error: unknown) =>
    logger.warning(`Could not write the job summary: ${say(textOf(error))}`),
  )
  if (failed.length) {
    const notAttempted = result.packages.filter(pkg => pkg.outcome === 'not attempted').length
    for (const pkg of failed) logger.error(`${pkg.name ?? pkg.entry}: ${say(pkg.message)}`)
    core.setFailed(
      say([
        `${failed.length} of ${result.packages.length} packages failed (${failed.map(pkg => pkg.name ?? pkg.entry).join(', ')})` +
          `${notAttempted ? `; ${notAttempted} not attempted` : ''}. See the messages above; a re-run publishes only what is still missing.`,
      ]),
    )
  }
}

/**
 * The "command" input: a release tool runs behind the relay, its output in the log (scrubbed), and
 * the outputs and the summary describe what went through the relay. The step fails when the
 * command does, when a publish through the relay failed (even if the command went on), and when the
 * time limit passes.
 */
async function runCommand(request: ActionRequest, command: string, env: NodeJS.ProcessEnv, logger: ActionsLogger, clock: Clock, handed: Record<string, string> | undefined): Promise<void> {
  // The command gets none of this step's inputs: they are the action's, and two of them are secrets.
  const commandEnv = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')))
  // "." (the default) is the package in the workspace and its workspaces, as for exec.
  const named = request.workspaceRoot !== undefined || request.packages.length !== 1 || request.packages[0] !== '.'
  // A variable of the job that holds a secret under another name (a project .npmrc's ${MY_TOKEN}): restart without it.
  const beforeCommand = (secrets: RunSecrets) => {
    const holders = variablesHolding(process.env, secrets)
    if (holders.length) restartWithout([...Object.keys(handed ?? {}), ...holders], env)
  }
  const result = await execWithRelay(
    { ...packagesByDefault(request, named), command: { shell: command }, commandEnv },
    { logger, clock, onOutput: (_stream, line) => core.info(logger.say(line)), say: message => logger.say(message), beforeCommand },
  )
  if (result.error && result.exitCode === null && result.packages.length === 0) return fail(logger.say(result.error.text))
  await report({ packages: result.packages, multiple: result.packages.length !== 1 }, request.dryRun, logger)
  if (result.error) return fail(logger.say(result.error.text))
  if (result.exitCode === 0) return
  const refused = result.refusals.filter(refusal => refusal.status !== 401).map(refusal => refusal.what)
  const ended = result.exitCode === null ? `was ended by ${result.signal}` : `exited with code ${result.exitCode}`
  core.setFailed(logger.say(`The command ${ended}.${refused.length ? ` The relay refused ${refused.join('; ')}.` : ''} Its output is above.`))
}

/** The step fails with one message, also in the job summary. */
async function fail(message: string): Promise<void> {
  core.setFailed(message)
  await writeFailureSummary(core.summary, message).catch(() => undefined)
}
