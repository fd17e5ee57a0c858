// Bundles src/ into dist/index.js, the file the runner executes (action.yml: runs.main).
// ESM output, because @actions/core 3 is ESM only; the CommonJS dependencies
// (libnpmpublish, pacote, ...) get a `require` from createRequire.
import { build } from 'esbuild'
import { rm } from 'node:fs/promises'

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true })
const result = await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
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
  logLevel: 'warning',
  metafile: process.argv.includes('--metafile'),
})
if (result.metafile) {
  const { analyzeMetafile } = await import('esbuild')
  console.log(await analyzeMetafile(result.metafile))
}
