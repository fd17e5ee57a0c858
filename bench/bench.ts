/**
 * npm run bench: the action side by side with the npm CLI and a floor, against
 * the local registry with its OTP gate, alternating contenders every round.
 * Prints medians and ratios; `npm run bench -- --write` also records them in
 * BENCHMARKS.md. Rounds: BENCH_ROUNDS (default 9), BENCH_ROUNDS_MONOREPO (3),
 * BENCH_ROUNDS_LARGE (3), BENCH_ROUNDS_RELAY (1), BENCH_ROUNDS_DISTANCE (1); the distant registry of
 * scenario 6: BENCH_DISTANCE_RTT_MS (60), BENCH_DISTANCE_PUBLISH_MS (800). BENCH_ONLY=1,6 runs
 * only the scenarios listed. BENCH_BASELINE=<another build's dist/index.js> adds that build as a
 * contender to scenarios 1, 2 and 4, for what a change costs, measured in the same rounds.
 */
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pack from 'libnpmpack'
import { ACTION, makePackage } from '../__tests__/support/action.ts'
import { runnerInputEnv } from '../__tests__/support/metadata.ts'
import { startRegistry, type TestRegistry } from '../__tests__/support/registry.ts'
import { parseSeed } from '../src/otp/seed.ts'
import { codeAt } from '../src/otp/totp.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9)
const ROUNDS_MONOREPO = Number(process.env.BENCH_ROUNDS_MONOREPO ?? 3)
const ROUNDS_LARGE = Number(process.env.BENCH_ROUNDS_LARGE ?? 3)
const ROUNDS_RELAY = Number(process.env.BENCH_ROUNDS_RELAY ?? 1)
const ROUNDS_DISTANCE = Number(process.env.BENCH_ROUNDS_DISTANCE ?? 1)
/** Only these scenarios (BENCH_ONLY=1,6); all when unset. */
const ONLY = process.env.BENCH_ONLY?.split(',').map(Number)
const CLI = join(ROOT, 'bin', 'npm-otp-publish.js')
/** Another build of the action (its dist/index.js), run beside this one in the same rounds. */
const BASELINE = process.env.BENCH_BASELINE
const WORKSPACE_SIZE = 100
const CONCURRENCY = 4

interface Sample {
  ms: number
  peakRssMb: number
}

interface Measured {
  ms: number
  peakRssMb: number
  exitCode: number
  output: string
}

/** Run a command to its end: wall time, and peak RSS read from /proc while it runs (VmHWM). */
function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', chunk => (output += chunk))
    child.stderr.on('data', chunk => (output += chunk))
    let peakKb = 0
    const poll = setInterval(async () => {
      try {
        const status = await readFile(`/proc/${child.pid}/status`, 'utf8')
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))
      } catch {
        // The process has ended.
      }
    }, 5)
    child.on('error', reject)
    child.on('close', code => {
      clearInterval(poll)
      resolve({ ms: performance.now() - started, peakRssMb: peakKb / 1024, exitCode: code ?? -1, output })
    })
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Run contenders in turn, rotating who goes first each round. */
async function alternate(rounds: number, contenders: Record<string, (round: number) => Promise<Sample>>): Promise<Record<string, Sample[]>> {
  const names = Object.keys(contenders)
  const samples: Record<string, Sample[]> = Object.fromEntries(names.map(name => [name, []]))
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length])
    for (const name of order) samples[name].push(await contenders[name](round))
  }
  return samples
}

class Bench {
  readonly registry: TestRegistry
  readonly work: string
  readonly npmrc: string
  readonly seed

  constructor(registry: TestRegistry, work: string, npmrc: string) {
    this.registry = registry
    this.work = work
    this.npmrc = npmrc
    this.seed = parseSeed(registry.seed)
  }

  code(): string {
    return codeAt(this.seed, Date.now() / 1000)
  }

  baseEnv(): NodeJS.ProcessEnv {
    return { PATH: process.env.PATH, HOME: this.work, TMPDIR: os.tmpdir() }
  }

  /**
   * The action as the runner runs it. Its compile cache is the bench's own (warm after the first
   * run), unless `cold`: then an empty one, as on a fresh hosted runner.
   */
  async action(cwd: string, inputs: Record<string, string>, build = ACTION, cold = false): Promise<Measured> {
    const files = await mkdtemp(join(this.work, 'run-'))
    const env: NodeJS.ProcessEnv = {
      ...this.baseEnv(),
      NODE_COMPILE_CACHE: cold ? await mkdtemp(join(this.work, 'cold-cache-')) : join(this.work, 'compile-cache'),
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: join(files, 'output'),
      GITHUB_STEP_SUMMARY: join(files, 'summary'),
      GITHUB_WORKSPACE: cwd,
      GITHUB_REPOSITORY: 'bench/bench',
      GITHUB_RUN_ID: '1',
      GITHUB_SHA: '0'.repeat(40),
      GITHUB_WORKFLOW: 'bench',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: files,
    }
    await writeFile(env.GITHUB_OUTPUT!, '')
    await writeFile(env.GITHUB_STEP_SUMMARY!, '')
    const all = { registry: this.registry.url, token: this.registry.token, 'otp-secret': this.registry.seed, ...inputs }
    Object.assign(env, runnerInputEnv(all))
    const result = await measure(process.execPath, [build], cwd, env)
    if (result.exitCode !== 0) throw new Error(`the action failed:\n${result.output}`)
    return result
  }

  /** The command line (bin/npm-otp-publish.js, running dist/cli.js) with the secrets in its environment. */
  async cli(cwd: string, args: string[]): Promise<Sample> {
    const env = { ...this.baseEnv(), NPM_TOKEN: this.registry.token, NPM_OTP_SECRET: this.registry.seed, npm_config_cache: join(this.work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' }
    const result = await measure(process.execPath, [CLI, ...args], cwd, env)
    if (result.exitCode !== 0) throw new Error(`npm-otp-publish ${args[0]} failed:\n${result.output}`)
    return result
  }

  async npmPublish(cwd: string): Promise<Sample> {
    const env = {
      ...this.baseEnv(),
      npm_config_userconfig: this.npmrc,
      npm_config_cache: join(this.work, 'npm-cache'),
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    }
    const args = ['publish', `--otp=${this.code()}`, '--registry', this.registry.url, '--ignore-scripts', '--loglevel=warn']
    const result = await measure('npm', args, cwd, env)
    if (result.exitCode !== 0) throw new Error(`npm publish failed:\n${result.output}`)
    return result
  }

  async floor(bodies: string[]): Promise<Sample> {
    const script = join(ROOT, 'bench', 'floor.mjs')
    const args = [script, this.registry.url, this.registry.token, this.code(), String(CONCURRENCY), ...bodies]
    const result = await measure(process.execPath, args, this.work, this.baseEnv())
    if (result.exitCode !== 0) throw new Error(`the floor failed:\n${result.output}`)
    return result
  }

  /** A publish body as libnpmpublish builds it, written to a file for the floor. */
  async body(dir: string, name: string, version: string): Promise<string> {
    const tarball = await pack(`file:${dir}`, { ignoreScripts: true })
    const file = `${name.replace('/', '-')}-${version}.tgz`
    const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`
    const body = {
      _id: name,
      name,
      'dist-tags': { latest: version },
      versions: {
        [version]: {
          name,
          version,
          _id: `${name}@${version}`,
          dist: { integrity, shasum: createHash('sha1').update(tarball).digest('hex'), tarball: new URL(`${name}/-/${file}`, this.registry.url).href },
        },
      },
      access: null,
      _attachments: { [file]: { content_type: 'application/octet-stream', data: tarball.toString('base64'), length: tarball.length } },
    }
    const folder = join(this.work, 'bodies', version)
    await mkdir(folder, { recursive: true })
    const path = join(folder, `${name.replace('/', '%2f')}.json`)
    await writeFile(path, JSON.stringify(body))
    return path
  }
}

/** The baseline build's median beside this build's, when BENCH_BASELINE names one. */
function baselineRow(medians: Record<string, number>): string[][] {
  if (medians.baseline === undefined) return []
  return [['', 'baseline build (BENCH_BASELINE)', fmt(medians.baseline), `action ${ratio(medians.action, medians.baseline)} of baseline`, '']]
}

async function main(): Promise<void> {
  const registry = await startRegistry()
  const work = await mkdtemp(join(os.tmpdir(), 'otp-publish-bench-'))
  const npmrc = join(work, 'npmrc')
  await writeFile(npmrc, `//${new URL(registry.url).host}/:_authToken=${registry.token}\n`)
  const bench = new Bench(registry, work, npmrc)
  const rows: string[][] = []
  const log = (text: string) => process.stderr.write(`${text}\n`)
  try {
    const runs = (scenario: number) => !ONLY || ONLY.includes(scenario)
    const small = (who: string) => join(work, 'small', who)
    const version = (round: number) => `1.0.${round}`
    const workspace = async (who: string, round: number): Promise<string> => {
      const root = join(work, `ws-${who}`)
      await makePackage(work, `ws-${who}`, { manifest: { name: `ws-${who}-root`, version: '0.0.0', private: true, workspaces: ['packages/*'] } })
      for (let i = 0; i < WORKSPACE_SIZE; i++) {
        const name = `bench-ws-${who}-${String(i).padStart(3, '0')}`
        await makePackage(join(root, 'packages'), name, { manifest: { name, version: version(round) } })
      }
      return root
    }
    if (runs(1)) {
      // 1. One small package.
      log(`1. one small package, ${ROUNDS} rounds`)
      const one = await alternate(ROUNDS, {
        action: async round => {
          await makePackage(join(work, 'small'), 'action', { manifest: { name: 'bench-small-action', version: version(round) } })
          return bench.action(small('action'), { package: '.' })
        },
        npm: async round => {
          await makePackage(join(work, 'small'), 'npm', { manifest: { name: 'bench-small-npm', version: version(round) } })
          return bench.npmPublish(small('npm'))
        },
        floor: async round => {
          await makePackage(join(work, 'small'), 'floor', { manifest: { name: 'bench-small-floor', version: version(round) } })
          return bench.floor([await bench.body(small('floor'), 'bench-small-floor', version(round))])
        },
        cold: async round => {
          await makePackage(join(work, 'small'), 'cold', { manifest: { name: 'bench-small-cold', version: version(round) } })
          return bench.action(small('cold'), { package: '.' }, ACTION, true)
        },
        ...(BASELINE && {
          baseline: async (round: number) => {
            await makePackage(join(work, 'small'), 'baseline', { manifest: { name: 'bench-small-baseline', version: version(round) } })
            return bench.action(small('baseline'), { package: '.' }, BASELINE)
          },
        }),
      })
      const m1 = Object.fromEntries(Object.entries(one).map(([name, samples]) => [name, median(samples.map(s => s.ms))]))
      rows.push(
        ['1. small package', 'action', fmt(m1.action), `${ratio(m1.action, m1.npm)} of npm (target <= 0.40)`, check(m1.action / m1.npm <= 0.4)],
        ['', 'npm publish --otp', fmt(m1.npm), '', ''],
        ['', 'floor (bare PUT)', fmt(m1.floor), `action ${ratio(m1.action, m1.floor)} of floor (target <= 1.25)`, check(m1.action / m1.floor <= 1.25)],
        ['', 'action, cold start (empty compile cache)', fmt(m1.cold), `${ratio(m1.cold, m1.action)} of the warm start`, ''],
        ...baselineRow(m1),
      )
    }

    if (runs(2)) {
      // 2. A workspace of 100 packages.
      log(`2. ${WORKSPACE_SIZE} packages, ${ROUNDS_MONOREPO} rounds`)
      const many = await alternate(ROUNDS_MONOREPO, {
        action: async round => bench.action(await workspace('action', round), { workspaces: 'true', concurrency: String(CONCURRENCY) }),
        npm: async round => {
          const root = await workspace('npm', round)
          let ms = 0
          let peakRssMb = 0
          for (let i = 0; i < WORKSPACE_SIZE; i++) {
            const sample = await bench.npmPublish(join(root, 'packages', `bench-ws-npm-${String(i).padStart(3, '0')}`))
            ms += sample.ms
            peakRssMb = Math.max(peakRssMb, sample.peakRssMb)
          }
          return { ms, peakRssMb }
        },
        floor: async round => {
          const root = await workspace('floor', round)
          const bodies: string[] = []
          for (let i = 0; i < WORKSPACE_SIZE; i++) {
            const name = `bench-ws-floor-${String(i).padStart(3, '0')}`
            bodies.push(await bench.body(join(root, 'packages', name), name, version(round)))
          }
          return bench.floor(bodies)
        },
        ...(BASELINE && {
          baseline: async (round: number) => bench.action(await workspace('baseline', round), { workspaces: 'true', concurrency: String(CONCURRENCY) }, BASELINE),
        }),
      })
      const m2 = Object.fromEntries(Object.entries(many).map(([name, samples]) => [name, median(samples.map(s => s.ms))]))
      rows.push(
        [`2. ${WORKSPACE_SIZE} packages`, 'action (one run)', fmt(m2.action), `npm loop ${ratio(m2.npm, m2.action, 'x')} slower (target >= 20x)`, check(m2.npm / m2.action >= 20)],
        ['', 'npm publish --otp loop', fmt(m2.npm), '', ''],
        ['', `floor (${WORKSPACE_SIZE} PUTs, ${CONCURRENCY} at once)`, fmt(m2.floor), `action ${ratio(m2.action, m2.floor)} of floor (target <= 1.5)`, check(m2.action / m2.floor <= 1.5)],
        ...baselineRow(m2),
      )
    }

    if (runs(3)) {
      // 3. A 50 MB incompressible tarball.
      log(`3. 50 MB tarball, ${ROUNDS_LARGE} rounds`)
      const blob = randomBytes(50 * 1024 * 1024).toString('latin1')
      const large = async (who: string, round: number) => {
        await makePackage(join(work, 'large'), who, { manifest: { name: `bench-large-${who}`, version: version(round) }, files: { 'blob.bin': blob } })
        return join(work, 'large', who)
      }
      const big = await alternate(ROUNDS_LARGE, {
        action: async round => bench.action(await large('action', round), { package: '.' }),
        npm: async round => bench.npmPublish(await large('npm', round)),
      })
      const m3 = Object.fromEntries(Object.entries(big).map(([name, samples]) => [name, { ms: median(samples.map(s => s.ms)), rss: median(samples.map(s => s.peakRssMb)) }]))
      rows.push(
        ['3. 50 MB tarball', 'action', `${fmt(m3.action.ms)}, ${m3.action.rss.toFixed(0)} MB peak RSS`, `RSS ${ratio(m3.action.rss, m3.npm.rss)} of npm (target <= 1.00)`, check(m3.action.rss <= m3.npm.rss)],
        ['', 'npm publish --otp', `${fmt(m3.npm.ms)}, ${m3.npm.rss.toFixed(0)} MB peak RSS`, `time ${ratio(m3.action.ms, m3.npm.ms)} of npm`, ''],
      )
    }

    if (runs(4)) {
      // 4. Start-up: a dry run of a small package.
      log(`4. dry-run, ${ROUNDS * 2} runs`)
      await makePackage(join(work, 'small'), 'dry', { manifest: { name: 'bench-dry', version: '1.0.0' } })
      const dry = await alternate(ROUNDS * 2, {
        action: async () => bench.action(small('dry'), { package: '.', 'dry-run': 'true' }),
        cold: async () => bench.action(small('dry'), { package: '.', 'dry-run': 'true' }, ACTION, true),
        ...(BASELINE && { baseline: async () => bench.action(small('dry'), { package: '.', 'dry-run': 'true' }, BASELINE) }),
      })
      const m4 = median(dry.action.map(s => s.ms))
      rows.push(['4. start-up (dry-run)', 'action', fmt(m4), 'target < 150 ms', check(m4 < 150)])
      const m4cold = median(dry.cold.map(s => s.ms))
      rows.push(['', 'action, cold start (empty compile cache)', fmt(m4cold), `${ratio(m4cold, m4)} of the warm start`, ''])
      if (dry.baseline) rows.push(...baselineRow({ action: m4, baseline: median(dry.baseline.map(s => s.ms)) }))
    }

    if (runs(5)) {
      // 5. The relay: the same workspace published by npm publish --workspaces through exec, against
      // npm publish --workspaces with one code (the gate accepts codes of the last 10 steps here, so
      // that one code can last the batch), and against our own publish. What the relay costs a
      // publish: the time exec adds to the same npm run, per package; beside what a package costs
      // our own publish, one at a time as npm sends them (and at its default concurrency).
      log(`5. relay, ${WORKSPACE_SIZE} packages, ${ROUNDS_RELAY} round(s)`)
      registry.acceptPreviousSteps = 10
      const relayRequests: number[] = []
      const relay = await alternate(ROUNDS_RELAY, {
        exec: async round => {
          const root = await workspace('exec', round)
          const start = registry.log.length
          const sample = await bench.cli(root, ['exec', '--registry', registry.url, '--', 'npm', 'publish', '--workspaces', '--ignore-scripts', '--loglevel=warn'])
          relayRequests.push(registry.log.length - start)
          return sample
        },
        npm: async round => {
          const root = await workspace('npmws', round)
          const env = { ...bench.baseEnv(), npm_config_userconfig: npmrc, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' }
          const result = await measure('npm', ['publish', '--workspaces', `--otp=${bench.code()}`, '--registry', registry.url, '--ignore-scripts', '--loglevel=warn'], root, env)
          if (result.exitCode !== 0) throw new Error(`npm publish --workspaces failed:\n${result.output}`)
          return result
        },
        ours: async round => bench.cli(await workspace('ours', round), ['publish', '--workspaces', '--concurrency', '1', '--registry', registry.url]),
        concurrent: async round => bench.cli(await workspace('concurrent', round), ['publish', '--workspaces', '--registry', registry.url]),
      })
      registry.acceptPreviousSteps = 1
      const m5 = Object.fromEntries(Object.entries(relay).map(([name, samples]) => [name, median(samples.map(sample => sample.ms))]))
      const perRequest = (m5.exec - m5.npm) / Math.max(1, median(relayRequests))
      const relayPerPublish = (m5.exec - m5.npm) / WORKSPACE_SIZE
      const oursPerPublish = m5.ours / WORKSPACE_SIZE
      rows.push(
        [`5. relay, ${WORKSPACE_SIZE} packages`, 'npm publish --workspaces through exec', fmt(m5.exec), `${relayPerPublish.toFixed(1)} ms per publish over a direct run (${perRequest.toFixed(1)} ms per request, ${median(relayRequests)} requests): ${ratio(relayPerPublish, oursPerPublish)} of our own publish's ${oursPerPublish.toFixed(1)} ms per package (target <= 1.05)`, check(relayPerPublish / oursPerPublish <= 1.05)],
        ['', 'npm publish --workspaces --otp (one code)', fmt(m5.npm), '', ''],
        ['', 'npm-otp-publish publish --workspaces --concurrency 1 (one at a time, as npm sends them)', fmt(m5.ours), '', ''],
        ['', `npm-otp-publish publish --workspaces (concurrency ${CONCURRENCY})`, fmt(m5.concurrent), `exec ${ratio(m5.exec, m5.concurrent)} of it`, ''],
      )
    }

    if (runs(6)) {
      // 6. A distant registry: every answer held back a round trip, every publish a storing time more.
      // The action against the npm loop and lerna at their defaults, and the ideal pipeline (every
      // publish at its own pace, `concurrency` at once) as the floor.
      const rtt = Number(process.env.BENCH_DISTANCE_RTT_MS ?? 60)
      const storing = Number(process.env.BENCH_DISTANCE_PUBLISH_MS ?? 800)
      log(`6. a registry ${rtt} ms away that takes ${storing} ms more per publish, ${WORKSPACE_SIZE} packages, ${ROUNDS_DISTANCE} round(s)`)
      registry.delayMs = rtt
      registry.publishDelayMs = storing
      const waited: number[] = []
      const lernaPublished: number[] = []
      const distance = await alternate(ROUNDS_DISTANCE, {
        action: async round => {
          const sample = await bench.action(await workspace('far-action', round), { workspaces: 'true', concurrency: String(CONCURRENCY) })
          waited.push(Number(/Waited ([\d.]+) s in all for fresh time steps/.exec(sample.output)?.[1] ?? 0) * 1000)
          return sample
        },
        npm: async round => {
          const root = await workspace('far-npm', round)
          let ms = 0
          for (let i = 0; i < WORKSPACE_SIZE; i++) ms += (await bench.npmPublish(join(root, 'packages', `bench-ws-far-npm-${String(i).padStart(3, '0')}`))).ms
          return { ms, peakRssMb: 0 }
        },
        lerna: async round => {
          const root = await workspace('far-lerna', round)
          await writeFile(join(root, 'lerna.json'), JSON.stringify({ version: 'independent', npmClient: 'npm' }))
          await writeFile(join(root, '.gitignore'), 'node_modules\n')
          const git = (...args: string[]) => measure('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], root, bench.baseEnv())
          await git('init', '-q', '.')
          await git('add', '-A')
          await git('commit', '-qm', 'release')
          const start = registry.log.length
          const env = { ...bench.baseEnv(), npm_config_userconfig: npmrc, npm_config_registry: registry.url, npm_config_update_notifier: 'false' }
          // lerna at its defaults, with one code for the run, as its --otp takes it (it may stop when the code expires).
          const sample = await measure(join(ROOT, 'node_modules', '.bin', 'lerna'), ['publish', 'from-package', '--yes', '--otp', bench.code(), '--registry', registry.url], root, env)
          lernaPublished.push(registry.log.slice(start).filter(record => record.method === 'PUT' && record.status === 201).length)
          return sample
        },
      })
      registry.delayMs = 0
      registry.publishDelayMs = 0
      const m6 = Object.fromEntries(Object.entries(distance).map(([name, samples]) => [name, median(samples.map(sample => sample.ms))]))
      const ideal = (WORKSPACE_SIZE * (storing + rtt)) / CONCURRENCY + rtt
      const waitedMs = median(waited)
      const waitShare = waitedMs / (m6.action * CONCURRENCY)
      rows.push(
        [`6. ${WORKSPACE_SIZE} packages, a registry ${rtt} ms away, ${storing} ms per publish`, 'action (one run)', fmt(m6.action), `${ratio(m6.action, ideal)} of the ideal pipeline (target <= 1.10); ${(waitedMs / 1000).toFixed(1)} s waiting for step edges, ${(waitShare * 100).toFixed(1)} % of the publishing time (target < 3 %)`, check(m6.action / ideal <= 1.1 && waitShare < 0.03)],
        ['', 'ideal pipeline (publishes x publish time / concurrency + a round trip)', fmt(ideal), '', ''],
        ['', 'npm publish --otp loop', fmt(m6.npm), `${ratio(m6.npm, m6.action, 'x')} the action`, ''],
        ['', 'lerna publish from-package --otp (its defaults)', fmt(m6.lerna), `published ${median(lernaPublished)} of ${WORKSPACE_SIZE} with one code`, ''],
      )
    }

  } finally {
    await registry.stop()
    await rm(work, { recursive: true, force: true })
  }

  const table = [
    '| scenario | contender | median | ratio | target |',
    '|---|---|---|---|---|',
    ...rows.map(row => `| ${row.join(' | ')} |`),
  ].join('\n')
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node ${process.versions.node}`
  console.log(`\n${table}\n\nMachine: ${machine}. Rounds: ${ROUNDS} / ${ROUNDS_MONOREPO} / ${ROUNDS_LARGE} / ${ROUNDS * 2}.`)
  if (process.argv.includes('--write')) {
    const file = join(ROOT, 'BENCHMARKS.md')
    const text = await readFile(file, 'utf8').catch(() => '')
    const start = '<!-- bench:start -->'
    const end = '<!-- bench:end -->'
    const block = `${start}\nLatest run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`npm run bench -- --write\`.\n\nMachine: ${machine}. Rounds: ${ROUNDS} (scenario 1), ${ROUNDS_MONOREPO} (2), ${ROUNDS_LARGE} (3), ${ROUNDS * 2} (4), ${ROUNDS_RELAY} (5).\n\n${table}\n${end}`
    const next = text.includes(start) ? text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length) : `${text}\n${block}\n`
    await writeFile(file, next)
  }
}

function fmt(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`
}

function ratio(a: number, b: number, unit = ''): string {
  return `${(a / b).toFixed(2)}${unit}`
}

function check(ok: boolean): string {
  return ok ? 'met' : 'missed'
}

await main()
