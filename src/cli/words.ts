/**
 * The command line's words for the core's references to settings: its options, and for secrets
 * the environment variables it reads them from (see common/text.ts).
 */
import type { Setting, Words } from '../common/text.ts'

/** The option that holds each setting; secrets and the ID token come from the environment instead. */
export const OPTION_OF: Record<Exclude<Setting, 'token' | 'otpSecret' | 'idToken'>, string> = {
  packages: '--package',
  workspaces: '--workspaces',
  concurrency: '--concurrency',
  timeout: '--timeout',
  registry: '--registry',
  tag: '--tag',
  access: '--access',
  provenance: '--provenance',
  trustedPublishing: '--trusted-publishing',
  strategy: '--strategy',
  ignoreScripts: '--ignore-scripts',
  strict: '--strict',
  dryRun: '--dry-run',
  stage: '--stage',
  onOtpUnavailable: '--on-otp-unavailable',
}

/** Options that take no value (a flag, or its --no- form). */
const FLAGS = new Set<Setting>(['workspaces', 'ignoreScripts', 'strict', 'dryRun', 'stage'])

/** Where the secrets come from: the variables this run reads. */
export interface SecretVariables {
  /** The token's variable (NPM_TOKEN, or --token-env's). */
  token: string
  /** Also read for the token when `token` is not set (NODE_AUTH_TOKEN), unless --token-env names one. */
  tokenFallback?: string
  /** The seed's variable (NPM_OTP_SECRET, or --otp-secret-env's). */
  seed: string
}

export function cliWords(variables: SecretVariables): Words {
  const variable = (setting: Setting): string | undefined =>
    setting === 'token' ? variables.token : setting === 'otpSecret' ? variables.seed : setting === 'idToken' ? 'NPM_ID_TOKEN' : undefined
  const option = (setting: Setting) => OPTION_OF[setting as keyof typeof OPTION_OF]
  const flag = (setting: Setting, value: string) => (value === 'false' ? `--no-${option(setting).slice(2)}` : option(setting))
  const given = (setting: Setting, value: string) => (FLAGS.has(setting) ? flag(setting, value) : `${option(setting)} ${value}`)
  return {
    name: setting => variable(setting) ?? option(setting),
    label: setting => variable(setting) ?? `Option ${option(setting)}`,
    give: setting => {
      if (setting === 'token') return `set ${variables.token} in the job's environment (a masked CI variable), or give the token in an .npmrc for the registry`
      if (setting === 'otpSecret') return `set ${variables.seed} to the account's TOTP seed in the job's environment (a masked CI variable)`
      if (setting === 'idToken') return 'set NPM_ID_TOKEN to the CI\'s OIDC ID token (GitLab id_tokens, CircleCI; on GitHub Actions, give the job "permissions: id-token: write")'
      return `pass ${option(setting)}`
    },
    empty: setting => {
      if (setting === 'token' && variables.tokenFallback) return `neither ${variables.token} nor ${variables.tokenFallback} is set`
      const name = variable(setting)
      return name ? `${name} is not set` : `${option(setting)} is not given`
    },
    set: (setting, value) => {
      const name = variable(setting)
      return name ? `set ${name} to ${value}` : `pass ${given(setting, value)}`
    },
    value: (setting, value) => {
      const name = variable(setting)
      return name ? `${name}=${value}` : given(setting, value)
    },
  }
}
