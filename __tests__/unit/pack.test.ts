/**
 * The lean way of packing (pacote with a root-only tree) must give the very
 * tarball that libnpmpack (with @npmcli/arborist) gives, for every layout it
 * is used for.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, test } from 'node:test'
import pack from 'libnpmpack'
import { loadPackage, packDirectory } from '../../src/publish/package.ts'

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
      const pkg = await loadPackage(dir, { cwd: dir, ignoreScripts: true })
      const lean = await packDirectory(dir, pkg.manifest, true)
      const full = await pack(`file:${dir}`, { ignoreScripts: true })
      assert.ok(lean.equals(full), 'byte-identical tarballs')
    })
  }
})
