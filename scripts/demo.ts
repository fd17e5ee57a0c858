/**
 * npm run demo: a local Verdaccio behind an OTP gate that answers like npmjs
 * for a 2FA auth-and-writes account, a sample package, and the built action
 * (dist/index.js) run the way the runner runs it: once with the TOTP seed
 * (published), once without it (refused, with the message a user would see).
 * Everything it starts listens on 127.0.0.1 and is stopped at the end.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makePackage, npm, runAction, type ActionRun } from '../__tests__/support/action.ts'
import { startRegistry } from '../__tests__/support/registry.ts'

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)

function show(title: string, run: ActionRun): void {
  console.log(`\n${bold(title)}  (exit code ${run.exitCode})`)
  for (const line of run.stdout.split('\n')) {
    if (line === '' || line.startsWith('::add-mask::') || line.startsWith('::set-output')) continue
    console.log(`  | ${line}`)
  }
  const outputs = Object.entries(run.outputs).map(([name, value]) => `${name}=${value || "''"}`)
  if (outputs.length) console.log(`  outputs: ${outputs.join(' ')}`)
}

const registry = await startRegistry()
const work = await mkdtemp(join(tmpdir(), 'otp-publish-demo-'))
try {
  console.log(`Local registry with an OTP gate: ${registry.url} (Verdaccio behind it at ${registry.upstream})`)
  console.log('The gate answers writes like npmjs does for an account with 2FA in auth-and-writes mode.')
  await makePackage(work, 'hello', { manifest: { name: 'demo-hello', version: '1.0.0', description: 'published by the demo' } })

  const withSeed = await runAction({ registry: registry.url, token: registry.token, package: 'hello', 'otp-secret': registry.seed }, { cwd: work })
  show('1. Publish demo-hello@1.0.0 with otp-secret set', withSeed)
  const viewed = JSON.parse(await npm(['view', 'demo-hello', '--json', '--registry', registry.url], work))
  console.log(`  npm view demo-hello: version ${viewed.version}, dist-tags ${JSON.stringify(viewed['dist-tags'])}`)

  const again = await runAction({ registry: registry.url, token: registry.token, package: 'hello', 'otp-secret': registry.seed }, { cwd: work })
  show('2. Run it again: the version is already there, so it is skipped', again)

  await makePackage(work, 'hello', { manifest: { name: 'demo-hello', version: '1.0.1', description: 'published by the demo' } })
  const withoutSeed = await runAction({ registry: registry.url, token: registry.token, package: 'hello' }, { cwd: work })
  show('3. Publish demo-hello@1.0.1 without otp-secret: the registry asks for a code', withoutSeed)

  const puts = registry.log.filter(record => record.method === 'PUT')
  console.log(`\nThe gate saw ${puts.length} publish requests: ${puts.map(put => `${put.status}${put.otp ? ' (with a code)' : ' (no code)'}`).join(', ')}`)
  const ok = withSeed.exitCode === 0 && again.exitCode === 0 && again.outputs.id === '' && withoutSeed.exitCode === 1
  console.log(ok ? 'Demo finished as expected.' : 'Demo did NOT behave as expected.')
  process.exitCode = ok ? 0 : 1
} finally {
  await registry.stop()
  await rm(work, { recursive: true, force: true })
}
