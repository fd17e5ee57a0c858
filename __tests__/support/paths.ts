import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root, and the bundle the runner executes (action.yml: runs.main). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const ACTION = join(ROOT, 'dist', 'index.js')
