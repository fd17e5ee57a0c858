/**
 * The command line: `npm-otp-publish publish [options]`, parsed with Node's
 * util.parseArgs. Options mirror the action's inputs one to one. Secrets come
 * only from the environment: arguments show in process lists and CI logs, so
 * `--token`, `--otp-secret` and anything that looks like a secret are refused,
 * and no message ever echoes them.
 */
import { parseArgs } from 'node:util'

/** The options (the same settings as the action's inputs, with the same names). */
export const OPTIONS = {
  package: { type: 'string', multiple: true, short: 'p' },
  workspaces: { type: 'boolean' },
  registry: { type: 'string' },
  tag: { type: 'string' },
  access: { type: 'string' },
  strategy: { type: 'string' },
  'dry-run': { type: 'boolean' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  provenance: { type: 'string' },
  stage: { type: 'boolean' },
  'on-otp-unavailable': { type: 'string' },
  'trusted-publishing': { type: 'string' },
  'ignore-scripts': { type: 'boolean' },
  strict: { type: 'boolean' },
  'token-env': { type: 'string' },
  'otp-secret-env': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  // Refused whatever their value: they exist to say where secrets go.
  token: { type: 'string' },
  'otp-secret': { type: 'string' },
} as const

export type CliValues = ReturnType<typeof parse>['values']

/** A mistake on the command line: exit code 2, and the message says what to type instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export type Command =
  | { kind: 'help'; topic?: 'exec' | 'publish' | 'check-seed' }
  | { kind: 'version' }
  | { kind: 'publish'; values: CliValues }
  | { kind: 'exec'; values: CliValues; argv: string[] }
  | { kind: 'check-seed'; values: CliValues }

/** The commands, as typed. */
const COMMANDS = ['publish', 'exec', 'check-seed'] as const

/**
 * The options `exec` takes: which packages, where, the time limit and the secrets, and every path of
 * our own publish (staging, trusted publishing, provenance, dry run). The rest (tag, access,
 * strategy, concurrency, scripts) the command decides.
 */
export const EXEC_OPTIONS = new Set(['package', 'workspaces', 'registry', 'timeout', 'stage', 'on-otp-unavailable', 'trusted-publishing', 'provenance', 'strict', 'dry-run', 'token-env', 'otp-secret-env', 'json', 'help', 'version'])

function parse(args: string[]) {
  return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true, allowNegative: true })
}

/** Something a token or a TOTP seed could be: an npm token, a JWT, a long base32 run, an otpauth URI. */
export function looksSecret(text: string): boolean {
  const compact = text.replace(/[\s-]/g, '')
  return /^npm_[A-Za-z0-9]{16,}$/.test(text) || /^ey[A-Za-z0-9_-]+\.ey[A-Za-z0-9_-]+\./.test(text) || /^[A-Za-z2-7=]{16,}$/.test(compact) || /^otpauth:/i.test(text)
}

export function parseCommand(argv: string[]): Command {
  // Everything after "--" is the command for exec, never our options.
  const dash = argv.indexOf('--')
  const ours = dash >= 0 ? argv.slice(0, dash) : argv
  const commandArgv = dash >= 0 ? argv.slice(dash + 1) : []
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(ours)
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      // Name the option, never a value given with it (--tokn=<secret>).
      const option = /'(-[^'=\s]*)/.exec(message)?.[1] ?? 'an option'
      throw new UsageError(`unknown option ${option}. Run "npm-otp-publish --help" for the options.`)
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${message.replace(/^Option /, 'option ')}.`)
    throw new UsageError(message)
  }
  const { values, positionals } = parsed
  for (const [option, variable] of [
    ['token', 'NPM_TOKEN'],
    ['otp-secret', 'NPM_OTP_SECRET'],
  ] as const) {
    if (values[option] !== undefined) {
      throw new UsageError(`--${option} is not taken as an argument, since arguments show in process lists and CI logs: pass it through the environment: ${variable}.`)
    }
  }
  // A secret given as the value of any option is refused too, and never echoed.
  for (const [option, value] of Object.entries(values)) {
    if ([value].flat().some(item => typeof item === 'string' && looksSecret(item))) {
      throw new UsageError(
        `the value of --${option} looks like a token or a TOTP seed, and secrets are not taken as arguments, since arguments show in process lists and CI logs: ` +
          'pass them through the environment (NPM_TOKEN, NPM_OTP_SECRET; --token-env and --otp-secret-env take the names of variables, not their values). ' +
          'If it is no secret (a folder or a tag of 16 letters or more), write it another way, such as ./name for a folder.',
      )
    }
  }
  const [command, ...rest] = positionals
  if (command !== undefined && looksSecret(command)) throw secretArgument()
  const known = (COMMANDS as readonly string[]).includes(command ?? '') ? (command as (typeof COMMANDS)[number]) : undefined
  if (values.help) return { kind: 'help', topic: known }
  if (values.version) return { kind: 'version' }
  if (!known) {
    const word = command === undefined ? 'no command given' : `unknown command "${command}"`
    throw new UsageError(`${word}: the commands are "publish", "exec" and "check-seed". Run "npm-otp-publish --help".`)
  }
  if (known === 'check-seed') {
    const foreign = Object.keys(values).filter(option => option !== 'otp-secret-env')
    if (foreign.length || rest.length || dash >= 0) throw new UsageError('"check-seed" takes only --otp-secret-env: npm-otp-publish check-seed [--otp-secret-env <NAME>].')
    return { kind: 'check-seed', values }
  }
  if (rest.some(looksSecret)) throw secretArgument()
  if (rest.length) {
    const hint = command === 'exec' ? 'put the command after "--": npm-otp-publish exec -- changeset publish' : 'give packages with --package <path>'
    throw new UsageError(`"${command}" takes no arguments of its own; ${hint} (${rest.length} extra argument${rest.length > 1 ? 's' : ''}).`)
  }
  if (command === 'publish') {
    if (dash >= 0) throw new UsageError('"publish" runs no command: for a release tool of your own, use "npm-otp-publish exec -- <command>".')
    return { kind: 'publish', values }
  }
  if (commandArgv.length === 0) throw new UsageError('"exec" needs the command to run after "--": npm-otp-publish exec -- changeset publish.')
  const foreign = Object.keys(values).filter(option => !EXEC_OPTIONS.has(option))
  if (foreign.length) {
    const taken = [...EXEC_OPTIONS].filter(option => option !== 'help' && option !== 'version').map(option => `--${option}`)
    throw new UsageError(`--${foreign[0]} does not apply to "exec": the command decides it. "exec" takes ${taken.slice(0, -1).join(', ')} and ${taken.at(-1)}.`)
  }
  return { kind: 'exec', values, argv: commandArgv }
}

function secretArgument(): UsageError {
  return new UsageError('an argument looks like a token or a TOTP seed; secrets are not taken as arguments, since arguments show in process lists and CI logs: pass them through the environment: NPM_TOKEN / NPM_OTP_SECRET.')
}

export const USAGE = `npm-otp-publish: publish npm packages from CI for accounts with two-factor authentication,
making the one-time password from a TOTP seed at the moment of each publish request.

Usage:
  npm-otp-publish publish [options]
  npm-otp-publish exec [options] -- <command> [args...]    (npm-otp-publish exec --help)
  npm-otp-publish check-seed [--otp-secret-env <NAME>]      (on your own machine, before the first release)
  npm-otp-publish --help | --version

exec runs any release tool (changeset publish, pnpm publish -r, yarn npm publish, lerna publish,
npm publish --workspaces, semantic-release) with a relay on 127.0.0.1 as its registry: each
version the tool publishes is published by npm-otp-publish, with a one-time password made at that
moment (or through trusted publishing, or staged), and the relay holds the real token and seed. The
command gets a credential valid only at the relay while it runs. exec takes --package,
--workspaces, --registry, --timeout, --stage, --on-otp-unavailable, --trusted-publishing,
--provenance, --dry-run, --token-env, --otp-secret-env and --json; by default the run's packages
are the one in the current folder and its workspaces.

Options (the same as the GitHub Action's inputs, with the same defaults):
  -p, --package <path>           What to publish: a folder, a package.json, a .tgz or a glob;
                                 repeat for several (default: .)
      --workspaces               Publish every workspace of the root --package names
      --registry <url>           Registry URL (default: publishConfig, then npm's configuration)
      --tag <tag>                Dist-tag (default: publishConfig.tag, then latest)
      --access <public|restricted>
      --strategy <all|upgrade>   upgrade: only when greater than the version on the tag (default: all)
      --dry-run                  Everything but the publish request; lists the files each
                                 tarball holds (what npm pack --dry-run lists)
      --concurrency <n>          Publish requests at once, 1 to 64 (default: 4)
      --timeout <seconds>        The longest the whole run may take (default: 600)
      --provenance <auto|true|false>            (default: auto)
      --stage                    Publish as staged versions, for a maintainer to approve
      --on-otp-unavailable <fail|stage>         (default: fail)
      --trusted-publishing <auto|true|false>    (default: auto; the ID token from NPM_ID_TOKEN)
      --ignore-scripts, --no-ignore-scripts     (default: ignore them)
      --strict                   Fail instead of warning when publish scripts were skipped or a
                                 file main, types, bin or exports names is not in the tarball
      --token-env <NAME>         Read the token from this variable instead of NPM_TOKEN
      --otp-secret-env <NAME>    Read the seed from this variable instead of NPM_OTP_SECRET
      --json                     Print the results document on standard output (the rest on
                                 standard error)
  -h, --help                     This text
  -v, --version                  The version

Environment (secrets are never taken as arguments):
  NPM_TOKEN, then NODE_AUTH_TOKEN, then npm's configuration: the publish token
  NPM_OTP_SECRET       the account's TOTP seed (base32 setup key or otpauth://totp/ URI)
  NPM_ID_TOKEN         an OIDC ID token for trusted publishing (GitLab id_tokens, CircleCI)
  npm's own: NPM_CONFIG_USERCONFIG, npm_config_*, HTTPS_PROXY, NO_PROXY, ...

Exit codes:
  0  published, skipped or staged (and dry runs)
  1  a publish failed (the registry refused it, a conflict, the network)
  2  usage: an option, an argument or the package is wrong
  3  authentication or two-factor authentication failed
  4  the run went past --timeout
  5  exec: the relay refused a request of the command (a write it does not forward), and the command failed
  exec: a publish through the relay that failed gives its code (1 to 4) even when the command exits 0;
  otherwise exec exits with the command's code
`

export const EXEC_USAGE = `npm-otp-publish exec: run any release tool with a relay in front of the registry, so that each
version it publishes is published by npm-otp-publish, with a one-time password made at that moment
(or through trusted publishing, or staged). The tool gets the relay's address and a credential valid
only there while it runs, never the token, the seed or a code.

Usage:
  npm-otp-publish exec [options] -- <command> [args...]

Examples:
  npm-otp-publish exec -- changeset publish
  npm-otp-publish exec --stage -- pnpm publish -r --no-git-checks
  npm-otp-publish exec --dry-run -- npm publish --workspaces

Options:
  -p, --package <path>           The run's packages: only they may be published through the relay
                                 (default: the package in the current folder and its workspaces)
      --workspaces               The run's packages are the workspaces of the root --package names
      --registry <url>           Registry URL (default: npm's configuration, per package and scope)
      --timeout <seconds>        The longest the whole run may take, the command included (default: 600);
                                 then the command is stopped and the run exits 4
      --stage                    Every publish becomes a staged version, for a maintainer to approve
      --on-otp-unavailable <fail|stage>         Stage a publish that needs a code the run cannot give
      --trusted-publishing <auto|true|false>    (default: auto; the ID token from NPM_ID_TOKEN)
      --provenance <auto|true|false>            (default: auto)
      --strict                   Fail a publish whose tarball lacks a file main, types, bin or
                                 exports names, instead of warning
      --dry-run                  The command runs; reads reach the registry, writes are answered and
                                 sent nowhere, and the run lists what would have been published
      --token-env <NAME>         Read the token from this variable instead of NPM_TOKEN
      --otp-secret-env <NAME>    Read the seed from this variable instead of NPM_OTP_SECRET
      --json                     Print the results document on standard output (the command's
                                 output and ours on standard error)

Exit codes: a publish through the relay that failed gives its code (1 publish, 2 usage,
3 authentication or 2FA, 4 time limit), even when the command exits 0; else 5 when the relay
refused a request and the command failed; else the command's own code.
`

export const CHECK_SEED_USAGE = `npm-otp-publish check-seed: before the first release, on your own machine, check the TOTP seed you
are about to store as a CI secret: it shows the code the seed makes now, to compare with the one
your authenticator app shows. The seed is read from NPM_OTP_SECRET (or the variable
--otp-secret-env names), never from an argument.

Usage:
  NPM_OTP_SECRET='<base32 setup key or otpauth:// URI>' npm-otp-publish check-seed

It shows a code only on a terminal, never in CI (where CI is set) or when its input or output is
redirected: a code in a log is a code someone else can use.
`
