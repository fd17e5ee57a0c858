/**
 * Starts the test registry (Verdaccio behind the OTP gate that answers like npmjs
 * for a 2FA account) on 127.0.0.1 and keeps it running until it is stopped
 * (SIGTERM or SIGINT). Writes { url, token, seed } as JSON to the file named by
 * its first argument once it listens. The repository's own workflow
 * (.github/workflows/dogfood.yml) uses it to run the action from the checkout
 * against a registry in the job. The token and the seed are throwaway values of
 * this registry, and the workflow masks them all the same.
 */
import { writeFile } from 'node:fs/promises'
import { startRegistry } from '../__tests__/support/registry.ts'

const target = process.argv[2]
if (!target) {
  console.error('Usage: node scripts/serve-registry.ts <file to write { url, token, seed } to>')
  process.exit(2)
}
const registry = await startRegistry()
await writeFile(target, `${JSON.stringify({ url: registry.url, token: registry.token, seed: registry.seed })}\n`, { mode: 0o600 })
console.log(`Registry with an OTP gate listening at ${registry.url}`)
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void registry.stop().then(() => process.exit(0))
  })
}
