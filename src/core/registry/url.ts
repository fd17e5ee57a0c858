/**
 * The one way a path reaches the registry: a request's path (and query) is put under the registry's
 * origin and path prefix as a string, and refused, before any request is made, when it could leave
 * them once a client, a proxy or the registry itself reads it: an absolute or scheme-relative URL,
 * a dot segment, an empty segment, a backslash, or an encoding of any of those (%2e%2e, %2f, %5c,
 * encoded twice or more). The one encoded slash a registry path holds, a scoped name's
 * (`@scope%2fname`), is kept.
 */

/** The URL of `path` (which starts with "/", a query allowed) under `registry`, or why it is refused. */
export function registryPathUrl(registry: string, path: string): { url: string } | { refused: string } {
  const base = new URL(registry)
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`
  const queryAt = path.indexOf('?')
  const pathPart = queryAt < 0 ? path : path.slice(0, queryAt)
  const query = queryAt < 0 ? '' : path.slice(queryAt)
  if (!pathPart.startsWith('/')) return { refused: 'a path that does not start with "/" (an absolute URL, or none)' }
  if (pathPart.startsWith('//')) return { refused: 'a scheme-relative URL ("//host/...")' }
  // eslint-disable-next-line no-control-regex
  if (/[\\#\s]/.test(path) || /[\u0000-\u001f\u007f]/.test(path)) return { refused: 'a path with a backslash, a fragment, a space or a control character' }
  const segments = pathPart.slice(1).split('/')
  for (const [index, segment] of segments.entries()) {
    if (segment === '') {
      // Only a trailing slash ("/-/v1/search/") is an empty segment a registry path may have.
      if (index === segments.length - 1) continue
      return { refused: 'a path with an empty segment ("//")' }
    }
    const decoded = fullyDecoded(segment)
    if (decoded === undefined) return { refused: 'a path with a malformed percent-encoding' }
    if (index === 0 && /^[a-z][a-z0-9+.-]*:/i.test(decoded)) return { refused: 'an absolute URL in the path' }
    if (decoded === '.' || decoded === '..') return { refused: 'a dot segment ("." or "..", plain or encoded)' }
    // eslint-disable-next-line no-control-regex
    if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return { refused: 'an encoded backslash or control character' }
    // An encoded slash: only a scoped package name (`@scope%2fname`) holds one.
    if (decoded.includes('/') && !/^@[^/@.][^/]*\/[^/.][^/]*$/.test(decoded)) return { refused: 'an encoded slash outside a scoped package name' }
  }
  const url = `${base.origin}${prefix}${pathPart.slice(1)}${query}`
  // The string is the request; parsing it again proves where it goes.
  const parsed = new URL(url)
  if (parsed.origin !== base.origin || !parsed.pathname.startsWith(prefix)) return { refused: "a path that leaves the registry's origin and path" }
  return { url }
}

/** Decoded until nothing is left to decode (a value encoded twice is read as a server decoding twice would); undefined when malformed. */
function fullyDecoded(segment: string): string | undefined {
  let value = segment
  for (let round = 0; round < 5 && value.includes('%'); round++) {
    if (/%(?![0-9a-f]{2})/i.test(value)) return undefined
    try {
      value = decodeURIComponent(value)
    } catch {
      return undefined
    }
  }
  return /%[0-9a-f]{2}/i.test(value) ? undefined : value
}
