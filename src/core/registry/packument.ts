import npmFetch from 'npm-registry-fetch'
import type { Clock } from '../../common/log.ts'
import type { DateSample } from '../../otp/offset.ts'
import { RegistryRedirectError } from '../errors.ts'
import { classifyRegistryError } from './classify.ts'

/** What the registry holds for a package before we publish. */
export interface RegistryState {
  /** Every published version, with its dist.integrity when the registry gives it. */
  versions: Map<string, string | undefined>
  distTags: Record<string, string>
  /** The registry's `Date` header with our clock around the request, to measure the clock offset. */
  date?: DateSample
}

/** The abbreviated ("corgi") packument: versions, dist-tags and dist, without readmes. */
const CORGI = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*'

/** `@scope/name` as it appears in a registry path. */
export function escapeName(name: string): string {
  return name.replace('/', '%2f')
}

/** Fetch the packument; a package the registry does not have yet gives an empty state. */
export async function readRegistryState(
  name: string,
  fetchOptions: npmFetch.Options,
  clock: Clock,
): Promise<RegistryState> {
  const sentMs = clock.now()
  /** The `Date` header with our clock around the request, when the registry sent one. */
  const dateSample = (header: string | null | undefined): DateSample | undefined => {
    const registryMs = Date.parse(header ?? '')
    return Number.isFinite(registryMs) ? { registryMs, sentMs, receivedMs } : undefined
  }
  let receivedMs = sentMs
  let response
  try {
    response = await npmFetch(`/${escapeName(name)}`, {
      ...fetchOptions,
      headers: { ...fetchOptions.headers, accept: CORGI },
      preferOnline: true,
    })
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) {
      receivedMs = clock.now()
      const headers = (error as { headers?: Record<string, string[] | undefined> }).headers
      return { versions: new Map(), distTags: {}, date: dateSample(headers?.date?.[0]) }
    }
    const answer = classifyRegistryError(error, { registry: String(fetchOptions.registry), pkg: name, what: 'reading the package' })
    throw answer.kind === 'fail' ? answer.error : error
  }
  receivedMs = clock.now()
  if (response.status >= 300 && response.status < 400) {
    // Not followed (redirect: 'manual'): the token would go along.
    throw new RegistryRedirectError(String(fetchOptions.registry), 'the version check', response.status, response.headers.get('location') ?? undefined)
  }
  const body = (await response.json()) as {
    versions?: Record<string, { dist?: { integrity?: string } }>
    'dist-tags'?: Record<string, string>
  }
  return {
    versions: new Map(Object.entries(body.versions ?? {}).map(([version, data]) => [version, data?.dist?.integrity])),
    distTags: body['dist-tags'] ?? {},
    date: dateSample(response.headers.get('date')),
  }
}
