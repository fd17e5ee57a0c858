/**
 * Runs the built action (dist/index.js) the way the runner does: a Node 24
 * child process with an INPUT_* variable for every input action.yml declares
 * (its default, unless the test gives a value), and GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY files. Also: package fixtures, the real npm CLI, and the
 * secret scan.
 */
import { execFile, spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { runnerInputEnv } from './metadata.ts'
import { ACTION } from './paths.ts'
import { recordRun } from './secrets.ts'

export { ACTION, ROOT } from './paths.ts'

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The `::error::` message, when the step failed. */
  error: string
  /** Everything the action wrote where a person or a later step could read it, minus the `::add-mask::` commands. */
  visible: string
}

export interface RunOptions {
  /** The workspace (GITHUB_WORKSPACE) and working directory. */
  cwd: string
  /** Extra environment, e.g. NPM_CONFIG_USERCONFIG. */
  env?: Record<string, string>
}

export async function runAction(inputs: Record<string, string>, { cwd, env = {} }: RunOptions): Promise<ActionRun> {
  const files = await mkdtemp(join(tmpdir(), 'otp-publish-run-'))
  const home = join(files, 'home')
  await mkdir(home)
  const outputFile = join(files, 'output')
  const summaryFile = join(files, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: files,
    ...env,
    ...runnerInputEnv(inputs),
  }

  const child = spawn(process.execPath, [ACTION], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk))
  const exitCode = await new Promise<number>(resolve => child.on('close', code => resolve(code ?? -1)))

  const outputs = parseOutputs(await readFile(outputFile, 'utf8'))
  const summary = await readFile(summaryFile, 'utf8')
  const error = stdout
    .split('\n')
    .filter(line => line.startsWith('::error::'))
    .map(line => decodeCommand(line.slice('::error::'.length)))
    .join('\n')
  const printed = [stdout, stderr].join('\n').split('\n').filter(line => !line.startsWith('::add-mask::'))
  const visible = [...printed, ...Object.values(outputs), summary].join('\n')
  const run = { exitCode, stdout, stderr, outputs, summary, error, visible }
  recordRun(run)
  return run
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i])
    outputs[match[1]] = value.join('\n')
  }
  return outputs
}

function decodeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

export interface PackageFiles {
  manifest: Record<string, unknown>
  files?: Record<string, string>
}

/** Write a package folder and return its path. */
export async function makePackage(parent: string, folder: string, { manifest, files = {} }: PackageFiles): Promise<string> {
  const dir = join(parent, folder)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  const withDefaults = { 'index.js': `module.exports = ${JSON.stringify(String(manifest.name))}\n`, ...files }
  for (const [name, content] of Object.entries(withDefaults)) await writeFile(join(dir, name), content)
  return dir
}

const execFileAsync = promisify(execFile)

/** The real npm CLI, isolated from the machine's configuration and cache. */
export async function npm(args: string[], cwd: string): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'otp-publish-npm-'))
  const userconfig = join(scratch, 'npmrc')
  await writeFile(userconfig, '')
  const { stdout } = await execFileAsync('npm', args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: scratch,
      npm_config_userconfig: userconfig,
      npm_config_cache: join(scratch, 'cache'),
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    },
    maxBuffer: 64 * 1024 * 1024,
  })
  return stdout
}
