import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { parse as parseIni } from 'ini'
import npmFetch from 'npm-registry-fetch'
import { InvalidInputError } from '../errors.ts'

/** npm's own default registry. */
export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/'

/** Flat npm configuration, as npm-registry-fetch reads it (`registry`, `@scope:registry`, `//host/:_authToken`, ...). */
export type NpmConfig = Record<string, string>

export interface ConfigSources {
  env: NodeJS.ProcessEnv
  /** Folders whose .npmrc is a project config, lowest precedence first (workspace root, then package folder). */
  projectDirs: string[]
}

/**
 * Read the npm configuration that `npm publish` would see for the keys we use:
 * the user .npmrc (NPM_CONFIG_USERCONFIG, as actions/setup-node writes it, else
 * ~/.npmrc), then the project .npmrc files, then `npm_config_*` variables.
 * `${VAR}` in values is replaced from the environment, as npm does.
 */
export async function readNpmConfig({ env, projectDirs }: ConfigSources): Promise<NpmConfig> {
  const userConfig = env.NPM_CONFIG_USERCONFIG || env.npm_config_userconfig || join(env.HOME || homedir(), '.npmrc')
  const files = [userConfig, ...new Set(projectDirs.map(dir => join(dir, '.npmrc')))]
  const config: NpmConfig = {}
  for (const file of files) Object.assign(config, await readNpmrc(file, env))
  for (const [key, value] of Object.entries(env)) {
    const match = /^npm_config_(.+)$/i.exec(key)
    if (match && value !== undefined && /^(registry|@[^:]+:registry)$/i.test(match[1])) {
      config[match[1].toLowerCase()] = value
    }
  }
  return config
}

async function readNpmrc(file: string, env: NodeJS.ProcessEnv): Promise<NpmConfig> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return {}
  }
  const config: NpmConfig = {}
  for (const [key, value] of Object.entries(parseIni(text))) {
    if (typeof value === 'string') config[key] = expandEnv(value, env)
  }
  return config
}

/** npm's `${VAR}` / `${VAR?}` substitution. An unset variable without `?` stays as written, as in npm. */
export function expandEnv(value: string, env: NodeJS.ProcessEnv): string {
  return value.replace(/(?<!\\)\$\{([^${}?]+)(\?)?\}/g, (match, name: string, optional?: string) => {
    const found = env[name]
    if (found !== undefined) return found
    return optional ? '' : match
  })
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
export function chooseRegistry(
  input: string | undefined,
  packageName: string,
  publishConfig: Record<string, unknown>,
  config: NpmConfig,
): RegistryChoice {
  if (input) return { url: normaliseRegistry(input, 'registry'), source: 'the "registry" input' }
  const scope = packageName.startsWith('@') ? packageName.slice(0, packageName.indexOf('/')) : undefined
  const candidates: [unknown, string][] = [
    [scope && publishConfig[`${scope}:registry`], `publishConfig["${scope}:registry"] in package.json`],
    [publishConfig.registry, 'publishConfig.registry in package.json'],
    [scope && config[`${scope}:registry`], `"${scope}:registry" in the npm configuration`],
    [config.registry, '"registry" in the npm configuration'],
  ]
  for (const [value, source] of candidates) {
    if (typeof value === 'string' && value.trim() !== '') {
      return { url: normaliseRegistry(value, source.includes('publishConfig') ? 'package' : 'registry'), source }
    }
  }
  return { url: DEFAULT_REGISTRY, source: "npm's default" }
}

/** The "nerf dart" key prefix under which npm keeps a registry's credentials: `//host:port/path/`. */
export function nerfDart(registry: string): string {
  const url = new URL(registry)
  return `//${url.host}${url.pathname}`
}

/** The token npm would send to this registry, from the npm configuration. */
export function tokenFromConfig(registry: string, config: NpmConfig): string | undefined {
  const token = npmFetch.getAuth(registry, { ...config, registry }).token
  return typeof token === 'string' && token !== '' ? token : undefined
}
