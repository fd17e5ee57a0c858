import assert from 'node:assert/strict'
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { NpmConfigError } from '../../src/core/errors.ts'
import type { Logger } from '../../src/common/log.ts'
import { NEUTRAL_WORDS, render, type Text } from '../../src/common/text.ts'
import { loadNpmConfig, type NpmConfig } from '../../src/core/npm/config.ts'
import { DEFAULT_REGISTRY, credentialsFromConfig, nerfDart, registriesFor } from '../../src/core/npm/registries.ts'

const workflowRegistry = (requested: string | undefined, name: string, config: NpmConfig) => registriesFor(name, 'pkg', requested, {}, config).workflow
const chooseRegistry = (requested: string | undefined, name: string, publishConfig: Record<string, unknown>, config: NpmConfig) =>
  registriesFor(name, 'pkg', requested, publishConfig, config).registry

function recordingLogger(): Logger & { lines: string[]; secrets: string[] } {
  const lines: string[] = []
  const secrets: string[] = []
  const push = (kind: string) => (message: Text | string) => lines.push(`${kind}: ${render(message, NEUTRAL_WORDS)}`)
  return { lines, secrets, info: push('info'), notice: push('notice'), warning: push('warning'), debug: push('debug'), secret: value => secrets.push(value) }
}

/** A machine of its own: a home, an empty PATH, a global npmrc and a workspace, each in a temporary folder. */
async function machine(files: { global?: string; user?: string; project?: string } = {}) {
  const root = await mkdtemp(join(tmpdir(), 'otp-publish-config-'))
  const paths = { home: join(root, 'home'), bin: join(root, 'bin'), workspace: join(root, 'workspace'), global: join(root, 'global-npmrc'), user: join(root, 'home', '.npmrc') }
  for (const dir of [paths.home, paths.bin, paths.workspace]) await mkdir(dir)
  await writeFile(join(paths.workspace, 'package.json'), '{"name":"w","version":"1.0.0"}\n')
  if (files.global !== undefined) await writeFile(paths.global, files.global)
  if (files.user !== undefined) await writeFile(paths.user, files.user)
  if (files.project !== undefined) await writeFile(join(paths.workspace, '.npmrc'), files.project)
  const env: NodeJS.ProcessEnv = { HOME: paths.home, PATH: paths.bin, NPM_CONFIG_GLOBALCONFIG: paths.global }
  return { ...paths, root, env }
}

/** A configuration made by hand, for the functions that read one. */
function stub(options: Record<string, unknown>, sourceOf = (_key: string) => 'test'): NpmConfig {
  return { options, network: {}, runnerNetwork: {}, projectNetworkKeys: [], projectFile: undefined, sourceOf, runnerValue: () => undefined }
}

async function load(env: NodeJS.ProcessEnv, cwd: string, logger = recordingLogger()): Promise<NpmConfig> {
  return loadNpmConfig({ env, cwd, logger })
}

describe("npm's configuration, read by npm's own loader", () => {
  test('each layer in npm\'s order: global < user < project < npm_config_*, and the source of each value', async () => {
    const m = await machine({ global: 'registry=https://global.example/\n', user: 'registry=https://user.example/\n', project: 'registry=https://project.example/\n' })
    const project = await load(m.env, m.workspace)
    assert.equal(project.options.registry, 'https://project.example/')
    assert.equal(project.sourceOf('registry'), `project config ${join(m.workspace, '.npmrc')}`)
    const env = await load({ ...m.env, npm_config_registry: 'https://env.example/' }, m.workspace)
    assert.equal(env.options.registry, 'https://env.example/')
    assert.equal(env.sourceOf('registry'), 'npm_config_registry in the environment')
    const user = await load(m.env, m.root) // outside the project: no project .npmrc
    assert.equal(user.options.registry, 'https://user.example/')
    assert.equal(user.sourceOf('registry'), `user config ${m.user}`)
    const globalOnly = await load({ ...m.env, HOME: m.root }, m.root)
    assert.equal(globalOnly.options.registry, 'https://global.example/')
    assert.equal(globalOnly.sourceOf('registry'), `global config ${m.global}`)
  })

  test("setup-node's user .npmrc (NPM_CONFIG_USERCONFIG) with ${NODE_AUTH_TOKEN}, expanded from the environment", async () => {
    const m = await machine()
    const userconfig = join(m.root, 'setup-node-npmrc')
    await writeFile(userconfig, '//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}\nregistry=https://registry.npmjs.org/\n@acme:registry=https://user.example/\n')
    await writeFile(join(m.workspace, '.npmrc'), '@acme:registry=https://project.example/\n')
    const logger = recordingLogger()
    const config = await load({ ...m.env, NPM_CONFIG_USERCONFIG: userconfig, NODE_AUTH_TOKEN: 'tok-from-env-1' }, m.workspace, logger)
    assert.equal(config.options['@acme:registry'], 'https://project.example/')
    assert.deepEqual(credentialsFromConfig('https://registry.npmjs.org/', config), { token: 'tok-from-env-1', basic: undefined })
    assert.deepEqual(credentialsFromConfig('https://other.example/', config), { token: undefined, basic: undefined })
    assert.ok(logger.secrets.includes('tok-from-env-1'), 'the token was masked when the configuration was read')
    const unset = await load({ ...m.env, NPM_CONFIG_USERCONFIG: userconfig }, m.workspace)
    assert.equal(credentialsFromConfig('https://registry.npmjs.org/', unset).token, undefined, 'an unexpanded ${NODE_AUTH_TOKEN} is no token')
  })

  test("the global npmrc of the prefix of the node on PATH (<prefix>/etc/npmrc), as npm finds it", async () => {
    const m = await machine()
    const prefix = join(m.root, 'toolcache', 'node', '24.0.0', 'x64')
    await mkdir(join(prefix, 'bin'), { recursive: true })
    await mkdir(join(prefix, 'etc'))
    await symlink(process.execPath, join(prefix, 'bin', 'node'))
    await writeFile(join(prefix, 'etc', 'npmrc'), 'registry=https://prefix.example/\n')
    const { NPM_CONFIG_GLOBALCONFIG: _, ...env } = m.env
    const config = await load({ ...env, PATH: join(prefix, 'bin') }, m.workspace)
    assert.equal(config.options.registry, 'https://prefix.example/')
    assert.equal(config.sourceOf('registry'), `global config ${join(prefix, 'etc', 'npmrc')}`)
  })

  test('basic auth as Artifactory and Nexus use it: _auth, or username + _password; every form is masked', async () => {
    const auth = Buffer.from('deployer:s3cret-pass').toString('base64')
    const password = Buffer.from('other-s3cret').toString('base64')
    const m = await machine({
      project: `//repo.example/api/npm/npm-local/:_auth=${auth}\n//nexus.example/repository/npm/:username=ci\n//nexus.example/repository/npm/:_password=${password}\n`,
    })
    const logger = recordingLogger()
    const config = await load(m.env, m.workspace, logger)
    assert.equal(credentialsFromConfig('https://repo.example/api/npm/npm-local/', config).basic, auth)
    assert.equal(credentialsFromConfig('https://nexus.example/repository/npm/', config).basic, Buffer.from('ci:other-s3cret').toString('base64'))
    for (const secret of [auth, 's3cret-pass', 'deployer:s3cret-pass', password, 'other-s3cret']) assert.ok(logger.secrets.includes(secret), `masked: ${secret}`)
  })

  test('only what says where and how to connect reaches the requests: no cache, retries, otp, auth-type or offline from the configuration', async () => {
    const m = await machine({ user: 'cache=/tmp/x\nfetch-retries=5\notp=123456\nauth-type=web\noffline=true\nstrict-ssl=false\nhttps-proxy=http://proxy.example:3128/\nnoproxy=internal.example\n' })
    const config = await load(m.env, m.workspace)
    for (const options of [config.options, config.network]) {
      for (const key of ['cache', 'retry', 'otp', 'authType', 'offline', 'userAgent', 'timeout']) assert.equal(key in options, false, key)
    }
    assert.equal(config.network.strictSSL, false)
    assert.equal(config.network.httpsProxy, 'http://proxy.example:3128/')
    assert.equal(config.network.noProxy, 'internal.example')
    assert.deepEqual(config.runnerNetwork, config.network, 'all of it from the runner (user config)')
  })

  test("the repository's .npmrc network settings stay out of the runner's view (for the requests that carry the workflow's secrets)", async () => {
    const m = await machine({ user: 'https-proxy=http://runner-proxy.example:3128/\n', project: 'https-proxy=http://repo-proxy.example/\nstrict-ssl=false\n' })
    const config = await load(m.env, m.workspace)
    assert.equal(config.network.httpsProxy, 'http://repo-proxy.example/', "npm's own view")
    assert.equal(config.network.strictSSL, false)
    assert.equal(config.runnerNetwork.httpsProxy, 'http://runner-proxy.example:3128/')
    assert.equal(config.runnerNetwork.strictSSL, true)
    assert.deepEqual(config.projectNetworkKeys, ['strict-ssl', 'https-proxy'])
  })

  test('cafile= is read into the CA list, as npm does', async () => {
    const m = await machine()
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
    await writeFile(join(m.root, 'ca.pem'), pem + pem)
    await writeFile(join(m.workspace, '.npmrc'), `cafile=${join(m.root, 'ca.pem')}\n`)
    const config = await load(m.env, m.workspace)
    assert.equal((config.network.ca as string[]).length, 2)
  })

  describe('a configuration npm would not use names the file', () => {
    test('a token that is not tied to a registry (npm refuses it too), without showing it', async () => {
      const m = await machine({ user: '_authToken=npm_untied_secret_value\n' })
      await assert.rejects(load(m.env, m.workspace), (error: unknown) => {
        assert.ok(error instanceof NpmConfigError)
        assert.match(error.message, new RegExp(`The npm configuration file ${m.user.replace(/[.]/g, '\\.')} cannot be used: .*_authToken.*must be renamed to .//registry\\.npmjs\\.org/:_authToken.`))
        assert.doesNotMatch(error.message, /npm_untied_secret_value/)
        return true
      })
    })

    test('legacy top-level keys older npm adduser and setup-node wrote (email=, always-auth=): a warning naming the file and the key, once, and the run goes on, as with npm 11', async () => {
      const m = await machine({ user: `email=me@example.com\nalways-auth=true\n//registry.npmjs.org/:_authToken=tok\n` })
      const logger = recordingLogger()
      const config = await load(m.env, m.workspace, logger)
      assert.equal(credentialsFromConfig('https://registry.npmjs.org/', config).token, 'tok', 'the credentials still count')
      const warnings = logger.lines.filter(line => line.startsWith('warning:') && line.includes(m.user))
      assert.equal(warnings.filter(line => line.includes('"email"')).length, 1, warnings.join('\n'))
      assert.ok(!logger.lines.some(line => line.includes('me@example.com')), 'the value is not shown')
    })

    test('a registry that is not a URL: stops rather than fall back to npmjs, and never echoes the value', async () => {
      const m = await machine({ project: 'registry=not a url with-secret-part\n' })
      await assert.rejects(load(m.env, m.workspace), (error: unknown) => {
        assert.ok(error instanceof NpmConfigError)
        assert.match(error.message, new RegExp(`${join(m.workspace, '.npmrc').replace(/[.]/g, '\\.')} cannot be used: the value of "registry" is not a URL\\. Fix it or remove the line\\.$`))
        assert.doesNotMatch(error.message, /with-secret-part/)
        return true
      })
    })

    test('a cafile that does not exist', async () => {
      const m = await machine({ user: 'cafile=/nonexistent/ca.pem\n' })
      await assert.rejects(load(m.env, m.workspace), /The npm configuration file .*\.npmrc cannot be used: "cafile" names \/nonexistent\/ca\.pem, which cannot be read \(ENOENT\)/)
    })

    test('an invalid value npm only warns about is a warning naming the file', async () => {
      const m = await machine({ user: 'loglevel=chatty\n' })
      const logger = recordingLogger()
      await load(m.env, m.workspace, logger)
      assert.ok(logger.lines.some(line => line.startsWith(`warning: npm's config ${m.user}: the value of "loglevel" is not valid`)), logger.lines.join('\n'))
    })

    test('an .npmrc that is a folder is skipped with a warning naming it', async () => {
      const m = await machine()
      await mkdir(join(m.workspace, '.npmrc'))
      const logger = recordingLogger()
      await load(m.env, m.workspace, logger)
      assert.ok(logger.lines.some(line => line.includes(`project config ${join(m.workspace, '.npmrc')} cannot be read (EISDIR)`)), logger.lines.join('\n'))
    })
  })

  test("the workflow's registry: the runner's layers only, never the repository's .npmrc", async () => {
    const m = await machine({ user: 'registry=https://user.example/\n@acme:registry=https://scoped-user.example/\n', project: 'registry=https://project.example/\n@acme:registry=https://scoped-project.example/\n' })
    const config = await load(m.env, m.workspace)
    assert.equal(config.options.registry, 'https://project.example/', 'npm itself would use the project .npmrc')
    assert.deepEqual(workflowRegistry(undefined, 'plain', config), { url: 'https://user.example/', source: [`"registry" in user config ${m.user}`] })
    assert.equal(workflowRegistry(undefined, '@acme/a', config).url, 'https://scoped-user.example/')
    assert.equal(workflowRegistry('https://input.example', '@acme/a', config).url, 'https://input.example/')
    const bare = await machine({ project: 'registry=https://project.example/\n' })
    assert.deepEqual(workflowRegistry(undefined, 'plain', await load(bare.env, bare.workspace)), { url: DEFAULT_REGISTRY, source: [`"registry" in npm's default`] })
    const env = await load({ ...bare.env, npm_config_registry: 'https://env.example/' }, bare.workspace)
    assert.equal(workflowRegistry(undefined, 'plain', env).url, 'https://env.example/')
  })

  test('tokens are found under the registry path, walking up to the host', () => {
    const config = stub({ '//127.0.0.1:4873/:_authToken': 't' })
    assert.equal(credentialsFromConfig('http://127.0.0.1:4873/sub/', config).token, 't')
    assert.equal(nerfDart('http://127.0.0.1:4873/sub/'), '//127.0.0.1:4873/sub/')
  })
})

describe('choosing the registry', () => {
  const config = stub({ registry: 'https://config.example/', '@acme:registry': 'https://scoped.example/' }, key => `user config /home/me/.npmrc (${key})`)
  test('the input wins', () => {
    assert.equal(chooseRegistry('https://input.example', '@acme/a', { registry: 'https://pc.example/' }, config).url, 'https://input.example/')
  })
  test('then publishConfig (scoped key first)', () => {
    assert.equal(chooseRegistry(undefined, '@acme/a', { registry: 'https://pc.example/' }, config).url, 'https://pc.example/')
    assert.equal(chooseRegistry(undefined, '@acme/a', { '@acme:registry': 'https://pcs.example/', registry: 'https://pc.example/' }, config).url, 'https://pcs.example/')
  })
  test('then the scoped registry of the npm config, then its registry, each naming where it was set', () => {
    assert.deepEqual(chooseRegistry(undefined, '@acme/a', {}, config), { url: 'https://scoped.example/', source: ['"@acme:registry" in user config /home/me/.npmrc (@acme:registry)'] })
    assert.deepEqual(chooseRegistry(undefined, 'plain', {}, config), { url: 'https://config.example/', source: ['"registry" in user config /home/me/.npmrc (registry)'] })
  })
  test("then npm's default", () => {
    assert.equal(chooseRegistry(undefined, 'plain', {}, stub({})).url, DEFAULT_REGISTRY)
  })
})
