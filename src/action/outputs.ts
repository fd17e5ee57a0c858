import type { Text } from '../common/text.ts'
import { resultEntries } from '../core/results.ts'
import type { RunResult } from '../core/types.ts'
import type { OutputName } from './metadata.ts'

/** Every output declared in action.yml, as strings ('' where there is nothing to say). `say` renders and scrubs a message. */
export function outputsOf(run: RunResult, dryRun: boolean, say: (message: Text) => string): Record<OutputName, string> {
  const results = JSON.stringify(resultEntries(run, say))
  const published = run.packages.flatMap(pkg => (pkg.result?.id ? [pkg.result] : []))
  const reached = run.packages.flatMap(pkg => (pkg.result ? [pkg.result] : []))
  const single = !run.multiple ? run.packages[0]?.result : undefined
  /** One value when every package agrees on it, else empty. */
  const common = (values: string[]) => (new Set(values).size === 1 ? values[0] : '')
  return {
    id: published.map(result => result.id).join('\n'),
    name: single?.name ?? '',
    version: single?.version ?? '',
    type: single?.type ?? '',
    'old-version': single?.oldVersion ?? '',
    tag: common(reached.map(result => result.tag)),
    access: common(reached.map(result => result.access)),
    registry: common(reached.map(result => result.registry)),
    'dry-run': String(dryRun),
    // A run that failed for a code it could not give (no seed, codes rejected, security-key 2FA) needed one too.
    'otp-required': String(reached.some(result => result.otpRequired) || run.packages.some(pkg => pkg.error?.otpRequired === true) || run.error?.otpRequired === true),
    auth: common(reached.flatMap(result => (result.auth && result.outcome !== 'skipped' ? [result.auth] : []))),
    'stage-id': reached.flatMap(result => (result.outcome === 'staged' && result.stageId ? [result.stageId] : [])).join('\n'),
    results,
  }
}
