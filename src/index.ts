// The entry the runner executes (dist/index.js). It turns on Node's compile
// cache, so that the rest of the bundle, loaded next, is compiled once per
// machine rather than on every run, and keeps the secret inputs out of the
// process environment when package scripts will run (action/secrets.ts).
import module from 'node:module'
import { isolateSecrets } from './action/secrets.ts'

const secrets = isolateSecrets()
module.enableCompileCache?.()
const { run } = await import('./action/main.ts')
await run(undefined, secrets)
