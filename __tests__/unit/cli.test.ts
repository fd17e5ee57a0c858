import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { UsageError, looksSecret, parseCommand } from '../../src/cli/args.ts'
import { EXIT, exitCodeOf } from '../../src/cli/main.ts'
import * as errors from '../../src/core/errors.ts'

const R = 'https://registry.npmjs.org/'

describe('the command line', () => {
  test('exit codes: usage 2, authentication and 2FA 3, time-out 4, the rest 1', () => {
    assert.equal(exitCodeOf(new UsageError('x')), EXIT.usage)
    assert.equal(exitCodeOf(new errors.InvalidSeedError('x')), EXIT.usage)
    assert.equal(exitCodeOf(new errors.InvalidSettingError('tag', 'x')), EXIT.usage)
    assert.equal(exitCodeOf(new errors.PrivatePackageError('a', 'x')), EXIT.usage)
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
