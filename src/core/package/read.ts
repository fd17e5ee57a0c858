/**
 * What is published: a package named as a folder, a package.json or a .tgz, read the way
 * `npm publish` reads it, and packed on first use (see pack.ts).
 */
import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import semver from 'semver'
import { InvalidManifestError, PackageNotFoundError, messageOf } from '../errors.ts'
import type { Manifest } from '../types.ts'
import { rewriteManifest, type RewritingWorkspace } from './manager.ts'
import { packDirectory, withPackageJson } from './pack.ts'
import type { WorkspaceFinder } from './workspace.ts'

export interface LoadedPackage {
  /** The path as the user gave it, for messages. */
  readonly entry: string
  readonly kind: 'directory' | 'tarball'
  /** Absolute path of the folder or the .tgz. */
  readonly location: string
  manifest: Manifest
  /** The tarball to publish (packs a folder on first call). */
  tarball(): Promise<Buffer>
  /** A provenance bundle made for this tarball already (a release tool's, through the relay): sent as it is. */
  readonly provenanceFile?: string
}

export interface LoadOptions {
  cwd: string
  ignoreScripts: boolean
  /** For package scripts: the environment npm's own node-gyp is found from (see nodeGypOf). */
  env: NodeJS.ProcessEnv
  /** Finds the npm workspace a folder is a member of (one per run, so that each root is read once). */
  workspaces: WorkspaceFinder
}

/** Find and read a package given as a folder, a package.json path or a .tgz. Nothing is packed yet. */
export async function loadPackage(entry: string, options: LoadOptions): Promise<LoadedPackage> {
  const path = resolve(options.cwd, entry)
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new PackageNotFoundError(entry, describeFsError(error), { cause: error })
  })
  if (info.isDirectory()) return loadDirectory(entry, path, options)
  if (basename(path) === 'package.json') return loadDirectory(entry, dirname(path), options)
  if (/\.(tgz|tar\.gz)$/i.test(path)) return loadTarball(entry, path)
  throw new PackageNotFoundError(entry, 'it is a file, but neither a package.json nor a .tgz')
}

async function loadDirectory(entry: string, dir: string, options: LoadOptions): Promise<LoadedPackage> {
  // pnpm and yarn berry rewrite package.json as they pack: publish what they would.
  const rewriter = await options.workspaces.rewriterOf(dir).catch((error: unknown) => {
    throw new InvalidManifestError(entry, `its workspace cannot be read: ${messageOf(error)}`, { cause: error })
  })
  const read = async () => rewritten(entry, dir, await readDirectoryManifest(entry, dir), rewriter)
  const manifest = await read()
  let packed: Promise<Buffer> | undefined
  const pkg: LoadedPackage = {
    entry,
    kind: 'directory',
    location: dir,
    manifest,
    tarball() {
      packed ??= (async () => {
        // A workspace member is packed as a member, with the ignore files up to its workspace root.
        const scope = await options.workspaces.scopeOf(dir)
        let tarball: Buffer
        try {
          tarball = await packDirectory(dir, manifest, options.ignoreScripts, options.env, scope)
        } catch (error) {
          throw new InvalidManifestError(entry, `packing it failed: ${messageOf(error)}`, { cause: error })
        }
        // prepack / prepare scripts may rewrite package.json: publish what was packed.
        if (!options.ignoreScripts) pkg.manifest = await read()
        if (rewriter) {
          // The tarball's package.json as the package manager writes it: the file, rewritten (not npm's normalised manifest).
          const file = rewritten(entry, dir, JSON.parse(await readFile(resolve(dir, 'package.json'), 'utf8')) as Record<string, unknown>, rewriter)
          tarball = await withPackageJson(tarball, file)
        }
        return tarball
      })()
      return packed
    },
  }
  return pkg
}

/** A manifest as the package's package manager packs it (npm: as it is); what it cannot resolve stops the package. */
function rewritten<T extends Record<string, unknown>>(entry: string, dir: string, manifest: T, rewriter: RewritingWorkspace | undefined): T {
  if (!rewriter) return manifest
  const result = rewriteManifest(manifest, dir, rewriter)
  if ('problem' in result) throw new InvalidManifestError(entry, `${rewriter.kind} would not publish it as it stands: ${result.problem}. Fix package.json (or the workspace), then publish again`)
  return result.manifest as T
}

async function readDirectoryManifest(entry: string, dir: string): Promise<Manifest> {
  const file = resolve(dir, 'package.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new PackageNotFoundError(entry, `no package.json in the folder (${describeFsError(error as NodeJS.ErrnoException)})`, { cause: error })
  }
  try {
    JSON.parse(text)
  } catch (error) {
    throw new InvalidManifestError(entry, `its package.json is not valid JSON (${messageOf(error)}). Fix the file and run again.`, { cause: error })
  }
  // Read the way `npm publish` (through pacote) does: normalised, with readme and gitHead.
  const { default: PackageJson } = await import('@npmcli/package-json')
  const manifest = await PackageJson.prepare(dir).then(
    pkg => pkg.content,
    (error: unknown) => {
      throw new InvalidManifestError(entry, `its package.json cannot be read: ${messageOf(error)}. Fix package.json and run again.`, { cause: error })
    },
  )
  return checkManifest(entry, manifest)
}

async function loadTarball(entry: string, path: string): Promise<LoadedPackage> {
  const data = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new PackageNotFoundError(entry, describeFsError(error), { cause: error })
  })
  const { default: pacote } = await import('pacote')
  const manifest = await pacote.manifest(`file:${path}`, { fullMetadata: true, fullReadJson: true }).catch((error: unknown) => {
    throw new InvalidManifestError(
      entry,
      `it is not a readable npm package tarball (${messageOf(error)}). Make it again with "npm pack".`,
      { cause: error },
    )
  })
  return {
    entry,
    kind: 'tarball',
    location: path,
    manifest: checkManifest(entry, stripPacoteFields(manifest)),
    tarball: () => Promise.resolve(data),
  }
}

/**
 * A package a client sent (the relay): its manifest and tarball as the publish request held them,
 * checked as any package is. `entry` names it in messages.
 */
export function packageFromPublish(entry: string, manifest: Record<string, unknown>, tarball: Buffer, provenanceFile?: string): LoadedPackage {
  return { entry, kind: 'tarball', location: entry, manifest: checkManifest(entry, manifest), tarball: () => Promise.resolve(tarball), provenanceFile }
}

/** pacote adds `_resolved`, `_integrity`, `_from`: the registry must not receive local paths. */
function stripPacoteFields(manifest: Record<string, unknown>): Record<string, unknown> {
  const { _resolved: _r, _integrity: _i, _from: _f, ...rest } = manifest
  return rest
}

function checkManifest(entry: string, manifest: Record<string, unknown>): Manifest {
  const { name, version } = manifest
  if (typeof name !== 'string' || name === '') {
    throw new InvalidManifestError(entry, 'its package.json has no "name". Add one and run again.')
  }
  if (typeof version !== 'string' || version === '') {
    throw new InvalidManifestError(entry, 'its package.json has no "version". Add one and run again.')
  }
  if (!semver.valid(version)) {
    throw new InvalidManifestError(entry, `its version "${version}" is not valid semver (such as 1.2.3). Fix "version" in package.json.`)
  }
  const { publishConfig } = manifest
  if (publishConfig !== undefined && (typeof publishConfig !== 'object' || publishConfig === null || Array.isArray(publishConfig))) {
    throw new InvalidManifestError(entry, '"publishConfig" in its package.json is not an object.')
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
