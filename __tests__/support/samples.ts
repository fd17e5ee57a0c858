/** One of every error the core raises, with sample arguments, for tests that go through them all. */
import { plain } from '../../src/common/text.ts'
import * as errors from '../../src/core/errors.ts'

const R = 'https://registry.npmjs.org/'
const choice = { url: R, source: plain('npm_config_registry in the environment') }

export const ERROR_SAMPLES: errors.PublishError[] = [
  new errors.InvalidSettingError('concurrency', '"0" is not a whole number from 1 to 64'),
  new errors.InvalidSettingError('dryRun', '"yes" is not a boolean. Use true or false'),
  new errors.InvalidSeedError('it is a 6-digit one-time code'),
  new errors.PackageNotFoundError('pkg', 'no such file or folder'),
  new errors.InvalidManifestError('pkg', 'no name'),
  new errors.PrivatePackageError('a', 'pkg'),
  new errors.TokenMissingError(R),
  new errors.TokenMissingError(R, '/repo/pkg/.npmrc'),
  new errors.RegistryMismatchError('a@1.0.0', choice, choice, 'token'),
  new errors.RegistryMismatchError('a@1.0.0', choice, choice, 'code'),
  new errors.TrustedPublishingError('a@1.0.0', R, 'no trusted publisher'),
  new errors.TokenRejectedError(R, 'unauthorized'),
  new errors.OtpRequiredError(R),
  new errors.OtpRejectedError(R, 'Codes were made for step 1.'),
  new errors.WebAuthnRequiredError(R),
  new errors.TwoFactorPolicyError(R, 'policy'),
  new errors.IpRestrictedError(R),
  new errors.PublishForbiddenError(R, 'a', 'forbidden'),
  new errors.RegistryUnreachableError(R, 'ECONNREFUSED'),
  new errors.RegistryCertificateError(R, 'SELF_SIGNED_CERT_IN_CHAIN'),
  new errors.NpmConfigError('/home/me/.npmrc', 'bad'),
  new errors.RegistryRedirectError(R, 'the version check', 302, 'https://elsewhere.example/x'),
  new errors.RateLimitedError(R, '5'),
  new errors.RegistryError(R, 'publishing a', 'HTTP 500'),
  new errors.VersionConflictError('a@1.0.0', R),
  new errors.TimeoutError(600, 'the publish request'),
  new errors.UnexpectedError(new TypeError('x is undefined')),
  new errors.CommandError('changeset publish', 'ENOENT'),
  new errors.StageRequiredError(R, 'a@1.0.0', 'This token can only stage packages'),
  new errors.TokensDisallowedError(R, 'a@1.0.0', 'This package disallows publishing with tokens'),
  new errors.StageNewPackageError(R, 'a@1.0.0', '404 Not found'),
  new errors.PackageCheckError('a@1.0.0', [plain('main names dist/index.js, which the tarball does not hold')]),
]

/** The error classes the core exports. */
export function errorClasses(): (typeof errors.PublishError)[] {
  return Object.values(errors as Record<string, unknown>).filter(
    (value): value is typeof errors.PublishError => typeof value === 'function' && value.prototype instanceof errors.PublishError,
  )
}
