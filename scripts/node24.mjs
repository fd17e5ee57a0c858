// Runs a command with Node 24 (the action's runtime, .node-version) first on PATH, for the
// development scripts: `node scripts/node24.mjs node --test ...`, `... depcruise src`.
//
// With Node 24 or newer already running, that is this Node. Otherwise the Node 24 the npm registry
// serves for this platform (package node-<os>-<arch>) is installed once into
// node_modules/.cache/node24: a development tool, so it is no dependency of the package, and a
// user who installs npm-otp-publish gets no Node from it.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const wanted = readFileSync(join(root, '.node-version'), 'utf8').trim()
const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('Usage: node scripts/node24.mjs <command> [args...]')
  process.exit(2)
}

/** The folder of a Node 24 binary: this one, or the registry's, installed on first use. */
function node24Folder() {
  if (Number(process.versions.node.split('.')[0]) >= Number(wanted.split('.')[0])) return dirname(process.execPath)
  const name = `node-${process.platform}-${process.arch}`
  if (!['linux', 'darwin'].includes(process.platform)) {
    console.error(`These scripts need Node ${wanted} (see .node-version); this is Node ${process.versions.node}. Install Node ${wanted} and run again.`)
    process.exit(1)
  }
  const prefix = join(root, 'node_modules', '.cache', 'node24')
  const bin = join(prefix, 'node_modules', name, 'bin')
  if (!existsSync(join(bin, 'node'))) {
    console.error(`Node ${process.versions.node} is running; installing Node ${wanted} from the npm registry (${name}@${wanted}) into node_modules/.cache/node24 ...`)
    const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `${name}@${wanted}`], { stdio: 'inherit' })
    if (npm.status !== 0 || !existsSync(join(bin, 'node'))) {
      console.error(`Could not install ${name}@${wanted}. Install Node ${wanted} (see .node-version) and run again.`)
      process.exit(1)
    }
  }
  return bin
}

const folder = node24Folder()
const PATH = [folder, join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter)
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, PATH } })
child.on('error', error => {
  console.error(`Could not run ${command}: ${error.message}`)
  process.exit(1)
})
child.on('exit', (code, signal) => (signal ? process.kill(process.pid, signal) : process.exit(code ?? 1)))
