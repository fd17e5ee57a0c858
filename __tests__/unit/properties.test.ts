/**
 * Property-based tests (fast-check): no input makes seed parsing or input
 * normalisation throw anything but our own error types, and every
 * spelling of a valid seed normalises to the same secret.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { ScureBase32Plugin } from 'otplib'
import { readInputs } from '../../src/action/inputs.ts'
import { checkBoolean } from '../../src/action/parse.ts'
import { PublishError } from '../../src/core/errors.ts'
import { choiceSetting, integerSetting, tagSetting } from '../../src/core/settings.ts'
import { SeedError, parseSeed } from '../../src/otp/seed.ts'

const base32 = new ScureBase32Plugin()
const RUNS = { numRuns: 2_000 }

/** Strings that look like what people paste: base32-ish, digits, URIs, separators, unicode. */
const seedLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.stringMatching(/^[A-Za-z2-7 =-]{0,120}$/),
  fc.stringMatching(/^otpauth:\/\/(totp|hotp|x)?\/[^?]{0,20}\?[a-z=&%0-9A-Z.-]{0,120}$/),
  fc.stringMatching(/^\d{0,12}$/),
)

describe('seed parsing', () => {
  test('returns a seed or throws SeedError, never anything else', () => {
    fc.assert(
      fc.property(seedLike, value => {
        try {
          const seed = parseSeed(value)
          assert.match(seed.secret, /^[A-Z2-7]+$/)
          assert.ok([6, 7, 8].includes(seed.digits))
        } catch (error) {
          assert.ok(error instanceof SeedError, `threw ${String(error)}`)
        }
      }),
      RUNS,
    )
  })

  test('an error never quotes the value', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9!@#$%^&*]{12,40}$/), value => {
        try {
          parseSeed(value)
        } catch (error) {
          assert.ok(!(error as Error).message.includes(value))
        }
      }),
      RUNS,
    )
  })

  test('every spelling of a valid seed (case, spaces, dashes, padding, a URI) normalises to the same secret', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 64 }),
        fc.array(fc.constantFrom('', ' ', '-', '  ', '\t'), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.nat(6),
        fc.boolean(),
        (bytes, separators, lower, padding, asUri) => {
          const canonical = base32.encode(bytes, { padding: false })
          let spelled = canonical
            .split('')
            .map((char, i) => (i > 0 && i % 4 === 0 ? separators[i % separators.length] : '') + char)
            .join('')
          if (lower) spelled = spelled.toLowerCase()
          spelled += '='.repeat(padding)
          const input = asUri ? `otpauth://totp/npm:someone?secret=${encodeURIComponent(spelled.replace(/\s/g, ''))}&issuer=npm` : spelled
          assert.equal(parseSeed(input).secret, canonical)
        },
      ),
      RUNS,
    )
  })
})

describe('input normalisation', () => {
  const names = ['token', 'otp-secret', 'package', 'registry', 'tag', 'access', 'provenance', 'strategy', 'ignore-scripts', 'dry-run', 'workspaces', 'concurrency', 'timeout']

  test('readInputs returns settings or throws one of our errors, for any values of every input', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), fc.oneof(fc.string(), seedLike, fc.constantFrom('true', 'false', 'public', 'all', '4', 'https://r.example/'))), inputs => {
        try {
          readInputs({ getInput: name => inputs[name] ?? '', setSecret: () => undefined, env: {}, cwd: '/work' })
        } catch (error) {
          assert.ok(error instanceof PublishError, `threw ${String(error)}`)
          assert.ok(error.setting, 'the error names a setting')
        }
      }),
      RUNS,
    )
  })

  test('each validator either accepts or names its setting', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), value => {
        for (const check of [
          () => tagSetting(value),
          () => choiceSetting('access', value, ['public', 'restricted']),
          () => checkBoolean('dryRun', value),
          () => integerSetting('concurrency', value, 1, 64),
        ]) {
          try {
            check()
          } catch (error) {
            assert.ok(error instanceof PublishError && error.setting, `threw ${String(error)}`)
          }
        }
      }),
      RUNS,
    )
  })
})
