import type { Clock } from '../common/log.ts'
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
  /** Never wait for a step past this time (clock ms): the run's deadline. */
  notAfterMs?: number
  /** What must be left of the step besides the request's time, ms (default: the issuer's minSecondsLeft). */
  marginMs?: number
  /** Runs a wait for a fresh step: the caller may give up its place among the requests at work meanwhile. */
  pause?: <V>(wait: () => Promise<V>) => Promise<V>
  /**
   * What the smallest request of the run needs left of a step, s: a wait is paused (see `pause`) only
   * while such a request could still go in the step; near the step's end every request waits, and
   * giving places to more of them would only gather them at the edge.
   */
  smallestNeed?: number
  /** How long after a step begins the registry may still be in the previous one (the clock's uncertainty), ms: no code of a step before that. */
  edgeMs?: number
}

/**
 * `reuse-within-step`: several requests may carry the code of the same step
 * (npmjs accepts that; lerna and changesets rely on it).
 * `one-per-step`: every request gets a step of its own; the others wait for
 * later steps.
 */
export type ReusePolicy = 'reuse-within-step' | 'one-per-step'

/**
 * What a rejection of a code meant, once every request that carried the same
 * step has its answer: `reuse-refused` when one of them was accepted (the
 * registry takes each code once: its policy, not a wrong code), `rejected`
 * when none was (a wrong seed, a wrong clock, or a code that expired).
 */
export type Verdict = 'reuse-refused' | 'rejected'

/** Thrown by issue() once codes of two different steps were rejected outright with no acceptance between: more would only earn a rate limit. */
export class CodesRejected extends Error {
  readonly codes: IssuedCode[]
  constructor(codes: IssuedCode[]) {
    super('the registry rejected the codes of two different time steps')
    this.codes = codes
  }
}

/** Thrown by issue() when a usable step would come only after the request's `notAfterMs`. */
export class WaitPastDeadline extends Error {
  constructor() {
    super('a usable time step would come only after the deadline')
  }
}

interface StepState {
  /** Requests sent with this step's code that have no answer yet. */
  inFlight: number
  accepted: boolean
  /** Waiting for the last request in flight to have its answer. */
  waiting: (() => void)[]
}

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
/** How late a timer may wake on a busy machine: a window no later than this is still the widest. */
const OVERSLEEP_MS = 750

/**
 * Hands out TOTP codes at the moment a request is about to be sent. When the
 * current step would end before the request is done, it waits for the next
 * step instead of sending a code about to die. It follows every code to its
 * answer: which steps were sent, accepted or rejected. A rejected step is never
 * sent again. By default a step's code serves every request of the step; once
 * the registry refuses a reuse, and while a rejection is not yet followed by an
 * acceptance, each step serves one request and the others wait their turn.
 * Every issued code must be settled once: accepted(), rejected() or released().
 */
export class CodeIssuer {
  readonly seed: TotpSeed
  readonly #clock: Clock
  readonly #options: CodeIssuerOptions
  /** Registry clock minus runner clock, ms: codes are made at registry time. */
  offsetMs: number
  readonly #steps = new Map<number, StepState>()
  readonly #rejected = new Set<number>()
  #reuseRefused = false
  /** Codes rejected outright since the last acceptance. */
  #unanswered: IssuedCode[] = []

  constructor(seed: TotpSeed, clock: Clock, options: CodeIssuerOptions) {
    this.seed = seed
    this.#clock = clock
    this.#options = options
    this.offsetMs = options.offsetMs ?? 0
  }

  get policy(): ReusePolicy {
    return this.#reuseRefused || this.#unanswered.length > 0 ? 'one-per-step' : 'reuse-within-step'
  }

  /** Registry time in seconds (fractional). */
  time(): number {
    return (this.#clock.now() + this.offsetMs) / 1000
  }

  /**
   * The most a code can have left of its step when it is issued, s: a step's length, less the time
   * after its start when the registry may still be in the step before (`edgeMs`, at least the margin
   * slept past a boundary), less what a timer may oversleep.
   */
  widestWindow(edgeMs: number | undefined): number {
    return this.seed.period - (Math.max(this.#edge(edgeMs) ?? 0, BOUNDARY_MARGIN_MS) + OVERSLEEP_MS) / 1000
  }

  /** The edge honoured: an uncertainty of half a step or more says nothing about where a step begins. */
  #edge(edgeMs: number | undefined): number | undefined {
    return edgeMs === undefined ? undefined : Math.min(edgeMs, this.seed.period * 500)
  }

  async issue(request: CodeRequest = {}): Promise<IssuedCode> {
    const { period } = this.seed
    const margin = request.marginMs !== undefined ? request.marginMs / 1000 : this.#options.minSecondsLeft
    const wanted = margin + (request.expectedMs ?? 0) / 1000
    // A request that needs more than any step can give waits for the widest window there is, the
    // start of a fresh step (the caller says so in the log), never for one no step can give.
    const need = Math.min(wanted, this.widestWindow(request.edgeMs))
    let waitedMs = 0
    for (;;) {
      this.#throwIfGivenUp()
      const time = this.time()
      const step = stepAt(period, time)
      // Just after a step begins (by our measure of the registry's clock) the registry may still be in the one before.
      const intoStepMs = (period - secondsLeftInStep(period, time)) * 1000
      const edgeMs = this.#edge(request.edgeMs)
      if (edgeMs !== undefined && intoStepMs < edgeMs) {
        waitedMs += await this.#sleep(Math.ceil(edgeMs - intoStepMs), request.notAfterMs)
        continue
      }
      const usable =
        (request.afterStep === undefined || step > request.afterStep) &&
        !this.#rejected.has(step) &&
        !(this.policy === 'one-per-step' && this.#steps.has(step)) &&
        secondsLeftInStep(period, time) >= need
      if (usable) {
        const code = codeForStep(this.seed, step)
        this.#options.onCode(code)
        const state = this.#steps.get(step) ?? { inFlight: 0, accepted: false, waiting: [] }
        state.inFlight++
        this.#steps.set(step, state)
        return { code, step, secondsLeft: secondsLeftInStep(period, time), waitedMs }
      }
      const others = request.smallestNeed !== undefined && secondsLeftInStep(period, time) >= request.smallestNeed
      waitedMs += await this.#sleepUntilStep(step + 1, request.notAfterMs, others ? request.pause : undefined)
    }
  }

  /** The registry took the request that carried `code`. */
  accepted(code: IssuedCode): void {
    this.#settle(code).accepted = true
    this.#unanswered = []
  }

  /** The request that carried `code` ended without a verdict on the code (a network failure, a 429, a time-out). */
  released(code: IssuedCode): void {
    this.#settle(code)
  }

  /**
   * The registry rejected `code`. Once every other request that carried the
   * same step has its answer: `reuse-refused` when one of them was accepted
   * (from now on every request gets a step of its own), else `rejected`.
   */
  async rejected(code: IssuedCode): Promise<Verdict> {
    this.#rejected.add(code.step)
    const state = this.#settle(code)
    if (state.inFlight > 0) await new Promise<void>(resolve => state.waiting.push(resolve))
    if (state.accepted) {
      this.#reuseRefused = true
      return 'reuse-refused'
    }
    this.#unanswered.push(code)
    return 'rejected'
  }

  #settle(code: IssuedCode): StepState {
    const state = this.#steps.get(code.step)
    if (!state || state.inFlight === 0) throw new Error(`no request in flight with the code of step ${code.step}`)
    if (--state.inFlight === 0) for (const resolve of state.waiting.splice(0)) resolve()
    return state
  }

  /** Two different steps rejected outright with no acceptance between: the seed or the clock is wrong. */
  #throwIfGivenUp(): void {
    const steps = new Set(this.#unanswered.map(code => code.step))
    if (steps.size >= 2) {
      const [first] = this.#unanswered
      const last = this.#unanswered.findLast(code => code.step !== first.step) as IssuedCode
      throw new CodesRejected([first, last])
    }
  }

  /** Sleep until `step` has begun (plus a margin); returns the ms slept. Never sleeps past `notAfterMs`. */
  #sleepUntilStep(step: number, notAfterMs: number | undefined, pause?: <V>(wait: () => Promise<V>) => Promise<V>): Promise<number> {
    return this.#sleep(Math.max(1, Math.ceil(step * this.seed.period * 1000 - (this.#clock.now() + this.offsetMs) + BOUNDARY_MARGIN_MS)), notAfterMs, pause)
  }

  /** Sleep `ms` (giving up the caller's place meanwhile, with `pause`); never past `notAfterMs`. The time without a place is not counted: other requests went on. */
  async #sleep(ms: number, notAfterMs: number | undefined, pause = <V>(wait: () => Promise<V>) => wait()): Promise<number> {
    if (notAfterMs !== undefined && this.#clock.now() + ms > notAfterMs) throw new WaitPastDeadline()
    await pause(() => this.#clock.sleep(ms))
    return ms
  }
}
