import semver from 'semver'
import { InvalidInputError } from '../errors.ts'

/**
 * A dist-tag the registry accepts: not empty, URL-safe, and not a semver range
 * (npm refuses those, since `npm install name@1.x` could not tell them apart).
 */
export function checkTag(value: string, input = 'tag'): string {
  const tag = value.trim()
  if (tag === '') throw new InvalidInputError(input, 'the tag is empty. Leave the input out for "latest", or give a name such as "next"')
  if (semver.validRange(tag)) {
    throw new InvalidInputError(input, `"${tag}" is a valid semver range, which npm does not allow as a tag. Use a name such as "next" or "beta"`)
  }
  if (encodeURIComponent(tag) !== tag) {
    throw new InvalidInputError(input, `"${tag}" has characters a tag cannot hold (spaces, slashes, ...). Use letters, digits, ".", "-", "_" or "~"`)
  }
  return tag
}

/** Pick one of `allowed`, or explain the choices. */
export function checkChoice<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  const choice = value.trim()
  if ((allowed as readonly string[]).includes(choice)) return choice as T
  throw new InvalidInputError(input, `"${choice}" is not one of ${allowed.map(a => `"${a}"`).join(', ')}`)
}

/** A YAML 1.2 core-schema boolean, as @actions/core's getBooleanInput reads it. */
export function checkBoolean(input: string, value: string): boolean {
  const text = value.trim()
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw new InvalidInputError(input, `"${text}" is not a boolean. Use true or false`)
}

/** A whole number within [min, max]. */
export function checkInteger(input: string, value: string, min: number, max: number): number {
  const text = value.trim()
  const number = Number(text)
  if (!/^\d+$/.test(text) || number < min || number > max) {
    throw new InvalidInputError(input, `"${text}" is not a whole number from ${min} to ${max}`)
  }
  return number
}
