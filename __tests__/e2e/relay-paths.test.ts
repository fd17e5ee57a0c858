/**
 * The relay as a face of the core: each publish a release tool sends through it is our own publish
 * of that package, with everything that comes with it: the registry and credentials per package and
 * scope, the existence check by integrity, staging, trusted publishing, the dry run, the exit codes
 * and the results; dist-tags only for this run's versions; and a time limit that covers the command.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { promisify } from 'node:util'
import { npm, runAction } from '../support/action.ts'
import { installCli, runBin, type CliRun } from '../support/cli.ts'
import { startIssuer, type TestIssuer } from '../support/oidc.ts'
import { ROOT } from '../support/paths.ts'
import { startRegistry, type TestRegistry, type TrustedPublisher } from '../support/registry.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { writeTree } from '../support/tree.ts'

const execFileAsync = promisify(execFile)
const REPOSITORY = 'octo/widgets'
const PUBLISHER: TrustedPublisher = { repository: REPOSITORY, workflow: 'release.yml', actions: ['publish', 'stage'] }

let registry: TestRegistry
let issuer: TestIssuer
let work: string
let bin: string
let counter = 0

before(async () => {
  ;[registry, issuer] = await Promise.all([
    startRegistry(),
    startIssuer({ repository: REPOSITORY, workflow_ref: `${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`, repository_visibility: 'private' }),
  ])
  registry.oidc = { publicKey: issuer.publicKey, trustedPublishers: new Map() }
  work = await mkdtemp(join(tmpdir(), 'otp-publish-relay-paths-'))
  bin = await installCli(work)
})

after(async () => {
  await Promise.all([registry?.stop(), issuer?.stop()])
  checkRunsForSecrets(undefined, registry, [...issuer.issued, ...registry.oidcTokens])
})

/** A release tool that does not look before it publishes: PUT the tarball it is given, as libnpmpublish builds the body, and print the answer. */
const PUT = `
const fs = require('fs'), crypto = require('crypto')
const data = fs.readFileSync(process.argv[2])
const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'))
const { name, version } = manifest
const integrity = 'sha512-' + crypto.createHash('sha512').update(data).digest('base64')
const shasum = crypto.createHash('sha1').update(data).digest('hex')
const body = {
  _id: name, name, 'dist-tags': { latest: version }, access: null,
  versions: { [version]: { ...manifest, _id: name + '@' + version, dist: { integrity, shasum, tarball: process.env.npm_config_registry + name + '/-/' + name + '-' + version + '.tgz' } } },
  _attachments: { [name + '-' + version + '.tgz']: { content_type: 'application/octet-stream', data: data.toString('base64'), length: data.length } },
}
fetch(process.env.npm_config_registry + name, { method: 'PUT', headers: { authorization: 'Bearer ' + process.env.NPM_TOKEN, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  .then(async response => console.log('status ' + response.status + ' ' + (await response.text())))
`

async function project(files: Record<string, string>): Promise<string> {
  return writeTree(join(work, `project-${++counter}`), files)
}

const unique = (what: string) => `paths-${what}-${++counter}`
const manifest = (name: string, version = '1.0.0', extra: Record<string, unknown> = {}) => JSON.stringify({ name, version, ...extra })
const clientBin = (name: string) => join(ROOT, 'node_modules', '.bin', name)

async function exec(cwd: string, options: string[], command: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runBin(bin, ['exec', '--registry', registry.url, '--json', ...options, '--', ...command], { NPM_TOKEN: registry.token, NPM_OTP_SECRET: registry.seed, ...env }, cwd)
}

interface Entry {
  name: string
  version: string
  outcome: string
  auth: string
  stageId?: string
  message?: string
  files?: string[]
}

const entriesOf = (run: CliRun) => JSON.parse(run.stdout) as Entry[]
const writesSince = (start: number, on = registry) => on.log.slice(start).filter(record => record.method !== 'GET' && record.method !== 'HEAD' && !record.path.startsWith('/-/npm/v1/oidc'))
const versionOf = async (name: string, on = registry) => (await npm(['view', name, 'version', '--registry', on.url], work).catch(() => '')).trim()

/** A workspace of packages at 1.0.0 (the root private), with a changesets configuration and a lockfile. */
async function workspace(names: string[], extra: Record<string, string> = {}): Promise<string> {
  const files: Record<string, string> = { 'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }), ...extra }
  names.forEach((name, index) => (files[`packages/p${index}/package.json`] = manifest(name)))
  return project(files)
}

describe('a version that exists, and what a failed write does to the run', () => {
  test('a tool that sends a version that exists: the same contents are not sent again and are reported as there; other contents are refused as a conflict, and the run fails though the command exits 0', async () => {
    const name = unique('exists')
    const cwd = await project({ 'package.json': manifest(name), 'index.js': '1\n', 'put.cjs': PUT })
    assert.equal((await exec(cwd, [], ['npm', 'publish'])).code, 0)
    const packed = async () => {
      const [{ filename }] = JSON.parse(await npm(['pack', '--json', '--pack-destination', work], cwd)) as { filename: string }[]
      return join(work, filename)
    }
    const start = registry.log.length
    const again = await exec(cwd, [], ['node', 'put.cjs', await packed()])
    assert.equal(again.code, 0, again.stderr)
    assert.match(again.stderr, /status 200/)
    assert.deepEqual(
      entriesOf(again).map(entry => [entry.name, entry.outcome]),
      [[name, 'skipped']],
    )
    assert.match(entriesOf(again)[0].message ?? '', /already on the registry with this tarball's contents/)
    await writeFile(join(cwd, 'index.js'), '2\n')
    const other = await exec(cwd, [], ['sh', '-c', `node put.cjs ${await packed()}; exit 0`])
    assert.equal(other.code, 1, other.stderr)
    assert.match(other.stderr, /status 403 .*You cannot publish over the previously published versions: 1\.0\.0/)
    assert.equal(entriesOf(other)[0].outcome, 'failed')
    assert.deepEqual(writesSince(start), [], 'nothing was sent for either')
  })

  test('a wrong seed, and a command that ignores npm failing: exec exits 3, the action fails', async () => {
    const cwd = await project({ 'package.json': manifest(unique('bad-seed')) })
    const wrong = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
    const run = await exec(cwd, [], ['sh', '-c', 'npm publish --fetch-retries=0; exit 0'], { NPM_OTP_SECRET: wrong })
    assert.equal(run.code, 3, run.stderr)
    assert.equal(entriesOf(run)[0].outcome, 'failed')
    const action = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': wrong, command: 'npm publish --fetch-retries=0; exit 0' }, { cwd })
    assert.equal(action.exitCode, 1)
    assert.match(action.error, /rejected the one-time password twice/)
  })
})

describe('dist-tags', () => {
  test('a tag for a version this run published goes through, with a code; a tag for an older version is refused', async () => {
    const name = unique('tags')
    const cwd = await project({ 'package.json': manifest(name) })
    assert.equal((await exec(cwd, [], ['npm', 'publish'])).code, 0)
    await writeFile(join(cwd, 'package.json'), manifest(name, '1.1.0'))
    const start = registry.log.length
    const run = await exec(cwd, [], ['sh', '-c', `npm publish --tag next && npm dist-tag add ${name}@1.1.0 latest && npm dist-tag add ${name}@1.0.0 old`])
    assert.equal(run.code, 5, run.stderr)
    assert.match(run.stderr, /The relay refused a dist-tag "old" of paths-tags-\d+ that points at 1\.0\.0, which this run did not publish or stage/)
    const tags = writesSince(start).filter(record => record.path.includes('/dist-tags/'))
    assert.deepEqual(
      tags.map(record => [record.path.split('/').pop(), record.status, /^\d{6}$/.test(record.otp ?? '')]),
      [['latest', 201, true]],
    )
    const view = JSON.parse(await npm(['view', name, 'dist-tags', '--json', '--registry', registry.url], work)) as Record<string, string>
    assert.deepEqual(view, { latest: '1.1.0', next: '1.1.0' })
  })
})

describe('two scopes on two registries', () => {
  test("each package goes to its scope's registry with that registry's credentials; only the run's registry gets the code", async () => {
    const other = await startRegistry({ mode: 'open' })
    try {
      const [a, b] = [`@alpha/${unique('scoped')}`, `@beta/${unique('scoped')}`]
      const cwd = await workspace([a, b], {
        // The repository's own .npmrc sends @beta elsewhere, with a credential for there; the runner's configuration names the run's registry.
        '.npmrc': `@beta:registry=${other.url}\n${other.url.replace(/^https?:/, '')}:_authToken=${other.token}\n`,
      })
      await writeFile(join(cwd, 'packages/p0/package.json'), manifest(a, '1.0.0', { publishConfig: { access: 'public' } }))
      await writeFile(join(cwd, 'packages/p1/package.json'), manifest(b, '1.0.0', { publishConfig: { access: 'public' } }))
      const [start, otherStart] = [registry.log.length, other.log.length]
      const run = await runBin(bin, ['exec', '--json', '--', 'npm', 'publish', '--workspaces'], { NPM_TOKEN: registry.token, NPM_OTP_SECRET: registry.seed, npm_config_registry: registry.url }, cwd)
      assert.equal(run.code, 0, run.stderr)
      assert.equal(await versionOf(a), '1.0.0', run.stderr)
      assert.equal(await versionOf(b, other), '1.0.0', run.stderr)
      assert.equal(await versionOf(b), '', `${b} did not go to the run's registry`)
      const puts = writesSince(start).filter(record => record.method === 'PUT')
      assert.deepEqual(puts.map(record => [decodeURIComponent(record.path.slice(1)), /^\d{6}$/.test(record.otp ?? '')]), [[a, true]])
      const otherPuts = writesSince(otherStart, other).filter(record => record.method === 'PUT')
      assert.deepEqual(otherPuts.map(record => [decodeURIComponent(record.path.slice(1)), record.otp, record.auth]), [[b, undefined, 'Bearer']])
    } finally {
      await other.stop()
    }
  })
})

describe('every path of our own publish, for the command', () => {
  test('exec --stage -- changeset publish: every package staged, none published, each with its stage id', async () => {
    const names = [unique('stage'), unique('stage')]
    const cwd = await workspace(names, { '.changeset/config.json': JSON.stringify({ changelog: false, commit: false, access: 'public', baseBranch: 'main' }) })
    await npm(['install', '--package-lock-only', '--offline', '--ignore-scripts'], cwd)
    const start = registry.log.length
    const run = await exec(cwd, ['--stage'], [clientBin('changeset'), 'publish', '--no-git-tag'])
    assert.equal(run.code, 0, run.stderr)
    const entries = entriesOf(run)
    assert.deepEqual(entries.map(entry => [entry.name, entry.outcome, entry.auth]).sort(), names.map(name => [name, 'staged', 'staged']).sort())
    assert.ok(entries.every(entry => /^[0-9a-f-]{36}$/.test(entry.stageId ?? '')), 'each with its stage id')
    const writes = writesSince(start)
    assert.deepEqual(writes.filter(record => record.method === 'PUT'), [], 'nothing published directly')
    assert.equal(writes.filter(record => record.method === 'POST' && record.path.startsWith('/-/stage/package/') && record.status === 201).length, 2)
    for (const name of names) assert.equal(await versionOf(name), '')
  })

  test('on-otp-unavailable stage, and no seed: the publish is staged instead', async () => {
    const name = unique('fallback')
    const cwd = await project({ 'package.json': manifest(name) })
    const run = await runBin(bin, ['exec', '--registry', registry.url, '--json', '--on-otp-unavailable', 'stage', '--', 'npm', 'publish'], { NPM_TOKEN: registry.token }, cwd)
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(
      entriesOf(run).map(entry => [entry.name, entry.outcome]),
      [[name, 'staged']],
    )
    assert.match(run.stderr, /so paths-fallback-\d+@1\.0\.0 is staged for a maintainer to approve instead/)
  })

  test('exec --dry-run: reads go through, writes are answered and sent nowhere, and the run lists what would have been published', async () => {
    const names = [unique('dry'), unique('dry')]
    const cwd = await workspace(names)
    await writeFile(join(cwd, 'packages/p0/index.js'), 'module.exports = 1\n')
    const start = registry.log.length
    const run = await exec(cwd, ['--dry-run'], ['npm', 'publish', '--workspaces'])
    assert.equal(run.code, 0, run.stderr)
    const entries = entriesOf(run)
    assert.deepEqual(entries.map(entry => [entry.name, entry.outcome]).sort(), names.map(name => [name, 'published']).sort())
    assert.deepEqual(entries.find(entry => entry.name === names[0])?.files, ['index.js', 'package.json'])
    assert.deepEqual(writesSince(start), [], 'no write reached the registry')
    assert.ok(registry.log.slice(start).some(record => record.method === 'GET'), 'the checks read the registry')
    for (const name of names) assert.equal(await versionOf(name), '')
  })

  test("the action's command input: trusted publishing where the package has a trusted publisher, token + code elsewhere, and the results say why", async () => {
    const [trusted, plain] = [unique('oidc'), unique('oidc')]
    const cwd = await workspace([trusted, plain])
    // Trusted publishers are configured for packages that exist: publish 1.0.0 of both first.
    const first = await exec(cwd, [], ['npm', 'publish', '--workspaces'])
    assert.equal(first.code, 0, first.stderr)
    registry.oidc!.trustedPublishers.set(trusted, PUBLISHER)
    await writeFile(join(cwd, 'packages/p0/package.json'), manifest(trusted, '1.0.1'))
    await writeFile(join(cwd, 'packages/p1/package.json'), manifest(plain, '1.0.1'))
    const start = registry.log.length
    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, command: 'npm publish --workspaces' }, { cwd, env: issuer.env })
    assert.equal(run.exitCode, 0, run.stdout)
    const results = JSON.parse(run.outputs.results) as Entry[]
    assert.deepEqual(results.map(entry => [entry.name, entry.outcome, entry.auth]).sort(), [[trusted, 'published', 'oidc'], [plain, 'published', 'token+otp']].sort())
    assert.match(run.stdout, new RegExp(`Trusted publishing is not used for ${plain}@1\\.0\\.1: `))
    const puts = writesSince(start).filter(record => record.method === 'PUT')
    assert.deepEqual(puts.map(record => [record.path.slice(1), record.oidc, /^\d{6}$/.test(record.otp ?? '')]).sort(), [[trusted, true, false], [plain, false, true]].sort())
    assert.match(run.summary, /oidc/)
  })
})

describe('the time limit covers the command', () => {
  test('a command that outlives --timeout is stopped: exit 4, and what it published before is reported', async () => {
    const name = unique('slow-command')
    const cwd = await project({ 'package.json': manifest(name) })
    const started = Date.now()
    const run = await exec(cwd, ['--timeout', '6'], ['sh', '-c', 'npm publish && sleep 60'])
    assert.equal(run.code, 4, run.stderr)
    assert.ok(Date.now() - started < 20_000, `stopped after ${Date.now() - started} ms`)
    assert.deepEqual(
      entriesOf(run).map(entry => [entry.name, entry.outcome]),
      [[name, 'published']],
    )
    assert.match(run.stderr, /The time limit \(6 s\) has passed: stopping the command/)
  })

  test('a publish in flight when the time is up is cancelled, and the command with it', async () => {
    const name = unique('stalled')
    const cwd = await project({ 'package.json': manifest(name) })
    registry.faults = ['stall']
    try {
      const started = Date.now()
      const run = await exec(cwd, ['--timeout', '6'], ['npm', 'publish'])
      assert.equal(run.code, 4, run.stderr)
      assert.ok(Date.now() - started < 20_000, `stopped after ${Date.now() - started} ms`)
      assert.deepEqual(
        entriesOf(run).map(entry => [entry.name, entry.outcome]),
        [[name, 'failed']],
      )
    } finally {
      registry.faults = []
    }
    await execFileAsync('true')
  })
})
