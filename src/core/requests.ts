/**
 * What a release does besides publishing, for a run under way (the relay's requests): reads, and
 * moving the dist-tags of versions it published. Each goes where a publish of the same package
 * would go, with the same credentials and the same code rules.
 */
import npmFetch from 'npm-registry-fetch'
import { credentialsFor, planCredentials } from './auth/choice.ts'
import type { RunContext } from './context.ts'
import { GET_TIMEOUT_MS } from './deadline.ts'
import { registriesFor } from './npm/registries.ts'
import { forward, type Answer, type Forward } from './registry/forward.ts'
import { escapeName } from './registry/packument.ts'
import { sendWithCode } from './registry/put.ts'
import type { PublishRequest } from './types.ts'

/** Where a package's requests go: its registry (publishConfig, scoped registries) and the registry the run's secrets may go to. */
function subjectOf(name: string | undefined, publishConfig: Record<string, unknown>, request: PublishRequest, context: RunContext) {
  const { registry, workflow } = registriesFor(name ?? '', name ?? '.', request.registry, publishConfig, context.config)
  return { id: name ?? registry.url, name: name ?? '', registry, workflow }
}

/** A read, sent to the registry of the package it names (the run's registry otherwise) with the credentials a publish of it would use. */
export function readThrough(name: string | undefined, publishConfig: Record<string, unknown>, read: Omit<Forward, 'timeoutMs'>, request: PublishRequest, context: RunContext): Promise<Answer | { refused: string }> {
  const subject = subjectOf(name, publishConfig, request, context)
  const { fetchOptions } = credentialsFor(subject, request, context)
  return forward(subject.registry.url, { ...read, timeoutMs: context.deadline.timeout(GET_TIMEOUT_MS * 2, 'a read through the relay') }, fetchOptions)
}

/** Point `tag` at `version` (or remove it), with a code where the account needs one; a dry run sends nothing. */
export async function moveDistTag(name: string, tag: string, version: string | undefined, publishConfig: Record<string, unknown>, request: PublishRequest, context: RunContext): Promise<void> {
  const subject = subjectOf(name, publishConfig, request, context)
  const what = version ? `setting the dist-tag "${tag}" of ${name} to ${version}` : `removing the dist-tag "${tag}" of ${name}`
  if (request.dryRun) {
    context.logger.info(`Dry run: ${what} was not sent.`)
    return
  }
  // A dist-tag is the account's write: trusted publishing's tokens publish, they do not move tags.
  const plan = planCredentials(subject, { ...request, trustedPublishing: 'false' }, context)
  const known = await plan.account
  if (known?.error !== undefined) throw known.error
  await sendWithCode(
    {
      name,
      what,
      bodyBytes: 1024,
      send: (code, timeout) =>
        npmFetch(`/-/package/${escapeName(name)}/dist-tags/${encodeURIComponent(tag)}`, {
          ...plan.fetchOptions,
          method: version ? 'PUT' : 'DELETE',
          ...(version ? { body: JSON.stringify(version), headers: { ...plan.fetchOptions.headers, 'content-type': 'application/json' } } : {}),
          otp: code,
          timeout,
        } as npmFetch.Options),
    },
    { fetchOptions: plan.fetchOptions, registry: subject.registry.url, otp: plan.codes, withheld: plan.ours ? undefined : { registry: subject.registry, workflow: subject.workflow }, codeForWrites: known?.value?.codeForWrites },
    context,
  )
  context.logger.info(`${version ? `Set the dist-tag "${tag}" of ${name} to ${version}` : `Removed the dist-tag "${tag}" of ${name}`} on ${subject.registry.url}.`)
}
