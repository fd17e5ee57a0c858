/**
 * Every failure a user can fix, each with its own message, from the built
 * action run as the runner runs it, against the local registry and its gate.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, beforeEach, describe, test } from 'node:test'
import { makePackage, runAction, type ActionRun } from '../support/action.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'

let registry: TestRegistry
let work: string
let counter = 0
const WRONG_SEED = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-failures-'))
})

beforeEach(() => {
  registry.mode = 'otp'
})

after(async () => {
  // Stop the servers first: a failed check below must not leave them holding the process open.
  await registry?.stop()
  checkRunsForSecrets(undefined, registry, [WRONG_SEED])
})

/** A fresh package name for each test, so that no test depends on another's publish. */
async function freshPackage(manifest: Record<string, unknown> = {}): Promise<string> {
  const folder = `pkg-${++counter}`
  await makePackage(work, folder, { manifest: { name: `e2e-fail-${counter}`, version: '1.0.0', ...manifest } })
  return folder
}

async function run(inputs: Record<string, string>, env?: Record<string, string>): Promise<ActionRun> {
  const result = await runAction({ registry: registry.url, token: registry.token, ...inputs }, { cwd: work, env })
  return result
}

function writesSince(start: number) {
  return registry.log.slice(start).filter(record => record.method === 'PUT')
}

/** The step failed with exactly one error message matching all of `patterns`, and published nothing. */
function assertFailed(result: ActionRun, ...patterns: RegExp[]): void {
  assert.equal(result.exitCode, 1, `the step fails\n${result.stdout}`)
  assert.equal(result.stdout.split('\n').filter(line => line.startsWith('::error::')).length, 1, 'one error message')
  for (const pattern of patterns) assert.match(result.error, pattern)
  assert.equal(result.outputs.id ?? '', '', 'id is empty')
  assert.match(result.summary, /npm publish failed/)
}

describe('the registry asks for something the action cannot supply', () => {
  test('a code is demanded and no otp-secret is set: names the input and shows the YAML line', async () => {
    const start = registry.log.length
    const result = await run({ package: await freshPackage() })
    assertFailed(result, /asked for a one-time password/, /"otp-secret" input is empty/, /otp-secret: \$\{\{ secrets\.NPM_OTP_SECRET \}\}/)
    assert.equal(writesSince(start).length, 1, 'one PUT, no retry without a seed')
  })

  test('the body-only 401 (no www-authenticate header) is read as the same demand', async () => {
    registry.mode = 'otp-body-only'
    const result = await run({ package: await freshPackage() })
    assertFailed(result, /asked for a one-time password/, /otp-secret/)
  })

  test('a wrong seed: rejected twice with codes of two different steps, then stops', async () => {
    const start = registry.log.length
    const result = await run({ package: await freshPackage(), 'otp-secret': WRONG_SEED })
    assertFailed(result, /rejected the one-time password twice/, /"otp-secret" input is not the seed/, /clock/, /step \d+ .* and step \d+/)
    const puts = writesSince(start)
    assert.equal(puts.length, 2, 'exactly one retry')
    assert.ok(puts.every(put => put.status === 401))
    assert.notEqual(puts[0].otp, puts[1].otp, 'never the same code twice')
    assert.ok(Math.floor(puts[1].at / 30_000) > Math.floor(puts[0].at / 30_000), 'the retry carries a code from a later step')
  })

  test('a wrong seed with four packages at once: the four first requests, one retry, then every package stops (5 rejected requests, not 8)', async () => {
    const folders = [await freshPackage(), await freshPackage(), await freshPackage(), await freshPackage()]
    // Start early in a step, so that the four first requests carry the same code.
    const msLeft = 30_000 - (Date.now() % 30_000)
    if (msLeft < 25_000) await new Promise(resolve => setTimeout(resolve, msLeft + 200))
    const start = registry.log.length
    const result = await run({ package: folders.join('\n'), 'otp-secret': WRONG_SEED, concurrency: '4' })
    assert.equal(result.exitCode, 1)
    const puts = writesSince(start)
    assert.ok(puts.every(put => put.status === 401))
    assert.equal(new Set(puts.slice(0, 4).map(put => put.otp)).size, 1, 'the four first requests shared one code')
    assert.equal(puts.length, 5, 'then one request with a code of a later step, and no more')
    const results = JSON.parse(result.outputs.results) as { outcome: string; message?: string }[]
    assert.ok(results.every(entry => entry.outcome === 'failed' && /rejected the one-time password twice/.test(entry.message ?? '')), result.outputs.results)
  })

  test('browser / security-key 2FA: says it cannot run unattended and never prints doneUrl', async () => {
    registry.mode = 'browser'
    const start = registry.log.length
    const result = await run({ package: await freshPackage(), 'otp-secret': registry.seed })
    assertFailed(result, /web browser/, /security-key/, /cannot run unattended/)
    assert.ok(!result.visible.includes('doneUrl') && !result.visible.includes('secret-done-session'), 'doneUrl is never printed')
    assert.equal(writesSince(start).length, 1, 'no retry: a seed cannot answer it')
  })

  test('403 two-factor policy refusal: the fix is in the account or token settings', async () => {
    registry.mode = 'policy'
    const result = await run({ package: await freshPackage(), 'otp-secret': registry.seed })
    assertFailed(result, /two-factor authentication policy/, /403/, /account, token or package settings/)
  })

  test('EAUTHIP: the token is limited to other IP ranges', async () => {
    registry.mode = 'ipaddress'
    const result = await run({ package: await freshPackage(), 'otp-secret': registry.seed })
    assertFailed(result, /IP address/, /"token" input/)
  })
})

describe('token problems', () => {
  test('a bad token (E401) names the "token" input', async () => {
    registry.mode = 'open'
    const result = await run({ package: await freshPackage(), token: 'not-a-real-token' })
    assertFailed(result, /rejected the npm token/, /"token" input/)
  })

  test('no token anywhere: says where a token can come from, before any request', async () => {
    const start = registry.log.length
    const result = await run({ package: await freshPackage(), token: '' })
    assertFailed(result, /No npm token/, /"token" input is empty/, /token: \$\{\{ secrets\.NPM_TOKEN \}\}/, /NODE_AUTH_TOKEN/)
    assert.equal(registry.log.length, start, 'no request was made')
  })
})

describe('the package', () => {
  test('private: true is refused before any request', async () => {
    const start = registry.log.length
    const result = await run({ package: await freshPackage({ private: true }), 'otp-secret': registry.seed })
    assertFailed(result, /"private": true/, /Remove the "private" field/)
    assert.equal(registry.log.length, start)
  })

  test('a missing path is quoted', async () => {
    const result = await run({ package: 'packages/does-not-exist' })
    assertFailed(result, /Cannot read the package at "packages\/does-not-exist"/, /no such file or folder/, /Point the "package" input at a folder/)
  })

  test('a package.json that is not JSON', async () => {
    await mkdir(join(work, 'broken'), { recursive: true })
    await writeFile(join(work, 'broken', 'package.json'), '{ "name": "broken", ')
    const result = await run({ package: 'broken' })
    assertFailed(result, /"broken"/, /not valid JSON/)
  })

  test('a file that is neither package.json nor a .tgz', async () => {
    await writeFile(join(work, 'README.md'), '# hi\n')
    const result = await run({ package: 'README.md' })
    assertFailed(result, /"README\.md"/, /neither a package\.json nor a \.tgz/)
  })

  test('a corrupt .tgz', async () => {
    await writeFile(join(work, 'corrupt.tgz'), 'this is not gzip')
    const result = await run({ package: 'corrupt.tgz' })
    assertFailed(result, /"corrupt\.tgz"/, /not a readable npm package tarball/)
  })
})

describe('inputs', () => {
  test('a malformed seed names otp-secret and never echoes the value', async () => {
    const result = await run({ package: await freshPackage(), 'otp-secret': 'not-a-seed-0189' })
    assertFailed(result, /Input "otp-secret"/, /not base32/)
    assert.ok(!result.visible.includes('not-a-seed-0189'))
  })

  test('an invalid registry URL', async () => {
    const result = await run({ package: await freshPackage(), registry: 'registry.npmjs.org' })
    assertFailed(result, /Input "registry"/, /"registry\.npmjs\.org" is not a URL/)
  })

  test('an invalid tag', async () => {
    const result = await run({ package: await freshPackage(), tag: '^1.0.0' })
    assertFailed(result, /Input "tag"/, /semver range/)
  })

  test('an invalid access', async () => {
    const result = await run({ package: await freshPackage(), access: 'secret' })
    assertFailed(result, /Input "access"/, /"public", "restricted"/)
  })

  test('provenance without an OIDC token names the permission, before any request', async () => {
    const start = registry.log.length
    const result = await run({ package: await freshPackage(), 'otp-secret': registry.seed, provenance: 'true' })
    assertFailed(result, /Input "provenance"/, /id-token: write/)
    assert.equal(registry.log.length, start)
  })

  test('an invalid strategy', async () => {
    const result = await run({ package: await freshPackage(), strategy: 'force' })
    assertFailed(result, /Input "strategy"/, /"all", "upgrade"/)
  })
})

test('an unreachable registry names the registry and the input', async () => {
  // A port that was free a moment ago and has nothing listening.
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise(resolve => server.close(resolve))
  const result = await run({ package: await freshPackage(), registry: `http://127.0.0.1:${port}/` })
  assertFailed(result, new RegExp(`Cannot reach the registry http://127\\.0\\.0\\.1:${port}/`), /ECONNREFUSED/, /"registry" input/)
})
