import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Logger } from '../../src/common/log.ts'
import { describeOffset, measureOffset, narrowOffset } from '../../src/otp/offset.ts'
import type { TotpSeed } from '../../src/otp/seed.ts'
import { WaitPastDeadline } from '../../src/otp/codes.ts'
import { OtpSession } from '../../src/otp/session.ts'
import { CONSERVATIVE_BYTES_PER_SECOND, TransferEstimator, publishBodyBytes } from '../../src/otp/transfer.ts'
import { FakeClock } from '../support/clock.ts'

const seed: TotpSeed = { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', algorithm: 'sha1', digits: 6, period: 30 }

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const push = (kind: string) => (message: string) => lines.push(`${kind}: ${message}`)
  return { lines, info: push('info'), notice: push('notice'), warning: push('warning'), debug: push('debug'), secret: () => undefined }
}

describe('clock offset from the Date header', () => {
  test('corrects for half the round trip and the header truncated to the second', () => {
    // Registry 45 s ahead; request took 200 ms; the header was stamped at 45_000 + 100 ms, truncated to 45_000.
    const offset = measureOffset({ registryMs: 1_000_045_000, sentMs: 1_000_000_000, receivedMs: 1_000_000_200 })
    assert.equal(offset.offsetMs, 45_400)
    assert.equal(offset.uncertaintyMs, 600)
    assert.equal(offset.apply, true)
  })
  test('a second or so is within what the header can tell: not applied', () => {
    assert.equal(measureOffset({ registryMs: 1_000_001_000, sentMs: 1_000_000_000, receivedMs: 1_000_000_050 }).apply, false)
    assert.equal(measureOffset({ registryMs: 1_000_000_000 + 24 * 3600_000, sentMs: 1_000_000_000, receivedMs: 1_000_000_050 }).apply, false, 'a day away: not followed')
    assert.equal(measureOffset({ registryMs: 1_000_000_000 - 6 * 60_000, sentMs: 1_000_000_000, receivedMs: 1_000_000_050 }).tooFar, true)
    assert.equal(measureOffset({ registryMs: 1_000_000_000 + 4 * 60_000, sentMs: 1_000_000_000, receivedMs: 1_000_000_050 }).apply, true, 'four minutes: followed')
    assert.equal(measureOffset({ registryMs: 999_999_000, sentMs: 1_000_000_000, receivedMs: 1_000_000_050 }).apply, false)
  })
  test('a slow round trip widens what is left alone', () => {
    const slow = measureOffset({ registryMs: 1_000_002_000, sentMs: 1_000_000_000, receivedMs: 1_000_002_000 })
    assert.equal(slow.apply, false)
  })
  test('describes the direction from the runner', () => {
    assert.equal(describeOffset(45_400), '45.4 s behind')
    assert.equal(describeOffset(-90_000), '90.0 s ahead of')
  })
})

describe('transfer estimates', () => {
  test('start from a conservative 1 MB/s', () => {
    const estimator = new TransferEstimator()
    assert.equal(estimator.estimateMs(CONSERVATIVE_BYTES_PER_SECOND), 1000 + 20)
  })
  test('learn from a real transfer (at half the speed seen), and only ever get more careful', () => {
    const estimator = new TransferEstimator()
    estimator.observeLatency(100)
    estimator.observeTransfer(10_000_000, 1_100) // 10 MB/s seen
    assert.equal(estimator.bytesPerSecond, 5_000_000)
    estimator.observeTransfer(10_000_000, 100_100) // 100 kB/s seen
    assert.equal(estimator.bytesPerSecond, 50_000)
    estimator.observeTransfer(10_000_000, 600) // faster again: ignored
    assert.equal(estimator.bytesPerSecond, 50_000)
  })
  test('small requests say nothing about throughput', () => {
    const estimator = new TransferEstimator()
    estimator.observeTransfer(1_000, 1)
    assert.equal(estimator.bytesPerSecond, CONSERVATIVE_BYTES_PER_SECOND)
  })
  test('the body is the tarball in base64 plus the manifest', () => {
    assert.equal(publishBodyBytes(3_000_000), 4_000_000 + 16 * 1024)
  })
})

describe('OtpSession', () => {
  test('applies a measured offset once and says so', () => {
    const logger = recordingLogger()
    const session = new OtpSession(seed, new FakeClock(0), logger)
    session.calibrate({ registryMs: 1_000_045_000, sentMs: 1_000_000_000, receivedMs: 1_000_000_200 })
    session.calibrate({ registryMs: 1_000_000_000, sentMs: 1_000_000_000, receivedMs: 1_000_000_200 })
    assert.equal(session.issuer.offsetMs, 45_400)
    assert.equal(logger.lines.filter(line => line.startsWith('notice')).length, 1)
  })

  test('warns before an upload that cannot fit in one step, and sends it at the start of a fresh step, the widest window there is', async () => {
    const logger = recordingLogger()
    const clock = new FakeClock(1_000 * 30_000 + 3_000)
    const code = await new OtpSession(seed, clock, logger).codeFor({ bodyBytes: 40_000_000, notAfterMs: clock.ms + 600_000 })
    assert.ok(logger.lines.some(line => line.startsWith('warning') && line.includes('more than the widest window a 30-second step gives')))
    assert.equal(code.step, 1_001, 'the next step')
    assert.ok(code.secondsLeft > 29, `sent with ${code.secondsLeft} s left`)
  })

  test('a 24.4 MB body, whose need falls between the widest window and a whole step: a code at the next step, not a wait to the deadline', async () => {
    const logger = recordingLogger()
    const clock = new FakeClock(1_000 * 30_000 + 3_000)
    const code = await new OtpSession(seed, clock, logger).codeFor({ bodyBytes: 24_400_000, notAfterMs: clock.ms + 600_000 })
    assert.equal(code.step, 1_001)
    assert.ok(code.waitedMs < 30_000, `waited ${code.waitedMs} ms`)
    assert.ok(logger.lines.some(line => line.includes('the widest window there is')))
  })

  for (const roundTripMs of [15_000, 17_000, 19_500]) {
    test(`a first round trip of ${roundTripMs / 1000} s (a distant registry): a code within a step's wait, not a wait to the deadline`, async () => {
      const logger = recordingLogger()
      const start = 1_000 * 30_000 + 3_000
      const clock = new FakeClock(start)
      const session = new OtpSession(seed, clock, logger)
      session.calibrate({ registryMs: start + roundTripMs / 2, sentMs: start - roundTripMs, receivedMs: start })
      const code = await session.codeFor({ bodyBytes: 2_000, notAfterMs: start + 600_000 })
      assert.ok(code.waitedMs <= 30_000, `waited ${code.waitedMs} ms`)
      assert.ok(code.secondsLeft >= session.issuer.widestWindow(session.offset!.uncertaintyMs) - 0.001)
    })
  }

  test('codes of one step serve several requests until the registry refuses a reuse; then one step per request', async () => {
    const logger = recordingLogger()
    const clock = new FakeClock(1_000 * 30_000 + 1_000)
    const session = new OtpSession(seed, clock, logger)
    const first = await session.codeFor({ bodyBytes: 1_000 })
    session.accepted(first, 1_000, 50)
    const second = await session.codeFor({ bodyBytes: 1_000 })
    assert.equal(second.step, first.step, 'the same step serves a second request by default')
    assert.equal(await session.rejected(second, 1_000, 50), 'reuse-refused', 'a rejection of an accepted step is a refused reuse')
    assert.ok(logger.lines.some(line => line.includes('it takes each code once')))
    assert.equal(session.issuer.policy, 'one-per-step')
    const third = await session.codeFor({ bodyBytes: 1_000, afterStep: second.step })
    assert.equal(third.step, first.step + 1)
    session.accepted(third, 1_000, 50)
    const fourth = await session.codeFor({ bodyBytes: 1_000 })
    assert.equal(fourth.step, third.step + 1, 'one step per request from now on')
  })

  test('a rejected step is never used again, even when asked without afterStep', async () => {
    const clock = new FakeClock(1_000 * 30_000 + 1_000)
    const session = new OtpSession(seed, clock, recordingLogger())
    const first = await session.codeFor({ bodyBytes: 1_000 })
    assert.equal(await session.rejected(first, 1_000, 50), 'rejected')
    const next = await session.codeFor({ bodyBytes: 1_000 })
    assert.equal(next.step, first.step + 1)
    assert.notEqual(next.code, first.code)
  })

  test('a wait for a fresh step that would end past the deadline is not begun', async () => {
    const clock = new FakeClock(1_000 * 30_000 + 1_000)
    const session = new OtpSession(seed, clock, recordingLogger())
    const first = await session.codeFor({ bodyBytes: 1_000 })
    assert.equal(await session.rejected(first, 1_000, 50), 'rejected')
    await assert.rejects(session.codeFor({ bodyBytes: 1_000, afterStep: first.step, notAfterMs: clock.ms + 3_000 }), WaitPastDeadline)
    assert.equal(clock.ms, 1_000 * 30_000 + 1_000, 'no time was spent waiting')
    const within = await session.codeFor({ bodyBytes: 1_000, afterStep: first.step, notAfterMs: clock.ms + 60_000 })
    assert.equal(within.step, first.step + 1)
  })

  test("the margin is sized to the request once the run has measured it: the registry's clock and a small body's latency", async () => {
    const session = new OtpSession(seed, new FakeClock(0), recordingLogger())
    assert.equal(session.marginMs(1_000), 5_000, 'nothing measured yet: the flat margin')
    // A round trip of 120 ms, the registry's clock 300 ms from ours (too little to correct).
    session.calibrate({ registryMs: 1_000_000_000, sentMs: 1_000_000_140, receivedMs: 1_000_000_260 })
    const { uncertaintyMs, offsetMs, apply } = session.offset!
    assert.equal(apply, false, 'too little for a notice')
    assert.equal(session.issuer.offsetMs, offsetMs, 'but codes follow the registry\'s clock as measured')
    assert.equal(session.marginMs(1_000), uncertaintyMs + 250)
    assert.ok(session.marginMs(1_000) < 1_000, `under a second (${session.marginMs(1_000)} ms)`)
    assert.equal(session.marginMs(5_000_000), 5_000, 'a large body whose transfer the run has not seen keeps the flat margin')
  })

  test("each answer's Date header narrows the registry's clock; one that contradicts the others is left out", () => {
    const first = measureOffset({ registryMs: 1_000_000_000, sentMs: 1_000_000_000, receivedMs: 1_000_000_100 })
    assert.equal(first.uncertaintyMs, 550)
    // The same registry, 0.7 s later in its second: the interval shrinks.
    const second = narrowOffset(first, { registryMs: 1_000_001_000, sentMs: 1_000_000_700, receivedMs: 1_000_000_800 })
    assert.ok(second.uncertaintyMs < first.uncertaintyMs, `${second.uncertaintyMs} < ${first.uncertaintyMs}`)
    assert.ok(second.lowMs >= first.lowMs && second.highMs <= first.highMs)
    assert.deepEqual(narrowOffset(second, { registryMs: 1_000_100_000, sentMs: 1_000_001_000, receivedMs: 1_000_001_050 }), second, 'a jump of 99 s is left out')
  })

  test('no code of a step in its first moments, while the registry may still be in the step before', async () => {
    const clock = new FakeClock(1_000 * 30_000 + 100) // 0.1 s into step 1000
    const session = new OtpSession(seed, clock, recordingLogger())
    session.calibrate({ registryMs: clock.ms - 100, sentMs: clock.ms - 60, receivedMs: clock.ms })
    const edge = session.offset!.uncertaintyMs
    assert.ok(edge > 100)
    const code = await session.codeFor({ bodyBytes: 20_000 })
    assert.equal(code.step, 1_000)
    assert.ok(clock.ms + session.issuer.offsetMs - 1_000 * 30_000 >= edge - 1, 'waited until the step had surely begun at the registry')
  })

  test('a small request with 3 s of its step left is sent at once once the clock is measured, and waits before', async () => {
    const before = new FakeClock(1_000 * 30_000 + 27_000)
    assert.equal((await new OtpSession(seed, before, recordingLogger()).codeFor({ bodyBytes: 20_000 })).step, 1_001, 'the flat margin: waits')
    const after = new FakeClock(1_000 * 30_000 + 27_000)
    const session = new OtpSession(seed, after, recordingLogger())
    session.calibrate({ registryMs: after.ms - 500, sentMs: after.ms - 60, receivedMs: after.ms })
    const code = await session.codeFor({ bodyBytes: 20_000 })
    assert.equal(code.step, 1_000, 'sized to the request: sent in its step')
    assert.deepEqual(after.sleeps, [])
  })

  test('the final message gives the steps, their times and the clock', async () => {
    const clock = new FakeClock(1_000 * 30_000 + 1_000)
    const session = new OtpSession(seed, clock, recordingLogger())
    session.calibrate({ registryMs: clock.ms + 45_000, sentMs: clock.ms, receivedMs: clock.ms + 200 })
    const first = await session.codeFor({ bodyBytes: 1_000 })
    const second = await session.codeFor({ bodyBytes: 1_000, afterStep: first.step })
    const text = session.describe([first, second])
    assert.match(text, /step \d+ \(\d\d:\d\d:\d\d to \d\d:\d\d:\d\d UTC, sent with [\d.]+ s left\) and step \d+/)
    assert.match(text, /45\.\d s behind the registry's/)
    assert.match(text, /made at registry time/)
  })
})
