/**
 * The lean way of packing (pacote with a root-only tree) must give the very
 * tarball that libnpmpack (with @npmcli/arborist) gives, for every layout it
 * is used for, workspace members (packed with their workspace's ignore files)
 * included. And the workspace a folder belongs to is found as npm finds it.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, test } from 'node:test'
import pack from 'libnpmpack'
import { packDirectory, tarballFiles } from '../../src/core/package/pack.ts'
import { loadPackage } from '../../src/core/package/read.ts'
import { WorkspaceFinder } from '../../src/core/package/workspace.ts'

async function layout(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'otp-publish-pack-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), content)
  }
  return dir
}

const LAYOUTS: [string, Record<string, string>][] = [
  [
    'plain, with .gitignore, node_modules, README, LICENSE',
    {
      'package.json': JSON.stringify({ name: 'plain', version: '1.0.0', main: 'index.js' }),
      'index.js': 'module.exports = 1\n',
      'README.md': '# plain\n',
      LICENSE: 'MIT\n',
      '.gitignore': 'secret.txt\n',
      'secret.txt': 'no\n',
      'lib/a.js': 'a\n',
      'node_modules/dep/index.js': 'dep\n',
      'package-lock.json': '{}\n',
    },
  ],
  [
    'files with a negation, main outside files, bin as a string, browser',
    {
      'package.json': JSON.stringify({ name: 'files', version: '1.0.0', main: 'main.js', bin: 'cli.js', browser: 'browser.js', files: ['lib', '!lib/skip.js'] }),
      'main.js': 'm\n',
      'cli.js': '#!/usr/bin/env node\n',
      'browser.js': 'b\n',
      'lib/keep.js': 'k\n',
      'lib/skip.js': 's\n',
      'other.js': 'o\n',
      'CHANGELOG.md': 'c\n',
    },
  ],
  [
    '.npmignore over .gitignore, bin as an object, nested folders',
    {
      'package.json': JSON.stringify({ name: 'npmignore', version: '2.0.0', bin: { tool: 'bin/tool.js' } }),
      '.npmignore': 'test/\n*.log\n',
      '.gitignore': 'dist/\n',
      'dist/out.js': 'd\n',
      'bin/tool.js': 't\n',
      'test/a.test.js': 't\n',
      'debug.log': 'l\n',
      'src/deep/deeper/x.js': 'x\n',
    },
  ],
  [
    'a scoped package with an empty files folder and dotfiles',
    {
      'package.json': JSON.stringify({ name: '@scope/dots', version: '0.1.0', files: ['dist/', '.config'] }),
      'dist/.keep': '',
      'dist/index.mjs': 'export default 1\n',
      '.config': 'c\n',
      '.env': 'SECRET=1\n',
    },
  ],
]

describe('lean packing gives the same tarball as libnpmpack', () => {
  for (const [name, files] of LAYOUTS) {
    test(name, async () => {
      const dir = await layout(files)
      const pkg = await loadPackage(dir, { cwd: dir, ignoreScripts: true, env: process.env, workspaces: new WorkspaceFinder() })
      const lean = await packDirectory(dir, pkg.manifest, true, process.env)
      const full = await pack(`file:${dir}`, { ignoreScripts: true })
      assert.ok(lean.equals(full), 'byte-identical tarballs')
    })
  }
})

/** A workspace: the root ignores .env, *.log, build/ and secret.txt; packages/ ignores tmp/. */
const WORKSPACE: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'root', version: '0.0.0', private: true, workspaces: ['packages/*'] }),
  '.gitignore': '.env\n*.log\nbuild/\nsecret.txt\n',
  'packages/.gitignore': 'tmp/\n',
  'packages/a/package.json': JSON.stringify({ name: 'a', version: '1.0.0' }),
  'packages/a/index.js': 'a\n',
  'packages/a/lib/util.js': 'u\n',
  'packages/a/.env': 'SECRET=1\n',
  'packages/a/debug.log': 'l\n',
  'packages/a/build/out.js': 'o\n',
  'packages/a/tmp/scratch.js': 't\n',
  'packages/b/package.json': JSON.stringify({ name: 'b', version: '1.0.0' }),
  'packages/b/.npmignore': 'test/\n',
  'packages/b/index.js': 'b\n',
  'packages/b/secret.txt': 'no\n',
  'packages/b/test/b.test.js': 't\n',
}

describe('workspace members', () => {
  test('the lean way and libnpmpack give the same tarball when both pack a member of its workspace', async () => {
    const root = await layout(WORKSPACE)
    const finder = new WorkspaceFinder()
    for (const member of ['a', 'b']) {
      const dir = join(root, 'packages', member)
      const scope = await finder.scopeOf(dir)
      assert.deepEqual(scope, { prefix: root, workspaces: [dir] })
      const pkg = await loadPackage(dir, { cwd: root, ignoreScripts: true, env: process.env, workspaces: finder })
      const lean = await packDirectory(dir, pkg.manifest, true, process.env, scope)
      const full = await pack(`file:${dir}`, { ignoreScripts: true, prefix: root, workspaces: [dir] })
      assert.ok(lean.equals(full), `byte-identical tarballs for ${member}`)
    }
  })

  test('a member leaves out what the ignore files above it name, up to the workspace root', async () => {
    const root = await layout(WORKSPACE)
    const finder = new WorkspaceFinder()
    const filesOf = async (member: string) => {
      const pkg = await loadPackage(join(root, 'packages', member), { cwd: root, ignoreScripts: true, env: process.env, workspaces: finder })
      return (await tarballFiles(await pkg.tarball())).map(file => file.path)
    }
    assert.deepEqual(await filesOf('a'), ['index.js', 'lib/util.js', 'package.json'])
    // Its own .npmignore replaces its own .gitignore, not the workspace root's.
    assert.deepEqual(await filesOf('b'), ['index.js', 'package.json'])
  })

  test('found as npm finds it: a folder the root\'s workspaces do not list, a folder in between with a package.json', async () => {
    const root = await layout({
      ...WORKSPACE,
      'packages/package.json': JSON.stringify({ name: 'between', version: '1.0.0' }),
      'tools/c/package.json': JSON.stringify({ name: 'c', version: '1.0.0' }),
    })
    const finder = new WorkspaceFinder()
    assert.deepEqual(await finder.scopeOf(join(root, 'packages', 'a')), { prefix: root, workspaces: [join(root, 'packages', 'a')] })
    assert.equal(await finder.scopeOf(join(root, 'tools', 'c')), undefined, 'not listed by the root: its own root')
    assert.equal(await finder.scopeOf(root), undefined, 'the workspace root itself is its own root')
  })
})
