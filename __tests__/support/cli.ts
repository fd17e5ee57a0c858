/**
 * The command line as a user gets it: this repository packed with `npm pack`, installed into a
 * folder of its own, and run through its bin with a clean environment.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { npm, type ActionRun } from './action.ts'
import { ROOT } from './paths.ts'
import { recordRun } from './secrets.ts'

export interface CliRun extends ActionRun {
  code: number
}

/** Pack the repository and install the tarball under `work`, as a user would (optional dependencies too); returns the installed bin. */
export async function installCli(work: string): Promise<string> {
  const packed = join(work, 'packed')
  await mkdir(packed)
  const [{ filename }] = JSON.parse(await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', packed], ROOT)) as { filename: string }[]
  const prefix = join(work, 'installed')
  await mkdir(prefix)
  await writeFile(join(prefix, 'package.json'), '{"private":true}\n')
  await npm(['install', join(packed, filename), '--offline', '--ignore-scripts'], prefix)
  return join(prefix, 'node_modules', '.bin', 'npm-otp-publish')
}

/** Run the installed bin with a clean environment: PATH (Node 24), a home of its own, and `env`. */
export async function runBin(bin: string, args: string[], env: Record<string, string>, cwd: string): Promise<CliRun> {
  const home = await mkdtemp(join(tmpdir(), 'otp-publish-cli-home-'))
  const child = spawn(bin, args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: home, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk))
  const code = await new Promise<number>(resolve => child.on('close', exit => resolve(exit ?? -1)))
  const run = { code, exitCode: code, stdout, stderr, outputs: {}, summary: '', error: stderr, visible: `${stdout}\n${stderr}` }
  recordRun(run)
  return run
}
