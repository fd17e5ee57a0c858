/**
 * The README's workflow snippets are what users paste: each parses as YAML,
 * gives the action only inputs action.yml declares, and never pastes an
 * expression into a script (outputs go through `env:`).
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { parse } from 'yaml'
import { readActionYml } from '../support/metadata.ts'
import { ROOT } from '../support/paths.ts'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const snippets = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => match[1])
const action = readActionYml()

/** Every object in a parsed snippet, depth first. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) yield* objects(item)
  else if (value && typeof value === 'object') {
    yield value as Record<string, unknown>
    for (const field of Object.values(value)) yield* objects(field)
  }
}

/** Remove the indentation common to every line, so that a snippet cut from a job parses on its own. */
function dedent(text: string): string {
  const lines = text.split('\n')
  const indent = Math.min(...lines.filter(line => line.trim()).map(line => /^ */.exec(line)![0].length))
  return lines.map(line => line.slice(indent)).join('\n')
}

test("the README's workflow snippets parse, use declared inputs, and keep expressions out of scripts", () => {
  assert.ok(snippets.length >= 3)
  let uses = 0
  for (const snippet of snippets) {
    const parsed = parse(dedent(snippet)) as unknown
    for (const step of objects(parsed)) {
      if (typeof step.run === 'string') assert.doesNotMatch(step.run, /\$\{\{/, `an expression inside run: ${step.run}`)
      if (typeof step.uses === 'string' && /npm-otp-publish@/.test(step.uses)) {
        uses++
        for (const input of Object.keys((step.with as object) ?? {})) assert.ok(input in action.inputs, `"${input}" is declared in action.yml`)
      }
    }
  }
  assert.ok(uses >= 3, 'the snippets use the action')
})

/**
 * npmjs has refused new TOTP setups since October 2025: a user who turns 2FA off to get a new seed
 * loses TOTP for good. Advice to set TOTP up (again) may stand only where it names a registry that
 * still allows it, never as a way out on npmjs.
 */
test('no advice that locks a user out: setting TOTP up again is offered only for registries other than npmjs', async () => {
  const { USAGE } = await import('../../src/cli/args.ts')
  const paragraphs = [...readme.split(/\n\s*\n|\n(?=- |\| )/), ...USAGE.split(/\n\s*\n/)]
  const advice = /disable-2fa|enable-2fa|re-?enrol|or TOTP 2FA|off and on again/i
  const offered = paragraphs.filter(paragraph => advice.test(paragraph))
  assert.ok(offered.length > 0, 'the README still says how to get a new key where that works')
  for (const paragraph of offered) {
    assert.match(paragraph, /npmjs (does not|will not)|not npmjs|\(npmjs does not\)|Do not turn 2FA off/, `advice to set TOTP up again must say npmjs refuses it: ${paragraph.slice(0, 200)}`)
  }
})

test('one action reference throughout: the repository package.json names, at its major version', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; repository: { url: string } }
  const repository = /github\.com\/([^/]+\/[^/.]+)/.exec(manifest.repository.url)?.[1]
  const expected = `${repository}@v${manifest.version.split('.')[0]}`
  const references = [...readme.matchAll(/uses: (\S*npm-otp-publish\S*)/g)].map(match => match[1])
  assert.ok(references.length >= 5)
  assert.deepEqual([...new Set(references)], [expected])
  for (const file of ['CHANGELOG.md', 'CONTRIBUTING.md']) {
    for (const [, reference] of readFileSync(join(ROOT, file), 'utf8').matchAll(/uses: (\S*npm-otp-publish@\S*)/g)) assert.equal(reference.replace(/[`)]+$/, ''), expected, file)
  }
})

test("changesets/action is v2 and takes the command as publish-script", () => {
  const steps = snippets.flatMap(snippet => [...objects(parse(dedent(snippet)))]).filter(step => typeof step.uses === 'string' && step.uses.startsWith('changesets/action'))
  assert.ok(steps.length >= 2)
  for (const step of steps) {
    assert.equal(step.uses, 'changesets/action@v2')
    assert.deepEqual(Object.keys(step.with as object), ['publish-script'])
  }
})

test("the exit codes table lists each error code under the exit code it gives, and every code once", async () => {
  const { ERROR_SAMPLES } = await import('../support/samples.ts')
  const { exitCodeOf } = await import('../../src/cli/main.ts')
  const table = readme.slice(readme.indexOf('### Exit codes'))
  const rows = new Map<string, number>()
  for (const [, exit, codes] of table.matchAll(/^\| (\d) \|[^|]*\| ([^|]*) \|$/gm)) {
    for (const [, code] of codes.matchAll(/`(E[A-Z0-9]+)`/g)) {
      assert.ok(!rows.has(code), `${code} is listed once`)
      rows.set(code, Number(exit))
    }
  }
  const codes = new Set(ERROR_SAMPLES.map(error => error.code))
  for (const error of ERROR_SAMPLES) assert.equal(rows.get(error.code), exitCodeOf(error), `${error.code} (${error.name}) exits ${exitCodeOf(error)}`)
  assert.deepEqual([...rows.keys()].filter(code => !codes.has(code as never)), [], 'no code the program does not have')
})

test("the auth output's values are every way a package is published", () => {
  const row = readme.split('\n').find(line => line.startsWith('| `auth` |')) ?? ''
  for (const auth of ['oidc', 'token+otp', 'token', 'staged']) assert.ok(row.includes(`\`${auth}\``), auth)
})

test('every link inside README leads to a heading it has', () => {
  const anchors = new Set([...readme.matchAll(/^#+ (.+)$/gm)].map(([, heading]) => heading.toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')))
  for (const [, anchor] of readme.matchAll(/\]\(#([^)]+)\)/g)) assert.ok(anchors.has(anchor), anchor)
})

test('README starts with what it does and what it needs, then a minimal workflow; development notes are in CONTRIBUTING.md', () => {
  const headings = [...readme.matchAll(/^## (.+)$/gm)].map(([, heading]) => heading)
  assert.deepEqual(headings.slice(0, 2), ['What you need', 'A minimal workflow'])
  assert.ok(!headings.includes('Development'))
  const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')
  assert.match(contributing, /npm ci && npm run demo/)
  assert.match(contributing, /## Releasing/)
})
