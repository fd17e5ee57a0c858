import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { CodeIssuer, CodesRejected } from '../../src/otp/codes.ts'
import type { TotpSeed } from '../../src/otp/seed.ts'
import { codeForStep } from '../../src/otp/totp.ts'
import { FakeClock } from '../support/clock.ts'

const seed: TotpSeed = { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', algorithm: 'sha1', digits: 6, period: 30 }
const STEP = 30_000

function issuer(clock: FakeClock, masked: string[] = [], offsetMs = 0): CodeIssuer {
  return new CodeIssuer(seed, clock, { minSecondsLeft: 5, onCode: code => masked.push(code), offsetMs })
}

describe('CodeIssuer', () => {
  test('issues the current step at once when enough of it is left', async () => {
    const clock = new FakeClock(100 * STEP + 1_000)
    const code = await issuer(clock).issue()
    assert.equal(code.step, 100)
    assert.equal(code.code, codeForStep(seed, 100))
    assert.equal(code.secondsLeft, 29)
    assert.deepEqual(clock.sleeps, [])
  })

  test('waits for the next step rather than send a code about to die', async () => {
    const clock = new FakeClock(100 * STEP + 26_000) // 4 s left, 5 s needed
    const code = await issuer(clock).issue()
    assert.equal(code.step, 101)
    assert.equal(clock.sleeps.length, 1)
    assert.ok(clock.sleeps[0] >= 4_000 && clock.sleeps[0] < 5_000)
    assert.ok(code.secondsLeft > 29)
  })

  test('counts the expected request time in what must be left', async () => {
    const clock = new FakeClock(100 * STEP + 10_000) // 20 s left
    assert.equal((await issuer(clock).issue({ expectedMs: 10_000 })).step, 100)
    const later = new FakeClock(100 * STEP + 10_000)
    assert.equal((await issuer(later).issue({ expectedMs: 16_000 })).step, 101)
  })

  test('a request longer than any window waits for the widest one, the start of a fresh step, and never longer', async () => {
    const early = new FakeClock(100 * STEP + 2_000)
    const code = await issuer(early).issue({ expectedMs: 120_000 })
    assert.equal(code.step, 101)
    assert.equal(early.sleeps.length, 1, 'one wait, to the next step')
    assert.ok(code.secondsLeft >= issuer(early).widestWindow(undefined), `${code.secondsLeft} s left`)
    const withEdge = new FakeClock(100 * STEP + 2_000)
    const edged = await issuer(withEdge).issue({ expectedMs: 120_000, edgeMs: 12_000 })
    // Past the edge of step 100, where the registry may still be in step 99, the step has the widest window left.
    assert.equal(edged.step, 100)
    assert.deepEqual(withEdge.sleeps, [10_000])
    assert.ok(edged.secondsLeft >= issuer(withEdge).widestWindow(12_000))
  })

  test('after a rejection, the next code comes from a later step, never the same one', async () => {
    const clock = new FakeClock(100 * STEP + 1_000)
    const codes = issuer(clock)
    const first = await codes.issue()
    const second = await codes.issue({ afterStep: first.step })
    assert.equal(second.step, first.step + 1)
    assert.notEqual(second.code, first.code)
    assert.ok(second.waitedMs >= 29_000)
  })

  test('every code is handed to onCode (to be masked) before it is returned', async () => {
    const masked: string[] = []
    const clock = new FakeClock(100 * STEP)
    const code = await issuer(clock, masked).issue()
    assert.deepEqual(masked, [code.code])
  })

  test('codes are made at registry time when an offset is set', async () => {
    const clock = new FakeClock(100 * STEP + 1_000)
    const code = await issuer(clock, [], 45_000).issue()
    assert.equal(code.step, 101)
  })

  test('requests in flight with the same code: a refusal waits for the others, and is a refused reuse when one was accepted', async () => {
    const clock = new FakeClock(100 * STEP + 1_000)
    const codes = issuer(clock)
    const [a, b, c] = [await codes.issue(), await codes.issue(), await codes.issue()]
    assert.deepEqual([a.step, b.step, c.step], [100, 100, 100], 'one step serves every request by default')
    let settled = 0
    const verdicts = [codes.rejected(b), codes.rejected(c)].map(verdict => verdict.finally(() => settled++))
    await Promise.resolve()
    assert.equal(settled, 0, 'no verdict while a request of the same step has no answer')
    codes.accepted(a)
    assert.deepEqual(await Promise.all(verdicts), ['reuse-refused', 'reuse-refused'])
    assert.equal(codes.policy, 'one-per-step')
    const next = await Promise.all([codes.issue({ afterStep: 100 }), codes.issue({ afterStep: 100 })])
    assert.deepEqual(next.map(code => code.step).sort(), [101, 102], 'then each request waits for a step of its own')
  })

  test('a code rejected by every request that carried it is a rejection; until an acceptance, one request per step', async () => {
    const clock = new FakeClock(100 * STEP + 1_000)
    const codes = issuer(clock)
    const [a, b] = [await codes.issue(), await codes.issue()]
    const verdictA = codes.rejected(a)
    codes.released(b) // b failed for another reason (network, 429): no verdict on the code
    assert.equal(await verdictA, 'rejected')
    assert.equal(codes.policy, 'one-per-step')
    const [c, d] = await Promise.all([codes.issue({ afterStep: 100 }), codes.issue({ afterStep: 100 })])
    assert.notEqual(c.step, d.step)
    codes.accepted(c)
    codes.released(d)
    assert.equal(codes.policy, 'reuse-within-step', 'an acceptance ends the caution')
  })

  test('codes of two different steps rejected outright: every further request stops, naming both steps', async () => {
    const clock = new FakeClock(100 * STEP + 1_000)
    const codes = issuer(clock)
    const first = await codes.issue()
    const waiting = codes.issue({ afterStep: 100 }) // another package, waiting for a later step
    assert.equal(await codes.rejected(first), 'rejected')
    const second = await waiting
    assert.equal(second.step, 101)
    const third = codes.issue({ afterStep: 101 })
    assert.equal(await codes.rejected(second), 'rejected')
    await assert.rejects(third, (error: unknown) => error instanceof CodesRejected && error.codes.map(code => code.step).join() === '100,101')
    await assert.rejects(codes.issue(), CodesRejected)
  })

  test('settling a code that is not in flight is a bug, not a silent miscount', async () => {
    const clock = new FakeClock(100 * STEP + 1_000)
    const codes = issuer(clock)
    const code = await codes.issue()
    codes.accepted(code)
    assert.throws(() => codes.released(code), /no request in flight/)
  })
})
