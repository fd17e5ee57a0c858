/** How the runner passes inputs: one environment variable each. */
import type { InputName } from './metadata.ts'

/** Reads one input as the runner passes it (`INPUT_<NAME>`); '' when absent. */
export type InputReader = (name: InputName) => string

/** The variable the runner passes an input in (hyphens kept: INPUT_OTP-SECRET). */
export const variableOf = (name: InputName): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

/** Inputs from an environment, trimmed, as @actions/core's getInput reads them from the process's. */
export const inputsFrom =
  (env: NodeJS.ProcessEnv): InputReader =>
  name =>
    (env[variableOf(name)] ?? '').trim()
