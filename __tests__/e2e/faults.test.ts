/**
 * Faults between the action and the registry, injected by the gate: each run
 * ends either published exactly once with our tarball's integrity, or not
 * published with a clear message; a re-run then converges to published.
 */
import assert from 'node:assert/strict'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, afterEach, before, describe, test } from 'node:test'
import { makePackage, npm, runAction, type ActionRun } from '../support/action.ts'
import { startRegistry, type GateRecord, type TestRegistry } from '../support/registry.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'

let registry: TestRegistry
let work: string
let counter = 0

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-faults-'))
})

afterEach(() => {
  registry.faults = []
  registry.delayMs = 0
  registry.rateLimitNext = 0
  registry.retryAfter = undefined
})

after(async () => {
  // Stop the servers first: a failed check below must not leave them holding the process open.
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
})

interface Attempt {
  run: ActionRun
  puts: GateRecord[]
}

async function freshPackage(): Promise<{ name: string; folder: string }> {
  const name = `e2e-fault-${++counter}`
  await makePackage(work, name, { manifest: { name, version: '1.0.0' } })
  return { name, folder: name }
}

async function publish(folder: string, inputs: Record<string, string> = {}): Promise<Attempt> {
  const start = registry.log.length
  const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, package: folder, ...inputs }, { cwd: work })
  return { run, puts: registry.log.slice(start).filter(record => record.method === 'PUT') }
}

/** The version is on the registry once, and its integrity is that of the tarball npm packs from the folder. */
async function assertPublishedOnce(name: string): Promise<void> {
  const stored = registry.log.filter(record => record.method === 'PUT' && decodeURIComponent(record.path.slice(1)) === name && record.status === 201)
  assert.equal(stored.length, 1, `${name} was stored exactly once`)
  const [packed] = JSON.parse(await npm(['pack', '--dry-run', '--json', '--ignore-scripts'], join(work, name))) as { integrity: string }[]
  const integrity = JSON.parse(await npm(['view', `${name}@1.0.0`, 'dist.integrity', '--json', '--registry', registry.url], work))
  assert.equal(integrity, packed.integrity, 'the registry holds our tarball')
}

describe('faults on the publish request', () => {
  test('a 5xx on the first PUT: the registry is checked, the PUT sent again, published once', async () => {
    const { name, folder } = await freshPackage()
    registry.faults = ['error-503']
    const { run, puts } = await publish(folder)
    assert.equal(run.exitCode, 0, run.stdout)
    assert.deepEqual(puts.map(put => put.status), [503, 201])
    assert.match(run.stdout, /::warning::The publish request failed \(.*HTTP 503.*\); checking the registry before trying again/)
    await assertPublishedOnce(name)
  })

  test('the connection is reset in the middle of the upload: published once on the second try', async () => {
    const { name, folder } = await freshPackage()
    registry.faults = ['reset-mid-upload']
    const { run, puts } = await publish(folder)
    assert.equal(run.exitCode, 0, run.stdout)
    assert.deepEqual(puts.map(put => put.status), [0, 201])
    await assertPublishedOnce(name)
  })

  test('the PUT was stored but its answer never arrived: recognised by integrity, not sent again', async () => {
    const { name, folder } = await freshPackage()
    registry.faults = ['lose-response']
    const { run, puts } = await publish(folder)
    assert.equal(run.exitCode, 0, run.stdout)
    assert.deepEqual(puts.map(put => put.status), [201], 'one PUT: the check found it stored')
    assert.equal(run.outputs.id, `${name}@1.0.0`)
    assert.match(run.summary, /stored by an attempt whose answer was lost; same integrity/)
    await assertPublishedOnce(name)
  })

  test('a registry that stalls past the timeout: stopped at the "timeout" input, not published; a re-run publishes', async () => {
    const { name, folder } = await freshPackage()
    registry.faults = ['stall']
    const started = Date.now()
    const { run } = await publish(folder, { timeout: '6' })
    assert.ok(Date.now() - started < 60_000, 'the run ended instead of hanging')
    assert.equal(run.exitCode, 1)
    assert.match(run.error, /past the time limit \(timeout: 6 s\)\. .* raise the "timeout" input/)
    assert.match(run.error, /a re-run checks the registry and publishes only what is missing/)
    await assert.rejects(npm(['view', `${name}@1.0.0`, 'version', '--registry', registry.url], work), /E404|404/)

    const { run: rerun } = await publish(folder)
    assert.equal(rerun.exitCode, 0, rerun.stdout)
    await assertPublishedOnce(name)
  })

  test('429 without retry-after: backs off and publishes', async () => {
    const { name, folder } = await freshPackage()
    registry.rateLimitNext = 1
    const { run, puts } = await publish(folder)
    assert.equal(run.exitCode, 0, run.stdout)
    assert.deepEqual(puts.map(put => put.status), [429, 201])
    assert.match(run.stdout, /waiting 2 s before trying again \(1 of 3\)/)
    await assertPublishedOnce(name)
  })

  test('429 on every try: bounded, then a clear failure; a re-run publishes', async () => {
    const { name, folder } = await freshPackage()
    registry.rateLimitNext = 4
    registry.retryAfter = '1'
    const { run, puts } = await publish(folder)
    assert.equal(run.exitCode, 1)
    assert.equal(puts.length, 4, 'three retries, then stop')
    assert.match(run.error, /answered 429 Too Many Requests \(retry after 1 s\)/)
    const { run: rerun } = await publish(folder)
    assert.equal(rerun.exitCode, 0, rerun.stdout)
    await assertPublishedOnce(name)
  })

  test('a slow registry (2 s per answer): published once', async () => {
    const { name, folder } = await freshPackage()
    registry.delayMs = 2_000
    const { run } = await publish(folder)
    assert.equal(run.exitCode, 0, run.stdout)
    await assertPublishedOnce(name)
  })

  test('5xx on every try: not published, a clear message, and a re-run publishes', async () => {
    const { name, folder } = await freshPackage()
    registry.faults = ['error-503', 'error-503', 'error-503']
    const { run, puts } = await publish(folder)
    assert.equal(run.exitCode, 1)
    assert.equal(puts.length, 3, 'two resends, each after a check, then stop')
    assert.match(run.error, /failed publishing .*HTTP 503/)
    const { run: rerun } = await publish(folder)
    assert.equal(rerun.exitCode, 0, rerun.stdout)
    await assertPublishedOnce(name)
  })
})

describe('a version that is there with other contents', () => {
  test('is a clear error, never a silent success', async () => {
    const { name, folder } = await freshPackage()
    // Someone publishes 1.0.0 with other contents...
    await makePackage(work, `${name}-other`, { manifest: { name, version: '1.0.0', description: 'other contents' } })
    assert.equal((await publish(`${name}-other`)).run.exitCode, 0)
    // ...and the registry's packument hides it from our version check, as a stale cache would.
    registry.faults = ['hide-packument']
    const { run } = await publish(folder)
    assert.equal(run.exitCode, 1)
    assert.match(run.error, new RegExp(`${name}@1\\.0\\.0 is already on .* with different contents than this tarball`))
    assert.match(run.error, /bump "version"/)
  })
})

describe('secrets in error bodies', () => {
  test('a registry that echoes the request headers (token, code) in its error never gets them printed', async () => {
    const { folder } = await freshPackage()
    registry.faults = ['echo-headers', 'echo-headers', 'echo-headers']
    const { run } = await publish(folder)
    assert.equal(run.exitCode, 1)
    assert.match(run.error, /HTTP 500/)
    assert.ok(run.stdout.includes('authorization') || run.error.includes('authorization'), 'the echoed text does reach the message')
    // checkRunsForSecrets (after) fails if the token or any code the gate saw appears.
  })
})
