import npmFetch from 'npm-registry-fetch'
import { classifyRegistryError } from '../registry/classify.ts'

/** What the registry says of the account behind the credentials, before anything is packed or sent. */
export interface Account {
  /**
   * Publishing needs a one-time password: true (2FA for writes), false (no 2FA, or 2FA for
   * logins only), undefined when the registry did not say (no profile endpoint, a token that may
   * not read it, a network failure: the publish request will tell).
   */
  codeForWrites: boolean | undefined
}

/** The profile's `tfa`: `false`, or `{ mode: 'auth-and-writes' | 'auth-only', pending }`. */
function codeForWrites(tfa: unknown): boolean | undefined {
  if (tfa === false || tfa === null) return false
  if (typeof tfa !== 'object') return undefined
  const { mode, pending } = tfa as { mode?: unknown; pending?: unknown }
  if (pending === true) return false
  if (mode === 'auth-and-writes') return true
  if (mode === 'auth-only') return false
  return undefined
}

/**
 * Read the account's profile (`GET /-/npm/v1/user`, what `npm profile get` reads) with the
 * publish credentials, while the version check is on the wire. A token the registry rejects
 * fails here, before anything is packed; any other answer that says nothing leaves the decision
 * to the publish request.
 */
export async function readAccount(fetchOptions: npmFetch.Options, registry: string): Promise<Account> {
  try {
    const response = await npmFetch('/-/npm/v1/user', { ...fetchOptions, headers: { ...fetchOptions.headers, accept: 'application/json' } })
    if (response.status !== 200) return { codeForWrites: undefined }
    const profile = (await response.json()) as { tfa?: unknown }
    return { codeForWrites: codeForWrites(profile?.tfa) }
  } catch (error) {
    const answer = classifyRegistryError(error, { registry, pkg: 'the account', what: 'reading the account' })
    // A registry that wants a code even to read the profile certainly wants one to publish.
    if (answer.kind === 'otp') return { codeForWrites: true }
    const status = (error as { statusCode?: number }).statusCode
    if (answer.kind === 'fail' && status === 401) throw answer.error
    return { codeForWrites: undefined }
  }
}
