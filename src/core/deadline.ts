import { TimeoutError } from './errors.ts'
import type { Clock } from '../common/log.ts'

/** Time allowed for a PUT, generous enough for large tarballs on slow links (the run's deadline may cut it shorter). */
export const PUT_TIMEOUT_MS = 5 * 60 * 1000
/** Time allowed for a version check. */
export const GET_TIMEOUT_MS = 30 * 1000

/** The run's time budget, measured on the run's clock. */
export class Deadline {
  readonly #clock: Clock
  /** When the run must be done (clock ms). */
  readonly at: number
  /** The budget, in whole seconds, for messages. */
  readonly seconds: number

  constructor(clock: Clock, timeoutMs: number) {
    this.#clock = clock
    this.at = clock.now() + timeoutMs
    this.seconds = Math.round(timeoutMs / 1000)
  }

  /** Throws when `what` (taking `ms` more) would end past the deadline. */
  check(what: string, ms = 0): void {
    if (this.#clock.now() + ms > this.at) throw new TimeoutError(this.seconds, what)
  }

  /** A request time-out: `ms`, or less if the deadline comes first. */
  timeout(ms: number, what: string): number {
    const left = this.at - this.#clock.now()
    if (left <= 0) throw new TimeoutError(this.seconds, what)
    return Math.min(ms, Math.ceil(left))
  }
}
