/**
 * One core, two faces: every error the core raises and every core line that names a setting,
 * rendered in the action's words and in the command line's. A face's words never appear in the
 * other's rendering, no reference is left unrendered, and the core itself refers to settings only
 * through errors.ts and lines.ts.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, test } from 'node:test'
import { ACTION_WORDS, INPUT_OF } from '../../src/action/words.ts'
import { cliWords, OPTION_OF } from '../../src/cli/words.ts'
import { SETTINGS, render, settingsIn, type Text } from '../../src/common/text.ts'
import { lines } from '../../src/core/lines.ts'
import { ERROR_SAMPLES, errorClasses } from '../support/samples.ts'
import { ROOT } from '../support/paths.ts'

const CLI_WORDS = cliWords({ token: 'MY_TOKEN', tokenFallback: 'NODE_AUTH_TOKEN', seed: 'MY_SEED' })

/** Arguments for the lines whose arguments are choices; the rest get placeholders. */
const CHOICES: Record<string, unknown[][]> = {
  stagedInstead: (['webauthn', 'no-seed', 'stage-only', 'tokens-disallowed'] as const).map(why => ['x', why]),
}
/** Every core line that names a setting, called with placeholder arguments (or each choice). */
const LINES: [string, Text][] = Object.entries(lines).flatMap(([name, line]) =>
  (CHOICES[name] ?? [Array.from({ length: line.length }, () => ['x'])]).map(args => [`${name}(${args.slice(1).join(', ')})`, (line as (...args: unknown[]) => Text)(...args)] as [string, Text]),
)
const MESSAGES: [string, Text][] = [...ERROR_SAMPLES.map(error => [error.name, error.text] as [string, Text]), ...LINES]

/** What only the action says. */
const ACTION_ONLY = [/\binputs?\b/i, /"with:"/, /\$\{\{/, /step's/]
/** What only the command line says: its options and its variables. */
const CLI_ONLY = [/(^|[^-\w])--[a-z]/, /\bOption\b/, /MY_TOKEN|MY_SEED|NPM_ID_TOKEN/, /job's environment/]
/** The core's neutral words, which no face may leave in its output. */
const NEUTRAL = /<(give |)[a-z][A-Za-z]*( empty|: [^>]*)?>/

describe("the core's messages in each face's words", () => {
  test('the samples cover every error class of the core', () => {
    for (const kind of errorClasses()) assert.ok(ERROR_SAMPLES.some(sample => sample instanceof kind), `a sample of ${kind.name}`)
  })

  for (const [name, message] of MESSAGES) {
    test(`${name}: each face in its own words`, () => {
      const action = render(message, ACTION_WORDS)
      const cli = render(message, CLI_WORDS)
      for (const word of CLI_ONLY) assert.doesNotMatch(action, word, `the action's rendering of ${name} has the CLI's words: ${action}`)
      for (const word of ACTION_ONLY) assert.doesNotMatch(cli, word, `the CLI's rendering of ${name} has the action's words: ${cli}`)
      for (const text of [action, cli]) assert.doesNotMatch(text, NEUTRAL, `an unrendered reference: ${text}`)
      for (const setting of settingsIn(message)) {
        if (setting === 'idToken') continue
        assert.ok(action.includes(INPUT_OF[setting]), `the action names the input of ${setting}: ${action}`)
        const cliName = setting === 'token' ? 'MY_TOKEN' : setting === 'otpSecret' ? 'MY_SEED' : OPTION_OF[setting].slice(2)
        assert.ok(cli.includes(cliName), `the CLI names ${cliName}: ${cli}`)
      }
    })
  }

  test('both faces have words for every setting, in every form', () => {
    for (const words of [ACTION_WORDS, CLI_WORDS]) {
      for (const setting of SETTINGS) {
        for (const said of [words.name(setting), words.label(setting), words.give(setting), words.empty(setting), words.set(setting, 'x'), words.value(setting, 'x')]) {
          assert.ok(said && !said.includes('undefined'), `${setting}: "${said}"`)
        }
      }
    }
  })

  test('a reference that starts a sentence starts with a capital', () => {
    const [, message] = LINES.find(([name]) => name.startsWith('restrictedNeedsScope'))!
    assert.match(render(message, ACTION_WORDS), /\. Set access to public, or use a scoped name\.$/)
    assert.match(render(message, CLI_WORDS), /\. Pass --access public, or use a scoped name\.$/)
  })

  test('the core refers to settings only in errors.ts and lines.ts, and names no input, option or workflow syntax', () => {
    const core = join(ROOT, 'src', 'core')
    const files = readdirSync(core, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.ts'))
    assert.ok(files.length > 10)
    for (const file of files) {
      const source = readFileSync(join(core, file), 'utf8')
      const where = relative(ROOT, join(core, file))
      if (!['errors.ts', 'lines.ts'].includes(file)) {
        assert.doesNotMatch(source, /\b(nameOf|labelOf|giveOf|emptyOf|setTo|valueOf)\(/, `${where} refers to a setting outside errors.ts and lines.ts`)
      }
      assert.doesNotMatch(source, /Input "|[^a-z]with:|\$\{\{|@actions\//, `${where} speaks the action's words`)
      assert.doesNotMatch(source, /from '\.\.\/(\.\.\/)?(action|cli)\//, `${where} imports a face`)
    }
  })
})
