import type { Clock } from '../../src/common/log.ts'

/** A clock that stands still until something sleeps; sleeping moves it forward at once. */
export class FakeClock implements Clock {
  ms: number
  readonly sleeps: number[] = []
  constructor(ms: number) {
    this.ms = ms
  }
  now(): number {
    return this.ms
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.ms += ms
  }
}
