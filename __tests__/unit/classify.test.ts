import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import * as errors from '../../src/core/errors.ts'
import { classifyRegistryError } from '../../src/core/registry/classify.ts'

const context = { registry: 'https://registry.example/', pkg: 'pkg@1.0.0', what: 'publishing pkg@1.0.0', writes: true }
const otpBody = { error: 'This operation requires a one-time password from your authenticator.' }

function failure(thrown: unknown): errors.PublishError {
  const answer = classifyRegistryError(thrown, context)
  assert.equal(answer.kind, 'fail')
  return (answer as { error: errors.PublishError }).error
}

describe('classifying registry answers', () => {
  test('EOTP is an OTP challenge', () => {
    assert.deepEqual(classifyRegistryError({ code: 'EOTP', statusCode: 401, body: otpBody }, context), { kind: 'otp', browser: false })
  })
  test('EOTP with authUrl/doneUrl is the browser flow', () => {
    const body = Buffer.from(JSON.stringify({ authUrl: 'https://x/auth', doneUrl: 'https://x/done' }))
    assert.deepEqual(classifyRegistryError({ code: 'EOTP', statusCode: 401, body }, context), { kind: 'otp', browser: true })
  })
  test('Verdaccio 409 and npmjs 403 "previously published" mean the version exists', () => {
    assert.deepEqual(classifyRegistryError({ code: 'E409', statusCode: 409, body: { error: 'this package is already present' } }, context), { kind: 'exists' })
    const npmjs = { code: 'E403', statusCode: 403, body: { error: 'You cannot publish over the previously published versions: 1.0.0.' } }
    assert.deepEqual(classifyRegistryError(npmjs, context), { kind: 'exists' })
  })
  const cases: [string, unknown, new (...args: never[]) => errors.PublishError, string | undefined][] = [
    ['E401', { code: 'E401', statusCode: 401, body: { error: 'bad token' } }, errors.TokenRejectedError, 'token'],
    ['EAUTHIP', { code: 'EAUTHIP', statusCode: 401 }, errors.IpRestrictedError, 'token'],
    ['403 two-factor policy', { code: 'E403', statusCode: 403, body: { error: 'Two-factor authentication or granular access token with bypass 2fa enabled is required to publish packages.' } }, errors.TwoFactorPolicyError, 'token'],
    ['403 TFA package policy', { code: 'E403', statusCode: 403, body: { error: 'This package requires that publishers enable TFA and provide an OTP to publish.' } }, errors.TwoFactorPolicyError, 'token'],
    ['other 403', { code: 'E403', statusCode: 403, body: { error: 'You do not have permission to publish "pkg".' } }, errors.PublishForbiddenError, 'token'],
    ['403 E_STAGE_REQUIRED (a stage-only token), by its code', { code: 'E403', statusCode: 403, body: { error: 'Forbidden', code: 'E_STAGE_REQUIRED' } }, errors.StageRequiredError, 'token'],
    ['403 of a stage-only token, by its words', { code: 'E403', statusCode: 403, body: { error: 'This token can only stage packages.' } }, errors.StageRequiredError, 'token'],
    ['403 of a package that disallows tokens', { code: 'E403', statusCode: 403, body: { error: 'This package requires two-factor authentication and disallows tokens.' } }, errors.TokensDisallowedError, 'token'],
    ['403 "2FA is required to publish this package but an automation token was specified" (npmjs, web3.js#6176): the package disallows tokens', { code: 'E403', statusCode: 403, body: { error: 'Two-factor authentication is required to publish this package but an automation token was specified' } }, errors.TokensDisallowedError, 'token'],
    ['404 on a publish', { code: 'E404', statusCode: 404, body: { error: 'Scope not found' } }, errors.PublishForbiddenError, 'token'],
    ['429', { code: 'E429', statusCode: 429, headers: { 'retry-after': ['60'] } }, errors.RateLimitedError, 'otpSecret'],
    ['500', { code: 'E500', statusCode: 500, body: Buffer.from('oops') }, errors.RegistryError, undefined],
    ['ECONNREFUSED', { code: 'ECONNREFUSED', errno: 'ECONNREFUSED' }, errors.RegistryUnreachableError, 'registry'],
    ['ENOTFOUND', { code: 'ENOTFOUND' }, errors.RegistryUnreachableError, 'registry'],
    ['time-out', { type: 'request-timeout', message: 'network timeout' }, errors.RegistryUnreachableError, 'registry'],
    ['EUSAGE (provenance)', { code: 'EUSAGE', message: 'Provenance generation in GitHub Actions requires "write" access to the "id-token" permission' }, errors.InvalidSettingError, 'provenance'],
    ['EUNSCOPED', { code: 'EUNSCOPED', message: "Can't restrict access to unscoped packages." }, errors.InvalidSettingError, 'access'],
  ]
  for (const [name, thrown, expected, setting] of cases) {
    test(`${name} becomes ${expected.name}`, () => {
      const error = failure(thrown)
      assert.ok(error instanceof expected, error.name)
      assert.equal(error.setting, setting)
    })
  }
  test('a 403 that says the trusted publisher may not do this is marked as such (the registry says so only in words)', () => {
    const error = failure({ code: 'E403', statusCode: 403, body: { error: 'OIDC permission denied for this action' } })
    assert.ok(error instanceof errors.PublishForbiddenError && error.oidcActionDenied)
    assert.ok(!(failure({ code: 'E403', statusCode: 403, body: { error: 'no permission' } }) as errors.PublishForbiddenError).oidcActionDenied)
  })
  test('a 429 message gives the retry-after value', () => {
    assert.match(failure({ statusCode: 429, headers: { 'retry-after': ['60'] } }).message, /retry after 60 s/)
  })
  test('the registry text is quoted, on one line, bounded', () => {
    const error = failure({ code: 'E403', statusCode: 403, body: { error: `no\npermission ${'x'.repeat(1000)}` } })
    assert.ok(!error.message.includes('\n'))
    assert.ok(error.message.length < 800)
  })
})

test('every error class sets name to its own class name, and a code of its own', () => {
  const codes = new Map<string, string>()
  for (const [exported, value] of Object.entries(errors)) {
    if (typeof value !== 'function' || !(value.prototype instanceof errors.PublishError)) continue
    const ErrorClass = value as unknown as new (...args: string[]) => errors.PublishError
    const error = new ErrorClass('token' as never, 'b', 'c')
    assert.equal(error.name, exported)
    assert.ok(!codes.has(error.code), `${exported} and ${codes.get(error.code)} share the code ${error.code}`)
    codes.set(error.code, exported)
  }
})

test('no error sends a user to set TOTP up again, which npmjs refuses; the ways out that remain are named', () => {
  const registry = 'https://registry.npmjs.org/'
  const cases = [
    new errors.OtpRejectedError(registry, 'Codes from steps 1 and 2.'),
    new errors.WebAuthnRequiredError(registry),
    new errors.TwoFactorPolicyError(registry, 'Two-factor authentication or granular access token with bypass 2fa enabled is required to publish packages'),
  ]
  for (const error of cases) {
    assert.doesNotMatch(error.message, /re-?enrol|enable-2fa|an account whose two-factor authentication uses an authenticator app/i, error.name)
    assert.match(error.message, /trusted publishing/i, `${error.name} names trusted publishing`)
    assert.match(error.message, /stag/i, `${error.name} names staging`)
  }
})
