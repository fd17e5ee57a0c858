import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { InvalidManifestError, InvalidSettingError, PackageNotFoundError, messageOf } from '../errors.ts'
import { lines } from '../lines.ts'
import type { PublishRequest } from '../types.ts'
import type { WorkspaceFinder } from './workspace.ts'

const GLOB_CHARACTERS = /[*?[\]{}!]/

/** Whether a package entry is a glob rather than a path. */
export function isGlob(entry: string): boolean {
  return GLOB_CHARACTERS.test(entry)
}

/**
 * The packages a request names: each entry a folder, a package.json path, a .tgz, or a glob of
 * those. Returns the entries to load, in the order given, without duplicates (as the user wrote
 * them, or as a glob matched them, relative to `cwd`); none given is the package in `cwd`.
 */
export async function expandPackageEntries(given: string[], cwd: string): Promise<string[]> {
  const entries = given.map(entry => entry.trim()).filter(entry => entry !== '')
  if (entries.length === 0) return ['.']
  const found: string[] = []
  const seen = new Set<string>()
  const add = (entry: string) => {
    const key = resolve(cwd, entry)
    if (!seen.has(key)) {
      seen.add(key)
      found.push(entry)
    }
  }
  for (const entry of entries) {
    if (!isGlob(entry)) {
      add(entry)
      continue
    }
    const { glob } = await import('glob')
    const matches = (await glob(entry, { cwd, ignore: ['**/node_modules/**'], posix: true })).sort((a, b) => a.localeCompare(b, 'en'))
    let matched = 0
    for (const match of matches) {
      if (await isPackage(resolve(cwd, match))) {
        add(match)
        matched++
      }
    }
    if (matched === 0) {
      throw new InvalidSettingError('packages', `"${entry}" matches no package (no folder with a package.json, no package.json, no .tgz). Check the pattern against the repository layout`)
    }
  }
  return found
}

async function isPackage(path: string): Promise<boolean> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) return (await stat(join(path, 'package.json'))).isFile()
    return path.endsWith('package.json') || /\.(tgz|tar\.gz)$/i.test(path)
  } catch {
    return false
  }
}

/**
 * The entries of a run: the workspaces of `workspaceRoot` (with the root itself first when
 * `includeRoot` asks and it is not private; then a root that declares no workspaces is the run's
 * one package), else the packages listed.
 */
export async function runEntries(request: Pick<PublishRequest, 'packages' | 'workspaceRoot' | 'includeRoot' | 'cwd'>, finder: WorkspaceFinder): Promise<string[]> {
  const { workspaceRoot, cwd } = request
  if (workspaceRoot === undefined) return expandPackageEntries(request.packages, cwd)
  if (!request.includeRoot) return findWorkspaces(workspaceRoot, cwd, finder)
  // A monorepo's root is usually private, often without a version: it is no package of the run then.
  const root = JSON.parse(await readFile(join(resolve(cwd, workspaceRoot), 'package.json'), 'utf8').catch(() => '{}')) as { workspaces?: unknown; private?: unknown }
  const declared = root.workspaces !== undefined || (await stat(join(resolve(cwd, workspaceRoot), 'pnpm-workspace.yaml')).then(() => true, () => false))
  return [...(root.private === true ? [] : [workspaceRoot]), ...(declared ? await findWorkspaces(workspaceRoot, cwd, finder) : [])]
}

/**
 * The workspaces of the root at `root`: npm and yarn `workspaces` in
 * package.json (array or `{ packages }`), or pnpm-workspace.yaml's `packages`.
 * Returned as folders relative to `cwd`, in npm's order. npm's own workspaces are told to `finder`,
 * which then need not read them again to pack each member.
 */
export async function findWorkspaces(root: string, cwd: string, finder: WorkspaceFinder): Promise<string[]> {
  const rootDir = resolve(cwd, root)
  let pkg: { workspaces?: unknown }
  try {
    pkg = JSON.parse(await readFile(join(rootDir, 'package.json'), 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new PackageNotFoundError(root, lines.noWorkspaceRoot(), { cause: error })
    }
    throw new InvalidManifestError(root, `its package.json cannot be read: ${messageOf(error)}`, { cause: error })
  }
  const patterns = pkg.workspaces ?? (await pnpmWorkspaces(rootDir))
  if (patterns === undefined) {
    throw new InvalidSettingError('workspaces', lines.noWorkspacesDeclared(root))
  }
  const { default: mapWorkspaces } = await import('@npmcli/map-workspaces')
  let workspaces: Map<string, string>
  try {
    workspaces = await mapWorkspaces({ cwd: rootDir, pkg: { workspaces: patterns } })
  } catch (error) {
    throw new InvalidManifestError(root, `its workspaces cannot be read: ${messageOf(error)}`, { cause: error })
  }
  if (pkg.workspaces !== undefined) finder.know(rootDir, workspaces.values())
  if (workspaces.size === 0) {
    throw new InvalidSettingError('workspaces', `the workspace patterns of "${root}" match no package. Check "workspaces" in its package.json`)
  }
  return [...workspaces.values()].map(dir => relativeTo(cwd, dir))
}

async function pnpmWorkspaces(rootDir: string): Promise<string[] | undefined> {
  let text: string
  try {
    text = await readFile(join(rootDir, 'pnpm-workspace.yaml'), 'utf8')
  } catch {
    return undefined
  }
  // yaml is CommonJS: its functions are on the default export (in the bundle, only there).
  const { parse } = (await import('yaml')).default
  const parsed = parse(text) as { packages?: unknown } | null
  const packages = parsed?.packages
  if (!Array.isArray(packages) || !packages.every(entry => typeof entry === 'string')) return undefined
  return packages
}

function relativeTo(cwd: string, dir: string): string {
  const relative = dir.startsWith(cwd + '/') ? dir.slice(cwd.length + 1) : dir
  return relative === '' ? '.' : relative
}
