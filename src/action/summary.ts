import { oneLine } from '../common/log.ts'
import type { Text } from '../common/text.ts'
import type { PackageOutcome, RunResult } from '../core/types.ts'

/** Renders a message in the action's words, scrubbed of secrets, on one line. */
type Say = (message: Text) => string

/** A minimal view of @actions/core's summary, so that the text can be built and tested on its own. */
export interface SummaryWriter {
  addHeading(text: string, level?: number): SummaryWriter
  addTable(rows: ({ data: string; header?: boolean } | string)[][]): SummaryWriter
  addRaw(text: string, addEOL?: boolean): SummaryWriter
  write(): Promise<unknown>
}

/** Where the run came from, for the summary (from @actions/github's context); each part only when the runner said. */
export interface RunInfo {
  repository: string
  sha?: string
  workflow?: string
  runUrl?: string
}

const HEADER = ['Package', 'Version', 'Outcome', 'Tag', 'Previous on tag', 'Access', 'Registry', 'Auth', 'Note']

/** Every package and its outcome: what was published or skipped, where, with which tag, and whether a code was needed. No secret. */
export async function writeResultSummary(summary: SummaryWriter, run: RunResult, dryRun: boolean, say: Say, info?: RunInfo): Promise<void> {
  await summary
    .addHeading(say([title(run, dryRun)]), 3)
    .addTable([HEADER.map(data => ({ data, header: true })), ...run.packages.map(pkg => row(pkg, say))])
    .addRaw(approvals(run, say), true)
    .addRaw(info ? origin(info) : '', true)
    .write()
}

/** For staged versions: how a maintainer approves each one. */
function approvals(run: RunResult, say: Say): string {
  const staged = run.packages.filter(pkg => pkg.outcome === 'staged')
  if (!staged.length) return ''
  const items = staged.map(pkg => {
    const id = pkg.result?.stageId
    return `<li>${escape(say([`${pkg.name}@${pkg.version}`]))}: <code>${escape(say([id ? `npm stage approve ${id}` : `npm stage list ${pkg.name}`]))}</code></li>`
  })
  return `<p>Staged versions wait for a maintainer to approve them with two-factor authentication (or on the package's staged versions page):</p><ul>${items.join('')}</ul>`
}

/** "From owner/repo at abc123, workflow "release", run.", with whichever parts the runner gave. */
function origin({ repository, sha, workflow, runUrl }: RunInfo): string {
  const parts = [`From ${escape(repository)}${sha ? ` at ${escape(sha.slice(0, 12))}` : ''}`]
  if (workflow) parts.push(`workflow "${escape(workflow)}"`)
  if (runUrl) parts.push(`<a href="${escape(runUrl)}">run</a>`)
  return `<p>${parts.join(', ')}.</p>`
}

function title(run: RunResult, dryRun: boolean): string {
  const count = (outcome: string) => run.packages.filter(pkg => pkg.outcome === outcome).length
  if (!run.multiple) {
    const [only] = run.packages
    if (only.outcome === 'skipped') return `Skipped ${only.name}@${only.version}`
    if (only.outcome === 'staged') return `Staged ${only.name}@${only.version}: waiting for approval`
    return dryRun ? `Dry run: ${only.name}@${only.version} not published` : `Published ${only.name}@${only.version}`
  }
  const parts = [`${count('published')} ${dryRun ? 'would be published (dry run)' : 'published'}`, `${count('skipped')} skipped`]
  if (count('staged')) parts.push(`${count('staged')} staged`)
  if (count('failed')) parts.push(`${count('failed')} failed`)
  if (count('not attempted')) parts.push(`${count('not attempted')} not attempted`)
  return `npm publish: ${run.packages.length} packages, ${parts.join(', ')}`
}

function row(pkg: PackageOutcome, say: Say): string[] {
  const result = pkg.result
  const outcome =
    pkg.outcome === 'published' && result ? (result.dryRun ? 'dry run' : `published (${result.type})`) : pkg.outcome === 'staged' && result?.stageId ? `staged (${result.stageId})` : pkg.outcome
  return [
    pkg.name ?? pkg.entry,
    pkg.version ?? '',
    outcome,
    result?.tag ?? '',
    result ? result.oldVersion || 'none' : '',
    result?.access ?? '',
    result?.registry ?? '',
    result?.auth ?? '',
    capitalise(say(pkg.message)),
  ].map(cell => escape(say([cell])))
}

/** The failure, for the job summary. The message is already free of secrets. */
export async function writeFailureSummary(summary: SummaryWriter, message: string): Promise<void> {
  await summary.addHeading('npm publish failed', 3).addRaw(`<p>${escape(message)}</p>`, true).write()
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** One line of escaped text: a cell or a sentence of the summary can never open a tag or break out of the table. */
function escape(text: string): string {
  return oneLine(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>"'|]/g, char => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '|': '&#124;' })[char] as string)
}
