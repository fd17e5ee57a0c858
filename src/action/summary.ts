import type { PublishResult } from '../publish/publish.ts'

/** A minimal view of @actions/core's summary, so that the text can be built and tested on its own. */
export interface SummaryWriter {
  addHeading(text: string, level?: number): SummaryWriter
  addTable(rows: ({ data: string; header?: boolean } | string)[][]): SummaryWriter
  addRaw(text: string, addEOL?: boolean): SummaryWriter
  write(): Promise<unknown>
}

/** Where the run came from, for the summary (from @actions/github's context). */
export interface RunInfo {
  repository: string
  sha: string
  workflow: string
  runUrl: string
}

/** What was published or skipped, where, with which tag, and whether a code was needed. No secret. */
export async function writeResultSummary(summary: SummaryWriter, result: PublishResult, run?: RunInfo): Promise<void> {
  const title = result.outcome === 'skipped'
    ? `Skipped ${result.name}@${result.version}`
    : result.dryRun
      ? `Dry run: ${result.id} not published`
      : `Published ${result.id}`
  await summary
    .addHeading(title, 3)
    .addTable([
      [{ data: 'Package', header: true }, { data: 'Version', header: true }, { data: 'Outcome', header: true }, { data: 'Tag', header: true }, { data: 'Previous on tag', header: true }, { data: 'Access', header: true }, { data: 'Registry', header: true }, { data: 'One-time password', header: true }],
      [
        escape(result.name),
        escape(result.version),
        escape(result.outcome === 'skipped' ? 'skipped' : result.dryRun ? 'dry run' : `published (${result.type})`),
        escape(result.tag),
        escape(result.oldVersion || 'none'),
        escape(result.access),
        escape(result.registry),
        result.otpRequired ? 'used' : 'not needed',
      ],
    ])
    .addRaw(`<p>${escape(capitalise(result.reason))}.</p>`, true)
    .addRaw(run ? `<p>From ${escape(run.repository)} at ${escape(run.sha.slice(0, 12))}, workflow "${escape(run.workflow)}", <a href="${escape(run.runUrl)}">run</a>.</p>` : '', true)
    .write()
}

/** The failure, for the job summary. The message is already free of secrets. */
export async function writeFailureSummary(summary: SummaryWriter, message: string): Promise<void> {
  await summary.addHeading('npm publish failed', 3).addRaw(`<p>${escape(message)}</p>`, true).write()
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, char => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] as string)
}
