import { createGuardrails, generateSync } from 'otplib'
import { MIN_SECRET_BYTES, type TotpSeed } from './seed.ts'

const guardrails = createGuardrails({ MIN_SECRET_BYTES })

/** The time step that holds `epochSeconds`. */
export function stepAt(period: number, epochSeconds: number): number {
  return Math.floor(epochSeconds / period)
}

/** Seconds left before the step holding `epochSeconds` ends. */
export function secondsLeftInStep(period: number, epochSeconds: number): number {
  return period - (epochSeconds - stepAt(period, epochSeconds) * period)
}

/** The code of a time step (RFC 6238 with T0 = 0). */
export function codeForStep(seed: TotpSeed, step: number): string {
  return generateSync({
    secret: seed.secret,
    algorithm: seed.algorithm,
    digits: seed.digits,
    period: seed.period,
    epoch: step * seed.period,
    guardrails,
  })
}

/** The code valid at `epochSeconds` (seconds, not milliseconds). */
export function codeAt(seed: TotpSeed, epochSeconds: number): string {
  return codeForStep(seed, stepAt(seed.period, epochSeconds))
}
