import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { UsageError, looksSecret, parseCommand } from '../../src/cli/args.ts'
import { EXIT, exitCodeOf, runCli } from '../../src/cli/main.ts'
import { parseSeed } from '../../src/otp/seed.ts'
import { codeAt } from '../../src/otp/totp.ts'
import * as errors from '../../src/core/errors.ts'

const R = 'https://registry.npmjs.org/'

describe('the command line', () => {
  test('exit codes: usage 2, authentication and 2FA 3, time-out 4, the rest 1', () => {
    assert.equal(exitCodeOf(new UsageError('x')), EXIT.usage)
    assert.equal(exitCodeOf(new errors.InvalidSeedError('x')), EXIT.auth)
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

  test('secret-shaped option values are refused and never echoed; exec --help is exec\'s; an unknown command is named', async () => {
    for (const argv of [
      ['publish', '--token-env', 'npm_abcdefghijklmnopqrstuvwxyz0123'],
      ['publish', '--registry', 'npm_abcdefghijklmnopqrstuvwxyz0123'],
      ['publish', '--tag', 'JBSWY3DPEHPK3PXPJBSWY3DP'],
      ['exec', '--otp-secret-env=otpauth://totp/x?secret=JBSWY3DPEHPK3PXP', '--', 'true'],
      ['publish', '-p', 'a', '-p', 'JBSW Y3DP EHPK 3PXP'],
    ]) {
      assert.throws(
        () => parseCommand(argv),
        (error: unknown) => error instanceof UsageError && /looks like a token or a TOTP seed/.test(error.message) && !/npm_abc|JBSW|otpauth/.test(error.message),
        argv.join(' '),
      )
    }
    assert.deepEqual(parseCommand(['exec', '--help']), { kind: 'help', topic: 'exec' })
    assert.throws(() => parseCommand(['pubish']), /unknown command "pubish"/)
    const out: string[] = []
    const io = { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => out.push(text) }, env: {}, cwd: '/', version: '1.0.0' }
    assert.equal(await runCli(['exec', '--help'], io), EXIT.ok)
    assert.match(out.join(''), /^npm-otp-publish exec: run any release tool/)
  })

  test('check-seed: the code the seed makes now, on a terminal only, never in CI', async () => {
    const seed = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
    const clock = { now: () => 1_700_000_000_000, sleep: async () => undefined }
    const run = async (env: Record<string, string>, interactive: boolean) => {
      const out: string[] = []
      const err: string[] = []
      const code = await runCli(['check-seed'], { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, env, cwd: '/', version: '1', clock, interactive })
      return { code, out: out.join(''), err: err.join('') }
    }
    const shown = await run({ NPM_OTP_SECRET: seed }, true)
    assert.equal(shown.code, EXIT.ok, shown.err)
    const expected = codeAt(parseSeed(seed), 1_700_000_000)
    assert.ok(shown.out.includes(`${expected.slice(0, 3)} ${expected.slice(3)}`), shown.out)
    for (const [env, interactive, why] of [
      [{ NPM_OTP_SECRET: seed, CI: 'true' }, true, /CI is set/],
      [{ NPM_OTP_SECRET: seed }, false, /only on a terminal/],
      [{}, true, /NPM_OTP_SECRET is not set/],
    ] as const) {
      const refused = await run(env, interactive)
      assert.equal(refused.code, EXIT.usage)
      assert.equal(refused.out, '', 'no code shown')
      assert.match(refused.err, why)
      assert.ok(!refused.err.includes(expected) && !refused.err.includes(seed))
    }
  })
})
