/**
 * A request passed on to the registry as it came (a read a release tool makes through the relay),
 * with the credentials and network settings the run chose for it, and its answer whatever the
 * status. Its path reaches the registry only through registryPathUrl.
 */
import npmFetch from 'npm-registry-fetch'
import { registryPathUrl } from './url.ts'

/** An HTTP answer, as the registry gave it. */
export interface Answer {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
}

/** Headers that belong to one connection, or that the run sets itself. */
const NOT_FORWARDED = new Set(['host', 'authorization', 'npm-otp', 'npm-auth-type', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'accept-encoding', 'proxy-authorization', 'te', 'upgrade'])

export interface Forward {
  method: string
  /** The request's path and query, relative to the registry ("/pkg?write=true"). */
  path: string
  headers: Record<string, string | string[] | undefined>
  timeoutMs: number
}

/** Send `request` under `registry` (refused when its path would leave it); the answer whatever its status. */
export async function forward(registry: string, request: Forward, fetchOptions: npmFetch.Options): Promise<Answer | { refused: string }> {
  const target = registryPathUrl(registry, request.path)
  if ('refused' in target) return target
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name, value]) => value !== undefined && !NOT_FORWARDED.has(name.toLowerCase()))) as Record<string, string>
  try {
    const response = await npmFetch(target.url, { ...fetchOptions, method: request.method, headers, timeout: request.timeoutMs } as npmFetch.Options)
    return { status: response.status, headers: response.headers.raw(), body: await response.buffer() }
  } catch (error) {
    return answerOf(error)
  }
}

/** npm-registry-fetch's error for an answer from 400 up, as the answer it was; any other failure is thrown again. */
function answerOf(error: unknown): Answer {
  const { statusCode, headers, body } = error as { statusCode?: number; headers?: Record<string, string[]>; body?: unknown }
  if (statusCode === undefined) throw error
  const data = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body ?? {}))
  return { status: statusCode, headers: headers ?? {}, body: data }
}
