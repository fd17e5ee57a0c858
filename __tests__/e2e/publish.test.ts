/**
 * The built action, run as the runner runs it, against a real Verdaccio behind
 * an OTP gate that answers like npmjs for a 2FA auth-and-writes account.
 * Results are checked with the real npm CLI.
 */
import assert from 'node:assert/strict'
import { mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { makePackage, npm, runAction, type ActionRun } from '../support/action.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'

let registry: TestRegistry
let work: string

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-e2e-'))
})

after(async () => {
  // Stop the servers first: a failed check below must not leave them holding the process open.
  await registry?.stop()
  // Every run of this file, successes and failures: no token, seed or code the gate saw.
  checkRunsForSecrets(undefined, registry)
})

function putsSince(start: number) {
  return registry.log.slice(start).filter(record => record.method === 'PUT')
}

async function view(spec: string): Promise<Record<string, unknown> & { version: string; 'dist-tags': Record<string, string> }> {
  return JSON.parse(await npm(['view', spec, '--json', '--registry', registry.url], work))
}

async function publish(inputs: Record<string, string>, cwd = work, env?: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({ registry: registry.url, token: registry.token, ...inputs }, { cwd, env })
  return run
}

describe('publishing with a TOTP seed', () => {
  test('publishes with a code made at publish time, and npm can install it', async () => {
    await makePackage(work, 'first', { manifest: { name: 'e2e-first', version: '1.0.0', description: 'first' } })
    const putsBefore = registry.log.filter(r => r.method === 'PUT').length
    const run = await publish({ package: 'first', 'otp-secret': registry.seed }, work, {
      GITHUB_REPOSITORY: 'octo/widgets',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_WORKFLOW: 'release',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
    })

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
    assert.equal(run.outputs.auth, 'token+otp')
    assert.match(run.summary, /Published e2e-first@1\.0\.0/)
    assert.match(run.summary, /<td>e2e-first<\/td><td>1\.0\.0<\/td><td>published \(initial\)<\/td><td>latest<\/td>/)
    assert.match(run.summary, /From octo\/widgets at 0123456789ab, workflow "release", <a href="https:\/\/github\.com\/octo\/widgets\/actions\/runs\/4242">run<\/a>/)

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

  test('skips a version that is already there: exit 0, id empty, no PUT', async () => {
    await makePackage(work, 'again', { manifest: { name: 'e2e-again', version: '1.0.0' } })
    assert.equal((await publish({ package: 'again', 'otp-secret': registry.seed })).exitCode, 0)
    const start = registry.log.length
    const run = await publish({ package: 'again', 'otp-secret': registry.seed })
    assert.equal(run.exitCode, 0)
    assert.equal(run.outputs.id, '')
    assert.equal(run.outputs.type, '')
    assert.equal(run.outputs.name, 'e2e-again')
    assert.equal(run.outputs['old-version'], '1.0.0')
    assert.match(run.stdout, /Skipped: version 1\.0\.0 is already on the registry/)
    assert.match(run.summary, /Skipped e2e-again@1\.0\.0/)
    assert.equal(putsSince(start).length, 0)
  })

  test('the job summary keeps its table when the runner gives GITHUB_REPOSITORY and GITHUB_RUN_ID but no GITHUB_SHA or GITHUB_WORKFLOW', async () => {
    await makePackage(work, 'partial-env', { manifest: { name: 'e2e-partial-env', version: '1.0.0' } })
    const run = await publish({ package: 'partial-env', 'otp-secret': registry.seed }, work, { GITHUB_REPOSITORY: 'octo/widgets', GITHUB_RUN_ID: '77' })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.doesNotMatch(run.stdout, /Could not write the job summary/)
    assert.match(run.summary, /Published e2e-partial-env@1\.0\.0/)
    assert.match(run.summary, /<td>e2e-partial-env<\/td>/)
    assert.match(run.summary, /From octo\/widgets, <a href="https:\/\/github\.com\/octo\/widgets\/actions\/runs\/77">run<\/a>\./)
  })

  test('a rejected code is retried once with a code from a later step, and the publish goes through', async () => {
    await makePackage(work, 'retry', { manifest: { name: 'e2e-retry', version: '1.0.0' } })
    const start = registry.log.length
    registry.rejectValidCodes = 1
    const run = await publish({ package: 'retry', 'otp-secret': registry.seed })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.equal(run.outputs.id, 'e2e-retry@1.0.0')
    assert.match(run.stdout, /::warning::The registry rejected the one-time password from time step \d+/)
    const puts = putsSince(start)
    assert.deepEqual(puts.map(put => put.status), [401, 201])
    assert.ok(Math.floor(puts[1].at / 30_000) > Math.floor(puts[0].at / 30_000), 'the retry uses a later step')
    assert.equal((await view('e2e-retry')).version, '1.0.0')
  })

  test('a registry that answers 401 without the www-authenticate header gets the code all the same', async () => {
    registry.mode = 'otp-body-only'
    try {
      await makePackage(work, 'bodyonly', { manifest: { name: 'e2e-bodyonly', version: '2.0.0' } })
      const start = registry.log.length
      const run = await publish({ package: 'bodyonly', 'otp-secret': registry.seed })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.deepEqual(putsSince(start).map(put => put.status), [201])
    } finally {
      registry.mode = 'otp'
    }
  })

  test('without 2FA on the registry, publishes without a seed and says no code was used', async () => {
    registry.mode = 'open'
    try {
      await makePackage(work, 'open', { manifest: { name: 'e2e-open', version: '1.0.0' } })
      const run = await publish({ package: 'open' })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.equal(run.outputs['otp-required'], 'false')
      assert.equal(run.outputs.auth, 'token')
      assert.match(run.summary, /<td>token<\/td>/)
    } finally {
      registry.mode = 'otp'
    }
  })
})

describe("knowing before sending: the account's profile", () => {
  test('a seed, and an account whose profile says it needs no code: none is sent, otp-required is false', async () => {
    registry.mode = 'open'
    try {
      await makePackage(work, 'nocode', { manifest: { name: 'e2e-nocode', version: '1.0.0' } })
      const start = registry.log.length
      const run = await publish({ package: 'nocode', 'otp-secret': registry.seed })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.deepEqual(putsSince(start).map(put => [put.status, put.otp]), [[201, undefined]])
      assert.equal(run.outputs['otp-required'], 'false')
      assert.equal(run.outputs.auth, 'token')
      assert.match(run.stdout, /needs no one-time password to publish: none is sent unless it asks/)
    } finally {
      registry.mode = 'otp'
    }
  })

  test('the profile says no code, and the registry asks all the same: a code goes with the second request', async () => {
    registry.tfa = false
    try {
      await makePackage(work, 'asks-anyway', { manifest: { name: 'e2e-asks-anyway', version: '1.0.0' } })
      const start = registry.log.length
      const run = await publish({ package: 'asks-anyway', 'otp-secret': registry.seed })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.deepEqual(putsSince(start).map(put => [put.status, put.otp !== undefined]), [[401, false], [201, true]])
      assert.equal(run.outputs['otp-required'], 'true')
      assert.equal(run.outputs.auth, 'token+otp')
    } finally {
      registry.tfa = undefined
    }
  })

  test('a registry without the profile endpoint: the code goes with the first request, and otp-required says what the registry showed', async () => {
    registry.tfa = 'unavailable'
    try {
      await makePackage(work, 'noprofile', { manifest: { name: 'e2e-noprofile', version: '1.0.0' } })
      const start = registry.log.length
      const run = await publish({ package: 'noprofile', 'otp-secret': registry.seed })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.deepEqual(putsSince(start).map(put => [put.status, put.otp !== undefined]), [[201, true]])
      assert.equal(run.outputs['otp-required'], 'false', 'it never asked')
      assert.equal(run.outputs.auth, 'token+otp')
    } finally {
      registry.tfa = undefined
    }
  })

  test('a token the registry rejects fails on the profile read, before anything is packed (no prepack runs) and without a publish request', async () => {
    await makePackage(work, 'badtoken', {
      manifest: { name: 'e2e-badtoken', version: '1.0.0', scripts: { prepack: "node -e \"require('fs').writeFileSync('packed.marker', '')\"" } },
    })
    const start = registry.log.length
    const run = await publish({ package: 'badtoken', token: 'not-a-valid-token', 'otp-secret': registry.seed, 'ignore-scripts': 'false' })
    assert.equal(run.exitCode, 1)
    assert.match(run.error, /rejected the npm token \(401/)
    assert.deepEqual(putsSince(start), [])
    assert.ok(registry.log.slice(start).some(record => record.path === '/-/npm/v1/user' && record.status === 401), 'the profile read said so')
    assert.ok(!(await readdir(join(work, 'badtoken'))).includes('packed.marker'), 'prepack did not run')
  })
})

describe('what and where to publish', () => {
  test('strategy "upgrade" skips a version that is not greater than the one on the tag', async () => {
    await makePackage(work, 'upgrade', { manifest: { name: 'e2e-upgrade', version: '2.0.0' } })
    assert.equal((await publish({ package: 'upgrade', 'otp-secret': registry.seed })).exitCode, 0)
    await makePackage(work, 'upgrade', { manifest: { name: 'e2e-upgrade', version: '1.5.0' } })
    const skipped = await publish({ package: 'upgrade', 'otp-secret': registry.seed, strategy: 'upgrade' })
    assert.equal(skipped.exitCode, 0)
    assert.equal(skipped.outputs.id, '')
    assert.match(skipped.stdout, /not greater than 2\.0\.0/)
    await makePackage(work, 'upgrade', { manifest: { name: 'e2e-upgrade', version: '2.1.0' } })
    const upgraded = await publish({ package: 'upgrade', 'otp-secret': registry.seed, strategy: 'upgrade' })
    assert.equal(upgraded.outputs.id, 'e2e-upgrade@2.1.0')
    assert.equal(upgraded.outputs.type, 'minor')
    assert.equal(upgraded.outputs['old-version'], '2.0.0')
  })

  test('dry-run does everything but the PUT, and says so', async () => {
    await makePackage(work, 'dry', { manifest: { name: 'e2e-dry', version: '1.0.0' } })
    const start = registry.log.length
    const run = await publish({ package: 'dry', 'otp-secret': registry.seed, 'dry-run': 'true' })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.equal(run.outputs['dry-run'], 'true')
    assert.equal(run.outputs.id, 'e2e-dry@1.0.0')
    assert.match(run.stdout, /::notice::Dry run: e2e-dry@1\.0\.0 was not published/)
    assert.equal(putsSince(start).length, 0)
    assert.ok(registry.log.slice(start).some(record => record.method === 'GET'), 'the version check still ran')
    await assert.rejects(view('e2e-dry'), /E404|404/)
  })

  test('publishes a .tgz made by npm pack, and a package.json path', async () => {
    const dir = await makePackage(work, 'tarred', { manifest: { name: 'e2e-tarred', version: '3.0.0' } })
    await npm(['pack', '--pack-destination', work], dir)
    const tgz = (await readdir(work)).find(file => file.startsWith('e2e-tarred') && file.endsWith('.tgz'))
    assert.ok(tgz)
    const run = await publish({ package: tgz, 'otp-secret': registry.seed })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.equal(run.outputs.id, 'e2e-tarred@3.0.0')
    assert.match(run.stdout, /from tarball/)

    await makePackage(work, 'bypath', { manifest: { name: 'e2e-bypath', version: '1.0.0' } })
    const byPath = await publish({ package: 'bypath/package.json', 'otp-secret': registry.seed })
    assert.equal(byPath.outputs.id, 'e2e-bypath@1.0.0')
  })

  test('publishConfig sets tag, access and registry (the one the workflow names); a scoped package goes public', async () => {
    await makePackage(work, 'scoped', {
      manifest: { name: '@e2e/scoped', version: '1.0.0-beta.1', publishConfig: { tag: 'beta', access: 'public', registry: registry.url } },
    })
    // The runner's npm configuration names the same registry (as setup-node's registry-url would).
    const run = await runAction({ token: registry.token, package: 'scoped', 'otp-secret': registry.seed }, { cwd: work, env: { npm_config_registry: registry.url } })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.equal(run.outputs.tag, 'beta')
    assert.equal(run.outputs.access, 'public')
    assert.equal(run.outputs.registry, registry.url)
    assert.match(run.stdout, /from publishConfig\.registry/)
    const info = await view('@e2e/scoped')
    assert.equal(info['dist-tags'].beta, '1.0.0-beta.1')
  })

  test("with an empty token input, uses setup-node's .npmrc and NODE_AUTH_TOKEN", async () => {
    await makePackage(work, 'npmrc', { manifest: { name: 'e2e-npmrc', version: '1.0.0' } })
    const userconfig = join(work, 'setup-node-npmrc')
    const host = new URL(registry.url).host
    await writeFile(userconfig, `//${host}/:_authToken=\${NODE_AUTH_TOKEN}\nregistry=${registry.url}\nalways-auth=true\n`)
    const run = await runAction(
      { package: 'npmrc', 'otp-secret': registry.seed },
      { cwd: work, env: { NPM_CONFIG_USERCONFIG: userconfig, NODE_AUTH_TOKEN: registry.token } },
    )
    assert.equal(run.exitCode, 0, run.stdout)
    assert.equal(run.outputs.registry, registry.url)
    assert.match(run.stdout, /::add-mask::/, 'the token from the npm configuration is masked too')
  })

  test('ignore-scripts: false runs prepack, without the secret inputs in its environment, and publishes what it packed', async () => {
    const prepack =
      "node -e \"const e = process.env; require('fs').writeFileSync('built.js', 'module.exports = ' + JSON.stringify({ answer: 42, token: e.INPUT_TOKEN ?? null, seed: e['INPUT_OTP-SECRET'] ?? null }))\""
    await makePackage(work, 'scripts', {
      manifest: { name: 'e2e-scripts', version: '1.0.0', main: 'built.js', scripts: { prepack }, files: ['built.js', 'index.js'] },
    })
    const run = await publish({ package: 'scripts', 'otp-secret': registry.seed, 'ignore-scripts': 'false' })
    assert.equal(run.exitCode, 0, run.stdout)
    const consumer = await mkdtemp(join(tmpdir(), 'otp-publish-consumer-'))
    await writeFile(join(consumer, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}\n')
    await npm(['install', 'e2e-scripts@1.0.0', '--registry', registry.url], consumer)
    const { default: built } = await import(join(consumer, 'node_modules', 'e2e-scripts', 'built.js'))
    assert.deepEqual(built, { answer: 42, token: null, seed: null }, 'the script ran, and saw neither the token nor the seed')
  })
})

describe('package scripts (ignore-scripts: false)', () => {
  test('a prepack that changes the version: what is sent (1.0.1) is what is checked and what the outputs name', async () => {
    const bump = "const fs = require('fs'); const p = JSON.parse(fs.readFileSync('package.json', 'utf8')); p.version = '1.0.1'; fs.writeFileSync('package.json', JSON.stringify(p))"
    await makePackage(work, 'bumped', { manifest: { name: 'e2e-bumped', version: '1.0.0', scripts: { prepack: 'node bump.cjs' } }, files: { 'bump.cjs': bump } })
    const run = await publish({ package: 'bumped', 'otp-secret': registry.seed, 'ignore-scripts': 'false' })
    assert.equal(run.exitCode, 0, run.error)
    assert.match(run.stdout, /changed it to e2e-bumped@1\.0\.1: checking the registry for e2e-bumped@1\.0\.1/)
    assert.equal(run.outputs.version, '1.0.1')
    assert.equal(run.outputs.id, 'e2e-bumped@1.0.1')
    assert.deepEqual([(await view('e2e-bumped')).versions].flat(), ['1.0.1'], 'the registry holds the version the outputs name, and only that one')
  })

  test("a script that runs node-gyp finds npm's, from the bundle, on a PATH without one", async () => {
    const bin = await mkdtemp(join(tmpdir(), 'otp-publish-bin-'))
    await symlink(process.execPath, join(bin, 'node'))
    await makePackage(work, 'gyp', { manifest: { name: 'e2e-gyp', version: '1.0.0', scripts: { prepack: 'node-gyp --version > gyp-version.txt' } } })
    const run = await publish({ package: 'gyp', 'otp-secret': registry.seed, 'ignore-scripts': 'false' }, work, { PATH: [bin, '/usr/bin', '/bin'].join(delimiter) })
    assert.equal(run.exitCode, 0, run.error)
    assert.match(await readFile(join(work, 'gyp', 'gyp-version.txt'), 'utf8'), /^v\d+\.\d+\.\d+/)
  })
})

describe('what a maintainer would want to know before a version goes out', () => {
  test('a prepack that ignore-scripts skipped and a main the tarball lacks: warnings, by name; with strict: true, the step fails before anything is sent', async () => {
    const manifest = (name: string) => ({ name, version: '1.0.0', main: 'dist/index.js', scripts: { prepack: 'node build.js', test: 'node --test' } })
    await makePackage(work, 'unbuilt', { manifest: manifest('e2e-unbuilt'), files: { 'build.js': "require('fs').mkdirSync('dist')\n" } })
    const warned = await publish({ package: 'unbuilt', 'otp-secret': registry.seed })
    assert.equal(warned.exitCode, 0, warned.stdout)
    assert.match(warned.stdout, /::warning::e2e-unbuilt@1\.0\.0: its prepack script was not run \(ignore-scripts: true\), though npm publish would run it/)
    assert.match(warned.stdout, /::warning::e2e-unbuilt@1\.0\.0: main names dist\/index\.js, which the tarball does not hold/)
    assert.match(warned.stdout, /Set strict to true to stop the publish instead/)

    await makePackage(work, 'unbuilt-strict', { manifest: manifest('e2e-unbuilt-strict'), files: { 'build.js': '' } })
    const start = registry.log.length
    const strict = await publish({ package: 'unbuilt-strict', 'otp-secret': registry.seed, strict: 'true' })
    assert.equal(strict.exitCode, 1)
    assert.match(strict.error, /e2e-unbuilt-strict@1\.0\.0 was not published \(strict: true\): its prepack script was not run .*; main names dist\/index\.js/)
    assert.deepEqual(putsSince(start), [], 'nothing was sent')
  })
})
