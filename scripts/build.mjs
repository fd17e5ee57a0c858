// Bundles src/ into dist/index.js, the file the runner executes (action.yml: runs.main).
// ESM output, because @actions/core 3 is ESM only; the CommonJS dependencies
// (libnpmpublish, pacote, ...) get a `require` from createRequire.
import { build } from 'esbuild'
import { cp, readdir, readFile, rm } from 'node:fs/promises'
import { writeMetadata } from './metadata.mjs'

/**
 * One-line rewrites of dependencies in the bundle. Most make a load lazy: some
 * dependencies load, when they load, code that a run rarely or never uses; the
 * bundle keeps the same functions and classes, loaded on first use. Each
 * rewrite must find its exact line, or the build fails, so that a dependency
 * update cannot silently undo it. (The redirect guard is not one of these: it
 * is a patch of npm-registry-fetch applied at install, patches/, so that it
 * holds for src/ as for dist/.)
 */
const REWRITES = [
  {
    // libnpmpublish: provenance (sigstore, TUF, ...) is only used with `provenance: true`.
    file: /[\\/]libnpmpublish[\\/]lib[\\/]publish\.js$/,
    eager: "const { generateProvenance, verifyProvenance } = require('./provenance')",
    lazy:
      "const generateProvenance = (...args) => require('./provenance').generateProvenance(...args)\n" +
      "const verifyProvenance = (...args) => require('./provenance').verifyProvenance(...args)",
  },
  {
    // pacote: sigstore only verifies registry signatures and attestations, which packing never asks for.
    file: /[\\/]pacote[\\/]lib[\\/]registry\.js$/,
    eager: "const sigstore = require('sigstore')",
    lazy: "const sigstore = { verify: (...args) => require('sigstore').verify(...args) }",
  },
  {
    // minipass-fetch: iconv-lite only decodes bodies that are not UTF-8 (textConverted()).
    file: /[\\/]minipass-fetch[\\/]lib[\\/]body\.js$/,
    eager: "  decode = require('iconv-lite').decode",
    lazy: "  decode = (...args) => require('iconv-lite').decode(...args)",
  },
  {
    // Not a lazy load: arborist turns on its own debug checks (expensive, and throwing on states it
    // would otherwise accept) when the working folder is the folder above its lib/, which in a
    // bundle is wherever esbuild put the chunk. That is only ever arborist's own development.
    file: /[\\/]@npmcli[\\/]arborist[\\/]lib[\\/]debug\.js$/,
    eager: "  process.cwd() === require('node:path').resolve(__dirname, '..')\n",
    lazy: '  false\n',
  },
  {
    // @npmcli/run-script puts its node-gyp shim (lib/node-gyp-bin) on the PATH of package scripts,
    // found from its own folder. The build copies the shim to dist/node-gyp-bin, found from the
    // bundle's folder whichever chunk this lands in.
    file: /[\\/]@npmcli[\\/]run-script[\\/]lib[\\/]set-path\.js$/,
    eager: "const nodeGypPath = resolve(__dirname, '../lib/node-gyp-bin')\n",
    lazy: "const nodeGypPath = resolve(__bundleDir, 'node-gyp-bin')\n",
  },
]

/**
 * @actions/core imports its OIDC client (and with it @actions/http-client and
 * undici) when it loads, for getIDToken(), which this action never calls. In
 * the bundle, that module is a facade whose getIDToken() loads the real one.
 */
const OIDC_FACADE = `export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient: Real } = await import('./oidc-utils.js?eager')
    return Real.getIDToken(audience)
  }
}
`

/**
 * An ESM \`import * as http from "http"\` makes Node build the module's ESM facade, which reads
 * every export, and node:http's WebSocket getters load Node's bundled undici (about 10 ms) that
 * nothing here uses. Bundled ESM dependencies (agent-base) get http and https through require()
 * instead, whose properties esbuild forwards lazily.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?https?$/ }, ({ path, kind }) =>
      kind === 'import-statement' ? { path: path.replace(/^node:/, ''), namespace: 'builtin-by-require' } : undefined,
    )
    builder.onLoad({ filter: /.*/, namespace: 'builtin-by-require' }, ({ path }) => ({
      contents: `module.exports = require('node:${path}')`,
      loader: 'js',
    }))
  },
}

/**
 * @actions/github loads Octokit and its plugins when it loads; the summary only reads its run
 * context. In the bundle, its entry keeps \`context\` and loads Octokit when getOctokit() is called.
 */
const GITHUB_FACADE = `import * as Context from './context.js'
export const context = new Context.Context()
export function getOctokit(token, options, ...additionalPlugins) {
  return require('./github.js?eager').getOctokit(token, options, ...additionalPlugins)
}
`

const lazyRequires = {
  name: 'lazy-requires',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]@actions[\\/]github[\\/]lib[\\/]github\.js$/ }, async ({ path, suffix }) => {
      const source = await readFile(path, 'utf8')
      if (suffix === '?eager') return { contents: source, loader: 'js' }
      if (!source.includes('export const context = new Context.Context();') || !source.includes('export function getOctokit(')) {
        throw new Error(`lazy-requires: ${path} no longer has context and getOctokit as expected; update scripts/build.mjs`)
      }
      return { contents: GITHUB_FACADE, loader: 'js' }
    })
    builder.onLoad({ filter: /[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/ }, async ({ path, suffix }) => {
      if (suffix === '?eager') return { contents: await readFile(path, 'utf8'), loader: 'js' }
      const source = await readFile(path, 'utf8')
      if (!/export class OidcClient\b/.test(source) || !/static getIDToken\(|static async getIDToken\(/.test(source)) {
        throw new Error(`lazy-requires: ${path} no longer has OidcClient.getIDToken; update scripts/build.mjs`)
      }
      return { contents: OIDC_FACADE, loader: 'js' }
    })
    for (const { file, eager, lazy } of REWRITES) {
      builder.onLoad({ filter: file }, async ({ path }) => {
        const source = await readFile(path, 'utf8')
        if (!source.includes(eager)) throw new Error(`lazy-requires: ${path} no longer has the line it rewrites; update scripts/build.mjs`)
        return { contents: source.replace(eager, lazy), loader: 'js' }
      })
    }
  },
}

// The redirect guard (src/core/registry/fetch.ts) needs npm-registry-fetch to pass `redirect` on:
// patches/ does that at install (npm ci runs patch-package). Never bundle an unpatched copy.
const registryFetch = await readFile(new URL('../node_modules/npm-registry-fetch/lib/index.js', import.meta.url), 'utf8')
if (!registryFetch.includes('      redirect: opts.redirect,\n')) {
  throw new Error('node_modules/npm-registry-fetch is not patched (patches/): run "npm ci", or "npx patch-package", and build again')
}

// action.yml's inputs, defaults and outputs, for the code (src/action/metadata.ts).
await writeMetadata()
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true })
const result = await build({
  // The action (action.yml: runs.main) and the command line (bin/npm-otp-publish.js), sharing chunks.
  entryPoints: ['src/index.ts', 'src/cli.ts'],
  outdir: 'dist',
  // Code that a run may not need (packing, publishing, globs, YAML, provenance) lives in
  // chunks loaded on first use, so that start-up compiles only what it runs.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // kerberos is an optional peer of make-fetch-happen, loaded behind a guarded import.
  external: ['kerberos'],
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      "const __dirname = __fileURLToPath(new URL('.', import.meta.url));",
      // dist/, from an entry (dist/*.js) or a chunk (dist/chunks/*.js) alike.
      "const __bundleDir = __fileURLToPath(new URL(/\\/chunks\\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));",
    ].join(' '),
  },
  legalComments: 'none',
  plugins: [lazyRequires, builtinsByRequire],
  logLevel: 'warning',
  metafile: process.argv.includes('--metafile'),
})
// Bundled code that finds files from __dirname would depend on which chunk esbuild put it in
// (dist/ or dist/chunks/): none may, beyond the banner that defines it.
for (const file of await readdir(new URL('../dist', import.meta.url), { recursive: true })) {
  if (!file.endsWith('.js')) continue
  const code = await readFile(new URL(`../dist/${file}`, import.meta.url), 'utf8')
  const uses = code.split('__dirname').length - 2
  if (uses > 0) throw new Error(`dist/${file} uses __dirname ${uses} time(s) beyond the banner: bundled code must not find files from its chunk's folder; rewrite it in REWRITES`)
}
// The node-gyp shim @npmcli/run-script gives package scripts (see REWRITES).
await cp(new URL('../node_modules/@npmcli/run-script/lib/node-gyp-bin', import.meta.url), new URL('../dist/node-gyp-bin', import.meta.url), { recursive: true })
if (result.metafile) {
  const { analyzeMetafile } = await import('esbuild')
  console.log(await analyzeMetafile(result.metafile))
}
