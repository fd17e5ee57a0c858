/**
 * Which npm workspace a package folder belongs to, found as npm finds it, so that it is packed as
 * `npm publish` packs it: a workspace member with the ignore files between it and the workspace
 * root applied (`npm pack -w`), any other folder as its own root.
 */
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { InvalidManifestError, messageOf } from '../errors.ts'
import { findRewriter, readRewritingWorkspace, type RewritingWorkspace } from './manager.ts'

/** What npm-packlist needs to pack a workspace member as npm does: the workspace root and the member's folder. */
export interface PackScope {
  prefix: string
  workspaces: string[]
}

/**
 * Finds the workspace root of package folders the way npm finds it from a working folder
 * (@npmcli/config's loadLocalPrefix): up from the folder, the first package.json whose `workspaces`
 * list the folder. One finder serves a run, so that each folder above the packages is read once.
 */
export class WorkspaceFinder {
  readonly #members = new Map<string, Promise<Set<string> | undefined>>()
  readonly #rewriting = new Map<string, Promise<RewritingWorkspace>>()

  /** The pnpm or yarn berry workspace `dir` belongs to, whose pack rewrites package.json; undefined for npm. Each is read once. */
  async rewriterOf(dir: string): Promise<RewritingWorkspace | undefined> {
    const found = await findRewriter(dir)
    if (!found) return undefined
    let workspace = this.#rewriting.get(found.root)
    if (!workspace) {
      workspace = readRewritingWorkspace(found.kind, found.root)
      this.#rewriting.set(found.root, workspace)
    }
    return workspace
  }

  /** The scope to pack `dir` (an absolute folder) in; undefined when it is no npm workspace's member. */
  async scopeOf(dir: string): Promise<PackScope | undefined> {
    for (let parent = dirname(dir); ; parent = dirname(parent)) {
      if ((await this.#membersOf(parent))?.has(dir)) return { prefix: parent, workspaces: [dir] }
      if (dirname(parent) === parent) return undefined
    }
  }

  /** What a caller has read already: `members` are the npm workspaces of the root at `dir`. */
  know(dir: string, members: Iterable<string>): void {
    this.#members.set(dir, Promise.resolve(new Set(members)))
  }

  /** The member folders of the workspace root at `dir`; undefined when it is none. */
  #membersOf(dir: string): Promise<Set<string> | undefined> {
    let members = this.#members.get(dir)
    if (!members) {
      members = readMembers(dir)
      this.#members.set(dir, members)
    }
    return members
  }
}

async function readMembers(dir: string): Promise<Set<string> | undefined> {
  let pkg: { workspaces?: unknown }
  try {
    pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'))
  } catch {
    // No package.json, or one npm cannot read: npm moves on to the folder above, and so does this.
    return undefined
  }
  if (!pkg?.workspaces) return undefined
  const { default: mapWorkspaces } = await import('@npmcli/map-workspaces')
  try {
    return new Set((await mapWorkspaces({ cwd: dir, pkg: { workspaces: pkg.workspaces } })).values())
  } catch (error) {
    throw new InvalidManifestError(dir, `its "workspaces" cannot be read, so the packages under it cannot be packed as npm packs them: ${messageOf(error)}`, { cause: error })
  }
}
