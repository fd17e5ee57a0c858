/**
 * What a face asks of the core, and what it gets back: one request, one result per package. Plain
 * data (arrays, booleans, numbers), no strings a face must parse again, no face's words.
 */
import type { Text } from '../common/text.ts'
import type { TotpSeed } from '../otp/seed.ts'
import type { PublishError } from './errors.ts'

/** The fields of package.json the core reads; the rest is passed through to the registry. */
export interface Manifest {
  name: string
  version: string
  private?: boolean
  publishConfig?: Record<string, unknown>
  [field: string]: unknown
}

export type Access = 'public' | 'restricted'
export type Strategy = 'all' | 'upgrade'
/** What to do when the registry asks for a one-time password the run cannot give. */
export type OtpUnavailable = 'fail' | 'stage'
/** Trusted publishing (OIDC): try it per package and fall back ('auto'), require it ('true'), or never ('false'). */
export type TrustedPublishing = 'auto' | 'true' | 'false'

/** Where the job's OIDC ID token comes from, when it can get one. */
export type IdTokenSource =
  /** A token the CI gave (GitLab's id_tokens, CircleCI: NPM_ID_TOKEN). */
  | { kind: 'given'; token: string }
  /** GitHub's token service, for a job with `permissions: id-token: write`. */
  | { kind: 'github'; url: string; requestToken: string }

/** Everything the core needs for a run; each face builds it from its own settings. */
export interface PublishRequest {
  /** Folders, package.json paths, .tgz files or globs, relative to `cwd`, in order. Empty: the package in `cwd`. */
  packages: string[]
  /** Publish every workspace of this folder (relative to `cwd`) instead of `packages`. */
  workspaceRoot?: string
  /** With `workspaceRoot`: the root package too, unless it is private (then a root without workspaces is the one package). */
  includeRoot?: boolean
  /** How many publish requests may be in flight at once. */
  concurrency: number
  /** The whole run may take at most this long, ms. */
  timeoutMs: number
  /** The folder the run works from (where `npm publish` would run). */
  cwd: string
  /** Absent: the credentials npm's configuration gives (.npmrc, ${NODE_AUTH_TOKEN}). */
  token?: string
  seed?: TotpSeed
  /** A normalised registry URL; absent: publishConfig, then npm's configuration. */
  registry?: string
  tag?: string
  access?: Access
  /** true, false, or 'auto': on for a public package published through OIDC from a public repository. */
  provenance: boolean | 'auto'
  trustedPublishing: TrustedPublishing
  strategy: Strategy
  ignoreScripts: boolean
  /** Fail instead of warning about skipped publish scripts and entry files the tarball lacks. */
  strict: boolean
  dryRun: boolean
  /** Publish as staged versions, for a maintainer to approve. */
  stage: boolean
  /**
   * A version the registry has already: skipped (a publish: the version check comes before
   * packing), or compared by integrity with the tarball at hand (the relay: the same contents are
   * there already, other contents are a conflict). Default: skip.
   */
  existing?: 'skip' | 'compare'
  onOtpUnavailable: OtpUnavailable
  /** The environment npm's configuration is read from (npm_config_*, ${VAR} in .npmrc files), and where npm is found (PATH). */
  npmEnv: NodeJS.ProcessEnv
  /** The job's OIDC ID token, when it can get one. */
  idToken?: IdTokenSource
  /** The job runs on GitHub Actions (so provenance needs the job's OIDC permission). */
  githubActions: boolean
}

export type Auth = 'oidc' | 'token' | 'token+otp' | 'staged'

/** What became of a package the registry was reached for. */
export interface PublishResult {
  name: string
  version: string
  outcome: 'published' | 'staged' | 'skipped'
  /** `name@version` when published (or, in a dry run, when it would be). */
  id?: string
  /** The registry's id of a staged version (for `npm stage approve`), when it said. */
  stageId?: string
  /** Semver difference from oldVersion (`initial` for a first publish); absent when skipped. */
  type?: string
  /** The version on `tag` before this run, when there was one. */
  oldVersion?: string
  tag: string
  access: Access | 'default'
  registry: string
  dryRun: boolean
  /** The registry required a one-time password: its account profile says 2FA for writes, or it asked for one. */
  otpRequired: boolean
  /** How it was published; absent when skipped. */
  auth?: Auth
  /** Why it was skipped, or how it was published, in one sentence. */
  reason: Text
  /** In a dry run: the files the tarball holds (what `npm pack --dry-run` lists), by path. */
  files?: string[]
}

export type Outcome = 'published' | 'staged' | 'skipped' | 'failed' | 'not attempted'

/** One package of the run and what became of it. */
export interface PackageOutcome {
  /** The entry as listed (or matched by a glob / the workspaces). */
  entry: string
  /** Absent when the package could not even be read. */
  name?: string
  version?: string
  outcome: Outcome
  /** Why it failed, was skipped or was not attempted; how it was published. */
  message: Text
  /** The publish result, when the registry was reached. */
  result?: PublishResult
  /** The failure, when it failed. */
  error?: PublishError
}

export interface RunResult {
  /** One entry per package, in the order asked for. */
  packages: PackageOutcome[]
  /** Several packages were asked for (a list, a glob or workspaces), not one. */
  multiple: boolean
  /** The run could not start (no package found, npm's configuration unusable, ...): then `packages` is empty. */
  error?: PublishError
}

/** Told as each package is done, for a face that shows progress. */
export interface Progress {
  name: string
  version: string
  outcome: Outcome
  /** Packages done so far (this one included), of `total` sent to the registry. */
  done: number
  total: number
}
