import assert from 'node:assert/strict'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { DEFAULT_REGISTRY, chooseRegistry, expandEnv, nerfDart, readNpmConfig, tokenFromConfig } from '../../src/publish/config.ts'

describe('npm configuration', () => {
  test('expands ${VAR} and ${VAR?} as npm does', () => {
    assert.equal(expandEnv('${A}-${B?}-${C}', { A: 'x' }), 'x--${C}')
    assert.equal(expandEnv('\\${A}', { A: 'x' }), '\\${A}')
  })

  test("reads setup-node's user .npmrc with NODE_AUTH_TOKEN, and project files over it", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'otp-publish-config-'))
    const userconfig = join(dir, 'user-npmrc')
    await writeFile(userconfig, '//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}\nregistry=https://registry.npmjs.org/\n@acme:registry=https://user.example/\n')
    await writeFile(join(dir, '.npmrc'), '@acme:registry=https://project.example/\n')
    const config = await readNpmConfig({ env: { NPM_CONFIG_USERCONFIG: userconfig, NODE_AUTH_TOKEN: 'tok-1' }, projectDirs: [dir] })
    assert.equal(config['@acme:registry'], 'https://project.example/')
    assert.equal(tokenFromConfig('https://registry.npmjs.org/', config), 'tok-1')
    assert.equal(tokenFromConfig('https://other.example/', config), undefined)
  })

  test('npm_config_registry overrides the files', async () => {
    const config = await readNpmConfig({ env: { HOME: '/nonexistent', npm_config_registry: 'https://env.example/' }, projectDirs: [] })
    assert.equal(config.registry, 'https://env.example/')
  })

  test('tokens are found under the registry path, walking up to the host', () => {
    assert.equal(tokenFromConfig('http://127.0.0.1:4873/sub/', { '//127.0.0.1:4873/:_authToken': 't' }), 't')
    assert.equal(nerfDart('http://127.0.0.1:4873/sub/'), '//127.0.0.1:4873/sub/')
  })
})

describe('choosing the registry', () => {
  const config = { registry: 'https://config.example/', '@acme:registry': 'https://scoped.example/' }
  test('the input wins', () => {
    assert.equal(chooseRegistry('https://input.example', '@acme/a', { registry: 'https://pc.example/' }, config).url, 'https://input.example/')
  })
  test('then publishConfig (scoped key first)', () => {
    assert.equal(chooseRegistry(undefined, '@acme/a', { registry: 'https://pc.example/' }, config).url, 'https://pc.example/')
    assert.equal(chooseRegistry(undefined, '@acme/a', { '@acme:registry': 'https://pcs.example/', registry: 'https://pc.example/' }, config).url, 'https://pcs.example/')
  })
  test('then the scoped registry of the npm config, then its registry', () => {
    assert.equal(chooseRegistry(undefined, '@acme/a', {}, config).url, 'https://scoped.example/')
    assert.equal(chooseRegistry(undefined, 'plain', {}, config).url, 'https://config.example/')
  })
  test("then npm's default", () => {
    assert.equal(chooseRegistry(undefined, 'plain', {}, {}).url, DEFAULT_REGISTRY)
  })
})
