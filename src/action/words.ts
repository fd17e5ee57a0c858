/**
 * The action's words for the core's references to settings: its inputs, and `with:` lines to add
 * to the step (see common/text.ts).
 */
import type { Setting, Words } from '../common/text.ts'
import type { InputName } from './metadata.ts'

/** The input that holds each setting; the ID token is the job's permission, not an input. */
export const INPUT_OF: Record<Exclude<Setting, 'idToken'>, InputName> = {
  token: 'token',
  otpSecret: 'otp-secret',
  packages: 'package',
  workspaces: 'workspaces',
  concurrency: 'concurrency',
  timeout: 'timeout',
  registry: 'registry',
  tag: 'tag',
  access: 'access',
  provenance: 'provenance',
  trustedPublishing: 'trusted-publishing',
  strategy: 'strategy',
  ignoreScripts: 'ignore-scripts',
  strict: 'strict',
  dryRun: 'dry-run',
  stage: 'stage',
  onOtpUnavailable: 'on-otp-unavailable',
}

/** The job's OIDC permission, which gives it an ID token. */
const ID_TOKEN_PERMISSION = '"permissions: id-token: write"'

const input = (setting: Setting): string => (setting === 'idToken' ? `the job's ${ID_TOKEN_PERMISSION}` : INPUT_OF[setting])

/** How a workflow gives each setting a value, as a `with:` line where it is a secret. */
const GIVE: Partial<Record<Setting, string>> = {
  token: 'add "token: ${{ secrets.NPM_TOKEN }}" to the step\'s "with:", or set NODE_AUTH_TOKEN with actions/setup-node\'s "registry-url"',
  otpSecret: 'store the account\'s TOTP seed as a repository secret and add "otp-secret: ${{ secrets.NPM_OTP_SECRET }}" to the step\'s "with:"',
  idToken: `add ${ID_TOKEN_PERMISSION} to the job`,
}

export const ACTION_WORDS: Words = {
  name: setting => (setting === 'idToken' ? input(setting) : `the "${input(setting)}" input`),
  label: setting => (setting === 'idToken' ? `The job's OIDC permission` : `Input "${input(setting)}"`),
  give: setting => GIVE[setting] ?? `set the "${input(setting)}" input`,
  empty: setting => (setting === 'idToken' ? `the job has no ${ID_TOKEN_PERMISSION}` : `the "${input(setting)}" input is empty`),
  set: (setting, value) => (setting === 'registry' ? `add "registry: ${value}" to the step's "with:"` : `set ${input(setting)} to ${value}`),
  value: (setting, value) => `${input(setting)}: ${value}`,
}
