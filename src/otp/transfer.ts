/**
 * How long a publish request will take, so that its code outlives it. Starts
 * from a pessimistic throughput and learns from the requests of this run.
 */

/** 1 MB/s: slower than any runner we know, so the first estimate errs on the long side. */
export const CONSERVATIVE_BYTES_PER_SECOND = 1_000_000
/** Only requests at least this big say anything about throughput (smaller ones are all latency). */
const MIN_SAMPLE_BYTES = 64 * 1024
/** Building the body (hashes, base64, JSON) before it is sent: a slow runner does 50 MB/s. */
const PREPARE_BYTES_PER_SECOND = 50_000_000

export class TransferEstimator {
  #bytesPerSecond = CONSERVATIVE_BYTES_PER_SECOND
  #latencyMs = 0
  #learned = false

  /** A round trip with (almost) no body: the latency part of every request. */
  observeLatency(ms: number): void {
    this.#latencyMs = Math.max(this.#latencyMs, ms)
  }

  /** A request of `bytes` took `ms`: learn its throughput (conservatively: half of what was seen, and never faster than seen before). */
  observeTransfer(bytes: number, ms: number): void {
    if (bytes < MIN_SAMPLE_BYTES || ms <= this.#latencyMs) return
    const seen = (bytes / (ms - this.#latencyMs)) * 1000
    const halved = seen / 2
    this.#bytesPerSecond = this.#learned ? Math.min(this.#bytesPerSecond, halved) : halved
    this.#learned = true
  }

  /** Whether this run has measured what a request of `bodyBytes` takes: its latency (small bodies), or its throughput. */
  knows(bodyBytes: number): boolean {
    return bodyBytes < MIN_SAMPLE_BYTES ? this.#latencyMs > 0 : this.#learned
  }

  /** Expected time from making the code to the registry having read the whole body, ms. */
  estimateMs(bodyBytes: number): number {
    return this.#latencyMs + (bodyBytes / this.#bytesPerSecond) * 1000 + (bodyBytes / PREPARE_BYTES_PER_SECOND) * 1000
  }

  get bytesPerSecond(): number {
    return this.#bytesPerSecond
  }
}

/** The publish body: the tarball in base64 plus the manifest (a few kB). */
export function publishBodyBytes(tarballBytes: number): number {
  return Math.ceil(tarballBytes / 3) * 4 + 16 * 1024
}
