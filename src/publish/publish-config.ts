import { InvalidInputError, messageOf } from '../errors.ts'
import type { Access } from './publish.ts'
import { checkTag } from './validate.ts'

/** publishConfig.tag in package.json, checked as the "tag" input is. */
export function tagFromPublishConfig(publishConfig: Record<string, unknown>): string | undefined {
  const tag = publishConfig.tag
  if (tag === undefined) return undefined
  if (typeof tag !== 'string') throw new InvalidInputError('package', 'publishConfig.tag in package.json is not a string')
  try {
    return checkTag(tag)
  } catch (error) {
    throw new InvalidInputError('package', `publishConfig.tag in package.json: ${messageOf(error).replace(/^Input "tag": /, '')}`)
  }
}

/** publishConfig.access in package.json: "public" or "restricted". */
export function accessFromPublishConfig(publishConfig: Record<string, unknown>): Access | undefined {
  const access = publishConfig.access
  if (access === undefined || access === null) return undefined
  if (access === 'public' || access === 'restricted') return access
  throw new InvalidInputError('package', `publishConfig.access in package.json is "${String(access)}"; it must be "public" or "restricted"`)
}
