/**
 * Where the npm of this job lives, as `npm publish` would be found: the first `node` and `npm` on
 * PATH. Its folder holds npm's builtin configuration and the node-gyp it gives package scripts.
 */
import { realpath, stat } from 'node:fs/promises'
import { basename, delimiter, dirname, join } from 'node:path'

/**
 * The `node` and `npm` that `npm publish` would run in this job: the first on
 * PATH. npm's global prefix is the folder above that node's, and its builtin
 * config lives in npm's own folder.
 */
export async function findNpm(env: NodeJS.ProcessEnv): Promise<{ node: string; root: string }> {
  const folders = (env.PATH ?? '').split(delimiter).filter(Boolean)
  const windows = process.platform === 'win32'
  const node = (await firstFile(folders, windows ? 'node.exe' : 'node')) ?? process.execPath
  if (windows) return { node, root: join(dirname(node), 'node_modules', 'npm') }
  const npmBin = await firstFile(folders, 'npm')
  const real = npmBin ? await realpath(npmBin).catch(() => undefined) : undefined
  const root = real && basename(real) === 'npm-cli.js' ? dirname(dirname(real)) : join(dirname(dirname(node)), 'lib', 'node_modules', 'npm')
  return { node, root }
}

/**
 * The node-gyp that package scripts get (npm_config_node_gyp), as npm gives them its own. Without
 * one, @npmcli/run-script resolves node-gyp from its own node_modules, which the bundle has not.
 */
export async function nodeGypOf(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.npm_config_node_gyp) return env.npm_config_node_gyp
  const { root } = await findNpm(env)
  const bundled = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  // 'node-gyp' (on PATH) is the last resort; only a script that calls node-gyp would notice.
  return (await isFile(bundled)) ? bundled : 'node-gyp'
}

async function firstFile(folders: string[], name: string): Promise<string | undefined> {
  for (const folder of folders) {
    const path = join(folder, name)
    if (await isFile(path)) return path
  }
  return undefined
}

function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    info => info.isFile(),
    () => false,
  )
}
