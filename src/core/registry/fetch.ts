/**
 * Every request to a registry goes through npm-registry-fetch with these options: a redirect is
 * answered, never followed, since following it would carry the token and the one-time password to
 * another address. npm-registry-fetch passes `redirect` on to make-fetch-happen only with the patch
 * in patches/ (applied at install by patch-package, and checked by the build), so the guard holds
 * in every way the code runs: from src/, and from the bundle in dist/.
 */
import type npmFetch from 'npm-registry-fetch'

export function guardedFetchOptions(options: Record<string, unknown>): npmFetch.Options {
  return { ...options, redirect: 'manual' } as npmFetch.Options
}
