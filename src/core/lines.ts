/**
 * Every sentence of the core that names a setting, outside errors.ts: log lines and the details of
 * errors about a setting. Settings are references (see common/text.ts) that each face renders in
 * its own words; a test renders every line here in every face. Nothing else in the core refers to a
 * setting.
 */
import { emptyOf, giveOf, join, nameOf, plain, setTo, text, valueOf, type Text } from '../common/text.ts'

export const lines = {
  /** Where a requested registry came from. */
  requestedRegistry: (): Text => text`${nameOf('registry')}`,

  /** Repository content chose another registry than the one the run's secrets go to. */
  secretsOnlyFor: (workflow: string, workflowSource: Text, registry: string): Text =>
    text`Only ${workflow} (${workflowSource}) gets ${nameOf('token')} and one-time passwords; ${registry} gets only the credentials npm's configuration binds to it.`,

  projectNetworkIgnored: (keys: string[]): Text =>
    text`The repository's .npmrc sets ${keys.join(', ')}: requests that carry ${nameOf('token')} or one-time passwords use only the runner's network settings.`,

  publishedByOidc: (id: string): Text =>
    text`Trusted publishing: ${id} is published with a short-lived token from the registry's OIDC exchange, without ${nameOf('token')} and without a one-time password.`,

  oidcNotUsed: (id: string, reason: string, withCode: boolean): Text =>
    text`Trusted publishing is not used for ${id}: ${reason}. It is published with ${nameOf('token')}${withCode ? ' and a one-time password' : ''}.`,

  oidcFallback: (id: string, reason: string, withCode: boolean): Text =>
    text`Trusted publishing could not publish ${id}: ${reason}. Publishing it with ${nameOf('token')}${withCode ? ' and a one-time password' : ''} instead.`,

  provenanceOn: (): Text =>
    text`Provenance: on (trusted publishing from a public repository, for a public package), as the npm CLI does; ${setTo('provenance', 'false')} to publish without it.`,

  notGreater: (version: string, oldVersion: string, tag: string): Text =>
    text`version ${version} is not greater than ${oldVersion}, the version on tag "${tag}" (${valueOf('strategy', 'upgrade')})`,

  dryRunNotSent: (id: string, would: string): Text =>
    text`Dry run: ${id} was not ${would} (${valueOf('dryRun', 'true')}). The checks of a real run passed: the credentials, the account's two-factor mode and whether the run can give the code it needs, trusted publishing, the version, the tarball.`,

  dryRunWouldFail: (id: string | undefined, failure: Text): Text => text`Dry run: ${id ?? 'the package'} would fail: ${failure}`,

  stagedInstead: (id: string, why: 'webauthn' | 'no-seed' | 'stage-only' | 'tokens-disallowed'): Text =>
    join(
      {
        webauthn: 'The registry asked for a one-time password this run cannot give (the account uses security-key or passkey 2FA)',
        'no-seed': text`The registry asked for a one-time password this run cannot give (${emptyOf('otpSecret')})`,
        'stage-only': 'The registry refused a direct publish: the token may only stage',
        'tokens-disallowed': 'The registry refused the token: the package requires two-factor authentication and disallows tokens',
      }[why],
      text`; ${valueOf('onOtpUnavailable', 'stage')}, so ${id} is staged for a maintainer to approve instead.`,
    ),

  scriptsSkipped: (scripts: string[]): Text =>
    text`its ${scripts.join(', ')} script${scripts.length > 1 ? 's were' : ' was'} not run (${valueOf('ignoreScripts', 'true')}), though npm publish would run ${scripts.length > 1 ? 'them' : 'it'}: the tarball holds the folder as it is. If ${scripts.length > 1 ? 'they build' : 'it builds'} what is published, run ${scripts.length > 1 ? 'them' : 'it'} in an earlier step, or ${setTo('ignoreScripts', 'false')}`,

  entriesMissing: (missing: { field: string; path: string }[]): Text =>
    plain(
      `${missing.map(({ field, path }) => `${field} names ${path}`).join(', ')}, which the tarball does not hold (a build that did not run, or "files" or .npmignore leaving ${missing.length > 1 ? 'them' : 'it'} out); whoever installs it gets an error`,
    ),

  checkWarning: (id: string, finding: Text): Text => text`${id}: ${finding}. ${setTo('strict', 'true')} to stop the publish instead.`,

  /** Details of errors about a setting (the error names the setting first). */
  provenanceNeedsIdToken: (): Text =>
    text`provenance is on, but this job cannot get an OIDC ID token to sign it. ${giveOf('idToken')}, or ${setTo('provenance', 'false')}`,

  provenanceRefused: (detail: string): Text => text`${detail}. ${giveOf('idToken')} (on GitHub-hosted runners), or ${setTo('provenance', 'false')}.`,

  noIdToken: (): Text => text`it is required (${valueOf('trustedPublishing', 'true')}), but this job cannot get an OIDC ID token: ${giveOf('idToken')} (trusted publishing works on GitHub-hosted runners, GitLab.com and CircleCI)`,

  restrictedNeedsScope: (pkg: string): Text => text`${pkg} is not scoped, and only scoped packages can be "restricted". ${setTo('access', 'public')}, or use a scoped name.`,

  noWorkspacesDeclared: (root: string): Text =>
    text`the root at "${root}" declares no workspaces (no "workspaces" in package.json, no pnpm-workspace.yaml). ${setTo('workspaces', 'false')}, or point ${nameOf('packages')} at the workspace root`,

  noWorkspaceRoot: (): Text => text`no package.json there to read "workspaces" from (with ${valueOf('workspaces', 'true')}, ${nameOf('packages')} is the workspace root)`,
}
