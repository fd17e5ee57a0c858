import { parse as parseOtpauthUri } from '@otplib/uri'

/** The seed cannot be read; `message` says why, and never holds the value. */
export class SeedError extends Error {
  override readonly name = 'SeedError'
}

export type HashAlgorithm = 'sha1' | 'sha256' | 'sha512'

/** A TOTP seed ready to make codes: a normalised base32 secret and its parameters. */
export interface TotpSeed {
  /** Base32, upper case, no padding, no separators. */
  readonly secret: string
  readonly algorithm: HashAlgorithm
  readonly digits: number
  /** Step length in seconds. */
  readonly period: number
}

export const DEFAULTS = { algorithm: 'sha1', digits: 6, period: 30 } as const

/** Authenticator apps accept 80-bit seeds; RFC 4226 asks for at least 128. */
export const MIN_SECRET_BYTES = 10
export const MAX_SECRET_BYTES = 64
const KNOWN_URI_PARAMETERS = ['secret', 'algorithm', 'digits', 'period', 'counter', 'issuer']

/**
 * Read a TOTP seed: a base32 setup key (case, spaces, dashes and "=" padding
 * tolerated) or an otpauth://totp/ URI (algorithm, digits and period honoured).
 * Throws SeedError, whose message never contains the value.
 */
export function parseSeed(raw: string): TotpSeed {
  const value = raw.trim()
  if (value === '') throw new SeedError('it is empty')
  if (/^otpauth:/i.test(value)) return parseUri(value)
  return { secret: normaliseBase32(value), ...DEFAULTS }
}

/** Every form of the seed that could appear in text, for masking. */
export function seedForms(raw: string, seed: TotpSeed | undefined): string[] {
  const forms = new Set([raw, raw.trim()])
  if (seed) {
    forms.add(seed.secret)
    forms.add(seed.secret.toLowerCase())
  }
  return [...forms].filter(form => form.length > 0)
}

/**
 * Whether `text` holds the seed in a form we know: as given, spaced or dashed, in lower case, with
 * padding, percent-encoded, or inside an otpauth:// URI.
 */
export function holdsSeed(text: string, seed: TotpSeed): boolean {
  let decoded = text
  try {
    decoded = decodeURIComponent(text)
  } catch {
    // Not percent-encoded: as it is.
  }
  return [text, decoded].some(form => form.replace(/[\s=-]+/g, '').toUpperCase().includes(seed.secret))
}

function parseUri(value: string): TotpSeed {
  let uri
  try {
    // The scheme and type are case-insensitive in practice; the parser wants them in lower case.
    uri = parseOtpauthUri(value.replace(/^otpauth:\/\/[a-z]*/i, prefix => prefix.toLowerCase()))
  } catch (error) {
    // The library's messages can quote parameter values: keep only the parameter's name.
    const parameter = /parameter:? '?(\w+)/.exec(error instanceof Error ? error.message : '')?.[1]
    const which = parameter && KNOWN_URI_PARAMETERS.includes(parameter) ? ` (its "${parameter}" parameter is missing or invalid)` : ''
    throw new SeedError(`the otpauth:// URI cannot be read${which}; supported are algorithm SHA1, SHA256 or SHA512 and 6 to 8 digits`)
  }
  if (uri.type !== 'totp') {
    throw new SeedError('it is an otpauth://hotp/ (counter-based) URI; npm uses time-based codes, otpauth://totp/')
  }
  const { params } = uri
  const digits = params.digits ?? DEFAULTS.digits
  if (!Number.isInteger(digits) || digits < 6 || digits > 8) {
    throw new SeedError('its otpauth:// URI asks for a number of digits other than 6, 7 or 8')
  }
  const period = params.period ?? DEFAULTS.period
  if (!Number.isInteger(period) || period < 15 || period > 300) {
    throw new SeedError('its otpauth:// URI has a period outside 15 to 300 seconds')
  }
  return {
    secret: normaliseBase32(params.secret),
    algorithm: params.algorithm ?? DEFAULTS.algorithm,
    digits,
    period,
  }
}

function normaliseBase32(value: string): string {
  const secret = value.replace(/[\s-]+/g, '').replace(/=+$/, '').toUpperCase()
  if (secret === '') throw new SeedError('it is empty')
  if (/^\d{6,8}$/.test(secret)) {
    throw new SeedError('it looks like a one-time code, not the seed that makes the codes')
  }
  if (!/^[A-Z2-7]+$/.test(secret)) {
    throw new SeedError('it has characters that are not base32 (A to Z and 2 to 7); a recovery code is not a seed')
  }
  const bytes = Math.floor((secret.length * 5) / 8)
  if (bytes < MIN_SECRET_BYTES) throw new SeedError(`it is too short (under ${MIN_SECRET_BYTES} bytes)`)
  if (bytes > MAX_SECRET_BYTES) throw new SeedError(`it is too long (over ${MAX_SECRET_BYTES} bytes)`)
  return secret
}
