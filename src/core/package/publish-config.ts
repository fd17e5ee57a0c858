import { InvalidManifestError } from '../errors.ts'
import { tagProblem } from '../tag.ts'
import type { Access } from '../types.ts'

/** publishConfig.tag in package.json, checked as a requested tag is. `location`: the package, for the message. */
export function tagFromPublishConfig(publishConfig: Record<string, unknown>, location: string): string | undefined {
  const tag = publishConfig.tag
  if (tag === undefined) return undefined
  if (typeof tag !== 'string') throw new InvalidManifestError(location, 'publishConfig.tag in its package.json is not a string')
  const problem = tagProblem(tag.trim())
  if (problem) throw new InvalidManifestError(location, `publishConfig.tag in its package.json: ${problem}`)
  return tag.trim()
}

/** publishConfig.access in package.json: "public" or "restricted". */
export function accessFromPublishConfig(publishConfig: Record<string, unknown>, location: string): Access | undefined {
  const access = publishConfig.access
  if (access === undefined || access === null) return undefined
  if (access === 'public' || access === 'restricted') return access
  throw new InvalidManifestError(location, `publishConfig.access in its package.json is "${String(access)}"; it must be "public" or "restricted"`)
}
