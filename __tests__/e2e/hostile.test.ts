/**
 * Secrets and hostile input: what someone who can change a file in the
 * repository, or a registry that answers strangely, can make the action do.
 * Each case runs the built action against the local registry; RELIABILITY.md
 * lists them ("Secrets and hostile input").
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { makePackage, runAction, type ActionRun } from '../support/action.ts'
import { HOSTILE_DIST_TAG, startRegistry, type TestRegistry } from '../support/registry.ts'
import { assertNoSecrets, checkRunsForSecrets } from '../support/secrets.ts'

let registry: TestRegistry
let work: string
let counter = 0

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-hostile-'))
})

after(async () => {
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
})

async function freshPackage(manifest: Record<string, unknown> = {}): Promise<string> {
  const name = `e2e-hostile-${++counter}`
  await makePackage(work, name, { manifest: { name, version: '1.0.0', ...manifest } })
  return name
}

async function publish(inputs: Record<string, string>, cwd = work): Promise<{ run: ActionRun; puts: TestRegistry['log'] }> {
  const start = registry.log.length
  const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, ...inputs }, { cwd })
  return { run, puts: registry.log.slice(start).filter(record => record.method === 'PUT') }
}

/** Lines of the log that the runner would read as a workflow command, other than the ones the action writes itself. */
function foreignCommands(stdout: string): string[] {
  const ours = /^::(add-mask|error|warning|notice|debug|set-output|group|endgroup)::/
  return stdout.split('\n').filter(line => line.startsWith('::') && !ours.test(line))
}

describe('a registry that answers strangely', () => {
  test("a Date header a day ahead is not followed: the code is the current step's, and the first request goes through", async () => {
    registry.dateHeaderOffsetMs = 24 * 3600_000
    try {
      const { run, puts } = await publish({ package: await freshPackage() })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.deepEqual(puts.map(put => put.status), [201])
      assert.equal(puts[0].stepDelta, 0, "the code belongs to the current step by the verifier's clock")
      assert.match(run.stdout, /::warning::The registry's Date header puts the runner's clock 864\d\d\.\d s behind the registry's: more than 5 minutes, so it is not followed/)
    } finally {
      registry.dateHeaderOffsetMs = 0
    }
  })

  test('a dist-tag that is not a version (blank lines, a table row, markup, a command): old-version stays empty, the summary keeps one escaped line per cell', async () => {
    registry.faults = ['odd-dist-tags']
    const { run } = await publish({ package: await freshPackage() })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.equal(run.outputs['old-version'], '', 'old-version is a version or empty')
    assert.equal(run.outputs.type, 'initial')
    for (const piece of ['| injected |', '<img', 'onerror', 'from the registry']) assert.ok(!run.summary.includes(piece), `"${piece}" is not in the summary`)
    assert.ok(!run.visible.includes(HOSTILE_DIST_TAG.split('\n')[3]), 'the registry text reaches no output or log')
    assert.deepEqual(foreignCommands(run.stdout), [])
    assert.ok(!/^::error::from the registry/m.test(run.stdout))
  })

  test('error bodies that echo the request headers: with several packages, the results output and the job summary are scrubbed too', async () => {
    const names = [await freshPackage(), await freshPackage()]
    // Each package's PUT is answered 500 with the request headers (token, code) in the body, three times.
    registry.faults = Array(6).fill('echo-headers')
    const { run } = await publish({ package: names.join('\n'), concurrency: '1' })
    assert.equal(run.exitCode, 1)
    const results = JSON.parse(run.outputs.results) as { outcome: string; message?: string }[]
    assert.ok(results.some(result => result.message?.includes('authorization')), 'the echoed headers do reach the results (scrubbed)')
    assert.ok(run.summary.includes('authorization'), 'and the summary (scrubbed)')
    assertNoSecrets(run, registry)
    registry.faults = []
  })
})

describe('a repository that holds hostile names', () => {
  test('folder names with a line break and a workflow command, found by a glob, start no line of the log', async () => {
    const parent = join(work, 'newline-folders')
    await mkdir(parent)
    const folders = ['a\n::error::injected by a folder name', 'b\n::stop-commands::pwned']
    for (const [index, folder] of folders.entries()) {
      await makePackage(parent, folder, { manifest: { name: `e2e-hostile-folder-${index}`, version: '1.0.0' } })
    }
    const { run } = await publish({ package: 'newline-folders/*' })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.deepEqual(foreignCommands(run.stdout), [], 'no ::stop-commands:: or other foreign command')
    assert.ok(!run.stdout.split('\n').some(line => line.startsWith('::error::injected')), 'no ::error:: from a folder name')
    assert.match(run.stdout, /from folder "newline-folders\/a ::error::injected by a folder name"/, 'the name is shown on one line')
    const results = JSON.parse(run.outputs.results) as { name: string; outcome: string }[]
    assert.deepEqual(results.map(result => result.outcome), ['published', 'published'])
  })

  test('a package name with a line break (from package.json) starts no line of the log either', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'otp-publish-hostile-name-'))
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'x\n::error::from a package name', version: '1.0.0' }))
    const { run } = await publish({ package: '.' }, dir)
    assert.equal(run.exitCode, 1)
    assert.ok(!run.stdout.split('\n').some(line => line.startsWith('::error::from a package name')))
    assert.deepEqual(foreignCommands(run.stdout), [])
  })
})
