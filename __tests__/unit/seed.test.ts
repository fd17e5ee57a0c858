import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ACTION_WORDS } from '../../src/action/words.ts'
import { render } from '../../src/common/text.ts'
import { InvalidSeedError } from '../../src/core/errors.ts'
import { seedSetting } from '../../src/core/settings.ts'
import { parseSeed, seedForms } from '../../src/otp/seed.ts'

const KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

describe('base32 seeds', () => {
  const accepted: [string, string][] = [
    ['upper case', KEY],
    ['lower case', KEY.toLowerCase()],
    ['groups of four with spaces, as npm shows it', 'jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp'],
    ['dashes', 'JBSW-Y3DP-EHPK-3PXP-JBSW-Y3DP-EHPK-3PXP'],
    ['= padding', `${KEY}======`],
    ['surrounding white space and a newline', `  ${KEY}\n`],
    ['tabs between groups', 'JBSWY3DP\tEHPK3PXP\tJBSWY3DP\tEHPK3PXP'],
  ]
  for (const [name, value] of accepted) {
    test(`accepts ${name}`, () => {
      assert.deepEqual(parseSeed(value), { secret: KEY, algorithm: 'sha1', digits: 6, period: 30 })
    })
  }
  test('accepts a 10-byte (80-bit) seed, as authenticator apps do', () => {
    assert.equal(parseSeed('JBSWY3DPEHPK3PXP').secret, 'JBSWY3DPEHPK3PXP')
  })
})

describe('otpauth:// URIs', () => {
  test('defaults: SHA1, 6 digits, 30 s', () => {
    assert.deepEqual(parseSeed(`otpauth://totp/npm:someone?secret=${KEY}&issuer=npm`), { secret: KEY, algorithm: 'sha1', digits: 6, period: 30 })
  })
  test('honours algorithm, digits and period', () => {
    assert.deepEqual(parseSeed(`otpauth://totp/x?secret=${KEY.toLowerCase()}&algorithm=SHA512&digits=8&period=60`), {
      secret: KEY,
      algorithm: 'sha512',
      digits: 8,
      period: 60,
    })
  })
  test('the scheme is case-insensitive', () => {
    assert.equal(parseSeed(`OTPAUTH://totp/x?secret=${KEY}`).secret, KEY)
  })
})

describe('malformed seeds name the input and never echo the value', () => {
  const rejected: [string, string, RegExp][] = [
    ['empty', '', /empty/],
    ['only white space', '   \n', /empty/],
    ['only separators', ' - - = ', /empty/],
    ['characters outside base32', 'JBSWY3DPEHPK3PX1JBSWY3DP', /not base32/],
    ['a 6-digit code instead of the seed', '123456', /one-time code/],
    ['a hex recovery code', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', /not base32/],
    ['too short', 'JBSWY3DP', /too short/],
    ['too long', 'A'.repeat(200), /too long/],
    ['an otpauth://hotp URI', `otpauth://hotp/x?secret=${KEY}&counter=1`, /hotp/],
    ['an unsupported algorithm', `otpauth://totp/x?secret=${KEY}&algorithm=MD5`, /algorithm/],
    ['unsupported digits', `otpauth://totp/x?secret=${KEY}&digits=10`, /digits/],
    ['a URI without a secret', 'otpauth://totp/x?issuer=npm', /secret/],
    ['a URI with a bad secret', 'otpauth://totp/x?secret=not-base-32!', /not base32/],
    ['a period out of range', `otpauth://totp/x?secret=${KEY}&period=5`, /period/],
  ]
  for (const [name, value, problem] of rejected) {
    test(name, () => {
      assert.throws(
        () => seedSetting(value),
        (error: unknown) => {
          assert.ok(error instanceof InvalidSeedError)
          const said = render(error.text, ACTION_WORDS)
          assert.match(said, /^Input "otp-secret"/)
          assert.match(said, problem)
          assert.equal(error.setting, 'otpSecret')
          const trimmed = value.trim()
          if (trimmed.length >= 4) assert.ok(!said.includes(trimmed), 'the value is not echoed')
          return true
        },
      )
    })
  }
})

test('seedForms lists the raw, trimmed and normalised forms for masking', () => {
  const raw = ` ${KEY.toLowerCase().replace(/(.{4})/g, '$1 ')}\n`
  const forms = seedForms(raw, parseSeed(raw))
  assert.ok(forms.includes(raw))
  assert.ok(forms.includes(raw.trim()))
  assert.ok(forms.includes(KEY))
  assert.ok(forms.includes(KEY.toLowerCase()))
})
