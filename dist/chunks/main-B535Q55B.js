import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  PublishError,
  SecretScrubber,
  choiceSetting,
  execWithRelay,
  idTokenSource,
  integerSetting,
  kindOf,
  messageOf,
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
} from "./chunk-GLZSZHXQ.js";
import "./chunk-DB3HVEMO.js";
import {
  INPUT_DEFAULTS
} from "./chunk-6LE7LEL4.js";
import {
  restartWithout
} from "./chunk-NDVKXYQJ.js";
import "./chunk-PWRQ5OCQ.js";
import "./chunk-FMINVKSF.js";
import "./chunk-2RZSGZTM.js";
import "./chunk-UZUV7YZO.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  package: { type: "string", multiple: true, short: "p" },
  workspaces: { type: "boolean" },
  registry: { type: "string" },
  tag: { type: "string" },
  access: { type: "string" },
  strategy: { type: "string" },
  "dry-run": { type: "boolean" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  provenance: { type: "string" },
  stage: { type: "boolean" },
  "on-otp-unavailable": { type: "string" },
  "trusted-publishing": { type: "string" },
  "ignore-scripts": { type: "boolean" },
  "token-env": { type: "string" },
  "otp-secret-env": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  // Refused whatever their value: they exist to say where secrets go.
  token: { type: "string" },
  "otp-secret": { type: "string" }
};
var UsageError = class extends Error {
  name = "UsageError";
};
var EXEC_OPTIONS = /* @__PURE__ */ new Set(["package", "workspaces", "registry", "timeout", "stage", "on-otp-unavailable", "trusted-publishing", "provenance", "dry-run", "token-env", "otp-secret-env", "json", "help", "version"]);
function parse(args) {
  return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true, allowNegative: true });
}
function looksSecret(text) {
  const compact = text.replace(/[\s-]/g, "");
  return /^npm_[A-Za-z0-9]{16,}$/.test(text) || /^ey[A-Za-z0-9_-]+\.ey[A-Za-z0-9_-]+\./.test(text) || /^[A-Za-z2-7=]{16,}$/.test(compact) || /^otpauth:/i.test(text);
}
function parseCommand(argv) {
  const dash = argv.indexOf("--");
  const ours = dash >= 0 ? argv.slice(0, dash) : argv;
  const commandArgv = dash >= 0 ? argv.slice(dash + 1) : [];
  let parsed;
  try {
    parsed = parse(ours);
  } catch (error) {
    const { code, message } = error;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'(-[^'=\s]*)/.exec(message)?.[1] ?? "an option";
      throw new UsageError(`unknown option ${option}. Run "npm-otp-publish --help" for the options.`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`${message.replace(/^Option /, "option ")}.`);
    throw new UsageError(message);
  }
  const { values, positionals } = parsed;
  for (const [option, variable] of [
    ["token", "NPM_TOKEN"],
    ["otp-secret", "NPM_OTP_SECRET"]
  ]) {
    if (values[option] !== void 0) {
      throw new UsageError(`--${option} is not taken as an argument, since arguments show in process lists and CI logs: pass it through the environment: ${variable}.`);
    }
  }
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...rest] = positionals;
  if (command !== void 0 && looksSecret(command)) throw secretArgument();
  if (command !== "publish" && command !== "exec") {
    throw new UsageError(`${command === void 0 ? "no command" : "unknown command"}: the commands are "publish" and "exec". Run "npm-otp-publish --help".`);
  }
  if (rest.some(looksSecret)) throw secretArgument();
  if (rest.length) {
    const hint = command === "exec" ? 'put the command after "--": npm-otp-publish exec -- changeset publish' : "give packages with --package <path>";
    throw new UsageError(`"${command}" takes no arguments of its own; ${hint} (${rest.length} extra argument${rest.length > 1 ? "s" : ""}).`);
  }
  if (command === "publish") {
    if (dash >= 0) throw new UsageError('"publish" runs no command: for a release tool of your own, use "npm-otp-publish exec -- <command>".');
    return { kind: "publish", values };
  }
  if (commandArgv.length === 0) throw new UsageError('"exec" needs the command to run after "--": npm-otp-publish exec -- changeset publish.');
  const foreign = Object.keys(values).filter((option) => !EXEC_OPTIONS.has(option));
  if (foreign.length) {
    const taken = [...EXEC_OPTIONS].filter((option) => option !== "help" && option !== "version").map((option) => `--${option}`);
    throw new UsageError(`--${foreign[0]} does not apply to "exec": the command decides it. "exec" takes ${taken.slice(0, -1).join(", ")} and ${taken.at(-1)}.`);
  }
  return { kind: "exec", values, argv: commandArgv };
}
function secretArgument() {
  return new UsageError("an argument looks like a token or a TOTP seed; secrets are not taken as arguments, since arguments show in process lists and CI logs: pass them through the environment: NPM_TOKEN / NPM_OTP_SECRET.");
}
var USAGE = `npm-otp-publish: publish npm packages from CI for accounts with two-factor authentication,
making the one-time password from a TOTP seed at the moment of each publish request.

Usage:
  npm-otp-publish publish [options]
  npm-otp-publish exec [options] -- <command> [args...]
  npm-otp-publish --help | --version

exec runs any release tool (changeset publish, pnpm publish -r, yarn npm publish, lerna publish,
npm publish --workspaces, semantic-release) with a relay on 127.0.0.1 as its registry: each
version the tool publishes is published by npm-otp-publish, with a one-time password made at that
moment (or through trusted publishing, or staged), and the relay holds the real token and seed. The
command gets a credential valid only at the relay while it runs. exec takes --package,
--workspaces, --registry, --timeout, --stage, --on-otp-unavailable, --trusted-publishing,
--provenance, --dry-run, --token-env, --otp-secret-env and --json; by default the run's packages
are the one in the current folder and its workspaces.

Options (the same as the GitHub Action's inputs, with the same defaults):
  -p, --package <path>           What to publish: a folder, a package.json, a .tgz or a glob;
                                 repeat for several (default: .)
      --workspaces               Publish every workspace of the root --package names
      --registry <url>           Registry URL (default: publishConfig, then npm's configuration)
      --tag <tag>                Dist-tag (default: publishConfig.tag, then latest)
      --access <public|restricted>
      --strategy <all|upgrade>   upgrade: only when greater than the version on the tag (default: all)
      --dry-run                  Everything but the publish request; lists the files each
                                 tarball holds (what npm pack --dry-run lists)
      --concurrency <n>          Publish requests at once, 1 to 64 (default: 4)
      --timeout <seconds>        The longest the whole run may take (default: 600)
      --provenance <auto|true|false>            (default: auto)
      --stage                    Publish as staged versions, for a maintainer to approve
      --on-otp-unavailable <fail|stage>         (default: fail)
      --trusted-publishing <auto|true|false>    (default: auto; the ID token from NPM_ID_TOKEN)
      --ignore-scripts, --no-ignore-scripts     (default: ignore them)
      --token-env <NAME>         Read the token from this variable instead of NPM_TOKEN
      --otp-secret-env <NAME>    Read the seed from this variable instead of NPM_OTP_SECRET
      --json                     Print the results document on standard output (the rest on
                                 standard error)
  -h, --help                     This text
  -v, --version                  The version

Environment (secrets are never taken as arguments):
  NPM_TOKEN, then NODE_AUTH_TOKEN, then npm's configuration: the publish token
  NPM_OTP_SECRET       the account's TOTP seed (base32 setup key or otpauth://totp/ URI)
  NPM_ID_TOKEN         an OIDC ID token for trusted publishing (GitLab id_tokens, CircleCI)
  npm's own: NPM_CONFIG_USERCONFIG, npm_config_*, HTTPS_PROXY, NO_PROXY, ...

Exit codes:
  0  published, skipped or staged (and dry runs)
  1  a publish failed (the registry refused it, a conflict, the network)
  2  usage: an option, an argument or the package is wrong
  3  authentication or two-factor authentication failed
  4  the run went past --timeout
  5  exec: the relay refused a request of the command (a write it does not forward), and the command failed
  exec: a publish through the relay that failed gives its code (1 to 4) even when the command exits 0;
  otherwise exec exits with the command's code
`;

// src/cli/request.ts
function secretVariables(values) {
  const token = values["token-env"];
  return { token: token ?? "NPM_TOKEN", tokenFallback: token ? void 0 : "NODE_AUTH_TOKEN", seed: values["otp-secret-env"] ?? "NPM_OTP_SECRET" };
}
function secretNames(variables) {
  return [variables.token, ...variables.tokenFallback ? [variables.tokenFallback] : [], variables.seed];
}
function requestFrom({ values, env, cwd, variables, setSecret }) {
  const given = env[variables.token] || (variables.tokenFallback ? env[variables.tokenFallback] : void 0) || "";
  const { token, seed } = secretSettings(given, env[variables.seed] ?? "", setSecret);
  const packages = (values.package ?? []).map((entry) => entry.trim()).filter((entry) => entry !== "");
  const provenance = choiceSetting("provenance", values.provenance ?? INPUT_DEFAULTS.provenance, ["auto", "true", "false"]);
  return {
    packages: values.workspaces ? [] : packages,
    workspaceRoot: values.workspaces ? packages[0] ?? "." : void 0,
    concurrency: integerSetting("concurrency", values.concurrency ?? INPUT_DEFAULTS.concurrency, 1, 64),
    timeoutMs: integerSetting("timeout", values.timeout ?? INPUT_DEFAULTS.timeout, 1, 6 * 3600) * 1e3,
    cwd,
    token,
    seed,
    registry: values.registry !== void 0 ? registrySetting(values.registry) : void 0,
    tag: values.tag !== void 0 ? tagSetting(values.tag) : void 0,
    access: values.access !== void 0 ? choiceSetting("access", values.access, ["public", "restricted"]) : void 0,
    provenance: provenance === "auto" ? "auto" : provenance === "true",
    trustedPublishing: choiceSetting("trustedPublishing", values["trusted-publishing"] ?? INPUT_DEFAULTS["trusted-publishing"], ["auto", "true", "false"]),
    strategy: choiceSetting("strategy", values.strategy ?? INPUT_DEFAULTS.strategy, ["all", "upgrade"]),
    ignoreScripts: values["ignore-scripts"] ?? isTrue(INPUT_DEFAULTS["ignore-scripts"]),
    dryRun: values["dry-run"] ?? isTrue(INPUT_DEFAULTS["dry-run"]),
    stage: values.stage ?? isTrue(INPUT_DEFAULTS.stage),
    onOtpUnavailable: choiceSetting("onOtpUnavailable", values["on-otp-unavailable"] ?? INPUT_DEFAULTS["on-otp-unavailable"], ["fail", "stage"]),
    npmEnv: { ...env },
    idToken: idTokenSource(env),
    githubActions: env.GITHUB_ACTIONS === "true"
  };
}
function isTrue(value) {
  return value === "true";
}
function execRequestFrom(request, values) {
  if (values.workspaces || (values.package ?? []).some((entry) => entry.trim() !== "")) return request;
  return { ...request, packages: [], workspaceRoot: ".", includeRoot: true };
}

// src/cli/words.ts
var OPTION_OF = {
  packages: "--package",
  workspaces: "--workspaces",
  concurrency: "--concurrency",
  timeout: "--timeout",
  registry: "--registry",
  tag: "--tag",
  access: "--access",
  provenance: "--provenance",
  trustedPublishing: "--trusted-publishing",
  strategy: "--strategy",
  ignoreScripts: "--ignore-scripts",
  dryRun: "--dry-run",
  stage: "--stage",
  onOtpUnavailable: "--on-otp-unavailable"
};
var FLAGS = /* @__PURE__ */ new Set(["workspaces", "ignoreScripts", "dryRun", "stage"]);
function cliWords(variables) {
  const variable = (setting) => setting === "token" ? variables.token : setting === "otpSecret" ? variables.seed : setting === "idToken" ? "NPM_ID_TOKEN" : void 0;
  const option = (setting) => OPTION_OF[setting];
  const flag = (setting, value) => value === "false" ? `--no-${option(setting).slice(2)}` : option(setting);
  const given = (setting, value) => FLAGS.has(setting) ? flag(setting, value) : `${option(setting)} ${value}`;
  return {
    name: (setting) => variable(setting) ?? option(setting),
    label: (setting) => variable(setting) ?? `Option ${option(setting)}`,
    give: (setting) => {
      if (setting === "token") return `set ${variables.token} in the job's environment (a masked CI variable), or give the token in an .npmrc for the registry`;
      if (setting === "otpSecret") return `set ${variables.seed} to the account's TOTP seed in the job's environment (a masked CI variable)`;
      if (setting === "idToken") return `set NPM_ID_TOKEN to the CI's OIDC ID token (GitLab id_tokens, CircleCI; on GitHub Actions, give the job "permissions: id-token: write")`;
      return `pass ${option(setting)}`;
    },
    empty: (setting) => {
      if (setting === "token" && variables.tokenFallback) return `neither ${variables.token} nor ${variables.tokenFallback} is set`;
      const name = variable(setting);
      return name ? `${name} is not set` : `${option(setting)} is not given`;
    },
    set: (setting, value) => {
      const name = variable(setting);
      return name ? `set ${name} to ${value}` : `pass ${given(setting, value)}`;
    },
    value: (setting, value) => {
      const name = variable(setting);
      return name ? `${name}=${value}` : given(setting, value);
    }
  };
}

// src/cli/main.ts
var EXIT = { ok: 0, failed: 1, usage: 2, auth: 3, timeout: 4, refused: 5 };
function exitCodeOf(error) {
  if (error instanceof UsageError) return EXIT.usage;
  if (!(error instanceof PublishError)) return EXIT.failed;
  return EXIT[kindOf(error.code)];
}
var CliLogger = class {
  #scrubber = new SecretScrubber();
  #write;
  #words;
  /** The live progress line at the bottom of a terminal ('' when none). */
  #status = "";
  constructor(write, words) {
    this.#write = write;
    this.#words = words;
  }
  #line(prefix, message) {
    const clear = this.#status ? "\r\x1B[K" : "";
    this.#write(`${clear}${prefix}${this.say(message)}
${this.#status}`);
  }
  /** Replace the live line (on a terminal); '' removes it. */
  status(text) {
    this.#status = text ? this.say(text) : "";
    this.#write(`\r\x1B[K${this.#status}`);
  }
  info(message) {
    this.#line("", message);
  }
  notice(message) {
    this.#line("note: ", message);
  }
  warning(message) {
    this.#line("warning: ", message);
  }
  debug() {
  }
  error(message) {
    this.#line("error: ", message);
  }
  secret(value) {
    this.#scrubber.add(value);
  }
  /** In the CLI's words, scrubbed, on one line. */
  say(message) {
    return this.#scrubber.clean(render(message, this.#words));
  }
  redact(text) {
    return this.#scrubber.redact(text);
  }
};
async function runCli(argv, io) {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    io.stderr.write(`npm-otp-publish: ${messageOf(error)}
`);
    return EXIT.usage;
  }
  if (command.kind === "help") {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (command.kind === "version") {
    io.stdout.write(`${io.version}
`);
    return EXIT.ok;
  }
  if (command.kind === "exec") return runExec(command.values, command.argv, io);
  const { values } = command;
  const variables = secretVariables(values);
  if (values["ignore-scripts"] === false && !io.handed && io.env === process.env) restartWithout(secretNames(variables));
  const logger = new CliLogger((text) => io.stderr.write(text), cliWords(variables));
  let result;
  try {
    const env = { ...io.env, ...io.handed };
    const request = requestFrom({ values, env, cwd: io.cwd, variables, setSecret: (value) => logger.secret(value) });
    for (const name of secretNames(variables)) delete io.env[name];
    const onProgress = ({ name, version, outcome, done, total }) => {
      if (total < 2) return;
      if (io.isTTY) logger.status(`publishing: ${done} of ${total} done (${name}@${version}: ${outcome})`);
      else logger.info(`[${done}/${total}] ${name}@${version}: ${outcome}`);
    };
    result = await publishAll(request, { logger, clock: io.clock ?? systemClock, onProgress });
    if (io.isTTY) logger.status("");
  } catch (error) {
    return failed(logger, error);
  }
  if (result.error) return failed(logger, result.error);
  return report(result, values, logger, io);
}
function failed(logger, error) {
  logger.error(textOf(error));
  return exitCodeOf(error);
}
function report(result, values, logger, io) {
  const say = (message) => logger.say(message);
  const entries = scrubbed(resultEntries(result, say, "always"), (text) => logger.redact(text));
  entries.forEach((entry, index) => {
    const id = entry.name ? `${entry.name}@${entry.version}` : `"${result.packages[index].entry}"`;
    const how = entry.auth ? ` (${entry.auth})` : "";
    const line = `${id}: ${entry.outcome}${how}${entry.message ? `: ${entry.message}` : ""}`;
    if (entry.outcome === "failed") logger.error(line);
    else logger.info(line);
  });
  if (values.json) io.stdout.write(`${JSON.stringify(entries, null, 2)}
`);
  const failures = result.packages.flatMap((pkg) => pkg.outcome === "failed" ? [pkg.error] : []);
  return failures.length ? Math.max(...failures.map(exitCodeOf)) : EXIT.ok;
}
async function runExec(values, argv, io) {
  const variables = secretVariables(values);
  const hidden = [.../* @__PURE__ */ new Set([...secretNames(variables), "NPM_TOKEN", "NODE_AUTH_TOKEN"])];
  const own = !io.handed && io.env === process.env;
  if (own) restartWithout(hidden);
  const logger = new CliLogger((text) => io.stderr.write(text), cliWords(variables));
  let result;
  try {
    const env = { ...io.env, ...io.handed };
    const request = execRequestFrom(requestFrom({ values, env, cwd: io.cwd, variables, setSecret: (value) => logger.secret(value) }), values);
    const commandEnv = { ...env };
    for (const name of hidden) {
      delete commandEnv[name];
      delete io.env[name];
    }
    const onOutput = (stream, line) => (stream === "stdout" && !values.json ? io.stdout : io.stderr).write(`${logger.redact(line)}
`);
    const beforeCommand = (secrets) => {
      const holders = io.env === process.env ? variablesHolding(process.env, secrets) : [];
      if (holders.length) restartWithout([...Object.keys(io.handed ?? {}), ...holders], env);
    };
    result = await execWithRelay(
      { ...request, command: { argv }, commandEnv },
      { logger, clock: io.clock ?? systemClock, onOutput, say: (message) => logger.say(message), beforeCommand }
    );
  } catch (error) {
    return failed(logger, error);
  }
  if (result.error && result.exitCode === null && result.packages.length === 0) return failed(logger, result.error);
  const published = report({ packages: result.packages, multiple: true }, values, logger, io);
  if (result.error) {
    logger.error(result.error.text);
    return Math.max(published, exitCodeOf(result.error));
  }
  if (published !== EXIT.ok) return published;
  const code = result.exitCode ?? EXIT.failed;
  if (code === 0) return EXIT.ok;
  logger.error(`The command exited with ${result.exitCode === null ? `signal ${result.signal}` : `code ${result.exitCode}`}.`);
  if (result.refusals.some((refusal) => refusal.status !== 401)) return EXIT.refused;
  return code;
}
export {
  EXIT,
  exitCodeOf,
  runCli
};
