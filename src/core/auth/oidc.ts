/**
 * Trusted publishing (OIDC), as the npm CLI does it (lib/utils/oidc.js), but
 * saying why when it cannot be used: an ID token from the CI (NPM_ID_TOKEN, or
 * GitHub's token service with `permissions: id-token: write`), for the
 * audience `npm:<registry host>`, exchanged per package for a short-lived
 * publish token (`POST /-/npm/v1/oidc/token/exchange/package/<name>`).
 */
import npmFetch from 'npm-registry-fetch'
import type { Logger } from '../../common/log.ts'
import { TrustedPublishingError, messageOf } from '../errors.ts'
import { lines } from '../lines.ts'
import { nerfDart } from '../npm/registries.ts'
import { guardedFetchOptions } from '../registry/fetch.ts'
import { escapeName } from '../registry/packument.ts'
import type { IdTokenSource, TrustedPublishing } from '../types.ts'

/** The audience a registry's exchange expects: `npm:` and its host name (no port). */
export function audienceOf(registry: string): string {
  return `npm:${new URL(registry).hostname}`
}

/**
 * The ID token for `audience`: the one the CI gave (GitLab's id_tokens, CircleCI), else a request
 * to GitHub's token service, made as the Actions toolkit's getIDToken makes it.
 */
export async function requestIdToken(source: IdTokenSource, audience: string, network: npmFetch.Options): Promise<string> {
  if (source.kind === 'given') return source.token
  const url = new URL(source.url)
  url.searchParams.append('audience', audience)
  const response = await npmFetch(
    url.href,
    guardedFetchOptions({
      ...network,
      registry: url.origin,
      headers: { accept: 'application/json', authorization: `Bearer ${source.requestToken}` },
    }),
  )
  const value = ((await response.json()) as { value?: unknown })?.value
  if (typeof value !== 'string' || value === '') throw new Error('the token service answered without a token')
  return value
}

/** The claims of an ID token that decide provenance (read, not verified: the registry verifies it). */
export function idTokenClaims(idToken: string): { repositoryVisibility?: string } {
  try {
    const payload = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as { repository_visibility?: unknown }
    return { repositoryVisibility: typeof payload.repository_visibility === 'string' ? payload.repository_visibility : undefined }
  } catch {
    return {}
  }
}

export type Exchange =
  /** A publish token for this package, for minutes. */
  | { kind: 'token'; token: string }
  /** Refused: 401 (the ID token itself), 404 (no trusted publisher, or no such package: npmjs does not tell them apart), or another answer. */
  | { kind: 'refused'; status: number | undefined; detail: string }

/** Exchange the ID token for a publish token of one package, at the registry the workflow names. */
export async function exchangeIdToken(name: string, registry: string, idToken: string, options: npmFetch.Options): Promise<Exchange> {
  try {
    const answer = (await npmFetch.json(`/-/npm/v1/oidc/token/exchange/package/${escapeName(name)}`, {
      ...options,
      registry,
      method: 'POST',
      [`${nerfDart(registry)}:_authToken`]: idToken,
    } as npmFetch.Options)) as { token?: unknown }
    return typeof answer?.token === 'string' && answer.token !== ''
      ? { kind: 'token', token: answer.token }
      : { kind: 'refused', status: undefined, detail: 'the answer held no token' }
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode
    return { kind: 'refused', status, detail: status ? `HTTP ${status}` : messageOf(error) }
  }
}

/** Why an exchange was refused, in words a maintainer can act on. `exists`: the registry has the package. */
export function refusalReason(refused: Extract<Exchange, { kind: 'refused' }>, name: string, registry: string, exists: boolean): string {
  if (refused.status === 401) {
    return `the registry refused the job's ID token (its signature, expiry, issuer, or the audience ${audienceOf(registry)})`
  }
  if (refused.status === 404) {
    return exists
      ? `${name} has no trusted publisher that matches this workflow (check the repository, the workflow file name and the environment in its trusted publisher settings)`
      : `${name} does not exist on the registry yet, and a first publish cannot use trusted publishing`
  }
  return `the token exchange failed (${refused.detail})`
}

/** A package's try at trusted publishing: the ID token (masked) and what the exchange said. */
export interface TrustedAttempt {
  idToken: string
  exchange: Exchange
}

/**
 * Start trusted publishing for one package at the registry the workflow names, while the version
 * check runs; undefined when it is not to be tried. The ID token is asked for once per audience
 * and run (`idTokens`), and masked before anything could print it.
 */
export function tryTrustedPublishing(
  name: string,
  registry: string,
  mode: TrustedPublishing,
  source: IdTokenSource | undefined,
  network: npmFetch.Options,
  idTokens: Map<string, Promise<string>>,
  logger: Logger,
): Promise<TrustedAttempt> | undefined {
  if (mode === 'false') return undefined
  if (!source) {
    if (mode === 'true') throw new TrustedPublishingError(name, registry, lines.noIdToken())
    return undefined
  }
  const audience = audienceOf(registry)
  let idToken = idTokens.get(audience)
  if (!idToken) {
    idToken = requestIdToken(source, audience, network).then(token => {
      logger.secret(token)
      return token
    })
    idTokens.set(audience, idToken)
  }
  return idToken.then(
    async token => {
      const exchange = await exchangeIdToken(name, registry, token, network)
      if (exchange.kind === 'token') logger.secret(exchange.token)
      return { idToken: token, exchange }
    },
    (error: unknown) => ({ idToken: '', exchange: { kind: 'refused', status: undefined, detail: `no ID token from the CI: ${messageOf(error)}` } }),
  )
}
