/**
 * The built action, run as the runner runs it, against a real Verdaccio behind
 * an OTP gate that answers like npmjs for a 2FA auth-and-writes account.
 * Results are checked with the real npm CLI.
 */
import assert from 'node:assert/strict'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { assertNoSecrets, makePackage, npm, runAction, type ActionRun } from '../support/action.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'

let registry: TestRegistry
let work: string
const runs: ActionRun[] = []

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-e2e-'))
})

after(async () => {
  // Every run of this file, successes and failures: no token, seed or code the gate saw.
  for (const run of runs) assertNoSecrets(run, [registry.token, registry.seed, ...registry.codesSeen])
  await registry?.stop()
})

async function publish(inputs: Record<string, string>, cwd = work, env?: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({ registry: registry.url, token: registry.token, ...inputs }, { cwd, env })
  runs.push(run)
  return run
}

describe('publishing with a TOTP seed', () => {
  test('publishes with a code made at publish time, and npm can install it', async () => {
    await makePackage(work, 'first', { manifest: { name: 'e2e-first', version: '1.0.0', description: 'first' } })
    const putsBefore = registry.log.filter(r => r.method === 'PUT').length
    const run = await publish({ package: 'first', 'otp-secret': registry.seed })

    assert.equal(run.exitCode, 0, run.stdout)
    assert.equal(run.outputs.id, 'e2e-first@1.0.0')
    assert.equal(run.outputs.name, 'e2e-first')
    assert.equal(run.outputs.version, '1.0.0')
    assert.equal(run.outputs.type, 'initial')
    assert.equal(run.outputs['old-version'], '')
    assert.equal(run.outputs.tag, 'latest')
    assert.equal(run.outputs.registry, registry.url)
    assert.equal(run.outputs['dry-run'], 'false')
    assert.equal(run.outputs['otp-required'], 'true')
    assert.match(run.summary, /Published e2e-first@1\.0\.0/)

    const puts = registry.log.filter(r => r.method === 'PUT').slice(putsBefore)
    assert.equal(puts.length, 1, 'one PUT, carrying the code')
    assert.equal(puts[0].status, 201)
    assert.match(puts[0].otp ?? '', /^\d{6}$/)

    const view = JSON.parse(await npm(['view', 'e2e-first@1.0.0', '--json', '--registry', registry.url], work))
    assert.equal(view.version, '1.0.0')
    assert.equal(view['dist-tags'].latest, '1.0.0')
    const consumer = await mkdtemp(join(tmpdir(), 'otp-publish-consumer-'))
    await writeFile(join(consumer, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}\n')
    await npm(['install', 'e2e-first@1.0.0', '--registry', registry.url], consumer)
    const { default: installed } = await import(join(consumer, 'node_modules', 'e2e-first', 'index.js'))
    assert.equal(installed, 'e2e-first')
  })
})
