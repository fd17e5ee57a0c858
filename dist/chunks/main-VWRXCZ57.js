import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  PublishError,
  SecretScrubber,
  choiceSetting,
  codeAt,
  execWithRelay,
  idTokenSource,
  integerSetting,
  kindOf,
  messageOf,
  packagesByDefault,
  publishAll,
  registrySetting,
  render,
  resultEntries,
  scrubbed,
  secondsLeftInStep,
  secretSettings,
  systemClock,
  tagSetting,
  textOf,
  variablesHolding
} from "./chunk-PXQRVKI7.js";
import "./chunk-DB3HVEMO.js";
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
  strict: { type: "boolean" },
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
var COMMANDS = ["publish", "exec", "check-seed"];
var EXEC_OPTIONS = /* @__PURE__ */ new Set(["package", "workspaces", "registry", "timeout", "stage", "on-otp-unavailable", "trusted-publishing", "provenance", "strict", "dry-run", "token-env", "otp-secret-env", "json", "help", "version"]);
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
  for (const [option, value] of Object.entries(values)) {
    if ([value].flat().some((item) => typeof item === "string" && looksSecret(item))) {
      throw new UsageError(
        `the value of --${option} looks like a token or a TOTP seed, and secrets are not taken as arguments, since arguments show in process lists and CI logs: pass them through the environment (NPM_TOKEN, NPM_OTP_SECRET; --token-env and --otp-secret-env take the names of variables, not their values). If it is no secret (a folder or a tag of 16 letters or more), write it another way, such as ./name for a folder.`
      );
    }
  }
  const [command, ...rest] = positionals;
  if (command !== void 0 && looksSecret(command)) throw secretArgument();
  const known = COMMANDS.includes(command ?? "") ? command : void 0;
  if (values.help) return { kind: "help", topic: known };
  if (values.version) return { kind: "version" };
  if (!known) {
    const word = command === void 0 ? "no command given" : `unknown command "${command}"`;
    throw new UsageError(`${word}: the commands are "publish", "exec" and "check-seed". Run "npm-otp-publish --help".`);
  }
  if (known === "check-seed") {
    const foreign2 = Object.keys(values).filter((option) => option !== "otp-secret-env");
    if (foreign2.length || rest.length || dash >= 0) throw new UsageError('"check-seed" takes only --otp-secret-env: npm-otp-publish check-seed [--otp-secret-env <NAME>].');
    return { kind: "check-seed", values };
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
  npm-otp-publish exec [options] -- <command> [args...]    (npm-otp-publish exec --help)
  npm-otp-publish check-seed [--otp-secret-env <NAME>]      (on your own machine, before the first release)
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
      --strict                   Fail instead of warning when publish scripts were skipped or a
                                 file main, types, bin or exports names is not in the tarball
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
var EXEC_USAGE = `npm-otp-publish exec: run any release tool with a relay in front of the registry, so that each
version it publishes is published by npm-otp-publish, with a one-time password made at that moment
(or through trusted publishing, or staged). The tool gets the relay's address and a credential valid
only there while it runs, never the token, the seed or a code.

Usage:
  npm-otp-publish exec [options] -- <command> [args...]

Examples:
  npm-otp-publish exec -- changeset publish
  npm-otp-publish exec --stage -- pnpm publish -r --no-git-checks
  npm-otp-publish exec --dry-run -- npm publish --workspaces

Options:
  -p, --package <path>           The run's packages: only they may be published through the relay
                                 (default: the package in the current folder and its workspaces)
      --workspaces               The run's packages are the workspaces of the root --package names
      --registry <url>           Registry URL (default: npm's configuration, per package and scope)
      --timeout <seconds>        The longest the whole run may take, the command included (default: 600);
                                 then the command is stopped and the run exits 4
      --stage                    Every publish becomes a staged version, for a maintainer to approve
      --on-otp-unavailable <fail|stage>         Stage a publish that needs a code the run cannot give
      --trusted-publishing <auto|true|false>    (default: auto; the ID token from NPM_ID_TOKEN)
      --provenance <auto|true|false>            (default: auto)
      --strict                   Fail a publish whose tarball lacks a file main, types, bin or
                                 exports names, instead of warning
      --dry-run                  The command runs; reads reach the registry, writes are answered and
                                 sent nowhere, and the run lists what would have been published
      --token-env <NAME>         Read the token from this variable instead of NPM_TOKEN
      --otp-secret-env <NAME>    Read the seed from this variable instead of NPM_OTP_SECRET
      --json                     Print the results document on standard output (the command's
                                 output and ours on standard error)

Exit codes: a publish through the relay that failed gives its code (1 publish, 2 usage,
3 authentication or 2FA, 4 time limit), even when the command exits 0; else 5 when the relay
refused a request and the command failed; else the command's own code.
`;
var CHECK_SEED_USAGE = `npm-otp-publish check-seed: before the first release, on your own machine, check the TOTP seed you
are about to store as a CI secret: it shows the code the seed makes now, to compare with the one
your authenticator app shows. The seed is read from NPM_OTP_SECRET (or the variable
--otp-secret-env names), never from an argument.

Usage:
  NPM_OTP_SECRET='<base32 setup key or otpauth:// URI>' npm-otp-publish check-seed

It shows a code only on a terminal, never in CI (where CI is set) or when its input or output is
redirected: a code in a log is a code someone else can use.
`;

// src/core/defaults.ts
var DEFAULTS = {
  packages: ".",
  workspaces: "false",
  concurrency: "4",
  timeout: "600",
  provenance: "auto",
  trustedPublishing: "auto",
  strategy: "all",
  ignoreScripts: "true",
  strict: "false",
  dryRun: "false",
  stage: "false",
  onOtpUnavailable: "fail"
};

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
  const provenance = choiceSetting("provenance", values.provenance ?? DEFAULTS.provenance, ["auto", "true", "false"]);
  return {
    packages: values.workspaces ? [] : packages,
    workspaceRoot: values.workspaces ? packages[0] ?? "." : void 0,
    concurrency: integerSetting("concurrency", values.concurrency ?? DEFAULTS.concurrency, 1, 64),
    timeoutMs: integerSetting("timeout", values.timeout ?? DEFAULTS.timeout, 1, 6 * 3600) * 1e3,
    cwd,
    token,
    seed,
    registry: values.registry !== void 0 ? registrySetting(values.registry) : void 0,
    tag: values.tag !== void 0 ? tagSetting(values.tag) : void 0,
    access: values.access !== void 0 ? choiceSetting("access", values.access, ["public", "restricted"]) : void 0,
    provenance: provenance === "auto" ? "auto" : provenance === "true",
    trustedPublishing: choiceSetting("trustedPublishing", values["trusted-publishing"] ?? DEFAULTS.trustedPublishing, ["auto", "true", "false"]),
    strategy: choiceSetting("strategy", values.strategy ?? DEFAULTS.strategy, ["all", "upgrade"]),
    ignoreScripts: values["ignore-scripts"] ?? isTrue(DEFAULTS.ignoreScripts),
    strict: values.strict ?? isTrue(DEFAULTS.strict),
    dryRun: values["dry-run"] ?? isTrue(DEFAULTS.dryRun),
    stage: values.stage ?? isTrue(DEFAULTS.stage),
    onOtpUnavailable: choiceSetting("onOtpUnavailable", values["on-otp-unavailable"] ?? DEFAULTS.onOtpUnavailable, ["fail", "stage"]),
    npmEnv: { ...env },
    idToken: idTokenSource(env),
    githubActions: env.GITHUB_ACTIONS === "true"
  };
}
function isTrue(value) {
  return value === "true";
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
  strict: "--strict",
  dryRun: "--dry-run",
  stage: "--stage",
  onOtpUnavailable: "--on-otp-unavailable"
};
var FLAGS = /* @__PURE__ */ new Set(["workspaces", "ignoreScripts", "strict", "dryRun", "stage"]);
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
    io.stderr.write(`error: ${messageOf(error)}
`);
    return EXIT.usage;
  }
  if (command.kind === "help") {
    io.stdout.write(command.topic === "exec" ? EXEC_USAGE : command.topic === "check-seed" ? CHECK_SEED_USAGE : USAGE);
    return EXIT.ok;
  }
  if (command.kind === "check-seed") return checkSeed(command.values, io);
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
    const outcome = values["dry-run"] && entry.outcome === "failed" ? "" : `${entry.outcome}${how}`;
    const line = `${id}: ${[outcome, entry.message].filter(Boolean).join(": ")}`;
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
    const named = Boolean(values.workspaces) || (values.package ?? []).some((entry) => entry.trim() !== "");
    const request = packagesByDefault(requestFrom({ values, env, cwd: io.cwd, variables, setSecret: (value) => logger.secret(value) }), named);
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
function checkSeed(values, io) {
  const variables = secretVariables(values);
  const logger = new CliLogger((text) => io.stderr.write(text), cliWords(variables));
  if (io.env.CI && io.env.CI !== "false") {
    logger.error("check-seed shows a one-time password, and CI is set: it runs only on your own machine, where no log keeps the code. Check the seed there before you store it as a CI secret.");
    return EXIT.usage;
  }
  if (!io.interactive) {
    logger.error("check-seed shows a one-time password only on a terminal, not when its input or output is redirected (a file or a log would keep the code). Run it in a terminal of your own.");
    return EXIT.usage;
  }
  let seed;
  try {
    seed = secretSettings("", io.env[variables.seed] ?? "", (value) => logger.secret(value)).seed;
  } catch (error) {
    return failed(logger, error);
  }
  if (!seed) {
    logger.error(`${variables.seed} is not set: set it to the base32 setup key (or the otpauth:// URI) your authenticator app was given, for this command only: ${variables.seed}='...' npm-otp-publish check-seed`);
    return EXIT.usage;
  }
  const now = (io.clock ?? systemClock).now() / 1e3;
  const left = Math.floor(secondsLeftInStep(seed.period, now));
  const code = codeAt(seed, now);
  const spaced = code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
  io.stdout.write(
    `The seed makes ${spaced} now (${seed.digits} digits, ${seed.period}-second steps, ${seed.algorithm.toUpperCase()}; ${left} s left in this step).
Your authenticator app should show the same code for this account. If it does, store the seed as the CI secret; if not, it is not this account's seed (or this clock is off: compare with time.is).
`
  );
  return EXIT.ok;
}
export {
  EXIT,
  exitCodeOf,
  runCli
};
