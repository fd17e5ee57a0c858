// Writes src/action/metadata.ts from action.yml: the input names with their defaults and the
// output names, as the runner reads them. action.yml stays the one source of truth; the code
// imports this file (which works under tsc, esbuild, Node's type stripping and tsx alike), and
// CI fails when it is stale, as it does for dist/. Run by scripts/build.mjs.
import { readFile, writeFile } from 'node:fs/promises'
import { parseDocument } from 'yaml'

const ACTION = new URL('../action.yml', import.meta.url)
const TARGET = new URL('../src/action/metadata.ts', import.meta.url)

/** action.yml as the runner reads it; throws on anything a YAML parser refuses. */
export async function readActionMetadata() {
  const document = parseDocument(await readFile(ACTION, 'utf8'), { prettyErrors: true, uniqueKeys: true })
  if (document.errors.length) throw new Error(`action.yml does not parse as YAML: ${document.errors[0].message}`)
  const action = document.toJS()
  if (!action?.inputs || typeof action.inputs !== 'object') throw new Error('action.yml declares no inputs')
  return action
}

/** The TypeScript module for the metadata. */
export function metadataSource(action) {
  const defaults = Object.entries(action.inputs).map(([name, input]) => `  ${JSON.stringify(name)}: ${JSON.stringify(String(input?.default ?? ''))},`)
  const outputs = Object.keys(action.outputs ?? {}).map(name => `  ${JSON.stringify(name)},`)
  return [
    '// Generated from action.yml by scripts/metadata.mjs (npm run build). Do not edit: change action.yml.',
    '',
    "/** Every input action.yml declares, with the default the runner fills in when a workflow leaves it out. */",
    'export const INPUT_DEFAULTS = {',
    ...defaults,
    '} as const',
    '',
    '/** Every output action.yml declares. */',
    'export const OUTPUT_NAMES = [',
    ...outputs,
    '] as const',
    '',
    'export type InputName = keyof typeof INPUT_DEFAULTS',
    'export type OutputName = (typeof OUTPUT_NAMES)[number]',
    '',
  ].join('\n')
}

/** Rewrite src/action/metadata.ts when action.yml changed; returns whether it did. */
export async function writeMetadata() {
  const source = metadataSource(await readActionMetadata())
  const current = await readFile(TARGET, 'utf8').catch(() => '')
  if (current === source) return false
  await writeFile(TARGET, source)
  return true
}

if (import.meta.url === `file://${process.argv[1]}`) await writeMetadata()
