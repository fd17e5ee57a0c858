/**
 * A real Verdaccio on 127.0.0.1 with an OTP gate in front that answers writes
 * exactly as npmjs does for an account with 2FA in auth-and-writes mode.
 * Used by the end-to-end tests and by `npm run demo`.
 */
import { randomUUID, type KeyObject } from 'node:crypto'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateSecret } from 'otplib'
import verdaccio from 'verdaccio'
import { codeForStep, stepAt } from '../../src/otp/totp.ts'
import type { TotpSeed } from '../../src/otp/seed.ts'
import { ISSUER, verifyIdToken } from './oidc.ts'

/** npmjs's body for a missing or wrong code (the same for both). */
export const NPMJS_OTP_BODY = {
  error:
    'This operation requires a one-time password from your authenticator.\n' +
    'You can provide a one-time password by passing --otp=<code> to the command you ran.\n' +
    'If you already provided a one-time password then it is likely that you either typoed\n' +
    'it, or it timed out. Please try again.',
}
/** npmjs's answer to a direct publish with a stage-only token (as reported: 403, code E_STAGE_REQUIRED). */
export const STAGE_REQUIRED_BODY = {
  error: 'This token can only stage packages. Use "npm stage publish" to stage this version for approval, or publish with a token that has read and write access.',
  code: 'E_STAGE_REQUIRED',
}
/** The answer for a package set to "require two-factor authentication and disallow tokens" (as reported). */
export const TOKENS_DISALLOWED_BODY = {
  error: 'This package requires two-factor authentication and disallows tokens. Publish interactively, through trusted publishing, or stage this version.',
}
export const POLICY_403_BODY = {
  error: 'Two-factor authentication or granular access token with bypass 2fa enabled is required to publish packages.',
}

/**
 * How the gate answers a write:
 * - `otp`: npmjs classic: 401, `www-authenticate: OTP`, the npmjs body, unless a valid `npm-otp` is sent.
 * - `otp-body-only`: the same 401 without the header (older registries).
 * - `browser`: the browser / security-key flow: 401 `www-authenticate: OTP` with `{ authUrl, doneUrl }`.
 * - `ipaddress`: 401 `www-authenticate: ipaddress` (token limited to other CIDR ranges).
 * - `policy`: 403 "Two-factor authentication ... is required to publish packages."
 * - `open`: no 2FA; writes pass.
 */
export type GateMode = 'otp' | 'otp-body-only' | 'browser' | 'ipaddress' | 'policy' | 'open'

/**
 * Faults the gate injects, each into one request, in the order queued:
 * - `error-503`: the next write is answered 503.
 * - `reset-mid-upload`: the next write's connection is cut after its first bytes arrive.
 * - `stall`: the next write is read and never answered.
 * - `lose-response`: the next write is stored by the registry, but the answer never reaches the client.
 * - `echo-headers`: the next write is answered 500 with a body that repeats the request's headers.
 * - `hide-packument`: the next GET of a package answers 404, as if it had never been published.
 * - `redirect-write`: the next write is answered 307 (method and body kept) to `redirectTo`.
 * - `redirect-read`: the next GET of a package is answered 302 to `redirectTo`.
 * - `odd-dist-tags`: the next GET of a package answers a packument with no versions whose
 *   dist-tag `latest` is not a version but lines of markup (HOSTILE_DIST_TAG).
 */
export type Fault =
  | 'error-503'
  | 'reset-mid-upload'
  | 'stall'
  | 'lose-response'
  | 'echo-headers'
  | 'hide-packument'
  | 'odd-dist-tags'
  | 'redirect-write'
  | 'redirect-read'

/** What the `odd-dist-tags` fault puts on the `latest` tag: blank lines, a table row, markup, a workflow command. */
export const HOSTILE_DIST_TAG = '9.9.9\n\n| injected | row |\n<img src=x onerror=alert(1)>\n::error::from the registry'

export interface GateRecord {
  method: string
  path: string
  /** The `npm-otp` header, if any. */
  otp: string | undefined
  /** The scheme of the `authorization` header ("Bearer", "Basic"), if any. */
  auth?: string
  /** The request carried a token from the OIDC exchange (trusted publishing). */
  oidc?: boolean
  /**
   * The code's time step minus the gate's step when the request arrived
   * (0: sent within its step; -1: sent after its step ended); undefined when
   * no code was sent or it matches no nearby step (a wrong seed).
   */
  stepDelta: number | undefined
  status: number
  /** Gate time (ms) when the request arrived, and when its body had been read. */
  arrived: number
  at: number
  /** Gate time (ms) when its answer was decided (for a forwarded request: when the registry answered). */
  answered?: number
}

export interface TestRegistry {
  /** The gate's URL, with a trailing slash: what the action publishes to. */
  url: string
  /** Verdaccio itself, behind the gate. */
  upstream: string
  /** A publish token for the test user. */
  token: string
  /** The account's TOTP seed (base32). */
  seed: string
  /** How the gate answers writes; tests may change it between runs. */
  mode: GateMode
  /** The verifier's clock minus the real clock, ms; tests may change it. */
  clockOffsetMs: number
  /** Added to the Date header only (a registry or proxy whose header lies; the verifier keeps its clock), ms. */
  dateHeaderOffsetMs: number
  /** Reject this many more writes that carry a valid code, as if the code had expired; tests may set it. */
  rejectValidCodes: number
  /** How many steps before the current one are still accepted (checked when the body has been read). */
  acceptPreviousSteps: number
  /** Refuse a code that was already accepted once (while this is on), as a strict registry would. */
  rejectReusedCodes: boolean
  /** The codes accepted while rejectReusedCodes was on. */
  acceptedCodes: Set<string>
  /** Read request bodies at this many bytes per second (0: as fast as they come). */
  readBytesPerSecond: number
  /** Package names whose publish is refused with npmjs's 403 "no permission" answer. */
  forbidden: Set<string>
  /** Faults to inject, each into one request (see Fault). */
  faults: Fault[]
  /** Where the redirect faults point (a URL ending in "/"). */
  redirectTo: string
  /**
   * What `GET /-/npm/v1/user` says of the account's 2FA (`tfa`), for a token the registry accepts:
   * `undefined` follows the mode (auth-and-writes for the 2FA modes, `false` for open and policy);
   * 'unavailable' answers 404, as a registry without the endpoint does.
   */
  tfa: unknown
  /** Trusted publishing: the key that signs the ID tokens (see support/oidc.ts) and each package's trusted publisher. */
  oidc: { publicKey: KeyObject; trustedPublishers: Map<string, TrustedPublisher> } | undefined
  /** Every publish token the OIDC exchange handed out (the secret scan looks for them). */
  oidcTokens: string[]

  /**
   * What the package's and the token's settings allow on a direct publish (npmjs, 2026), whatever the code:
   * - `any`: tokens publish (with a code where the mode asks for one);
   * - `stage-only`: the token may only stage: 403 with `code: "E_STAGE_REQUIRED"`;
   * - `disallow-tokens`: the package requires 2FA and disallows tokens: 403 for any token, even with a
   *   valid code (trusted publishing and staging still work).
   */
  tokenPolicy: 'any' | 'stage-only' | 'disallow-tokens'
  /** Whether staging may create a package that does not exist yet (npmjs since 2026-10); false answers 404. */
  stageNewPackages: boolean

  /** Delay every answer by this many ms: a slow registry (or a distant one: its round trip). */
  delayMs: number
  /** Delay the answer to an accepted write by this many ms more: the time a registry takes to store a publish. */
  publishDelayMs: number
  /** Answer this many more writes with 429; `retryAfter` is sent as the header when set. */
  rateLimitNext: number
  retryAfter: string | undefined
  /** Every request the gate answered. */
  log: GateRecord[]
  /** Requests that arrived at the gate's host outside the registry's path prefix ("GET /other/steal"), with the scheme of their authorization. */
  strays: { method: string; path: string; auth?: string }[]
  /** Every `npm-otp` value the gate saw: test helpers scan output for them. */
  codesSeen: Set<string>
  stop(): Promise<void>
}

/** A package's trusted publisher on the registry: which workflow of which repository may publish it, and how. */
export interface TrustedPublisher {
  repository: string
  /** The workflow's file name ("release.yml"). */
  workflow: string
  environment?: string
  /** The allowed actions: npm publish, npm stage publish, or both. */
  actions: ('publish' | 'stage')[]
}

export interface RegistryOptions {
  mode?: GateMode
  /** Serve the gate over HTTPS with this key and certificate (see support/tls.ts). */
  tls?: { key: string; cert: string }
  /** Serve the registry under a path, as Artifactory and Nexus do ("/api/npm/npm-local"). */
  pathPrefix?: string
  /** The verifier's clock minus the real clock, ms. */
  clockOffsetMs?: number
  /** How many steps before the current one are still accepted. */
  acceptPreviousSteps?: number
}

const SEED_PARAMS = { algorithm: 'sha1', digits: 6, period: 30 } as const

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'otp-publish-registry-'))
  const config = {
    self_path: join(dir, 'config.yaml'),
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 100 } },
    security: { api: { jwt: { sign: { expiresIn: '7d' } } } },
    uplinks: {},
    packages: { '@*/*': { access: '$all', publish: '$authenticated' }, '**': { access: '$all', publish: '$authenticated' } },
    log: { type: 'stdout', format: 'pretty', level: 'fatal' },
    max_body_size: '200mb',
    server: { keepAliveTimeout: 5 },
  }
  const app = (await verdaccio.runServer(config as never)) as http.Server
  app.listen(0, '127.0.0.1')
  await once(app, 'listening')
  const upstream = `http://127.0.0.1:${(app.address() as AddressInfo).port}`

  const response = await fetch(`${upstream}/-/user/org.couchdb.user:publisher`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'publisher', password: 'publisher-password' }),
  })
  if (response.status !== 201) throw new Error(`Verdaccio refused the test user: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }

  const seed = generateSecret()
  const totp: TotpSeed = { secret: seed, ...SEED_PARAMS }
  const log: GateRecord[] = []
  const codesSeen = new Set<string>()
  /** Staged versions waiting for approval, by stage id: what a POST /-/stage/package/<name> stored. */
  const stages = new Map<string, { name: string; version: string; body: Buffer; authorization: string }>()
  const isPublish = (req: http.IncomingMessage) => req.method === 'PUT' && /^\/[^/-][^/]*(%2f[^/]+)?$/i.test(req.url ?? '')
  const versionsOf = (body: Buffer): string[] => {
    try {
      return Object.keys((JSON.parse(body.toString('utf8')) as { versions?: object }).versions ?? {})
    } catch {
      return []
    }
  }
  const stagedVersionOf = (req: http.IncomingMessage, body: Buffer) => {
    const name = decodeURIComponent((req.url ?? '').slice(1))
    return [...stages.values()].find(stage => stage.name === name && versionsOf(body).includes(stage.version))
  }
  const json = (res: http.ServerResponse, record: (status: number) => void, status: number, answer: unknown) => {
    record(status)
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(answer))
  }
  /** Staged publishing as npmjs answers it (see docs/registry-otp-facts.md, section 6). */
  async function stageRoute(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, record: (status: number) => void, otp: string | undefined, atMs: number) {
    const url = new URL(req.url ?? '/', 'http://gate')
    const authorization = req.headers.authorization ?? ''
    if (isPublish(req)) return json(res, record, 409, { error: 'Cannot publish over previously staged version' })
    if (req.method === 'GET' && url.pathname === '/-/stage') {
      const name = url.searchParams.get('package') ?? ''
      return json(res, record, 200, { objects: [...stages].filter(([, stage]) => stage.name === name).map(([stageId, stage]) => ({ stageId, name: stage.name, version: stage.version })) })
    }
    // Everything else needs a user the registry knows (Verdaccio says who the credentials are).
    const whoami = await fetch(`${upstream}/-/whoami`, { headers: { authorization } })
    if (whoami.status !== 200 || !((await whoami.json()) as { username?: string }).username) return json(res, record, 401, { error: 'You must be logged in to stage' })
    const staging = /^\/-\/stage\/package\/(.+)$/.exec(url.pathname)
    if (req.method === 'POST' && staging) {
      const name = decodeURIComponent(staging[1])
      const [version] = versionsOf(body)
      const published = await fetch(`${upstream}/${staging[1]}`)
      if (published.status === 404 && !registry.stageNewPackages) return json(res, record, 404, { error: `Not found: ${name} does not exist, and staging does not create a package` })
      if (published.status === 200 && version in (((await published.json()) as { versions?: object }).versions ?? {})) {
        return json(res, record, 403, { error: `You cannot publish over the previously published versions: ${version}.` })
      }
      if ([...stages.values()].some(stage => stage.name === name && stage.version === version)) return json(res, record, 409, { error: 'Cannot publish over previously staged version' })
      const stageId = randomUUID()
      stages.set(stageId, { name, version, body, authorization })
      return json(res, record, 201, { stageId })
    }
    const approval = /^\/-\/stage\/([^/]+)\/approve$/.exec(url.pathname)
    const stage = approval && stages.get(approval[1])
    if (req.method === 'POST' && stage) {
      // Approving needs 2FA, as on npmjs.
      if (!otp || !validCode(totp, otp, atMs, registry.acceptPreviousSteps)) return json(res, record, 401, NPMJS_OTP_BODY)
      const stored = await fetch(`${upstream}/${stage.name.replace('/', '%2f')}`, {
        method: 'PUT',
        headers: { authorization: stage.authorization, 'content-type': 'application/json' },
        body: stage.body,
      })
      stages.delete(approval![1])
      return json(res, record, stored.status === 201 ? 200 : stored.status, { ok: stored.status === 201 })
    }
    return json(res, record, 404, { error: 'no such stage' })
  }

  /** Publish tokens handed out by the OIDC exchange: their package, what they may do, until when. */
  const exchangedTokens = new Map<string, { name: string; actions: TrustedPublisher['actions']; until: number }>()
  /** POST /-/npm/v1/oidc/token/exchange/package/<name>, as npmjs answers it (docs/registry-otp-facts.md, section 5). */
  async function oidcExchange(req: http.IncomingMessage, res: http.ServerResponse, record: (status: number) => void) {
    const escaped = (req.url ?? '').slice('/-/npm/v1/oidc/token/exchange/package/'.length)
    const name = decodeURIComponent(escaped)
    const idToken = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
    const claims = registry.oidc && idToken ? verifyIdToken(idToken, registry.oidc.publicKey) : undefined
    if (req.method !== 'POST' || !claims || claims.iss !== ISSUER || claims.aud !== `npm:${new URL(url).hostname}`) {
      return json(res, record, 401, { message: 'OIDC token exchange error - invalid token' })
    }
    const notFound = { message: 'OIDC token exchange error - package not found' }
    const exists = (await fetch(`${upstream}/${escaped}`)).status === 200
    const publisher = registry.oidc?.trustedPublishers.get(name)
    const workflow = /\/\.github\/workflows\/([^@]+)@/.exec(claims.workflow_ref)?.[1]
    if (!exists || !publisher || publisher.repository !== claims.repository || publisher.workflow !== workflow || (publisher.environment !== undefined && publisher.environment !== claims.environment)) {
      return json(res, record, 404, notFound)
    }
    const token = `npm_oidc_${randomUUID().replace(/-/g, '')}`
    exchangedTokens.set(token, { name, actions: publisher.actions, until: Date.now() + 10 * 60_000 })
    registry.oidcTokens.push(token)
    return json(res, record, 201, { token })
  }
  /** Why a request with an exchanged token is refused, or undefined when it may go on. */
  function oidcRefusal(req: http.IncomingMessage, token: string): { status: number; body: unknown } | undefined {
    const grant = exchangedTokens.get(token)
    if (!grant || grant.until < Date.now()) return { status: 401, body: { error: 'token expired or unknown' } }
    const path = decodeURIComponent((req.url ?? '').split('?')[0])
    if (path === '/-/npm/v1/user') return { status: 403, body: { error: 'this token cannot read the profile' } }
    const staging = path === `/-/stage/package/${grant.name}`
    const publishing = req.method === 'PUT' && path === `/${grant.name}`
    const reading = req.method === 'GET' && path === `/${grant.name}`
    if (!staging && !publishing && !reading) return { status: 403, body: { error: `this token is only good for ${grant.name}` } }
    if ((publishing && !grant.actions.includes('publish')) || (staging && !grant.actions.includes('stage'))) {
      return { status: 403, body: { error: 'OIDC permission denied for this action' } }
    }
    return undefined
  }

  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '')
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const arrived = Date.now() + registry.clockOffsetMs
    if (prefix) {
      // A registry under a path answers only there; the rest of the gate sees the path below it.
      if (!(req.url ?? '').startsWith(`${prefix}/`)) {
        registry.strays.push({ method: req.method ?? '', path: req.url ?? '', auth: req.headers.authorization?.split(' ')[0] })
        res.writeHead(404, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: `not under ${prefix}/` }))
        return
      }
      req.url = (req.url ?? '').slice(prefix.length)
    }
    const writing = req.method !== 'GET' && req.method !== 'HEAD' && !(req.url ?? '').startsWith('/-/user/')
    const takeFault = (...kinds: Fault[]): Fault | undefined =>
      registry.faults.length && kinds.includes(registry.faults[0]) ? registry.faults.shift() : undefined
    const fault = writing
      ? takeFault('error-503', 'reset-mid-upload', 'stall', 'lose-response', 'echo-headers', 'redirect-write')
      : req.method === 'GET' && !(req.url ?? '').startsWith('/-/')
        ? takeFault('hide-packument', 'odd-dist-tags', 'redirect-read')
        : undefined
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      if (fault === 'reset-mid-upload') {
        log.push({ method: req.method ?? '', path: req.url ?? '', otp: undefined, stepDelta: undefined, status: 0, arrived, at: arrived })
        req.socket.destroy()
        return
      }
      chunks.push(chunk)
      if (registry.readBytesPerSecond > 0) {
        req.pause()
        setTimeout(() => req.resume(), (chunk.length / registry.readBytesPerSecond) * 1000)
      }
    })
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const { mode, clockOffsetMs } = registry
      const at = Date.now() + clockOffsetMs
      const otpHeader = req.headers['npm-otp']
      const otp = Array.isArray(otpHeader) ? otpHeader[0] : otpHeader
      if (otp) codesSeen.add(otp)
      const exchanged = /^Bearer (npm_oidc_\S+)$/.exec(req.headers.authorization ?? '')?.[1]
      const record = (status: number): void => {
        const stepDelta = otp ? stepDeltaOf(totp, otp, arrived) : undefined
        const auth = req.headers.authorization?.split(' ')[0]
        log.push({ method: req.method ?? '', path: req.url ?? '', otp, auth, oidc: exchanged !== undefined, stepDelta, status, arrived, at, answered: Date.now() + registry.clockOffsetMs })
      }
      const date = new Date(at + registry.dateHeaderOffsetMs).toUTCString()
      res.setHeader('date', date)
      if ((req.url ?? '').startsWith('/-/npm/v1/oidc/token/exchange/package/')) {
        void oidcExchange(req, res, record)
        return
      }
      if (exchanged) {
        // A publish token from the exchange: good for its one package, for publishing or staging as its
        // trusted publisher allows, with no code (trusted publishing needs no 2FA).
        const refusal = oidcRefusal(req, exchanged)
        if (refusal) return json(res, record, refusal.status, refusal.body)
        req.headers.authorization = `Bearer ${registry.token}`
      }
      if (fault === 'stall') return record(-1)
      if (fault === 'redirect-write' || fault === 'redirect-read') {
        record(fault === 'redirect-write' ? 307 : 302)
        res.writeHead(fault === 'redirect-write' ? 307 : 302, { location: `${registry.redirectTo}${(req.url ?? '/').slice(1)}` })
        res.end()
        return
      }
      if (fault === 'odd-dist-tags') {
        record(200)
        const name = decodeURIComponent((req.url ?? '').slice(1))
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ name, versions: {}, 'dist-tags': { latest: HOSTILE_DIST_TAG } }))
        return
      }
      if (fault === 'error-503' || fault === 'echo-headers' || fault === 'hide-packument') {
        const status = fault === 'error-503' ? 503 : fault === 'echo-headers' ? 500 : 404
        const body =
          fault === 'echo-headers'
            ? { error: `internal error while handling ${JSON.stringify(req.headers)}` }
            : { error: status === 404 ? 'Not found' : 'Service Unavailable' }
        record(status)
        setTimeout(() => {
          res.writeHead(status, { 'content-type': 'application/json' })
          res.end(JSON.stringify(body))
        }, registry.delayMs)
        return
      }
      if ((req.url ?? '').startsWith('/-/stage') || (isPublish(req) && stagedVersionOf(req, body))) {
        void stageRoute(req, body, res, record, otp, at)
        return
      }
      if (req.method === 'GET' && req.url === '/-/npm/v1/user') {
        const tfa = registry.tfa !== undefined ? registry.tfa : ['otp', 'otp-body-only', 'browser'].includes(mode) ? { mode: 'auth-and-writes', pending: false } : false
        if (tfa === 'unavailable') {
          record(404)
          res.writeHead(404, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ error: 'not found' }))
          return
        }
        // Verdaccio checks the token and answers tfa: false; the gate speaks for the account it emulates.
        forward(upstream, req, body, res, record, date, false, profile => ({ ...(profile as object), tfa }))
        return
      }
      const isWrite = req.method !== 'GET' && req.method !== 'HEAD' && !(req.url ?? '').startsWith('/-/user/')
      const packageName = decodeURIComponent((req.url ?? '').slice(1).split('/-/')[0])
      if (isWrite && registry.rateLimitNext > 0) {
        registry.rateLimitNext--
        record(429)
        res.writeHead(429, { 'content-type': 'application/json', ...(registry.retryAfter ? { 'retry-after': registry.retryAfter } : {}) })
        res.end(JSON.stringify({ error: 'Too many requests' }))
        return
      }
      if (isWrite && registry.forbidden.has(packageName)) {
        record(403)
        res.writeHead(403, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: `You do not have permission to publish "${packageName}". Are you logged in as the correct user?` }))
        return
      }
      if (isWrite && !exchanged && registry.tokenPolicy !== 'any') {
        const refusal = registry.tokenPolicy === 'stage-only' ? STAGE_REQUIRED_BODY : TOKENS_DISALLOWED_BODY
        record(403)
        setTimeout(() => json(res, () => undefined, 403, refusal), registry.delayMs)
        return
      }
      if (isWrite && mode !== 'open' && !exchanged) {
        let refusal = refuse(mode, otp, totp, at, registry.acceptPreviousSteps, upstream)
        const checksCodes = mode === 'otp' || mode === 'otp-body-only'
        const challenge: Refusal = { status: 401, headers: mode === 'otp' ? { 'www-authenticate': 'OTP' } : {}, body: NPMJS_OTP_BODY }
        if (!refusal && checksCodes && registry.rejectValidCodes > 0) {
          registry.rejectValidCodes--
          refusal = challenge
        }
        if (!refusal && checksCodes && otp && registry.rejectReusedCodes) {
          if (registry.acceptedCodes.has(otp)) refusal = challenge
          else registry.acceptedCodes.add(otp)
        }
        if (refusal) {
          record(refusal.status)
          setTimeout(() => {
            res.writeHead(refusal.status, { 'content-type': 'application/json', ...refusal.headers })
            res.end(JSON.stringify(refusal.body))
          }, registry.delayMs)
          return
        }
      }
      setTimeout(() => forward(upstream, req, body, res, record, date, fault === 'lose-response'), registry.delayMs + (isWrite ? registry.publishDelayMs : 0))
    })
  }
  const gate = options.tls ? https.createServer(options.tls, handler) : http.createServer(handler)
  gate.keepAliveTimeout = 5
  gate.listen(0, '127.0.0.1')
  await once(gate, 'listening')
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(gate.address() as AddressInfo).port}${prefix}/`

  const registry: TestRegistry = {
    url,
    upstream,
    token,
    seed,
    mode: options.mode ?? 'otp',
    clockOffsetMs: options.clockOffsetMs ?? 0,
    dateHeaderOffsetMs: 0,
    rejectValidCodes: 0,
    acceptPreviousSteps: options.acceptPreviousSteps ?? 1,
    tokenPolicy: 'any',
    stageNewPackages: true,
    rejectReusedCodes: false,
    acceptedCodes: new Set(),
    readBytesPerSecond: 0,
    forbidden: new Set(),
    faults: [],
    redirectTo: 'http://127.0.0.1:9/',
    tfa: undefined,
    oidc: undefined,
    oidcTokens: [],
    delayMs: 0,
    publishDelayMs: 0,
    rateLimitNext: 0,
    retryAfter: undefined,
    log,
    strays: [],
    codesSeen,
    async stop() {
      gate.closeAllConnections()
      app.closeAllConnections()
      await Promise.all([new Promise(resolve => gate.close(resolve)), new Promise(resolve => app.close(resolve))])
      await rm(dir, { recursive: true, force: true })
    },
  }
  return registry
}

interface Refusal {
  status: number
  headers: Record<string, string>
  body: unknown
}

function refuse(mode: GateMode, otp: string | undefined, seed: TotpSeed, atMs: number, acceptPrevious: number, upstream: string): Refusal | undefined {
  switch (mode) {
    case 'policy':
      return { status: 403, headers: {}, body: POLICY_403_BODY }
    case 'ipaddress':
      return { status: 401, headers: { 'www-authenticate': 'ipaddress' }, body: { error: 'Your IP address is not allowed to use this token.' } }
    case 'browser':
      return {
        status: 401,
        headers: { 'www-authenticate': 'OTP' },
        body: { authUrl: `${upstream}/-/v1/login/cli/auth-session`, doneUrl: `${upstream}/-/v1/done?authId=secret-done-session` },
      }
    default: {
      if (otp && validCode(seed, otp, atMs, acceptPrevious)) return undefined
      const headers: Record<string, string> = mode === 'otp' ? { 'www-authenticate': 'OTP' } : {}
      return { status: 401, headers, body: NPMJS_OTP_BODY }
    }
  }
}

function validCode(seed: TotpSeed, otp: string, atMs: number, acceptPrevious: number): boolean {
  const step = stepAt(seed.period, atMs / 1000)
  for (let back = 0; back <= acceptPrevious; back++) {
    if (codeForStep(seed, step - back) === otp) return true
  }
  return false
}

/** Which step near `atMs` the code belongs to, relative to the step of `atMs`. */
function stepDeltaOf(seed: TotpSeed, otp: string, atMs: number): number | undefined {
  const step = stepAt(seed.period, atMs / 1000)
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) if (codeForStep(seed, step + delta) === otp) return delta
  return undefined
}

function forward(
  upstream: string,
  req: http.IncomingMessage,
  body: Buffer,
  res: http.ServerResponse,
  record: (status: number) => void,
  date: string,
  loseResponse = false,
  /** Rewrite a JSON answer of 200 (the profile's tfa). */
  transform?: (body: unknown) => unknown,
): void {
  const headers: http.OutgoingHttpHeaders = { ...req.headers, host: new URL(upstream).host }
  delete headers['npm-otp']
  const proxied = http.request(`${upstream}${req.url}`, { method: req.method, headers }, upstreamResponse => {
    record(upstreamResponse.statusCode ?? 0)
    if (loseResponse) {
      // Stored upstream; the client never hears about it.
      upstreamResponse.resume()
      res.socket?.destroy()
      return
    }
    // The gate's clock is the registry's clock: its Date header, like its code checks, follows clockOffsetMs.
    if (transform && upstreamResponse.statusCode === 200) {
      const chunks: Buffer[] = []
      upstreamResponse.on('data', (chunk: Buffer) => chunks.push(chunk))
      upstreamResponse.on('end', () => {
        const text = JSON.stringify(transform(JSON.parse(Buffer.concat(chunks).toString('utf8'))))
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), date })
        res.end(text)
      })
      return
    }
    res.writeHead(upstreamResponse.statusCode ?? 502, { ...upstreamResponse.headers, date })
    upstreamResponse.pipe(res)
  })
  proxied.on('error', error => {
    record(502)
    res.writeHead(502, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ error: `gate could not reach the registry: ${error.message}` }))
  })
  proxied.end(body)
}
