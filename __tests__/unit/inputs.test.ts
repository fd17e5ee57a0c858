import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { readInputs } from '../../src/action/inputs.ts'
import { INPUT_OF, ACTION_WORDS } from '../../src/action/words.ts'
import { render } from '../../src/common/text.ts'
import { InvalidSeedError, InvalidSettingError } from '../../src/core/errors.ts'

const KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

function read(inputs: Record<string, string>, masked: string[] = []) {
  return readInputs({ getInput: name => inputs[name] ?? '', setSecret: value => masked.push(value), env: {}, cwd: '/work' })
}

describe('inputs', () => {
  test('defaults match action.yml when the runner passes nothing', () => {
    const settings = read({})
    assert.deepEqual(settings.packages, ['.'])
    assert.equal(settings.workspaceRoot, undefined)
    assert.equal(settings.cwd, '/work')
    assert.equal(settings.token, undefined)
    assert.equal(settings.seed, undefined)
    assert.equal(settings.registry, undefined)
    assert.equal(settings.tag, undefined)
    assert.equal(settings.access, undefined)
    assert.equal(settings.provenance, 'auto')
    assert.equal(settings.trustedPublishing, 'auto')
    assert.equal(settings.strategy, 'all')
    assert.equal(settings.ignoreScripts, true)
    assert.equal(settings.dryRun, false)
  })

  test('reads every input', () => {
    const settings = read({
      token: ' npm_abc ',
      'otp-secret': KEY,
      package: 'packages/a',
      registry: 'https://npm.pkg.example/path',
      tag: 'next',
      access: 'public',
      provenance: 'true',
      strategy: 'upgrade',
      'ignore-scripts': 'false',
      'dry-run': 'TRUE',
    })
    assert.equal(settings.token, 'npm_abc')
    assert.equal(settings.seed?.secret, KEY)
    assert.deepEqual(settings.packages, ['packages/a'])
    assert.equal(settings.registry, 'https://npm.pkg.example/path/')
    assert.equal(settings.tag, 'next')
    assert.equal(settings.access, 'public')
    assert.equal(settings.provenance, true)
    assert.equal(settings.strategy, 'upgrade')
    assert.equal(settings.ignoreScripts, false)
    assert.equal(settings.dryRun, true)
  })

  test('package: one entry per line, blank lines and # comments left out; with workspaces, the first entry is the root', () => {
    assert.deepEqual(read({ package: 'a\n\n  # b\n c \n' }).packages, ['a', 'c'])
    const root = read({ package: 'tools', workspaces: 'true' })
    assert.deepEqual([root.packages, root.workspaceRoot], [[], 'tools'])
    assert.equal(read({ workspaces: 'true' }).workspaceRoot, '.')
  })

  test("the job's environment: GITHUB_WORKSPACE is the working folder, and npm's configuration gets a copy of the environment", () => {
    const env = { GITHUB_WORKSPACE: '/ws', NODE_AUTH_TOKEN: 'from-setup-node', GITHUB_ACTIONS: 'true', NPM_ID_TOKEN: 'id' }
    const request = readInputs({ getInput: () => '', setSecret: () => undefined, env, cwd: '/work' })
    assert.equal(request.cwd, '/ws')
    assert.equal(request.npmEnv.NODE_AUTH_TOKEN, 'from-setup-node')
    assert.notEqual(request.npmEnv, env, 'a copy: deleting from the process environment later does not reach it')
    assert.deepEqual(request.idToken, { kind: 'given', token: 'id' })
    assert.equal(request.githubActions, true)
  })

  test('masks the token and every form of the seed before anything else', () => {
    const masked: string[] = []
    read({ token: 'npm_abc', 'otp-secret': ` ${KEY.toLowerCase()} ` }, masked)
    assert.ok(masked.includes('npm_abc'))
    assert.ok(masked.includes(` ${KEY.toLowerCase()} `))
    assert.ok(masked.includes(KEY))
  })

  test('a malformed seed is masked even though it fails', () => {
    const masked: string[] = []
    assert.throws(() => read({ 'otp-secret': 'not a seed at all 0189' }, masked), InvalidSeedError)
    assert.ok(masked.includes('not a seed at all 0189'))
  })

  const bad: [string, Record<string, string>, string, RegExp][] = [
    ['registry without scheme', { registry: 'registry.npmjs.org' }, 'registry', /not a URL/],
    ['registry with another scheme', { registry: 'ftp://registry.example/' }, 'registry', /http\(s\)/],
    ['registry with credentials', { registry: 'https://user:pw@registry.example/' }, 'registry', /credentials/],
    ['tag that is a semver range', { tag: '1.x' }, 'tag', /semver range/],
    ['tag that is a version', { tag: 'v1.2.3' }, 'tag', /semver range/],
    ['tag with a space', { tag: 'my tag' }, 'tag', /characters/],
    ['unknown access', { access: 'private' }, 'access', /"private" is not one of "public", "restricted"/],
    ['unknown strategy', { strategy: 'always' }, 'strategy', /"always" is not one of "all", "upgrade"/],
    ['non-boolean dry-run', { 'dry-run': 'yes' }, 'dryRun', /not a boolean/],
    ['provenance that is neither auto nor a boolean', { provenance: '1' }, 'provenance', /"1" is not one of "auto", "true", "false"/],
    ['non-boolean ignore-scripts', { 'ignore-scripts': 'no' }, 'ignoreScripts', /not a boolean/],
  ]
  for (const [name, inputs, setting, message] of bad) {
    test(`rejects ${name}, naming the input of "${setting}"`, () => {
      assert.throws(
        () => read(inputs),
        (error: unknown) => {
          assert.ok(error instanceof InvalidSettingError)
          assert.equal(error.setting, setting)
          const said = render(error.text, ACTION_WORDS)
          assert.match(said, new RegExp(`^Input "${INPUT_OF[error.setting as keyof typeof INPUT_OF]}"`))
          assert.match(said, message)
          return true
        },
      )
    })
  }
})
