/**
 * Keeping secrets out of reach of package scripts, for both faces.
 *
 * Linux keeps the environment a process was started with in /proc/<pid>/environ
 * for its whole life: deleting a variable from process.env does not remove it
 * there, and any child (a prepack script) can read it. So when package scripts
 * will run, the process starts itself again in place (execve: same pid, new
 * image) without the secret variables, and hands their values over in a file
 * only its user can read, which the new image reads and deletes before
 * anything else happens. Nothing is left for a child to find.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Names the hand-over file in the restarted image (a path, not a secret). */
const HANDOVER = 'NPM_OTP_PUBLISH_HANDOVER'

/** In a restarted image: the variables handed over (the file is deleted at once); otherwise undefined. */
export function takeHandover(env: NodeJS.ProcessEnv = process.env): Record<string, string> | undefined {
  const file = env[HANDOVER]
  if (!file) return undefined
  delete env[HANDOVER]
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  } finally {
    rmSync(dirname(file), { recursive: true, force: true })
  }
}

/**
 * Start this process again in place without the variables `names` in its environment, handing
 * their values over (see takeHandover). Returns only when there was nothing to hide or it could not
 * restart (no execve: Windows); then the caller carries on as before.
 */
export function restartWithout(names: string[], env: NodeJS.ProcessEnv = process.env): void {
  const secrets = Object.fromEntries(names.flatMap(name => (env[name] ? [[name, env[name]]] : [])))
  if (Object.keys(secrets).length === 0 || typeof process.execve !== 'function') return
  // mkdtemp makes the folder 0700; the file is 0600 on top. It lives until the new image starts.
  const folder = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'npm-otp-publish-'))
  const file = join(folder, 'secrets.json')
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 })
  const clean: Record<string, string> = { [HANDOVER]: file }
  for (const [key, value] of Object.entries(env)) if (value !== undefined && !(key in secrets)) clean[key] = value
  try {
    process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], clean)
  } catch {
    // Could not restart (unusual environment values, a locked-down platform): carry on as before.
    rmSync(folder, { recursive: true, force: true })
  }
}
