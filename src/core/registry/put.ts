/**
 * The publish request and its retry rules: a code made right before it, one
 * retry after a rejected code, waits after a 429, a look at the registry
 * before resending after a transport failure, and no redirect followed.
 */
import type npmFetch from 'npm-registry-fetch'
import {
  OtpRejectedError,
  OtpRequiredError,
  RateLimitedError,
  RegistryMismatchError,
  RegistryError,
  RegistryRedirectError,
  RegistryUnreachableError,
  WebAuthnRequiredError,
  TimeoutError,
} from '../errors.ts'
import { CodesRejected, WaitPastDeadline, type IssuedCode, type Verdict } from '../../otp/codes.ts'
import type { OtpSession } from '../../otp/session.ts'
import { publishBodyBytes } from '../../otp/transfer.ts'
import type { AuthChoice } from '../auth/choice.ts'
import type { RunContext } from '../context.ts'
import { GET_TIMEOUT_MS, PUT_TIMEOUT_MS } from '../deadline.ts'
import type { LoadedPackage } from '../package/read.ts'
import type { Access } from '../types.ts'
import { classifyRegistryError } from './classify.ts'
import { readRegistryState, type RegistryState } from './packument.ts'

export interface PutContext {
  fetchOptions: npmFetch.Options
  registry: string
  tag: string
  access: Access | undefined
  provenance: boolean
  otp: OtpSession | undefined
  withheld: AuthChoice['withheld']
  codeForWrites: boolean | undefined
}

/** The codes and the rules of a write: where it goes and with what, whatever sends it. */
export type WriteContext = Pick<PutContext, 'fetchOptions' | 'registry' | 'otp' | 'withheld' | 'codeForWrites'> & {
  /** Work between making the code and sending it (signing provenance), ms. */
  extraMs?: number
}

/** One write to the registry, sent as many times as the rules allow, each time with the code given (or none). */
export interface Write {
  name: string
  /** The version it publishes: after a failure that may have stored it, the registry is asked for it before a resend. */
  version?: string
  /** For the message: "publishing a@1.0.0". */
  what: string
  /** The size of the request body, for the code timing. */
  bodyBytes: number
  /** Sends it; throws npm-registry-fetch's errors for an answer of 400 and above. */
  send(code: string | undefined, timeoutMs: number): Promise<{ status?: number; headers?: { get(name: string): string | null } }>
}

/** Signing a provenance statement (sigstore, over the network) happens between making the code and sending it. */
const PROVENANCE_SIGNING_MS = 15_000

/** 429 answers retried per package before giving up, and the longest wait for one. */
const RATE_LIMIT_RETRIES = 3
const RATE_LIMIT_MAX_WAIT_MS = 60_000
/** Resends after a 5xx, a dropped connection or a time-out (each after checking the registry first). */
const TRANSPORT_RETRIES = 2

/** The publish request of a package (libnpmpublish), with the rules of sendWithCode. */
export async function putWithCode(pkg: LoadedPackage, tarball: Buffer, put: PutContext, context: RunContext): Promise<WriteResult> {
  const { name, version } = pkg.manifest
  const { default: libnpmpublish } = await import('libnpmpublish')
  const { publish } = libnpmpublish
  return sendWithCode(
    {
      name,
      version,
      what: `publishing ${name}@${version}`,
      bodyBytes: publishBodyBytes(tarball.length),
      send: (code, timeout) =>
        publish(pkg.manifest as unknown as Parameters<typeof publish>[0], tarball, {
          ...put.fetchOptions,
          defaultTag: put.tag,
          access: put.access ?? null,
          ...provenanceOptions(pkg, put.provenance),
          otp: code,
          timeout,
        } as Parameters<typeof publish>[2]),
    },
    { ...put, extraMs: put.provenance ? PROVENANCE_SIGNING_MS : 0 },
    context,
  )
}

/** libnpmpublish's provenance options: a bundle the package carries already, or one to sign now (`provenance`). */
export function provenanceOptions(pkg: LoadedPackage, provenance: boolean): { provenance: boolean; provenanceFile?: string } {
  return pkg.provenanceFile ? { provenance: false, provenanceFile: pkg.provenanceFile } : { provenance }
}

export interface WriteResult {
  otpRequired: boolean
  code: IssuedCode | undefined
  /** The registry has the version (this write's, or another's: the caller compares). */
  exists: boolean
  /** The version is staged and waits for approval. */
  staged?: boolean
  /** The registry's packument, when it was read to find the version. */
  found?: RegistryState
}

/**
 * A write, with a code made right before it. On a rejected code: one retry
 * with a code from a later step, then stop (npmjs rate-limits repeated bad
 * codes); a code the registry refused only because another request of the run
 * used it first is not a wrong code, and its write simply waits for a step of
 * its own. On 429: wait as `retry-after` says (or back off), a few times.
 */
export async function sendWithCode(write: Write, put: WriteContext, { logger, clock, deadline, otp: runCodes, pause }: Pick<RunContext, 'logger' | 'clock' | 'deadline' | 'otp' | 'pause'>): Promise<WriteResult> {
  const { otp, registry } = put
  const { name, version, bodyBytes, what } = write
  const extraMs = put.extraMs ?? 0
  const rejected: IssuedCode[] = []
  /** A code for the next request (none without a seed); stops when the run's codes keep being rejected. */
  const nextCode = async (afterStep?: number): Promise<IssuedCode | undefined> => {
    if (!otp) return undefined
    try {
      return await otp.codeFor({ bodyBytes, extraMs, afterStep, log: logger, notAfterMs: deadline.at, pause })
    } catch (error) {
      if (error instanceof CodesRejected) throw new OtpRejectedError(registry, otp.describe(error.codes), { cause: error })
      if (error instanceof WaitPastDeadline) throw new TimeoutError(deadline.seconds, 'waiting for a fresh one-time password')
      throw error
    }
  }

  // A code goes with the first request unless the registry said the account needs none.
  let code = put.codeForWrites === false ? undefined : await nextCode()
  let otpRequired = put.codeForWrites === true
  let rateLimited = 0
  let transportFailures = 0
  for (;;) {
    if (code) {
      try {
        deadline.check('sending the publish request')
      } catch (error) {
        otp?.released(code)
        throw error
      }
    }
    const started = clock.now()
    let failure: { error: unknown } | undefined
    let response: { status?: number; headers?: { get(name: string): string | null } } | undefined
    try {
      response = await write.send(code?.code, deadline.timeout(PUT_TIMEOUT_MS, 'the publish request'))
    } catch (error) {
      failure = { error }
    }
    const ms = clock.now() - started
    const status = response?.status ?? 0
    if (!failure && status >= 300 && status < 400) {
      // A redirect is no answer: only the registry we chose can say whether the version is there.
      if (otp && code) otp.released(code)
      const state = version === undefined ? undefined : await readRegistryState(name, { ...put.fetchOptions, timeout: deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, clock)
      if (version !== undefined && state?.versions.has(version)) return { otpRequired, code, exists: true, found: state }
      throw new RegistryRedirectError(registry, what, status, response?.headers?.get('location') ?? undefined)
    }
    if (!failure) {
      if (otp && code) otp.accepted(code, bodyBytes, ms)
      return { otpRequired, code, exists: false }
    }
    const { error } = failure
    const id = version === undefined ? name : `${name}@${version}`
    const answer = classifyRegistryError(error, { registry, pkg: id, what, writes: true })
    // Settle the code first: other requests of its step may be waiting for this answer.
    let verdict: Verdict | undefined
    if (otp && code) {
      if (answer.kind === 'otp' && !answer.browser) verdict = await otp.rejected(code, bodyBytes, ms, logger)
      else otp.released(code)
    }

    if (answer.kind === 'fail' && answer.error instanceof RateLimitedError && rateLimited < RATE_LIMIT_RETRIES) {
      const waitMs = Math.min(RATE_LIMIT_MAX_WAIT_MS, answer.error.retryAfterMs ?? 2_000 * 2 ** rateLimited)
      rateLimited++
      deadline.check(`waiting ${(waitMs / 1000).toFixed(0)} s after a 429`, waitMs)
      logger.warning(`The registry answered 429 Too Many Requests; waiting ${(waitMs / 1000).toFixed(0)} s before trying again (${rateLimited} of ${RATE_LIMIT_RETRIES}).`)
      await clock.sleep(waitMs)
      code = await nextCode()
      continue
    }
    if (answer.kind === 'fail' && isTransient(error, answer.error) && transportFailures < TRANSPORT_RETRIES) {
      // The registry may have stored the version before the failure: look before sending it again.
      transportFailures++
      const waitMs = 1_000 * 2 ** (transportFailures - 1)
      deadline.check('checking the registry after a failed publish request', waitMs)
      logger.warning(`The publish request failed (${shortly(answer.error)}); ${version === undefined ? 'trying again' : 'checking the registry before trying again'}.`)
      await clock.sleep(waitMs)
      if (version !== undefined) {
        const state = await readRegistryState(name, { ...put.fetchOptions, timeout: deadline.timeout(GET_TIMEOUT_MS, 'the version check') }, clock)
        if (state.versions.has(version)) return { otpRequired, code, exists: true, found: state }
      }
      code = await nextCode()
      continue
    }
    if (answer.kind === 'fail') throw answer.error
    if (answer.kind === 'exists') return { otpRequired, code, exists: true }
    if (answer.kind === 'staged') return { otpRequired, code, exists: false, staged: true }
    otpRequired = true
    if (answer.browser) throw new WebAuthnRequiredError(registry, { cause: error })
    if (!otp && runCodes && put.withheld) throw new RegistryMismatchError(id, put.withheld.registry, put.withheld.workflow, 'code', { cause: error })
    if (otp && !code) {
      // The account said it needs no code, and the registry asks for one all the same.
      code = await nextCode()
      continue
    }
    if (!otp || !code) throw new OtpRequiredError(registry, { cause: error })
    if (verdict === 'reuse-refused') {
      logger.info(`The code of time step ${code.step} was taken by another request of this run; waiting for a step of its own.`)
      code = await nextCode(code.step)
      continue
    }
    rejected.push(code)
    if (rejected.length >= 2) throw new OtpRejectedError(registry, otp.describe(rejected), { cause: error })
    logger.warning(
      `The registry rejected the one-time password from time step ${code.step} (${code.secondsLeft.toFixed(1)} s left when sent). ` +
        'Retrying once with a code from a later step.',
    )
    code = await nextCode(code.step)
  }
}

/** What went wrong with a request, in a few words. */
function shortly(error: Error): string {
  if (error instanceof RegistryUnreachableError) return error.detail
  if (error instanceof RegistryError) return error.detail
  return error.name
}

/** A 5xx, a dropped connection or a time-out: the request may or may not have been stored. */
function isTransient(thrown: unknown, error: Error): boolean {
  const status = (thrown as { statusCode?: number }).statusCode
  return (status !== undefined && status >= 500) || error instanceof RegistryUnreachableError
}
