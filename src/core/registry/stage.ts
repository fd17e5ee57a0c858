/**
 * Staged publishing: the registry keeps the version until a maintainer
 * approves it with two-factor authentication (`npm stage approve <id>`).
 * Staging itself needs no one-time password.
 */
import npmFetch from 'npm-registry-fetch'
import { classifyRegistryError } from './classify.ts'
import type { LoadedPackage } from '../package/read.ts'
import { escapeName } from './packument.ts'
import { provenanceOptions } from './put.ts'

export interface StageRequest {
  fetchOptions: npmFetch.Options
  registry: string
  tag: string
  access: 'public' | 'restricted' | undefined
  provenance: boolean
  /** The request's time-out, ms. */
  timeout: number
}

/** What became of a staging request. */
export type StageResult =
  /** Staged now, or staged before and still waiting for approval (`already`); `stageId` when the registry said. */
  | { kind: 'staged'; stageId: string; already: boolean }
  /** The version is published already (an earlier attempt, or someone else: the caller checks). */
  | { kind: 'exists' }

/** `POST /-/stage/package/<name>` with the publish body (libnpmpublish's `stage: true`). */
export async function stageVersion(pkg: LoadedPackage, tarball: Buffer, request: StageRequest): Promise<StageResult> {
  const { name, version } = pkg.manifest
  const { default: libnpmpublish } = await import('libnpmpublish')
  try {
    const response = (await libnpmpublish.publish(pkg.manifest as unknown as Parameters<typeof libnpmpublish.publish>[0], tarball, {
      ...request.fetchOptions,
      defaultTag: request.tag,
      access: request.access ?? null,
      ...provenanceOptions(pkg, request.provenance),
      stage: true,
      timeout: request.timeout,
    } as Parameters<typeof libnpmpublish.publish>[2])) as { stageId?: unknown }
    return { kind: 'staged', stageId: stageIdOf(response.stageId), already: false }
  } catch (error) {
    const answer = classifyRegistryError(error, { registry: request.registry, pkg: `${name}@${version}`, what: `staging ${name}@${version}`, writes: true })
    if (answer.kind === 'staged') return { kind: 'staged', stageId: await findStageId(name, version, request), already: true }
    if (answer.kind === 'exists') return { kind: 'exists' }
    if (answer.kind === 'fail') throw answer.error
    // Staging needs no code: a registry that asks for one cannot stage for us.
    throw error
  }
}

/**
 * The stage id of a version that is staged already (`GET /-/stage?package=<name>`), or '' when
 * the registry does not list it. Answers are read tolerantly: an array, or `{ objects }` /
 * `{ stages }`, of entries with `stageId` (or `id`) and `version`.
 */
export async function findStageId(name: string, version: string, request: StageRequest): Promise<string> {
  try {
    const response = await npmFetch(`/-/stage?package=${escapeName(name)}`, { ...request.fetchOptions, timeout: request.timeout })
    const body = (await response.json()) as unknown
    const list = Array.isArray(body) ? body : ((body as { objects?: unknown; stages?: unknown })?.objects ?? (body as { stages?: unknown })?.stages)
    if (!Array.isArray(list)) return ''
    const entry = list.find(item => item && typeof item === 'object' && (item as { version?: unknown }).version === version) as { stageId?: unknown; id?: unknown } | undefined
    return stageIdOf(entry?.stageId ?? entry?.id)
  } catch {
    return ''
  }
}

/** A stage id as the registry gave it, when it looks like one (it reaches outputs, the summary and the log); else ''. */
function stageIdOf(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(value) ? value : ''
}
