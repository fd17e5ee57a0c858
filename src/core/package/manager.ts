/**
 * Which package manager packs a package, and the package.json it writes into the tarball. npm's is
 * the file as it is. pnpm's and yarn berry's (`pnpm pack`, `yarn pack`) replace `workspace:` ranges
 * with the versions of the workspace's packages, `catalog:` ranges with the catalog's, and lay the
 * fields of publishConfig over the top-level ones: a version published without that cannot be
 * installed (`workspace:^` means nothing outside the workspace), and cannot be replaced. A range that
 * cannot be resolved stops the package before anything is sent.
 */
import { readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

/** The package managers whose pack rewrites package.json. */
export type Rewriter = 'pnpm' | 'yarn'

/** A workspace whose package manager rewrites what it packs. */
export interface RewritingWorkspace {
  kind: Rewriter
  /** Where it was found: its pnpm-workspace.yaml, yarn.lock or packageManager field is there. */
  root: string
  /** Its packages by name: their version and folder. */
  packages: Map<string, { version: string; dir: string }>
  /** `catalog:` (the default catalog, also `catalogs.default`) and `catalog:<name>`. */
  catalogs: Map<string, Record<string, string>>
}

/** What the package manager of a workspace makes of a manifest; `problem` says what could not be resolved. */
export type Rewritten = { manifest: Record<string, unknown> } | { problem: string }

/** The dependency fields whose ranges pnpm and yarn rewrite. */
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']

/** The fields of publishConfig that pnpm lays over the top-level ones (and takes out of publishConfig). */
const PNPM_PUBLISH_FIELDS = ['bin', 'type', 'imports', 'main', 'module', 'typings', 'types', 'exports', 'browser', 'esnext', 'es2015', 'unpkg', 'umd:main', 'os', 'cpu', 'libc', 'typesVersions']
/** The fields of publishConfig that yarn berry lays over the top-level ones (publishConfig stays as it is). */
const YARN_PUBLISH_FIELDS = ['type', 'main', 'browser', 'module', 'exports', 'imports', 'bin', 'typings', 'types']
/** The scripts pnpm leaves out of what it packs (it has run them, or will not). */
const PNPM_DROPPED_SCRIPTS = ['prepublishOnly', 'prepack', 'prepare', 'postpack', 'publish', 'postpublish']

/**
 * The rewriting workspace a package folder belongs to, found up from it as pnpm and yarn find their
 * projects: the nearest folder with a pnpm-workspace.yaml or pnpm-lock.yaml (pnpm) or a yarn berry
 * lockfile (yarn); failing those, a `packageManager` field naming pnpm or yarn 2 and later (the
 * folder of the nearest one is the project). Undefined for npm (and yarn 1, which packs as npm does).
 */
export async function findRewriter(dir: string): Promise<{ kind: Rewriter; root: string } | undefined> {
  let declared: { kind: Rewriter; root: string } | undefined
  let decided = false
  for (let folder = dir; ; folder = dirname(folder)) {
    if (await exists(join(folder, 'pnpm-workspace.yaml'))) return { kind: 'pnpm', root: folder }
    const yarnLock = await readFile(join(folder, 'yarn.lock'), 'utf8').catch(() => undefined)
    if (yarnLock !== undefined) return yarnLock.includes('__metadata:') ? { kind: 'yarn', root: folder } : undefined
    if (await exists(join(folder, 'pnpm-lock.yaml'))) return { kind: 'pnpm', root: folder }
    if (await exists(join(folder, 'package-lock.json'))) return undefined
    const manager = decided ? undefined : await readJson(join(folder, 'package.json')).then(pkg => pkg?.packageManager)
    if (typeof manager === 'string') {
      decided = true
      const [, name, major] = /^(pnpm|yarn)@(\d+)/.exec(manager) ?? []
      if (name === 'pnpm' || (name === 'yarn' && Number(major) >= 2)) declared = { kind: name, root: folder }
    }
    if (dirname(folder) === folder) return declared
  }
}

/** The workspace at `root`: its packages (pnpm-workspace.yaml's, or package.json's workspaces) and catalogs. */
export async function readRewritingWorkspace(kind: Rewriter, root: string): Promise<RewritingWorkspace> {
  const { parse } = (await import('yaml')).default
  const config = kind === 'pnpm' ? 'pnpm-workspace.yaml' : '.yarnrc.yml'
  const yaml = (parse(await readFile(join(root, config), 'utf8').catch(() => '')) ?? {}) as { packages?: unknown; catalog?: unknown; catalogs?: unknown }
  const rootManifest = await readJson(join(root, 'package.json'))
  const patterns = kind === 'pnpm' ? yaml.packages : rootManifest?.workspaces
  const packages = new Map<string, { version: string; dir: string }>()
  const add = (manifest: Record<string, unknown> | undefined, dir: string) => {
    if (typeof manifest?.name === 'string') packages.set(manifest.name, { version: typeof manifest.version === 'string' ? manifest.version : '0.0.0', dir })
  }
  add(rootManifest, root)
  if (patterns !== undefined) {
    const { default: mapWorkspaces } = await import('@npmcli/map-workspaces')
    const members = await mapWorkspaces({ cwd: root, pkg: { workspaces: patterns } })
    await Promise.all([...members.values()].map(async dir => add(await readJson(join(dir, 'package.json')), dir)))
  }
  const catalogs = new Map<string, Record<string, string>>()
  const named = yaml.catalogs && typeof yaml.catalogs === 'object' ? (yaml.catalogs as Record<string, unknown>) : {}
  for (const [name, entries] of Object.entries(named)) if (entries && typeof entries === 'object') catalogs.set(name, entries as Record<string, string>)
  if (yaml.catalog && typeof yaml.catalog === 'object') catalogs.set('default', yaml.catalog as Record<string, string>)
  return { kind, root, packages, catalogs }
}

/** The manifest as the workspace's package manager packs it, from the package's folder `dir`. */
export function rewriteManifest(manifest: Record<string, unknown>, dir: string, workspace: RewritingWorkspace): Rewritten {
  const out: Record<string, unknown> = structuredClone(manifest)
  for (const field of DEPENDENCY_FIELDS) {
    const deps = out[field]
    if (!deps || typeof deps !== 'object') continue
    for (const [name, range] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof range !== 'string') continue
      const resolved = resolveRange(name, range, dir, workspace)
      if ('problem' in resolved) return { problem: `${field}["${name}"] is "${range}": ${resolved.problem}` }
      ;(deps as Record<string, unknown>)[name] = resolved.range
    }
  }
  const publishConfig = out.publishConfig && typeof out.publishConfig === 'object' ? (out.publishConfig as Record<string, unknown>) : undefined
  if (workspace.kind === 'pnpm') {
    if (publishConfig) {
      for (const field of PNPM_PUBLISH_FIELDS) {
        if (!(field in publishConfig)) continue
        out[field] = publishConfig[field]
        delete publishConfig[field]
      }
    }
    delete out.pnpm
    delete out.packageManager
    if (out.scripts && typeof out.scripts === 'object') for (const script of PNPM_DROPPED_SCRIPTS) delete (out.scripts as Record<string, unknown>)[script]
  } else if (publishConfig) {
    for (const field of YARN_PUBLISH_FIELDS) if (publishConfig[field]) out[field] = publishConfig[field]
  }
  return { manifest: out }
}

/** A range as the package manager publishes it: `workspace:` and `catalog:` resolved, anything else as it is. */
function resolveRange(name: string, range: string, dir: string, workspace: RewritingWorkspace): { range: string } | { problem: string } {
  if (range.startsWith('catalog:')) {
    const catalog = range.slice('catalog:'.length) || 'default'
    const entry = workspace.catalogs.get(catalog)?.[name]
    const where = catalog === 'default' ? 'the default catalog' : `the catalog "${catalog}"`
    if (typeof entry !== 'string') return { problem: `${where} of ${configFile(workspace)} has no entry for ${name}` }
    return entry.startsWith('workspace:') || entry.startsWith('catalog:') ? resolveRange(name, entry, dir, workspace) : { range: entry }
  }
  if (!range.startsWith('workspace:')) {
    if (range.includes('workspace:')) return { problem: `${workspace.kind} leaves a "workspace:" range inside an alias as it is, and no one could install it; write it as "workspace:<name>@<range>"` }
    return { range }
  }
  let spec = range.slice('workspace:'.length)
  let target = name
  let alias = false
  // An alias: workspace:<name>@<range> (pnpm), published as npm:<name>@<version>.
  const aliased = /^(@[^/@]+\/[^@]+|[^@./][^@]*)@(.*)$/.exec(spec)
  if (aliased && !spec.startsWith('.') && !spec.startsWith('/')) {
    if (workspace.kind === 'yarn') return { problem: 'yarn does not resolve an alias inside a "workspace:" range; depend on the package by its own name' }
    ;[, target, spec] = aliased
    alias = true
  }
  let version: string | undefined
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const folder = resolve(dir, spec)
    const found = [...workspace.packages.entries()].find(([, pkg]) => pkg.dir === folder)
    if (!found) return { problem: `no package of the ${workspace.kind} workspace at ${workspace.root} is in ${folder}` }
    ;[target, { version }] = found
    // pnpm publishes a package found by its path under another name as an alias of it.
    alias = workspace.kind === 'pnpm' && target !== name
    spec = '*'
  } else {
    version = workspace.packages.get(target)?.version
    if (version === undefined) return { problem: `no package of the ${workspace.kind} workspace at ${workspace.root} is named ${target}` }
  }
  const published = spec === '*' || spec === '' ? version : spec === '^' || spec === '~' ? `${spec}${version}` : spec
  return { range: alias ? `npm:${target}@${published}` : published }
}

function configFile(workspace: RewritingWorkspace): string {
  return join(workspace.root, workspace.kind === 'pnpm' ? 'pnpm-workspace.yaml' : '.yarnrc.yml')
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

async function readJson(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as unknown
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
