import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  SecretScrubber,
  messageOf,
  oneLine,
  publishAll,
  readInputs,
  resultEntries,
  scrubbed,
  systemClock
} from "./chunk-2V6UEEAD.js";
import "./chunk-ARIYZWV3.js";
import {
  SECRET_INPUTS
} from "./chunk-OKO4N5GW.js";
import "./chunk-OJZJGZCF.js";
import "./chunk-C3HGNXE4.js";
import {
  debug,
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-55QWUGQE.js";
import "./chunk-ED6KCKSI.js";
import "./chunk-URHFIMYG.js";
import "./chunk-RV6AQKPW.js";
import "./chunk-YKJQQCXC.js";

// src/action/outputs.ts
function outputsOf(run2, dryRun) {
  const results = JSON.stringify(resultEntries(run2));
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
    "otp-required": String(reached.some((result) => result.otpRequired)),
    auth: common(reached.filter((result) => result.outcome !== "skipped").map((result) => result.auth)),
    "stage-id": reached.flatMap((result) => result.outcome === "staged" && result.stageId ? [result.stageId] : []).join("\n"),
    results
  };
}

// src/action/summary.ts
var HEADER = ["Package", "Version", "Outcome", "Tag", "Previous on tag", "Access", "Registry", "Auth", "Note"];
async function writeResultSummary(summary2, run2, dryRun, info2) {
  await summary2.addHeading(title(run2, dryRun), 3).addTable([HEADER.map((data) => ({ data, header: true })), ...run2.packages.map(row)]).addRaw(approvals(run2), true).addRaw(info2 ? origin(info2) : "", true).write();
}
function approvals(run2) {
  const staged = run2.packages.filter((pkg) => pkg.outcome === "staged");
  if (!staged.length) return "";
  const items = staged.map((pkg) => {
    const id = pkg.result?.stageId;
    return `<li>${escape(`${pkg.name}@${pkg.version}`)}: <code>${escape(id ? `npm stage approve ${id}` : `npm stage list ${pkg.name}`)}</code></li>`;
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
function row(pkg) {
  const result = pkg.result;
  const outcome = pkg.outcome === "published" && result ? result.dryRun ? "dry run" : `published (${result.type})` : pkg.outcome === "staged" && result?.stageId ? `staged (${result.stageId})` : pkg.outcome;
  return [
    pkg.name || pkg.entry,
    pkg.version,
    outcome,
    result?.tag ?? "",
    result ? result.oldVersion || "none" : "",
    result?.access ?? "",
    result?.registry ?? "",
    result?.auth ?? "",
    capitalise(pkg.message)
  ].map(escape);
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

// src/main.ts
var ActionsLogger = class {
  #scrubber = new SecretScrubber();
  info(message) {
    info(this.clean(message));
  }
  notice(message) {
    notice(this.clean(message));
  }
  warning(message) {
    warning(this.clean(message));
  }
  debug(message) {
    debug(this.clean(message));
  }
  error(message) {
    error(this.clean(message));
  }
  secret(value) {
    if (this.#scrubber.add(value)) setSecret(value);
  }
  redact(message) {
    return this.#scrubber.redact(message);
  }
  /** Redacted, on one line: line breaks and other control characters become spaces. */
  clean(message) {
    return this.#scrubber.clean(message);
  }
};
async function runInfo() {
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository) return void 0;
  const { context } = await import("./github-V5UODC7H.js");
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
    const settings = readInputs({
      getInput: (name) => handed?.[name] ?? getInput(name),
      setSecret: (value) => logger.secret(value),
      env: process.env,
      cwd: process.cwd()
    });
    for (const name of SECRET_INPUTS) delete process.env[`INPUT_${name.toUpperCase()}`];
    const result = scrubbed(await publishAll(settings, { logger, clock }), (text) => logger.redact(text));
    for (const [name, value] of Object.entries(outputsOf(result, settings.dryRun))) setOutput(name, value);
    const info2 = await runInfo();
    await writeResultSummary(summary, result, settings.dryRun, info2 && scrubbed(info2, (text) => logger.redact(text))).catch(
      (error2) => logger.warning(`Could not write the job summary: ${messageOf(error2)}`)
    );
    const failed = result.packages.filter((pkg) => pkg.outcome === "failed");
    if (failed.length) {
      const notAttempted = result.packages.filter((pkg) => pkg.outcome === "not attempted").length;
      for (const pkg of failed) logger.error(`${pkg.name || pkg.entry}: ${pkg.message}`);
      setFailed(
        logger.clean(
          `${failed.length} of ${result.packages.length} packages failed (${failed.map((pkg) => pkg.name || pkg.entry).join(", ")})${notAttempted ? `; ${notAttempted} not attempted` : ""}. See the messages above; a re-run publishes only what is still missing.`
        )
      );
    }
  } catch (error2) {
    const message = logger.clean(messageOf(error2));
    setFailed(message);
    await writeFailureSummary(summary, message).catch(() => void 0);
  }
}
export {
  run
};
