/**
 * The registry's clock, read from the `Date` header of a request the action
 * makes anyway (the version check), corrected for half the round trip.
 */

/** Below this, the runner's clock is trusted as it is: the header itself is only exact to the second. */
export const OFFSET_THRESHOLD_MS = 2_000
/**
 * Beyond this, the registry's Date header is not followed: a runner whose
 * clock is minutes off is plausible, a header a day away is more likely a
 * registry (or a proxy) that answers strangely, and following it would send
 * codes of steps far from now.
 */
export const MAX_FOLLOWED_OFFSET_MS = 5 * 60_000

export interface DateSample {
  /** The `Date` header, parsed (whole seconds). */
  registryMs: number
  /** Our clock when the request was sent and when the answer arrived. */
  sentMs: number
  receivedMs: number
}

export interface ClockOffset {
  /** Registry clock minus runner clock, ms: the middle of what the samples allow. */
  offsetMs: number
  /** What the samples allow: the offset lies in [lowMs, highMs]. */
  lowMs: number
  highMs: number
  /** How far off the estimate may be, ms (half the round trip plus the header's one-second truncation). */
  uncertaintyMs: number
  /** Whether codes should be made at registry time. */
  apply: boolean
  /** The offset is beyond MAX_FOLLOWED_OFFSET_MS: not followed. */
  tooFar: boolean
}

export function measureOffset({ registryMs, sentMs, receivedMs }: DateSample): ClockOffset {
  // The header is stamped somewhere in the round trip, truncated to the second: the registry's time
  // at some moment between sending and receiving lies in [registryMs, registryMs + 1000).
  return fromBounds(registryMs - Math.max(receivedMs, sentMs), registryMs + 1000 - sentMs)
}

/**
 * What one more sample tells: the offset lies in both intervals, so each answer of the run (at
 * another moment of the registry's second) narrows it. A sample that contradicts the others (a
 * registry whose clock jumped, another server behind a balancer) is left out.
 */
export function narrowOffset(offset: ClockOffset, sample: DateSample): ClockOffset {
  const next = measureOffset(sample)
  const low = Math.max(offset.lowMs, next.lowMs)
  const high = Math.min(offset.highMs, next.highMs)
  return low <= high ? fromBounds(low, high) : offset
}

function fromBounds(lowMs: number, highMs: number): ClockOffset {
  const offsetMs = Math.round((lowMs + highMs) / 2)
  const uncertaintyMs = Math.round((highMs - lowMs) / 2)
  const tooFar = Math.abs(offsetMs) > MAX_FOLLOWED_OFFSET_MS
  return { offsetMs, lowMs, highMs, uncertaintyMs, apply: !tooFar && Math.abs(offsetMs) > OFFSET_THRESHOLD_MS + uncertaintyMs - 500, tooFar }
}

/** "12.3 s ahead of" / "4.0 s behind" the registry, from the runner's point of view. */
export function describeOffset(offsetMs: number): string {
  const seconds = (Math.abs(offsetMs) / 1000).toFixed(1)
  return offsetMs > 0 ? `${seconds} s behind` : `${seconds} s ahead of`
}
