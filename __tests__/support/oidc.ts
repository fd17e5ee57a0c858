/**
 * A stand-in for GitHub's OIDC token service, for trusted publishing: it
 * answers `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=<aud>` (with
 * `Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`) with `{ value }`, an
 * ID token signed RS256 by a key of its own, carrying the claims a GitHub
 * workflow run has. The test registry verifies those tokens with its public
 * key (see registry.ts, `trustedPublishers`).
 */
import { createSign, createVerify, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export const ISSUER = 'https://token.actions.githubusercontent.com'

/** The claims of a GitHub Actions ID token that trusted publishing looks at. */
export interface WorkflowClaims {
  repository: string
  /** "owner/repo/.github/workflows/release.yml@refs/heads/main" */
  workflow_ref: string
  environment?: string
  repository_visibility: 'public' | 'private' | 'internal'
}

export interface TestIssuer {
  /** ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN, as the runner sets them with `id-token: write`. */
  env: Record<string, string>
  publicKey: KeyObject
  /** The claims of the tokens it issues; tests may change them. */
  claims: WorkflowClaims
  /** Every ID token it issued (the secret scan looks for them). */
  issued: string[]
  /** Sign a token with these claims and audience, valid for `seconds` (negative: expired). */
  sign(audience: string, claims?: Partial<WorkflowClaims>, seconds?: number): string
  stop(): Promise<void>
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url')

export async function startIssuer(claims: WorkflowClaims): Promise<TestIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const requestToken = randomBytes(16).toString('hex')
  const issuer: TestIssuer = {
    env: {},
    publicKey,
    claims,
    issued: [],
    sign(audience, extra = {}, seconds = 300) {
      const now = Math.floor(Date.now() / 1000)
      const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'test' }))
      const payload = base64url(JSON.stringify({ ...issuer.claims, ...extra, iss: ISSUER, aud: audience, sub: `repo:${issuer.claims.repository}:ref:refs/heads/main`, iat: now, nbf: now - 5, exp: now + seconds }))
      const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey)
      const token = `${header}.${payload}.${base64url(signature)}`
      issuer.issued.push(token)
      return token
    },
    stop: async () => undefined,
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://issuer')
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"bad request token"}')
      return
    }
    const audience = url.searchParams.get('audience') ?? 'https://github.com/owner'
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: issuer.sign(audience) }))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  // The runner's URL already carries a query; the client appends "&audience=".
  issuer.env = { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken }
  issuer.stop = () => new Promise(resolve => server.close(() => resolve()))
  return issuer
}

/** Verify an RS256 ID token with `key`; its claims, or undefined when the signature or the times are wrong. */
export function verifyIdToken(token: string, key: KeyObject): (WorkflowClaims & { aud: string; iss: string }) | undefined {
  const [header, payload, signature] = token.split('.')
  if (!header || !payload || !signature) return undefined
  const valid = createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(key, Buffer.from(signature, 'base64url'))
  if (!valid) return undefined
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as WorkflowClaims & { aud: string; iss: string; exp: number; nbf?: number }
  const now = Date.now() / 1000
  if (claims.exp < now || (claims.nbf ?? 0) > now) return undefined
  return claims
}
