/**
 * The environment a release tool runs in behind the relay: the relay as its registry and a
 * credential made for this run, in the forms each client reads, and none of the run's secrets.
 *
 * - npm reads `npm_config_registry` (which beats a project .npmrc's registry=) and the user npmrc
 *   that `npm_config_userconfig` names (where the relay's credential is bound to its host: npm cannot
 *   take a host-bound token from a variable);
 * - pnpm 12 reads its own `pnpm_config_*` variables (the registry, and `pnpm_config_//host/:_authToken`)
 *   and the same user npmrc;
 * - yarn berry reads `YARN_NPM_REGISTRY_SERVER`, `YARN_NPM_PUBLISH_REGISTRY`, `YARN_NPM_AUTH_TOKEN`,
 *   and allows plain http to 127.0.0.1 only with `YARN_UNSAFE_HTTP_WHITELIST`;
 * - lerna reads tokens only from npmrc files (the user npmrc above);
 * - tools that write their own .npmrc from `NPM_TOKEN` / `NODE_AUTH_TOKEN` (semantic-release) get the
 *   run's credential there.
 * Scoped registries of the run's scopes point at the relay too, from the environment, which beats
 * a committed `@scope:registry=` line.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { holdsSeed, type TotpSeed } from '../otp/seed.ts'

export interface ClientSetup {
  /** The relay's address, with a trailing slash. */
  relay: string
  /** The credential made for this run, valid only at the relay while it runs. */
  credential: string
  /** The scopes of the run's packages (`@acme`). */
  scopes: string[]
  /** A folder of the run's own, for the user npmrc. */
  folder: string
  secrets: RunSecrets
}

/** The run's secrets: tokens (the run's and every credential npm's configuration holds) and the seed. */
export interface RunSecrets {
  tokens: string[]
  seed: TotpSeed | undefined
}

/** Variables that carry credentials in npm's, pnpm's or yarn's own forms: none of them reaches the command. */
const CREDENTIAL_VARIABLE = /^(npm|pnpm)_config_.*(_auth|_authtoken|_password|:username|:email|certfile|keyfile)$|^YARN_NPM_AUTH_(TOKEN|IDENT)$|^YARN_NPM_.*AUTH/i

/**
 * A variable's name as the clients compare names: npm's and pnpm's loaders read `npm_config_*` in
 * any case, so `NPM_CONFIG_USERCONFIG` and `npm_config_userconfig` are one setting, and which one
 * wins depends on their order in the environment (which a shell in between changes).
 */
const spelling = (name: string) => name.toLowerCase()

/** The shortest token worth looking for inside other values (a shorter one would match by chance). */
const MIN_TOKEN_LENGTH = 8

/**
 * The command's environment: `base` (the job's, without the run's secret variables), minus any
 * variable that holds registry credentials by its name or a secret of the run by its value, plus
 * the relay's address and credential in each client's form, each in one spelling only. Writes the
 * user npmrc it names into `setup.folder`.
 */
export async function clientEnvironment(base: NodeJS.ProcessEnv, setup: ClientSetup): Promise<NodeJS.ProcessEnv> {
  const { relay, credential, scopes, folder, secrets } = setup
  const host = new URL(relay).host
  const nerf = `//${host}/`
  const npmrc = join(folder, 'npmrc')
  const lines = [`registry=${relay}`, `${nerf}:_authToken=${credential}`, ...scopes.map(scope => `${scope}:registry=${relay}`)]
  await writeFile(npmrc, `${lines.join('\n')}\n`, { mode: 0o600 })

  const ours: NodeJS.ProcessEnv = {
    npm_config_registry: relay,
    npm_config_userconfig: npmrc,
    pnpm_config_registry: relay,
    [`pnpm_config_${nerf}:_authToken`]: credential,
    YARN_NPM_REGISTRY_SERVER: relay.replace(/\/$/, ''),
    YARN_NPM_PUBLISH_REGISTRY: relay.replace(/\/$/, ''),
    YARN_NPM_AUTH_TOKEN: credential,
    YARN_NPM_ALWAYS_AUTH: 'true',
    YARN_UNSAFE_HTTP_WHITELIST: new URL(relay).hostname,
    NPM_TOKEN: credential,
    NODE_AUTH_TOKEN: credential,
  }
  for (const scope of scopes) {
    ours[`npm_config_${scope}:registry`] = relay
    ours[`pnpm_config_${scope}:registry`] = relay
  }
  const set = new Set(Object.keys(ours).map(spelling))
  const tokens = tokensOf(secrets)
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || CREDENTIAL_VARIABLE.test(key) || set.has(spelling(key))) continue
    if (secrets.seed && holdsSeed(value, secrets.seed)) continue
    // A variable that holds a token, whatever its name (a project .npmrc's `${MY_TOKEN}`): the relay's
    // credential stands in for it, so that whatever reads it reaches the relay, never the registry.
    env[key] = tokens.reduce((result, token) => result.split(token).join(credential), value)
  }
  return Object.assign(env, ours)
}

const tokensOf = (secrets: RunSecrets) => secrets.tokens.filter(token => token.length >= MIN_TOKEN_LENGTH)

/** The variables of `env` that hold a secret of the run in a form we know, whatever their names. */
export function variablesHolding(env: NodeJS.ProcessEnv, secrets: RunSecrets): string[] {
  const tokens = tokensOf(secrets)
  return Object.entries(env).flatMap(([name, value]) =>
    value !== undefined && (tokens.some(token => value.includes(token)) || (secrets.seed !== undefined && holdsSeed(value, secrets.seed))) ? [name] : [],
  )
}
