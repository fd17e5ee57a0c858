import type { Clock } from '../log.ts'
import type { TotpSeed } from './seed.ts'
import { codeForStep, secondsLeftInStep, stepAt } from './totp.ts'

/** A code handed out for one request. */
export interface IssuedCode {
  readonly code: string
  /** The time step the code belongs to. */
  readonly step: number
  /** Seconds of the step still left when the code was issued. */
  readonly secondsLeft: number
  /** How long the issuer slept for a fresh step before issuing, in ms (0 when it did not). */
  readonly waitedMs: number
}

export interface CodeRequest {
  /** How long the request that carries the code is expected to take, in ms. */
  expectedMs?: number
  /** The code must come from a later step than this one (after a rejection). */
  afterStep?: number
}

/**
 * `reuse-within-step`: several requests may carry the code of the same step
 * (npmjs accepts that; lerna and changesets rely on it).
 * `one-per-step`: every request gets a step of its own.
 */
export type ReusePolicy = 'reuse-within-step' | 'one-per-step'

export interface CodeIssuerOptions {
  /** Do not send a code with fewer seconds left than this (plus the expected request time). */
  minSecondsLeft: number
  /** Called with every code before it is returned, so that it can be masked. */
  onCode(code: string): void
  /** Registry clock minus runner clock, in ms. */
  offsetMs?: number
}

/** Extra time slept past a step boundary, so that a slightly slow verifier sees the new step too. */
const BOUNDARY_MARGIN_MS = 250

/**
 * Hands out TOTP codes at the moment a request is about to be sent. When the
 * current step would end before the request is done, it waits for the next
 * step instead of sending a code about to die. It remembers which steps it
 * sent, which the registry accepted and which it rejected: a rejected code is
 * never sent again.
 */
export class CodeIssuer {
  readonly seed: TotpSeed
  readonly #clock: Clock
  readonly #options: CodeIssuerOptions
  /** Registry clock minus runner clock, ms: codes are made at registry time. */
  offsetMs: number
  policy: ReusePolicy = 'reuse-within-step'
  readonly #sent = new Set<number>()
  readonly #accepted = new Set<number>()
  readonly #rejected = new Set<number>()

  constructor(seed: TotpSeed, clock: Clock, options: CodeIssuerOptions) {
    this.seed = seed
    this.#clock = clock
    this.#options = options
    this.offsetMs = options.offsetMs ?? 0
  }

  /** Registry time in seconds (fractional). */
  time(): number {
    return (this.#clock.now() + this.offsetMs) / 1000
  }

  async issue(request: CodeRequest = {}): Promise<IssuedCode> {
    const { period } = this.seed
    // A request that cannot fit in one step whatever we do gains nothing from waiting for a fresh one:
    // it gets the usual margin, and the caller has said so in the log.
    const wanted = this.#options.minSecondsLeft + (request.expectedMs ?? 0) / 1000
    const need = wanted < period ? wanted : this.#options.minSecondsLeft
    let waitedMs = 0
    for (;;) {
      const time = this.time()
      const step = stepAt(period, time)
      const usable =
        (request.afterStep === undefined || step > request.afterStep) &&
        !this.#rejected.has(step) &&
        !(this.policy === 'one-per-step' && this.#sent.has(step)) &&
        secondsLeftInStep(period, time) >= need
      if (usable) {
        const code = codeForStep(this.seed, step)
        this.#options.onCode(code)
        this.#sent.add(step)
        return { code, step, secondsLeft: secondsLeftInStep(period, time), waitedMs }
      }
      waitedMs += await this.#sleepUntilStep(step + 1)
    }
  }

  /** The registry took the request that carried `code`. */
  accepted(code: IssuedCode): void {
    this.#accepted.add(code.step)
  }

  /**
   * The registry rejected `code`. Returns true when it had accepted the same
   * step's code before: the registry refuses reuse, so from now on every
   * request gets a step of its own.
   */
  rejected(code: IssuedCode): boolean {
    this.#rejected.add(code.step)
    const reuse = this.#accepted.has(code.step)
    if (reuse) this.policy = 'one-per-step'
    return reuse
  }

  /** Sleep until `step` has begun (plus a margin); returns the ms slept. */
  async #sleepUntilStep(step: number): Promise<number> {
    const ms = Math.max(1, Math.ceil(step * this.seed.period * 1000 - (this.#clock.now() + this.offsetMs) + BOUNDARY_MARGIN_MS))
    await this.#clock.sleep(ms)
    return ms
  }
}
