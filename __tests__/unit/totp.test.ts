import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { TotpSeed } from '../../src/otp/seed.ts'
import { codeAt, codeForStep, secondsLeftInStep, stepAt } from '../../src/otp/totp.ts'

// RFC 6238 Appendix B: ASCII secrets "1234567890" repeated to 20, 32 and 64 bytes, 8 digits, 30 s steps.
const SECRETS = {
  sha1: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  sha256: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA',
  sha512: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA',
} as const
const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
]

describe('RFC 6238 Appendix B vectors', () => {
  for (const [time, sha1, sha256, sha512] of VECTORS) {
    for (const [algorithm, expected] of [['sha1', sha1], ['sha256', sha256], ['sha512', sha512]] as const) {
      test(`${algorithm.toUpperCase()} at T=${time} gives ${expected}`, () => {
        const seed: TotpSeed = { secret: SECRETS[algorithm], algorithm, digits: 8, period: 30 }
        assert.equal(codeAt(seed, time), expected)
      })
    }
  }
})

describe('step arithmetic', () => {
  const cases: [number, number, number, number][] = [
    // period, epoch seconds, step, seconds left
    [30, 0, 0, 30],
    [30, 29.5, 0, 0.5],
    [30, 30, 1, 30],
    [30, 59, 1, 1],
    [60, 59, 0, 1],
    [30, 1111111109, 37037036, 1],
    [30, 1111111111, 37037037, 29],
  ]
  for (const [period, time, step, left] of cases) {
    test(`period ${period}, t=${time}: step ${step}, ${left} s left`, () => {
      assert.equal(stepAt(period, time), step)
      assert.equal(secondsLeftInStep(period, time), left)
    })
  }
  test('a code belongs to its step: same inside, different across the boundary', () => {
    const seed: TotpSeed = { secret: SECRETS.sha1, algorithm: 'sha1', digits: 6, period: 30 }
    assert.equal(codeAt(seed, 60), codeAt(seed, 89.999))
    assert.equal(codeAt(seed, 60), codeForStep(seed, 2))
    assert.notEqual(codeAt(seed, 89.999), codeAt(seed, 90))
  })
})
