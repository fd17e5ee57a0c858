/**
 * The action through a client GitHub wrote and we did not: @github/local-action.
 * It reads action.yml (and fills in its input defaults), loads a .env file,
 * stubs @actions/core and @actions/github, and runs the `run()` that
 * src/action/main.ts exports, under tsx. It exits 0 even when the action fails, so
 * the tests assert on what it recorded: the outputs it prints as
 * `::set-output` lines, its `::error::` lines and the job summary file.
 *
 * It starts tsx with `npm exec`: tsx is a dev dependency, and npm runs offline
 * here, so nothing is fetched from the network at test time.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { makePackage, npm, type ActionRun } from '../support/action.ts'
import { ROOT } from '../support/paths.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'
import { checkRunsForSecrets, recordRun } from '../support/secrets.ts'

const LOCAL_ACTION = join(ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js')

let registry: TestRegistry
let work: string

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-local-action-'))
})

after(async () => {
  // Stop the servers first: a failed check below must not leave them holding the process open.
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
})

/** Run `local-action run . src/action/main.ts <env file>` with these variables in the .env file. */
async function localAction(variables: Record<string, string>): Promise<ActionRun> {
  const files = await mkdtemp(join(tmpdir(), 'otp-publish-local-action-run-'))
  const summaryFile = join(files, 'summary')
  await writeFile(summaryFile, '')
  const dotenv = Object.entries({ GITHUB_WORKSPACE: work, GITHUB_STEP_SUMMARY: summaryFile, ...variables })
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join('\n')
  const envFile = join(files, '.env')
  await writeFile(envFile, `${dotenv}\n`)
  const child = spawn(process.execPath, [LOCAL_ACTION, 'run', '.', 'src/action/main.ts', envFile], {
    cwd: ROOT,
    env: {
      // Node 24 and tsx from node_modules/.bin, as npm scripts see them.
      PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
      HOME: files,
      NO_COLOR: '1',
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      npm_config_cache: join(files, 'npm-cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk))
  const exitCode = await new Promise<number>(resolve => child.on('close', code => resolve(code ?? -1)))
  const outputs: Record<string, string> = {}
  for (const match of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) outputs[match[1]] = match[2]
  const error = [...stdout.matchAll(/^::error::(.*)$/gm)].map(match => match[1]).join('\n')
  const summary = await readFile(summaryFile, 'utf8')
  // What a person would see: the runner consumes ::add-mask:: lines (local-action's stub prints none).
  const printed = [stdout, stderr].join('\n').split('\n').filter(line => !line.startsWith('::add-mask::'))
  const run = { exitCode, stdout, stderr, outputs, summary, error, visible: [...printed, summary].join('\n') }
  recordRun(run)
  return run
}

describe('@github/local-action runs src/action/main.ts with action.yml', () => {
  test('publishes with a seed, then skips on a re-run; action.yml gives every other input its default', async () => {
    await makePackage(work, 'pkg', { manifest: { name: 'e2e-local-action', version: '1.0.0' } })
    const inputs = { INPUT_PACKAGE: 'pkg', INPUT_REGISTRY: registry.url, INPUT_TOKEN: registry.token, 'INPUT_OTP-SECRET': registry.seed }
    const start = registry.log.length

    const first = await localAction(inputs)
    assert.equal(first.exitCode, 0, first.stdout + first.stderr)
    assert.equal(first.error, '', 'no ::error:: line')
    assert.match(first.stdout, /Action Metadata/, 'local-action read action.yml')
    assert.equal(first.outputs.id, 'e2e-local-action@1.0.0', first.stdout)
    assert.equal(first.outputs['otp-required'], 'true')
    assert.equal(first.outputs['dry-run'], 'false', 'dry-run took its default from action.yml')
    assert.equal(first.outputs.tag, 'latest')
    assert.match(first.summary, /Published e2e-local-action@1\.0\.0/)
    const puts = registry.log.slice(start).filter(record => record.method === 'PUT')
    assert.deepEqual(puts.map(put => put.status), [201], 'one PUT, accepted with its code')
    assert.match(puts[0].otp ?? '', /^\d{6}$/)
    assert.equal((await npm(['view', 'e2e-local-action', 'version', '--registry', registry.url], work)).trim(), '1.0.0')

    const again = await localAction(inputs)
    assert.equal(again.exitCode, 0)
    assert.equal(again.error, '')
    assert.equal(again.outputs.id, '', 'nothing published on the re-run')
    assert.equal(again.outputs['old-version'], '1.0.0')
    assert.match(again.stdout, /Skipped: version 1\.0\.0 is already on the registry/)
    assert.equal(registry.log.slice(start).filter(record => record.method === 'PUT').length, 1, 'no PUT on the re-run')
  })

  test('a failure is recorded (local-action itself still exits 0): no seed on a 2FA registry', async () => {
    await makePackage(work, 'noseed', { manifest: { name: 'e2e-local-action-noseed', version: '1.0.0' } })
    const run = await localAction({ INPUT_PACKAGE: 'noseed', INPUT_REGISTRY: registry.url, INPUT_TOKEN: registry.token })
    assert.equal(run.exitCode, 0, 'local-action exits 0 whatever the action did')
    assert.match(run.error, /asked for a one-time password .*"otp-secret" input is empty/)
    assert.equal(run.outputs.id, '', 'nothing was published')
    const [entry] = JSON.parse(run.outputs.results) as { name: string; outcome: string; message: string }[]
    assert.deepEqual([entry.name, entry.outcome], ['e2e-local-action-noseed', 'failed'], 'a failed run still writes its results')
    assert.match(entry.message, /"otp-secret" input is empty/)
  })
})
