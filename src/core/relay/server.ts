/**
 * The relay: a server on 127.0.0.1 that a release tool uses as its registry. It answers only
 * requests that carry the run's credential, forwards what a release does to the registry the run
 * names with the real credentials, and adds a one-time password made at the moment it forwards each
 * write, by the same rules as a publish of our own (sendWithCode): the step-edge wait, one retry
 * with a later code on a rejected code (the body is kept to send it again), the clock offset,
 * reuse refusal, the time budget, no redirect followed.
 */
import { timingSafeEqual } from 'node:crypto'
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import npmFetch from 'npm-registry-fetch'
import type { Clock, Logger } from '../../common/log.ts'
import type { OtpSession } from '../../otp/session.ts'
import type { Deadline } from '../deadline.ts'
import { PublishError, UnexpectedError } from '../errors.ts'
import { publishBodyBytes } from '../../otp/transfer.ts'
import { sendWithCode } from '../registry/put.ts'
import { registryPathUrl } from '../registry/url.ts'
import { classifyRequest, type RelayAction } from './policy.ts'

/** What went through the relay, told as it happens. */
export type RelayEvent =
  | { kind: 'published'; name: string; versions: string[]; tags: Record<string, string>; withCode: boolean; otpRequired: boolean }
  | { kind: 'staged'; name: string; versions: string[]; tags: Record<string, string>; stageId: string }
  | { kind: 'dist-tag'; name: string; tag: string; remove: boolean }
  | { kind: 'refused'; method: string; path: string; what: string; status: 400 | 401 | 403 | 413 }
  | { kind: 'failed'; name: string; versions: string[]; what: string; error: PublishError }

export interface RelayOptions {
  /** The registry the run names, and npm-registry-fetch's options for it (guarded, with the real credentials). */
  registry: string
  fetchOptions: npmFetch.Options
  /** The names of the run's packages: the only ones the relay writes for. */
  packages: ReadonlySet<string>
  /** The credential the command must send (`Bearer <credential>`). */
  credential: string
  otp: OtpSession | undefined
  /** What the account said about codes for writes (see auth/account.ts). */
  codeForWrites: boolean | undefined
  logger: Logger
  clock: Clock
  deadline: Deadline
  onEvent(event: RelayEvent): void
  /** The run's secrets as they stand (the real credentials, every code made so far): never passed on to the command. */
  secrets(): string[]
}

export interface Relay {
  /** The relay's address, with a trailing slash. */
  url: string
  close(): Promise<void>
}

/** Headers that belong to one connection, or that the relay sets itself. */
const NOT_FORWARDED = new Set(['host', 'authorization', 'npm-otp', 'npm-auth-type', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'accept-encoding', 'proxy-authorization', 'te', 'upgrade'])
const NOT_RETURNED = new Set(['connection', 'keep-alive', 'content-length', 'content-encoding', 'transfer-encoding'])

interface Answer {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
}

export async function startRelay(options: RelayOptions): Promise<Relay> {
  const expected = Buffer.from(`Bearer ${options.credential}`)
  const server = http.createServer((request, response) => {
    handle(request, options, expected).then(
      answer => {
        // A body left unread (no credential, over the limit): the answer closes the connection, and nothing more of it is read.
        if (!request.complete) {
          response.setHeader('connection', 'close')
          response.on('finish', () => request.destroy())
        }
        reply(response, scrub(answer, options.secrets()))
      },
      (error: unknown) => reply(response, json(502, `npm-otp-publish relay: ${error instanceof Error ? error.message : String(error)}`)),
    )
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections()
      server.close()
      await once(server, 'close').catch(() => undefined)
    },
  }
}

/**
 * The largest request body the relay reads, bytes: above the largest publish npmjs accepts (its
 * limit on a publish body is reported at about 256 MiB, the tarball in base64 and the manifest).
 */
export const MAX_BODY_BYTES = 300 * 1024 * 1024

/** The body, read only after the credential was checked; undefined when it is over MAX_BODY_BYTES (said so as it arrived). */
async function readBody(request: http.IncomingMessage): Promise<Buffer | undefined> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES) return undefined
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return undefined
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

async function handle(request: http.IncomingMessage, options: RelayOptions, expected: Buffer): Promise<Answer> {
  const method = (request.method ?? 'GET').toUpperCase()
  const raw = request.url ?? '/'
  const pathname = raw.split('?')[0]
  // The credential first, from the headers: nothing of a request without it is read.
  const given = Buffer.from(request.headers.authorization ?? '')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    options.onEvent({ kind: 'refused', method, path: pathname, what: 'a request without the run\'s credential', status: 401 })
    return json(401, 'npm-otp-publish relay: this request does not carry the credential of the run; nothing was forwarded')
  }
  // Where it would go, before anything is read or sent: only under the registry's origin and path.
  const target = registryPathUrl(options.registry, raw)
  if ('refused' in target) {
    options.onEvent({ kind: 'refused', method, path: pathname, what: `${target.refused}, which would leave ${options.registry}`, status: 400 })
    return json(400, `npm-otp-publish relay refused ${target.refused}: every request goes to ${options.registry} and nowhere else; nothing was forwarded`)
  }
  const reads = method === 'GET' || method === 'HEAD'
  const body = reads ? undefined : await readBody(request)
  if (!reads && body === undefined) {
    options.onEvent({ kind: 'refused', method, path: pathname, what: `a body over ${MAX_BODY_BYTES / 1024 / 1024} MiB`, status: 413 })
    return json(413, `npm-otp-publish relay: the request body is over ${MAX_BODY_BYTES / 1024 / 1024} MiB, more than any registry accepts for a publish; nothing was forwarded`)
  }
  const action = classifyRequest(method, pathname, body?.length ? body : undefined, options.packages)
  if (action.kind === 'refused') {
    options.onEvent({ kind: 'refused', method, path: pathname, what: action.what, status: 403 })
    return json(403, `npm-otp-publish relay refused ${action.what}: a release publishes new versions, stages them and moves dist-tags of its own packages, nothing else; nothing was forwarded`)
  }
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !NOT_FORWARDED.has(name.toLowerCase()))) as Record<string, string>
  const forward = (code: string | undefined, timeout: number) => send(target.url, method, headers, body, code, timeout, options.fetchOptions)
  if (action.kind === 'read' || action.kind === 'stage') {
    const answer = await forward(undefined, options.deadline.timeout(5 * 60_000, 'a request through the relay')).catch(answerOf)
    if (action.kind === 'stage' && answer.status < 300) options.onEvent({ kind: 'staged', name: action.name, versions: action.versions, tags: action.tags, stageId: stageIdOf(answer.body) })
    return notRedirected(answer)
  }
  return notRedirected(await write(action, forward, body, options))
}

/** A redirect is never passed on: the command would follow it with its credential and the request's body. */
function notRedirected(answer: Answer): Answer {
  // 304 Not Modified answers the client's own conditional request (its cache): no redirect.
  if (answer.status < 300 || answer.status >= 400 || answer.status === 304) return answer
  const location = headerValue(answer.headers, 'location')
  let origin = 'no Location'
  try {
    origin = location ? new URL(location).origin : origin
  } catch {
    origin = 'an invalid Location'
  }
  return json(502, `npm-otp-publish relay: the registry answered with a redirect (${answer.status} to ${origin}), which is never followed`)
}

/** A write that needs a code: the rules of sendWithCode, and the registry's last answer for the command. */
async function write(action: Extract<RelayAction, { kind: 'publish' | 'dist-tag' }>, forward: (code: string | undefined, timeout: number) => Promise<Answer>, body: Buffer | undefined, options: RelayOptions): Promise<Answer> {
  const versions = action.kind === 'publish' ? action.versions : []
  const what = action.kind === 'publish' ? `publishing ${versions.map(version => `${action.name}@${version}`).join(', ')}` : `${action.remove ? 'removing' : 'setting'} the dist-tag "${action.tag}" of ${action.name}`
  let last: Answer | undefined
  try {
    const result = await sendWithCode(
      {
        name: action.name,
        version: versions.length === 1 ? versions[0] : undefined,
        what,
        bodyBytes: action.kind === 'publish' ? (body?.length ?? 0) : publishBodyBytes(0),
        send: async (code, timeout) => {
          try {
            last = await forward(code, timeout)
          } catch (error) {
            // npm-registry-fetch's own error (EOTP, E401, ...) goes to the rules; its answer to the command.
            last = answerOf(error)
            throw error
          }
          return { status: last.status, headers: { get: (name: string) => headerValue(last!.headers, name) } }
        },
      },
      { fetchOptions: options.fetchOptions, registry: options.registry, otp: options.otp, withheld: undefined, codeForWrites: options.codeForWrites },
      options,
    )
    if (action.kind === 'publish') {
      if (!result.exists && !result.staged) options.onEvent({ kind: 'published', name: action.name, versions, tags: action.tags, withCode: Boolean(result.code), otpRequired: result.otpRequired })
    } else {
      options.onEvent({ kind: 'dist-tag', name: action.name, tag: action.tag, remove: action.remove })
    }
  } catch (error) {
    const failure = error instanceof PublishError ? error : new UnexpectedError(error)
    options.onEvent({ kind: 'failed', name: action.name, versions, what, error: failure })
    // The command sees the registry's own answer, as it would without the relay (or ours, when none came).
    return last ?? json(502, `npm-otp-publish relay: ${failure.message}`)
  }
  return last ?? json(502, 'npm-otp-publish relay: no answer from the registry')
}

/** One request to the registry, its answer whatever the status (npm-registry-fetch throws from 400 up). */
async function send(target: string, method: string, headers: Record<string, string>, body: Buffer | undefined, code: string | undefined, timeout: number, fetchOptions: npmFetch.Options): Promise<Answer> {
  const response = await npmFetch(target, { ...fetchOptions, method, headers, body, otp: code, timeout } as npmFetch.Options)
  return { status: response.status, headers: response.headers.raw(), body: await response.buffer() }
}

/** npm-registry-fetch's error for an answer from 400 up, as the answer it was. */
function answerOf(error: unknown): Answer {
  const { statusCode, headers, body } = error as { statusCode?: number; headers?: Record<string, string[]>; body?: unknown }
  if (statusCode === undefined) throw error
  const data = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body ?? {}))
  return { status: statusCode, headers: headers ?? {}, body: data }
}

function headerValue(headers: Answer['headers'], name: string): string | null {
  const value = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]
  return value === undefined ? null : [value].flat()[0]
}

function stageIdOf(body: Buffer): string {
  try {
    const id = (JSON.parse(body.toString('utf8')) as { stageId?: unknown }).stageId
    return typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(id) ? id : ''
  } catch {
    return ''
  }
}

/**
 * A registry may echo a request (its headers: the real token, the code) in an answer; the command
 * gets the answer without them. Only an answer that holds one is rewritten.
 */
function scrub(answer: Answer, secrets: string[]): Answer {
  const present = secrets.filter(secret => secret.length >= 6 && (answer.body.includes(secret) || JSON.stringify(answer.headers).includes(secret)))
  if (present.length === 0) return answer
  const clean = (text: string) => present.reduce((result, secret) => result.split(secret).join('***'), text)
  const headers = Object.fromEntries(Object.entries(answer.headers).map(([name, value]) => [name, Array.isArray(value) ? value.map(clean) : clean(value)]))
  return { ...answer, headers, body: Buffer.from(clean(answer.body.toString('utf8'))) }
}

function json(status: number, error: string): Answer {
  return { status, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ error })) }
}

function reply(response: http.ServerResponse, answer: Answer): void {
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !NOT_RETURNED.has(name.toLowerCase())))
  response.writeHead(answer.status, { ...headers, 'content-length': answer.body.length })
  response.end(answer.body)
}
