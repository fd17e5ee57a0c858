/**
 * What a maintainer would want to know before a version goes out, which cannot be taken back: the
 * package scripts npm publish would have run and this run did not (ignore-scripts), and the files
 * the manifest points at (main, module, types, bin, exports) that the tarball does not hold.
 */

/** The scripts `npm publish` runs around packing and publishing, in its order. */
const PUBLISH_SCRIPTS = ['prepublishOnly', 'prepack', 'prepare', 'postpack', 'publish', 'postpublish']

/** The publish scripts a package has (all of them skipped when scripts are ignored). */
export function publishScripts(manifest: Record<string, unknown>): string[] {
  const scripts = manifest.scripts && typeof manifest.scripts === 'object' ? (manifest.scripts as Record<string, unknown>) : {}
  return PUBLISH_SCRIPTS.filter(name => typeof scripts[name] === 'string' && scripts[name] !== '')
}

/** A field of the manifest that points at a file the tarball does not hold. */
export interface MissingEntry {
  /** `main`, `types`, `bin.cli`, `exports["./x"].import`, ... */
  field: string
  path: string
}

/** The files `main`, `module`, `browser`, `types`/`typings`, `bin` and `exports` point at that `files` (the tarball's, relative) lack. */
export function missingEntries(manifest: Record<string, unknown>, files: readonly string[]): MissingEntry[] {
  const present = new Set(files)
  return entries(manifest).filter(({ field, path }) => !holds(present, normalise(path), field === 'main' || field === 'module' || field === 'browser'))
}

/** Whether the manifest names any file to look for (otherwise the tarball need not be read). */
export function namesEntries(manifest: Record<string, unknown>): boolean {
  return entries(manifest).length > 0
}

/** Every file the manifest's entry fields name. */
function entries(manifest: Record<string, unknown>): MissingEntry[] {
  const targets: MissingEntry[] = []
  for (const field of ['main', 'module', 'browser', 'types', 'typings']) {
    if (typeof manifest[field] === 'string' && manifest[field] !== '') targets.push({ field, path: manifest[field] })
  }
  const bin = manifest.bin
  if (typeof bin === 'string') targets.push({ field: 'bin', path: bin })
  else if (bin && typeof bin === 'object') for (const [name, path] of Object.entries(bin)) if (typeof path === 'string') targets.push({ field: `bin.${name}`, path })
  collectExports(manifest.exports, 'exports', targets)
  return targets
}

/** Every file an `exports` map names (patterns with "*" left out: they name no one file). */
function collectExports(value: unknown, field: string, into: MissingEntry[]): void {
  if (typeof value === 'string') {
    if (!value.includes('*')) into.push({ field, path: value })
    return
  }
  if (Array.isArray(value)) value.forEach((item, index) => collectExports(item, `${field}[${index}]`, into))
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) collectExports(item, `${field}["${key}"]`, into)
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '')
}

/** Whether the tarball holds `path`; `resolved` fields (main) also as Node resolves them: with .js, .json, .node, or a folder's index. */
function holds(present: Set<string>, path: string, resolved: boolean): boolean {
  if (present.has(path)) return true
  if (!resolved) return false
  return ['.js', '.json', '.node', '/index.js', '/index.json', '/index.node'].some(suffix => present.has(`${path}${suffix}`))
}
