import * as core from '@actions/core'
import { readInputs } from './action/inputs.ts'
import { SECRET_INPUTS, type SecretInputs } from './action/secrets.ts'
import { outputsOf } from './action/outputs.ts'
import { writeFailureSummary, writeResultSummary, type RunInfo } from './action/summary.ts'
import { messageOf } from './errors.ts'
import { SecretScrubber, scrubbed, systemClock, type Clock, type Logger } from './log.ts'
import { publishAll } from './publish/run.ts'

/**
 * A Logger on top of @actions/core that remembers the secrets, to scrub any
 * message that leaves the action, and keeps every message on one line: text
 * from outside (a folder name, a registry's answer) can never start a line of
 * the log, where the runner would read it as a workflow command.
 */
class ActionsLogger implements Logger {
  readonly #scrubber = new SecretScrubber()
  info(message: string): void {
    core.info(this.clean(message))
  }
  notice(message: string): void {
    core.notice(this.clean(message))
  }
  warning(message: string): void {
    core.warning(this.clean(message))
  }
  debug(message: string): void {
    core.debug(this.clean(message))
  }
  error(message: string): void {
    core.error(this.clean(message))
  }
  secret(value: string): void {
    if (this.#scrubber.add(value)) core.setSecret(value)
  }
  redact(message: string): string {
    return this.#scrubber.redact(message)
  }
  /** Redacted, on one line: line breaks and other control characters become spaces. */
  clean(message: string): string {
    return this.#scrubber.clean(message)
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
 * The action. `handed`: the secret inputs, when the entry restarted the process
 * without them in its environment (see action/secrets.ts).
 */
export async function run(clock: Clock = systemClock, handed?: SecretInputs): Promise<void> {
  const logger = new ActionsLogger()
  try {
    const settings = readInputs({
      getInput: name => handed?.[name] ?? core.getInput(name),
      setSecret: value => logger.secret(value),
      env: process.env,
      cwd: process.cwd(),
    })
    // The runner passes inputs as environment variables, which package scripts (prepack, prepare)
    // would inherit. Once read, the secret ones leave the environment.
    for (const name of SECRET_INPUTS) delete process.env[`INPUT_${name.toUpperCase()}`]
    // Everything that leaves the action goes through the same scrub as the log: registry messages may echo anything.
    const result = scrubbed(await publishAll(settings, { logger, clock }), text => logger.redact(text))
    for (const [name, value] of Object.entries(outputsOf(result, settings.dryRun))) core.setOutput(name, value)
    const info = await runInfo()
    await writeResultSummary(core.summary, result, settings.dryRun, info && scrubbed(info, text => logger.redact(text))).catch(error =>
      logger.warning(`Could not write the job summary: ${messageOf(error)}`),
    )
    const failed = result.packages.filter(pkg => pkg.outcome === 'failed')
    if (failed.length) {
      const notAttempted = result.packages.filter(pkg => pkg.outcome === 'not attempted').length
      for (const pkg of failed) logger.error(`${pkg.name || pkg.entry}: ${pkg.message}`)
      core.setFailed(
        logger.clean(
          `${failed.length} of ${result.packages.length} packages failed (${failed.map(pkg => pkg.name || pkg.entry).join(', ')})` +
            `${notAttempted ? `; ${notAttempted} not attempted` : ''}. See the messages above; a re-run publishes only what is still missing.`,
        ),
      )
    }
  } catch (error) {
    const message = logger.clean(messageOf(error))
    core.setFailed(message)
    await writeFailureSummary(core.summary, message).catch(() => undefined)
  }
}
