/**
 * What a request to the relay does, read from its method, its path and, for a write of the package
 * document, its body: a release reads, publishes new versions, stages them and moves dist-tags, for
 * the packages of the run. A deprecation, an owner change or an unpublish are writes of the same
 * document (or its revisions), and are told apart by what the body changes, not only by the URL.
 */

export type RelayAction =
  | { kind: 'read' }
  /** PUT /<name> with the tarballs of new versions (and nothing else changed). */
  | { kind: 'publish'; name: string; versions: string[]; tags: Record<string, string> }
  /** POST /-/stage/package/<name>: a staged version, for a maintainer to approve. */
  | { kind: 'stage'; name: string; versions: string[]; tags: Record<string, string> }
  /** PUT or DELETE /-/package/<name>/dist-tags/<tag>. */
  | { kind: 'dist-tag'; name: string; tag: string; remove: boolean }
  /** Anything else that writes, or a write for a package outside the run: never forwarded. */
  | { kind: 'refused'; what: string; name?: string }

/** The fields of a publish document as npm, pnpm, yarn and lerna send it. Anything else changes the package document. */
const PUBLISH_FIELDS = new Set(['_id', 'name', 'description', 'dist-tags', 'versions', 'access', 'readme', '_attachments', 'maintainers'])

/** `@scope/name` from a path segment (`@scope%2fname`, or `@scope/name` over two segments). */
function nameAt(segments: string[]): { name: string; rest: string[] } | undefined {
  const first = decodeURIComponent(segments[0] ?? '')
  if (!first) return undefined
  if (first.startsWith('@') && !first.includes('/')) {
    const second = decodeURIComponent(segments[1] ?? '')
    return second ? { name: `${first}/${second}`, rest: segments.slice(2) } : undefined
  }
  return { name: first, rest: segments.slice(1) }
}

/** What a write of a package document does: a publish of new versions, or what else it changes. */
function readPublishBody(name: string, body: Buffer | undefined): { versions: string[]; tags: Record<string, string> } | { what: string } {
  let document: Record<string, unknown>
  try {
    document = JSON.parse(body?.toString('utf8') ?? '') as Record<string, unknown>
  } catch {
    return { what: `a write of ${name}'s package document that is not JSON` }
  }
  if (typeof document !== 'object' || document === null) return { what: `a write of ${name}'s package document that is not an object` }
  const attachments = document._attachments
  const versions = document.versions
  if (!attachments || typeof attachments !== 'object' || Object.keys(attachments).length === 0) {
    // The whole document without a tarball: a deprecation, a change of maintainers, a rewrite of the versions.
    return { what: `a change to ${name}'s package document without a new version (deprecate, owner, or unpublish)` }
  }
  if (document.name !== undefined && document.name !== name) return { what: `a publish whose document names another package (${String(document.name)})` }
  if (!versions || typeof versions !== 'object') return { what: `a publish of ${name} without versions` }
  const published = Object.keys(versions)
  const extra = Object.keys(document).filter(key => !PUBLISH_FIELDS.has(key))
  if (extra.length) return { what: `a publish of ${name} that also changes ${extra.join(', ')}` }
  const tarballs = new Set(Object.keys(attachments))
  const unmatched = published.filter(version => ![...tarballs].some(file => file.endsWith(`-${version}.tgz`)))
  if (published.length === 0 || unmatched.length) return { what: `a publish of ${name} that changes versions it sends no tarball for (${unmatched.join(', ') || 'none sent'})` }
  const tags: Record<string, string> = {}
  for (const [tag, version] of Object.entries((document['dist-tags'] ?? {}) as Record<string, unknown>)) {
    if (typeof version !== 'string' || !published.includes(version)) return { what: `a publish of ${name} that moves the dist-tag "${tag}" to a version it does not publish` }
    tags[tag] = version
  }
  return { versions: published, tags }
}

/**
 * What a request does. `path` is the request's path relative to the registry (no query); `packages`
 * are the names of the run's packages; `body` is the request's body, for writes.
 */
export function classifyRequest(method: string, path: string, body: Buffer | undefined, packages: ReadonlySet<string>): RelayAction {
  if (method === 'GET' || method === 'HEAD') return { kind: 'read' }
  const segments = path.replace(/^\/+/, '').split('/')
  const ours = (name: string) => packages.has(name)
  const other = (name: string): RelayAction => ({ kind: 'refused', what: `a write for ${name}, which is not a package of this run`, name })

  if (segments[0] === '-') {
    // /-/package/<name>/dist-tags/<tag>
    if (segments[1] === 'package') {
      const found = nameAt(segments.slice(2))
      if (found && found.rest[0] === 'dist-tags' && found.rest.length === 2 && (method === 'PUT' || method === 'DELETE')) {
        return ours(found.name) ? { kind: 'dist-tag', name: found.name, tag: decodeURIComponent(found.rest[1]), remove: method === 'DELETE' } : other(found.name)
      }
      if (found && found.rest[0] === 'access') return { kind: 'refused', what: `a change of ${found.name}'s access or 2FA settings`, name: found.name }
      if (found && found.rest[0] === 'collaborators') return { kind: 'refused', what: `a change of ${found.name}'s collaborators`, name: found.name }
    }
    // /-/stage/package/<name>
    if (segments[1] === 'stage' && segments[2] === 'package' && method === 'POST') {
      const found = nameAt(segments.slice(3))
      if (found && found.rest.length === 0) {
        if (!ours(found.name)) return other(found.name)
        const read = readPublishBody(found.name, body)
        return 'what' in read ? { kind: 'refused', what: read.what, name: found.name } : { kind: 'stage', name: found.name, ...read }
      }
    }
    return { kind: 'refused', what: describeAccountWrite(segments) }
  }

  const found = nameAt(segments)
  if (!found) return { kind: 'refused', what: 'a write to the registry itself' }
  if (!ours(found.name)) return other(found.name)
  if (found.rest.length > 0) {
    // /<name>/-rev/<rev>: a rewrite of the document at a revision (owner changes, unpublish), or a tarball's removal.
    return { kind: 'refused', what: `${method === 'DELETE' ? 'an unpublish' : 'a change'} of ${found.name} at a revision (unpublish, owner, or deprecate)`, name: found.name }
  }
  if (method !== 'PUT') return { kind: 'refused', what: `a ${method} of ${found.name}'s package document (unpublish)`, name: found.name }
  const read = readPublishBody(found.name, body)
  return 'what' in read ? { kind: 'refused', what: read.what, name: found.name } : { kind: 'publish', name: found.name, ...read }
}

/** The account-level writes under /-/, in words. */
function describeAccountWrite(segments: string[]): string {
  const [, area, next] = segments
  if (area === 'user' || (area === 'v1' && next === 'login')) return 'a login or a change of the account'
  if (area === 'npm' && next === 'v1') {
    const what = segments[3]
    if (what === 'tokens') return 'a change of the account\'s tokens'
    if (what === 'user') return 'a change of the account\'s profile'
    if (what === 'hooks') return 'a change of the account\'s hooks'
    if (what === 'oidc') return 'a trusted publishing token exchange (the relay publishes with the run\'s own credentials)'
  }
  if (area === 'org' || area === 'team') return 'a change of an organisation or a team'
  if (area === 'stage') return 'an approval or rejection of a staged version (a maintainer does that with 2FA)'
  return `a write to /${segments.join('/')}`
}
