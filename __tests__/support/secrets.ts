/**
 * The secret scan. Every run of the built action in a test process is
 * recorded here (runAction does it), and every test registry's token, seed and
 * the codes its gate saw; checkRunsForSecrets fails when any of them, or a
 * transform of one, appears in what a run printed, its outputs or its summary.
 * Each test file that runs the action calls it once, after its tests.
 */
import assert from 'node:assert/strict'
import type { ActionRun } from './action.ts'

interface SecretSource {
  token: string
  seed: string
  codesSeen: Set<string>
}

const recordedRuns: ActionRun[] = []

export function recordRun(run: ActionRun): void {
  recordedRuns.push(run)
}

/** The forms a secret could take in text: as is, case-changed, URL-encoded, base64, grouped as npm shows a key. */
function formsOf(secret: string): string[] {
  const forms = new Set([secret, secret.toLowerCase(), secret.toUpperCase(), encodeURIComponent(secret), Buffer.from(secret).toString('base64')])
  if (/^[A-Z2-7]+$/.test(secret)) {
    forms.add(secret.replace(/(.{4})(?!$)/g, '$1 '))
    forms.add(`secret=${secret}`)
  }
  return [...forms].filter(form => form.length >= 8)
}

/** Fail when a run shows a secret: the token, the seed in any form, or a code (as a whole number). */
export function assertNoSecrets(run: ActionRun, source: SecretSource, extra: string[] = []): void {
  for (const secret of [source.token, source.seed, ...extra]) {
    for (const form of formsOf(secret)) {
      assert.ok(!run.visible.includes(form), 'a secret (or a transform of it) appears in what the action printed, its outputs or its summary')
    }
  }
  for (const code of source.codesSeen) {
    assert.ok(!new RegExp(`(?<!\\d)${code}(?!\\d)`).test(run.visible), 'a one-time code the registry saw appears in what the action printed')
  }
}

/** Scan `runs` (default: every run recorded in this process) against the registry's secrets. */
export function checkRunsForSecrets(runs: ActionRun[] | undefined, source: SecretSource, extra: string[] = []): void {
  const all = runs ?? recordedRuns
  assert.ok(all.length > 0, 'there were runs to scan')
  for (const run of all) assertNoSecrets(run, source, extra)
}
