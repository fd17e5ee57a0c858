import type { Clock, Logger } from '../common/log.ts'
import { CodeIssuer, type IssuedCode, type Verdict } from './codes.ts'
import { MAX_FOLLOWED_OFFSET_MS, describeOffset, measureOffset, type ClockOffset, type DateSample } from './offset.ts'
import type { TotpSeed } from './seed.ts'
import { TransferEstimator } from './transfer.ts'

export interface CodeFor {
  bodyBytes: number
  extraMs?: number
  afterStep?: number
  notAfterMs?: number
  log?: Logger
}

/** Fewest seconds a code must still have when its request is expected to be done. */
export const MIN_SECONDS_LEFT = 5

/**
 * Everything about getting a code accepted on the first try, for one run:
 * the registry's clock, how long requests take, and which codes were used.
 */
export class OtpSession {
  readonly issuer: CodeIssuer
  readonly transfer = new TransferEstimator()
  /** The registry's clock as measured, once per run. */
  offset: ClockOffset | undefined
  readonly #logger: Logger
  #reuseAnnounced = false

  constructor(seed: TotpSeed, clock: Clock, logger: Logger) {
    this.#logger = logger
    this.issuer = new CodeIssuer(seed, clock, { minSecondsLeft: MIN_SECONDS_LEFT, onCode: code => logger.secret(code) })
  }

  /** Learn the registry's clock and the round trip from a request made anyway. Only the first sample counts. */
  calibrate(sample: DateSample | undefined): void {
    if (this.offset || !sample) return
    this.transfer.observeLatency(sample.receivedMs - sample.sentMs)
    this.offset = measureOffset(sample)
    const { offsetMs, uncertaintyMs, apply, tooFar } = this.offset
    const measured = `${describeOffset(offsetMs)} the registry's (measured from its Date header, within ${(uncertaintyMs / 1000).toFixed(1)} s)`
    if (tooFar) {
      this.#logger.warning(
        `The registry's Date header puts the runner's clock ${describeOffset(offsetMs)} the registry's: more than ${MAX_FOLLOWED_OFFSET_MS / 60_000} minutes, ` +
          "so it is not followed. One-time passwords are made at the runner's time; if the registry rejects them, check the runner's clock.",
      )
    } else if (apply) {
      this.issuer.offsetMs = offsetMs
      this.#logger.notice(`The runner's clock is ${measured}. One-time passwords are made at registry time.`)
    } else {
      this.#logger.debug(`Runner clock: ${measured}; close enough, not corrected.`)
    }
  }

  /**
   * A code for a request with a body of `bodyBytes`, plus `extraMs` of work before it is sent, from a
   * step after `afterStep` (after a rejection), never waiting past `notAfterMs`. `log` says for which package.
   */
  async codeFor({ bodyBytes, extraMs = 0, afterStep, notAfterMs, log = this.#logger }: CodeFor): Promise<IssuedCode> {
    const { period } = this.issuer.seed
    const expectedMs = this.transfer.estimateMs(bodyBytes) + extraMs
    if (expectedMs / 1000 + MIN_SECONDS_LEFT > period) {
      log.warning(
        `This publish request (${(bodyBytes / 1e6).toFixed(1)} MB) is expected to take about ${(expectedMs / 1000).toFixed(0)} s, ` +
          `longer than one ${period}-second step: if the registry checks the code only after the upload, it may have expired by then. ` +
          'Waiting for a fresh step would not change that, so it starts now; if the code is rejected, the retry uses the measured speed.',
      )
    }
    const code = await this.issuer.issue({ expectedMs, afterStep, notAfterMs })
    if (code.waitedMs > 0) {
      log.info(
        `Waited ${(code.waitedMs / 1000).toFixed(1)} s for a fresh time step: the request needs about ${(expectedMs / 1000).toFixed(1)} s ` +
          `plus a ${MIN_SECONDS_LEFT} s margin before its code expires.`,
      )
    }
    return code
  }

  /** The request carrying `code` went through after `ms`. */
  accepted(code: IssuedCode, bodyBytes: number, ms: number): void {
    this.issuer.accepted(code)
    this.transfer.observeTransfer(bodyBytes, ms)
  }

  /** The request carrying `code` ended after `ms` without a verdict on the code (network, 429, time-out). */
  released(code: IssuedCode): void {
    this.issuer.released(code)
  }

  /**
   * The registry rejected `code` after `ms`. Resolves once every request that
   * carried the same step has its answer: `reuse-refused` when the registry
   * accepted one of them (it takes each code once), else `rejected`.
   */
  async rejected(code: IssuedCode, bodyBytes: number, ms: number, log: Logger = this.#logger): Promise<Verdict> {
    this.transfer.observeTransfer(bodyBytes, ms)
    const verdict = await this.issuer.rejected(code)
    if (verdict === 'reuse-refused' && !this.#reuseAnnounced) {
      this.#reuseAnnounced = true
      log.warning(
        `The registry refused the code of time step ${code.step} after accepting it for another request: it takes each code once. ` +
          `From now on one publish request per time step carries a code, and the others wait their turn (about one ${this.issuer.seed.period}-second step per package).`,
      )
    }
    return verdict
  }

  /** The steps, their times and the clock, for the message after a final rejection. */
  describe(rejected: IssuedCode[]): string {
    const { period, digits, algorithm } = this.issuer.seed
    const clock = (step: number) => new Date(step * period * 1000).toISOString().slice(11, 19)
    const steps = rejected
      .map(code => `step ${code.step} (${clock(code.step)} to ${clock(code.step + 1)} UTC, sent with ${code.secondsLeft.toFixed(1)} s left)`)
      .join(' and ')
    const offset = this.offset
      ? `the runner's clock was ${describeOffset(this.offset.offsetMs)} the registry's (within ${(this.offset.uncertaintyMs / 1000).toFixed(1)} s)` +
        (this.offset.apply ? ', and codes were made at registry time' : this.offset.tooFar ? ', too far to follow, so codes were made at runner time' : ', close enough not to correct')
      : "the registry's clock could not be measured (no Date header)"
    return `Codes were made for ${steps}; ${period}-second steps, ${digits} digits, ${algorithm.toUpperCase()}; ${offset}.`
  }
}
