import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));

// src/action/metadata.ts
var INPUT_DEFAULTS = {
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
  "dry-run": "false",
  "stage": "false",
  "on-otp-unavailable": "fail",
  "command": ""
};

export {
  INPUT_DEFAULTS
};
