/**
 * Packing a folder as `npm publish` packs it, with npm's own packer, and listing a tarball's files
 * as `npm pack --dry-run` does.
 */
import { nodeGypOf } from '../npm/location.ts'
import type { Manifest } from '../types.ts'
import type { PackScope } from './workspace.ts'

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
export async function packDirectory(dir: string, manifest: Manifest, ignoreScripts: boolean, env: NodeJS.ProcessEnv, scope?: PackScope): Promise<Buffer> {
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
 * The tarball with its package.json replaced by `manifest` (as pnpm and yarn write theirs: two-space
 * JSON), every other entry as it was: its bytes, mode and times.
 */
export async function withPackageJson(tarball: Buffer, manifest: Record<string, unknown>): Promise<Buffer> {
  const { Header, Parser, Pax } = await import('tar')
  const { gzipSync } = await import('node:zlib')
  const blocks: Buffer[] = []
  const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      onReadEntry: entry => {
        const chunks: Buffer[] = []
        entry.on('data', (chunk: Buffer) => chunks.push(chunk))
        entry.on('end', () => {
          const data = entry.path === 'package/package.json' ? json : Buffer.concat(chunks)
          const fields = { path: entry.path, mode: entry.mode, uid: entry.uid, gid: entry.gid, size: data.length, mtime: entry.mtime, type: entry.type, uname: entry.uname, gname: entry.gname, linkpath: entry.linkpath }
          const header = new Header(fields)
          const block = Buffer.alloc(512)
          // A path or a value too long for the ustar header goes in a pax header before it.
          if (header.encode(block)) blocks.push(new Pax({ ...fields, atime: undefined, ctime: undefined }).encode())
          blocks.push(block, data, Buffer.alloc((512 - (data.length % 512)) % 512))
        })
      },
    })
    parser.on('end', () => resolve())
    parser.on('error', reject)
    parser.end(tarball)
  })
  blocks.push(Buffer.alloc(1024))
  return gzipSync(Buffer.concat(blocks))
}
