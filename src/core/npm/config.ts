import { existsSync } from 'node:fs'
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from '../../common/log.ts'
import { NpmConfigError, messageOf } from '../errors.ts'
import { findNpm } from './location.ts'

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
  /** The project's .npmrc, the one npm reads from where it runs (whether or not it exists). */
  projectFile: string | undefined
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
    const problems = (error as { problems?: AuthProblem[] }).problems
    if ((error as { code?: string }).code !== 'ERR_INVALID_AUTH' || !problems) throw error
    // This loader is newer than npm 11, which still publishes with a top-level email= (or
    // certfile=, keyfile=) that older npm adduser and setup-node wrote: those only warn, as in npm 11.
    for (const problem of problems.filter(isLegacyKey)) {
      logger.warning(`npm's config ${fileOf(problem.where)} has a top-level "${keyOf(problem)}", which npm no longer uses; npm 11 ignores it, and so does this run.`)
    }
    const refused = problems.filter(problem => !isLegacyKey(problem))
    if (refused.length) {
      // npm refuses these too: credentials that are not tied to a registry.
      const files = [...new Set(refused.map(problem => fileOf(problem.where)))]
      const fixes = refused.map(problem => (problem.action === 'rename' ? `"${problem.from}" must be renamed to "${problem.to}"` : `"${problem.key}" must be removed`))
      throw new NpmConfigError(files.join(', '), `${fixes.join('; ')}. Run "npm config fix", or tie the credential to its registry ("//host/:_authToken=...")`, { cause: error })
    }
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
    projectFile: config.data.get('project')?.source ?? undefined,
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

/**
 * An .npmrc in a package's folder that npm does not read (it reads only the project's, where it
 * runs, besides the user's and the global one), for the message that would have needed it.
 */
export function npmrcNotRead(folder: string | undefined, config: NpmConfig): string | undefined {
  if (!folder) return undefined
  const file = join(folder, '.npmrc')
  return file !== config.projectFile && existsSync(file) ? file : undefined
}

/** One of the problems npm's loader finds in the credentials of a file. */
interface AuthProblem {
  action: 'delete' | 'rename'
  key?: string
  from?: string
  to?: string
  where: string
}

const keyOf = (problem: AuthProblem) => problem.key ?? problem.from ?? ''

/** Keys npm 11 still accepts at the top level (a newer loader asks for them under a registry). */
const LEGACY_KEYS = new Set(['email', 'certfile', 'keyfile'])
const isLegacyKey = (problem: AuthProblem) => LEGACY_KEYS.has(keyOf(problem))

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

