/** What pnpm and yarn berry make of a manifest when they pack it, and what they cannot resolve. */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { rewriteManifest, type RewritingWorkspace } from '../../src/core/package/manager.ts'

const workspace = (kind: 'pnpm' | 'yarn'): RewritingWorkspace => ({
  kind,
  root: '/repo',
  packages: new Map([
    ['a', { version: '1.2.3', dir: '/repo/packages/a' }],
    ['@s/c', { version: '3.0.0-beta.1', dir: '/repo/packages/c' }],
  ]),
  catalogs: new Map<string, Record<string, string>>([
    ['default', { lodash: '^4.17.21' }],
    ['react18', { react: '^18.2.0' }],
  ]),
})

const rewrite = (kind: 'pnpm' | 'yarn', manifest: Record<string, unknown>) => rewriteManifest(manifest, '/repo/packages/b', workspace(kind))

describe('rewriteManifest', () => {
  test('workspace: ranges in every dependency field, catalogs, aliases and paths', () => {
    const result = rewrite('pnpm', {
      dependencies: { a: 'workspace:^', lodash: 'catalog:', react: 'catalog:react18', other: '^2.0.0', alias: 'workspace:@s/c@~', local: 'workspace:../c' },
      devDependencies: { a: 'workspace:*' },
      peerDependencies: { a: 'workspace:^1.0.0' },
      optionalDependencies: { a: 'workspace:~' },
    })
    assert.deepEqual(result, {
      manifest: {
        dependencies: { a: '^1.2.3', lodash: '^4.17.21', react: '^18.2.0', other: '^2.0.0', alias: 'npm:@s/c@~3.0.0-beta.1', local: 'npm:@s/c@3.0.0-beta.1' },
        devDependencies: { a: '1.2.3' },
        peerDependencies: { a: '^1.0.0' },
        optionalDependencies: { a: '~1.2.3' },
      },
    })
  })

  test("pnpm lays publishConfig's fields over the top-level ones and takes them out, and leaves out its own fields and the pack scripts", () => {
    const result = rewrite('pnpm', {
      main: 'src/index.ts',
      publishConfig: { main: 'dist/index.js', access: 'public', bin: { b: 'dist/b.js' } },
      scripts: { prepack: 'tsc', prepare: 'x', test: 'node --test' },
      pnpm: { overrides: {} },
      packageManager: 'pnpm@12.4.2',
    })
    assert.deepEqual(result, { manifest: { main: 'dist/index.js', publishConfig: { access: 'public' }, scripts: { test: 'node --test' }, bin: { b: 'dist/b.js' } } })
  })

  test('yarn lays them over too, and keeps publishConfig, the scripts and packageManager', () => {
    const manifest = { main: 'src/index.ts', publishConfig: { main: 'dist/index.js', types: 'dist/index.d.ts' }, scripts: { prepack: 'tsc' }, packageManager: 'yarn@4.18.1' }
    assert.deepEqual(rewrite('yarn', manifest), { manifest: { ...manifest, main: 'dist/index.js', types: 'dist/index.d.ts' } })
  })

  test('what cannot be resolved is said, never published', () => {
    for (const [kind, dependencies, problem] of [
      ['pnpm', { nowhere: 'workspace:^' }, /"workspace:\^": no package of the pnpm workspace at \/repo is named nowhere/],
      ['pnpm', { lodash: 'catalog:other' }, /the catalog "other" of \/repo\/pnpm-workspace\.yaml has no entry for lodash/],
      ['pnpm', { react: 'catalog:' }, /the default catalog .* has no entry for react/],
      ['pnpm', { far: 'workspace:../../elsewhere' }, /no package of the pnpm workspace at \/repo is in \/repo\/elsewhere/],
      ['yarn', { x: 'npm:a@workspace:~' }, /leaves a "workspace:" range inside an alias as it is/],
      ['yarn', { alias: 'workspace:@s/c@*' }, /yarn does not resolve an alias inside a "workspace:" range/],
    ] as const) {
      const result = rewrite(kind, { dependencies })
      assert.ok('problem' in result, JSON.stringify(dependencies))
      assert.match(result.problem, problem)
    }
  })

  test('the manifest it was given is left as it was', () => {
    const manifest = { dependencies: { a: 'workspace:^' }, publishConfig: { main: 'x.js' } }
    const copy = structuredClone(manifest)
    rewrite('pnpm', manifest)
    assert.deepEqual(manifest, copy)
  })
})
