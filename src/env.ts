/** What every face reads from the job's environment the same way. */
import type { IdTokenSource } from './core/types.ts'

/** The job's OIDC ID token: NPM_ID_TOKEN when the CI gives one (GitLab id_tokens, CircleCI), else GitHub's token service for a job with `id-token: write`. */
export function idTokenSource(env: NodeJS.ProcessEnv): IdTokenSource | undefined {
  if (env.NPM_ID_TOKEN) return { kind: 'given', token: env.NPM_ID_TOKEN }
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    return { kind: 'github', url: env.ACTIONS_ID_TOKEN_REQUEST_URL, requestToken: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN }
  }
  return undefined
}
