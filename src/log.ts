/**
 * What the publishing core needs from its host: somewhere to write, and a way
 * to mask a secret before anything could print it. The Action provides one
 * backed by @actions/core; tests and other front ends provide their own.
 */
export interface Logger {
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  debug(message: string): void
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
