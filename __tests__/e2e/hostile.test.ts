/**
 * Secrets and hostile input: what someone who can change a file in the
 * repository, or a registry that answers strangely, can make the action do.
 * Each case runs the built action against the local registry; RELIABILITY.md
 * lists them ("Secrets and hostile input").
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { makePackage, runAction, type ActionRun } from '../support/action.ts'
import { HOSTILE_DIST_TAG, startRegistry, type TestRegistry } from '../support/registry.ts'
import { SCAN_SCRIPT, scanEnv, type ScanReport } from '../support/scan.ts'
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

/** Another server (a registry the repository points at, or where a redirect leads): it records what reaches it and answers 404. */
async function listener(): Promise<{ url: string; seen: { method: string; auth?: string; otp?: string }[]; stop(): Promise<void> }> {
  const { createServer } = await import('node:http')
  const seen: { method: string; auth?: string; otp?: string }[] = []
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', auth: req.headers.authorization, otp: req.headers['npm-otp'] as string | undefined })
    req.resume()
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as import('node:net').AddressInfo
  return { url: `http://127.0.0.1:${port}/`, seen, stop: () => new Promise(resolve => server.close(() => resolve())) }
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
      assert.match(run.stdout, /::warning::The registry's Date header puts the runner's clock 8\d{4}\.\d s behind the registry's: more than 5 minutes, so it is not followed/)
    } finally {
      registry.dateHeaderOffsetMs = 0
    }
  })

  test('a publish answered with a redirect (307 to another port of the same host): nothing follows it, and it is not a success', async () => {
    const elsewhere = await listener()
    registry.redirectTo = elsewhere.url
    registry.faults = ['redirect-write']
    try {
      const name = await freshPackage()
      const { run, puts } = await publish({ package: name })
      assert.equal(run.exitCode, 1, run.stdout)
      assert.match(run.error, new RegExp(`answered publishing ${name}@1\\.0\\.0 with a redirect \\(307 to ${new URL(elsewhere.url).origin}\\)\\. A redirect is never followed`))
      assert.deepEqual(elsewhere.seen, [], 'neither the token nor the code nor the body went to the other address')
      assert.deepEqual(puts.map(put => put.status), [307])
      assert.doesNotMatch(run.stdout, /Published /)
    } finally {
      registry.faults = []
      await elsewhere.stop()
    }
  })

  test('a version check answered with a redirect: not followed either (the token would go along)', async () => {
    const elsewhere = await listener()
    registry.redirectTo = elsewhere.url
    registry.faults = ['redirect-read']
    try {
      const { run, puts } = await publish({ package: await freshPackage() })
      assert.equal(run.exitCode, 1)
      assert.match(run.error, /answered the version check with a redirect \(302 to http:\/\/127\.0\.0\.1:\d+\)/)
      assert.deepEqual(elsewhere.seen, [])
      assert.deepEqual(puts, [])
    } finally {
      registry.faults = []
      await elsewhere.stop()
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

describe('a repository that names another registry', () => {
  test('publishConfig.registry: the token input is not sent there; the run stops before any request, naming both registries', async () => {
    const elsewhere = await listener()
    try {
      const name = await freshPackage({ publishConfig: { registry: elsewhere.url } })
      const { run, puts } = await publish({ package: name, registry: '' }, work)
      assert.equal(run.exitCode, 1)
      assert.match(run.error, new RegExp(`${name}@1\\.0\\.0 is to be published to ${elsewhere.url} \\(publishConfig\\.registry in package\\.json\\), but the "token" input is only sent to https://registry\\.npmjs\\.org/`))
      assert.match(run.error, new RegExp(`add "registry: ${elsewhere.url}" to the step's "with:"`))
      assert.deepEqual(elsewhere.seen, [], 'nothing reached the other registry')
      assert.deepEqual(puts, [])
    } finally {
      await elsewhere.stop()
    }
  })

  test("the repository's .npmrc registry= (with a workspace of packages): no token and no code leave for it", async () => {
    const elsewhere = await listener()
    try {
      const root = await mkdtemp(join(tmpdir(), 'otp-publish-hostile-npmrc-'))
      await makePackage(root, '.', { manifest: { name: 'hostile-root', version: '1.0.0', private: true, workspaces: ['packages/*'] } })
      await makePackage(join(root, 'packages'), 'one', { manifest: { name: 'e2e-hostile-npmrc-one', version: '1.0.0' } })
      await writeFile(join(root, '.npmrc'), `registry=${elsewhere.url}\n`)
      const start = registry.log.length
      const run = await runAction({ token: registry.token, 'otp-secret': registry.seed, workspaces: 'true' }, { cwd: root, env: { npm_config_registry: '' } })
      assert.equal(run.exitCode, 1)
      assert.match(run.stdout + run.error, /the "token" input is only sent to https:\/\/registry\.npmjs\.org\//)
      assert.deepEqual(elsewhere.seen, [], 'nothing reached the registry the repository named')
      assert.equal(registry.log.length, start)
    } finally {
      await elsewhere.stop()
    }
  })

  test('a registry the repository names with credentials bound to it in its .npmrc gets those, and never the token input or a code', async () => {
    const elsewhere = await listener()
    try {
      const root = await mkdtemp(join(tmpdir(), 'otp-publish-hostile-bound-'))
      const host = new URL(elsewhere.url).host
      await makePackage(root, '.', { manifest: { name: 'e2e-hostile-bound', version: '1.0.0' } })
      await writeFile(join(root, '.npmrc'), `registry=${elsewhere.url}\n//${host}/:_authToken=repository-bound-token\n`)
      const run = await runAction({ token: registry.token, 'otp-secret': registry.seed }, { cwd: root })
      assert.match(run.stdout, /Only https:\/\/registry\.npmjs\.org\/ \([^)]*\) gets the "token" input and one-time passwords/)
      assert.ok(elsewhere.seen.length > 0, 'npm would send the publish there, and so does the action')
      for (const request of elsewhere.seen) {
        assert.equal(request.auth, 'Bearer repository-bound-token', 'only the credentials bound to it')
        assert.equal(request.otp, undefined, 'no code')
      }
    } finally {
      await elsewhere.stop()
    }
  })

  test('publishConfig.registry equal to the "registry" input is fine: the token goes there', async () => {
    const name = await freshPackage({ publishConfig: { registry: registry.url } })
    const { run, puts } = await publish({ package: name })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.deepEqual(puts.map(put => put.status), [201])
  })
})

describe('package scripts (ignore-scripts: false)', () => {
  test("a prepack script finds the secret inputs in no environment it can read, its own or the action's /proc/<pid>/environ", async () => {
    const name = await freshPackage({ scripts: { prepack: 'node scan.cjs' } })
    await writeFile(join(work, name, 'scan.cjs'), SCAN_SCRIPT)
    const report = join(work, `${name}-report.json`)
    const run = await runAction(
      { registry: registry.url, token: registry.token, 'otp-secret': registry.seed, package: name, 'ignore-scripts': 'false' },
      { cwd: work, env: scanEnv(report, ['INPUT_TOKEN', 'INPUT_OTP-SECRET'], 'dist/index.js') },
    )
    assert.equal(run.exitCode, 0, run.stdout)
    const { found, read } = JSON.parse(await readFile(report, 'utf8')) as ScanReport
    assert.ok(read.some(cmdline => cmdline.includes('dist/index.js')), `the scan reached the action's process: ${read.join(' | ')}`)
    assert.deepEqual(found, [], 'no secret input in any environment the script could read')
    assert.equal(run.outputs.id, `${name}@1.0.0`, 'and the action published with the secrets it was handed')
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
