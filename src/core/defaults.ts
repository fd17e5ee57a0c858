/**
 * The default of each setting a face offers, by neutral key, as the user sees it written (the
 * action's inputs are strings). action.yml declares the same defaults for the action's inputs, and
 * a test keeps the two equal (__tests__/contract/action-yml.test.ts).
 */
export const DEFAULTS = {
  packages: '.',
  workspaces: 'false',
  concurrency: '4',
  timeout: '600',
  provenance: 'auto',
  trustedPublishing: 'auto',
  strategy: 'all',
  ignoreScripts: 'true',
  strict: 'false',
  dryRun: 'false',
  stage: 'false',
  onOtpUnavailable: 'fail',
} as const
