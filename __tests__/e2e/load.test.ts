/**
 * Load: a 200-package workspace through the OTP gate in one run: every
 * package published exactly once, in dependency order, each request with a
 * code of the step it was sent in.
 */
import assert from 'node:assert/strict'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { makePackage, runAction } from '../support/action.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'

const COUNT = 200
let registry: TestRegistry
let work: string

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-load-'))
})

after(async () => {
  // Stop the servers first: a failed check below must not leave them holding the process open.
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
})

test(`${COUNT} packages with internal dependencies: all published exactly once, in dependency order, in one run`, async () => {
  const name = (i: number) => `@load/p${String(i).padStart(3, '0')}`
  const dependencies = new Map<string, string[]>()
  const root = join(work, 'root')
  await makePackage(work, 'root', { manifest: { name: 'load-root', version: '0.0.0', private: true, workspaces: ['packages/*'] } })
  for (let i = 0; i < COUNT; i++) {
    // A tree (i depends on (i-1)/2) plus a few cross links: depth about 8, wide fan-out.
    const deps: Record<string, string> = {}
    if (i > 0) deps[name(Math.floor((i - 1) / 2))] = '^1.0.0'
    if (i > 10 && i % 10 === 0) deps[name(i - 7)] = '^1.0.0'
    dependencies.set(name(i), Object.keys(deps))
    await makePackage(join(root, 'packages'), `p${String(i).padStart(3, '0')}`, { manifest: { name: name(i), version: '1.0.0', dependencies: deps } })
  }

  const start = registry.log.length
  const run = await runAction(
    { registry: registry.url, token: registry.token, 'otp-secret': registry.seed, workspaces: 'true', concurrency: '8' },
    { cwd: root },
  )
  assert.equal(run.exitCode, 0, run.stdout.slice(-2000))
  const results = JSON.parse(run.outputs.results) as { name: string; outcome: string }[]
  assert.equal(results.length, COUNT)
  assert.ok(results.every(result => result.outcome === 'published'))

  const puts = registry.log.slice(start).filter(record => record.method === 'PUT')
  assert.equal(puts.length, COUNT, 'exactly one publish request per package')
  assert.ok(puts.every(put => put.status === 201))
  assert.equal(new Set(puts.map(put => put.path)).size, COUNT, 'each package once')
  assert.ok(puts.every(put => put.otp && put.stepDelta === 0), 'every request carried a code of its own step')

  // The gate answered in arrival order; a package's request arrived only after its dependencies had been stored.
  const stored = new Map(puts.map(put => [decodeURIComponent(put.path.slice(1)), put]))
  for (const [pkg, deps] of dependencies) {
    for (const dep of deps) {
      assert.ok(stored.get(dep)!.at <= stored.get(pkg)!.arrived, `${dep} was stored before ${pkg} was sent`)
    }
  }
})
