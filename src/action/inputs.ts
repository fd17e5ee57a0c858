/**
 * The action's inputs, read and checked in one place into the core's request. Secrets are masked
 * first, before any check could fail with a message. An empty input takes its default from
 * action.yml (src/action/metadata.ts is generated from it), as the runner does for an input the
 * workflow leaves out: a workflow's `input: ''`, a local run and the runner all behave the same.
 */
import { choiceSetting, integerSetting, registrySetting, secretSettings, tagSetting } from '../core/settings.ts'
import type { Access, OtpUnavailable, PublishRequest, Strategy, TrustedPublishing } from '../core/types.ts'
import { idTokenSource } from '../env.ts'
import { INPUT_DEFAULTS, type InputName } from './metadata.ts'
import { autoOrBoolean, checkBoolean } from './parse.ts'
import type { InputReader } from './variables.ts'


export interface InputContext {
  getInput: InputReader
  /** Mask a secret before anything could print it. */
  setSecret(value: string): void
  /** The job's environment (with any secret variable handed over by a restart). */
  env: NodeJS.ProcessEnv
  cwd: string
}

/** The core's request, and the command to run behind the relay instead of publishing, when there is one. */
export interface ActionRequest extends PublishRequest {
  command: string | undefined
}

export function readInputs({ getInput, setSecret, env, cwd }: InputContext): ActionRequest {
  const input = (name: InputName): string => {
    const value = getInput(name)
    return value.trim() === '' ? INPUT_DEFAULTS[name] : value
  }
  const { token, seed } = secretSettings(input('token'), input('otp-secret'), setSecret)

  const registry = input('registry').trim()
  const tag = input('tag')
  const access = input('access').trim()
  // One entry per line; blank lines and # comments are left out.
  const entries = input('package')
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
  const workspaces = checkBoolean('workspaces', input('workspaces'))
  return {
    packages: workspaces ? [] : entries,
    workspaceRoot: workspaces ? (entries[0] ?? '.') : undefined,
    concurrency: integerSetting('concurrency', input('concurrency'), 1, 64),
    timeoutMs: integerSetting('timeout', input('timeout'), 1, 6 * 3600) * 1000,
    cwd: env.GITHUB_WORKSPACE || cwd,
    token,
    seed,
    registry: registry ? registrySetting(registry) : undefined,
    tag: tag.trim() ? tagSetting(tag) : undefined,
    access: access ? choiceSetting<Access>('access', access, ['public', 'restricted']) : undefined,
    provenance: autoOrBoolean('provenance', input('provenance')),
    trustedPublishing: choiceSetting<TrustedPublishing>('trustedPublishing', input('trusted-publishing'), ['auto', 'true', 'false']),
    strategy: choiceSetting<Strategy>('strategy', input('strategy'), ['all', 'upgrade']),
    ignoreScripts: checkBoolean('ignoreScripts', input('ignore-scripts')),
    strict: checkBoolean('strict', input('strict')),
    dryRun: checkBoolean('dryRun', input('dry-run')),
    stage: checkBoolean('stage', input('stage')),
    onOtpUnavailable: choiceSetting<OtpUnavailable>('onOtpUnavailable', input('on-otp-unavailable'), ['fail', 'stage']),
    npmEnv: { ...env },
    idToken: idTokenSource(env),
    githubActions: env.GITHUB_ACTIONS === 'true',
    command: input('command').trim() || undefined,
  }
}
