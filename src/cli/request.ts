/**
 * The command line's options and environment, read into the core's request: options for the
 * settings, variables for the secrets (never arguments), the current folder as the working folder.
 * Defaults are the core's (core/defaults.ts), which action.yml declares too.
 */
import { DEFAULTS } from '../core/defaults.ts'
import { choiceSetting, integerSetting, registrySetting, secretSettings, tagSetting } from '../core/settings.ts'
import type { Access, OtpUnavailable, PublishRequest, Strategy, TrustedPublishing } from '../core/types.ts'
import { idTokenSource } from '../env.ts'
import type { CliValues } from './args.ts'
import type { SecretVariables } from './words.ts'

/** The variables the secrets are read from, as the options name them. */
export function secretVariables(values: CliValues): SecretVariables {
  const token = values['token-env']
  return { token: token ?? 'NPM_TOKEN', tokenFallback: token ? undefined : 'NODE_AUTH_TOKEN', seed: values['otp-secret-env'] ?? 'NPM_OTP_SECRET' }
}

/** Every variable that holds a secret in this run. */
export function secretNames(variables: SecretVariables): string[] {
  return [variables.token, ...(variables.tokenFallback ? [variables.tokenFallback] : []), variables.seed]
}

export interface RequestSources {
  values: CliValues
  /** The job's environment, with any secret variable handed over by a restart. */
  env: NodeJS.ProcessEnv
  cwd: string
  variables: SecretVariables
  /** Mask a secret before anything could print it. */
  setSecret(value: string): void
}

export function requestFrom({ values, env, cwd, variables, setSecret }: RequestSources): PublishRequest {
  const given = env[variables.token] || (variables.tokenFallback ? env[variables.tokenFallback] : undefined) || ''
  const { token, seed } = secretSettings(given, env[variables.seed] ?? '', setSecret)

  const packages = (values.package ?? []).map(entry => entry.trim()).filter(entry => entry !== '')
  const provenance = choiceSetting('provenance', values.provenance ?? DEFAULTS.provenance, ['auto', 'true', 'false'])
  return {
    packages: values.workspaces ? [] : packages,
    workspaceRoot: values.workspaces ? (packages[0] ?? '.') : undefined,
    concurrency: integerSetting('concurrency', values.concurrency ?? DEFAULTS.concurrency, 1, 64),
    timeoutMs: integerSetting('timeout', values.timeout ?? DEFAULTS.timeout, 1, 6 * 3600) * 1000,
    cwd,
    token,
    seed,
    registry: values.registry !== undefined ? registrySetting(values.registry) : undefined,
    tag: values.tag !== undefined ? tagSetting(values.tag) : undefined,
    access: values.access !== undefined ? choiceSetting<Access>('access', values.access, ['public', 'restricted']) : undefined,
    provenance: provenance === 'auto' ? 'auto' : provenance === 'true',
    trustedPublishing: choiceSetting<TrustedPublishing>('trustedPublishing', values['trusted-publishing'] ?? DEFAULTS.trustedPublishing, ['auto', 'true', 'false']),
    strategy: choiceSetting<Strategy>('strategy', values.strategy ?? DEFAULTS.strategy, ['all', 'upgrade']),
    ignoreScripts: values['ignore-scripts'] ?? isTrue(DEFAULTS.ignoreScripts),
    strict: values.strict ?? isTrue(DEFAULTS.strict),
    dryRun: values['dry-run'] ?? isTrue(DEFAULTS.dryRun),
    stage: values.stage ?? isTrue(DEFAULTS.stage),
    onOtpUnavailable: choiceSetting<OtpUnavailable>('onOtpUnavailable', values['on-otp-unavailable'] ?? DEFAULTS.onOtpUnavailable, ['fail', 'stage']),
    npmEnv: { ...env },
    idToken: idTokenSource(env),
    githubActions: env.GITHUB_ACTIONS === 'true',
  }
}

/** A boolean default as action.yml writes it. */
function isTrue(value: string): boolean {
  return value === 'true'
}
