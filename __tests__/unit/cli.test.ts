import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { UsageError, looksSecret, parseCommand } from '../../src/cli/args.ts'
import { EXIT, cliMessage, exitCodeOf } from '../../src/cli/main.ts'
import * as errors from '../../src/errors.ts'

const R = 'https://registry.npmjs.org/'
const choice = { url: R, source: 'the workflow' }
/** One of every error the core raises, with sample arguments. */
const SAMPLES: errors.PublishError[] = [
  new errors.InvalidInputError('concurrency', '"0" is not a whole number from 1 to 64'),
  new errors.InvalidInputError('dry-run', '"yes" is not a boolean. Use true or false'),
  new errors.InvalidSeedError('it is a 6-digit one-time code'),
  new errors.PackageNotFoundError('pkg', 'no such file or folder'),
  new errors.InvalidManifestError('pkg', 'no name'),
  new errors.PrivatePackageError('a', 'pkg'),
  new errors.TokenMissingError(R),
  new errors.RegistryMismatchError('a@1.0.0', choice, choice, 'token'),
  new errors.RegistryMismatchError('a@1.0.0', choice, choice, 'code'),
  new errors.TrustedPublishingError('a@1.0.0', R, 'no trusted publisher'),
  new errors.TokenRejectedError(R, 'unauthorized'),
  new errors.OtpRequiredError(R),
  new errors.OtpRejectedError(R, 'Codes were made for step 1.'),
  new errors.WebAuthnRequiredError(R),
  new errors.TwoFactorPolicyError(R, 'policy'),
  new errors.IpRestrictedError(R),
  new errors.PublishForbiddenError(R, 'a', 'forbidden'),
  new errors.RegistryUnreachableError(R, 'ECONNREFUSED'),
  new errors.RegistryCertificateError(R, 'SELF_SIGNED_CERT_IN_CHAIN'),
  new errors.NpmConfigError('/home/me/.npmrc', 'bad'),
  new errors.RegistryRedirectError(R, 'the version check', 302, 'https://elsewhere.example/x'),
  new errors.RateLimitedError(R, '5'),
  new errors.RegistryError(R, 'publishing a', 'HTTP 500'),
  new errors.VersionConflictError('a@1.0.0', R),
  new errors.TimeoutError(600, 'the publish request'),
]

describe('the command line', () => {
  test('the samples cover every error class the core has', () => {
    const classes = Object.values(errors as Record<string, unknown>).filter(
      (value): value is typeof errors.PublishError => typeof value === 'function' && value.prototype instanceof errors.PublishError,
    )
    assert.ok(classes.length >= 20)
    for (const kind of classes) assert.ok(SAMPLES.some(sample => sample instanceof kind), `a sample of ${kind.name}`)
  })

  test("every core message, in the CLI's words, speaks of options and variables, not of inputs or workflow syntax", () => {
    for (const error of SAMPLES) {
      const text = cliMessage(error.message, { tokenVariable: 'NPM_TOKEN', seedVariable: 'MY_SEED' })
      assert.doesNotMatch(text, /"with:"|\$\{\{|\binput\b|Input "/, `${error.name}: ${text}`)
    }
    assert.match(cliMessage(new errors.OtpRequiredError(R).message, { tokenVariable: 'NPM_TOKEN', seedVariable: 'MY_SEED' }), /but MY_SEED is not set\. Set MY_SEED/)
  })

  test('exit codes: usage 2, authentication and 2FA 3, time-out 4, the rest 1', () => {
    assert.equal(exitCodeOf(new UsageError('x')), EXIT.usage)
    assert.equal(exitCodeOf(new errors.InvalidSeedError('x')), EXIT.usage)
    assert.equal(exitCodeOf(new errors.OtpRejectedError(R, 'x')), EXIT.auth)
    assert.equal(exitCodeOf(new errors.TokenMissingError(R)), EXIT.auth)
    assert.equal(exitCodeOf(new errors.TimeoutError(1, 'x')), EXIT.timeout)
    assert.equal(exitCodeOf(new errors.VersionConflictError('a@1', R)), EXIT.failed)
    assert.equal(exitCodeOf(new Error('anything')), EXIT.failed)
  })

  test('arguments: the command, repeatable --package, --no-ignore-scripts; secrets refused without being echoed', () => {
    const command = parseCommand(['publish', '-p', 'a', '--package', 'b', '--no-ignore-scripts', '--dry-run'])
    assert.equal(command.kind, 'publish')
    if (command.kind === 'publish') {
      assert.deepEqual(command.values.package, ['a', 'b'])
      assert.equal(command.values['ignore-scripts'], false)
    }
    for (const argv of [['publish', '--token', 'npm_abcdefghijklmnopqrstuvwxyz'], ['publish', '--otp-secret=JBSWY3DPEHPK3PXP'], ['publish', 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP'], ['--tokn=npm_abcdefghijklmnopqrstuvwxyz', 'publish']]) {
      assert.throws(
        () => parseCommand(argv),
        (error: unknown) => error instanceof UsageError && !/npm_abc|JBSWY3DP|otpauth/.test(error.message),
      )
    }
    assert.ok(looksSecret('JBSW Y3DP EHPK 3PXP JBSW Y3DP'))
    assert.ok(!looksSecret('publish'))
  })
})
