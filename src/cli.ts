// The command line's entry (dist/cli.js, run by bin/npm-otp-publish.js): the same core as the
// action, with its own face (src/cli/). Like the action's entry, it turns on the compile cache first.
import module from 'node:module'
import manifest from '../package.json' with { type: 'json' }
import { takeHandover } from './isolate.ts'

// In a process restarted without its secret variables (package scripts will run): take them back.
const handed = takeHandover()

module.enableCompileCache?.()
const { runCli } = await import('./cli/main.ts')
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  version: manifest.version,
  isTTY: process.stderr.isTTY,
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  handed,
})
