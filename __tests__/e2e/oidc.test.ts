/**
 * Trusted publishing (OIDC) end to end: a stand-in for GitHub's ID-token
 * service (support/oidc.ts) behind ACTIONS_ID_TOKEN_REQUEST_URL, and a test
 * registry whose exchange checks each ID token's signature, audience and
 * claims against a per-package trusted-publisher table, as npmjs does.
 */
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { makePackage, runAction, type ActionRun } from '../support/action.ts'
import { startIssuer, type TestIssuer } from '../support/oidc.ts'
import { startRegistry, type TestRegistry, type TrustedPublisher } from '../support/registry.ts'
import { checkRunsForSecrets } from '../support/secrets.ts'

const REPOSITORY = 'octo/widgets'
const PUBLISHER: TrustedPublisher = { repository: REPOSITORY, workflow: 'release.yml', actions: ['publish', 'stage'] }

let registry: TestRegistry
let issuer: TestIssuer
let work: string
let counter = 0

before(async () => {
  ;[registry, issuer] = await Promise.all([
    startRegistry(),
    startIssuer({ repository: REPOSITORY, workflow_ref: `${REPOSITORY}/.github/workflows/release.yml@refs/heads/main`, repository_visibility: 'private' }),
  ])
  registry.oidc = { publicKey: issuer.publicKey, trustedPublishers: new Map() }
  work = await mkdtemp(join(tmpdir(), 'otp-publish-oidc-'))
})

after(async () => {
  await Promise.all([registry?.stop(), issuer?.stop()])
  checkRunsForSecrets(undefined, registry, [...issuer.issued, ...registry.oidcTokens])
})

/** A package whose 1.0.0 is on the registry (published with token + code), and whose 1.0.1 is ready to publish. */
async function existingPackage(publisher?: TrustedPublisher): Promise<string> {
  const name = `e2e-oidc-${++counter}`
  await makePackage(work, name, { manifest: { name, version: '1.0.0' } })
  const first = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, package: name, 'trusted-publishing': 'false' }, { cwd: work })
  assert.equal(first.exitCode, 0, first.stdout)
  await makePackage(work, name, { manifest: { name, version: '1.0.1' } })
  if (publisher) registry.oidc!.trustedPublishers.set(name, publisher)
  return name
}

async function publish(inputs: Record<string, string>, withIdToken = true): Promise<{ run: ActionRun; writes: TestRegistry['log'] }> {
  const start = registry.log.length
  const run = await runAction({ registry: registry.url, token: registry.token, 'otp-secret': registry.seed, ...inputs }, { cwd: work, env: withIdToken ? issuer.env : {} })
  return { run, writes: registry.log.slice(start).filter(record => record.method === 'PUT' || record.method === 'POST') }
}

describe('trusted publishing (OIDC)', () => {
  test('a package with a trusted publisher is published through the exchange: no token input, no code', async () => {
    const name = await existingPackage(PUBLISHER)
    const { run, writes } = await publish({ package: name })
    assert.equal(run.exitCode, 0, run.stdout)
    const exchange = writes.find(w => w.path === `/-/npm/v1/oidc/token/exchange/package/${name}`)
    assert.equal(exchange?.status, 201)
    const puts = writes.filter(w => w.method === 'PUT')
    assert.deepEqual(puts.map(put => [put.status, put.oidc, put.otp]), [[201, true, undefined]], 'one PUT, with the exchanged token and no code')
    assert.equal(run.outputs.auth, 'oidc')
    assert.equal(run.outputs['otp-required'], 'false')
    assert.match(run.stdout, /Trusted publishing: e2e-oidc-\d+@1\.0\.1 is published with a short-lived token/)
    assert.doesNotMatch(run.stdout, /Provenance: on/, 'a private repository: no provenance')
  })

  test('a workspace where one package has no trusted publisher: that one by token + code, the rest by OIDC, and results say which', async () => {
    const withPublisher = await existingPackage(PUBLISHER)
    const without = await existingPackage()
    const { run } = await publish({ package: `${withPublisher}\n${without}` })
    assert.equal(run.exitCode, 0, run.stdout)
    const results = JSON.parse(run.outputs.results) as { name: string; outcome: string; auth: string; message?: string }[]
    assert.deepEqual(results.map(r => [r.name, r.outcome, r.auth]), [[withPublisher, 'published', 'oidc'], [without, 'published', 'token+otp']])
    assert.match(run.stdout, new RegExp(`Trusted publishing is not used for ${without}@1\\.0\\.1: ${without} has no trusted publisher that matches this workflow`))
    assert.equal(run.outputs.auth, '', 'packages differ')
  })

  test('a first publish under auto: token + code, and the summary says a trusted publisher would remove the token next time', async () => {
    const name = `e2e-oidc-new-${++counter}`
    await makePackage(work, name, { manifest: { name, version: '1.0.0' } })
    const { run, writes } = await publish({ package: name })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.equal(run.outputs.auth, 'token+otp')
    assert.ok(writes.some(w => w.method === 'PUT' && w.otp !== undefined && !w.oidc))
    assert.match(run.stdout, new RegExp(`${name} does not exist on the registry yet, and a first publish cannot use trusted publishing`))
    assert.match(run.summary, /configuring a trusted publisher for it now removes the token from the next release/)
  })

  test('trusted-publishing: true without an ID token (no id-token permission): the message names the permission, and nothing is sent', async () => {
    const name = await existingPackage(PUBLISHER)
    const { run, writes } = await publish({ package: name, 'trusted-publishing': 'true' }, false)
    assert.equal(run.exitCode, 1)
    assert.match(run.error, /Trusted publishing \(OIDC\) cannot publish e2e-oidc-\d+ to .*: it is required \(trusted-publishing: true\), but this job cannot get an OIDC ID token: add "permissions: id-token: write" to the job/)
    assert.deepEqual(writes, [])
  })

  test('trusted-publishing: true and no trusted publisher: fails with the reason, never falls back to the token', async () => {
    const name = await existingPackage()
    const { run, writes } = await publish({ package: name, 'trusted-publishing': 'true' })
    assert.equal(run.exitCode, 1)
    assert.match(run.error, new RegExp(`Trusted publishing \\(OIDC\\) cannot publish ${name}@1\\.0\\.1 to .*: ${name} has no trusted publisher that matches this workflow`))
    assert.ok(!writes.some(w => w.method === 'PUT'))
  })

  test('an ID token the registry cannot verify: the reason, and under auto the token + code', async () => {
    const name = await existingPackage(PUBLISHER)
    const trusted = registry.oidc!.publicKey
    registry.oidc!.publicKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey
    try {
      const { run } = await publish({ package: name })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.equal(run.outputs.auth, 'token+otp')
      assert.match(run.stdout, /the registry refused the job's ID token \(its signature, expiry, issuer, or the audience npm:127\.0\.0\.1\)/)
    } finally {
      registry.oidc!.publicKey = trusted
    }
  })

  test('a trusted publisher allowed only to stage: under auto, the publish falls back to token + code and says why; with stage: true, it stages through OIDC', async () => {
    const name = await existingPackage({ ...PUBLISHER, actions: ['stage'] })
    const { run, writes } = await publish({ package: name })
    assert.equal(run.exitCode, 0, run.stdout)
    assert.deepEqual(writes.filter(w => w.method === 'PUT').map(put => [put.status, put.oidc, put.otp !== undefined]), [[403, true, false], [201, false, true]])
    assert.match(run.stdout, /::warning::Trusted publishing could not publish .*: the trusted publisher of .* does not allow publishing with this workflow/)
    assert.equal(run.outputs.auth, 'token+otp')

    await makePackage(work, name, { manifest: { name, version: '1.0.2' } })
    const staged = await publish({ package: name, stage: 'true' })
    assert.equal(staged.run.exitCode, 0, staged.run.stdout)
    assert.deepEqual(staged.writes.filter(w => w.path.startsWith('/-/stage/')).map(w => [w.status, w.oidc, w.otp]), [[201, true, undefined]])
    assert.equal(staged.run.outputs.auth, 'staged')
  })

  test('provenance auto turns on for a public package through OIDC from a public repository (seen in a dry run)', async () => {
    const name = await existingPackage(PUBLISHER)
    issuer.claims.repository_visibility = 'public'
    try {
      const { run } = await publish({ package: name, 'dry-run': 'true' })
      assert.equal(run.exitCode, 0, run.stdout)
      assert.match(run.stdout, /Provenance: on \(trusted publishing from a public repository, for a public package\)/)
      assert.equal(run.outputs.auth, 'oidc')
    } finally {
      issuer.claims.repository_visibility = 'private'
    }
  })
})
