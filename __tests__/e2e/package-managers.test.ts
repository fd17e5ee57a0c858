/**
 * Publish what the user's package manager would: in a pnpm workspace and a yarn berry project, the
 * package.json that goes out (in the tarball and to the registry) is the one `pnpm pack` (12) and
 * `yarn pack` (4) write, with `workspace:` and `catalog:` ranges resolved and publishConfig laid
 * over the top-level fields; the files are npm's, as before. Compared with the real tools' output.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { promisify } from 'node:util'
import { runAction } from '../support/action.ts'
import { ROOT } from '../support/paths.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { writeTree } from '../support/tree.ts'

const execFileAsync = promisify(execFile)
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name)

let registry: TestRegistry
let work: string
let counter = 0

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-managers-'))
  // What the catalogs name, on the test registry (the package managers install from it, never from npmjs).
  for (const [name, version] of [
    ['managers-dep-lodash', '4.17.21'],
    ['managers-dep-react', '18.2.0'],
  ]) {
    const dir = await files({ 'package.json': JSON.stringify({ name, version }) })
    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed }, { cwd: dir })
    assert.equal(run.exitCode, 0, run.stdout)
  }
})

after(async () => {
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
})

const files = (tree: Record<string, string>): Promise<string> => writeTree(join(work, `tree-${++counter}`), tree)

/** The package.json a tarball holds. */
async function packageJsonOf(tarball: string): Promise<Record<string, unknown>> {
  return JSON.parse((await execFileAsync('tar', ['-xzOf', tarball, 'package/package.json'])).stdout) as Record<string, unknown>
}

/** What the registry holds for name@version: the tarball's package.json, the version's dependencies, and the tarball's files. */
async function published(name: string, version: string): Promise<{ file: Record<string, unknown>; manifest: Record<string, unknown>; files: string[] }> {
  const document = (await (await fetch(`${registry.upstream}/${name.replace('/', '%2f')}`)).json()) as { versions: Record<string, Record<string, unknown> & { dist: { tarball: string } }> }
  const manifest = document.versions[version]
  const tarball = join(work, `published-${++counter}.tgz`)
  await writeFile(tarball, Buffer.from(await (await fetch(manifest.dist.tarball)).arrayBuffer()))
  const files = (await execFileAsync('tar', ['-tzf', tarball])).stdout.trim().split('\n').sort()
  return { file: await packageJsonOf(tarball), manifest, files }
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']
const pick = (manifest: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.filter(field => field in manifest).map(field => [field, manifest[field]]))

describe('a pnpm workspace', () => {
  test("workspace: (^, ~, *, an explicit range, an alias, a path), catalog: and a named catalog, and publishConfig: what goes out is what pnpm pack writes", async () => {
    const scope = `@pm${++counter}`
    const [a, b, c] = [`${scope}/a`, `${scope}/b`, `${scope}/c`]
    const root = await files({
      'package.json': JSON.stringify({ name: 'root', private: true }),
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\ncatalog:\n  managers-dep-lodash: ^4.17.21\ncatalogs:\n  react18:\n    managers-dep-react: ^18.2.0\n",
      'packages/a/package.json': JSON.stringify({ name: a, version: '1.2.3' }),
      'packages/c/package.json': JSON.stringify({ name: c, version: '3.0.0-beta.1' }),
      'packages/b/package.json': JSON.stringify(
        {
          name: b,
          version: '2.0.0',
          main: 'src/index.ts',
          types: 'src/index.ts',
          dependencies: { [a]: 'workspace:^', 'managers-dep-lodash': 'catalog:', 'managers-dep-react': 'catalog:react18', aliased: `workspace:${c}@*`, byPath: 'workspace:../a' },
          devDependencies: { [c]: 'workspace:*' },
          peerDependencies: { [a]: 'workspace:^1.0.0' },
          optionalDependencies: { [c]: 'workspace:~' },
          publishConfig: { main: 'dist/index.js', types: 'dist/index.d.ts', access: 'public', bin: { b: 'dist/cli.js' }, exports: { '.': './dist/index.js' } },
          scripts: { prepack: 'echo packing', test: 'node --test' },
          pnpm: { overrides: { 'managers-dep-lodash': '4.17.21' } },
          packageManager: 'pnpm@12.4.2',
        },
        null,
        2,
      ),
      'packages/b/dist/index.js': 'module.exports = 1\n',
      'packages/b/dist/cli.js': '#!/usr/bin/env node\n',
      'packages/b/src/index.ts': 'export = 1\n',
    })
    const env = { PATH: process.env.PATH ?? '', HOME: root, pnpm_config_registry: registry.upstream + '/' }
    await execFileAsync(bin('pnpm'), ['install', '--ignore-scripts'], { cwd: root, env })
    await execFileAsync(bin('pnpm'), ['pack', '--pack-destination', root], { cwd: join(root, 'packages', 'b'), env })
    const expected = await packageJsonOf(join(root, `${scope.slice(1)}-b-2.0.0.tgz`))

    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, package: 'packages/b' }, { cwd: root })
    assert.equal(run.exitCode, 0, run.stdout)
    const { file, manifest, files: tarballFiles } = await published(b, '2.0.0')
    assert.deepEqual(file, expected, "the tarball's package.json is pnpm pack's")
    assert.deepEqual(pick(manifest, [...DEPENDENCY_FIELDS, 'main', 'types', 'bin', 'exports']), pick(expected, [...DEPENDENCY_FIELDS, 'main', 'types', 'bin', 'exports']), 'the registry has the same ranges and fields')
    assert.equal((expected.dependencies as Record<string, string>)[a], '^1.2.3', 'pnpm itself resolved them (the comparison means something)')
    assert.deepEqual(tarballFiles, ['package/dist/cli.js', 'package/dist/index.js', 'package/package.json', 'package/src/index.ts'])
  })

  test('a workspace: range that names no package of the workspace: refused before anything is sent, saying which', async () => {
    const root = await files({
      'package.json': JSON.stringify({ name: 'root', private: true }),
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
      'packages/b/package.json': JSON.stringify({ name: `pm-missing-${++counter}`, version: '1.0.0', dependencies: { nowhere: 'workspace:^' } }),
    })
    const start = registry.log.length
    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, package: 'packages/b' }, { cwd: root })
    assert.equal(run.exitCode, 1)
    assert.match(run.error, /pnpm would not publish it as it stands: dependencies\["nowhere"\] is "workspace:\^": no package of the pnpm workspace at .* is named nowhere/)
    assert.deepEqual(registry.log.slice(start).filter(record => record.method === 'PUT'), [])
  })
})

describe('a yarn berry project', () => {
  test('workspace: ranges and publishConfig: what goes out is what yarn pack writes', async () => {
    const scope = `@ym${++counter}`
    const [a, b, c] = [`${scope}/a`, `${scope}/b`, `${scope}/c`]
    const root = await files({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
      '.yarnrc.yml': `nodeLinker: node-modules\nnpmRegistryServer: "${registry.upstream}"\nunsafeHttpWhitelist:\n  - 127.0.0.1\nenableTelemetry: false\nnpmMinimalAgeGate: 0\ncatalog:\n  managers-dep-lodash: ^4.17.21\n`,
      'packages/a/package.json': JSON.stringify({ name: a, version: '1.2.3' }),
      'packages/c/package.json': JSON.stringify({ name: c, version: '3.0.0-beta.1' }),
      'packages/b/package.json': JSON.stringify(
        {
          name: b,
          version: '2.0.0',
          main: 'src/index.ts',
          dependencies: { [a]: 'workspace:^', 'managers-dep-lodash': 'catalog:' },
          devDependencies: { [c]: 'workspace:*' },
          peerDependencies: { [a]: 'workspace:^1.0.0' },
          optionalDependencies: { [c]: 'workspace:~' },
          publishConfig: { main: 'dist/index.js', types: 'dist/index.d.ts', module: 'dist/m.js', access: 'public', bin: { b: 'dist/cli.js' }, exports: { '.': './dist/index.js' } },
          scripts: { prepack: 'echo packing' },
        },
        null,
        2,
      ),
      'packages/b/dist/index.js': 'module.exports = 1\n',
      'packages/b/dist/cli.js': '#!/usr/bin/env node\n',
      'packages/b/dist/m.js': 'export default 1\n',
    })
    const env = { PATH: process.env.PATH ?? '', HOME: root, YARN_ENABLE_TELEMETRY: '0', YARN_ENABLE_GLOBAL_CACHE: '0' }
    await execFileAsync(bin('yarn'), ['install'], { cwd: root, env })
    await execFileAsync(bin('yarn'), ['pack', '--out', join(root, 'b.tgz')], { cwd: join(root, 'packages', 'b'), env })
    const expected = await packageJsonOf(join(root, 'b.tgz'))

    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, package: 'packages/b' }, { cwd: root })
    assert.equal(run.exitCode, 0, run.stdout)
    const { file, manifest } = await published(b, '2.0.0')
    assert.deepEqual(file, expected, "the tarball's package.json is yarn pack's")
    assert.deepEqual(pick(manifest, [...DEPENDENCY_FIELDS, 'main', 'types', 'module', 'bin', 'exports']), pick(expected, [...DEPENDENCY_FIELDS, 'main', 'types', 'module', 'bin', 'exports']))
    assert.equal((expected.dependencies as Record<string, string>)[a], '^1.2.3', 'yarn itself resolved them')
    assert.equal((expected.dependencies as Record<string, string>)['managers-dep-lodash'], '^4.17.21')
  })
})

test('an npm workspace is left as npm packs it: the package.json in the tarball is the file as written', async () => {
  const name = `npm-as-is-${++counter}`
  const text = `{\n    "name": "${name}",\n    "version": "1.0.0",\n    "dependencies": { "managers-dep-lodash": "^4.17.21" }\n}\n`
  const root = await files({ 'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }), 'packages/a/package.json': text })
  const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, package: 'packages/a' }, { cwd: root })
  assert.equal(run.exitCode, 0, run.stdout)
  const { file } = await published(name, '1.0.0')
  assert.deepEqual(file, JSON.parse(text))
  assert.equal(await readFile(join(root, 'packages/a/package.json'), 'utf8'), text, 'and the file is untouched')
})
