/**
 * npm's configuration, as a self-hosted runner behind a company network has
 * it: every layer npm reads, a registry signed by a private CA, a forward
 * proxy, a registry under a path with basic auth. Each case publishes through
 * the built action, with the token and the registry left to npm's
 * configuration, and checks where the request went.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { makePackage, npm, runAction, type ActionRun } from '../support/action.ts'
import { startProxy, type TestProxy } from '../support/proxy.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { makeCertificates, type TestCertificates } from '../support/tls.ts'

/** Addresses where nothing listens: a layer that should lose would send the publish there, and fail. */
const DEAD = ['http://127.0.0.1:9/dead-global/', 'http://127.0.0.1:9/dead-user/', 'http://127.0.0.1:9/dead-project/']
const BASIC = Buffer.from('publisher:publisher-password').toString('base64')

let registry: TestRegistry
let tlsRegistry: TestRegistry
let pathRegistry: TestRegistry
let proxy: TestProxy
let certificates: TestCertificates
let counter = 0

before(async () => {
  certificates = await makeCertificates()
  ;[registry, tlsRegistry, pathRegistry, proxy] = await Promise.all([
    startRegistry(),
    startRegistry({ tls: certificates }),
    startRegistry({ pathPrefix: '/api/npm/npm-local' }),
    startProxy(),
  ])
})

after(async () => {
  // Stop the servers first: a failed check below must not leave them holding the process open.
  await Promise.all([registry?.stop(), tlsRegistry?.stop(), pathRegistry?.stop(), proxy?.stop()])
  for (const source of [registry, tlsRegistry, pathRegistry]) checkRunsForSecrets(undefined, source, [BASIC, 'publisher-password'])
})

interface Setup {
  /** .npmrc files: the global one (given by NPM_CONFIG_GLOBALCONFIG unless `env` says otherwise), the user one (NPM_CONFIG_USERCONFIG), the project's. */
  global?: string
  user?: string
  project?: string
  env?: Record<string, string>
  inputs?: Record<string, string>
}

/** A fresh workspace with a fresh package, published through the action with only the seed as input (and `inputs`). */
async function publish(target: TestRegistry, { global, user, project, env = {}, inputs = {} }: Setup): Promise<{ run: ActionRun; name: string; puts: TestRegistry['log']; workspace: string }> {
  const root = await mkdtemp(join(tmpdir(), 'otp-publish-npmrc-'))
  const workspace = join(root, 'workspace')
  const name = `e2e-npmrc-${++counter}`
  await makePackage(root, 'workspace', { manifest: { name, version: '1.0.0' } })
  const files: Record<string, string> = {}
  if (global !== undefined) await writeFile((files.NPM_CONFIG_GLOBALCONFIG = join(root, 'global-npmrc')), global)
  if (user !== undefined) await writeFile((files.NPM_CONFIG_USERCONFIG = join(root, 'user-npmrc')), user)
  if (project !== undefined) await writeFile(join(workspace, '.npmrc'), project)
  const start = target.log.length
  const run = await runAction({ 'otp-secret': target.seed, ...inputs }, { cwd: workspace, env: { ...files, ...env } })
  return { run, name, puts: target.log.slice(start).filter(record => record.method === 'PUT'), workspace }
}

/** `//host:port/path/:` for a registry URL. */
const nerf = (url: string) => url.replace(/^https?:/, '')

function assertPublished({ run, puts }: { run: ActionRun; puts: TestRegistry['log'] }): void {
  assert.equal(run.exitCode, 0, run.stdout)
  assert.deepEqual(puts.map(put => put.status), [201], run.stdout)
}

describe('every layer npm reads, in its order', () => {
  test('npm_config_* over the project .npmrc over the user .npmrc over the global npmrc; the token from the global one, ${VAR} expanded', async () => {
    const result = await publish(registry, {
      global: `registry=${DEAD[0]}\n${nerf(registry.url)}:_authToken=\${PUBLISH_TOKEN}\n`,
      user: `registry=${DEAD[1]}\n`,
      project: `registry=${DEAD[2]}\n`,
      env: { npm_config_registry: registry.url, PUBLISH_TOKEN: registry.token },
    })
    assertPublished(result)
    assert.match(result.run.stdout, new RegExp(`Registry ${registry.url} \\(from "registry" in npm_config_registry in the environment\\)`))
    assert.equal((await npm(['view', result.name, 'version', '--registry', registry.url], result.workspace)).trim(), '1.0.0')
  })

  test('without the variable, the project .npmrc wins over the user and global ones, and the log names the file; being repository content, it gets no code', async () => {
    const result = await publish(registry, {
      global: `registry=${DEAD[0]}\n`,
      user: `registry=${DEAD[1]}\n${nerf(registry.url)}:_authToken=${registry.token}\n`,
      project: `registry=${registry.url}\n`,
    })
    const projectFile = join(result.workspace, '.npmrc').replace(/[.]/g, '\\.')
    assert.match(result.run.stdout, new RegExp(`\\(from "registry" in project config ${projectFile}\\)`))
    // npm's order chose the project's registry, with the token the user .npmrc binds to it; the
    // one-time passwords are only for the registry the workflow names (the user .npmrc's).
    assert.deepEqual(result.puts.map(put => [put.status, put.otp]), [[401, undefined]])
    assert.match(result.run.error, new RegExp(`asked for a one-time password, and codes from the "otp-secret" input are only sent to ${DEAD[1]} \\("registry" in user config`))
  })

  test("the global npmrc of the node on PATH (<prefix>/etc/npmrc), as npm finds it on a runner's tool cache", async () => {
    const prefix = await mkdtemp(join(tmpdir(), 'otp-publish-prefix-'))
    await mkdir(join(prefix, 'bin'))
    await mkdir(join(prefix, 'etc'))
    await symlink(process.execPath, join(prefix, 'bin', 'node'))
    await writeFile(join(prefix, 'etc', 'npmrc'), `registry=${registry.url}\n${nerf(registry.url)}:_authToken=${registry.token}\n`)
    const result = await publish(registry, { env: { PATH: [join(prefix, 'bin'), process.env.PATH].join(delimiter) } })
    assertPublished(result)
    assert.match(result.run.stdout, new RegExp(`\\(from "registry" in global config ${join(prefix, 'etc', 'npmrc')}\\)`))
  })

  test('a user .npmrc with the legacy email= and always-auth= lines (older npm adduser, setup-node): a warning naming the file and the key, and the publish goes on, as with npm 11', async () => {
    const result = await publish(registry, { user: `email=me@example.com\nalways-auth=true\n${nerf(registry.url)}:_authToken=${registry.token}\n`, inputs: { registry: registry.url } })
    assertPublished(result)
    assert.match(result.run.stdout, /::warning::npm's config .*user-npmrc has a top-level "email", which npm no longer uses/)
    assert.doesNotMatch(result.run.stdout, /me@example\.com/)
  })

  test("an .npmrc in the package's folder (not the project's) is not read, as npm publish <folder> does not read it; the refusal names it", async () => {
    const root = await mkdtemp(join(tmpdir(), 'otp-publish-npmrc-'))
    const name = `e2e-npmrc-${++counter}`
    await makePackage(root, 'pkg', { manifest: { name, version: '1.0.0' } })
    await writeFile(join(root, 'pkg', '.npmrc'), `${nerf(registry.url)}:_authToken=${registry.token}\n`)
    const run = await runAction({ 'otp-secret': registry.seed, registry: registry.url, package: 'pkg' }, { cwd: root })
    assert.equal(run.exitCode, 1)
    assert.match(run.error, new RegExp(`No npm token for .*${join(root, 'pkg', '.npmrc').replace(/[.]/g, '\\.')} is in the package's folder, and neither npm publish nor this run reads an \\.npmrc there`))
  })

  test('an .npmrc npm would refuse stops the run before any request, naming the file and not the token', async () => {
    const result = await publish(registry, { project: `registry=${registry.url}\n_authToken=${registry.token}\n` })
    assert.equal(result.run.exitCode, 1)
    assert.match(result.run.error, /The npm configuration file .*workspace\/\.npmrc cannot be used: .*_authToken.* must be renamed to/)
    assert.deepEqual(result.puts, [])
  })
})

describe('an HTTPS registry signed by a private certificate authority', () => {
  const auth = () => `${nerf(tlsRegistry.url)}:_authToken=${tlsRegistry.token}\n`

  test('without the CA: a message that says how to give it to npm, and no publish', async () => {
    const result = await publish(tlsRegistry, { project: auth(), inputs: { registry: tlsRegistry.url } })
    assert.equal(result.run.exitCode, 1)
    assert.match(result.run.error, /presented a TLS certificate this runner does not trust \((SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\)\. .*"cafile=\/path\/to\/ca\.pem"/)
    assert.deepEqual(result.puts, [])
  })

  test("cafile= in the runner's .npmrc (the user config)", async () => {
    const result = await publish(tlsRegistry, { user: `cafile=${certificates.caFile}\n`, project: auth(), inputs: { registry: tlsRegistry.url } })
    assertPublished(result)
    assert.equal((await npm(['view', result.name, 'version', '--registry', tlsRegistry.url, '--cafile', certificates.caFile], result.workspace)).trim(), '1.0.0')
  })

  test('ca= inline in the user .npmrc', async () => {
    const inline = JSON.stringify(certificates.caPem.trim())
    assertPublished(await publish(tlsRegistry, { user: `ca=${inline}\n${auth()}`, inputs: { registry: tlsRegistry.url } }))
  })

  test('strict-ssl=false', async () => {
    assertPublished(await publish(tlsRegistry, { user: `strict-ssl=false\n${auth()}`, inputs: { registry: tlsRegistry.url } }))
  })
})

describe('a forward proxy', () => {
  const seenSince = (start: number) => proxy.seen.slice(start)
  const host = (url: string) => new URL(url).host
  // Through a tunnel, https-proxy-agent checks the certificate against a host name only, never an
  // IP literal: a registry behind a proxy has a name, so these tests use localhost.
  const named = () => tlsRegistry.url.replace('127.0.0.1', 'localhost')

  test('HTTPS_PROXY: the publish to an HTTPS registry goes through the proxy', async () => {
    const start = proxy.seen.length
    const result = await publish(tlsRegistry, {
      user: `cafile=${certificates.caFile}\n${nerf(named())}:_authToken=${tlsRegistry.token}\n`,
      inputs: { registry: named() },
      env: { HTTPS_PROXY: proxy.url },
    })
    assertPublished(result)
    assert.ok(seenSince(start).includes(`CONNECT ${host(named())}`), proxy.seen.join('\n'))
  })

  test('http_proxy (lower case) for an HTTP registry: the requests are sent to the proxy', async () => {
    const start = proxy.seen.length
    const result = await publish(registry, { project: `${nerf(registry.url)}:_authToken=${registry.token}\n`, inputs: { registry: registry.url }, env: { http_proxy: proxy.url } })
    assertPublished(result)
    assert.ok(seenSince(start).some(line => line.startsWith(`PUT ${registry.url}`)), proxy.seen.join('\n'))
  })

  test('NO_PROXY names the registry: it is reached directly', async () => {
    const start = proxy.seen.length
    const result = await publish(registry, {
      project: `${nerf(registry.url)}:_authToken=${registry.token}\n`,
      inputs: { registry: registry.url },
      env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' },
    })
    assertPublished(result)
    assert.deepEqual(seenSince(start), [])
  })

  test("proxy= in the runner's .npmrc", async () => {
    const start = proxy.seen.length
    const result = await publish(registry, { user: `proxy=${proxy.url}\n${nerf(registry.url)}:_authToken=${registry.token}\n`, inputs: { registry: registry.url } })
    assertPublished(result)
    assert.ok(seenSince(start).some(line => line.startsWith(`PUT ${registry.url}`)), proxy.seen.join('\n'))
  })

  test("https-proxy= in the runner's .npmrc, and noproxy= that names the registry", async () => {
    const start = proxy.seen.length
    const through = await publish(tlsRegistry, {
      user: `https-proxy=${proxy.url}\ncafile=${certificates.caFile}\n${nerf(named())}:_authToken=${tlsRegistry.token}\n`,
      inputs: { registry: named() },
    })
    assertPublished(through)
    assert.ok(seenSince(start).includes(`CONNECT ${host(named())}`), proxy.seen.join('\n'))
    const direct = proxy.seen.length
    const bypass = await publish(tlsRegistry, {
      user: `https-proxy=${proxy.url}\nnoproxy=localhost\ncafile=${certificates.caFile}\n${nerf(named())}:_authToken=${tlsRegistry.token}\n`,
      inputs: { registry: named() },
    })
    assertPublished(bypass)
    assert.deepEqual(seenSince(direct), [])
  })
})

describe("the repository's .npmrc and the workflow's secrets", () => {
  test('https-proxy= and strict-ssl=false in the repository cannot route the token and the code: the runner\'s settings are used for the registry the workflow names', async () => {
    const start = proxy.seen.length
    const result = await publish(tlsRegistry, {
      user: `cafile=${certificates.caFile}\n`,
      project: `https-proxy=${proxy.url}\nstrict-ssl=false\n${nerf(tlsRegistry.url)}:_authToken=${tlsRegistry.token}\n`,
      inputs: { registry: tlsRegistry.url },
    })
    assertPublished(result)
    assert.deepEqual(proxy.seen.slice(start), [], 'nothing went through the proxy the repository named')
    assert.match(result.run.stdout, /The repository's \.npmrc sets strict-ssl, https-proxy: requests that carry the "token" input or one-time passwords use only the runner's network settings/)
  })
})

describe('a registry under a path, with basic auth, as Artifactory and Nexus serve it', () => {
  test('_auth for the registry path, no token input', async () => {
    assert.match(pathRegistry.url, /\/api\/npm\/npm-local\/$/)
    const result = await publish(pathRegistry, { project: `${nerf(pathRegistry.url)}:_auth=${BASIC}\n`, inputs: { registry: pathRegistry.url } })
    assertPublished(result)
    assert.equal(result.puts[0].auth, 'Basic')
    assert.equal((await npm(['view', result.name, 'version', '--registry', pathRegistry.url], result.workspace)).trim(), '1.0.0')
  })

  test('username and _password, with the registry from the .npmrc', async () => {
    const password = Buffer.from('publisher-password').toString('base64')
    const result = await publish(pathRegistry, {
      user: `registry=${pathRegistry.url}\n${nerf(pathRegistry.url)}:username=publisher\n${nerf(pathRegistry.url)}:_password=${password}\n`,
    })
    assertPublished(result)
    assert.equal(result.puts[0].auth, 'Basic')
  })
})
