// Bundles src/ into dist/index.js, the file the runner executes (action.yml: runs.main).
// ESM output, because @actions/core 3 is ESM only; the CommonJS dependencies
// (libnpmpublish, pacote, ...) get a `require` from createRequire.
import { build } from 'esbuild'
import { readFile, rm } from 'node:fs/promises'

/**
 * Some dependencies load, when they load, code that a run rarely or never
 * uses. In the bundle, those loads are made lazy: the same functions and
 * classes, loaded on first use. Each rewrite must find its exact line, or the
 * build fails, so that a dependency update cannot silently undo it.
 */
const LAZY = [
  {
    // libnpmpublish: provenance (sigstore, TUF, ...) is only used with `provenance: true`.
    file: /[\\/]libnpmpublish[\\/]lib[\\/]publish\.js$/,
    eager: "const { generateProvenance, verifyProvenance } = require('./provenance')",
    lazy:
      "const generateProvenance = (...args) => require('./provenance').generateProvenance(...args)\n" +
      "const verifyProvenance = (...args) => require('./provenance').verifyProvenance(...args)",
  },
  {
    // minipass-fetch: iconv-lite only decodes bodies that are not UTF-8 (textConverted()).
    file: /[\\/]minipass-fetch[\\/]lib[\\/]body\.js$/,
    eager: "  decode = require('iconv-lite').decode",
    lazy: "  decode = (...args) => require('iconv-lite').decode(...args)",
  },
]

const lazyRequires = {
  name: 'lazy-requires',
  setup(builder) {
    for (const { file, eager, lazy } of LAZY) {
      builder.onLoad({ filter: file }, async ({ path }) => {
        const source = await readFile(path, 'utf8')
        if (!source.includes(eager)) throw new Error(`lazy-requires: ${path} no longer has the line it rewrites; update scripts/build.mjs`)
        return { contents: source.replace(eager, lazy), loader: 'js' }
      })
    }
  },
}

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true })
const result = await build({
  entryPoints: ['src/index.ts'],
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
    ].join(' '),
  },
  legalComments: 'none',
  plugins: [lazyRequires],
  logLevel: 'warning',
  metafile: process.argv.includes('--metafile'),
})
if (result.metafile) {
  const { analyzeMetafile } = await import('esbuild')
  console.log(await analyzeMetafile(result.metafile))
}
