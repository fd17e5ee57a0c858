import { access, realpath, stat } from 'node:fs/promises'
import { basename, delimiter, dirname, join } from 'node:path'
import npmFetch from 'npm-registry-fetch'
import { InvalidInputError, NpmConfigError, messageOf } from '../errors.ts'
import type { Logger } from '../log.ts'

/** npm's own default registry. */
export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/'

/**
 * npm's configuration as `npm publish` would see it in this job, read by npm's
 * own loader (@npmcli/config with npm's definitions): the builtin, global,
 * user and project .npmrc files and every `npm_config_*` variable, in npm's
 * order, with `${VAR}` expanded.
 */
export interface NpmConfig {
  /**
   * npm's flat options for npm-registry-fetch, limited to where to go and
   * with what: the registry, scoped registries, credentials under their
   * registries ("nerf darts"). The action sets the rest itself (no cache, its
   * own retries, time-outs, codes and user agent).
   */
  options: Record<string, unknown>
  /** How to connect, as npm would: CA, strict-ssl, client certificate, proxies, local address, sockets. */
  network: Record<string, unknown>
  /**
   * The same from the runner's layers only, without the repository's .npmrc:
   * for requests that carry the workflow's secrets (the "token" input, codes),
   * so that the repository cannot route them through a proxy of its choosing
   * or turn certificate checks off.
   */
  runnerNetwork: Record<string, unknown>
  /** The network keys the repository's .npmrc sets (ignored for the workflow's registry), for the log. */
  projectNetworkKeys: string[]
  /** Where a key's value came from, for the log: "user config /home/me/.npmrc", "npm_config_registry", "npm's default". */
  sourceOf(key: string): string
  /**
   * A key as the runner's configuration alone sets it (npm_config_* variables, the user, global
   * and builtin config, npm's defaults), without the repository's .npmrc, and where it was set.
   */
  runnerValue(key: string): { value: unknown; source: string } | undefined
}

/** The layers that belong to the runner and the workflow, highest first: everything but the repository's .npmrc. */
const RUNNER_LAYERS = ['env', 'user', 'global', 'builtin', 'default'] as const

/** Flat options that say how to connect, and the configuration keys they come from. */
const NETWORK_OPTIONS = ['ca', 'cert', 'key', 'strictSSL', 'proxy', 'httpsProxy', 'noProxy', 'localAddress', 'maxSockets']
const NETWORK_KEYS = ['ca', 'cafile', 'cert', 'key', 'strict-ssl', 'proxy', 'https-proxy', 'noproxy', 'local-address', 'maxsockets']
/** Keys whose invalid value npm would replace by its default: for these a run stops, since the default could send a package somewhere else. */
const MUST_BE_VALID = new Set(['registry', 'proxy', 'https-proxy', 'strict-ssl', 'ca', 'cafile'])

export interface ConfigSources {
  env: NodeJS.ProcessEnv
  /** Where `npm publish` would run: npm finds the project (and its .npmrc) from here, up to a workspace root. */
  cwd: string
  logger: Logger
}

/**
 * Load npm's configuration as the npm of this job would: the `node` and `npm`
 * first on PATH decide the global prefix (`<prefix>/etc/npmrc`) and the builtin
 * config, as they do for `npm publish`. A file npm cannot use stops the run
 * with a message that names it.
 */
export async function loadNpmConfig({ env, cwd, logger }: ConfigSources): Promise<NpmConfig> {
  const [{ default: Config }, { default: npmDefinitions }, npm] = await Promise.all([
    import('@npmcli/config'),
    import('@npmcli/config/lib/definitions/index.js'),
    findNpm(env),
  ])
  const { definitions, flatten, nerfDarts, shorthands } = npmDefinitions
  const config = new Config({ definitions, flatten, nerfDarts, shorthands, npmPath: npm.root, execPath: npm.node, env: { ...env }, argv: [], cwd, warn: false })
  try {
    await config.load()
  } catch (error) {
    throw new NpmConfigError(undefined, messageOf(error), { cause: error })
  }
  const fileOf = (where: string) => (where === 'env' ? 'npm_config_* in the environment' : (config.data.get(where as never)?.source ?? where))
  for (const where of ['global', 'user', 'project'] as const) {
    const error = config.data.get(where)?.loadError
    if (error && error.code !== 'ENOENT') {
      logger.warning(`npm's ${where} config ${fileOf(where)} cannot be read (${error.code ?? error.message}); npm skips it too, and so does this run.`)
    }
  }

  // A registry that is not a URL: npm's own check would crash on it, and falling back to npmjs could publish where nobody meant to.
  for (const where of ['builtin', 'global', 'user', 'project', 'env'] as const) {
    for (const [key, value] of Object.entries(config.data.get(where)?.data ?? {})) {
      if (/^(@[^:]+:)?registry$/i.test(key) && !URL.canParse(String(value))) {
        throw new NpmConfigError(fileOf(where), `the value of "${key}" is not a URL. Fix it or remove the line`)
      }
    }
  }
  const invalid: { key: string; where: string }[] = []
  config.invalidHandler = (key, _value, _type, _source, where) => invalid.push({ key, where })
  try {
    config.validate()
  } catch (error) {
    const problems = (error as { problems?: { where: string }[] }).problems
    if ((error as { code?: string }).code !== 'ERR_INVALID_AUTH' || !problems) throw error
    // npm refuses these too: credentials that are not tied to a registry.
    const files = [...new Set(problems.map(problem => fileOf(problem.where)))]
    throw new NpmConfigError(files.join(', '), `${messageOf(error).split('\n')[0].replace(/ in (\w+) config/g, '')}. Run "npm config fix" or tie the credential to its registry ("//host/:_authToken=...")`, { cause: error })
  }
  for (const { key, where } of invalid) {
    // Never the value: a proxy URL or a registry URL may hold credentials.
    const problem = `the value of "${key}" is not valid for npm`
    if (MUST_BE_VALID.has(key)) throw new NpmConfigError(fileOf(where), `${problem}. Fix it or remove the line`)
    logger.warning(`npm's config ${fileOf(where)}: ${problem}, so npm ignores it, and so does this run.`)
  }

  const cafile = config.get('cafile')
  if (typeof cafile === 'string' && cafile !== '') {
    await access(cafile).catch((error: NodeJS.ErrnoException) => {
      throw new NpmConfigError(fileOf(config.find('cafile') ?? 'default'), `"cafile" names ${cafile}, which cannot be read (${error.code}). Point it at the PEM file of the registry's certificate authority`)
    })
  }
  let flat: Record<string, unknown>
  const runnerFlat: Record<string, unknown> = {}
  try {
    flat = config.flat
    // As config.flat does, lowest layer first, without the repository's .npmrc.
    for (const [where, layer] of config.data) if (where !== 'project') flatten(layer.data, runnerFlat)
  } catch (error) {
    throw new NpmConfigError(fileOf(config.find('cafile') ?? 'default'), messageOf(error), { cause: error })
  }
  const pick = (from: Record<string, unknown>, keep: (key: string) => boolean) => Object.fromEntries(Object.entries(from).filter(([key]) => keep(key)))
  const options = pick(flat, key => key === 'registry' || key.startsWith('//') || /^@[^:]+:registry$/i.test(key))
  maskCredentials(options, logger)
  const projectLayer = config.data.get('project')?.data ?? {}
  const describe = (key: string, where: string | null) => {
    if (where === null || where === 'default') return "npm's default"
    if (where === 'env') return `npm_config_${key.replace(/-/g, '_')} in the environment`
    return `${where} config ${fileOf(where)}`
  }
  return {
    options,
    network: pick(flat, key => NETWORK_OPTIONS.includes(key)),
    runnerNetwork: pick(runnerFlat, key => NETWORK_OPTIONS.includes(key)),
    projectNetworkKeys: NETWORK_KEYS.filter(key => Object.hasOwn(projectLayer, key)),
    sourceOf: key => describe(key, config.find(key)),
    runnerValue(key) {
      for (const where of RUNNER_LAYERS) {
        const value = config.get(key, where)
        if (value !== undefined && value !== null && value !== '') return { value, source: describe(key, where) }
      }
      return undefined
    },
  }
}

/** Shortest decoded password worth masking: masking a few common characters would blank out the log, and nothing prints it. */
const MIN_MASKED_PASSWORD = 6

/** Mask every credential in the configuration, for any registry, before anything could print one: tokens, `_auth`, `_password`, and the passwords inside them. */
function maskCredentials(options: Record<string, unknown>, logger: Logger): void {
  for (const [key, value] of Object.entries(options)) {
    const kind = /:(_authToken|_auth|_password)$/.exec(key)?.[1]
    if (!kind || typeof value !== 'string' || value === '' || /\$\{[^}]+\}/.test(value)) continue
    logger.secret(value)
    if (kind === '_authToken') continue
    const decoded = Buffer.from(value, 'base64').toString('utf8')
    const password = kind === '_auth' ? decoded.slice(decoded.indexOf(':') + 1) : decoded
    if (password.length >= MIN_MASKED_PASSWORD) logger.secret(password)
    if (kind === '_auth') logger.secret(decoded)
  }
}

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

async function firstFile(folders: string[], name: string): Promise<string | undefined> {
  for (const folder of folders) {
    const path = join(folder, name)
    if (await stat(path).then(info => info.isFile(), () => false)) return path
  }
  return undefined
}

/** Parse and normalise a registry URL (trailing slash kept, as npm does). */
export function normaliseRegistry(value: string, input: string): string {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new InvalidInputError(input, `"${value}" is not a URL. Give the registry's full address, such as ${DEFAULT_REGISTRY}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidInputError(input, `"${value}" is not an http(s) URL. Give the registry's full address, such as ${DEFAULT_REGISTRY}`)
  }
  if (url.username || url.password) {
    throw new InvalidInputError(input, 'the registry URL must not hold credentials; give the token in the "token" input instead')
  }
  if (url.search || url.hash) {
    throw new InvalidInputError(input, `"${value}" has a query or fragment; give the registry's base address, such as ${DEFAULT_REGISTRY}`)
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url.href
}

export interface RegistryChoice {
  url: string
  /** Where the registry came from, for the log. */
  source: string
}

/** The registry to publish to: the input, then publishConfig, then npm config (scoped first), then npm's default. */
export function chooseRegistry(input: string | undefined, packageName: string, publishConfig: Record<string, unknown>, config: NpmConfig): RegistryChoice {
  if (input) return { url: normaliseRegistry(input, 'registry'), source: 'the "registry" input' }
  const scope = packageName.startsWith('@') ? packageName.slice(0, packageName.indexOf('/')) : undefined
  const candidates: [unknown, string, string][] = [
    [scope && publishConfig[`${scope}:registry`], `publishConfig["${scope}:registry"] in package.json`, 'package'],
    [publishConfig.registry, 'publishConfig.registry in package.json', 'package'],
    [scope && config.options[`${scope}:registry`], scope ? `"${scope}:registry" in ${config.sourceOf(`${scope}:registry`)}` : '', 'registry'],
    [config.options.registry, `"registry" in ${config.sourceOf('registry')}`, 'registry'],
  ]
  for (const [value, source, input] of candidates) {
    if (typeof value === 'string' && value.trim() !== '') return { url: normaliseRegistry(value, input), source }
  }
  return { url: DEFAULT_REGISTRY, source: "npm's default" }
}

/**
 * The registry the workflow names for a package, the only one that gets the "token" input and
 * one-time passwords: the "registry" input; else the runner's npm configuration (npm_config_*,
 * the user and global npmrc: what setup-node and the runner image set), scoped registry first;
 * else npm's default. Never publishConfig or the repository's .npmrc.
 */
export function workflowRegistry(input: string | undefined, packageName: string, config: NpmConfig): RegistryChoice {
  if (input) return { url: normaliseRegistry(input, 'registry'), source: 'the "registry" input' }
  const scope = packageName.startsWith('@') ? packageName.slice(0, packageName.indexOf('/')) : undefined
  for (const key of [scope && `${scope}:registry`, 'registry']) {
    const found = key ? config.runnerValue(key) : undefined
    if (typeof found?.value === 'string' && found.value.trim() !== '') return { url: normaliseRegistry(found.value, 'registry'), source: `"${key}" in ${found.source}` }
  }
  return { url: DEFAULT_REGISTRY, source: "npm's default" }
}

/** The "nerf dart" key prefix under which npm keeps a registry's credentials: `//host:port/path/`. */
export function nerfDart(registry: string): string {
  const url = new URL(registry)
  return `//${url.host}${url.pathname}`
}

/** The credentials npm would send to this registry, from the npm configuration: a token, or basic auth (`_auth`, username + `_password`). */
export function credentialsFromConfig(registry: string, config: NpmConfig): { token?: string; basic?: string } {
  const auth = npmFetch.getAuth(registry, { ...config.options, registry })
  const usable = (value: string | null | undefined) => (typeof value === 'string' && value !== '' && !/\$\{[^}]+\}/.test(value) ? value : undefined)
  // A "${NODE_AUTH_TOKEN}" left as written (setup-node's .npmrc with the variable unset) is no credential: npm would send the placeholder.
  return { token: usable(auth.token), basic: usable(auth.auth) }
}
