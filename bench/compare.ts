/**
 * Paired start-up comparison of two builds of the action: each runs a dry run
 * of the same small package against the same local registry, alternating which
 * goes first, and the medians are printed. For a change whose cost is smaller
 * than the noise between two `npm run bench` runs.
 *
 *   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npm run build)
 *   node bench/compare.ts /tmp/before/dist/index.js dist/index.js [rounds, default 40]
 */
import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { runnerInputEnv } from '../__tests__/support/metadata.ts'
import { startRegistry } from '../__tests__/support/registry.ts'

const [first, second, roundsArgument] = process.argv.slice(2)
if (!first || !second) {
  console.error('Usage: node bench/compare.ts <dist/index.js of build A> <dist/index.js of build B> [rounds]')
  process.exit(2)
}
const builds = [resolve(first), resolve(second)]
const rounds = Number(roundsArgument ?? 40)
const registry = await startRegistry()
try {
  const dir = await mkdtemp(join(tmpdir(), 'otp-publish-compare-'))
  await writeFile(join(dir, 'package.json'), '{"name":"compare-probe","version":"1.0.0"}\n')
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    ...runnerInputEnv({ registry: registry.url, token: registry.token, 'dry-run': 'true' }),
  }
  await writeFile(env.GITHUB_OUTPUT, '')
  await writeFile(env.GITHUB_STEP_SUMMARY, '')
  const times: number[][] = [[], []]
  // Two warm-up rounds fill Node's compile cache for both builds.
  for (let round = 0; round < rounds + 2; round++) {
    const order = round % 2 ? [0, 1] : [1, 0]
    for (const which of order) {
      const started = performance.now()
      await promisify(execFile)(process.execPath, [builds[which]], { cwd: dir, env })
      if (round >= 2) times[which].push(performance.now() - started)
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  for (const [index, build] of builds.entries()) console.log(`${median(times[index]).toFixed(1)} ms  ${build}`)
} finally {
  await registry.stop()
}
