/**
 * Checks of setting values that every face makes the same way, failing with the core's errors
 * (which each face renders in its own words): the seed, a registry URL, a tag, a choice, a number.
 */
import type { Setting } from '../common/text.ts'
import { SeedError, parseSeed, seedForms, type TotpSeed } from '../otp/seed.ts'
import { InvalidSeedError, InvalidSettingError } from './errors.ts'
import { registryUrl } from './npm/registries.ts'
import { tagProblem } from './tag.ts'

/** A TOTP seed (base32 setup key or otpauth://totp/ URI); the error never holds the value. */
export function seedSetting(raw: string): TotpSeed {
  try {
    return parseSeed(raw)
  } catch (error) {
    if (error instanceof SeedError) throw new InvalidSeedError(error.message)
    throw error
  }
}

/**
 * The token and the seed as a face was given them, each masked (`setSecret`) before anything could
 * fail with a message: the seed in every form it could be printed in, even when it cannot be read.
 */
export function secretSettings(token: string, rawSeed: string, setSecret: (value: string) => void): { token: string | undefined; seed: TotpSeed | undefined } {
  const trimmed = token.trim()
  if (trimmed) setSecret(trimmed)
  for (const form of seedForms(rawSeed, undefined)) setSecret(form)
  const seed = rawSeed.trim() ? seedSetting(rawSeed) : undefined
  for (const form of seedForms(rawSeed, seed)) setSecret(form)
  return { token: trimmed || undefined, seed }
}

/** A registry URL, normalised as npm keeps it. */
export function registrySetting(value: string): string {
  const parsed = registryUrl(value)
  if ('problem' in parsed) throw new InvalidSettingError('registry', parsed.problem)
  return parsed.url
}

/** A dist-tag the registry accepts. */
export function tagSetting(value: string): string {
  const tag = value.trim()
  const problem = tagProblem(tag)
  if (problem) throw new InvalidSettingError('tag', problem)
  return tag
}

/** One of `allowed`, or the choices explained. */
export function choiceSetting<T extends string>(setting: Setting, value: string, allowed: readonly T[]): T {
  const choice = value.trim()
  if ((allowed as readonly string[]).includes(choice)) return choice as T
  throw new InvalidSettingError(setting, `"${choice}" is not one of ${allowed.map(a => `"${a}"`).join(', ')}`)
}

/** A whole number within [min, max]. */
export function integerSetting(setting: Setting, value: string, min: number, max: number): number {
  const text = value.trim()
  const number = Number(text)
  if (!/^\d+$/.test(text) || number < min || number > max) throw new InvalidSettingError(setting, `"${text}" is not a whole number from ${min} to ${max}`)
  return number
}
