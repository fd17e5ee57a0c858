/**
 * Many packages in one step: dependency order, a fresh code per request,
 * partial failures and re-runs, cycles, globs and mixed lists, run as the
 * runner runs the built action against the local registry and its OTP gate.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, afterEach, before, describe, test } from 'node:test'
import { makePackage, npm, runAction, type ActionRun } from '../support/action.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { startRegistry, type GateRecord, type TestRegistry } from '../support/registry.ts'

let registry: TestRegistry
let work: string

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-monorepo-'))
})

afterEach(() => {
  registry.mode = 'otp'
  registry.forbidden.clear()
  registry.rateLimitNext = 0
  registry.retryAfter = undefined
  registry.rejectReusedCodes = false
})

after(async () => {
  // Stop the servers first: a failed check below must not leave them holding the process open.
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
})

interface Results {
  name: string
  version: string
  outcome: string
  tag: string
  message?: string
}

async function run(cwd: string, inputs: Record<string, string>): Promise<{ run: ActionRun; results: Results[]; puts: GateRecord[] }> {
  const start = registry.log.length
  const result = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, ...inputs }, { cwd })
  const results = result.outputs.results ? (JSON.parse(result.outputs.results) as Results[]) : []
  return { run: result, results, puts: registry.log.slice(start).filter(record => record.method === 'PUT') }
}

/** A workspace root with `packages/<folder>` for each package. */
async function workspace(name: string, packages: { folder: string; manifest: Record<string, unknown> }[]): Promise<string> {
  const root = join(work, name)
  await makePackage(work, name, { manifest: { name: `${name}-root`, version: '0.0.0', private: true, workspaces: ['packages/*'] } })
  for (const { folder, manifest } of packages) await makePackage(join(root, 'packages'), folder, { manifest })
  return root
}

const nameOf = (record: GateRecord) => decodeURIComponent(record.path.slice(1))

/** Every accepted PUT came after the accepted PUTs of the package's dependencies. */
function assertDependencyOrder(puts: GateRecord[], dependencies: Map<string, string[]>): void {
  const position = new Map(puts.filter(put => put.status === 201).map((put, index) => [nameOf(put), index]))
  for (const [name, deps] of dependencies) {
    if (!position.has(name)) continue
    for (const dep of deps) {
      assert.ok(position.has(dep), `${dep} was published before ${name}`)
      assert.ok(position.get(dep)! < position.get(name)!, `${dep} is published before ${name}, which depends on it`)
    }
  }
}

describe('a workspace of 32 packages with internal dependencies', () => {
  const count = 32
  const name = (i: number) => `@mono/p${String(i).padStart(2, '0')}`
  // Package i depends on i-1 and on i/2: a deep chain with fan-in, plus peer and optional edges.
  const dependencies = new Map<string, string[]>()
  const packages = Array.from({ length: count }, (_, i) => {
    const deps: Record<string, string> = {}
    const peers: Record<string, string> = {}
    const optional: Record<string, string> = {}
    if (i > 0 && i % 3 !== 0) deps[name(i - 1)] = '^1.0.0'
    if (i > 1) deps[name(Math.floor(i / 2))] = '^1.0.0'
    if (i > 4 && i % 5 === 0) peers[name(i - 4)] = '^1.0.0'
    if (i > 6 && i % 7 === 0) optional[name(i - 6)] = '^1.0.0'
    dependencies.set(name(i), [...Object.keys(deps), ...Object.keys(peers), ...Object.keys(optional)])
    return {
      folder: `p${String(i).padStart(2, '0')}`,
      manifest: {
        name: name(i),
        version: '1.0.0',
        dependencies: deps,
        peerDependencies: peers,
        optionalDependencies: optional,
        devDependencies: i < count - 1 ? { [name(count - 1)]: '^1.0.0' } : {},
        publishConfig: { access: 'public' },
      },
    }
  })

  test('publishes all in dependency order, a fresh valid code on every request; a re-run publishes nothing', async () => {
    const root = await workspace('mono', [...packages, { folder: 'internal', manifest: { name: '@mono/internal', version: '1.0.0', private: true } }])
    const { run: first, results, puts } = await run(root, { workspaces: 'true', concurrency: '4' })
    assert.equal(first.exitCode, 0, first.stdout)

    assert.equal(results.length, count + 1)
    assert.deepEqual(results.filter(r => r.outcome === 'published').map(r => r.name).sort(), packages.map(p => p.manifest.name).sort())
    assert.deepEqual(results.filter(r => r.outcome === 'skipped').map(r => [r.name, r.message]), [['@mono/internal', 'private package ("private": true)']])
    assert.equal(first.outputs.id.split('\n').length, count)
    assert.equal(first.outputs.name, '')
    assert.match(first.summary, /npm publish: 33 packages, 32 published, 1 skipped/)

    assert.equal(puts.length, count, 'one PUT per package')
    assert.ok(puts.every(put => put.status === 201))
    assert.ok(puts.every(put => put.otp && put.stepDelta === 0), 'every request carried a code of the step it was sent in')
    assertDependencyOrder(puts, dependencies)

    const consumer = await mkdtemp(join(tmpdir(), 'otp-publish-consumer-'))
    await writeFile(join(consumer, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}\n')
    await npm(['install', `${name(count - 1)}@1.0.0`, '--registry', registry.url], consumer)
    const installed = await readdir(join(consumer, 'node_modules', '@mono'))
    assert.ok(installed.includes('p15') && installed.includes('p30'), 'the dependency chain installs from the registry')

    const { run: again, results: rerun, puts: rerunPuts } = await run(root, { workspaces: 'true' })
    assert.equal(again.exitCode, 0)
    assert.equal(rerunPuts.length, 0, 'nothing is published twice')
    assert.equal(again.outputs.id, '')
    assert.equal(rerun.filter(r => r.outcome === 'skipped').length, count + 1)
  })
})

describe('failures in a batch', () => {
  test('a package refused for its own reason fails alone, its dependents are not attempted, and a re-run completes the rest', async () => {
    // a <- b <- c, and d, e independent.
    const root = await workspace('partial', [
      { folder: 'a', manifest: { name: 'partial-a', version: '1.0.0' } },
      { folder: 'b', manifest: { name: 'partial-b', version: '1.0.0', dependencies: { 'partial-a': '1.0.0' } } },
      { folder: 'c', manifest: { name: 'partial-c', version: '1.0.0', dependencies: { 'partial-b': '1.0.0' } } },
      { folder: 'd', manifest: { name: 'partial-d', version: '1.0.0' } },
      { folder: 'e', manifest: { name: 'partial-e', version: '1.0.0' } },
    ])
    registry.forbidden.add('partial-b')
    const { run: first, results, puts } = await run(root, { workspaces: 'true', concurrency: '2' })
    assert.equal(first.exitCode, 1)
    const outcome = Object.fromEntries(results.map(r => [r.name, r.outcome]))
    assert.deepEqual(outcome, { 'partial-a': 'published', 'partial-b': 'failed', 'partial-c': 'not attempted', 'partial-d': 'published', 'partial-e': 'published' })
    assert.match(results.find(r => r.name === 'partial-b')!.message!, /refused to let this token publish partial-b@1\.0\.0 \(403/)
    assert.match(results.find(r => r.name === 'partial-c')!.message!, /depends on partial-b, which failed/)
    assert.ok(!puts.some(put => nameOf(put) === 'partial-c'), 'no PUT for a package whose dependency failed')
    assert.match(first.error, /1 of 5 packages failed \(partial-b\); 1 not attempted/)
    assert.match(first.stdout, /::error::partial-b: The registry .* refused to let this token publish partial-b@1\.0\.0/)
    assert.equal(first.outputs.id.split('\n').sort().join(' '), 'partial-a@1.0.0 partial-d@1.0.0 partial-e@1.0.0')

    registry.forbidden.clear()
    const { run: second, results: rerun, puts: rerunPuts } = await run(root, { workspaces: 'true', concurrency: '2' })
    assert.equal(second.exitCode, 0, second.stdout)
    assert.deepEqual(rerunPuts.filter(put => put.status === 201).map(nameOf), ['partial-b', 'partial-c'], 'exactly what was missing, in order')
    assert.deepEqual(rerun.filter(r => r.outcome === 'skipped').map(r => r.name).sort(), ['partial-a', 'partial-d', 'partial-e'])
  })

  test('a failure that would hit every package (no seed) stops new publishes at once', async () => {
    const root = await workspace('noseed', Array.from({ length: 10 }, (_, i) => ({ folder: `n${i}`, manifest: { name: `noseed-${i}`, version: '1.0.0' } })))
    const { run: result, results, puts } = await run(root, { workspaces: 'true', concurrency: '3', 'otp-secret': '' })
    assert.equal(result.exitCode, 1)
    assert.ok(puts.length <= 3, `at most the requests already in flight were sent (${puts.length})`)
    assert.ok(results.filter(r => r.outcome === 'failed').every(r => /"otp-secret" input is empty/.test(r.message!)))
    const notAttempted = results.filter(r => r.outcome === 'not attempted')
    assert.ok(notAttempted.length >= 7)
    assert.ok(notAttempted.every(r => /the run stopped because noseed-\d failed in a way that would fail every package/.test(r.message!)))
  })

  test('a dependency cycle is reported clearly, does not hang, and the rest is published', async () => {
    const root = await workspace('cycle', [
      { folder: 'x', manifest: { name: 'cycle-x', version: '1.0.0', dependencies: { 'cycle-y': '1.0.0' } } },
      { folder: 'y', manifest: { name: 'cycle-y', version: '1.0.0', peerDependencies: { 'cycle-z': '1.0.0' } } },
      { folder: 'z', manifest: { name: 'cycle-z', version: '1.0.0', dependencies: { 'cycle-x': '1.0.0' } } },
      { folder: 'w', manifest: { name: 'cycle-w', version: '1.0.0', dependencies: { 'cycle-x': '1.0.0' } } },
      { folder: 'free', manifest: { name: 'cycle-free', version: '1.0.0' } },
    ])
    const { run: result, results } = await run(root, { workspaces: 'true' })
    assert.equal(result.exitCode, 1)
    const byName = Object.fromEntries(results.map(r => [r.name, r]))
    for (const member of ['cycle-x', 'cycle-y', 'cycle-z']) {
      assert.equal(byName[member].outcome, 'failed')
      assert.match(byName[member].message!, /dependency cycle: cycle-\w -> cycle-\w -> cycle-\w -> cycle-\w/)
    }
    assert.equal(byName['cycle-w'].outcome, 'not attempted')
    assert.equal(byName['cycle-free'].outcome, 'published')
  })

  test('429 with retry-after is waited out, and the publish goes through', async () => {
    await makePackage(work, 'limited', { manifest: { name: 'limited', version: '1.0.0' } })
    registry.rateLimitNext = 1
    registry.retryAfter = '1'
    const { run: result, puts } = await run(work, { package: 'limited' })
    assert.equal(result.exitCode, 0, result.stdout)
    assert.deepEqual(puts.map(put => put.status), [429, 201])
    assert.match(result.stdout, /answered 429 Too Many Requests; waiting 1 s/)
  })
})

describe('lists and globs', () => {
  test('a glob publishes every package it matches', async () => {
    const parent = join(work, 'globbed')
    for (const letter of ['a', 'b', 'c']) await makePackage(parent, letter, { manifest: { name: `globbed-${letter}`, version: '1.0.0' } })
    await mkdir(join(parent, 'not-a-package'))
    const { run: result, results } = await run(work, { package: 'globbed/*' })
    assert.equal(result.exitCode, 0, result.stdout)
    assert.deepEqual(results.map(r => [r.name, r.outcome]), [['globbed-a', 'published'], ['globbed-b', 'published'], ['globbed-c', 'published']])
  })

  test('a mixed list: a folder, a package.json path and a .tgz', async () => {
    const parent = join(work, 'mixed')
    await makePackage(parent, 'folder', { manifest: { name: 'mixed-folder', version: '1.0.0' } })
    await makePackage(parent, 'json', { manifest: { name: 'mixed-json', version: '1.0.0', dependencies: { 'mixed-tgz': '1.0.0' } } })
    const tarred = await makePackage(parent, 'tarred', { manifest: { name: 'mixed-tgz', version: '1.0.0' } })
    await npm(['pack', '--pack-destination', parent], tarred)
    const { run: result, results, puts } = await run(work, { package: 'mixed/folder\nmixed/json/package.json\nmixed/mixed-tgz-1.0.0.tgz' })
    assert.equal(result.exitCode, 0, result.stdout)
    assert.deepEqual(results.map(r => [r.name, r.outcome]), [['mixed-folder', 'published'], ['mixed-json', 'published'], ['mixed-tgz', 'published']])
    const order = puts.map(nameOf)
    assert.ok(order.indexOf('mixed-tgz') < order.indexOf('mixed-json'), 'the tarball, a dependency, goes first')
  })

  test('a glob that matches nothing fails before any publish, naming the pattern', async () => {
    const { run: result, puts } = await run(work, { package: 'nowhere/*' })
    assert.equal(result.exitCode, 1)
    assert.match(result.error, /Input "package": "nowhere\/\*" matches no package/)
    assert.equal(puts.length, 0)
  })
})
