import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import semver from 'semver'
import { InvalidManifestError, PackageNotFoundError, messageOf } from '../errors.ts'
import { findNpm } from './config.ts'
import type { PackScope, WorkspaceFinder } from './workspace.ts'

/** The fields of package.json the action reads; the rest is passed through to the registry. */
export interface Manifest {
  name: string
  version: string
  private?: boolean
  publishConfig?: Record<string, unknown>
  [field: string]: unknown
}

export interface LoadedPackage {
  /** The path as the user gave it, for messages. */
  readonly input: string
  readonly kind: 'directory' | 'tarball'
  /** Absolute path of the folder or the .tgz. */
  readonly location: string
  manifest: Manifest
  /** The tarball to publish (packs a folder on first call). */
  tarball(): Promise<Buffer>
}

export interface LoadOptions {
  cwd: string
  ignoreScripts: boolean
  /** For package scripts: the environment npm's own node-gyp is found from (see nodeGypOf). */
  env?: NodeJS.ProcessEnv
  /** Finds the npm workspace a folder is a member of (one per run, so that each root is read once). */
  workspaces: WorkspaceFinder
}

/** Find and read a package given as a folder, a package.json path or a .tgz. Nothing is packed yet. */
export async function loadPackage(input: string, options: LoadOptions): Promise<LoadedPackage> {
  const path = resolve(options.cwd, input)
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new PackageNotFoundError(input, describeFsError(error), { cause: error })
  })
  if (info.isDirectory()) return loadDirectory(input, path, options)
  if (basename(path) === 'package.json') return loadDirectory(input, dirname(path), options)
  if (/\.(tgz|tar\.gz)$/i.test(path)) return loadTarball(input, path)
  throw new PackageNotFoundError(input, 'it is a file, but neither a package.json nor a .tgz')
}

async function loadDirectory(input: string, dir: string, options: LoadOptions): Promise<LoadedPackage> {
  const manifest = await readDirectoryManifest(input, dir)
  let packed: Promise<Buffer> | undefined
  const pkg: LoadedPackage = {
    input,
    kind: 'directory',
    location: dir,
    manifest,
    tarball() {
      packed ??= (async () => {
        let tarball: Buffer
        try {
          // A workspace member is packed as a member, with the ignore files up to its workspace root.
          const scope = await options.workspaces.scopeOf(dir)
          tarball = await packDirectory(dir, manifest, options.ignoreScripts, options.env, scope)
        } catch (error) {
          throw new InvalidManifestError(input, `packing it failed: ${messageOf(error)}`, { cause: error })
        }
        // prepack / prepare scripts may rewrite package.json: publish what was packed.
        if (!options.ignoreScripts) pkg.manifest = await readDirectoryManifest(input, dir)
        return tarball
      })()
      return packed
    },
  }
  return pkg
}

/**
 * Pack a folder the way `npm publish` does. libnpmpack (with @npmcli/arborist) does it all: scripts,
 * bundled dependencies, the overrides check. Without scripts and without bundled dependencies (nor workspaces), none
 * of that applies, and the file list needs only the root's package.json: then pacote packs it from a
 * root-only tree (what npm-packlist reads of an arborist tree: path, package, isProjectRoot, and
 * edgesOut for bundles), which skips loading arborist and walking the folder twice. A test checks
 * that both ways give byte-identical tarballs. `scope`: the workspace the folder is a member of, as
 * npm passes it (its `prefix` and `workspaces`), so that npm-packlist applies the ignore files
 * between the member and the workspace root.
 */
export async function packDirectory(dir: string, manifest: Manifest, ignoreScripts: boolean, env: NodeJS.ProcessEnv = process.env, scope?: PackScope): Promise<Buffer> {
  const bundled = manifest.bundleDependencies ?? manifest.bundledDependencies
  const hasBundled = bundled === true || (Array.isArray(bundled) && bundled.length > 0)
  const where = scope ? { prefix: scope.prefix, workspaces: scope.workspaces } : {}
  if (ignoreScripts && !hasBundled && manifest.workspaces === undefined) {
    const { default: pacote } = await import('pacote')
    const tree = { path: dir, package: manifest, isProjectRoot: true, edgesOut: new Map(), workspaces: null }
    return pacote.tarball(`file:${dir}`, { tree, ignoreScripts: true, ...where } as Parameters<typeof pacote.tarball>[1])
  }
  const { default: pack } = await import('libnpmpack')
  return pack(`file:${dir}`, { ignoreScripts, foregroundScripts: false, ...where, ...(ignoreScripts ? {} : { nodeGyp: await nodeGypOf(env) }) })
}

/** A file in a package tarball, as `npm pack --dry-run` lists it. */
export interface TarballFile {
  /** The path inside the package (without npm's `package/` folder). */
  path: string
  size: number
}

/** The files a tarball holds, in npm's order of listing (by path). */
export async function tarballFiles(tarball: Buffer): Promise<TarballFile[]> {
  const { Parser } = await import('tar')
  const files: TarballFile[] = []
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      onReadEntry: entry => {
        if (entry.type === 'File') files.push({ path: entry.path.replace(/^package\//, ''), size: entry.size })
        entry.resume()
      },
    })
    parser.on('end', () => resolve())
    parser.on('error', reject)
    parser.end(tarball)
  })
  return files.sort((a, b) => a.path.localeCompare(b.path, 'en'))
}

/**
 * The node-gyp that package scripts get (npm_config_node_gyp), as npm gives them its own. Without
 * one, @npmcli/run-script resolves node-gyp from its own node_modules, which the bundle has not.
 */
async function nodeGypOf(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.npm_config_node_gyp) return env.npm_config_node_gyp
  const { root } = await findNpm(env)
  const bundled = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  // 'node-gyp' (on PATH) is the last resort; only a script that calls node-gyp would notice.
  return (await stat(bundled).then(info => info.isFile(), () => false)) ? bundled : 'node-gyp'
}

async function readDirectoryManifest(input: string, dir: string): Promise<Manifest> {
  const file = resolve(dir, 'package.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new PackageNotFoundError(input, `no package.json in the folder (${describeFsError(error as NodeJS.ErrnoException)})`, { cause: error })
  }
  try {
    JSON.parse(text)
  } catch (error) {
    throw new InvalidManifestError(input, `its package.json is not valid JSON (${messageOf(error)}). Fix the file and run again.`, { cause: error })
  }
  // Read the way `npm publish` (through pacote) does: normalised, with readme and gitHead.
  const { default: PackageJson } = await import('@npmcli/package-json')
  const manifest = await PackageJson.prepare(dir).then(
    pkg => pkg.content,
    (error: unknown) => {
      throw new InvalidManifestError(input, `its package.json cannot be read: ${messageOf(error)}. Fix package.json and run again.`, { cause: error })
    },
  )
  return checkManifest(input, manifest)
}

async function loadTarball(input: string, path: string): Promise<LoadedPackage> {
  const data = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new PackageNotFoundError(input, describeFsError(error), { cause: error })
  })
  const { default: pacote } = await import('pacote')
  const manifest = await pacote.manifest(`file:${path}`, { fullMetadata: true, fullReadJson: true }).catch((error: unknown) => {
    throw new InvalidManifestError(
      input,
      `it is not a readable npm package tarball (${messageOf(error)}). Make it again with "npm pack".`,
      { cause: error },
    )
  })
  return {
    input,
    kind: 'tarball',
    location: path,
    manifest: checkManifest(input, stripPacoteFields(manifest)),
    tarball: () => Promise.resolve(data),
  }
}

/** pacote adds `_resolved`, `_integrity`, `_from`: the registry must not receive local paths. */
function stripPacoteFields(manifest: Record<string, unknown>): Record<string, unknown> {
  const { _resolved: _r, _integrity: _i, _from: _f, ...rest } = manifest
  return rest
}

function checkManifest(input: string, manifest: Record<string, unknown>): Manifest {
  const { name, version } = manifest
  if (typeof name !== 'string' || name === '') {
    throw new InvalidManifestError(input, 'its package.json has no "name". Add one and run again.')
  }
  if (typeof version !== 'string' || version === '') {
    throw new InvalidManifestError(input, 'its package.json has no "version". Add one and run again.')
  }
  if (!semver.valid(version)) {
    throw new InvalidManifestError(input, `its version "${version}" is not valid semver (such as 1.2.3). Fix "version" in package.json.`)
  }
  const { publishConfig } = manifest
  if (publishConfig !== undefined && (typeof publishConfig !== 'object' || publishConfig === null || Array.isArray(publishConfig))) {
    throw new InvalidManifestError(input, '"publishConfig" in its package.json is not an object.')
  }
  return manifest as Manifest
}

function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOTDIR':
      return 'a part of the path is not a folder'
    default:
      return error.code ?? messageOf(error)
  }
}
