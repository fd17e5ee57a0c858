/**
 * The results document: one entry per package, as the action's `results` output and the command
 * line's --json give it. Messages are rendered by the face that shows them.
 */
import type { Text } from '../common/text.ts'
import type { Outcome, RunResult } from './types.ts'

export interface ResultEntry {
  name: string
  version: string
  outcome: Outcome
  tag: string
  auth: string
  stageId?: string
  /** Why it failed, as a stable code (ENOTOKEN, EOTPREQUIRED, ECONFLICT, ...): README's exit code table lists them. */
  code?: string
  message?: string
  /** In a dry run: the files the package's tarball holds. */
  files?: string[]
}

/** `messages: 'always'` gives published packages their message too (the CLI's --json). `say` renders a message. */
export function resultEntries(run: RunResult, say: (message: Text) => string, messages: 'unless-published' | 'always' = 'unless-published'): ResultEntry[] {
  return run.packages.map(pkg => ({
    name: pkg.name ?? '',
    version: pkg.version ?? '',
    outcome: pkg.outcome,
    tag: pkg.result?.tag ?? '',
    auth: pkg.result?.auth ?? '',
    ...(pkg.outcome === 'staged' ? { stageId: pkg.result?.stageId ?? '' } : {}),
    ...(pkg.error ? { code: pkg.error.code } : {}),
    ...(pkg.outcome !== 'published' || messages === 'always' ? { message: say(pkg.message) } : {}),
    ...(pkg.result?.files ? { files: pkg.result.files } : {}),
  }))
}
