/**
 * What the relay never does, whatever the command behind it tries: send a request anywhere but under
 * the registry's origin and path, read a body before the credential or past its limit, write into
 * the user's tree, or leave a secret in the command's environment under any name. Against a
 * registry served under a path (as Artifactory, Nexus, GitLab and GitHub Packages serve theirs), with
 * a second host listening for anything that leaks.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { promisify } from 'node:util'
import { npm, runAction } from '../support/action.ts'
import { installCli, runBin, type CliRun } from '../support/cli.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { writeTree } from '../support/tree.ts'

const execFileAsync = promisify(execFile)

let registry: TestRegistry
let work: string
let bin: string
/** A second host: whatever reaches it leaked. */
let elsewhere: http.Server
const leaked: string[] = []
let counter = 0

before(async () => {
  registry = await startRegistry({ pathPrefix: '/npm' })
  work = await mkdtemp(join(tmpdir(), 'otp-publish-bounds-'))
  bin = await installCli(work)
  elsewhere = http.createServer((request, response) => {
    leaked.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`)
    response.end('{}')
  })
  elsewhere.listen(0, '127.0.0.1')
  await once(elsewhere, 'listening')
})

after(async () => {
  elsewhere?.close()
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
})

/** The command's own environment, then its ancestors' (the exec process among them), one per line. */
const DUMP = `
const fs = require('fs')
const seen = [JSON.stringify(process.env)]
for (let pid = process.ppid; pid > 1; ) {
  const cmdline = fs.readFileSync('/proc/' + pid + '/cmdline', 'utf8').split('\\0').join(' ')
  let environ = '(unreadable)'
  try { environ = fs.readFileSync('/proc/' + pid + '/environ', 'utf8').split('\\0').join(' ') } catch {}
  seen.push(pid + ' ' + cmdline.replace(/\\n/g, ' ') + ' ' + environ.replace(/\\n/g, ' '))
  const stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8')
  pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
}
fs.writeFileSync(process.env.DUMP_TO, seen.join('\\n'))
`

async function project(files: Record<string, string>): Promise<string> {
  return writeTree(join(work, `project-${++counter}`), files)
}

const unique = (what: string) => `bounds-${what}-${++counter}`
const manifest = (name: string, version = '1.0.0') => JSON.stringify({ name, version })

async function exec(cwd: string, command: string[], env: Record<string, string> = { NPM_TOKEN: registry.token }): Promise<CliRun> {
  return runBin(bin, ['exec', '--registry', registry.url, '--json', '--', ...command], { NPM_OTP_SECRET: registry.seed, ...env }, cwd)
}

/** A command that sends raw requests to the relay (no client normalises their paths) and writes down each status. */
const PROBE = `
const http = require('http'), fs = require('fs')
const relay = new URL(process.env.npm_config_registry)
const probes = JSON.parse(process.env.PROBES)
const results = []
const next = i => {
  if (i === probes.length) return fs.writeFileSync(process.env.OUT, JSON.stringify(results))
  const { path, method = 'GET', credential = true, length, send = 0 } = probes[i]
  const headers = credential ? { authorization: 'Bearer ' + process.env.NPM_TOKEN } : {}
  if (length !== undefined) headers['content-length'] = String(length)
  const started = Date.now()
  const request = http.request({ host: relay.hostname, port: relay.port, path, method, headers }, response => {
    response.resume()
    response.on('end', () => { results.push({ path, status: response.statusCode, ms: Date.now() - started }); next(i + 1) })
  })
  request.on('error', error => { results.push({ path, error: error.code }); next(i + 1) })
  if (send) request.write(Buffer.alloc(send))
  if (length === undefined) request.end()
}
next(0)
`

interface ProbeResult {
  path: string
  status?: number
  error?: string
}

async function probe(probes: { path: string; method?: string; credential?: boolean; length?: number; send?: number }[]): Promise<{ run: CliRun; results: ProbeResult[] }> {
  const cwd = await project({ 'package.json': manifest(unique('probe')), 'probe.cjs': PROBE })
  const out = join(cwd, 'out.json')
  const run = await exec(cwd, ['node', 'probe.cjs'], { NPM_TOKEN: registry.token, PROBES: JSON.stringify(probes), OUT: out })
  return { run, results: JSON.parse(await readFile(out, 'utf8')) as ProbeResult[] }
}

describe('one way to the registry: every request bound to its origin and path', () => {
  test('absolute and scheme-relative URLs, dot segments and encodings of them: 400 before anything is sent, and nothing reaches another path or host', async () => {
    const gate = new URL(registry.url)
    const other = `127.0.0.1:${(elsewhere.address() as AddressInfo).port}`
    const paths = [
      `/http://${gate.host}/other/steal`,
      `/http:/${gate.host}/other/steal`,
      `/http://${other}/steal`,
      `/https:%2f%2f${other}/steal`,
      `//${other}/steal`,
      '/../other/steal',
      '/-/../../other/steal',
      '/%2e%2e/other/steal',
      '/%2E%2e%2fother%2fsteal',
      '/%252e%252e/other/steal',
      '/-/..%2f..%2fother/steal',
      '/@scope%2f..%2f..%2fother',
      '/%5c..%5cother',
      '/a/./b',
      '/a//b',
    ]
    const strays = registry.strays.length
    const start = registry.log.length
    const { run, results } = await probe(paths.map(path => ({ path })))
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(
      results.map(result => [result.path, result.status]),
      paths.map(path => [path, 400]),
    )
    assert.deepEqual(registry.strays.slice(strays), [], 'nothing reached the registry host outside its path')
    assert.deepEqual(leaked, [], 'nothing reached the other host')
    assert.deepEqual(registry.log.slice(start).filter(record => !record.path.startsWith('/-/npm/v1/user') && !record.path.startsWith('/bounds-probe')), [], 'the registry saw none of them')
    assert.match(run.stderr, /The relay refused an absolute URL in the path/)
    assert.match(run.stderr, /The relay refused a dot segment/)
  })

  test('reads and writes under the path go through: a package published and read back through the relay', async () => {
    const name = unique('ok')
    const cwd = await project({ 'package.json': manifest(name) })
    const run = await exec(cwd, ['sh', '-c', `npm publish && npm view ${name} version`])
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stdout, /1\.0\.0/)
    assert.deepEqual(registry.strays, [])
  })
})

describe('bodies', () => {
  test("no credential: 401 from the headers, before the body has arrived; a body over the limit: 413 while it is still arriving", async () => {
    const name = unique('big')
    const { run, results } = await probe([
      { path: `/${name}`, method: 'PUT', credential: false, length: 1_000_000_000, send: 1024 },
      { path: `/${name}`, method: 'PUT', credential: true, length: 400 * 1024 * 1024, send: 1024 },
    ])
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(
      results.map(result => result.status),
      [401, 413],
    )
    assert.match(run.stderr, /The relay refused a body over 300 MiB/)
  })
})

describe('nothing written where the user works', () => {
  test('npm view and npm publish of a package that has a version: the tree is unchanged, and the tarball holds only its own files', async () => {
    const name = unique('tree')
    const cwd = await project({ 'package.json': manifest(name), 'index.js': 'module.exports = 1\n' })
    const git = (...args: string[]) => execFileAsync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd })
    await git('init', '-q', '.')
    await git('add', '-A')
    await git('commit', '-qm', 'one')
    assert.equal((await exec(cwd, ['npm', 'publish'])).code, 0)
    await writeFile(join(cwd, 'package.json'), manifest(name, '1.0.1'))
    await git('commit', '-qam', 'two')
    const run = await exec(cwd, ['sh', '-c', `npm view ${name} versions && npm publish`])
    assert.equal(run.code, 0, run.stderr)
    assert.equal((await git('status', '--porcelain', '--ignored')).stdout, '', 'the tree is as it was')
    const tarball = (await npm(['view', `${name}@1.0.1`, 'dist.tarball', '--registry', registry.url], work)).trim()
    const data = Buffer.from(await (await fetch(tarball)).arrayBuffer())
    const listing = join(work, `${name}.tgz`)
    await writeFile(listing, data)
    const files = (await execFileAsync('tar', ['-tzf', listing])).stdout.trim().split('\n').sort()
    assert.deepEqual(files, ['package/index.js', 'package/package.json'])
  })
})

describe("the command's environment", () => {
  test("setup-node's NPM_CONFIG_USERCONFIG (upper case) and NODE_AUTH_TOKEN: npm still reaches the relay with the run's credential, through a shell", async () => {
    const name = unique('setup-node')
    const cwd = await project({ 'package.json': manifest(name) })
    const npmrc = join(cwd, '..', `setup-node-${counter}.npmrc`)
    await writeFile(npmrc, `${registry.url.replace(/^https?:/, '')}:_authToken=\${NODE_AUTH_TOKEN}\nregistry=${registry.url}\nalways-auth=true\n`)
    const start = registry.log.length
    const run = await exec(cwd, ['sh', '-c', `npm view ${name}-absent version; npm publish`], { NPM_CONFIG_USERCONFIG: npmrc, NODE_AUTH_TOKEN: registry.token })
    assert.equal(run.code, 0, run.stderr)
    const puts = registry.log.slice(start).filter(record => record.method === 'PUT' && record.status === 201)
    assert.equal(puts.length, 1)
    assert.match(puts[0].otp ?? '', /^\d{6}$/)
  })

  test("the action's command input under setup-node's .npmrc: published with the run's credential", async () => {
    const name = unique('action-setup-node')
    const cwd = await project({ 'package.json': manifest(name) })
    const npmrc = join(cwd, '..', `setup-node-action-${counter}.npmrc`)
    await writeFile(npmrc, `${registry.url.replace(/^https?:/, '')}:_authToken=\${NODE_AUTH_TOKEN}\nregistry=${registry.url}\n`)
    const run = await runAction({ 'otp-secret': registry.seed, command: 'npm publish' }, { cwd, env: { NPM_CONFIG_USERCONFIG: npmrc, NODE_AUTH_TOKEN: registry.token } })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.equal((await npm(['view', name, 'version', '--registry', registry.url], work)).trim(), '1.0.0')
  })

  test('no variable holds the token or the seed, whatever its name and form; a project .npmrc that reads the token from such a variable still works', async () => {
    const name = unique('by-value')
    const spaced = registry.seed.toLowerCase().replace(/(.{4})/g, '$1 ').trim()
    const cwd = await project({
      'package.json': manifest(name),
      '.npmrc': `${registry.url.replace(/^https?:/, '')}:_authToken=\${MY_TOKEN}\n`,
      'dump.cjs': DUMP,
    })
    const dump = join(cwd, '..', `dump-${counter}.json`)
    const run = await exec(cwd, ['sh', '-c', 'node dump.cjs && npm publish'], {
      MY_TOKEN: registry.token,
      AUTH_HEADER: `Bearer ${registry.token}`,
      SPACED_SEED: spaced,
      SEED_URI: `otpauth://totp/npm:me?secret=${registry.seed}&issuer=npm`,
      DUMP_TO: dump,
    })
    assert.equal(run.code, 0, run.stderr)
    const [own, ...ancestors] = (await readFile(dump, 'utf8')).split('\n')
    const env = JSON.parse(own) as Record<string, string>
    const seen = [own, ...ancestors].join('\n')
    assert.ok(ancestors.some(line => /npm-otp-publish exec/.test(line)), "the dump read the exec process's environment")
    assert.ok(!seen.includes(registry.token), 'no token')
    assert.ok(!seen.replace(/\s/g, '').toUpperCase().includes(registry.seed), 'no seed, in any case or spacing')
    assert.equal(env.SPACED_SEED, undefined)
    assert.equal(env.SEED_URI, undefined)
    assert.equal(env.MY_TOKEN, env.NPM_TOKEN, "the token's variable holds the relay's credential instead")
    assert.equal(env.AUTH_HEADER, `Bearer ${env.NPM_TOKEN}`)
    assert.equal((await npm(['view', name, 'version', '--registry', registry.url], work)).trim(), '1.0.0')
  })
})
