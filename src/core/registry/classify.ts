import {
  InvalidManifestError,
  InvalidSettingError,
  IpRestrictedError,
  PublishError,
  PublishForbiddenError,
  RateLimitedError,
  StageRequiredError,
  TokensDisallowedError,
  RegistryCertificateError,
  RegistryError,
  RegistryUnreachableError,
  TokenRejectedError,
  TwoFactorPolicyError,
} from '../errors.ts'
import { lines } from '../lines.ts'

/** What a failed registry request means for the publish loop. */
export type RegistryAnswer =
  /** 401 asking for a one-time password. `browser`: the browser / security-key flow, which a seed cannot answer. */
  | { kind: 'otp'; browser: boolean }
  /** The version is already there (npmjs 403, Verdaccio 409). */
  | { kind: 'exists' }
  /** The version is staged and waits for a maintainer's approval (409 "Cannot publish over previously staged version"). */
  | { kind: 'staged' }
  | { kind: 'fail'; error: PublishError }

export interface RequestContext {
  registry: string
  /** `name` or `name@version`. */
  pkg: string
  /** For the generic message: "publishing x@1.0.0", "reading the package". */
  what: string
  /** The request writes a version (a publish or a stage): a 404 then means the scope or the token, not a missing package. */
  writes?: boolean
}

interface RegistryFetchError {
  code?: string
  statusCode?: number
  body?: unknown
  headers?: Record<string, string[] | string | undefined>
  type?: string
  message?: string
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
  'ERR_SOCKET_TIMEOUT',
])

/** Node's codes for a TLS certificate it does not trust. */
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

/**
 * Read an error from npm-registry-fetch or libnpmpublish. Messages are built
 * from our own words plus the registry's `error` text; request headers (which
 * hold the token and the code) are never looked at.
 */
export function classifyRegistryError(thrown: unknown, context: RequestContext): RegistryAnswer {
  const error = (thrown ?? {}) as RegistryFetchError
  const { registry } = context
  const status = error.statusCode
  const detail = registryText(error.body)
  const options = { cause: thrown }

  switch (error.code) {
    case 'EOTP':
      return { kind: 'otp', browser: isBrowserFlow(error.body) }
    case 'EAUTHIP':
      return fail(new IpRestrictedError(registry, options))
    case 'E401':
      return fail(new TokenRejectedError(registry, detail, options))
    case 'EPRIVATE':
    case 'EBADSEMVER':
    case 'EPACKAGEEXTENSIONS':
      return fail(new InvalidManifestError(context.pkg, String(error.message), options))
    case 'EUNSCOPED':
      return fail(new InvalidSettingError('access', lines.restrictedNeedsScope(context.pkg), options))
    case 'EUSAGE':
      return fail(new InvalidSettingError('provenance', lines.provenanceRefused(String(error.message)), options))
  }
  if ((status === 409 || status === 403) && /previously staged|already staged/i.test(detail)) return { kind: 'staged' }
  if (status === 409) return { kind: 'exists' }
  // The registry's rules of 2026, told by the answer's code where it gives one, else by its words.
  const answerCode = codeIn(error.body)
  if (status === 403 && (answerCode === 'E_STAGE_REQUIRED' || /\b(only stage|stage[- ]only|must be staged|requires? staging)\b/i.test(detail))) {
    return fail(new StageRequiredError(registry, context.pkg, detail, options))
  }
  if (status === 403 && (/TOKENS?_(DISALLOWED|NOT_ALLOWED)/i.test(answerCode ?? '') || /\b(disallows?|does not allow|not allowed to use)\b[^.]*\btokens?\b|\btokens? (are|is) not allowed\b|required to publish this package but an? [\w -]*token was (specified|used)/i.test(detail))) {
    return fail(new TokensDisallowedError(registry, context.pkg, detail, options))
  }
  if (status === 403) {
    if (/previously published|cannot publish over|already (been )?(published|present|exists)/i.test(detail)) return { kind: 'exists' }
    if (/two-factor|\btfa\b|\b2fa\b|one-time pass|\botp\b/i.test(detail)) return fail(new TwoFactorPolicyError(registry, detail, options))
    return fail(new PublishForbiddenError(registry, context.pkg, detail, { ...options, oidcActionDenied: /OIDC permission denied/i.test(detail) }))
  }
  if (status === 404 && context.writes) {
    return fail(
      new PublishForbiddenError(registry, context.pkg, `404${detail ? ` ${detail}` : ''}: the scope does not exist or this token cannot write to it`, options),
    )
  }
  if (status === 429) {
    const retryAfter = headerValue(error.headers, 'retry-after')
    return fail(new RateLimitedError(registry, retryAfter, options))
  }
  if (status !== undefined) {
    return fail(new RegistryError(registry, context.what, `HTTP ${status}${detail ? `: ${detail}` : ''}`, options))
  }
  if (error.code && CERTIFICATE_CODES.has(error.code)) return fail(new RegistryCertificateError(registry, error.code, options))
  if ((error.code && NETWORK_CODES.has(error.code)) || error.type === 'request-timeout' || error.type === 'system' || error.code === 'FETCH_ERROR') {
    const detail = error.type === 'request-timeout' ? 'no answer before the time-out' : (error.code ?? error.type ?? 'network error')
    return fail(new RegistryUnreachableError(registry, detail, options))
  }
  return fail(new RegistryError(registry, context.what, error.code ?? String(error.message ?? thrown), options))
}

/** The machine-readable `code` a registry may put in its answer's body (E_STAGE_REQUIRED). */
function codeIn(body: unknown): string | undefined {
  const code = asObject(body)?.code
  return typeof code === 'string' ? code : undefined
}

function fail(error: PublishError): RegistryAnswer {
  return { kind: 'fail', error }
}

/** The browser flow's body names an authUrl and a doneUrl. The doneUrl is never printed: whoever polls it gets the token. */
function isBrowserFlow(body: unknown): boolean {
  const parsed = asObject(body)
  return parsed !== undefined && (typeof parsed.authUrl === 'string' || typeof parsed.doneUrl === 'string')
}

/** The registry's own explanation (`error`, `reason` or `message`), one line, bounded. */
export function registryText(body: unknown): string {
  const parsed = asObject(body)
  let text = ''
  if (parsed) {
    for (const key of ['error', 'reason', 'message']) {
      if (typeof parsed[key] === 'string') {
        text = parsed[key]
        break
      }
    }
  } else if (typeof body === 'string' || Buffer.isBuffer(body)) {
    text = String(body)
  }
  text = text.replace(/\s+/g, ' ').trim().replace(/\.+$/, '')
  return text.length > 300 ? `${text.slice(0, 300)}...` : text
}

function asObject(body: unknown): Record<string, unknown> | undefined {
  if (Buffer.isBuffer(body)) {
    try {
      return asObject(JSON.parse(body.toString('utf8')))
    } catch {
      return undefined
    }
  }
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined
}

function headerValue(headers: RegistryFetchError['headers'], name: string): string | undefined {
  const value = headers?.[name]
  return Array.isArray(value) ? value[0] : value
}
