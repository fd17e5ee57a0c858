import type { Clock, Logger } from '../common/log.ts'
import { CodeIssuer, type IssuedCode, type Verdict } from './codes.ts'
import { MAX_FOLLOWED_OFFSET_MS, describeOffset, measureOffset, narrowOffset, type ClockOffset, type DateSample } from './offset.ts'
import type { TotpSeed } from './seed.ts'
import { TransferEstimator } from './transfer.ts'

export interface CodeFor {
  bodyBytes: number
  extraMs?: number
  afterStep?: number
  notAfterMs?: number
  log?: Logger
  /** Runs the wait for a fresh step, so that the request can give up its place meanwhile (see order.ts's Slot). */
  pause?: <V>(wait: () => Promise<V>) => Promise<V>
}

/**
 * Seconds a code must still have when its request is expected to be done, while what can go wrong
 * for the request is not measured yet (the registry's clock, or the transfer of a large body).
 */
export const MIN_SECONDS_LEFT = 5
/** Time no measurement covers (building the request, the registry's own work before it checks the code), ms. */
const SLACK_MS = 250

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

  /**
   * Learn the registry's clock and the round trip from requests made anyway: the first sample
   * measures the offset (and the round trip), each later one narrows it (see narrowOffset). Codes
   * follow the registry's clock as measured; a notice says so when the runner's clock is off by
   * more than the header can tell.
   */
  calibrate(sample: DateSample | undefined): void {
    if (!sample) return
    if (this.offset) {
      if (this.offset.tooFar) return
      this.offset = narrowOffset(this.offset, sample)
      this.issuer.offsetMs = this.offset.offsetMs
      this.#announce()
      return
    }
    this.transfer.observeLatency(sample.receivedMs - sample.sentMs)
    this.offset = measureOffset(sample)
    const { offsetMs, uncertaintyMs, tooFar } = this.offset
    if (tooFar) {
      this.#logger.warning(
        `The registry's Date header puts the runner's clock ${describeOffset(offsetMs)} the registry's: more than ${MAX_FOLLOWED_OFFSET_MS / 60_000} minutes, ` +
          "so it is not followed. One-time passwords are made at the runner's time; if the registry rejects them, check the runner's clock.",
      )
      return
    }
    this.issuer.offsetMs = offsetMs
    if (!this.#announce()) this.#logger.debug(`Runner clock: ${describeOffset(offsetMs)} the registry's (within ${(uncertaintyMs / 1000).toFixed(1)} s); close enough to need no notice.`)
  }

  #announced = false

  /** The notice, once, when the offset is more than the Date header can tell; whether it was given. */
  #announce(): boolean {
    if (this.#announced || !this.offset?.apply) return this.#announced
    this.#announced = true
    const { offsetMs, uncertaintyMs } = this.offset
    this.#logger.notice(`The runner's clock is ${describeOffset(offsetMs)} the registry's (measured from its Date header, within ${(uncertaintyMs / 1000).toFixed(1)} s). One-time passwords are made at registry time.`)
    return true
  }

  /**
   * A code for a request with a body of `bodyBytes`, plus `extraMs` of work before it is sent, from a
   * step after `afterStep` (after a rejection), never waiting past `notAfterMs`. `log` says for which package.
   */
  async codeFor({ bodyBytes, extraMs = 0, afterStep, notAfterMs, log = this.#logger, pause }: CodeFor): Promise<IssuedCode> {
    const { period } = this.issuer.seed
    const expectedMs = this.transfer.estimateMs(bodyBytes) + extraMs
    const marginMs = this.marginMs(bodyBytes)
    const edgeMs = this.#edgeMs()
    const widest = this.issuer.widestWindow(edgeMs)
    if ((expectedMs + marginMs) / 1000 > widest) {
      log.warning(
        `This publish request (${(bodyBytes / 1e6).toFixed(1)} MB) is expected to take about ${(expectedMs / 1000).toFixed(1)} s plus a ${(marginMs / 1000).toFixed(1)} s margin, ` +
          `more than the widest window a ${period}-second step gives (${widest.toFixed(1)} s, from the start of a step): if the registry checks the code only after the upload, it may have expired by then. ` +
          'It is sent with a code from the start of a fresh step, the widest window there is; if the code is rejected, the retry uses the measured speed.',
      )
    }
    const smallestNeed = (this.transfer.estimateMs(0) + this.marginMs(0)) / 1000
    const code = await this.issuer.issue({ expectedMs, afterStep, notAfterMs, marginMs, pause, smallestNeed, edgeMs })
    if (code.waitedMs > 0) {
      this.waitedMs += code.waitedMs
      log.info(
        `Waited ${(code.waitedMs / 1000).toFixed(1)} s for a fresh time step: the request needs about ${(expectedMs / 1000).toFixed(1)} s ` +
          `plus a ${(marginMs / 1000).toFixed(1)} s margin before its code expires.`,
      )
    }
    return code
  }

  /** Time waited for fresh steps in this run, ms (for the bench and the log). */
  waitedMs = 0

  /**
   * What must be left of the step besides the request's expected time: sized to what can go wrong
   * for this request once the run has measured it (the registry's clock: the offset's uncertainty,
   * and the offset itself where it is too small to correct; a small slack), the flat
   * MIN_SECONDS_LEFT while it has not (no Date header yet, or a large body whose transfer this run
   * has not seen).
   */
  marginMs(bodyBytes: number): number {
    const offset = this.offset
    if (!offset || offset.tooFar || !this.transfer.knows(bodyBytes)) return MIN_SECONDS_LEFT * 1000
    return offset.uncertaintyMs + SLACK_MS
  }

  /** How long after a step begins (by the measured clock) the registry may still be in the previous one, ms. */
  #edgeMs(): number | undefined {
    return this.offset && !this.offset.tooFar ? this.offset.uncertaintyMs : undefined
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
