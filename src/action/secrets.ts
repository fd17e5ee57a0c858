/**
 * The action's secret inputs and package scripts: the runner passes inputs as environment
 * variables, so when scripts will run (ignore-scripts: false) the action restarts itself without
 * INPUT_TOKEN and INPUT_OTP-SECRET in its environment (see ../isolate.ts). With the default, no
 * child process runs and there is no restart.
 */
import { restartWithout, takeHandover } from '../isolate.ts'
import { INPUT_DEFAULTS, type InputName } from './metadata.ts'
import { inputsFrom, variableOf } from './variables.ts'

/** The inputs that hold secrets. */
export const SECRET_INPUTS: InputName[] = ['token', 'otp-secret']

/** Whether package scripts will run: the "ignore-scripts" input is false (its default is action.yml's). */
function scriptsWillRun(env: NodeJS.ProcessEnv): boolean {
  const scripts = inputsFrom(env)('ignore-scripts')
  return ['false', 'False', 'FALSE'].includes(scripts === '' ? INPUT_DEFAULTS['ignore-scripts'] : scripts)
}

/**
 * Variables a command behind the relay must not find in this process's environment either: the
 * token a workflow may give npm through them (setup-node's NODE_AUTH_TOKEN). npm's configuration
 * still sees them, handed over.
 */
const TOKEN_VARIABLES = ['NODE_AUTH_TOKEN', 'NPM_TOKEN']

/**
 * Before anything else: in the restarted image, the secret variables handed over; in the first
 * image, restart without them when package scripts will run. Returns the variables handed over,
 * or undefined (then they are in the environment as the runner passed them).
 */
export function isolateSecrets(env: NodeJS.ProcessEnv = process.env): Record<string, string> | undefined {
  const handed = takeHandover(env)
  if (handed) return handed
  const command = inputsFrom(env)('command') !== ''
  if (command || scriptsWillRun(env)) restartWithout([...SECRET_INPUTS.map(variableOf), ...(command ? TOKEN_VARIABLES : [])], env)
  return undefined
}
