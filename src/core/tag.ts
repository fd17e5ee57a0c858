import semver from 'semver'

/**
 * Why a dist-tag cannot be used, or undefined when the registry accepts it: not empty, URL-safe,
 * and not a semver range (npm refuses those, since `npm install name@1.x` could not tell them apart).
 * Says nothing of where the tag came from: the caller names that.
 */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'the tag is empty; give a name such as "next", or none for "latest"'
  if (semver.validRange(tag)) return `"${tag}" is a valid semver range, which npm does not allow as a tag. Use a name such as "next" or "beta"`
  if (encodeURIComponent(tag) !== tag) return `"${tag}" has characters a tag cannot hold (spaces, slashes, ...). Use letters, digits, ".", "-", "_" or "~"`
  return undefined
}
