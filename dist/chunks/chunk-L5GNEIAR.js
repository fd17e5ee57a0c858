import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  restartWithout,
  takeHandover
} from "./chunk-NDVKXYQJ.js";

// src/action/variables.ts
var variableOf = (name) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
var inputsFrom = (env) => (name) => (env[variableOf(name)] ?? "").trim();

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
  "strict": "false",
  "dry-run": "false",
  "stage": "false",
  "on-otp-unavailable": "fail",
  "command": ""
};

// src/action/secrets.ts
var SECRET_INPUTS = ["token", "otp-secret"];
function scriptsWillRun(env) {
  const scripts = inputsFrom(env)("ignore-scripts");
  return ["false", "False", "FALSE"].includes(scripts === "" ? INPUT_DEFAULTS["ignore-scripts"] : scripts);
}
var TOKEN_VARIABLES = ["NODE_AUTH_TOKEN", "NPM_TOKEN"];
function isolateSecrets(env = process.env) {
  const handed = takeHandover(env);
  if (handed) return handed;
  const command = inputsFrom(env)("command") !== "";
  if (command || scriptsWillRun(env)) restartWithout([...SECRET_INPUTS.map(variableOf), ...command ? TOKEN_VARIABLES : []], env);
  return void 0;
}

export {
  INPUT_DEFAULTS,
  variableOf,
  inputsFrom,
  SECRET_INPUTS,
  isolateSecrets
};
