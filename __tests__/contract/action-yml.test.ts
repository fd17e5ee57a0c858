/**
 * action.yml is a contract with the runner, which parses it before any of our
 * code runs. These tests read it as the runner does (a real YAML parser) and
 * hold the code to it: the inputs it reads, their defaults, the outputs it
 * sets, the runtime and the entry point.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { readInputs } from '../../src/action/inputs.ts'
import { INPUT_DEFAULTS, OUTPUT_NAMES, type InputName } from '../../src/action/metadata.ts'
import { outputsOf } from '../../src/action/outputs.ts'
import { INPUT_OF } from '../../src/action/words.ts'
import { DEFAULTS } from '../../src/core/defaults.ts'
import type { RunResult } from '../../src/core/types.ts'
import { inputVariable, readActionYml, runnerInputEnv } from '../support/metadata.ts'
import { ROOT } from '../support/paths.ts'

const action = readActionYml()
const declaredInputs = Object.keys(action.inputs)
const declaredOutputs = Object.keys(action.outputs)
const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')]))

/** readInputs with a given reader; records the names it asked for. */
function read(getInput: (name: string) => string) {
  const asked = new Set<string>()
  const settings = readInputs({
    getInput: name => {
      asked.add(name)
      return getInput(name)
    },
    setSecret: () => undefined,
    env: {},
    cwd: '/work',
  })
  return { settings, asked }
}

describe('action.yml as the runner reads it', () => {
  test('is valid YAML with a name, a description, and every input and output described in text', () => {
    assert.equal(typeof action.name, 'string')
    assert.equal(typeof action.description, 'string')
    for (const [name, input] of Object.entries(action.inputs)) {
      assert.equal(typeof input.description, 'string', `input "${name}" has a text description`)
      assert.ok(input.required === undefined || typeof input.required === 'boolean', `input "${name}": required is a boolean`)
      assert.equal(typeof input.default, 'string', `input "${name}" has a default written as a string, as the runner passes it`)
    }
    for (const [name, output] of Object.entries(action.outputs)) assert.equal(typeof output.description, 'string', `output "${name}" has a text description`)
  })

  test('runs on node24, from a main that exists', () => {
    assert.equal(action.runs.using, 'node24')
    assert.equal(action.runs.main, 'dist/index.js')
    assert.ok(existsSync(join(ROOT, String(action.runs.main))), 'runs.main exists (npm run build)')
  })

  test('the code reads exactly the declared inputs', () => {
    const { asked } = read(name => defaults[name] ?? '')
    assert.deepEqual([...asked].sort(), [...declaredInputs].sort())
  })

  test("the code's defaults are action.yml's: leaving every input empty is the same as the runner filling in the defaults", () => {
    const empty = read(() => '').settings
    const filled = read(name => defaults[name] ?? '').settings
    assert.deepEqual(empty, filled)
    // and the generated module the code imports says the same as the file
    assert.deepEqual(INPUT_DEFAULTS, defaults)
  })

  test('no secret input has a default', () => {
    for (const name of ['token', 'otp-secret'] satisfies InputName[]) assert.equal(defaults[name], '', `"${name}" has no default`)
  })

  test('the code sets exactly the declared outputs', () => {
    const run: RunResult = {
      multiple: false,
      packages: [
        {
          entry: '.',
          name: 'a',
          version: '1.0.0',
          outcome: 'published',
          message: [],
          result: {
            name: 'a',
            version: '1.0.0',
            outcome: 'published',
            id: 'a@1.0.0',
            type: 'initial',
            tag: 'latest',
            access: 'default',
            registry: 'https://registry.npmjs.org/',
            dryRun: false,
            otpRequired: true,
            auth: 'token+otp',
            reason: ['published'],
          },
        },
      ],
    }
    assert.deepEqual(Object.keys(outputsOf(run, false, message => message.join(''))).sort(), [...declaredOutputs].sort())
    assert.deepEqual([...OUTPUT_NAMES].sort(), [...declaredOutputs].sort())
  })

  test("action.yml's defaults are the core's, which the command line uses too", () => {
    for (const [setting, value] of Object.entries(DEFAULTS)) {
      const input = INPUT_OF[setting as keyof typeof INPUT_OF]
      assert.equal(defaults[input], value, `the "${input}" input defaults to the core's ${setting}`)
    }
  })

  test('the runner passes every input as INPUT_<NAME>, hyphens kept, defaults filled in', () => {
    const env = runnerInputEnv({ 'otp-secret': 'x' })
    assert.equal(env['INPUT_OTP-SECRET'], 'x')
    assert.equal(env[inputVariable('dry-run')], defaults['dry-run'])
    assert.equal(Object.keys(env).length, declaredInputs.length)
  })

  test('.env.example (for local runs and @github/local-action) lists every input and nothing else', () => {
    const names = readFileSync(join(ROOT, '.env.example'), 'utf8')
      .split('\n')
      .filter(line => line.startsWith('INPUT_'))
      .map(line => line.slice(0, line.indexOf('=')))
    assert.deepEqual(names.sort(), declaredInputs.map(inputVariable).sort())
  })

  test("the README's tables list every input and every output", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    for (const name of declaredInputs) assert.match(readme, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `README's inputs table has "${name}"`)
    for (const name of declaredOutputs) assert.match(readme, new RegExp(`^\\| [^|]*\`${name}\``, 'm'), `README's outputs table has "${name}"`)
  })
})
