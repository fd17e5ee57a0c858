import { parseSeed, seedForms } from '../otp/seed.ts'
import type { Access, OtpUnavailable, PublishSettings, Strategy } from '../publish/publish.ts'
import { normaliseRegistry } from '../publish/config.ts'
import type { TrustedPublishing } from '../publish/oidc.ts'
import { InvalidInputError } from '../errors.ts'
import { checkBoolean, checkChoice, checkInteger, checkTag } from '../publish/validate.ts'
import { INPUT_DEFAULTS, type InputName } from './metadata.ts'

/** Reads one input as the runner passes it (`INPUT_<NAME>`); '' when absent. */
export type InputReader = (name: InputName) => string

export interface InputContext {
  getInput: InputReader
  /** Mask a secret before anything could print it. */
  setSecret(value: string): void
  env: NodeJS.ProcessEnv
  cwd: string
}

/**
 * Read and check every input in one place. Secrets are masked first, before
 * any check could fail with a message. An empty input takes its default from
 * action.yml (src/action/metadata.ts is generated from it), as the runner does
 * for an input the workflow leaves out: a workflow's `input: ''`, a local run
 * and the runner all behave the same.
 */
export function readInputs({ getInput, setSecret, env, cwd }: InputContext): PublishSettings {
  const input = (name: InputName): string => {
    const value = getInput(name)
    return value.trim() === '' ? INPUT_DEFAULTS[name] : value
  }
  const token = input('token').trim()
  if (token) setSecret(token)
  const rawSeed = input('otp-secret')
  for (const form of seedForms(rawSeed, undefined)) setSecret(form)
  const seed = rawSeed.trim() ? parseSeed(rawSeed) : undefined
  for (const form of seedForms(rawSeed, seed)) setSecret(form)

  const registry = input('registry').trim()
  const tag = input('tag')
  const access = input('access').trim()
  return {
    package: input('package').trim(),
    workspaces: checkBoolean('workspaces', input('workspaces')),
    concurrency: checkInteger('concurrency', input('concurrency'), 1, 64),
    timeoutMs: checkInteger('timeout', input('timeout'), 1, 6 * 3600) * 1000,
    cwd: env.GITHUB_WORKSPACE || cwd,
    token: token || undefined,
    seed,
    registry: registry ? normaliseRegistry(registry, 'registry') : undefined,
    tag: tag.trim() ? checkTag(tag) : undefined,
    access: access ? checkChoice<Access>('access', access, ['public', 'restricted']) : undefined,
    provenance: autoOrBoolean('provenance', input('provenance')),
    trustedPublishing: checkChoice<TrustedPublishing>('trusted-publishing', input('trusted-publishing'), ['auto', 'true', 'false']),
    strategy: checkChoice<Strategy>('strategy', input('strategy'), ['all', 'upgrade']),
    ignoreScripts: checkBoolean('ignore-scripts', input('ignore-scripts')),
    dryRun: checkBoolean('dry-run', input('dry-run')),
    stage: checkBoolean('stage', input('stage')),
    onOtpUnavailable: checkChoice<OtpUnavailable>('on-otp-unavailable', input('on-otp-unavailable'), ['fail', 'stage']),
    env,
  }
}

/** "auto", or a YAML boolean. */
function autoOrBoolean(name: InputName, value: string): boolean | 'auto' {
  if (value.trim() === 'auto') return 'auto'
  try {
    return checkBoolean(name, value)
  } catch {
    throw new InvalidInputError(name, `"${value.trim()}" is not one of "auto", "true", "false"`)
  }
}
