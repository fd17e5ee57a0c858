import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));

// src/isolate.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var HANDOVER = "NPM_OTP_PUBLISH_HANDOVER";
function takeHandover(env = process.env) {
  const file = env[HANDOVER];
  if (!file) return void 0;
  delete env[HANDOVER];
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
}
function restartWithout(names, env = process.env) {
  const secrets = Object.fromEntries(names.flatMap((name) => env[name] ? [[name, env[name]]] : []));
  if (Object.keys(secrets).length === 0 || typeof process.execve !== "function") return;
  const folder = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), "npm-otp-publish-"));
  const file = join(folder, "secrets.json");
  writeFileSync(file, JSON.stringify(secrets), { mode: 384 });
  const clean = { [HANDOVER]: file };
  for (const [key, value] of Object.entries(env)) if (value !== void 0 && !(key in secrets)) clean[key] = value;
  try {
    process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], clean);
  } catch {
    rmSync(folder, { recursive: true, force: true });
  }
}

export {
  takeHandover,
  restartWithout
};
