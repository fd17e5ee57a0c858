import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  InvalidInputError,
  InvalidManifestError,
  InvalidSeedError,
  IpRestrictedError,
  NpmConfigError,
  OtpRejectedError,
  OtpRequiredError,
  PackageNotFoundError,
  PrivatePackageError,
  PublishForbiddenError,
  RegistryMismatchError,
  SecretScrubber,
  TimeoutError,
  TokenMissingError,
  TokenRejectedError,
  TrustedPublishingError,
  TwoFactorPolicyError,
  WebAuthnRequiredError,
  messageOf,
  publishAll,
  readInputs,
  resultEntries,
  scrubbed,
  systemClock
} from "./chunk-2V6UEEAD.js";
import "./chunk-ARIYZWV3.js";
import "./chunk-OJZJGZCF.js";
import {
  restartWithout
} from "./chunk-C3HGNXE4.js";
import "./chunk-ED6KCKSI.js";
import "./chunk-URHFIMYG.js";
import "./chunk-RV6AQKPW.js";
import "./chunk-YKJQQCXC.js";

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
function parse(args) {
  return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true, allowNegative: true });
}
function looksSecret(text) {
  const compact = text.replace(/[\s-]/g, "");
  return /^npm_[A-Za-z0-9]{16,}$/.test(text) || /^ey[A-Za-z0-9_-]+\.ey[A-Za-z0-9_-]+\./.test(text) || /^[A-Za-z2-7=]{16,}$/.test(compact) || /^otpauth:/i.test(text);
}
function parseCommand(argv) {
  let parsed;
  try {
    parsed = parse(argv);
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
  if (command !== "publish") {
    throw new UsageError(command === void 0 ? 'no command: the command is "publish". Run "npm-otp-publish --help".' : 'unknown command: the command is "publish". Run "npm-otp-publish --help".');
  }
  if (rest.some(looksSecret)) throw secretArgument();
  if (rest.length) throw new UsageError(`"publish" takes no arguments; give packages with --package <path> (${rest.length} extra argument${rest.length > 1 ? "s" : ""}).`);
  return { kind: "publish", values };
}
function secretArgument() {
  return new UsageError("an argument looks like a token or a TOTP seed; secrets are not taken as arguments, since arguments show in process lists and CI logs: pass them through the environment: NPM_TOKEN / NPM_OTP_SECRET.");
}
var OPTION_FOR_INPUT = Object.fromEntries(
  Object.keys(OPTIONS).filter((name) => !["token-env", "otp-secret-env", "json", "help", "version", "token", "otp-secret"].includes(name)).map((name) => [name, `--${name}`])
);
var USAGE = `npm-otp-publish: publish npm packages from CI for accounts with two-factor authentication,
making the one-time password from a TOTP seed at the moment of each publish request.

Usage:
  npm-otp-publish publish [options]
  npm-otp-publish --help | --version

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
`;

// src/cli/main.ts
var EXIT = { ok: 0, failed: 1, usage: 2, auth: 3, timeout: 4 };
var USAGE_ERRORS = [UsageError, InvalidInputError, InvalidSeedError, PackageNotFoundError, InvalidManifestError, PrivatePackageError, NpmConfigError];
var AUTH_ERRORS = [
  TokenMissingError,
  TokenRejectedError,
  OtpRequiredError,
  OtpRejectedError,
  WebAuthnRequiredError,
  TwoFactorPolicyError,
  IpRestrictedError,
  PublishForbiddenError,
  TrustedPublishingError,
  RegistryMismatchError
];
function exitCodeOf(error) {
  if (error instanceof TimeoutError) return EXIT.timeout;
  if (USAGE_ERRORS.some((kind) => error instanceof kind)) return EXIT.usage;
  if (AUTH_ERRORS.some((kind) => error instanceof kind)) return EXIT.auth;
  return EXIT.failed;
}
function cliMessage(text, { tokenVariable, seedVariable }) {
  return text.replace(/Store the account's TOTP seed as a repository secret and add "otp-secret: \$\{\{ secrets\.NPM_OTP_SECRET \}\}" to the step's "with:"\./g, `Set ${seedVariable} to the account's TOTP seed in the job's environment (a masked CI variable).`).replace(/Add "token: \$\{\{ secrets\.NPM_TOKEN \}\}" to the step's "with:", or set NODE_AUTH_TOKEN with actions\/setup-node's "registry-url"\./g, `Set ${tokenVariable} in the job's environment, or give the token in an .npmrc for the registry.`).replace(/add "registry: ([^"]+)" to the step's "with:"/g, "pass --registry $1").replace(/Input "otp-secret"/g, seedVariable).replace(/Input "token"/g, tokenVariable).replace(/the "otp-secret" input is empty/g, `${seedVariable} is not set`).replace(/the "otp-secret" input/g, seedVariable).replace(/the "token" input/g, tokenVariable).replace(/"otp-secret"/g, seedVariable).replace(/Input "([a-z-]+)"/g, (match, input) => OPTION_FOR_INPUT[input] ? `Option ${OPTION_FOR_INPUT[input]}` : match).replace(/the "([a-z-]+)" input/g, (match, input) => OPTION_FOR_INPUT[input] ? `the ${OPTION_FOR_INPUT[input]} option` : match).replace(/\bset ([a-z-]+) to (true|false|auto)\b/g, (match, input, value) => OPTION_FOR_INPUT[input] ? `pass ${OPTION_FOR_INPUT[input]} ${value}` : match).replace(/permissions: id-token: write/g, "an OIDC ID token in NPM_ID_TOKEN (on GitHub Actions: permissions: id-token: write)");
}
var CliLogger = class {
  #scrubber = new SecretScrubber();
  #write;
  #names;
  /** The live progress line at the bottom of a terminal ('' when none). */
  #status = "";
  constructor(write, names) {
    this.#write = write;
    this.#names = names;
  }
  #line(prefix, message) {
    const clear = this.#status ? "\r\x1B[K" : "";
    this.#write(`${clear}${prefix}${this.render(message)}
${this.#status}`);
  }
  /** Replace the live line (on a terminal); '' removes it. */
  status(text) {
    this.#status = text ? this.render(text) : "";
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
  /** Scrubbed, on one line, in the CLI's words. */
  render(message) {
    return this.#scrubber.clean(cliMessage(message, this.#names));
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
  const { values } = command;
  const names = { tokenVariable: values["token-env"] ?? "NPM_TOKEN", seedVariable: values["otp-secret-env"] ?? "NPM_OTP_SECRET" };
  const secretVariables = [...values["token-env"] ? [names.tokenVariable] : ["NPM_TOKEN", "NODE_AUTH_TOKEN"], names.seedVariable];
  if (values["ignore-scripts"] === false && !io.handed && io.env === process.env) restartWithout(secretVariables);
  const env = { ...io.env, ...io.handed };
  const logger = new CliLogger((text) => io.stderr.write(text), names);
  let result;
  let code;
  try {
    const settings = readInputs({
      getInput: (name) => inputOf(name, values, env, names),
      setSecret: (value) => logger.secret(value),
      env: io.env,
      cwd: io.cwd
    });
    for (const name of secretVariables) delete io.env[name];
    const onProgress = ({ name, version, outcome, done, total }) => {
      if (total < 2) return;
      if (io.isTTY) logger.status(`publishing: ${done} of ${total} done (${name}@${version}: ${outcome})`);
      else logger.info(`[${done}/${total}] ${name}@${version}: ${outcome}`);
    };
    result = await publishAll({ ...settings, env: io.env }, { logger, clock: io.clock ?? systemClock, onProgress });
    if (io.isTTY) logger.status("");
    const failures = result.packages.filter((pkg) => pkg.outcome === "failed").map((pkg) => pkg.error);
    code = failures.length ? Math.max(...failures.map(exitCodeOf)) : EXIT.ok;
  } catch (error) {
    logger.error(messageOf(error));
    return exitCodeOf(error);
  }
  const shown = scrubbed(result, (text) => logger.redact(text));
  for (const entry of resultEntries(shown)) {
    const id = entry.name ? `${entry.name}@${entry.version}` : "a package";
    const how = entry.auth ? ` (${entry.auth})` : "";
    logger.info(`${id}: ${entry.outcome}${how}${entry.message ? `: ${entry.message}` : ""}`);
  }
  if (values.json) io.stdout.write(`${JSON.stringify(resultEntries(shown, "always"), null, 2)}
`);
  return code;
}
function inputOf(name, values, env, names) {
  if (name === "token") return (values["token-env"] ? env[names.tokenVariable] : env.NPM_TOKEN ?? env.NODE_AUTH_TOKEN) ?? "";
  if (name === "otp-secret") return env[names.seedVariable] ?? "";
  const value = values[name];
  if (Array.isArray(value)) return value.join("\n");
  if (typeof value === "boolean") return String(value);
  return value ?? "";
}
export {
  EXIT,
  cliMessage,
  exitCodeOf,
  runCli
};
