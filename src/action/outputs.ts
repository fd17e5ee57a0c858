import type { PublishResult } from '../publish/publish.ts'

/** The outputs declared in action.yml, as strings. */
export function outputsOf(result: PublishResult): Record<string, string> {
  return {
    id: result.id,
    name: result.name,
    version: result.version,
    type: result.type,
    'old-version': result.oldVersion,
    tag: result.tag,
    access: result.access,
    registry: result.registry,
    'dry-run': String(result.dryRun),
    'otp-required': String(result.otpRequired),
  }
}
