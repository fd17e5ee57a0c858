/**
 * What a request to the relay does, read from its method, its path and, for a write, its body: a
 * release reads, publishes new versions (one per request, nothing else changed), stages them and
 * moves dist-tags, for the packages of the run. A deprecation, an owner change or an unpublish are
 * writes of the same document as a publish (or its revisions), and are told apart by what the body
 * changes, not only by the URL. Which dist-tags may move depends on what the run has published,
 * which the caller knows.
 */

/** A publish (or staging) request, read: the one new version, as the client packed it. */
export interface PublishWrite {
  name: string
  version: string
  /** The version's manifest as the client sent it. */
  manifest: Record<string, unknown>
  tarball: Buffer
  /** The dist-tag the client publishes the version under (absent: the registry's default, latest). */
  tag?: string
  access?: 'public' | 'restricted'
  /** A provenance bundle the client signed for the tarball (its `.sigstore` attachment). */
  provenance?: string
}

export type RelayAction =
  | { kind: 'read'; name?: string }
  /** PUT /<name> with the tarball of one new version, nothing else changed. */
  | ({ kind: 'publish' } & PublishWrite)
  /** POST /-/stage/package/<name>: a staged version, for a maintainer to approve. */
  | ({ kind: 'stage' } & PublishWrite)
  /** PUT (with the version) or DELETE /-/package/<name>/dist-tags/<tag>. */
  | { kind: 'dist-tag'; name: string; tag: string; version?: string }
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

/** The package a read is about, when its path names one (`/<name>`, `/<name>/-/<file>`, `/-/package/<name>/...`). */
export function packageOfPath(path: string): string | undefined {
  const segments = path.replace(/^\/+/, '').split('?')[0].split('/')
  try {
    if (segments[0] === '-') return segments[1] === 'package' ? nameAt(segments.slice(2))?.name : undefined
    return nameAt(segments)?.name
  } catch {
    return undefined
  }
}

/** What a write of a package document does: a publish of one new version, or what else it changes. */
function readPublishBody(name: string, body: Buffer | undefined): PublishWrite | { what: string } {
  let document: Record<string, unknown>
  try {
    document = JSON.parse(body?.toString('utf8') ?? '') as Record<string, unknown>
  } catch {
    return { what: `a write of ${name}'s package document that is not JSON` }
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return { what: `a write of ${name}'s package document that is not an object` }
  const attachments = document._attachments as Record<string, { data?: unknown }> | undefined
  const versions = document.versions as Record<string, unknown> | undefined
  if (!attachments || typeof attachments !== 'object' || Object.keys(attachments).length === 0) {
    // The whole document without a tarball: a deprecation, a change of maintainers, a rewrite of the versions.
    return { what: `a change to ${name}'s package document without a new version (deprecate, owner, or unpublish)` }
  }
  if (document.name !== undefined && document.name !== name) return { what: `a publish whose document names another package (${String(document.name)})` }
  if (!versions || typeof versions !== 'object') return { what: `a publish of ${name} without versions` }
  const extra = Object.keys(document).filter(key => !PUBLISH_FIELDS.has(key))
  if (extra.length) return { what: `a publish of ${name} that also changes ${extra.join(', ')}` }
  const published = Object.keys(versions)
  if (published.length !== 1) return { what: `a publish of ${name} that changes ${published.length === 0 ? 'no version' : `${published.length} versions (${published.join(', ')}); a publish sends one`}` }
  const [version] = published
  const manifest = versions[version]
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) return { what: `a publish of ${name}@${version} without its manifest` }
  if ((manifest as { name?: unknown }).name !== name || (manifest as { version?: unknown }).version !== version) return { what: `a publish of ${name}@${version} whose manifest names another package or version` }
  const files = Object.keys(attachments)
  const tarballFile = files.find(file => file.endsWith(`-${version}.tgz`))
  const bundleFile = files.find(file => file.endsWith(`-${version}.sigstore`))
  const unknown = files.filter(file => file !== tarballFile && file !== bundleFile)
  if (!tarballFile || unknown.length) return { what: `a publish of ${name}@${version} whose attachments are not its tarball (${unknown.join(', ') || 'none sent'})` }
  const data = attachments[tarballFile]?.data
  if (typeof data !== 'string' || data === '') return { what: `a publish of ${name}@${version} with an empty tarball` }
  const tags = Object.entries((document['dist-tags'] ?? {}) as Record<string, unknown>)
  if (tags.length > 1 || tags.some(([, target]) => target !== version)) return { what: `a publish of ${name} that moves the dist-tag "${tags.find(([, target]) => target !== version)?.[0] ?? tags[1][0]}" to a version it does not publish` }
  const access = document.access
  const bundle = bundleFile ? attachments[bundleFile]?.data : undefined
  return {
    name,
    version,
    manifest: manifest as Record<string, unknown>,
    tarball: Buffer.from(data, 'base64'),
    tag: tags[0]?.[0],
    access: access === 'public' || access === 'restricted' ? access : undefined,
    provenance: typeof bundle === 'string' ? bundle : undefined,
  }
}

/**
 * What a request does. `path` is the request's path relative to the registry (no query); `packages`
 * are the names of the run's packages; `body` is the request's body, for writes.
 */
export function classifyRequest(method: string, path: string, body: Buffer | undefined, packages: ReadonlySet<string>): RelayAction {
  if (method === 'GET' || method === 'HEAD') return { kind: 'read', name: packageOfPath(path) }
  const segments = path.replace(/^\/+/, '').split('/')
  const ours = (name: string) => packages.has(name)
  const other = (name: string): RelayAction => ({ kind: 'refused', what: `a write for ${name}, which is not a package of this run`, name })

  if (segments[0] === '-') {
    // /-/package/<name>/dist-tags/<tag>
    if (segments[1] === 'package') {
      const found = nameAt(segments.slice(2))
      if (found && found.rest[0] === 'dist-tags' && found.rest.length === 2 && (method === 'PUT' || method === 'DELETE')) {
        if (!ours(found.name)) return other(found.name)
        const tag = decodeURIComponent(found.rest[1])
        if (method === 'DELETE') return { kind: 'dist-tag', name: found.name, tag }
        const version = distTagVersion(body)
        return version ? { kind: 'dist-tag', name: found.name, tag, version } : { kind: 'refused', what: `a dist-tag of ${found.name} whose body is not a version`, name: found.name }
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
        return 'what' in read ? { kind: 'refused', what: read.what, name: found.name } : { kind: 'stage', ...read }
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
  return 'what' in read ? { kind: 'refused', what: read.what, name: found.name } : { kind: 'publish', ...read }
}

/** The version a dist-tag request names: the body is a JSON string ("1.2.3"), as npm, pnpm and yarn send it. */
function distTagVersion(body: Buffer | undefined): string | undefined {
  try {
    const value = JSON.parse(body?.toString('utf8') ?? '') as unknown
    return typeof value === 'string' && /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** The account-level writes under /-/, in words. */
function describeAccountWrite(segments: string[]): string {
  const [, area, next] = segments
  if (area === 'user' || (area === 'v1' && next === 'login')) return 'a login or a change of the account'
  if (area === 'npm' && next === 'v1') {
    const what = segments[3]
    if (what === 'tokens') return "a change of the account's tokens"
    if (what === 'user') return "a change of the account's profile"
    if (what === 'hooks') return "a change of the account's hooks"
    if (what === 'oidc') return "a trusted publishing token exchange (the relay publishes with the run's own credentials)"
  }
  if (area === 'org' || area === 'team') return 'a change of an organisation or a team'
  if (area === 'stage') return 'an approval or rejection of a staged version (a maintainer does that with 2FA)'
  return `a write to /${segments.join('/')}`
}
