// The entry the runner executes (dist/index.js). It only turns on Node's
// compile cache, so that the rest of the bundle, loaded next, is compiled once
// per machine rather than on every run.
import module from 'node:module'

module.enableCompileCache?.()
const { run } = await import('./main.ts')
await run()
