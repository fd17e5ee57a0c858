/**
 * The relay's HTTP side: a server on 127.0.0.1 that a release tool uses as its registry. It checks
 * the run's credential from the headers before reading anything, refuses a path that would leave
 * the registry before reading the body, reads a body up to a limit, and hands each request on as
 * a RelayAction. What the answer holds passes a last scrub of every secret the run knows.
 */
import { timingSafeEqual } from 'node:crypto'
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Answer } from '../core/registry/forward.ts'
import { registryPathUrl } from '../core/registry/url.ts'
import { classifyRequest, type RelayAction } from './policy.ts'

/**
 * The largest request body the relay reads, bytes: above the largest publish npmjs accepts (its
 * limit on a publish body is reported at about 256 MiB: the tarball in base64 and the manifest).
 */
export const MAX_BODY_BYTES = 300 * 1024 * 1024

/** A request refused before it reached the run, and why. */
export interface Refusal {
  method: string
  path: string
  what: string
  status: 400 | 401 | 403 | 413
}

/** A request the relay accepted, as the run handles it. */
export interface RelayRequest {
  method: string
  /** The path and query, relative to the registry. */
  path: string
  headers: http.IncomingHttpHeaders
  action: Exclude<RelayAction, { kind: 'refused' }>
}

export interface RelayOptions {
  /** A registry URL whose path the requests must stay under (path rules are the same for every registry of the run). */
  registry: string
  /** The names of the run's packages: the only ones the relay writes for. */
  packages: ReadonlySet<string>
  /** The credential the command must send (`Bearer <credential>`). */
  credential: string
  /** Answers an accepted request. */
  handle(request: RelayRequest): Promise<Answer>
  /** Told of every refusal, before it is answered. */
  onRefused(refusal: Refusal): void
  /** The run's secrets as they stand: never passed on to the command. */
  secrets(): string[]
  maxBodyBytes?: number
}

export interface Relay {
  /** The relay's address, with a trailing slash. */
  url: string
  /** Stop taking requests; resolves once every request in flight has its answer. */
  close(): Promise<void>
}

const NOT_RETURNED = new Set(['connection', 'keep-alive', 'content-length', 'content-encoding', 'transfer-encoding'])

export async function startRelay(options: RelayOptions): Promise<Relay> {
  const expected = Buffer.from(`Bearer ${options.credential}`)
  const inFlight = new Set<Promise<void>>()
  const server = http.createServer((request, response) => {
    const done = receive(request, options, expected).then(
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
    inFlight.add(done)
    void done.finally(() => inFlight.delete(done))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  let closed: Promise<void> | undefined
  return {
    url: `http://127.0.0.1:${port}/`,
    // Once: later calls wait for the same close.
    close: () =>
      (closed ??= (async () => {
        server.close()
        await Promise.allSettled([...inFlight])
        server.closeAllConnections()
      })()),
  }
}

/** The body, read only after the credential was checked; undefined when it is over the limit (known as it arrived). */
async function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return undefined
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > limit) return undefined
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

async function receive(request: http.IncomingMessage, options: RelayOptions, expected: Buffer): Promise<Answer> {
  const method = (request.method ?? 'GET').toUpperCase()
  const path = request.url ?? '/'
  const pathname = path.split('?')[0]
  const refuse = (status: Refusal['status'], what: string, answer: string): Answer => {
    options.onRefused({ method, path: pathname, what, status })
    return json(status, answer)
  }
  // The credential first, from the headers: nothing of a request without it is read.
  const given = Buffer.from(request.headers.authorization ?? '')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return refuse(401, "a request without the run's credential", 'npm-otp-publish relay: this request does not carry the credential of the run; nothing was forwarded')
  }
  // Where it would go, before anything is read: only under the registry's origin and path.
  const bound = registryPathUrl(options.registry, path)
  if ('refused' in bound) return refuse(400, `${bound.refused}, which would leave the registry`, `npm-otp-publish relay refused ${bound.refused}: requests go to the registry of the run and nowhere else; nothing was forwarded`)
  const reads = method === 'GET' || method === 'HEAD'
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES
  const body = reads ? undefined : await readBody(request, limit)
  const mib = `${Math.round(limit / 1024 / 1024)} MiB`
  if (!reads && body === undefined) return refuse(413, `a body over ${mib}`, `npm-otp-publish relay: the request body is over ${mib}, more than a registry accepts for a publish; nothing was forwarded`)
  const action = classifyRequest(method, pathname, body?.length ? body : undefined, options.packages)
  if (action.kind === 'refused') {
    return refuse(403, action.what, `npm-otp-publish relay refused ${action.what}: a release publishes new versions, stages them and moves dist-tags of its own packages, nothing else; nothing was forwarded`)
  }
  return options.handle({ method, path, headers: request.headers, action })
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

/** An answer of the relay's own. */
export function answer(status: number, body: Record<string, unknown>): Answer {
  return { status, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(body)) }
}

/** A refusal or a failure, as registries say them: `{ error }`. */
export function json(status: number, error: string): Answer {
  return answer(status, { error })
}

function reply(response: http.ServerResponse, answer: Answer): void {
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !NOT_RETURNED.has(name.toLowerCase())))
  response.writeHead(answer.status, { ...headers, 'content-length': answer.body.length })
  response.end(answer.body)
}
