/**
 * What is published is what npm would publish. For each layout, the file list of the tarball the
 * registry received is compared with `npm pack --dry-run --json` run the way a user would: `-w
 * <member>` from the workspace root, or in the folder. Through the built action and through the
 * installed command line, with and without package scripts, for every way a package is named.
 */
import assert from 'node:assert/strict'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { tarballFiles } from '../../src/core/package/pack.ts'
import { npm, runAction } from '../support/action.ts'
import { installCli, runBin } from '../support/cli.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'
import { writeTree } from '../support/tree.ts'

let registry: TestRegistry
let work: string
let bin: string
let counter = 0

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-packing-'))
  bin = await installCli(work)
})

after(async () => {
  await registry?.stop()
  checkRunsForSecrets(undefined, registry)
})

/** The members of the workspace, by folder under packages/, and what each one shows. */
const MEMBERS = ['plain', 'own-npmignore', 'files', 'nested', 'always', 'scripted'] as const

/**
 * A repository as CI leaves it: a workspace root whose .gitignore keeps out what earlier steps
 * wrote (.env, logs, build output, a secret), an ignore file between the root and the members, the
 * members of MEMBERS, and tools/solo, a package the workspace does not list.
 */
async function repository(): Promise<{ root: string; names: Record<string, string> }> {
  const root = join(work, `repo-${++counter}`)
  const names: Record<string, string> = Object.fromEntries([...MEMBERS, 'solo'].map(member => [member, `pk${counter}-${member}`]))
  const manifest = (member: string, extra: Record<string, unknown> = {}) => JSON.stringify({ name: names[member], version: '1.0.0', ...extra })
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: `pk${counter}-root`, version: '0.0.0', private: true, workspaces: ['packages/*'] }),
    '.gitignore': '.env\n*.log\nbuild/\nsecret.txt\n',
    'packages/.gitignore': 'tmp/\n',

    // Under the root's .gitignore, with no ignore file of its own.
    'packages/plain/package.json': manifest('plain'),
    'packages/plain/index.js': 'module.exports = 1\n',
    'packages/plain/lib/util.js': 'u\n',
    'packages/plain/.env': 'SECRET=written-by-an-earlier-step\n',
    'packages/plain/debug.log': 'l\n',
    'packages/plain/build/out.js': 'o\n',
    'packages/plain/tmp/scratch.js': 't\n',

    // Its own .npmignore: its own .gitignore no longer counts, the root's still does.
    'packages/own-npmignore/package.json': manifest('own-npmignore'),
    'packages/own-npmignore/.npmignore': 'test/\n',
    'packages/own-npmignore/.gitignore': 'index.js\n',
    'packages/own-npmignore/index.js': 'i\n',
    'packages/own-npmignore/secret.txt': 'no\n',
    'packages/own-npmignore/test/a.test.js': 't\n',

    // The files field with negations, and root-ignored files inside what it lists.
    'packages/files/package.json': manifest('files', { main: 'main.js', files: ['lib', '!lib/internal.js', 'dist/'] }),
    'packages/files/main.js': 'm\n',
    'packages/files/lib/a.js': 'a\n',
    'packages/files/lib/internal.js': 'i\n',
    'packages/files/lib/trace.log': 'l\n',
    'packages/files/dist/index.js': 'd\n',
    'packages/files/dist/build/x.js': 'x\n',
    'packages/files/other.js': 'o\n',

    // Ignore files in nested folders.
    'packages/nested/package.json': manifest('nested'),
    'packages/nested/index.js': 'n\n',
    'packages/nested/lib/.npmignore': '*.map\n',
    'packages/nested/lib/x.js': 'x\n',
    'packages/nested/lib/x.js.map': '{}\n',
    'packages/nested/lib/sub/.gitignore': 'tmp.js\n',
    'packages/nested/lib/sub/tmp.js': 't\n',
    'packages/nested/lib/sub/keep.js': 'k\n',

    // What npm always includes (even when ignored) and always leaves out.
    'packages/always/package.json': manifest('always', { main: 'main.js', bin: { tool: 'cli.js' } }),
    'packages/always/.npmignore': 'README.md\nLICENSE\nmain.js\ncli.js\n',
    'packages/always/README.md': '# r\n',
    'packages/always/LICENSE': 'MIT\n',
    'packages/always/main.js': 'm\n',
    'packages/always/cli.js': '#!/usr/bin/env node\n',
    'packages/always/CHANGELOG.md': 'c\n',
    'packages/always/.npmrc': '//registry.example/:_authToken=x\n',
    'packages/always/package-lock.json': '{}\n',
    'packages/always/yarn.lock': '\n',
    'packages/always/.DS_Store': '\n',
    'packages/always/npm-debug.log': '\n',
    'packages/always/x.orig': '\n',
    'packages/always/.x.swp': '\n',
    'packages/always/node_modules/dep/index.js': 'd\n',

    // A prepack script that writes a file to publish and one the root's .gitignore keeps out.
    'packages/scripted/package.json': manifest('scripted', { scripts: { prepack: 'node gen.cjs' } }),
    'packages/scripted/gen.cjs': "const fs = require('fs'); fs.mkdirSync('build', { recursive: true }); fs.writeFileSync('generated.js', 'g\\n'); fs.writeFileSync('build/gen.js', 'b\\n')\n",
    'packages/scripted/index.js': 's\n',

    // Not listed by the workspace: its own root, with its own .gitignore only.
    'tools/solo/package.json': manifest('solo'),
    'tools/solo/.gitignore': 'local.txt\n',
    'tools/solo/index.js': 's\n',
    'tools/solo/local.txt': 'l\n',
    'tools/solo/debug.log': 'l\n',
  }
  await writeTree(root, files)
  return { root, names }
}

/** What `npm pack --dry-run --json` lists, run as a user would: `-w` from the root for a member, in the folder otherwise. */
async function npmFiles(root: string, folder: string, scripts: boolean): Promise<string[]> {
  const flags = ['pack', '--dry-run', '--json', ...(scripts ? [] : ['--ignore-scripts'])]
  const member = folder.startsWith('packages/')
  const out = member ? await npm([...flags, '-w', folder], root) : await npm(flags, join(root, folder))
  const [packed] = JSON.parse(out) as { files: { path: string }[] }[]
  return packed.files.map(file => file.path).sort()
}

/** The files of the tarball the registry holds for name@1.0.0. */
async function publishedFiles(name: string): Promise<string[]> {
  const packument = (await (await fetch(`${registry.url}${name}`)).json()) as { versions?: Record<string, { dist: { tarball: string } }> }
  const version = packument.versions?.['1.0.0']
  assert.ok(version, `${name}@1.0.0 is on the registry`)
  const tarball = Buffer.from(await (await fetch(version.dist.tarball)).arrayBuffer())
  return (await tarballFiles(tarball)).map(file => file.path).sort()
}

async function assertLikeNpm(root: string, names: Record<string, string>, folders: Record<string, string>, scripts: boolean): Promise<void> {
  for (const [member, folder] of Object.entries(folders)) {
    const expected = await npmFiles(root, folder, scripts)
    assert.deepEqual(await publishedFiles(names[member]), expected, `${folder} holds what npm packs`)
  }
}

const membersOf = (members: readonly string[]) => Object.fromEntries(members.map(member => [member, `packages/${member}`]))

describe('what is published is what npm packs', () => {
  test('the action, workspaces: true, without scripts: each member as a member of its workspace', async () => {
    const { root, names } = await repository()
    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, workspaces: 'true' }, { cwd: root })
    assert.equal(run.exitCode, 0, run.error)
    await assertLikeNpm(root, names, membersOf(MEMBERS), false)
    const plain = await publishedFiles(names.plain)
    assert.deepEqual(plain, ['index.js', 'lib/util.js', 'package.json'], 'no .env, log or build output of an earlier step')
  })

  test('the action, a list of folders, a package.json path and a folder outside the workspace, with scripts', async () => {
    const { root, names } = await repository()
    const list = ['packages/plain', 'packages/own-npmignore/package.json', 'packages/scripted', 'packages/files', 'tools/solo'].join('\n')
    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, package: list, 'ignore-scripts': 'false' }, { cwd: root })
    assert.equal(run.exitCode, 0, run.error)
    await assertLikeNpm(root, names, { ...membersOf(['plain', 'own-npmignore', 'scripted', 'files']), solo: 'tools/solo' }, true)
    assert.ok((await publishedFiles(names.scripted)).includes('generated.js'), 'what prepack wrote is published')
    assert.ok(!(await publishedFiles(names.scripted)).includes('build/gen.js'), 'what prepack wrote under a root-ignored folder is not')
  })

  test('the command line, a glob of members, with and without scripts; and run from inside a member', async () => {
    const secrets = { NPM_TOKEN: registry.token, NPM_OTP_SECRET: registry.seed }
    const withScripts = await repository()
    const first = await runBin(bin, ['publish', '--package', 'packages/*', '--registry', registry.url, '--no-ignore-scripts'], secrets, withScripts.root)
    assert.equal(first.code, 0, first.stderr)
    await assertLikeNpm(withScripts.root, withScripts.names, membersOf(MEMBERS), true)

    const without = await repository()
    const second = await runBin(bin, ['publish', '--package', 'packages/*', '--registry', registry.url], secrets, without.root)
    assert.equal(second.code, 0, second.stderr)
    await assertLikeNpm(without.root, without.names, membersOf(MEMBERS), false)

    const inside = await repository()
    const third = await runBin(bin, ['publish', '--registry', registry.url], secrets, join(inside.root, 'packages', 'plain'))
    assert.equal(third.code, 0, third.stderr)
    await assertLikeNpm(inside.root, inside.names, membersOf(['plain']), false)
  })

  test('a dry run lists the files it would publish: in the log and in results, the same as npm pack', async () => {
    const { root } = await repository()
    const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, workspaces: 'true', 'dry-run': 'true' }, { cwd: root })
    assert.equal(run.exitCode, 0, run.error)
    const results = JSON.parse(run.outputs.results) as { name: string; files?: string[] }[]
    assert.equal(results.length, MEMBERS.length)
    for (const member of MEMBERS) {
      const entry = results.find(result => result.name.endsWith(`-${member}`))
      assert.ok(entry?.files, `results list the files of ${member}`)
      assert.deepEqual([...entry.files].sort(), await npmFiles(root, `packages/${member}`, false))
    }
    assert.match(run.stdout, /Tarball contents \(3 files\):/)
    assert.match(run.stdout, /^\[pk\d+-plain\] +\d+ B {2}lib\/util\.js$/m, 'each file on a line of the log')
    assert.equal(registry.log.filter(record => record.method === 'PUT' && record.path.includes(`pk${counter}-`)).length, 0, 'nothing was sent')
  })
})
