import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  INPUT_DEFAULTS
} from "./chunk-OJZJGZCF.js";

// src/action/isolate.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var SECRET_INPUTS = ["token", "otp-secret"];
var variable = (name) => `INPUT_${name.toUpperCase()}`;
var HANDOVER = "NPM_OTP_PUBLISH_HANDOVER";
function scriptsWillRun(env) {
  const given = (env[variable("ignore-scripts")] ?? "").trim();
  return ["false", "False", "FALSE"].includes(given === "" ? INPUT_DEFAULTS["ignore-scripts"] : given);
}
function isolateSecrets(env = process.env) {
  const handover = env[HANDOVER];
  if (handover) {
    delete env[HANDOVER];
    try {
      return JSON.parse(readFileSync(handover, "utf8"));
    } finally {
      rmSync(dirname(handover), { recursive: true, force: true });
    }
  }
  const secrets = {};
  for (const name of SECRET_INPUTS) if (env[variable(name)]?.trim()) secrets[name] = env[variable(name)];
  if (Object.keys(secrets).length === 0 || !scriptsWillRun(env) || typeof process.execve !== "function") return void 0;
  const folder = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), "npm-otp-publish-"));
  const file = join(folder, "inputs.json");
  writeFileSync(file, JSON.stringify(secrets), { mode: 384 });
  const clean = { [HANDOVER]: file };
  for (const [key, value] of Object.entries(env)) {
    if (value !== void 0 && !SECRET_INPUTS.some((name) => variable(name) === key)) clean[key] = value;
  }
  try {
    process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], clean);
  } catch {
    rmSync(folder, { recursive: true, force: true });
  }
  return void 0;
}

export {
  SECRET_INPUTS,
  isolateSecrets
};
