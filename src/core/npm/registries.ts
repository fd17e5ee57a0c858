/**
 * Where each package goes, and with which credentials: the registry it is published to, the
 * registry the run's own secrets may go to (the token and the codes), and what npm's configuration
 * binds to a registry.
 */
import npmFetch from 'npm-registry-fetch'
import { plain, type Text } from '../../common/text.ts'
import { InvalidManifestError, InvalidSettingError, NpmConfigError } from '../errors.ts'
import { lines } from '../lines.ts'
import type { NpmConfig } from './config.ts'

/** npm's own default registry. */
export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/'

/**
 * A registry URL as npm keeps it (trailing slash added), or why it cannot be one. Says nothing of
 * where the value came from: the caller names that.
 */
export function registryUrl(value: string): { url: string } | { problem: string } {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return { problem: `"${value}" is not a URL. Give the registry's full address, such as ${DEFAULT_REGISTRY}` }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: `"${value}" is not an http(s) URL. Give the registry's full address, such as ${DEFAULT_REGISTRY}` }
  }
  // Never the value: it holds a password.
  if (url.username || url.password) return { problem: 'the registry URL holds credentials; give the address alone, and the token as a token' }
  if (url.search || url.hash) return { problem: `"${value}" has a query or fragment; give the registry's base address, such as ${DEFAULT_REGISTRY}` }
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return { url: url.href }
}

export interface RegistryChoice {
  url: string
  /** Where the registry came from, for the log. */
  source: Text
}

/** A candidate registry: its value, where it came from, and the error to raise when it is not a URL. */
type Candidate = [value: unknown, source: Text, invalid: (problem: string) => Error]

function first(candidates: Candidate[]): RegistryChoice {
  for (const [value, source, invalid] of candidates) {
    if (typeof value !== 'string' || value.trim() === '') continue
    const parsed = registryUrl(value)
    if ('problem' in parsed) throw invalid(parsed.problem)
    return { url: parsed.url, source }
  }
  return { url: DEFAULT_REGISTRY, source: plain("npm's default") }
}

/**
 * For one package: `registry`, where it is published (the request's registry, then publishConfig,
 * then npm's configuration, scoped first, then npm's default), and `workflow`, the only registry
 * that gets the request's token and one-time passwords: the request's registry, else the runner's
 * npm configuration (npm_config_*, the user and global npmrc: what setup-node and the runner image
 * set), else npm's default. Never publishConfig or the repository's .npmrc for the latter.
 */
export function registriesFor(
  name: string,
  location: string,
  requested: string | undefined,
  publishConfig: Record<string, unknown>,
  config: NpmConfig,
): { registry: RegistryChoice; workflow: RegistryChoice } {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined
  const keys = [...(scope ? [`${scope}:registry`] : []), 'registry']
  const fromRequest: Candidate = [requested, lines.requestedRegistry(), problem => new InvalidSettingError('registry', problem)]
  const fromPackage: Candidate[] = keys.map(key => [
    publishConfig[key],
    plain(key === 'registry' ? 'publishConfig.registry in package.json' : `publishConfig["${key}"] in package.json`),
    problem => new InvalidManifestError(location, `publishConfig["${key}"] in its package.json: ${problem}`),
  ])
  const fromConfig = (value: (key: string) => { value: unknown; source: string } | undefined): Candidate[] =>
    keys.map(key => {
      const found = value(key)
      const source = `"${key}" in ${found?.source ?? "npm's configuration"}`
      return [found?.value, plain(source), problem => new NpmConfigError(undefined, `${source}: ${problem}`)]
    })
  const everyLayer = (key: string) => ({ value: config.options[key], source: config.sourceOf(key) })
  return {
    registry: first([fromRequest, ...fromPackage, ...fromConfig(everyLayer)]),
    workflow: first([fromRequest, ...fromConfig(key => config.runnerValue(key))]),
  }
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

/** Whether npm's configuration has a token or basic auth for the registry. */
export function hasCredentials(registry: string, config: NpmConfig): boolean {
  const { token, basic } = credentialsFromConfig(registry, config)
  return token !== undefined || basic !== undefined
}
