/**
 * action.yml as the runner reads it: parsed by a real YAML parser, with the
 * runner's rule for input variables. The tests use it to run the action the
 * way the runner does (every declared input, with its default unless the test
 * gives a value) and to check the metadata against the code.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { ROOT } from './paths.ts'

export interface ActionInput {
  description?: unknown
  required?: unknown
  default?: unknown
}

export interface ActionMetadata {
  name?: unknown
  description?: unknown
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: unknown }>
  runs: { using?: unknown; main?: unknown }
}

/** Parse a YAML file strictly; throws with the parser's first error. */
export function readYaml(path: string): unknown {
  const document = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true, uniqueKeys: true })
  if (document.errors.length) throw new Error(`${path} is not valid YAML: ${document.errors[0].message}`)
  return document.toJS()
}

export function readActionYml(): ActionMetadata {
  const action = readYaml(join(ROOT, 'action.yml')) as ActionMetadata
  return { ...action, inputs: action.inputs ?? {}, outputs: action.outputs ?? {}, runs: action.runs ?? {} }
}

/** The variable the runner sets for an input: `INPUT_` and the name upper-cased, spaces as `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** What the runner passes for a step: every declared input with its default, then the step's own `with:` values. */
export function runnerInputEnv(given: Record<string, string>, action = readActionYml()): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) env[inputVariable(name)] = input?.default === undefined ? '' : String(input.default)
  for (const [name, value] of Object.entries(given)) env[inputVariable(name)] = value
  return env
}
