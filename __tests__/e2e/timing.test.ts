/**
 * Never lose a race with the clock: registries whose clock is off, a
 * registry that checks the code only after a slow upload. Each run must end
 * published with one PUT, and no code may ever be sent after its step ended.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { after, afterEach, before, describe, test } from 'node:test'
import { makePackage, npm, runAction, type ActionRun } from '../support/action.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'

let registry: TestRegistry
let work: string
let counter = 0

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-timing-'))
})

afterEach(() => {
  registry.rejectReusedCodes = false
  registry.acceptedCodes.clear()
  registry.clockOffsetMs = 0
  registry.acceptPreviousSteps = 1
  registry.readBytesPerSecond = 0
})

after(async () => {
  // Stop the servers first: a failed check below must not leave them holding the process open.
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
  // No code, in any run of this file, was sent after its step had ended (by the registry's clock).
  for (const record of registry.log.filter(r => r.otp)) assert.equal(record.stepDelta, 0, `${record.method} ${record.path}`)
})

async function publishFresh(files: Record<string, string> = {}): Promise<{ run: ActionRun; puts: typeof registry.log; name: string }> {
  const name = `e2e-timing-${++counter}`
  await makePackage(work, name, { manifest: { name, version: '1.0.0' }, files })
  const start = registry.log.length
  const run = await runAction({ registry: registry.url, token: registry.token, package: name, 'otp-secret': registry.seed }, { cwd: work })
  return { run, puts: registry.log.slice(start).filter(r => r.method === 'PUT'), name }
}

describe("a registry whose clock is off from the runner's", () => {
  for (const offsetSeconds of [45, -45, 90, -90]) {
    test(`${offsetSeconds > 0 ? '+' : ''}${offsetSeconds} s: measured from the Date header, codes made at registry time, one PUT`, async () => {
      registry.clockOffsetMs = offsetSeconds * 1000
      registry.acceptPreviousSteps = 0
      const { run, puts, name } = await publishFresh()
      assert.equal(run.exitCode, 0, run.stdout)
      assert.deepEqual(puts.map(put => put.status), [201], 'published with the first PUT')
      const notice = /::notice::The runner's clock is ([\d.]+) s (behind|ahead of) the registry's/.exec(run.stdout)
      assert.ok(notice, 'a notice gives the measured offset')
      assert.equal(notice[2], offsetSeconds > 0 ? 'behind' : 'ahead of')
      assert.ok(Math.abs(Number(notice[1]) - Math.abs(offsetSeconds)) < 2, `measured ${notice[1]} s for ${offsetSeconds} s`)
      assert.equal(JSON.parse(await npm(['view', name, 'version', '--json', '--registry', registry.url], work)), '1.0.0')
    })
  }

  test('a clock within a second or two is left alone, without a notice', async () => {
    const { run, puts } = await publishFresh()
    assert.equal(run.exitCode, 0, run.stdout)
    assert.deepEqual(puts.map(put => put.status), [201])
    assert.doesNotMatch(run.stdout, /::notice::The runner's clock/)
  })
})

describe('a registry that checks the code only after reading a slow upload', () => {
  test('waits for a fresh step rather than start an upload that would outlive its code', async () => {
    registry.acceptPreviousSteps = 0
    registry.readBytesPerSecond = 500_000
    // About 2 MB of incompressible data: a body of about 2.7 MB, read by the gate in about 5.5 s.
    const files = { 'blob.bin': randomBytes(2_000_000).toString('latin1') }
    // Start when about 7.5 s of the step are left: enough for a code with a 5 s margin, not for this upload.
    const msLeft = 30_000 - (Date.now() % 30_000)
    await sleep((msLeft - 7_500 + 30_000) % 30_000)
    const { run, puts } = await publishFresh(files)
    assert.equal(run.exitCode, 0, run.stdout)
    assert.deepEqual(puts.map(put => put.status), [201], 'published with the first PUT')
    assert.match(run.stdout, /Waited [\d.]+ s for a fresh time step: the request needs about [\d.]+ s/)
    assert.ok(puts[0].at - puts[0].arrived > 4_000, 'the gate really took its time reading the body')
  })
})

describe('a registry that refuses to accept the same code twice', () => {
  test('after the first refused reuse, the run switches to one step per request and finishes', async () => {
    registry.rejectReusedCodes = true
    const names = ['a', 'b', 'c'].map(letter => `e2e-reuse-${letter}`)
    for (const name of names) await makePackage(join(work, 'reuse'), name, { manifest: { name, version: '1.0.0' } })
    // Start early in a step, so that the second package would reuse the first one's step.
    const msLeft = 30_000 - (Date.now() % 30_000)
    if (msLeft < 25_000) await sleep(msLeft + 200)
    const start = registry.log.length
    const run = await runAction(
      { registry: registry.url, token: registry.token, 'otp-secret': registry.seed, package: 'reuse/*', concurrency: '1' },
      { cwd: work },
    )
    assert.equal(run.exitCode, 0, run.stdout)
    const puts = registry.log.slice(start).filter(r => r.method === 'PUT')
    assert.deepEqual(puts.map(put => put.status), [201, 401, 201, 201], 'one refused reuse, then a step per request')
    assert.equal(run.stdout.match(/it takes each code once/g)?.length, 1)
    const accepted = puts.filter(put => put.status === 201).map(put => put.otp)
    assert.equal(new Set(accepted).size, 3, 'three different codes were accepted')
  })

  test('several publish requests at once with the same code: the refused ones wait for steps of their own, and everything is published', async () => {
    registry.rejectReusedCodes = true
    const root = join(work, 'reuse-workspace')
    const names = ['a', 'b', 'c'].map(letter => `e2e-reuse-ws-${letter}`)
    await makePackage(work, 'reuse-workspace', { manifest: { name: 'reuse-root', version: '1.0.0', private: true, workspaces: ['packages/*'] } })
    for (const name of names) await makePackage(join(root, 'packages'), name, { manifest: { name, version: '1.0.0' } })
    // Start early in a step, so that the packages' first requests all carry its code.
    const msLeft = 30_000 - (Date.now() % 30_000)
    if (msLeft < 25_000) await sleep(msLeft + 200)
    const start = registry.log.length
    // Default concurrency (4): the three independent packages are sent together.
    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, package: 'reuse-workspace', workspaces: 'true' }, { cwd: work })
    assert.equal(run.exitCode, 0, run.stdout)
    const results = JSON.parse(run.outputs.results) as { name: string; outcome: string }[]
    assert.deepEqual(results.filter(r => names.includes(r.name)).map(r => r.outcome), ['published', 'published', 'published'])

    const puts = registry.log.slice(start).filter(r => r.method === 'PUT')
    const firstCode = puts[0].otp
    const shared = puts.filter(put => put.otp === firstCode)
    assert.equal(shared.length, 3, 'the three first requests carried the same code (the case under test)')
    assert.deepEqual(shared.map(put => put.status).sort(), [201, 401, 401], 'the registry took that code once')
    const accepted = puts.filter(put => put.status === 201).map(put => put.otp)
    assert.equal(accepted.length, 3)
    assert.equal(new Set(accepted).size, 3, 'after the refusals, every request had a step of its own')
    assert.equal(puts.length, 5, 'no request beyond one per refused package')
    assert.equal(run.stdout.match(/it takes each code once/g)?.length, 1)
    assert.doesNotMatch(run.stdout, /rejected the one-time password twice/)
    for (const name of names) assert.equal((await npm(['view', name, 'version', '--registry', registry.url], work)).trim(), '1.0.0')
  })
})
