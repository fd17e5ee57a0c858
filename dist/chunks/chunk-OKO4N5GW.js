import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  INPUT_DEFAULTS
} from "./chunk-OJZJGZCF.js";
import {
  restartWithout,
  takeHandover
} from "./chunk-C3HGNXE4.js";

// src/action/secrets.ts
var SECRET_INPUTS = ["token", "otp-secret"];
var variable = (name) => `INPUT_${name.toUpperCase()}`;
function scriptsWillRun(env) {
  const given = (env[variable("ignore-scripts")] ?? "").trim();
  return ["false", "False", "FALSE"].includes(given === "" ? INPUT_DEFAULTS["ignore-scripts"] : given);
}
function isolateSecrets(env = process.env) {
  const handed = takeHandover(env);
  if (handed) return Object.fromEntries(SECRET_INPUTS.flatMap((name) => handed[variable(name)] !== void 0 ? [[name, handed[variable(name)]]] : []));
  if (scriptsWillRun(env)) restartWithout(SECRET_INPUTS.map(variable), env);
  return void 0;
}

export {
  SECRET_INPUTS,
  isolateSecrets
};
