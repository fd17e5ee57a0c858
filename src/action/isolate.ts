/**
 * Keeping the secret inputs out of reach of package scripts.
 *
 * The runner passes inputs as environment variables, and Linux keeps the
 * environment a process was started with in /proc/<pid>/environ for its whole
 * life: deleting INPUT_TOKEN from process.env does not remove it there, and any
 * child (a prepack script) can read it. So when package scripts will run, the
 * action starts itself again (execve: same process, same pid, new image)
 * without the secret inputs in its environment, and hands them over in a file
 * only its user can read, which the new image reads and deletes before anything
 * else happens. Nothing is left for a child to find.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { INPUT_DEFAULTS, type InputName } from './metadata.ts'

/** The inputs that hold secrets, and the variables the runner passes them in. */
export const SECRET_INPUTS: InputName[] = ['token', 'otp-secret']
const variable = (name: InputName) => `INPUT_${name.toUpperCase()}`

/** Names the hand-over file in the restarted image (a path, not a secret). */
const HANDOVER = 'NPM_OTP_PUBLISH_HANDOVER'

export type SecretInputs = Partial<Record<InputName, string>>

/** Whether package scripts will run: the "ignore-scripts" input is false (its default is action.yml's). */
function scriptsWillRun(env: NodeJS.ProcessEnv): boolean {
  const given = (env[variable('ignore-scripts')] ?? '').trim()
  return ['false', 'False', 'FALSE'].includes(given === '' ? INPUT_DEFAULTS['ignore-scripts'] : given)
}

/**
 * Before anything else: in the restarted image, take the secret inputs from
 * the hand-over file (and delete it); in the first image, restart without them
 * when package scripts will run and the platform can (execve: Linux, macOS).
 * Returns the secret inputs handed over, or undefined (then they are in the
 * environment as the runner passed them).
 */
export function isolateSecrets(env: NodeJS.ProcessEnv = process.env): SecretInputs | undefined {
  const handover = env[HANDOVER]
  if (handover) {
    delete env[HANDOVER]
    try {
      return JSON.parse(readFileSync(handover, 'utf8')) as SecretInputs
    } finally {
      rmSync(dirname(handover), { recursive: true, force: true })
    }
  }
  const secrets: SecretInputs = {}
  for (const name of SECRET_INPUTS) if (env[variable(name)]?.trim()) secrets[name] = env[variable(name)]
  if (Object.keys(secrets).length === 0 || !scriptsWillRun(env) || typeof process.execve !== 'function') return undefined

  // mkdtemp makes the folder 0700; the file is 0600 on top. It lives until the new image starts.
  const folder = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'npm-otp-publish-'))
  const file = join(folder, 'inputs.json')
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 })
  const clean: Record<string, string> = { [HANDOVER]: file }
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !SECRET_INPUTS.some(name => variable(name) === key)) clean[key] = value
  }
  try {
    process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], clean)
  } catch {
    // Could not restart (unusual environment values, a locked-down platform): carry on as before.
    rmSync(folder, { recursive: true, force: true })
  }
  return undefined
}
