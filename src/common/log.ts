import type { Text } from './text.ts'

/**
 * What the publishing core needs from its host: somewhere to write, and a way
 * to mask a secret before anything could print it. Each face provides one that
 * renders messages (Text) in its own words.
 */
export interface Logger {
  info(message: Text | string): void
  notice(message: Text | string): void
  warning(message: Text | string): void
  debug(message: Text | string): void
  /** Register a secret value so that the host never prints it. */
  secret(value: string): void
}

/** The clock and the sleeper, passed in so that tests can hold time still. */
export interface Clock {
  /** Milliseconds since the Unix epoch, like Date.now(). */
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
}

/** Line breaks (of any kind) and other control characters become spaces: text from outside cannot start a line of a log. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
}

/**
 * The secrets a run has seen, and the last scrub of everything it prints: each face's logger
 * keeps one. Our messages never hold secrets; this makes sure, and keeps each message on one line.
 */
export class SecretScrubber {
  readonly #secrets = new Set<string>()

  /** Remember a secret; returns false when it was known already (or empty). */
  add(value: string): boolean {
    if (!value || this.#secrets.has(value)) return false
    this.#secrets.add(value)
    return true
  }

  redact(text: string): string {
    let result = text
    for (const secret of this.#secrets) result = result.split(secret).join('***')
    return result
  }

  /** Redacted, on one line. */
  clean(text: string): string {
    return oneLine(this.redact(text))
  }
}

/** A plain value (a document a face built) with every string passed through `clean`, for what leaves the process. */
export function scrubbed<T>(value: T, clean: (text: string) => string): T {
  return JSON.parse(JSON.stringify(value, (_key, field: unknown) => (typeof field === 'string' ? clean(field) : field)))
}
