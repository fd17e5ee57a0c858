/**
 * README's command lines are what users paste: each `npx --yes npm-otp-publish@<version> ...` in it
 * runs here as written, in a project of the kind it is meant for, against the local registry and
 * its OTP gate. npx finds the packed package installed in the project (the version README pins),
 * so nothing is fetched from npmjs. Lines that need a tool this repository does not install (nx,
 * semantic-release) or a person at a terminal (check-seed) are listed and checked for what they can.
 */
import assert from 'node:assert/strict'
import { exec as execCallback, execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { promisify } from 'node:util'
import { parseCommand } from '../../src/cli/args.ts'
import { npm } from '../support/action.ts'
import { ROOT } from '../support/paths.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'
import { writeTree } from '../support/tree.ts'

const execFileAsync = promisify(execFile)
const shell = promisify(execCallback)
const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }
const readme = await readFile(join(ROOT, 'README.md'), 'utf8')

/** Every command line README gives for the command line (inline code, YAML values, shell and Groovy blocks), once each. */
const COMMANDS = [...new Set([...readme.matchAll(/npx --yes npm-otp-publish@[^\s`']+(?: [^\s`'|)([]+)*/g)].map(match => match[0].trim()))]
/** What cannot run here, and why. */
const NOT_HERE: Record<string, string> = {
  'exec -- nx release publish': 'nx is not installed here',
  'exec -- semantic-release': 'semantic-release is not installed here',
}

let registry: TestRegistry
let work: string
let packed: string
let counter = 0

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-readme-'))
  const [{ filename }] = JSON.parse(await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT)) as { filename: string }[]
  packed = join(work, filename)
})

after(async () => {
  await registry?.stop()
})

const files = writeTree

/** A project of the kind the command is for, with npm-otp-publish installed in it (as `npm i -D npm-otp-publish@<version>` would); returns its folder and package names. */
async function projectFor(command: string): Promise<{ cwd: string; names: string[] }> {
  const cwd = join(work, `project-${++counter}`)
  const names = [`readme-${counter}-a`, `readme-${counter}-b`]
  const single = /^npx --yes npm-otp-publish@\S+ publish(?: --json.*)?$/.test(command)
  const members = Object.fromEntries(names.map((name, index) => [`packages/p${index}/package.json`, JSON.stringify({ name, version: '1.0.0' })]))
  if (single) {
    await files(cwd, { 'package.json': JSON.stringify({ name: names[0], version: '1.0.0' }), 'index.js': 'module.exports = 1\n' })
    return install(cwd, names.slice(0, 1))
  }
  const root = { name: 'root', private: true, workspaces: ['packages/*'] }
  if (command.includes('pnpm')) {
    await files(cwd, { 'package.json': JSON.stringify({ name: 'root', private: true }), 'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n", ...members })
  } else if (command.includes('yarn')) {
    await files(cwd, { 'package.json': JSON.stringify(root), '.yarnrc.yml': 'nodeLinker: node-modules\nenableTelemetry: false\nenableGlobalCache: false\n', ...members })
  } else if (command.includes('lerna')) {
    await files(cwd, { 'package.json': JSON.stringify(root), 'lerna.json': JSON.stringify({ version: 'independent', npmClient: 'npm' }), '.gitignore': 'node_modules\n', ...members })
  } else {
    await files(cwd, { 'package.json': JSON.stringify(root), '.changeset/config.json': JSON.stringify({ changelog: false, commit: false, access: 'public', baseBranch: 'main' }), ...members })
  }
  return install(cwd, names)
}

async function install(cwd: string, names: string[]): Promise<{ cwd: string; names: string[] }> {
  await mkdir(cwd, { recursive: true })
  // The project's own install first (yarn's replaces node_modules), then the package README pins, from the packed tarball (no network).
  if (await readFile(join(cwd, '.yarnrc.yml')).then(() => true, () => false)) await execFileAsync(join(ROOT, 'node_modules', '.bin', 'yarn'), ['install'], { cwd, env: jobEnv(cwd) })
  await npm(['install', '--no-save', '--no-package-lock', packed, '--offline', '--ignore-scripts', '--workspaces=false'], cwd)
  return { cwd, names }
}

/** The job's environment: the secrets as masked variables give them, the registry as the runner's configuration names it, the tools on PATH. */
function jobEnv(cwd: string): NodeJS.ProcessEnv {
  return {
    PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
    HOME: cwd,
    NPM_TOKEN: registry.token,
    NPM_OTP_SECRET: registry.seed,
    npm_config_registry: registry.url,
    npm_config_update_notifier: 'false',
    YARN_ENABLE_TELEMETRY: '0',
  }
}

const published = async (name: string) => (await npm(['view', name, 'version', '--registry', registry.url], work).catch(() => '')).trim()

describe("README's command lines, as written", () => {
  test('README pins the version package.json has, in every command line', () => {
    assert.ok(COMMANDS.length >= 10, `found ${COMMANDS.length}`)
    for (const command of COMMANDS) assert.ok(command.startsWith(`npx --yes npm-otp-publish@${manifest.version} `), command)
  })

  for (const command of COMMANDS) {
    const rest = command.slice(command.indexOf(' ', 'npx --yes '.length) + 1)
    if (rest in NOT_HERE) {
      test(`${command}: not run here (${NOT_HERE[rest]}); what it asks of npm-otp-publish is a valid exec`, () => {
        const parsed = parseCommand(rest.split(' '))
        assert.equal(parsed.kind, 'exec')
        assert.deepEqual((parsed as { argv: string[] }).argv, rest.slice('exec -- '.length).split(' '))
      })
      continue
    }
    if (rest === 'check-seed') {
      test(`${command}: refuses to show a code in CI`, async () => {
        const { cwd } = await install(join(work, `project-${++counter}`), [])
        const failed = await shell(command, { cwd, env: { ...jobEnv(cwd), CI: 'true' } }).then(
          () => undefined,
          (error: { code: number; stderr: string }) => error,
        )
        assert.equal(failed?.code, 2)
        assert.match(failed!.stderr, /CI is set/)
      })
      continue
    }
    test(command, async () => {
      await mkdir(work, { recursive: true })
      const { cwd, names } = await projectFor(command)
      const env = jobEnv(cwd)
      if (command.includes('changeset')) await npm(['install', '--package-lock-only', '--offline', '--ignore-scripts'], cwd)
      if (command.includes('lerna') || command.includes('changeset')) {
        // Both tag the release in its git checkout.
        const git = (...args: string[]) => execFileAsync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd })
        await git('init', '-q', '.')
        await git('add', '-A')
        await git('commit', '-qm', 'release')
      }
      const start = registry.log.length
      const run = await shell(command, { cwd, env, maxBuffer: 16 * 1024 * 1024 }).catch((error: { stdout: string; stderr: string }) => {
        assert.fail(`${command} failed:\n${error.stdout}\n${error.stderr}`)
      })
      const writes = registry.log.slice(start).filter(record => record.method === 'PUT' || record.method === 'POST')
      if (command.includes('--dry-run')) {
        assert.deepEqual(writes, [], 'a dry run sends nothing')
        for (const name of names) assert.equal(await published(name), '')
      } else if (command.includes('--stage')) {
        assert.equal(writes.filter(record => record.path.startsWith('/-/stage/package/') && record.status === 201).length, names.length, 'every package staged')
      } else {
        for (const name of names) assert.equal(await published(name), '1.0.0', `${name} is on the registry: ${run?.stderr}`)
        assert.ok(
          writes.filter(record => record.method === 'PUT').every(record => /^\d{6}$/.test(record.otp ?? '')),
          'with a code',
        )
      }
      if (command.includes('--json > ')) {
        const results = JSON.parse(await readFile(join(cwd, command.split('> ')[1].trim()), 'utf8')) as { outcome: string }[]
        assert.deepEqual(
          results.map(result => result.outcome),
          ['published'],
        )
      }
    })
  }
})
