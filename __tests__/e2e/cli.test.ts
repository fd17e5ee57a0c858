/**
 * The command line end to end, as a user gets it: the package packed with
 * `npm pack`, installed into a temporary folder, and run through its bin,
 * against the local registry with its OTP gate.
 */
import assert from 'node:assert/strict'
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { makePackage, npm } from '../support/action.ts'
import { installCli, runBin, type CliRun } from '../support/cli.ts'
import { ROOT } from '../support/paths.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'
import { SCAN_SCRIPT, scanEnv, type ScanReport } from '../support/scan.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'

let registry: TestRegistry
let work: string
let bin: string
let counter = 0

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-cli-'))
  // The package as the registry would serve it: packed, then installed into a folder of its own.
  bin = await installCli(work)
})

after(async () => {
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
})

/** Run the installed bin with a clean environment: PATH (Node 24), a home of its own, and `env`. */
const cli = (args: string[], env: Record<string, string> = {}, cwd = work): Promise<CliRun> => runBin(bin, args, env, cwd)

const secrets = () => ({ NPM_TOKEN: registry.token, NPM_OTP_SECRET: registry.seed })

async function freshPackage(folder = work): Promise<string> {
  const name = `e2e-cli-${++counter}`
  await makePackage(folder, name, { manifest: { name, version: '1.0.0' } })
  return name
}

describe('the packed package', () => {
  test('holds everything it runs: bin, dist, and installs nothing else, no node in node_modules/.bin', async () => {
    const modules = join(bin, '..', '..')
    const manifest = JSON.parse(await readFile(join(modules, 'npm-otp-publish', 'package.json'), 'utf8'))
    assert.equal(manifest.dependencies, undefined)
    assert.equal(manifest.optionalDependencies, undefined)
    assert.deepEqual((await readdir(modules)).filter(name => !name.startsWith('.')), ['npm-otp-publish'], 'no other package was installed')
    assert.deepEqual(await readdir(join(modules, '.bin')), ['npm-otp-publish'], 'no node (or anything else) linked into node_modules/.bin')
    assert.deepEqual(manifest.bin, { 'npm-otp-publish': 'bin/npm-otp-publish.js' })
    const script = await readFile(join(bin, '..', '..', 'npm-otp-publish', 'bin', 'npm-otp-publish.js'), 'utf8')
    assert.match(script, /^#!\/usr\/bin\/env node\n/)
  })

  test('--help shows the command, every option and the environment variables; --version the version', async () => {
    const help = await cli(['--help'])
    assert.equal(help.code, 0)
    for (const text of ['publish', '--package', '--workspaces', '--registry', '--tag', '--access', '--strategy', '--dry-run', '--concurrency', '--timeout', '--provenance', '--stage', '--on-otp-unavailable', '--trusted-publishing', '--ignore-scripts', '--no-ignore-scripts', '--token-env', '--otp-secret-env', '--json', 'NPM_TOKEN', 'NODE_AUTH_TOKEN', 'NPM_OTP_SECRET', 'NPM_ID_TOKEN']) {
      assert.ok(help.stdout.includes(text), `--help mentions ${text}`)
    }
    const version = await cli(['--version'])
    assert.equal(version.stdout.trim(), JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version)
  })
})

describe('npm-otp-publish publish', () => {
  test('publishes with the token and the seed from the environment, names name@version; a re-run skips and says why', async () => {
    const name = await freshPackage()
    const first = await cli(['publish', '--package', name, '--registry', registry.url], secrets())
    assert.equal(first.code, 0, first.stderr)
    assert.match(first.stderr, new RegExp(`${name}@1\\.0\\.0: published \\(token\\+otp\\)`))
    assert.doesNotMatch(first.stdout + first.stderr, /^::/m, 'no workflow commands')
    assert.equal((await npm(['view', name, 'version', '--registry', registry.url], work)).trim(), '1.0.0')
    const again = await cli(['publish', '--package', name, '--registry', registry.url], secrets())
    assert.equal(again.code, 0)
    assert.match(again.stderr, new RegExp(`${name}@1\\.0\\.0: skipped: version 1\\.0\\.0 is already on the registry`))
  })

  test('--json: standard output holds only the results document', async () => {
    const name = await freshPackage()
    const run = await cli(['publish', '-p', name, '--registry', registry.url, '--json'], secrets())
    assert.equal(run.code, 0, run.stderr)
    const document = JSON.parse(run.stdout) as Record<string, unknown>[]
    assert.equal(document.length, 1)
    for (const key of ['name', 'version', 'outcome', 'tag', 'message']) assert.ok(key in document[0], `entries have ${key}`)
    assert.equal(document[0].outcome, 'published')
  })

  test('a workspace, in dependency order', async () => {
    const root = await mkdtemp(join(tmpdir(), 'otp-publish-cli-ws-'))
    await makePackage(root, '.', { manifest: { name: 'cli-root', version: '1.0.0', private: true, workspaces: ['packages/*'] } })
    await makePackage(join(root, 'packages'), 'a', { manifest: { name: 'e2e-cli-ws-a', version: '1.0.0', dependencies: { 'e2e-cli-ws-b': '1.0.0' } } })
    await makePackage(join(root, 'packages'), 'b', { manifest: { name: 'e2e-cli-ws-b', version: '1.0.0' } })
    const start = registry.log.length
    const run = await cli(['publish', '--workspaces', '--registry', registry.url, '--json'], secrets(), root)
    assert.equal(run.code, 0, run.stderr)
    const document = JSON.parse(run.stdout) as { name: string; outcome: string }[]
    assert.deepEqual(document.map(entry => [entry.name, entry.outcome]).sort(), [['e2e-cli-ws-a', 'published'], ['e2e-cli-ws-b', 'published']])
    const order = registry.log.slice(start).filter(record => record.method === 'PUT').map(record => record.path)
    assert.deepEqual(order, ['/e2e-cli-ws-b', '/e2e-cli-ws-a'], 'the dependency first')
    assert.match(run.stderr, /^\[1\/2\] e2e-cli-ws-b@1\.0\.0: published$/m, 'a progress line per package (not a terminal)')
    assert.match(run.stderr, /^\[2\/2\] e2e-cli-ws-a@1\.0\.0: published$/m)
  })

  test('argument errors: exit 2, the unknown option named, secrets refused without being echoed', async () => {
    const unknown = await cli(['publish', '--regsitry', registry.url])
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /unknown option --regsitry/)
    const token = await cli(['publish', '--token', registry.token])
    assert.equal(token.code, 2)
    assert.match(token.stderr, /pass it through the environment: NPM_TOKEN/)
    const seed = await cli(['publish', '--otp-secret', registry.seed])
    assert.equal(seed.code, 2)
    assert.match(seed.stderr, /pass it through the environment: NPM_OTP_SECRET/)
    const positional = await cli(['publish', registry.seed])
    assert.equal(positional.code, 2)
    assert.match(positional.stderr, /looks like a token or a TOTP seed/)
    const value = await cli(['publish', '--concurrency', '0'])
    assert.equal(value.code, 2)
    assert.match(value.stderr, /Option --concurrency: "0" is not a whole number from 1 to 64/)
  })

  test('no seed on a registry that asks for a code: exit 3, and the message names the variable it read', async () => {
    const name = await freshPackage()
    const run = await cli(['publish', '-p', name, '--registry', registry.url, '--otp-secret-env', 'MY_SEED'], { NPM_TOKEN: registry.token })
    assert.equal(run.code, 3)
    assert.match(run.stderr, /but MY_SEED is not set\. Set MY_SEED to the account's TOTP seed in the job's environment/)
  })

  test('a rejected token: exit 3', async () => {
    const run = await cli(['publish', '-p', await freshPackage(), '--registry', registry.url], { NPM_TOKEN: 'not-a-token', NPM_OTP_SECRET: registry.seed })
    assert.equal(run.code, 3)
    assert.match(run.stderr, /rejected the npm token/)
  })

  test('--no-ignore-scripts: a prepack script finds the secret variables in no environment it can read, its own or the CLI process\'s', async () => {
    const name = `e2e-cli-${++counter}`
    await makePackage(work, name, { manifest: { name, version: '1.0.0', scripts: { prepack: 'node scan.cjs' } }, files: { 'scan.cjs': SCAN_SCRIPT } })
    const report = join(work, `${name}-report.json`)
    const run = await cli(['publish', '-p', name, '--registry', registry.url, '--no-ignore-scripts'], { ...secrets(), ...scanEnv(report, ['NPM_TOKEN', 'NPM_OTP_SECRET'], 'npm-otp-publish') })
    assert.equal(run.code, 0, run.stderr)
    const { found, read } = JSON.parse(await readFile(report, 'utf8')) as ScanReport
    assert.ok(read.some(cmdline => cmdline.includes('npm-otp-publish')), `the scan reached the CLI's process: ${read.join(' | ')}`)
    assert.deepEqual(found, [])
  })

  test('run from a sub-folder of a GitHub workspace: publishes that folder\'s package, not the workspace root\'s', async () => {
    const root = await mkdtemp(join(tmpdir(), 'otp-publish-cli-gh-'))
    await makePackage(root, '.', { manifest: { name: `e2e-cli-root-${++counter}`, version: '1.0.0' } })
    const sub = `e2e-cli-sub-${++counter}`
    await makePackage(root, 'sub', { manifest: { name: sub, version: '1.0.0' } })
    const run = await cli(['publish', '--registry', registry.url, '--json'], { ...secrets(), GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: root }, join(root, 'sub'))
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual((JSON.parse(run.stdout) as { name: string }[]).map(entry => entry.name), [sub])
  })

  test('a project .npmrc that binds ${NODE_AUTH_TOKEN} to its registry (setup-node, GitLab) gives the credential, as npm would', async () => {
    const project = await mkdtemp(join(tmpdir(), 'otp-publish-cli-npmrc-'))
    const name = `e2e-cli-npmrc-${++counter}`
    await makePackage(project, '.', { manifest: { name, version: '1.0.0' } })
    const host = new URL(registry.url).host
    await writeFile(join(project, '.npmrc'), `registry=${registry.url}\n//${host}/:_authToken=\${NODE_AUTH_TOKEN}\n`)
    registry.mode = 'open'
    try {
      // No NPM_TOKEN: the token comes only from the .npmrc, through NODE_AUTH_TOKEN.
      const run = await cli(['publish', '--json'], { NODE_AUTH_TOKEN: registry.token }, project)
      assert.equal(run.code, 0, run.stderr)
      assert.equal((JSON.parse(run.stdout) as { outcome: string }[])[0].outcome, 'published')
    } finally {
      registry.mode = 'otp'
    }
  })

  test('a wrong seed with --timeout 2: the wait for a fresh code step keeps to the time limit (exit 4), one request at most', async () => {
    const name = await freshPackage()
    const start = registry.log.length
    const run = await cli(['publish', '-p', name, '--registry', registry.url, '--timeout', '2'], { NPM_TOKEN: registry.token, NPM_OTP_SECRET: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' })
    assert.equal(run.code, 4, run.stderr)
    assert.match(run.stderr, /waiting for a fresh one-time password would go past the time limit \(--timeout 2 s\)/)
    assert.ok(registry.log.slice(start).filter(record => record.method === 'PUT').length <= 1)
  })

  test('a registry that stalls past --timeout: exit 4', async () => {
    const name = await freshPackage()
    registry.faults = ['stall']
    try {
      const run = await cli(['publish', '-p', name, '--registry', registry.url, '--timeout', '3'], secrets())
      assert.equal(run.code, 4, run.stderr)
      assert.match(run.stderr, /Option --timeout|"timeout"|--timeout/)
    } finally {
      registry.faults = []
    }
  })
})

describe('a dry run fails where the real run would', () => {
  test('no token: exit 3, saying it would fail and why; a 2FA account without the seed: exit 3; with both: exit 0, every check passed', async () => {
    const name = await freshPackage()
    const start = registry.log.length
    const noToken = await cli(['publish', '--dry-run', '--registry', registry.url, '-p', name], { NPM_OTP_SECRET: registry.seed })
    assert.equal(noToken.code, 3, noToken.stderr)
    assert.match(noToken.stderr, new RegExp(`${name}@1\\.0\\.0: Dry run: ${name}@1\\.0\\.0 would fail: No npm token for`))
    const noSeed = await cli(['publish', '--dry-run', '--registry', registry.url, '-p', name], { NPM_TOKEN: registry.token })
    assert.equal(noSeed.code, 3, noSeed.stderr)
    assert.match(noSeed.stderr, /would fail: The registry .* asked for a one-time password .* but NPM_OTP_SECRET is not set/)
    const both = await cli(['publish', '--dry-run', '--registry', registry.url, '-p', name], secrets())
    assert.equal(both.code, 0, both.stderr)
    assert.match(both.stderr, /The checks of a real run passed/)
    assert.deepEqual(registry.log.slice(start).filter(record => record.method === 'PUT'), [], 'nothing was published')
    const real = await cli(['publish', '--registry', registry.url, '-p', name], { NPM_TOKEN: registry.token })
    assert.equal(real.code, noSeed.code, 'the real run exits as its dry run said')
  })
})
