/**
 * Staged publishing: `stage: true`, and `on-otp-unavailable: stage` when the
 * registry asks for a code the action cannot give. The test registry stages
 * versions as npmjs does (POST /-/stage/package/<name>, 201 { stageId }) and
 * publishes one when a maintainer approves it with a code.
 */
import assert from 'node:assert/strict'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { codeAt } from '../../src/otp/totp.ts'
import { makePackage, npm, runAction, type ActionRun } from '../support/action.ts'
import { startRegistry, type TestRegistry } from '../support/registry.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const WRONG_SEED = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

let registry: TestRegistry
let work: string
let counter = 0

before(async () => {
  registry = await startRegistry()
  work = await mkdtemp(join(tmpdir(), 'otp-publish-staged-'))
})

after(async () => {
  await registry?.stop()
  checkRunsForSecrets(undefined, registry, [WRONG_SEED])
})

async function freshPackage(): Promise<string> {
  const name = `e2e-staged-${++counter}`
  await makePackage(work, name, { manifest: { name, version: '1.0.0' } })
  return name
}

async function run(inputs: Record<string, string>): Promise<{ run: ActionRun; requests: TestRegistry['log'] }> {
  const start = registry.log.length
  const result = await runAction({ registry: registry.url, token: registry.token, ...inputs }, { cwd: work })
  return { run: result, requests: registry.log.slice(start).filter(record => record.method !== 'GET') }
}

/** Is the version on the registry (published, not only staged)? */
async function isPublished(name: string): Promise<boolean> {
  return npm(['view', `${name}@1.0.0`, 'version', '--registry', registry.url], work).then(
    out => out.trim() === '1.0.0',
    () => false,
  )
}

/** A maintainer approves a staged version with a code, as `npm stage approve <id> --otp` does. */
async function approve(stageId: string): Promise<number> {
  const code = codeAt({ secret: registry.seed, algorithm: 'sha1', digits: 6, period: 30 }, Date.now() / 1000)
  const response = await fetch(`${registry.url}-/stage/${stageId}/approve`, { method: 'POST', headers: { authorization: `Bearer ${registry.token}`, 'npm-otp': code } })
  return response.status
}

describe('stage: true', () => {
  test('stages the version without a code; it is published only once a maintainer approves it', async () => {
    const name = await freshPackage()
    const { run: result, requests } = await run({ package: name, 'otp-secret': registry.seed, stage: 'true' })
    assert.equal(result.exitCode, 0, result.stdout)
    assert.deepEqual(requests.map(r => [r.method, r.path, r.status, r.otp]), [['POST', `/-/stage/package/${name}`, 201, undefined]], 'one staging request, no code')
    const stageId = result.outputs['stage-id']
    assert.match(stageId, UUID)
    assert.equal(result.outputs.id, '', 'nothing published')
    assert.equal(result.outputs.auth, 'staged')
    const [entry] = JSON.parse(result.outputs.results) as { outcome: string; stageId: string; message: string }[]
    assert.equal(entry.outcome, 'staged')
    assert.equal(entry.stageId, stageId)
    assert.match(entry.message, new RegExp(`npm stage approve ${stageId}`))
    assert.match(result.summary, new RegExp(`<code>npm stage approve ${stageId}</code>`))
    assert.match(result.summary, /Staged e2e-staged-\d+@1\.0\.0: waiting for approval/)
    assert.equal(await isPublished(name), false, 'staged is not published')

    assert.equal(await approve(stageId), 200)
    assert.equal(await isPublished(name), true, 'published once approved')
  })

  test('a version that is staged already is reported as staged and waiting, not as a conflict, also by a normal publish', async () => {
    const name = await freshPackage()
    const first = await run({ package: name, stage: 'true' })
    const stageId = first.run.outputs['stage-id']
    assert.match(stageId, UUID)
    const again = await run({ package: name, stage: 'true' })
    assert.equal(again.run.exitCode, 0, again.run.stdout)
    assert.equal(again.run.outputs['stage-id'], stageId, 'the id of the stage that exists, found by listing')
    assert.match(again.run.stdout, /is staged already/)
    const publish = await run({ package: name, 'otp-secret': registry.seed })
    assert.equal(publish.run.exitCode, 0, publish.run.stdout)
    const [entry] = JSON.parse(publish.run.outputs.results) as { outcome: string; message: string }[]
    assert.equal(entry.outcome, 'staged')
    assert.match(entry.message, /staged already, waiting for a maintainer's approval/)
    assert.doesNotMatch(publish.run.stdout, /different contents/)
  })
})

describe('on-otp-unavailable: stage', () => {
  test('no otp-secret on an account with 2FA for writes: staged instead of failing, and the step succeeds', async () => {
    const name = await freshPackage()
    const { run: result, requests } = await run({ package: name, 'on-otp-unavailable': 'stage' })
    assert.equal(result.exitCode, 0, result.stdout)
    assert.deepEqual(requests.map(r => [r.method, r.status]), [['PUT', 401], ['POST', 201]])
    assert.match(result.stdout, /::warning::The registry asked for a one-time password this run cannot give \(the "otp-secret" input is empty\); on-otp-unavailable: stage, so/)
    assert.match(result.outputs['stage-id'], UUID)
    assert.equal(result.outputs.auth, 'staged')
  })

  test('an account whose 2FA is a security key: staged instead of failing', async () => {
    registry.mode = 'browser'
    try {
      const name = await freshPackage()
      const { run: result } = await run({ package: name, 'otp-secret': registry.seed, 'on-otp-unavailable': 'stage' })
      assert.equal(result.exitCode, 0, result.stdout)
      assert.match(result.stdout, /security-key or passkey 2FA\); on-otp-unavailable: stage, so/)
      assert.match(result.outputs['stage-id'], UUID)
    } finally {
      registry.mode = 'otp'
    }
  })

  test('a rejected code (a wrong seed) is never turned into a stage', async () => {
    const name = await freshPackage()
    const { run: result, requests } = await run({ package: name, 'otp-secret': WRONG_SEED, 'on-otp-unavailable': 'stage' })
    assert.equal(result.exitCode, 1)
    assert.match(result.error, /rejected the one-time password twice/)
    assert.ok(!requests.some(r => r.path.startsWith('/-/stage')), 'nothing staged')
  })

  test('with the default ("fail"), no otp-secret still fails with the message that says what to do', async () => {
    const { run: result } = await run({ package: await freshPackage() })
    assert.equal(result.exitCode, 1)
    assert.match(result.error, /"otp-secret" input is empty/)
  })
})

describe("the registry's rules of 2026", () => {
  async function withPolicy<T>(policy: TestRegistry['tokenPolicy'], body: () => Promise<T>): Promise<T> {
    registry.tokenPolicy = policy
    try {
      return await body()
    } finally {
      registry.tokenPolicy = 'any'
    }
  }

  test('a token that may only stage (E_STAGE_REQUIRED): the message names both fixes, and nothing is published', async () => {
    const name = await freshPackage()
    const { run: result, requests } = await withPolicy('stage-only', () => run({ package: name, 'otp-secret': registry.seed }))
    assert.equal(result.exitCode, 1)
    assert.match(result.error, /refused to publish e2e-staged-\d+@1\.0\.0 directly: the token may only stage versions \(403: This token can only stage packages/)
    assert.match(result.error, /Stage it for a maintainer to approve \(set on-otp-unavailable to stage, or set stage to true\), or give the "token" input a token that may publish directly/)
    assert.deepEqual(requests.map(r => [r.method, r.status]), [['PUT', 403]])
    assert.equal(await isPublished(name), false)
  })

  test('a token that may only stage, with on-otp-unavailable: stage: staged instead, and the run says why', async () => {
    const name = await freshPackage()
    const { run: result, requests } = await withPolicy('stage-only', () => run({ package: name, 'otp-secret': registry.seed, 'on-otp-unavailable': 'stage' }))
    assert.equal(result.exitCode, 0, result.stdout)
    assert.match(result.stdout, /::warning::The registry refused a direct publish: the token may only stage; on-otp-unavailable: stage, so e2e-staged-\d+@1\.0\.0 is staged/)
    assert.deepEqual(requests.map(r => [r.method, r.status]), [['PUT', 403], ['POST', 201]])
    assert.match(result.outputs['stage-id'], UUID)
  })

  test('a package that disallows tokens: no code helps; the message names trusted publishing and staging', async () => {
    const name = await freshPackage()
    const { run: result } = await withPolicy('disallow-tokens', () => run({ package: name, 'otp-secret': registry.seed }))
    assert.equal(result.exitCode, 1)
    assert.match(result.error, /the package requires two-factor authentication and disallows tokens \(403: /)
    assert.match(result.error, /The ways that remain: trusted publishing \(OIDC.*or staging for a maintainer to approve \(set stage to true, or set on-otp-unavailable to stage\)/)
  })

  test('a package that disallows tokens, with on-otp-unavailable: stage: staged instead', async () => {
    const name = await freshPackage()
    const { run: result } = await withPolicy('disallow-tokens', () => run({ package: name, 'otp-secret': registry.seed, 'on-otp-unavailable': 'stage' }))
    assert.equal(result.exitCode, 0, result.stdout)
    assert.match(result.stdout, /disallows tokens; on-otp-unavailable: stage, so/)
    assert.match(result.outputs['stage-id'], UUID)
  })

  test('a first publish by staging, where the registry allows it; where it does not, a message that says how to begin', async () => {
    const allowed = await freshPackage()
    const staged = await run({ package: allowed, stage: 'true' })
    assert.equal(staged.run.exitCode, 0, staged.run.stdout)
    assert.match(staged.run.outputs['stage-id'], UUID)
    registry.stageNewPackages = false
    try {
      const refused = await run({ package: await freshPackage(), stage: 'true' })
      assert.equal(refused.run.exitCode, 1)
      assert.match(refused.run.error, /did not stage e2e-staged-\d+@1\.0\.0, the package's first version .* it stages only packages that exist .* Publish the first version directly/)
    } finally {
      registry.stageNewPackages = true
    }
  })
})
