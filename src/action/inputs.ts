import { parseSeed, seedForms } from '../otp/seed.ts'
import type { Access, PublishSettings, Strategy } from '../publish/publish.ts'
import { normaliseRegistry } from '../publish/config.ts'
import { checkBoolean, checkChoice, checkInteger, checkTag } from '../publish/validate.ts'

/** Reads one input as the runner passes it (`INPUT_<NAME>`); '' when absent. */
export type InputReader = (name: string) => string

export interface InputContext {
  getInput: InputReader
  /** Mask a secret before anything could print it. */
  setSecret(value: string): void
  env: NodeJS.ProcessEnv
  cwd: string
}

/**
 * Read and check every input in one place. Secrets are masked first, before
 * any check could fail with a message. Defaults match action.yml, so that a run
 * without the runner's defaults (tests, local runs) behaves the same.
 */
export function readInputs({ getInput, setSecret, env, cwd }: InputContext): PublishSettings {
  const token = getInput('token').trim()
  if (token) setSecret(token)
  const rawSeed = getInput('otp-secret')
  for (const form of seedForms(rawSeed, undefined)) setSecret(form)
  const seed = rawSeed.trim() ? parseSeed(rawSeed) : undefined
  for (const form of seedForms(rawSeed, seed)) setSecret(form)

  const registry = getInput('registry').trim()
  const tag = getInput('tag')
  const access = getInput('access').trim()
  const workspace = env.GITHUB_WORKSPACE || cwd
  return {
    package: getInput('package').trim() || '.',
    workspaces: checkBoolean('workspaces', getInput('workspaces'), false),
    concurrency: checkInteger('concurrency', getInput('concurrency'), 4, 1, 64),
    timeoutMs: checkInteger('timeout', getInput('timeout'), 600, 1, 6 * 3600) * 1000,
    cwd: workspace,
    token: token || undefined,
    seed,
    registry: registry ? normaliseRegistry(registry, 'registry') : undefined,
    tag: tag.trim() ? checkTag(tag) : undefined,
    access: access ? checkChoice<Access>('access', access, ['public', 'restricted']) : undefined,
    provenance: checkBoolean('provenance', getInput('provenance'), false),
    strategy: checkChoice<Strategy>('strategy', getInput('strategy').trim() || 'all', ['all', 'upgrade']),
    ignoreScripts: checkBoolean('ignore-scripts', getInput('ignore-scripts'), true),
    dryRun: checkBoolean('dry-run', getInput('dry-run'), false),
    env,
  }
}
