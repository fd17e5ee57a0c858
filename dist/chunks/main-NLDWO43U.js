import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  InvalidSettingError,
  SecretScrubber,
  choiceSetting,
  execWithRelay,
  idTokenSource,
  integerSetting,
  oneLine,
  packagesByDefault,
  publishAll,
  registrySetting,
  render,
  resultEntries,
  scrubbed,
  secretSettings,
  systemClock,
  tagSetting,
  textOf,
  variablesHolding
} from "./chunk-PXQRVKI7.js";
import "./chunk-DB3HVEMO.js";
import {
  INPUT_DEFAULTS,
  SECRET_INPUTS,
  inputsFrom,
  variableOf
} from "./chunk-L5GNEIAR.js";
import {
  restartWithout
} from "./chunk-NDVKXYQJ.js";
import {
  debug,
  error,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-W56SMDGY.js";
import "./chunk-PWRQ5OCQ.js";
import "./chunk-FMINVKSF.js";
import "./chunk-2RZSGZTM.js";
import "./chunk-UZUV7YZO.js";

// src/action/parse.ts
function checkBoolean(setting, value) {
  const text = value.trim();
  if (["true", "True", "TRUE"].includes(text)) return true;
  if (["false", "False", "FALSE"].includes(text)) return false;
  throw new InvalidSettingError(setting, `"${text}" is not a boolean. Use true or false`);
}
function autoOrBoolean(setting, value) {
  if (value.trim() === "auto") return "auto";
  try {
    return checkBoolean(setting, value);
  } catch {
    throw new InvalidSettingError(setting, `"${value.trim()}" is not one of "auto", "true", "false"`);
  }
}

// src/action/inputs.ts
function readInputs({ getInput, setSecret: setSecret2, env, cwd }) {
  const input2 = (name) => {
    const value = getInput(name);
    return value.trim() === "" ? INPUT_DEFAULTS[name] : value;
  };
  const { token, seed } = secretSettings(input2("token"), input2("otp-secret"), setSecret2);
  const registry = input2("registry").trim();
  const tag = input2("tag");
  const access = input2("access").trim();
  const entries = input2("package").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  const workspaces = checkBoolean("workspaces", input2("workspaces"));
  return {
    packages: workspaces ? [] : entries,
    workspaceRoot: workspaces ? entries[0] ?? "." : void 0,
    concurrency: integerSetting("concurrency", input2("concurrency"), 1, 64),
    timeoutMs: integerSetting("timeout", input2("timeout"), 1, 6 * 3600) * 1e3,
    cwd: env.GITHUB_WORKSPACE || cwd,
    token,
    seed,
    registry: registry ? registrySetting(registry) : void 0,
    tag: tag.trim() ? tagSetting(tag) : void 0,
    access: access ? choiceSetting("access", access, ["public", "restricted"]) : void 0,
    provenance: autoOrBoolean("provenance", input2("provenance")),
    trustedPublishing: choiceSetting("trustedPublishing", input2("trusted-publishing"), ["auto", "true", "false"]),
    strategy: choiceSetting("strategy", input2("strategy"), ["all", "upgrade"]),
    ignoreScripts: checkBoolean("ignoreScripts", input2("ignore-scripts")),
    strict: checkBoolean("strict", input2("strict")),
    dryRun: checkBoolean("dryRun", input2("dry-run")),
    stage: checkBoolean("stage", input2("stage")),
    onOtpUnavailable: choiceSetting("onOtpUnavailable", input2("on-otp-unavailable"), ["fail", "stage"]),
    npmEnv: { ...env },
    idToken: idTokenSource(env),
    githubActions: env.GITHUB_ACTIONS === "true",
    command: input2("command").trim() || void 0
  };
}

// src/action/outputs.ts
function outputsOf(run2, dryRun, say) {
  const results = JSON.stringify(resultEntries(run2, say));
  const published = run2.packages.flatMap((pkg) => pkg.result?.id ? [pkg.result] : []);
  const reached = run2.packages.flatMap((pkg) => pkg.result ? [pkg.result] : []);
  const single = !run2.multiple ? run2.packages[0]?.result : void 0;
  const common = (values) => new Set(values).size === 1 ? values[0] : "";
  return {
    id: published.map((result) => result.id).join("\n"),
    name: single?.name ?? "",
    version: single?.version ?? "",
    type: single?.type ?? "",
    "old-version": single?.oldVersion ?? "",
    tag: common(reached.map((result) => result.tag)),
    access: common(reached.map((result) => result.access)),
    registry: common(reached.map((result) => result.registry)),
    "dry-run": String(dryRun),
    // A run that failed for a code it could not give (no seed, codes rejected, security-key 2FA) needed one too.
    "otp-required": String(reached.some((result) => result.otpRequired) || run2.packages.some((pkg) => pkg.error?.otpRequired === true) || run2.error?.otpRequired === true),
    auth: common(reached.flatMap((result) => result.auth && result.outcome !== "skipped" ? [result.auth] : [])),
    "stage-id": reached.flatMap((result) => result.outcome === "staged" && result.stageId ? [result.stageId] : []).join("\n"),
    results
  };
}

// src/action/summary.ts
var HEADER = ["Package", "Version", "Outcome", "Tag", "Previous on tag", "Access", "Registry", "Auth", "Note"];
async function writeResultSummary(summary2, run2, dryRun, say, info2) {
  await summary2.addHeading(say([title(run2, dryRun)]), 3).addTable([HEADER.map((data) => ({ data, header: true })), ...run2.packages.map((pkg) => row(pkg, say))]).addRaw(approvals(run2, say), true).addRaw(info2 ? origin(info2) : "", true).write();
}
function approvals(run2, say) {
  const staged = run2.packages.filter((pkg) => pkg.outcome === "staged");
  if (!staged.length) return "";
  const items = staged.map((pkg) => {
    const id = pkg.result?.stageId;
    return `<li>${escape(say([`${pkg.name}@${pkg.version}`]))}: <code>${escape(say([id ? `npm stage approve ${id}` : `npm stage list ${pkg.name}`]))}</code></li>`;
  });
  return `<p>Staged versions wait for a maintainer to approve them with two-factor authentication (or on the package's staged versions page):</p><ul>${items.join("")}</ul>`;
}
function origin({ repository, sha, workflow, runUrl }) {
  const parts = [`From ${escape(repository)}${sha ? ` at ${escape(sha.slice(0, 12))}` : ""}`];
  if (workflow) parts.push(`workflow "${escape(workflow)}"`);
  if (runUrl) parts.push(`<a href="${escape(runUrl)}">run</a>`);
  return `<p>${parts.join(", ")}.</p>`;
}
function title(run2, dryRun) {
  const count = (outcome) => run2.packages.filter((pkg) => pkg.outcome === outcome).length;
  if (!run2.multiple) {
    const [only] = run2.packages;
    if (only.outcome === "skipped") return `Skipped ${only.name}@${only.version}`;
    if (only.outcome === "staged") return `Staged ${only.name}@${only.version}: waiting for approval`;
    return dryRun ? `Dry run: ${only.name}@${only.version} not published` : `Published ${only.name}@${only.version}`;
  }
  const parts = [`${count("published")} ${dryRun ? "would be published (dry run)" : "published"}`, `${count("skipped")} skipped`];
  if (count("staged")) parts.push(`${count("staged")} staged`);
  if (count("failed")) parts.push(`${count("failed")} failed`);
  if (count("not attempted")) parts.push(`${count("not attempted")} not attempted`);
  return `npm publish: ${run2.packages.length} packages, ${parts.join(", ")}`;
}
function row(pkg, say) {
  const result = pkg.result;
  const outcome = pkg.outcome === "published" && result ? result.dryRun ? "dry run" : `published (${result.type})` : pkg.outcome === "staged" && result?.stageId ? `staged (${result.stageId})` : pkg.outcome;
  return [
    pkg.name ?? pkg.entry,
    pkg.version ?? "",
    outcome,
    result?.tag ?? "",
    result ? result.oldVersion || "none" : "",
    result?.access ?? "",
    result?.registry ?? "",
    result?.auth ?? "",
    capitalise(say(pkg.message))
  ].map((cell) => escape(say([cell])));
}
async function writeFailureSummary(summary2, message) {
  await summary2.addHeading("npm publish failed", 3).addRaw(`<p>${escape(message)}</p>`, true).write();
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function escape(text) {
  return oneLine(text).replace(/\s+/g, " ").trim().replace(/[&<>"'|]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "|": "&#124;" })[char]);
}

// src/action/words.ts
var INPUT_OF = {
  token: "token",
  otpSecret: "otp-secret",
  packages: "package",
  workspaces: "workspaces",
  concurrency: "concurrency",
  timeout: "timeout",
  registry: "registry",
  tag: "tag",
  access: "access",
  provenance: "provenance",
  trustedPublishing: "trusted-publishing",
  strategy: "strategy",
  ignoreScripts: "ignore-scripts",
  strict: "strict",
  dryRun: "dry-run",
  stage: "stage",
  onOtpUnavailable: "on-otp-unavailable"
};
var ID_TOKEN_PERMISSION = '"permissions: id-token: write"';
var input = (setting) => setting === "idToken" ? `the job's ${ID_TOKEN_PERMISSION}` : INPUT_OF[setting];
var GIVE = {
  token: `add "token: \${{ secrets.NPM_TOKEN }}" to the step's "with:", or set NODE_AUTH_TOKEN with actions/setup-node's "registry-url"`,
  otpSecret: `store the account's TOTP seed as a repository secret and add "otp-secret: \${{ secrets.NPM_OTP_SECRET }}" to the step's "with:"`,
  idToken: `add ${ID_TOKEN_PERMISSION} to the job`
};
var ACTION_WORDS = {
  name: (setting) => setting === "idToken" ? input(setting) : `the "${input(setting)}" input`,
  label: (setting) => setting === "idToken" ? `The job's OIDC permission` : `Input "${input(setting)}"`,
  give: (setting) => GIVE[setting] ?? `set the "${input(setting)}" input`,
  empty: (setting) => setting === "idToken" ? `the job has no ${ID_TOKEN_PERMISSION}` : `the "${input(setting)}" input is empty`,
  set: (setting, value) => setting === "registry" ? `add "registry: ${value}" to the step's "with:"` : `set ${input(setting)} to ${value}`,
  value: (setting, value) => `${input(setting)}: ${value}`
};

// src/action/main.ts
var ActionsLogger = class {
  #scrubber = new SecretScrubber();
  info(message) {
    info(this.say(message));
  }
  notice(message) {
    notice(this.say(message));
  }
  warning(message) {
    warning(this.say(message));
  }
  debug(message) {
    debug(this.say(message));
  }
  error(message) {
    error(this.say(message));
  }
  secret(value) {
    if (this.#scrubber.add(value)) setSecret(value);
  }
  redact(message) {
    return this.#scrubber.redact(message);
  }
  /** In the action's words, redacted, on one line: line breaks and other control characters become spaces. */
  say(message) {
    return this.#scrubber.clean(render(message, ACTION_WORDS));
  }
};
async function runInfo() {
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository) return void 0;
  const { context } = await import("./github-N4WEJJDX.js");
  return {
    repository,
    sha: context.sha || void 0,
    workflow: context.workflow || void 0,
    runUrl: context.runId ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}` : void 0
  };
}
async function run(clock = systemClock, handed) {
  const logger = new ActionsLogger();
  try {
    const env = { ...process.env, ...handed };
    const request = readInputs({ getInput: inputsFrom(env), setSecret: (value) => logger.secret(value), env, cwd: process.cwd() });
    for (const name of SECRET_INPUTS) delete process.env[variableOf(name)];
    if (request.command) return await runCommand(request, request.command, env, logger, clock, handed);
    const result = await publishAll(request, { logger, clock });
    await report(result, request.dryRun, logger);
  } catch (error2) {
    await fail(logger.say(textOf(error2)));
  }
}
async function report(result, dryRun, logger) {
  const say = (message) => logger.say(message);
  for (const [name, value] of Object.entries(outputsOf(result, dryRun, say))) setOutput(name, logger.redact(value));
  if (result.error) return fail(say(result.error.text));
  const failed = result.packages.filter((pkg) => pkg.outcome === "failed");
  if (!result.multiple && failed.length) return fail(say(failed[0].message));
  const info2 = await runInfo();
  await writeResultSummary(summary, result, dryRun, say, info2 && scrubbed(info2, (text) => logger.redact(text))).catch(
    (error2) => logger.warning(`Could not write the job summary: ${say(textOf(error2))}`)
  );
  if (failed.length) {
    const notAttempted = result.packages.filter((pkg) => pkg.outcome === "not attempted").length;
    for (const pkg of failed) logger.error(`${pkg.name ?? pkg.entry}: ${say(pkg.message)}`);
    setFailed(
      say([
        `${failed.length} of ${result.packages.length} packages failed (${failed.map((pkg) => pkg.name ?? pkg.entry).join(", ")})${notAttempted ? `; ${notAttempted} not attempted` : ""}. See the messages above; a re-run publishes only what is still missing.`
      ])
    );
  }
}
async function runCommand(request, command, env, logger, clock, handed) {
  const commandEnv = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("INPUT_")));
  const named = request.workspaceRoot !== void 0 || request.packages.length !== 1 || request.packages[0] !== ".";
  const beforeCommand = (secrets) => {
    const holders = variablesHolding(process.env, secrets);
    if (holders.length) restartWithout([...Object.keys(handed ?? {}), ...holders], env);
  };
  const result = await execWithRelay(
    { ...packagesByDefault(request, named), command: { shell: command }, commandEnv },
    { logger, clock, onOutput: (_stream, line) => info(logger.say(line)), say: (message) => logger.say(message), beforeCommand }
  );
  if (result.error && result.exitCode === null && result.packages.length === 0) return fail(logger.say(result.error.text));
  await report({ packages: result.packages, multiple: result.packages.length !== 1 }, request.dryRun, logger);
  if (result.error) return fail(logger.say(result.error.text));
  if (result.exitCode === 0) return;
  const refused = result.refusals.filter((refusal) => refusal.status !== 401).map((refusal) => refusal.what);
  const ended = result.exitCode === null ? `was ended by ${result.signal}` : `exited with code ${result.exitCode}`;
  setFailed(logger.say(`The command ${ended}.${refused.length ? ` The relay refused ${refused.join("; ")}.` : ""} Its output is above.`));
}
async function fail(message) {
  setFailed(message);
  await writeFailureSummary(summary, message).catch(() => void 0);
}
export {
  run
};
