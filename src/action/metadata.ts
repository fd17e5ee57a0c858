// Generated from action.yml by scripts/metadata.mjs (npm run build). Do not edit: change action.yml.

/** Every input action.yml declares, with the default the runner fills in when a workflow leaves it out. */
export const INPUT_DEFAULTS = {
  "token": "",
  "otp-secret": "",
  "package": ".",
  "workspaces": "false",
  "concurrency": "4",
  "timeout": "600",
  "registry": "",
  "tag": "",
  "access": "",
  "provenance": "auto",
  "trusted-publishing": "auto",
  "strategy": "all",
  "ignore-scripts": "true",
  "strict": "false",
  "dry-run": "false",
  "stage": "false",
  "on-otp-unavailable": "fail",
  "command": "",
} as const

/** Every output action.yml declares. */
export const OUTPUT_NAMES = [
  "id",
  "name",
  "version",
  "type",
  "old-version",
  "tag",
  "access",
  "registry",
  "dry-run",
  "otp-required",
  "auth",
  "stage-id",
  "results",
] as const

export type InputName = keyof typeof INPUT_DEFAULTS
export type OutputName = (typeof OUTPUT_NAMES)[number]
