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

export interface ClientSetup {
  /** The relay's address, with a trailing slash. */
  relay: string
  /** The credential made for this run, valid only at the relay while it runs. */
  credential: string
  /** The scopes of the run's packages (`@acme`). */
  scopes: string[]
  /** A folder of the run's own, for the user npmrc. */
  folder: string
}

/** Variables that carry credentials in npm's, pnpm's or yarn's own forms: none of them reaches the command. */
const CREDENTIAL_VARIABLE = /^(npm|pnpm)_config_.*(_auth|_authtoken|_password|:username|:email|certfile|keyfile)$|^YARN_NPM_AUTH_(TOKEN|IDENT)$|^YARN_NPM_.*AUTH/i

/**
 * The command's environment: `base` (the job's, without the run's secret variables), minus any
 * variable that holds registry credentials, plus the relay's address and credential in each
 * client's form. Writes the user npmrc it names into `setup.folder`.
 */
export async function clientEnvironment(base: NodeJS.ProcessEnv, setup: ClientSetup): Promise<NodeJS.ProcessEnv> {
  const { relay, credential, scopes, folder } = setup
  const host = new URL(relay).host
  const nerf = `//${host}/`
  const npmrc = join(folder, 'npmrc')
  const lines = [`registry=${relay}`, `${nerf}:_authToken=${credential}`, ...scopes.map(scope => `${scope}:registry=${relay}`)]
  await writeFile(npmrc, `${lines.join('\n')}\n`, { mode: 0o600 })

  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(base)) if (value !== undefined && !CREDENTIAL_VARIABLE.test(key)) env[key] = value
  Object.assign(env, {
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
  })
  for (const scope of scopes) {
    env[`npm_config_${scope}:registry`] = relay
    env[`pnpm_config_${scope}:registry`] = relay
  }
  return env
}
