/**
 * Every release tool, a fresh code per request: `npm-otp-publish exec -- <command>` (the packed CLI,
 * as a user installs it) and the action's `command` input, with the real clients (npm, pnpm, yarn
 * berry, changesets, lerna) publishing through the relay to the local registry and its OTP gate.
 * The command never sees the token, the seed or a code; the relay forwards only what a release does.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { promisify } from 'node:util'
import { npm, runAction } from '../support/action.ts'
import { installCli, runBin, type CliRun } from '../support/cli.ts'
import { ROOT } from '../support/paths.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { writeTree } from '../support/tree.ts'

const execFileAsync = promisify(execFile)

let registry: TestRegistry
let work: string
let bin: string
let counter = 0

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-relay-'))
  bin = await installCli(work)
})

after(async () => {
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
})

/** Write `files` under a new folder; returns it. */
async function project(files: Record<string, string>): Promise<string> {
  return writeTree(join(work, `project-${++counter}`), files)
}

const manifest = (name: string, extra: Record<string, unknown> = {}) => JSON.stringify({ name, version: '1.0.0', ...extra })
/** A unique package name for this file's run. */
const unique = (what: string) => `relay-${what}-${++counter}`

/** The installed CLI's exec, with the secrets in its environment only; a home of the project's own. */
async function exec(cwd: string, command: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runBin(bin, ['exec', '--registry', registry.url, '--json', '--', ...command], { NPM_TOKEN: registry.token, NPM_OTP_SECRET: registry.seed, ...env }, cwd)
}

interface Entry {
  name: string
  version: string
  outcome: string
  auth: string
}

const entriesOf = (run: CliRun) => JSON.parse(run.stdout) as Entry[]

/** Every version of `names` is on the registry, and each went through the gate with a code. */
async function assertPublishedWithCodes(names: string[], start: number): Promise<void> {
  for (const name of names) assert.equal((await npm(['view', name, 'version', '--registry', registry.url], work)).trim(), '1.0.0', `${name} is on the registry`)
  const puts = registry.log.slice(start).filter(record => record.method === 'PUT' && record.status === 201)
  assert.equal(puts.length, names.length, 'one accepted publish per package')
  assert.ok(puts.every(put => /^\d{6}$/.test(put.otp ?? '')), 'every publish carried a code')
}

/** Node 24 and the clients from node_modules/.bin, as the scripts see them. */
const clientBin = (name: string) => join(ROOT, 'node_modules', '.bin', name)

describe('exec: the real clients publish through the relay, a code per write', () => {
  test('npm publish, one package', async () => {
    const name = unique('npm')
    const cwd = await project({ 'package.json': manifest(name), 'index.js': '1\n' })
    const start = registry.log.length
    const run = await exec(cwd, ['npm', 'publish'])
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(entriesOf(run).map(entry => [entry.name, entry.outcome, entry.auth]), [[name, 'published', 'token+otp']])
    await assertPublishedWithCodes([name], start)
  })

  test('npm publish --workspaces', async () => {
    const [a, b] = [unique('ws'), unique('ws')]
    const cwd = await project({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
      'packages/a/package.json': manifest(a),
      'packages/b/package.json': manifest(b, { dependencies: { [a]: '^1.0.0' } }),
    })
    const start = registry.log.length
    const run = await exec(cwd, ['npm', 'publish', '--workspaces'])
    assert.equal(run.code, 0, run.stderr)
    await assertPublishedWithCodes([a, b], start)
  })

  test('pnpm publish -r (pnpm 12 reads its own pnpm_config_* and the user npmrc)', async () => {
    const [a, b] = [unique('pnpm'), unique('pnpm')]
    const cwd = await project({
      'package.json': JSON.stringify({ name: 'root', private: true }),
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
      'packages/a/package.json': manifest(a),
      'packages/b/package.json': manifest(b),
    })
    const start = registry.log.length
    const run = await exec(cwd, [clientBin('pnpm'), 'publish', '-r', '--no-git-checks'])
    assert.equal(run.code, 0, run.stderr)
    await assertPublishedWithCodes([a, b], start)
  })

  test('yarn npm publish in a yarn berry project (its own YARN_NPM_* settings, http allowed for 127.0.0.1)', async () => {
    const name = unique('yarn')
    const cwd = await project({ 'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }), 'packages/a/package.json': manifest(name), 'packages/a/index.js': '1\n' })
    const env = { PATH: process.env.PATH ?? '', HOME: cwd, YARN_ENABLE_TELEMETRY: '0', YARN_ENABLE_GLOBAL_CACHE: '0' }
    await execFileAsync(clientBin('yarn'), ['install'], { cwd, env })
    const start = registry.log.length
    const run = await exec(join(cwd, 'packages', 'a'), [clientBin('yarn'), 'npm', 'publish'], { YARN_ENABLE_TELEMETRY: '0', YARN_ENABLE_GLOBAL_CACHE: '0' })
    assert.equal(run.code, 0, run.stderr)
    await assertPublishedWithCodes([name], start)
  })

  test('changeset publish (an npm workspace found by its package-lock.json)', async () => {
    const [a, b] = [unique('cs'), unique('cs')]
    const cwd = await project({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
      'packages/a/package.json': manifest(a),
      'packages/b/package.json': manifest(b, { dependencies: { [a]: '^1.0.0' } }),
      '.changeset/config.json': JSON.stringify({ changelog: false, commit: false, access: 'public', baseBranch: 'main' }),
    })
    await npm(['install', '--package-lock-only', '--offline', '--ignore-scripts'], cwd)
    const start = registry.log.length
    const run = await exec(cwd, [clientBin('changeset'), 'publish', '--no-git-tag'])
    assert.equal(run.code, 0, run.stderr)
    await assertPublishedWithCodes([a, b], start)
  })

  test('lerna publish from-package', async () => {
    const [a, b] = [unique('lerna'), unique('lerna')]
    const cwd = await project({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
      'lerna.json': JSON.stringify({ version: 'independent', npmClient: 'npm' }),
      '.gitignore': 'node_modules\n',
      'packages/a/package.json': manifest(a),
      'packages/b/package.json': manifest(b, { dependencies: { [a]: '^1.0.0' } }),
    })
    const git = (...args: string[]) => execFileAsync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd })
    await git('init', '-q', '.')
    await git('add', '-A')
    await git('commit', '-qm', 'release')
    const start = registry.log.length
    const run = await exec(cwd, [clientBin('lerna'), 'publish', 'from-package', '--yes'])
    assert.equal(run.code, 0, run.stderr)
    await assertPublishedWithCodes([a, b], start)
  })
})

describe('exec: repository content that names another registry', () => {
  test("a project .npmrc with registry= and @scope:registry= lines: npm still publishes through the relay (the environment beats the project's file)", async () => {
    const name = `@relayscope/${unique('scoped')}`
    const cwd = await project({ 'package.json': manifest(name, { publishConfig: { access: 'public' } }), '.npmrc': 'registry=http://127.0.0.1:9/\n@relayscope:registry=http://127.0.0.1:9/\n' })
    const start = registry.log.length
    const run = await exec(cwd, ['npm', 'publish'])
    assert.equal(run.code, 0, run.stderr)
    await assertPublishedWithCodes([name], start)
  })

  test('publishConfig.registry that names another registry: the run says the package goes around the relay', async () => {
    const name = unique('around')
    const cwd = await project({ 'package.json': manifest(name, { publishConfig: { registry: 'http://127.0.0.1:9/' } }) })
    const run = await exec(cwd, ['true'])
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stderr, new RegExp(`${name} names http://127\\.0\\.0\\.1:9/ \\(publishConfig\\.registry in package\\.json\\): its client publishes there, around the relay`))
  })
})

describe('exec: a batch that outlives one code', () => {
  test('npm publish --workspaces of 12 packages on a registry 1 s away: every package published, with codes of several steps', async () => {
    const names = Array.from({ length: 12 }, () => unique('slow'))
    const files: Record<string, string> = { 'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }) }
    names.forEach((name, i) => (files[`packages/p${i}/package.json`] = manifest(name)))
    const cwd = await project(files)
    const start = registry.log.length
    registry.delayMs = 1_000
    try {
      const run = await exec(cwd, ['npm', 'publish', '--workspaces'])
      assert.equal(run.code, 0, run.stderr)
    } finally {
      registry.delayMs = 0
    }
    await assertPublishedWithCodes(names, start)
    const codes = new Set(registry.log.slice(start).filter(record => record.method === 'PUT').map(record => record.otp))
    assert.ok(codes.size >= 2, `the batch needed codes of ${codes.size} step(s): a single code would have expired before the last publish`)
  })
})

/** A command that writes down everything it can see: its environment, every npmrc it can find, and its ancestors' environments. */
const DUMP = `
const fs = require('fs'), path = require('path')
const seen = ['ENV ' + JSON.stringify(process.env)]
const files = new Set([process.env.npm_config_userconfig].filter(Boolean))
for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
  for (const name of ['.npmrc', '.yarnrc.yml']) files.add(path.join(dir, name))
  if (path.dirname(dir) === dir) break
}
for (const dir of [process.env.HOME, require('os').tmpdir()].filter(Boolean)) {
  try { for (const entry of fs.readdirSync(dir, { recursive: true })) if (/npmrc$/.test(entry)) files.add(path.join(dir, entry)) } catch {}
}
for (const file of files) { try { seen.push('FILE ' + file + ' ' + fs.readFileSync(file, 'utf8')) } catch {} }
let pid = process.pid
while (pid > 1) {
  const cmdline = fs.readFileSync('/proc/' + pid + '/cmdline', 'utf8').split('\\0').join(' ')
  try { seen.push('PROC ' + pid + ' ' + cmdline + ' ' + fs.readFileSync('/proc/' + pid + '/environ', 'utf8')) } catch { seen.push('PROC ' + pid + ' ' + cmdline + ' (unreadable)') }
  const stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8')
  pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
}
fs.writeFileSync(process.env.DUMP_TO, seen.join('\\n'))
`

describe('exec: what the command can see, and what the relay refuses', () => {
  test("the environment, every npmrc it can find and its ancestors' environments hold no token, seed or code", async () => {
    const name = unique('scan')
    const cwd = await project({ 'package.json': manifest(name), 'dump.cjs': DUMP })
    const dump = join(cwd, 'dump.txt')
    const run = await exec(cwd, ['sh', '-c', 'node dump.cjs && npm publish'], { DUMP_TO: dump })
    assert.equal(run.code, 0, run.stderr)
    const seen = await readFile(dump, 'utf8')
    assert.ok(seen.includes('npm_config_registry'), 'the dump holds the environment')
    assert.match(seen, /PROC \d+ [^\n]*npm-otp-publish exec/, "and the environment of the exec process, an ancestor")
    assert.ok(!seen.includes(registry.token), 'no token')
    for (const form of [registry.seed, registry.seed.toLowerCase()]) assert.ok(!seen.includes(form), 'no seed')
    for (const code of registry.codesSeen) assert.ok(!new RegExp(`(?<!\\d)${code}(?!\\d)`).test(seen), 'no code')
  })

  test('an unpublish, a deprecation, an owner change and a publish of another package: refused, nothing changed, exit 5', async () => {
    const name = unique('guarded')
    const other = unique('other')
    const cwd = await project({ 'package.json': manifest(name), 'other/package.json': manifest(other) })
    assert.equal((await exec(cwd, ['npm', 'publish'])).code, 0)
    const start = registry.log.length
    const attempts = [
      `npm unpublish ${name}@1.0.0 --force`,
      `npm deprecate ${name}@1.0.0 "do not use"`,
      `npm owner add someone-else ${name}`,
      `(cd other && npm publish)`,
    ]
    const run = await exec(cwd, ['sh', '-c', attempts.map(line => `${line}; `).join('') + 'exit 1'])
    assert.equal(run.code, 5, run.stderr)
    assert.match(run.stderr, /The relay refused a write for relay-other-\d+, which is not a package of this run/)
    assert.match(run.stderr, /The relay refused a change to relay-guarded-\d+'s package document without a new version/)
    const writes = registry.log.slice(start).filter(record => record.method !== 'GET')
    assert.deepEqual(writes, [], 'no write reached the registry')
    const view = JSON.parse(await npm(['view', name, '--json', '--registry', registry.url], work)) as { version: string; deprecated?: string; maintainers?: unknown[] }
    assert.equal(view.version, '1.0.0')
    assert.equal(view.deprecated, undefined)
    await assert.rejects(npm(['view', other, 'version', '--registry', registry.url], work), 'the other package was not published')
  })

  test('a registry that echoes the request (its token, the code) in an error: the command never receives them', async () => {
    const cwd = await project({ 'package.json': manifest(unique('echo')) })
    const home = await mkdtemp(join(tmpdir(), 'otp-publish-relay-home-'))
    registry.faults = ['echo-headers', 'echo-headers', 'echo-headers']
    try {
      const run = await exec(cwd, ['npm', 'publish', '--fetch-retries=0', '--loglevel=verbose'], { HOME: home })
      assert.notEqual(run.code, 0)
    } finally {
      registry.faults = []
    }
    // npm's own debug log, which our scrub of the command's output never touched.
    const logs = join(home, '.npm', '_logs')
    const written = (await Promise.all((await readdir(logs)).map(file => readFile(join(logs, file), 'utf8')))).join('\n')
    assert.match(written, /internal error while handling/, 'the registry\'s echo reached the command')
    assert.ok(!written.includes(registry.token), 'without the token')
    for (const code of registry.codesSeen) assert.ok(!new RegExp(`(?<!\\d)${code}(?!\\d)`).test(written), 'without a code')
  })

  test("a request without the run's credential: 401, nothing forwarded", async () => {
    const cwd = await project({ 'package.json': manifest(unique('anon')) })
    const start = registry.log.length
    const probe = "fetch(process.env.npm_config_registry + 'some-package').then(async r => { console.log('status ' + r.status) })"
    const run = await exec(cwd, ['node', '-e', probe])
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stderr, /status 401/)
    assert.deepEqual(registry.log.slice(start).filter(record => record.path.includes('some-package')), [], 'the registry saw nothing of it')
  })
})

describe("the action's command input", () => {
  test('a release tool runs behind the relay; the outputs describe what went through it', async () => {
    const [a, b] = [unique('action'), unique('action')]
    const cwd = await project({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
      'packages/a/package.json': manifest(a),
      'packages/b/package.json': manifest(b),
    })
    const start = registry.log.length
    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, command: 'npm publish --workspaces' }, { cwd })
    assert.equal(run.exitCode, 0, run.stdout)
    const results = JSON.parse(run.outputs.results) as Entry[]
    assert.deepEqual(results.map(entry => [entry.name, entry.outcome, entry.auth]).sort(), [[a, 'published', 'token+otp'], [b, 'published', 'token+otp']].sort())
    assert.equal(run.outputs.auth, 'token+otp')
    await assertPublishedWithCodes([a, b], start)
  })

  test("what the command can see holds neither the inputs' secrets nor a NODE_AUTH_TOKEN the workflow set (setup-node's)", async () => {
    const name = unique('action-scan')
    const cwd = await project({ 'package.json': manifest(name), 'dump.cjs': DUMP })
    const dump = join(cwd, 'dump.txt')
    const start = registry.log.length
    const run = await runAction(
      { registry: registry.url, token: registry.token, 'otp-secret': registry.seed, command: 'node dump.cjs && npm publish' },
      { cwd, env: { NODE_AUTH_TOKEN: registry.token, DUMP_TO: dump } },
    )
    assert.equal(run.exitCode, 0, run.stdout)
    const seen = await readFile(dump, 'utf8')
    assert.match(seen, /PROC \d+ [^\n]*dist\/index\.js/, "the dump read the action's process's environment")
    assert.ok(!seen.includes(registry.token), 'no token')
    assert.ok(!seen.includes(registry.seed), 'no seed')
    await assertPublishedWithCodes([name], start)
  })

  test('the command fails: the step fails, saying so', async () => {
    const cwd = await project({ 'package.json': manifest(unique('failing')) })
    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, command: 'exit 3' }, { cwd })
    assert.equal(run.exitCode, 1)
    assert.match(run.error, /The command exited with code 3/)
  })
})
