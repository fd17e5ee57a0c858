/** The package check: publish scripts that ignore-scripts skips, and files the manifest names that the tarball lacks. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { missingEntries, publishScripts } from '../../src/core/package/check.ts'

describe('the package check', () => {
  test("publish scripts, in npm's order; other scripts are none of its business", () => {
    assert.deepEqual(publishScripts({ scripts: { test: 'x', postpack: 'c', prepack: 'b', prepare: 'a', build: 'tsc', prepublishOnly: 'd' } }), ['prepublishOnly', 'prepack', 'prepare', 'postpack'])
    assert.deepEqual(publishScripts({}), [])
  })

  test('main, module, types, bin and exports: each file named that the tarball lacks, and none it holds', () => {
    const files = ['package.json', 'lib/index.js', 'bin/cli.js', 'dist/esm/index.mjs', 'types/index.d.ts']
    const manifest = {
      main: './lib',
      module: 'dist/esm/index.mjs',
      types: 'dist/index.d.ts',
      bin: { ok: './bin/cli.js', gone: 'bin/gone.js' },
      exports: { '.': { import: './dist/esm/index.mjs', require: './dist/cjs/index.cjs', types: './types/index.d.ts' }, './features/*': './dist/features/*.js', './package.json': './package.json' },
    }
    assert.deepEqual(missingEntries(manifest, files), [
      { field: 'types', path: 'dist/index.d.ts' },
      { field: 'bin.gone', path: 'bin/gone.js' },
      { field: 'exports["."]["require"]', path: './dist/cjs/index.cjs' },
    ])
    assert.deepEqual(missingEntries({ main: 'index.js', bin: 'cli.js' }, ['index.js', 'cli.js']), [])
    assert.deepEqual(missingEntries({ exports: ['./a.js', './b.js'] }, ['a.js']), [{ field: 'exports[1]', path: './b.js' }])
  })
})
