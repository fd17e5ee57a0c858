import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  require_lib7 as require_lib
} from "./chunk-DB3HVEMO.js";
import {
  require_http
} from "./chunk-PWRQ5OCQ.js";
import {
  require_semver
} from "./chunk-FMINVKSF.js";
import {
  __toESM
} from "./chunk-UZUV7YZO.js";

// src/common/log.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve4) => setTimeout(resolve4, ms))
};
function oneLine(text2) {
  return text2.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
}
var SecretScrubber = class {
  #secrets = /* @__PURE__ */ new Set();
  /** Remember a secret; returns false when it was known already (or empty). */
  add(value) {
    if (!value || this.#secrets.has(value)) return false;
    this.#secrets.add(value);
    return true;
  }
  redact(text2) {
    let result = text2;
    for (const secret of this.#secrets) result = result.split(secret).join("***");
    return result;
  }
  /** Redacted, on one line. */
  clean(text2) {
    return oneLine(this.redact(text2));
  }
};
function scrubbed(value, clean2) {
  return JSON.parse(JSON.stringify(value, (_key, field) => typeof field === "string" ? clean2(field) : field));
}

// src/common/text.ts
var nameOf = (setting) => ({ ref: "name", setting });
var labelOf = (setting) => ({ ref: "label", setting });
var giveOf = (setting) => ({ ref: "give", setting });
var emptyOf = (setting) => ({ ref: "empty", setting });
var setTo = (setting, value) => ({ ref: "set", setting, value });
var valueOf = (setting, value) => ({ ref: "value", setting, value });
function isRef(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "ref" in value && "setting" in value;
}
function text(strings, ...values) {
  const parts = [];
  const push = (part) => {
    if (typeof part === "string" && typeof parts.at(-1) === "string") parts[parts.length - 1] += part;
    else if (part !== "") parts.push(part);
  };
  strings.forEach((string, index) => {
    push(string);
    if (index >= values.length) return;
    const value = values[index];
    if (Array.isArray(value)) for (const part of value) push(part);
    else push(isRef(value) ? value : String(value));
  });
  return parts;
}
function join(...pieces) {
  return text`${pieces.map((piece) => typeof piece === "string" ? plain(piece) : piece).flat()}`;
}
function plain(value) {
  return value === "" ? [] : [value];
}
function render(message, words) {
  if (typeof message === "string") return message;
  let out = "";
  for (const part of message) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const said = part.ref === "set" || part.ref === "value" ? words[part.ref](part.setting, part.value) : words[part.ref](part.setting);
    out += out === "" || /[.!?]\s+$/.test(out) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
  }
  return out;
}
var NEUTRAL_WORDS = {
  name: (setting) => `<${setting}>`,
  label: (setting) => `<${setting}>`,
  give: (setting) => `<give ${setting}>`,
  empty: (setting) => `<${setting} empty>`,
  set: (setting, value) => `<${setting}: ${value}>`,
  value: (setting, value) => `<${setting}: ${value}>`
};

// src/core/errors.ts
var KIND = {
  ESETTING: "usage",
  ESEED: "auth",
  ENOPACKAGE: "usage",
  EMANIFEST: "usage",
  EPRIVATE: "usage",
  ENPMCONFIG: "usage",
  ENOTOKEN: "auth",
  EREGISTRYMISMATCH: "auth",
  ETRUSTED: "auth",
  ETOKEN: "auth",
  EOTPREQUIRED: "auth",
  EOTPREJECTED: "auth",
  EWEBAUTHN: "auth",
  E2FAPOLICY: "auth",
  EAUTHIP: "auth",
  EFORBIDDEN: "failed",
  ETIMEOUT: "timeout",
  EUNREACHABLE: "failed",
  ECERT: "failed",
  EREDIRECT: "failed",
  ERATELIMIT: "failed",
  EREGISTRY: "failed",
  ECONFLICT: "failed",
  EUNEXPECTED: "failed",
  ECOMMAND: "usage",
  ESTAGEREQUIRED: "auth",
  ETOKENSDISALLOWED: "auth",
  ESTAGENEW: "failed",
  ECHECK: "usage"
};
function kindOf(code) {
  return KIND[code];
}
var PublishError = class extends Error {
  /** The setting the user should look at, when there is one. */
  setting;
  /** The message, with settings as references. */
  text;
  /** The failure will hit every package of the run (a bad token, no seed, ...): start no new publish. */
  stopsRun = false;
  /** The registry asked for a one-time password (and the run could not give one it accepted). */
  otpRequired = false;
  constructor(message, setting, options) {
    super(render(message, NEUTRAL_WORDS), options);
    this.name = new.target.name;
    this.text = message;
    this.setting = setting;
  }
};
var InvalidSettingError = class extends PublishError {
  code = "ESETTING";
  constructor(setting, message, options) {
    super(text`${labelOf(setting)}: ${typeof message === "string" ? plain(message) : message}`, setting, options);
  }
};
var InvalidSeedError = class extends PublishError {
  code = "ESEED";
  constructor(problem, options) {
    super(
      join(
        text`${labelOf("otpSecret")} is not a usable TOTP seed: ${problem}. `,
        "Give the base32 setup key that the registry showed when two-factor authentication with an authenticator app was turned on ",
        '(spaces, dashes, "=" padding and lower case are fine), or the otpauth://totp/... URI of its QR code. ',
        "The value is not shown here because it is a secret."
      ),
      "otpSecret",
      options
    );
  }
};
var PackageNotFoundError = class extends PublishError {
  code = "ENOPACKAGE";
  constructor(path, detail, options) {
    super(
      join(
        text`Cannot read the package at "${path}": ${typeof detail === "string" ? plain(detail) : detail}. `,
        text`Point ${nameOf("packages")} at a folder that holds a package.json, the path of a package.json, or a .tgz made by "npm pack".`
      ),
      "packages",
      options
    );
  }
};
var InvalidManifestError = class extends PublishError {
  code = "EMANIFEST";
  constructor(path, detail, options) {
    super(text`The package at "${path}" cannot be published: ${typeof detail === "string" ? plain(detail) : detail}`, "packages", options);
  }
};
var PrivatePackageError = class extends PublishError {
  code = "EPRIVATE";
  constructor(name, path) {
    super(
      join(
        text`Package ${name} at "${path}" is marked "private": true in its package.json, so it cannot be published. `,
        text`Remove the "private" field to publish it, or point ${nameOf("packages")} at another package.`
      ),
      "packages"
    );
  }
};
var TokenMissingError = class extends PublishError {
  code = "ENOTOKEN";
  stopsRun = true;
  constructor(registry, skipped) {
    const note = skipped ? ` (${skipped} is in the package's folder, and neither npm publish nor this run reads an .npmrc there: only the project's, the user's and the global one)` : "";
    super(text`No npm token for ${registry}: ${emptyOf("token")} and no .npmrc gives one for this registry${note}. ${giveOf("token")}.`, "token");
  }
};
var RegistryMismatchError = class extends PublishError {
  code = "EREGISTRYMISMATCH";
  constructor(id, registry, workflow, needed, options) {
    const what = needed === "token" ? text`${nameOf("token")} is only sent to ${workflow.url} (${workflow.source}), and npm's configuration has no credentials bound to ${registry.url}` : text`${registry.url} asked for a one-time password, and codes from ${nameOf("otpSecret")} are only sent to ${workflow.url} (${workflow.source})`;
    super(
      join(
        text`${id} is to be published to ${registry.url} (${registry.source}), but ${what}. `,
        text`If ${id} belongs there, ${setTo("registry", registry.url)} (with a token for it); otherwise remove that registry from the repository.`
      ),
      "registry",
      options
    );
  }
};
var TrustedPublishingError = class extends PublishError {
  code = "ETRUSTED";
  constructor(id, registry, reason, options) {
    super(
      join(
        text`Trusted publishing (OIDC) cannot publish ${id} to ${registry}: ${reason}. `,
        text`Configure a trusted publisher for this repository and workflow on the package's settings page (allowing npm publish, or ${setTo("stage", "true")} if it allows only staging), `,
        text`or ${setTo("trustedPublishing", "auto")} to fall back to ${nameOf("token")} and a one-time password.`
      ),
      "trustedPublishing",
      options
    );
  }
};
var TokenRejectedError = class extends PublishError {
  code = "ETOKEN";
  stopsRun = true;
  constructor(registry, detail, options) {
    super(
      join(
        text`The registry ${registry} rejected the npm token (401${detail ? `: ${detail}` : ""}). `,
        text`Check ${nameOf("token")}: the token may be expired, revoked, read-only, or made for another registry. `,
        text`Create a new granular access token with publish rights and store it where ${nameOf("token")} comes from.`
      ),
      "token",
      options
    );
  }
};
var OtpRequiredError = class extends PublishError {
  code = "EOTPREQUIRED";
  stopsRun = true;
  otpRequired = true;
  constructor(registry, options) {
    super(
      text`The registry ${registry} asked for a one-time password (the account has two-factor authentication for writes), but ${emptyOf("otpSecret")}. ${giveOf("otpSecret")}.`,
      "otpSecret",
      options
    );
  }
};
var OtpRejectedError = class extends PublishError {
  code = "EOTPREJECTED";
  stopsRun = true;
  otpRequired = true;
  constructor(registry, detail, options) {
    super(
      join(
        text`The registry ${registry} rejected the one-time password twice, with codes from two different time steps. ${detail} `,
        text`Either ${nameOf("otpSecret")} is not the seed of the account that owns the token `,
        "(re-check the secret against the setup key you kept; on npmjs a lost key cannot be replaced by setting TOTP up again, ",
        "since new TOTP setups are refused: publish through trusted publishing or staging instead), ",
        "or the runner's clock is wrong (check its time synchronisation). The run stopped to avoid a rate limit."
      ),
      "otpSecret",
      options
    );
  }
};
var WebAuthnRequiredError = class extends PublishError {
  code = "EWEBAUTHN";
  stopsRun = true;
  otpRequired = true;
  constructor(registry, options) {
    super(
      join(
        text`The registry ${registry} asked to finish authentication in a web browser (security-key or passkey two-factor authentication). `,
        "That cannot run unattended, and no TOTP seed can answer it (npmjs does not let an account set up authenticator-app 2FA any more). ",
        text`Use trusted publishing (OIDC) for this package, or stage the version for a maintainer to approve (${setTo("stage", "true")}, or ${setTo("onOtpUnavailable", "stage")}); `,
        "a token that bypasses 2FA publishes directly until that ends (announced for about January 2027)."
      ),
      "otpSecret",
      options
    );
  }
};
var TwoFactorPolicyError = class extends PublishError {
  code = "E2FAPOLICY";
  stopsRun = true;
  constructor(registry, detail, options) {
    super(
      join(
        text`The registry ${registry} refused the publish because of a two-factor authentication policy (403: ${detail}). `,
        text`The fix is in the npm account, token or package settings, not in the seed: the account that owns ${nameOf("token")} needs `,
        text`two-factor authentication for writes (with its TOTP seed as ${nameOf("otpSecret")}), or a token type the package policy allows. `,
        "Where that needs 2FA the account cannot set up any more (TOTP on npmjs), publish through trusted publishing or staging instead."
      ),
      "token",
      options
    );
  }
};
var StageRequiredError = class extends PublishError {
  code = "ESTAGEREQUIRED";
  stopsRun = true;
  constructor(registry, pkg, detail, options) {
    super(
      join(
        text`The registry ${registry} refused to publish ${pkg} directly: the token may only stage versions (403${detail ? `: ${detail}` : ""}). `,
        text`Stage it for a maintainer to approve (${setTo("onOtpUnavailable", "stage")}, or ${setTo("stage", "true")}), `,
        text`or give ${nameOf("token")} a token that may publish directly (a granular token with "Read and write").`
      ),
      "token",
      options
    );
  }
};
var TokensDisallowedError = class extends PublishError {
  code = "ETOKENSDISALLOWED";
  constructor(registry, pkg, detail, options) {
    super(
      join(
        text`The registry ${registry} refused the token for ${pkg}: the package requires two-factor authentication and disallows tokens (403${detail ? `: ${detail}` : ""}), `,
        "so no token publishes it directly, with or without a one-time password. The ways that remain: trusted publishing (OIDC: configure a trusted publisher ",
        text`for this repository and workflow on the package's settings page), or staging for a maintainer to approve (${setTo("stage", "true")}, or ${setTo("onOtpUnavailable", "stage")}).`
      ),
      "token",
      options
    );
  }
};
var StageNewPackageError = class extends PublishError {
  code = "ESTAGENEW";
  constructor(registry, id, detail, options) {
    super(
      plain(
        `The registry ${registry} did not stage ${id}, the package's first version (${detail}): it stages only packages that exist (npmjs stages new packages since October 2026; other registries may not yet). Publish the first version directly (a token and a one-time password), then stage the next ones.`
      ),
      "stage",
      options
    );
  }
};
var IpRestrictedError = class extends PublishError {
  code = "EAUTHIP";
  stopsRun = true;
  constructor(registry, options) {
    super(
      join(
        text`The registry ${registry} refused the token from this runner's IP address: the token is limited to allowed IP ranges (CIDR). `,
        text`Add the runner's address range to the token's allowed ranges on npm, or use a token without that limit in ${nameOf("token")}.`
      ),
      "token",
      options
    );
  }
};
var PublishForbiddenError = class extends PublishError {
  code = "EFORBIDDEN";
  /** The registry said that the trusted publisher behind an OIDC token may not do this (only stage, say). */
  oidcActionDenied;
  constructor(registry, pkg, detail, options) {
    super(
      join(
        text`The registry ${registry} refused to let this token publish ${pkg} (403${detail ? `: ${detail}` : ""}). `,
        text`Check that the token in ${nameOf("token")} belongs to a maintainer of the package (or a member of its scope's organisation), `,
        "that the token has write access to it, and that the name is not taken by someone else."
      ),
      "token",
      options
    );
    this.oidcActionDenied = options?.oidcActionDenied ?? false;
  }
};
var RegistryUnreachableError = class extends PublishError {
  code = "EUNREACHABLE";
  stopsRun = true;
  /** What failed on the way: a system error code, or "no answer before the time-out". */
  detail;
  constructor(registry, detail, options) {
    super(
      text`Cannot reach the registry ${registry} (${detail}). Check ${nameOf("registry")} (and publishConfig.registry / .npmrc), and that this runner can reach that host.`,
      "registry",
      options
    );
    this.detail = detail;
  }
};
var RegistryCertificateError = class extends PublishError {
  code = "ECERT";
  stopsRun = true;
  constructor(registry, code, options) {
    const fix = code === "CERT_HAS_EXPIRED" ? "The certificate has expired: renew it on the registry." : code === "ERR_TLS_CERT_ALTNAME_INVALID" ? "The certificate is for another host name: use the registry URL its certificate names." : 'If a private certificate authority signs it (a company registry or a TLS-inspecting proxy), give that CA to npm as npm itself needs it: "cafile=/path/to/ca.pem" (or "ca=...") in an .npmrc. "strict-ssl=false" turns the check off (not recommended).';
    super(plain(`The registry ${registry} presented a TLS certificate this runner does not trust (${code}). ${fix}`), "registry", options);
  }
};
var NpmConfigError = class extends PublishError {
  code = "ENPMCONFIG";
  stopsRun = true;
  /** `file`: the .npmrc (or files) at fault, when known. */
  constructor(file, detail, options) {
    super(plain(`${file ? `The npm configuration file ${file}` : "npm's configuration"} cannot be used: ${detail}.`), void 0, options);
  }
};
var RegistryRedirectError = class extends PublishError {
  code = "EREDIRECT";
  stopsRun = true;
  constructor(registry, what, status, location) {
    let target = "no Location";
    try {
      target = location ? new URL(location, registry).origin : target;
    } catch {
      target = "an invalid Location";
    }
    super(
      join(
        text`The registry ${registry} answered ${what} with a redirect (${status} to ${target}). `,
        "A redirect is never followed, since it would carry the token and the one-time password to another address, ",
        text`and nothing was published. If the registry has moved, ${setTo("registry", "<its new address>")} (or fix the .npmrc).`
      ),
      "registry"
    );
  }
};
var RateLimitedError = class extends PublishError {
  code = "ERATELIMIT";
  stopsRun = true;
  /** What the registry's `retry-after` asked for, in ms, when it said. */
  retryAfterMs;
  constructor(registry, retryAfter, options) {
    super(
      join(
        text`The registry ${registry} answered 429 Too Many Requests${retryAfter ? ` (retry after ${retryAfter} s)` : ""}. `,
        text`Wait before running again; repeated rejected one-time passwords also lead to this, so check ${nameOf("otpSecret")} if earlier runs failed on it.`
      ),
      "otpSecret",
      options
    );
    this.retryAfterMs = parseRetryAfter(retryAfter);
  }
};
function parseRetryAfter(value) {
  if (!value) return void 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : void 0;
}
var RegistryError = class extends PublishError {
  code = "EREGISTRY";
  /** The answer in short: "HTTP 503: ...", or an error code. */
  detail;
  constructor(registry, what, detail, options) {
    super(plain(`The registry ${registry} failed ${what}: ${detail}`), void 0, options);
    this.detail = detail;
  }
};
var PackageCheckError = class extends PublishError {
  code = "ECHECK";
  constructor(id, findings, options) {
    const listed = Array.isArray(findings) ? findings : [plain(String(findings))];
    super(join(text`${id} was not published (${valueOf("strict", "true")}): `, ...listed.flatMap((finding, index) => index ? ["; ", finding] : [finding]), "."), "strict", options);
  }
};
var CommandError = class extends PublishError {
  code = "ECOMMAND";
  constructor(command, detail, options) {
    super(plain(`The command "${command}" could not be started (${detail}). Check that it is installed and on PATH in the working folder.`), void 0, options);
  }
};
var UnexpectedError = class extends PublishError {
  code = "EUNEXPECTED";
  constructor(cause) {
    super(plain(`Unexpected failure: ${messageOf(cause)}`), void 0, { cause });
  }
};
var VersionConflictError = class extends PublishError {
  code = "ECONFLICT";
  constructor(id, registry) {
    super(
      plain(`${id} is already on ${registry} with different contents than this tarball. A version can be published only once: bump "version" in package.json and publish again.`),
      "packages"
    );
  }
};
var TimeoutError = class extends PublishError {
  code = "ETIMEOUT";
  stopsRun = true;
  constructor(seconds, what) {
    super(
      join(
        text`Stopped: ${what} would go past the time limit (${valueOf("timeout", String(seconds))} s). `,
        "Nothing is left half-published: a re-run checks the registry and publishes only what is missing. ",
        text`If the registry is slow or the packages are large, raise ${nameOf("timeout")}.`
      ),
      "timeout"
    );
  }
};
function messageOf(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}
function textOf(error) {
  return error instanceof PublishError ? error.text : plain(messageOf(error));
}

// node_modules/@otplib/core/dist/index.js
var a = class extends Error {
  constructor(e, t2) {
    super(e, t2), this.name = "OTPError";
  }
};
var x = class extends a {
  constructor(e) {
    super(e), this.name = "SecretError";
  }
};
var A = class extends x {
  constructor(e, t2) {
    super(`Secret must be at least ${e} bytes (${e * 8} bits), got ${t2} bytes`), this.name = "SecretTooShortError";
  }
};
var P = class extends x {
  constructor(e, t2) {
    super(`Secret must not exceed ${e} bytes, got ${t2} bytes`), this.name = "SecretTooLongError";
  }
};
var E = class extends a {
  constructor(e) {
    super(e), this.name = "CounterError";
  }
};
var O = class extends E {
  constructor() {
    super("Counter must be non-negative"), this.name = "CounterNegativeError";
  }
};
var T = class extends E {
  constructor() {
    super("Counter exceeds maximum safe integer value"), this.name = "CounterOverflowError";
  }
};
var b = class extends E {
  constructor() {
    super("Counter must be a finite integer"), this.name = "CounterNotIntegerError";
  }
};
var S = class extends a {
  constructor(e) {
    super(e), this.name = "TimeError";
  }
};
var C = class extends S {
  constructor() {
    super("Time must be non-negative"), this.name = "TimeNegativeError";
  }
};
var w = class extends S {
  constructor() {
    super("Time must be a finite number"), this.name = "TimeNotFiniteError";
  }
};
var _ = class extends a {
  constructor(e) {
    super(e), this.name = "PeriodError";
  }
};
var B = class extends _ {
  constructor(e) {
    super(`Period must be at least ${e} second(s)`), this.name = "PeriodTooSmallError";
  }
};
var R = class extends _ {
  constructor(e) {
    super(`Period must not exceed ${e} seconds`), this.name = "PeriodTooLargeError";
  }
};
var F = class extends a {
  constructor(e) {
    super(e), this.name = "AlgorithmError";
  }
};
var h = class extends F {
  constructor(e, t2 = {}) {
    let { supported: n2, plugin: s } = t2;
    super("Unsupported hash algorithm." + (n2 ? ` Expected one of: ${n2.join(", ") || "(none)"}` : "") + (s ? ` [plugin: ${s}]` : "")), this.name = "AlgorithmUnsupportedError";
  }
};
var U = class extends a {
  constructor(e, t2) {
    super(e, t2), this.name = "CryptoError";
  }
};
var c = class extends U {
  constructor(e, t2) {
    super(`HMAC computation failed: ${e}`, t2), this.name = "HMACError";
  }
};
var v = class extends U {
  constructor(e, t2) {
    super(`Random byte generation failed: ${e}`, t2), this.name = "RandomBytesError";
  }
};
var q = class extends a {
  constructor(e) {
    super(e), this.name = "PluginError";
  }
};
var G = class extends q {
  constructor() {
    super("Crypto plugin is required."), this.name = "CryptoPluginMissingError";
  }
};
var z = class extends q {
  constructor() {
    super("Base32 plugin is required."), this.name = "Base32PluginMissingError";
  }
};
var u = class extends a {
  constructor(e) {
    super(e), this.name = "ConfigurationError";
  }
};
var Y = class extends u {
  constructor() {
    super("Secret is required. Use generateSecret() to create one, or provide via { secret: 'YOUR_BASE32_SECRET' }"), this.name = "SecretMissingError";
  }
};
var br = new TextEncoder();
var Sr = new TextDecoder();
var ur = 16;
var cr = 64;
var lr = 1;
var gr = 3600;
var mr = Number.MAX_SAFE_INTEGER;
var Er = 99;
var sr = /* @__PURE__ */ Symbol("otplib.guardrails.override");
function f(r2, e, t2) {
  if (typeof e != "number" || !Number.isSafeInteger(e)) throw new u(`Guardrail '${r2}' must be a safe integer`);
  if (e < t2) throw new u(`Guardrail '${r2}' must be >= ${t2}`);
}
var m = Object.freeze({ MIN_SECRET_BYTES: ur, MAX_SECRET_BYTES: cr, MIN_PERIOD: lr, MAX_PERIOD: gr, MAX_COUNTER: mr, MAX_WINDOW: Er, [sr]: false });
function Cr(r2) {
  if (!r2) return m;
  r2.MIN_SECRET_BYTES !== void 0 && f("MIN_SECRET_BYTES", r2.MIN_SECRET_BYTES, 1), r2.MAX_SECRET_BYTES !== void 0 && f("MAX_SECRET_BYTES", r2.MAX_SECRET_BYTES, 1), r2.MIN_PERIOD !== void 0 && f("MIN_PERIOD", r2.MIN_PERIOD, 1), r2.MAX_PERIOD !== void 0 && f("MAX_PERIOD", r2.MAX_PERIOD, 1), r2.MAX_COUNTER !== void 0 && f("MAX_COUNTER", r2.MAX_COUNTER, 0), r2.MAX_WINDOW !== void 0 && f("MAX_WINDOW", r2.MAX_WINDOW, 1);
  let e = { ...m, ...r2 };
  if (e.MIN_SECRET_BYTES > e.MAX_SECRET_BYTES) throw new u("Guardrail 'MIN_SECRET_BYTES' must be <= 'MAX_SECRET_BYTES'");
  if (e.MIN_PERIOD > e.MAX_PERIOD) throw new u("Guardrail 'MIN_PERIOD' must be <= 'MAX_PERIOD'");
  return Object.freeze({ ...e, [sr]: true });
}
var Tr = { sha1: ["sha1", "sha-1", "sha_1"], sha256: ["sha256", "sha-256", "sha_256"], sha512: ["sha512", "sha-512", "sha_512"] };
var V = Object.freeze(Object.keys(Tr));
var _r = new Map(Object.entries(Tr).flatMap(([r2, e]) => e.map((t2) => [t2, r2])));
function K(r2, e = {}) {
  let { supported: t2, plugin: n2 } = e, s = t2 === void 0 ? V : V.filter((o) => t2.includes(o));
  if (typeof r2 == "string") {
    let o = _r.get(r2.toLowerCase());
    if (o !== void 0 && s.includes(o)) return o;
  }
  throw new h(r2, { supported: s, plugin: n2 });
}
function Br(r2, e = m) {
  if (r2.length < e.MIN_SECRET_BYTES) throw new A(e.MIN_SECRET_BYTES, r2.length);
  if (r2.length > e.MAX_SECRET_BYTES) throw new P(e.MAX_SECRET_BYTES, r2.length);
}
function Rr(r2, e = m) {
  if (typeof r2 == "number") {
    if (!Number.isFinite(r2) || !Number.isInteger(r2)) throw new b();
    if (!Number.isSafeInteger(r2)) throw new T();
  }
  let t2 = typeof r2 == "bigint" ? r2 : BigInt(r2);
  if (t2 < 0n) throw new O();
  if (t2 > BigInt(e.MAX_COUNTER)) throw new T();
}
function Ir(r2) {
  if (!Number.isFinite(r2)) throw new w();
  if (r2 < 0) throw new C();
}
function Mr(r2, e = m) {
  if (!Number.isInteger(r2) || r2 < e.MIN_PERIOD) throw new B(e.MIN_PERIOD);
  if (r2 > e.MAX_PERIOD) throw new R(e.MAX_PERIOD);
}
function Dr(r2) {
  let e = typeof r2 == "bigint" ? r2 : BigInt(r2), t2 = new ArrayBuffer(8);
  return new DataView(t2).setBigUint64(0, e, false), new Uint8Array(t2);
}
function Hr(r2) {
  let e = r2[r2.length - 1] & 15;
  return (r2[e] & 127) << 24 | r2[e + 1] << 16 | r2[e + 2] << 8 | r2[e + 3];
}
function Xr(r2, e) {
  let t2 = 10 ** e;
  return (r2 % t2).toString().padStart(e, "0");
}
function hr(r2, e) {
  return r2.length === e.length;
}
function ir(r2, e) {
  let t2 = or(r2), n2 = or(e);
  if (!hr(t2, n2)) return false;
  let s = 0;
  for (let o = 0; o < t2.length; o++) s |= t2[o] ^ n2[o];
  return s === 0;
}
function or(r2) {
  return typeof r2 == "string" ? br.encode(r2) : r2;
}
function qr(r2, e) {
  return typeof r2 == "string" ? (ar(e), e.decode(r2)) : r2;
}
function fr(r2) {
  if (!r2) throw new G();
}
function ar(r2) {
  if (!r2) throw new z();
}
function Yr(r2) {
  if (!r2) throw new Y();
}
function Vr(r2) {
  return typeof r2.then == "function";
}
var J = class {
  constructor(e) {
    this.crypto = e;
  }
  get plugin() {
    return this.crypto;
  }
  normalize(e) {
    return K(e, { supported: this.crypto.algorithms, plugin: this.crypto.name });
  }
  async hmac(e, t2, n2) {
    let s = this.normalize(e);
    try {
      return await this.crypto.hmac(s, t2, n2);
    } catch (o) {
      let i = o instanceof Error ? o.message : String(o);
      throw new c(i, { cause: o });
    }
  }
  hmacSync(e, t2, n2) {
    let s = this.normalize(e);
    try {
      let o = this.crypto.hmac(s, t2, n2);
      if (!Vr(o)) return o;
      Promise.resolve(o).catch(() => {
      });
    } catch (o) {
      let i = o instanceof Error ? o.message : String(o);
      throw new c(i, { cause: o });
    }
    throw new c("Crypto plugin does not support synchronous HMAC operations");
  }
  randomBytes(e) {
    try {
      return this.crypto.randomBytes(e);
    } catch (t2) {
      let n2 = t2 instanceof Error ? t2.message : String(t2);
      throw new v(n2, { cause: t2 });
    }
  }
};
function Jr(r2) {
  return new J(r2);
}

// node_modules/@otplib/uri/dist/index.js
var u2 = class extends Error {
  constructor(e, s) {
    super(e, s), this.name = "URIParseError";
  }
};
var p = class extends u2 {
  constructor(e) {
    super(`Invalid otpauth URI: ${e}`), this.name = "InvalidURIError";
  }
};
var g = class extends u2 {
  constructor(e) {
    super(`Missing required parameter: ${e}`), this.name = "MissingParameterError";
  }
};
var c2 = class extends u2 {
  constructor(e, s, t2) {
    super(`Invalid value for parameter '${e}': ${s}`, t2), this.name = "InvalidParameterError";
  }
};
var d = 2048;
var f2 = 512;
var O2 = 1024;
function b2(r2, e) {
  let s = r2 instanceof Error ? r2.message : String(r2);
  return `Invalid URI encoding in ${e}: ${s}`;
}
function l(r2, e, s) {
  if (r2.length > e * 3) throw new p(`${s} exceeds maximum length`);
  try {
    let t2 = decodeURIComponent(r2);
    if (t2.length > e) throw new p(`${s} exceeds maximum length of ${e} characters`);
    return t2;
  } catch (t2) {
    throw t2 instanceof p ? t2 : new p(b2(t2, s));
  }
}
function y(r2) {
  if (r2.length > d) throw new p(`URI exceeds maximum length of ${d} characters`);
  if (!r2.startsWith("otpauth://")) throw new p(r2);
  let e = r2.slice(10), s = e.indexOf("/");
  if (s === -1) throw new p(r2);
  let t2 = e.slice(0, s);
  if (t2 !== "hotp" && t2 !== "totp") throw new c2("type", t2);
  let i = e.slice(s + 1), a2 = i.indexOf("?"), o, n2;
  a2 === -1 ? (o = l(i, f2, "label"), n2 = "") : (o = l(i.slice(0, a2), f2, "label"), n2 = i.slice(a2 + 1));
  let m2 = T2(n2);
  if (!m2.secret) throw new g("secret");
  return { type: t2, label: o, params: m2 };
}
function T2(r2) {
  let e = {}, s = /* @__PURE__ */ new Set();
  if (!r2) return e;
  let t2 = r2.split("&");
  for (let i of t2) {
    let a2 = i.indexOf("="), o = a2 === -1, n2;
    if (o) try {
      n2 = decodeURIComponent(i);
    } catch {
      continue;
    }
    else n2 = l(i.slice(0, a2), 64, "parameter key");
    if (s.has(n2)) continue;
    s.add(n2);
    let m2 = o ? "" : l(i.slice(a2 + 1), O2, `parameter '${n2}'`);
    switch (n2) {
      case "secret":
        e.secret = m2;
        break;
      case "issuer":
        e.issuer = m2;
        break;
      case "algorithm":
        m2 !== "" && (e.algorithm = w2(m2));
        break;
      case "digits":
        e.digits = x2(m2);
        break;
      case "counter":
        e.counter = P2("counter", m2, 0);
        break;
      case "period":
        e.period = P2("period", m2, 1);
        break;
    }
  }
  return e;
}
function P2(r2, e, s) {
  if (!/^-?\d+$/.test(e)) throw new c2(r2, e);
  let t2 = Number(e);
  if (!Number.isSafeInteger(t2)) throw new c2(r2, e);
  if (t2 < s) throw new c2(r2, e);
  return t2;
}
function w2(r2) {
  try {
    return K(r2);
  } catch (e) {
    throw new c2("algorithm", r2, { cause: e });
  }
}
function x2(r2) {
  if (!/^\d+$/.test(r2)) throw new c2("digits", r2);
  let e = Number(r2);
  if (e === 6 || e === 7 || e === 8) return e;
  throw new c2("digits", r2);
}

// node_modules/@otplib/hotp/dist/index.js
function V2(u3) {
  let { secret: r2, counter: t2, algorithm: o = "sha1", digits: i = 6, crypto: n2, base32: e, guardrails: a2, hooks: s } = u3;
  Yr(r2), fr(n2);
  let c4 = qr(r2, e);
  Br(c4, a2), Rr(t2, a2);
  let l3 = K(o, { supported: n2.algorithms, plugin: n2.name }), p2 = Jr(n2), g2 = Dr(t2);
  return { ctx: p2, algorithm: l3, digits: i, secretBytes: c4, counterBytes: g2, hooks: s };
}
function K2(u3) {
  let { ctx: r2, algorithm: t2, digits: o, secretBytes: i, counterBytes: n2, hooks: e } = V2(u3), a2 = r2.hmacSync(t2, i, n2), s = e?.truncateDigest ? e.truncateDigest(a2) : Hr(a2);
  return e?.encodeToken ? e.encodeToken(s, o) : Xr(s, o);
}

// node_modules/@otplib/totp/dist/index.js
function w3(r2) {
  let { secret: e, epoch: o = Math.floor(Date.now() / 1e3), t0: n2 = 0, period: i = 30, algorithm: s = "sha1", digits: l3 = 6, crypto: a2, base32: u3, guardrails: c4 = Cr(), hooks: t2 } = r2;
  Yr(e), fr(a2);
  let p2 = qr(e, u3);
  Br(p2, c4), Ir(o), Mr(i, c4);
  let m2 = K(s, { supported: a2.algorithms, plugin: a2.name }), f3 = Math.floor((o - n2) / i);
  return { secret: p2, counter: f3, algorithm: m2, digits: l3, crypto: a2, guardrails: c4, hooks: t2 };
}
function $(r2) {
  let e = w3(r2);
  return K2(e);
}

// node_modules/@scure/base/index.js
var freeze = (fn) => Object.freeze(fn());
function isBytes(a2) {
  return a2 instanceof Uint8Array || ArrayBuffer.isView(a2) && a2.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a2 && a2.BYTES_PER_ELEMENT === 1;
}
function abytes(b4) {
  if (!isBytes(b4))
    throw new TypeError("Uint8Array expected");
}
function astr(label, input) {
  if (typeof input !== "string")
    throw new TypeError(`${label}: string expected`);
  return true;
}
function anumber(n2, title = "number") {
  if (typeof n2 !== "number")
    throw new TypeError(`${title}: expected number, got ${typeof n2}`);
  if (!Number.isSafeInteger(n2))
    throw new RangeError(`${title}: expected safe integer, got ${n2}`);
}
function chain(...args) {
  const id = (a2) => a2;
  const wrap = (a2, b4) => (c4) => a2(b4(c4));
  const encode = args.map((x4) => x4.encode).reduceRight(wrap, id);
  const decode = args.map((x4) => x4.decode).reduce(wrap, id);
  return { encode, decode };
}
var powers = /* @__PURE__ */ (() => {
  let res = [];
  for (let i = 0; i < 40; i++)
    res.push(2 ** i);
  return res;
})();
var asciiDecoder = /* @__PURE__ */ (() => {
  try {
    const decoder = new TextDecoder();
    return decoder.decode(Uint8Array.of(65, 48, 43, 127)) === "A0+\x7F" ? decoder : void 0;
  } catch (e) {
    return void 0;
  }
})();
var B2S_CHUNK = 8192;
function charcodesToString(codes) {
  const len = codes.length;
  if (asciiDecoder !== void 0 && len >= 12)
    return asciiDecoder.decode(codes);
  if (len <= B2S_CHUNK)
    return String.fromCharCode.apply(null, codes);
  let res = "";
  for (let i = 0; i < len; i += B2S_CHUNK)
    res += String.fromCharCode.apply(null, codes.subarray(i, i + B2S_CHUNK));
  return res;
}
function radix2(bits) {
  anumber(bits);
  if (bits <= 0 || bits > 8)
    throw new RangeError("radix2: bits should be in (0..8]");
  const mask = powers[bits] - 1;
  return {
    encode: (bytes) => {
      abytes(bytes);
      const len = bytes.length;
      const res = new Uint8Array(Math.ceil(len * 8 / bits));
      let carry = 0;
      let pos = 0;
      let j = 0;
      for (let i = 0; i < len; ) {
        if (i + 2 < len) {
          carry = carry << 24 | bytes[i] << 16 | bytes[i + 1] << 8 | bytes[i + 2];
          pos += 24;
          i += 3;
        } else {
          carry = (carry << 8 | bytes[i]) & 65535;
          pos += 8;
          i++;
        }
        for (; ; ) {
          pos -= bits;
          res[j++] = carry >> pos & mask;
          if (pos < bits)
            break;
        }
      }
      if (pos > 0)
        res[j] = carry << bits - pos & mask;
      return res;
    },
    decode: (digits) => {
      const len = digits.length;
      const res = new Uint8Array(Math.floor(len * bits / 8));
      let carry = 0;
      let pos = 0;
      let j = 0;
      for (let i = 0; i < len; i++) {
        carry = (carry << bits | digits[i]) & 65535;
        pos += bits;
        for (; pos >= 8; pos -= 8)
          res[j++] = carry >> pos - 8 & 255;
      }
      carry = carry << 8 - pos & 255;
      if (pos >= bits)
        throw new Error("Excess padding");
      if (carry > 0)
        throw new Error(`Non-zero padding: ${carry}`);
      return res;
    }
  };
}
function alphabet(letters, aliases) {
  const len = letters.length;
  if (len > 128)
    throw new Error("alphabet: max 128 letters");
  const encTable = new Uint8Array(len);
  const decTable = new Int8Array(128).fill(-1);
  for (let i = 0; i < len; i++) {
    const code = letters.charCodeAt(i);
    if (letters.codePointAt(i) !== code || code > 127)
      throw new Error("alphabet: single-char ASCII letters only");
    encTable[i] = code;
    decTable[code] = i;
  }
  if (aliases !== void 0) {
    for (const alias of Object.keys(aliases)) {
      const code = alias.charCodeAt(0);
      const target = decTable[aliases[alias].charCodeAt(0)];
      if (alias.length !== 1 || code > 127 || target === void 0 || target === -1)
        throw new Error(`alphabet: invalid alias ${alias}`);
      decTable[code] = target;
    }
  }
  return {
    encode: (digits) => {
      const codes = new Uint8Array(digits.length);
      for (let i = 0; i < digits.length; i++) {
        const d5 = digits[i];
        const code = encTable[d5];
        if (code === void 0)
          throw new Error(`alphabet.encode: invalid digit ${d5}`);
        codes[i] = code;
      }
      return charcodesToString(codes);
    },
    decode: (input) => {
      astr("decode", input);
      const slen = input.length;
      const digits = new Uint8Array(slen);
      for (let i = 0; i < slen; i++) {
        const code = input.charCodeAt(i);
        const digit = code < 128 ? decTable[code] : -1;
        if (digit === -1)
          throw new Error(`Unknown letter "${input[i]}". Allowed: ${letters}`);
        digits[i] = digit;
      }
      return digits;
    }
  };
}
function padding(bits, chr = "=") {
  anumber(bits);
  astr("padding", chr);
  return {
    encode(data) {
      while (data.length * bits % 8)
        data += chr;
      return data;
    },
    decode(input) {
      astr("decode", input);
      let end = input.length;
      if (end * bits % 8)
        throw new Error("padding: invalid length");
      for (; end > 0 && input[end - 1] === chr; end--) {
        const byte = (end - 1) * bits;
        if (byte % 8 === 0)
          throw new Error("padding: excess padding");
      }
      return input.slice(0, end);
    }
  };
}
var base32 = /* @__PURE__ */ freeze(() => chain(radix2(5), alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), padding(5)));

// node_modules/@otplib/plugin-base32-scure/dist/index.js
var r = class {
  name = "scure";
  encode(o, e = {}) {
    let { padding: t2 = false } = e, n2 = base32.encode(o);
    return t2 ? n2 : n2.replace(/=+$/, "");
  }
  decode(o) {
    try {
      let e = o.toUpperCase(), t2 = e.padEnd(Math.ceil(e.length / 8) * 8, "=");
      return base32.decode(t2);
    } catch (e) {
      throw new Error(`Invalid Base32 string: ${e.message}`);
    }
  }
};
var d3 = Object.freeze(new r());

// node_modules/@noble/hashes/utils.js
function isBytes2(a2) {
  return a2 instanceof Uint8Array || ArrayBuffer.isView(a2) && a2.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a2 && a2.BYTES_PER_ELEMENT === 1;
}
var atitle = (title) => title ? `"${title}" ` : "";
function anumber2(n2, title = "") {
  if (typeof n2 !== "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n2);
  if (!Number.isSafeInteger(n2) || n2 < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n2);
  return n2;
}
function abytes2(value, length, title = "") {
  if (isBytes2(value) && (length === void 0 || value.length === length))
    return value;
  if (length !== void 0)
    anumber2(length, "length");
  const bytes = isBytes2(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message);
  throw new RangeError(message);
}
function ahash(h3) {
  if (typeof h3 !== "function" || typeof h3.create !== "function")
    throw new TypeError("expected hash wrapped by utils.createHasher");
  anumber2(h3.outputLen);
  anumber2(h3.blockLen);
  if (h3.outputLen < 1 || h3.blockLen < 1)
    throw new Error("hash blockLen / outputLen must be >= 1");
}
var aobject = (value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
};
var aopts = (value, label) => {
  aobject(value, label);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
};
function aexists(instance, checkFinished = true) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes2(out, void 0, "output");
  const min = instance.outputLen;
  if (!(out.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
function rotl(word, shift) {
  return word << shift | word >>> 32 - shift >>> 0;
}
function checkOpts(defaults, opts, title = "opts") {
  aopts(defaults, "defaults");
  if (opts !== void 0)
    aopts(opts, title);
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
  return merged;
}
function createHasher(hashCons, info = {}) {
  if (typeof hashCons !== "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info);
  return Object.freeze(hashC);
}
function randomBytes(bytesLength = 32) {
  anumber2(bytesLength, "bytesLength");
  const cr2 = typeof globalThis === "object" ? globalThis.crypto : null;
  if (typeof cr2?.getRandomValues !== "function")
    throw new Error("crypto.getRandomValues must be defined");
  if (bytesLength > 65536)
    throw new RangeError(`"bytesLength" expected <= 65536, got ${bytesLength}`);
  return cr2.getRandomValues(new Uint8Array(bytesLength));
}
var oidNist = (suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
});

// node_modules/@noble/hashes/hmac.js
var _HMAC = class {
  oHash;
  iHash;
  blockLen;
  outputLen;
  canXOF = false;
  finished = false;
  destroyed = false;
  constructor(hash, key) {
    ahash(hash);
    abytes2(key, void 0, "key");
    this.iHash = hash.create();
    if (typeof this.iHash.update !== "function")
      throw new Error("expected Hash instance");
    this.blockLen = this.iHash.blockLen;
    this.outputLen = this.iHash.outputLen;
    const blockLen = this.blockLen;
    const pad = new Uint8Array(blockLen);
    pad.set(key.length > blockLen ? hash.create().update(key).digest() : key);
    for (let i = 0; i < pad.length; i++)
      pad[i] ^= 54;
    this.iHash.update(pad);
    this.oHash = hash.create();
    for (let i = 0; i < pad.length; i++)
      pad[i] ^= 54 ^ 92;
    this.oHash.update(pad);
    clean(pad);
  }
  update(buf) {
    aexists(this);
    this.iHash.update(buf);
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const buf = out.subarray(0, this.outputLen);
    this.iHash.digestInto(buf);
    this.oHash.update(buf);
    this.oHash.digestInto(buf);
    this.destroy();
  }
  digest() {
    const out = new Uint8Array(this.oHash.outputLen);
    this.digestInto(out);
    return out;
  }
  _cloneInto(to) {
    to ||= Object.create(Object.getPrototypeOf(this), {});
    const { oHash, iHash, finished, destroyed, blockLen, outputLen, canXOF } = this;
    to = to;
    to.finished = finished;
    to.destroyed = destroyed;
    to.blockLen = blockLen;
    to.outputLen = outputLen;
    to.canXOF = canXOF;
    to.oHash = oHash._cloneInto(to.oHash);
    to.iHash = iHash._cloneInto(to.iHash);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
  destroy() {
    this.destroyed = true;
    this.oHash.destroy();
    this.iHash.destroy();
  }
};
var hmac = /* @__PURE__ */ (() => {
  const hmac_ = ((hash, key, message) => new _HMAC(hash, key).update(message).digest());
  hmac_.create = (hash, key) => new _HMAC(hash, key);
  return hmac_;
})();

// node_modules/@noble/hashes/_u64.js
var U32_MASK64 = /* @__PURE__ */ (() => BigInt(2 ** 32 - 1))();
var _32n = /* @__PURE__ */ BigInt(32);
function fromBig(n2, le = false) {
  if (le)
    return { h: Number(n2 & U32_MASK64), l: Number(n2 >> _32n & U32_MASK64) };
  return { h: Number(n2 >> _32n & U32_MASK64) | 0, l: Number(n2 & U32_MASK64) | 0 };
}
function split(lst, le = false) {
  const len = lst.length;
  let Ah = new Uint32Array(len);
  let Al = new Uint32Array(len);
  for (let i = 0; i < len; i++) {
    const { h: h3, l: l3 } = fromBig(lst[i], le);
    [Ah[i], Al[i]] = [h3, l3];
  }
  return [Ah, Al];
}
var fromNumH = (n2) => n2 / 2 ** 32 | 0;
var fromNumL = (n2) => n2 >>> 0;
function setU64FromNum(view, byteOffset, n2, isLE) {
  const h3 = fromNumH(n2);
  const l3 = fromNumL(n2);
  view.setUint32(byteOffset, isLE ? l3 : h3, isLE);
  view.setUint32(byteOffset + 4, isLE ? h3 : l3, isLE);
}
var shrSH = (h3, _l, s) => h3 >>> s;
var shrSL = (h3, l3, s) => h3 << 32 - s | l3 >>> s;
var rotrSH = (h3, l3, s) => h3 >>> s | l3 << 32 - s;
var rotrSL = (h3, l3, s) => h3 << 32 - s | l3 >>> s;
var rotrBH = (h3, l3, s) => h3 << 64 - s | l3 >>> s - 32;
var rotrBL = (h3, l3, s) => h3 >>> s - 32 | l3 << 64 - s;
function add(Ah, Al, Bh, Bl) {
  const l3 = (Al >>> 0) + (Bl >>> 0);
  return { h: Ah + Bh + (l3 / 2 ** 32 | 0) | 0, l: l3 | 0 };
}
var add3L = (Al, Bl, Cl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0);
var add3H = (low, Ah, Bh, Ch) => Ah + Bh + Ch + (low / 2 ** 32 | 0) | 0;
var add4L = (Al, Bl, Cl, Dl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0);
var add4H = (low, Ah, Bh, Ch, Dh) => Ah + Bh + Ch + Dh + (low / 2 ** 32 | 0) | 0;
var add5L = (Al, Bl, Cl, Dl, El) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0) + (El >>> 0);
var add5H = (low, Ah, Bh, Ch, Dh, Eh) => Ah + Bh + Ch + Dh + Eh + (low / 2 ** 32 | 0) | 0;

// node_modules/@noble/hashes/_md.js
function Chi(a2, b4, c4) {
  return a2 & b4 ^ ~a2 & c4;
}
function Maj(a2, b4, c4) {
  return a2 & b4 ^ a2 & c4 ^ b4 & c4;
}
var HashMD = class {
  blockLen;
  outputLen;
  canXOF = false;
  padOffset;
  isLE;
  // For partial updates less than block size
  buffer;
  view;
  finished = false;
  length = 0;
  pos = 0;
  destroyed = false;
  constructor(blockLen, outputLen, padOffset, isLE) {
    this.blockLen = blockLen;
    this.outputLen = outputLen;
    this.padOffset = padOffset;
    this.isLE = isLE;
    this.buffer = new Uint8Array(blockLen);
    this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this);
    abytes2(data);
    const { view, buffer, blockLen } = this;
    const len = data.length;
    let processed = false;
    for (let pos = 0; pos < len; ) {
      const take = Math.min(blockLen - this.pos, len - pos);
      if (take === blockLen) {
        const dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        processed = true;
        continue;
      }
      buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
      this.pos += take;
      pos += take;
      if (this.pos === blockLen) {
        this.process(view, 0);
        this.pos = 0;
        processed = true;
      }
    }
    this.length += data.length;
    if (processed)
      this.roundClean();
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const { buffer, view, blockLen, isLE } = this;
    let { pos } = this;
    buffer[pos++] = 128;
    buffer.fill(0, pos);
    if (this.padOffset > blockLen - pos) {
      this.process(view, 0);
      buffer.fill(0);
    }
    setU64FromNum(view, blockLen - 8, this.length * 8, isLE);
    this.process(view, 0);
    this.roundClean();
    const oview = out === buffer ? view : createView(out);
    const len = this.outputLen;
    const outLen = len / 4;
    const state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE);
  }
  digest() {
    const { buffer, outputLen } = this;
    this.digestInto(buffer);
    const res = buffer.slice(0, outputLen);
    this.destroy();
    return res;
  }
  _cloneIntoMeta(to) {
    const { buffer, length, finished, destroyed, pos } = this;
    to.destroyed = destroyed;
    to.finished = finished;
    to.length = length;
    to.pos = pos;
    if (pos)
      to.buffer.set(buffer);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
};
var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);
var SHA512_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  4089235720,
  3144134277,
  2227873595,
  1013904242,
  4271175723,
  2773480762,
  1595750129,
  1359893119,
  2917565137,
  2600822924,
  725511199,
  528734635,
  4215389547,
  1541459225,
  327033209
]);

// node_modules/@noble/hashes/legacy.js
var SHA1_IV = /* @__PURE__ */ Uint32Array.from([
  1732584193,
  4023233417,
  2562383102,
  271733878,
  3285377520
]);
var SHA1_W = /* @__PURE__ */ new Uint32Array(80);
var _SHA1 = class extends HashMD {
  A = SHA1_IV[0] | 0;
  B = SHA1_IV[1] | 0;
  C = SHA1_IV[2] | 0;
  D = SHA1_IV[3] | 0;
  E = SHA1_IV[4] | 0;
  constructor() {
    super(64, 20, 8, false);
  }
  get() {
    const { A: A2, B: B2, C: C2, D, E: E2 } = this;
    return [A2, B2, C2, D, E2];
  }
  set(A2, B2, C2, D, E2) {
    this.A = A2 | 0;
    this.B = B2 | 0;
    this.C = C2 | 0;
    this.D = D | 0;
    this.E = E2 | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA1_W[i] = view.getUint32(offset, false);
    for (let i = 16; i < 80; i++)
      SHA1_W[i] = rotl(SHA1_W[i - 3] ^ SHA1_W[i - 8] ^ SHA1_W[i - 14] ^ SHA1_W[i - 16], 1);
    let { A: A2, B: B2, C: C2, D, E: E2 } = this;
    for (let i = 0; i < 80; i++) {
      let F2, K3;
      if (i < 20) {
        F2 = Chi(B2, C2, D);
        K3 = 1518500249;
      } else if (i < 40) {
        F2 = B2 ^ C2 ^ D;
        K3 = 1859775393;
      } else if (i < 60) {
        F2 = Maj(B2, C2, D);
        K3 = 2400959708;
      } else {
        F2 = B2 ^ C2 ^ D;
        K3 = 3395469782;
      }
      const T4 = rotl(A2, 5) + F2 + E2 + K3 + SHA1_W[i] | 0;
      E2 = D;
      D = C2;
      C2 = rotl(B2, 30);
      B2 = A2;
      A2 = T4;
    }
    A2 = A2 + this.A | 0;
    B2 = B2 + this.B | 0;
    C2 = C2 + this.C | 0;
    D = D + this.D | 0;
    E2 = E2 + this.E | 0;
    this.set(A2, B2, C2, D, E2);
  }
  roundClean() {
    clean(SHA1_W);
  }
  destroy() {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0);
    clean(this.buffer);
  }
};
var sha1 = /* @__PURE__ */ createHasher(() => new _SHA1());

// node_modules/@noble/hashes/sha2.js
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
var SHA2_32B = class extends HashMD {
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and makes sha256 3x slower (measured).
  A = 0;
  B = 0;
  C = 0;
  D = 0;
  E = 0;
  F = 0;
  G = 0;
  H = 0;
  constructor(outputLen, IV) {
    super(64, outputLen, 8, false);
    this.A = IV[0] | 0;
    this.B = IV[1] | 0;
    this.C = IV[2] | 0;
    this.D = IV[3] | 0;
    this.E = IV[4] | 0;
    this.F = IV[5] | 0;
    this.G = IV[6] | 0;
    this.H = IV[7] | 0;
  }
  get() {
    const { A: A2, B: B2, C: C2, D, E: E2, F: F2, G: G2, H } = this;
    return [A2, B2, C2, D, E2, F2, G2, H];
  }
  // prettier-ignore
  set(A2, B2, C2, D, E2, F2, G2, H) {
    this.A = A2 | 0;
    this.B = B2 | 0;
    this.C = C2 | 0;
    this.D = D | 0;
    this.E = E2 | 0;
    this.F = F2 | 0;
    this.G = G2 | 0;
    this.H = H | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, false);
    for (let i = 16; i < 64; i++) {
      const W15 = SHA256_W[i - 15];
      const W2 = SHA256_W[i - 2];
      const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
      const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A: A2, B: B2, C: C2, D, E: E2, F: F2, G: G2, H } = this;
    for (let i = 0; i < 64; i++) {
      const sigma1 = rotr(E2, 6) ^ rotr(E2, 11) ^ rotr(E2, 25);
      const T1 = H + sigma1 + Chi(E2, F2, G2) + SHA256_K[i] + SHA256_W[i] | 0;
      const sigma0 = rotr(A2, 2) ^ rotr(A2, 13) ^ rotr(A2, 22);
      const T22 = sigma0 + Maj(A2, B2, C2) | 0;
      H = G2;
      G2 = F2;
      F2 = E2;
      E2 = D + T1 | 0;
      D = C2;
      C2 = B2;
      B2 = A2;
      A2 = T1 + T22 | 0;
    }
    A2 = A2 + this.A | 0;
    B2 = B2 + this.B | 0;
    C2 = C2 + this.C | 0;
    D = D + this.D | 0;
    E2 = E2 + this.E | 0;
    F2 = F2 + this.F | 0;
    G2 = G2 + this.G | 0;
    H = H + this.H | 0;
    this.set(A2, B2, C2, D, E2, F2, G2, H);
  }
  roundClean() {
    clean(SHA256_W);
  }
  destroy() {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean(this.buffer);
  }
};
var _SHA256 = class extends SHA2_32B {
  constructor() {
    super(32, SHA256_IV);
  }
};
var K512 = /* @__PURE__ */ (() => split([
  "0x428a2f98d728ae22",
  "0x7137449123ef65cd",
  "0xb5c0fbcfec4d3b2f",
  "0xe9b5dba58189dbbc",
  "0x3956c25bf348b538",
  "0x59f111f1b605d019",
  "0x923f82a4af194f9b",
  "0xab1c5ed5da6d8118",
  "0xd807aa98a3030242",
  "0x12835b0145706fbe",
  "0x243185be4ee4b28c",
  "0x550c7dc3d5ffb4e2",
  "0x72be5d74f27b896f",
  "0x80deb1fe3b1696b1",
  "0x9bdc06a725c71235",
  "0xc19bf174cf692694",
  "0xe49b69c19ef14ad2",
  "0xefbe4786384f25e3",
  "0x0fc19dc68b8cd5b5",
  "0x240ca1cc77ac9c65",
  "0x2de92c6f592b0275",
  "0x4a7484aa6ea6e483",
  "0x5cb0a9dcbd41fbd4",
  "0x76f988da831153b5",
  "0x983e5152ee66dfab",
  "0xa831c66d2db43210",
  "0xb00327c898fb213f",
  "0xbf597fc7beef0ee4",
  "0xc6e00bf33da88fc2",
  "0xd5a79147930aa725",
  "0x06ca6351e003826f",
  "0x142929670a0e6e70",
  "0x27b70a8546d22ffc",
  "0x2e1b21385c26c926",
  "0x4d2c6dfc5ac42aed",
  "0x53380d139d95b3df",
  "0x650a73548baf63de",
  "0x766a0abb3c77b2a8",
  "0x81c2c92e47edaee6",
  "0x92722c851482353b",
  "0xa2bfe8a14cf10364",
  "0xa81a664bbc423001",
  "0xc24b8b70d0f89791",
  "0xc76c51a30654be30",
  "0xd192e819d6ef5218",
  "0xd69906245565a910",
  "0xf40e35855771202a",
  "0x106aa07032bbd1b8",
  "0x19a4c116b8d2d0c8",
  "0x1e376c085141ab53",
  "0x2748774cdf8eeb99",
  "0x34b0bcb5e19b48a8",
  "0x391c0cb3c5c95a63",
  "0x4ed8aa4ae3418acb",
  "0x5b9cca4f7763e373",
  "0x682e6ff3d6b2b8a3",
  "0x748f82ee5defb2fc",
  "0x78a5636f43172f60",
  "0x84c87814a1f0ab72",
  "0x8cc702081a6439ec",
  "0x90befffa23631e28",
  "0xa4506cebde82bde9",
  "0xbef9a3f7b2c67915",
  "0xc67178f2e372532b",
  "0xca273eceea26619c",
  "0xd186b8c721c0c207",
  "0xeada7dd6cde0eb1e",
  "0xf57d4f7fee6ed178",
  "0x06f067aa72176fba",
  "0x0a637dc5a2c898a6",
  "0x113f9804bef90dae",
  "0x1b710b35131c471b",
  "0x28db77f523047d84",
  "0x32caab7b40c72493",
  "0x3c9ebe0a15c9bebc",
  "0x431d67c49c100d4c",
  "0x4cc5d4becb3e42b6",
  "0x597f299cfc657e2a",
  "0x5fcb6fab3ad6faec",
  "0x6c44198c4a475817"
].map((n2) => BigInt(n2))))();
var SHA512_Kh = /* @__PURE__ */ (() => K512[0])();
var SHA512_Kl = /* @__PURE__ */ (() => K512[1])();
var SHA512_W_H = /* @__PURE__ */ new Uint32Array(80);
var SHA512_W_L = /* @__PURE__ */ new Uint32Array(80);
var SHA2_64B = class extends HashMD {
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // h -- high 32 bits, l -- low 32 bits
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and slows hashing down (measured on sha256).
  Ah = 0;
  Al = 0;
  Bh = 0;
  Bl = 0;
  Ch = 0;
  Cl = 0;
  Dh = 0;
  Dl = 0;
  Eh = 0;
  El = 0;
  Fh = 0;
  Fl = 0;
  Gh = 0;
  Gl = 0;
  Hh = 0;
  Hl = 0;
  constructor(outputLen, IV) {
    super(128, outputLen, 16, false);
    this.Ah = IV[0] | 0;
    this.Al = IV[1] | 0;
    this.Bh = IV[2] | 0;
    this.Bl = IV[3] | 0;
    this.Ch = IV[4] | 0;
    this.Cl = IV[5] | 0;
    this.Dh = IV[6] | 0;
    this.Dl = IV[7] | 0;
    this.Eh = IV[8] | 0;
    this.El = IV[9] | 0;
    this.Fh = IV[10] | 0;
    this.Fl = IV[11] | 0;
    this.Gh = IV[12] | 0;
    this.Gl = IV[13] | 0;
    this.Hh = IV[14] | 0;
    this.Hl = IV[15] | 0;
  }
  // prettier-ignore
  get() {
    const { Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl } = this;
    return [Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl];
  }
  // prettier-ignore
  set(Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl) {
    this.Ah = Ah | 0;
    this.Al = Al | 0;
    this.Bh = Bh | 0;
    this.Bl = Bl | 0;
    this.Ch = Ch | 0;
    this.Cl = Cl | 0;
    this.Dh = Dh | 0;
    this.Dl = Dl | 0;
    this.Eh = Eh | 0;
    this.El = El | 0;
    this.Fh = Fh | 0;
    this.Fl = Fl | 0;
    this.Gh = Gh | 0;
    this.Gl = Gl | 0;
    this.Hh = Hh | 0;
    this.Hl = Hl | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4) {
      SHA512_W_H[i] = view.getUint32(offset);
      SHA512_W_L[i] = view.getUint32(offset += 4);
    }
    for (let i = 16; i < 80; i++) {
      const W15h = SHA512_W_H[i - 15] | 0;
      const W15l = SHA512_W_L[i - 15] | 0;
      const s0h = rotrSH(W15h, W15l, 1) ^ rotrSH(W15h, W15l, 8) ^ shrSH(W15h, W15l, 7);
      const s0l = rotrSL(W15h, W15l, 1) ^ rotrSL(W15h, W15l, 8) ^ shrSL(W15h, W15l, 7);
      const W2h = SHA512_W_H[i - 2] | 0;
      const W2l = SHA512_W_L[i - 2] | 0;
      const s1h = rotrSH(W2h, W2l, 19) ^ rotrBH(W2h, W2l, 61) ^ shrSH(W2h, W2l, 6);
      const s1l = rotrSL(W2h, W2l, 19) ^ rotrBL(W2h, W2l, 61) ^ shrSL(W2h, W2l, 6);
      const SUMl = add4L(s0l, s1l, SHA512_W_L[i - 7], SHA512_W_L[i - 16]);
      const SUMh = add4H(SUMl, s0h, s1h, SHA512_W_H[i - 7], SHA512_W_H[i - 16]);
      SHA512_W_H[i] = SUMh | 0;
      SHA512_W_L[i] = SUMl | 0;
    }
    let { Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl } = this;
    for (let i = 0; i < 80; i++) {
      const sigma1h = rotrSH(Eh, El, 14) ^ rotrSH(Eh, El, 18) ^ rotrBH(Eh, El, 41);
      const sigma1l = rotrSL(Eh, El, 14) ^ rotrSL(Eh, El, 18) ^ rotrBL(Eh, El, 41);
      const CHIh = Eh & Fh ^ ~Eh & Gh;
      const CHIl = El & Fl ^ ~El & Gl;
      const T1ll = add5L(Hl, sigma1l, CHIl, SHA512_Kl[i], SHA512_W_L[i]);
      const T1h = add5H(T1ll, Hh, sigma1h, CHIh, SHA512_Kh[i], SHA512_W_H[i]);
      const T1l = T1ll | 0;
      const sigma0h = rotrSH(Ah, Al, 28) ^ rotrBH(Ah, Al, 34) ^ rotrBH(Ah, Al, 39);
      const sigma0l = rotrSL(Ah, Al, 28) ^ rotrBL(Ah, Al, 34) ^ rotrBL(Ah, Al, 39);
      const MAJh = Ah & Bh ^ Ah & Ch ^ Bh & Ch;
      const MAJl = Al & Bl ^ Al & Cl ^ Bl & Cl;
      Hh = Gh | 0;
      Hl = Gl | 0;
      Gh = Fh | 0;
      Gl = Fl | 0;
      Fh = Eh | 0;
      Fl = El | 0;
      ({ h: Eh, l: El } = add(Dh | 0, Dl | 0, T1h | 0, T1l | 0));
      Dh = Ch | 0;
      Dl = Cl | 0;
      Ch = Bh | 0;
      Cl = Bl | 0;
      Bh = Ah | 0;
      Bl = Al | 0;
      const All = add3L(T1l, sigma0l, MAJl);
      Ah = add3H(All, T1h, sigma0h, MAJh);
      Al = All | 0;
    }
    ({ h: Ah, l: Al } = add(this.Ah | 0, this.Al | 0, Ah | 0, Al | 0));
    ({ h: Bh, l: Bl } = add(this.Bh | 0, this.Bl | 0, Bh | 0, Bl | 0));
    ({ h: Ch, l: Cl } = add(this.Ch | 0, this.Cl | 0, Ch | 0, Cl | 0));
    ({ h: Dh, l: Dl } = add(this.Dh | 0, this.Dl | 0, Dh | 0, Dl | 0));
    ({ h: Eh, l: El } = add(this.Eh | 0, this.El | 0, Eh | 0, El | 0));
    ({ h: Fh, l: Fl } = add(this.Fh | 0, this.Fl | 0, Fh | 0, Fl | 0));
    ({ h: Gh, l: Gl } = add(this.Gh | 0, this.Gl | 0, Gh | 0, Gl | 0));
    ({ h: Hh, l: Hl } = add(this.Hh | 0, this.Hl | 0, Hh | 0, Hl | 0));
    this.set(Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl);
  }
  roundClean() {
    clean(SHA512_W_H, SHA512_W_L);
  }
  destroy() {
    this.destroyed = true;
    clean(this.buffer);
    this.set(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }
};
var _SHA512 = class extends SHA2_64B {
  constructor() {
    super(64, SHA512_IV);
  }
};
var sha256 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);
var sha512 = /* @__PURE__ */ createHasher(
  () => new _SHA512(),
  /* @__PURE__ */ oidNist(3)
);

// node_modules/@otplib/plugin-crypto-noble/dist/index.js
var n = { sha1, sha256, sha512 };
var y2 = Object.freeze(Object.keys(n));
var t = class {
  name = "noble";
  algorithms = y2;
  hmac(r2, o, a2) {
    let e = K(r2, { supported: this.algorithms, plugin: this.name });
    return hmac(n[e], o, a2);
  }
  randomBytes(r2) {
    return randomBytes(r2);
  }
  constantTimeEqual(r2, o) {
    return ir(r2, o);
  }
};
var d4 = Object.freeze(new t());

// node_modules/otplib/dist/index.js
function c3(r2) {
  return { secret: r2.secret, strategy: r2.strategy ?? "totp", crypto: r2.crypto ?? d4, base32: r2.base32 ?? d3, algorithm: r2.algorithm ?? "sha1", digits: r2.digits ?? 6, period: r2.period ?? 30, epoch: r2.epoch ?? Math.floor(Date.now() / 1e3), t0: r2.t0 ?? 0, counter: r2.counter, guardrails: r2.guardrails ?? Cr(), hooks: r2.hooks };
}
function l2(r2, e, t2) {
  if (r2 === "totp") return t2.totp();
  if (r2 === "hotp") {
    if (e === void 0) throw new u("Counter is required for HOTP strategy. Example: { strategy: 'hotp', counter: 0 }");
    return t2.hotp(e);
  }
  throw new u(`Unknown OTP strategy: ${r2}. Valid strategies are 'totp' or 'hotp'.`);
}
function h2(r2) {
  let e = c3(r2), { secret: t2, crypto: o, base32: a2, algorithm: i, digits: s } = e, n2 = { secret: t2, crypto: o, base32: a2, algorithm: i, digits: s };
  return l2(e.strategy, e.counter, { totp: () => $({ ...n2, period: e.period, epoch: e.epoch, t0: e.t0, guardrails: e.guardrails }), hotp: (p2) => K2({ ...n2, counter: p2, guardrails: e.guardrails }) });
}

// src/otp/seed.ts
var SeedError = class extends Error {
  name = "SeedError";
};
var DEFAULTS = { algorithm: "sha1", digits: 6, period: 30 };
var MIN_SECRET_BYTES = 10;
var MAX_SECRET_BYTES = 64;
var KNOWN_URI_PARAMETERS = ["secret", "algorithm", "digits", "period", "counter", "issuer"];
function parseSeed(raw) {
  const value = raw.trim();
  if (value === "") throw new SeedError("it is empty");
  if (/^otpauth:/i.test(value)) return parseUri(value);
  return { secret: normaliseBase32(value), ...DEFAULTS };
}
function seedForms(raw, seed) {
  const forms = /* @__PURE__ */ new Set([raw, raw.trim()]);
  if (seed) {
    forms.add(seed.secret);
    forms.add(seed.secret.toLowerCase());
  }
  return [...forms].filter((form) => form.length > 0);
}
function holdsSeed(text2, seed) {
  let decoded = text2;
  try {
    decoded = decodeURIComponent(text2);
  } catch {
  }
  return [text2, decoded].some((form) => form.replace(/[\s=-]+/g, "").toUpperCase().includes(seed.secret));
}
function parseUri(value) {
  let uri;
  try {
    uri = y(value.replace(/^otpauth:\/\/[a-z]*/i, (prefix) => prefix.toLowerCase()));
  } catch (error) {
    const parameter = /parameter:? '?(\w+)/.exec(error instanceof Error ? error.message : "")?.[1];
    const which = parameter && KNOWN_URI_PARAMETERS.includes(parameter) ? ` (its "${parameter}" parameter is missing or invalid)` : "";
    throw new SeedError(`the otpauth:// URI cannot be read${which}; supported are algorithm SHA1, SHA256 or SHA512 and 6 to 8 digits`);
  }
  if (uri.type !== "totp") {
    throw new SeedError("it is an otpauth://hotp/ (counter-based) URI; npm uses time-based codes, otpauth://totp/");
  }
  const { params } = uri;
  const digits = params.digits ?? DEFAULTS.digits;
  if (!Number.isInteger(digits) || digits < 6 || digits > 8) {
    throw new SeedError("its otpauth:// URI asks for a number of digits other than 6, 7 or 8");
  }
  const period = params.period ?? DEFAULTS.period;
  if (!Number.isInteger(period) || period < 15 || period > 300) {
    throw new SeedError("its otpauth:// URI has a period outside 15 to 300 seconds");
  }
  return {
    secret: normaliseBase32(params.secret),
    algorithm: params.algorithm ?? DEFAULTS.algorithm,
    digits,
    period
  };
}
function normaliseBase32(value) {
  const secret = value.replace(/[\s-]+/g, "").replace(/=+$/, "").toUpperCase();
  if (secret === "") throw new SeedError("it is empty");
  if (/^\d{6,8}$/.test(secret)) {
    throw new SeedError("it looks like a one-time code, not the seed that makes the codes");
  }
  if (!/^[A-Z2-7]+$/.test(secret)) {
    throw new SeedError("it has characters that are not base32 (A to Z and 2 to 7); a recovery code is not a seed");
  }
  const bytes = Math.floor(secret.length * 5 / 8);
  if (bytes < MIN_SECRET_BYTES) throw new SeedError(`it is too short (under ${MIN_SECRET_BYTES} bytes)`);
  if (bytes > MAX_SECRET_BYTES) throw new SeedError(`it is too long (over ${MAX_SECRET_BYTES} bytes)`);
  return secret;
}

// src/otp/totp.ts
var guardrails = Cr({ MIN_SECRET_BYTES });
function stepAt(period, epochSeconds) {
  return Math.floor(epochSeconds / period);
}
function secondsLeftInStep(period, epochSeconds) {
  return period - (epochSeconds - stepAt(period, epochSeconds) * period);
}
function codeForStep(seed, step) {
  return h2({
    secret: seed.secret,
    algorithm: seed.algorithm,
    digits: seed.digits,
    period: seed.period,
    epoch: step * seed.period,
    guardrails
  });
}
function codeAt(seed, epochSeconds) {
  return codeForStep(seed, stepAt(seed.period, epochSeconds));
}

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run2 = async (function_, resolve4, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve4(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve4, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run2.bind(void 0, function_, resolve4, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve4, reject) => {
    enqueue(function_, resolve4, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/otp/codes.ts
var CodesRejected = class extends Error {
  codes;
  constructor(codes) {
    super("the registry rejected the codes of two different time steps");
    this.codes = codes;
  }
};
var WaitPastDeadline = class extends Error {
  constructor() {
    super("a usable time step would come only after the deadline");
  }
};
var BOUNDARY_MARGIN_MS = 250;
var OVERSLEEP_MS = 750;
var CodeIssuer = class {
  seed;
  #clock;
  #options;
  /** Registry clock minus runner clock, ms: codes are made at registry time. */
  offsetMs;
  #steps = /* @__PURE__ */ new Map();
  #rejected = /* @__PURE__ */ new Set();
  #reuseRefused = false;
  /** Codes rejected outright since the last acceptance. */
  #unanswered = [];
  constructor(seed, clock, options) {
    this.seed = seed;
    this.#clock = clock;
    this.#options = options;
    this.offsetMs = options.offsetMs ?? 0;
  }
  get policy() {
    return this.#reuseRefused || this.#unanswered.length > 0 ? "one-per-step" : "reuse-within-step";
  }
  /** Registry time in seconds (fractional). */
  time() {
    return (this.#clock.now() + this.offsetMs) / 1e3;
  }
  /**
   * The most a code can have left of its step when it is issued, s: a step's length, less the time
   * after its start when the registry may still be in the step before (`edgeMs`, at least the margin
   * slept past a boundary), less what a timer may oversleep.
   */
  widestWindow(edgeMs) {
    return this.seed.period - (Math.max(this.#edge(edgeMs) ?? 0, BOUNDARY_MARGIN_MS) + OVERSLEEP_MS) / 1e3;
  }
  /** The edge honoured: an uncertainty of half a step or more says nothing about where a step begins. */
  #edge(edgeMs) {
    return edgeMs === void 0 ? void 0 : Math.min(edgeMs, this.seed.period * 500);
  }
  async issue(request = {}) {
    const { period } = this.seed;
    const margin = request.marginMs !== void 0 ? request.marginMs / 1e3 : this.#options.minSecondsLeft;
    const wanted = margin + (request.expectedMs ?? 0) / 1e3;
    const need = Math.min(wanted, this.widestWindow(request.edgeMs));
    let waitedMs = 0;
    for (; ; ) {
      this.#throwIfGivenUp();
      const time = this.time();
      const step = stepAt(period, time);
      const intoStepMs = (period - secondsLeftInStep(period, time)) * 1e3;
      const edgeMs = this.#edge(request.edgeMs);
      if (edgeMs !== void 0 && intoStepMs < edgeMs) {
        waitedMs += await this.#sleep(Math.ceil(edgeMs - intoStepMs), request.notAfterMs);
        continue;
      }
      const usable = (request.afterStep === void 0 || step > request.afterStep) && !this.#rejected.has(step) && !(this.policy === "one-per-step" && this.#steps.has(step)) && secondsLeftInStep(period, time) >= need;
      if (usable) {
        const code = codeForStep(this.seed, step);
        this.#options.onCode(code);
        const state = this.#steps.get(step) ?? { inFlight: 0, accepted: false, waiting: [] };
        state.inFlight++;
        this.#steps.set(step, state);
        return { code, step, secondsLeft: secondsLeftInStep(period, time), waitedMs };
      }
      const others = request.smallestNeed !== void 0 && secondsLeftInStep(period, time) >= request.smallestNeed;
      waitedMs += await this.#sleepUntilStep(step + 1, request.notAfterMs, others ? request.pause : void 0);
    }
  }
  /** The registry took the request that carried `code`. */
  accepted(code) {
    this.#settle(code).accepted = true;
    this.#unanswered = [];
  }
  /** The request that carried `code` ended without a verdict on the code (a network failure, a 429, a time-out). */
  released(code) {
    this.#settle(code);
  }
  /**
   * The registry rejected `code`. Once every other request that carried the
   * same step has its answer: `reuse-refused` when one of them was accepted
   * (from now on every request gets a step of its own), else `rejected`.
   */
  async rejected(code) {
    this.#rejected.add(code.step);
    const state = this.#settle(code);
    if (state.inFlight > 0) await new Promise((resolve4) => state.waiting.push(resolve4));
    if (state.accepted) {
      this.#reuseRefused = true;
      return "reuse-refused";
    }
    this.#unanswered.push(code);
    return "rejected";
  }
  #settle(code) {
    const state = this.#steps.get(code.step);
    if (!state || state.inFlight === 0) throw new Error(`no request in flight with the code of step ${code.step}`);
    if (--state.inFlight === 0) for (const resolve4 of state.waiting.splice(0)) resolve4();
    return state;
  }
  /** Two different steps rejected outright with no acceptance between: the seed or the clock is wrong. */
  #throwIfGivenUp() {
    const steps = new Set(this.#unanswered.map((code) => code.step));
    if (steps.size >= 2) {
      const [first2] = this.#unanswered;
      const last = this.#unanswered.findLast((code) => code.step !== first2.step);
      throw new CodesRejected([first2, last]);
    }
  }
  /** Sleep until `step` has begun (plus a margin); returns the ms slept. Never sleeps past `notAfterMs`. */
  #sleepUntilStep(step, notAfterMs, pause) {
    return this.#sleep(Math.max(1, Math.ceil(step * this.seed.period * 1e3 - (this.#clock.now() + this.offsetMs) + BOUNDARY_MARGIN_MS)), notAfterMs, pause);
  }
  /** Sleep `ms` (giving up the caller's place meanwhile, with `pause`); never past `notAfterMs`. The time without a place is not counted: other requests went on. */
  async #sleep(ms, notAfterMs, pause = (wait) => wait()) {
    if (notAfterMs !== void 0 && this.#clock.now() + ms > notAfterMs) throw new WaitPastDeadline();
    await pause(() => this.#clock.sleep(ms));
    return ms;
  }
};

// src/otp/offset.ts
var OFFSET_THRESHOLD_MS = 2e3;
var MAX_FOLLOWED_OFFSET_MS = 5 * 6e4;
function measureOffset({ registryMs, sentMs, receivedMs }) {
  return fromBounds(registryMs - Math.max(receivedMs, sentMs), registryMs + 1e3 - sentMs);
}
function narrowOffset(offset, sample) {
  const next = measureOffset(sample);
  const low = Math.max(offset.lowMs, next.lowMs);
  const high = Math.min(offset.highMs, next.highMs);
  return low <= high ? fromBounds(low, high) : offset;
}
function fromBounds(lowMs, highMs) {
  const offsetMs = Math.round((lowMs + highMs) / 2);
  const uncertaintyMs = Math.round((highMs - lowMs) / 2);
  const tooFar = Math.abs(offsetMs) > MAX_FOLLOWED_OFFSET_MS;
  return { offsetMs, lowMs, highMs, uncertaintyMs, apply: !tooFar && Math.abs(offsetMs) > OFFSET_THRESHOLD_MS + uncertaintyMs - 500, tooFar };
}
function describeOffset(offsetMs) {
  const seconds = (Math.abs(offsetMs) / 1e3).toFixed(1);
  return offsetMs > 0 ? `${seconds} s behind` : `${seconds} s ahead of`;
}

// src/otp/transfer.ts
var CONSERVATIVE_BYTES_PER_SECOND = 1e6;
var MIN_SAMPLE_BYTES = 64 * 1024;
var PREPARE_BYTES_PER_SECOND = 5e7;
var TransferEstimator = class {
  #bytesPerSecond = CONSERVATIVE_BYTES_PER_SECOND;
  #latencyMs = 0;
  #learned = false;
  /** A round trip with (almost) no body: the latency part of every request. */
  observeLatency(ms) {
    this.#latencyMs = Math.max(this.#latencyMs, ms);
  }
  /** A request of `bytes` took `ms`: learn its throughput (conservatively: half of what was seen, and never faster than seen before). */
  observeTransfer(bytes, ms) {
    if (bytes < MIN_SAMPLE_BYTES || ms <= this.#latencyMs) return;
    const seen = bytes / (ms - this.#latencyMs) * 1e3;
    const halved = seen / 2;
    this.#bytesPerSecond = this.#learned ? Math.min(this.#bytesPerSecond, halved) : halved;
    this.#learned = true;
  }
  /** Whether this run has measured what a request of `bodyBytes` takes: its latency (small bodies), or its throughput. */
  knows(bodyBytes) {
    return bodyBytes < MIN_SAMPLE_BYTES ? this.#latencyMs > 0 : this.#learned;
  }
  /** Expected time from making the code to the registry having read the whole body, ms. */
  estimateMs(bodyBytes) {
    return this.#latencyMs + bodyBytes / this.#bytesPerSecond * 1e3 + bodyBytes / PREPARE_BYTES_PER_SECOND * 1e3;
  }
  get bytesPerSecond() {
    return this.#bytesPerSecond;
  }
};
function publishBodyBytes(tarballBytes) {
  return Math.ceil(tarballBytes / 3) * 4 + 16 * 1024;
}

// src/otp/session.ts
var MIN_SECONDS_LEFT = 5;
var SLACK_MS = 250;
var OtpSession = class {
  issuer;
  transfer = new TransferEstimator();
  /** The registry's clock as measured, once per run. */
  offset;
  #logger;
  #reuseAnnounced = false;
  constructor(seed, clock, logger) {
    this.#logger = logger;
    this.issuer = new CodeIssuer(seed, clock, { minSecondsLeft: MIN_SECONDS_LEFT, onCode: (code) => logger.secret(code) });
  }
  /**
   * Learn the registry's clock and the round trip from requests made anyway: the first sample
   * measures the offset (and the round trip), each later one narrows it (see narrowOffset). Codes
   * follow the registry's clock as measured; a notice says so when the runner's clock is off by
   * more than the header can tell.
   */
  calibrate(sample) {
    if (!sample) return;
    if (this.offset) {
      if (this.offset.tooFar) return;
      this.offset = narrowOffset(this.offset, sample);
      this.issuer.offsetMs = this.offset.offsetMs;
      this.#announce();
      return;
    }
    this.transfer.observeLatency(sample.receivedMs - sample.sentMs);
    this.offset = measureOffset(sample);
    const { offsetMs, uncertaintyMs, tooFar } = this.offset;
    if (tooFar) {
      this.#logger.warning(
        `The registry's Date header puts the runner's clock ${describeOffset(offsetMs)} the registry's: more than ${MAX_FOLLOWED_OFFSET_MS / 6e4} minutes, so it is not followed. One-time passwords are made at the runner's time; if the registry rejects them, check the runner's clock.`
      );
      return;
    }
    this.issuer.offsetMs = offsetMs;
    if (!this.#announce()) this.#logger.debug(`Runner clock: ${describeOffset(offsetMs)} the registry's (within ${(uncertaintyMs / 1e3).toFixed(1)} s); close enough to need no notice.`);
  }
  #announced = false;
  /** The notice, once, when the offset is more than the Date header can tell; whether it was given. */
  #announce() {
    if (this.#announced || !this.offset?.apply) return this.#announced;
    this.#announced = true;
    const { offsetMs, uncertaintyMs } = this.offset;
    this.#logger.notice(`The runner's clock is ${describeOffset(offsetMs)} the registry's (measured from its Date header, within ${(uncertaintyMs / 1e3).toFixed(1)} s). One-time passwords are made at registry time.`);
    return true;
  }
  /**
   * A code for a request with a body of `bodyBytes`, plus `extraMs` of work before it is sent, from a
   * step after `afterStep` (after a rejection), never waiting past `notAfterMs`. `log` says for which package.
   */
  async codeFor({ bodyBytes, extraMs = 0, afterStep, notAfterMs, log = this.#logger, pause }) {
    const { period } = this.issuer.seed;
    const expectedMs = this.transfer.estimateMs(bodyBytes) + extraMs;
    const marginMs = this.marginMs(bodyBytes);
    const edgeMs = this.#edgeMs();
    const widest = this.issuer.widestWindow(edgeMs);
    if ((expectedMs + marginMs) / 1e3 > widest) {
      log.warning(
        `This publish request (${(bodyBytes / 1e6).toFixed(1)} MB) is expected to take about ${(expectedMs / 1e3).toFixed(1)} s plus a ${(marginMs / 1e3).toFixed(1)} s margin, more than the widest window a ${period}-second step gives (${widest.toFixed(1)} s, from the start of a step): if the registry checks the code only after the upload, it may have expired by then. It is sent with a code from the start of a fresh step, the widest window there is; if the code is rejected, the retry uses the measured speed.`
      );
    }
    const smallestNeed = (this.transfer.estimateMs(0) + this.marginMs(0)) / 1e3;
    const code = await this.issuer.issue({ expectedMs, afterStep, notAfterMs, marginMs, pause, smallestNeed, edgeMs });
    if (code.waitedMs > 0) {
      this.waitedMs += code.waitedMs;
      log.info(
        `Waited ${(code.waitedMs / 1e3).toFixed(1)} s for a fresh time step: the request needs about ${(expectedMs / 1e3).toFixed(1)} s plus a ${(marginMs / 1e3).toFixed(1)} s margin before its code expires.`
      );
    }
    return code;
  }
  /** Time waited for fresh steps in this run, ms (for the bench and the log). */
  waitedMs = 0;
  /**
   * What must be left of the step besides the request's expected time: sized to what can go wrong
   * for this request once the run has measured it (the registry's clock: the offset's uncertainty,
   * and the offset itself where it is too small to correct; a small slack), the flat
   * MIN_SECONDS_LEFT while it has not (no Date header yet, or a large body whose transfer this run
   * has not seen).
   */
  marginMs(bodyBytes) {
    const offset = this.offset;
    if (!offset || offset.tooFar || !this.transfer.knows(bodyBytes)) return MIN_SECONDS_LEFT * 1e3;
    return offset.uncertaintyMs + SLACK_MS;
  }
  /** How long after a step begins (by the measured clock) the registry may still be in the previous one, ms. */
  #edgeMs() {
    return this.offset && !this.offset.tooFar ? this.offset.uncertaintyMs : void 0;
  }
  /** The request carrying `code` went through after `ms`. */
  accepted(code, bodyBytes, ms) {
    this.issuer.accepted(code);
    this.transfer.observeTransfer(bodyBytes, ms);
  }
  /** The request carrying `code` ended after `ms` without a verdict on the code (network, 429, time-out). */
  released(code) {
    this.issuer.released(code);
  }
  /**
   * The registry rejected `code` after `ms`. Resolves once every request that
   * carried the same step has its answer: `reuse-refused` when the registry
   * accepted one of them (it takes each code once), else `rejected`.
   */
  async rejected(code, bodyBytes, ms, log = this.#logger) {
    this.transfer.observeTransfer(bodyBytes, ms);
    const verdict = await this.issuer.rejected(code);
    if (verdict === "reuse-refused" && !this.#reuseAnnounced) {
      this.#reuseAnnounced = true;
      log.warning(
        `The registry refused the code of time step ${code.step} after accepting it for another request: it takes each code once. From now on one publish request per time step carries a code, and the others wait their turn (about one ${this.issuer.seed.period}-second step per package).`
      );
    }
    return verdict;
  }
  /** The steps, their times and the clock, for the message after a final rejection. */
  describe(rejected) {
    const { period, digits, algorithm } = this.issuer.seed;
    const clock = (step) => new Date(step * period * 1e3).toISOString().slice(11, 19);
    const steps = rejected.map((code) => `step ${code.step} (${clock(code.step)} to ${clock(code.step + 1)} UTC, sent with ${code.secondsLeft.toFixed(1)} s left)`).join(" and ");
    const offset = this.offset ? `the runner's clock was ${describeOffset(this.offset.offsetMs)} the registry's (within ${(this.offset.uncertaintyMs / 1e3).toFixed(1)} s)` + (this.offset.apply ? ", and codes were made at registry time" : this.offset.tooFar ? ", too far to follow, so codes were made at runner time" : ", close enough not to correct") : "the registry's clock could not be measured (no Date header)";
    return `Codes were made for ${steps}; ${period}-second steps, ${digits} digits, ${algorithm.toUpperCase()}; ${offset}.`;
  }
};

// src/core/deadline.ts
var PUT_TIMEOUT_MS = 5 * 60 * 1e3;
var GET_TIMEOUT_MS = 30 * 1e3;
var Deadline = class {
  #clock;
  /** When the run must be done (clock ms). */
  at;
  /** The budget, in whole seconds, for messages. */
  seconds;
  constructor(clock, timeoutMs) {
    this.#clock = clock;
    this.at = clock.now() + timeoutMs;
    this.seconds = Math.round(timeoutMs / 1e3);
  }
  /** Throws when `what` (taking `ms` more) would end past the deadline. */
  check(what, ms = 0) {
    if (this.#clock.now() + ms > this.at) throw new TimeoutError(this.seconds, what);
  }
  /** A request time-out: `ms`, or less if the deadline comes first. */
  timeout(ms, what) {
    const left = this.at - this.#clock.now();
    if (left <= 0) throw new TimeoutError(this.seconds, what);
    return Math.min(ms, Math.ceil(left));
  }
};

// src/core/lines.ts
var lines = {
  /** Where a requested registry came from. */
  requestedRegistry: () => text`${nameOf("registry")}`,
  /** Repository content chose another registry than the one the run's secrets go to. */
  secretsOnlyFor: (workflow, workflowSource, registry) => text`Only ${workflow} (${workflowSource}) gets ${nameOf("token")} and one-time passwords; ${registry} gets only the credentials npm's configuration binds to it.`,
  projectNetworkIgnored: (keys) => text`The repository's .npmrc sets ${keys.join(", ")}: requests that carry ${nameOf("token")} or one-time passwords use only the runner's network settings.`,
  publishedByOidc: (id) => text`Trusted publishing: ${id} is published with a short-lived token from the registry's OIDC exchange, without ${nameOf("token")} and without a one-time password.`,
  oidcNotUsed: (id, reason, withCode) => text`Trusted publishing is not used for ${id}: ${reason}. It is published with ${nameOf("token")}${withCode ? " and a one-time password" : ""}.`,
  oidcFallback: (id, reason, withCode) => text`Trusted publishing could not publish ${id}: ${reason}. Publishing it with ${nameOf("token")}${withCode ? " and a one-time password" : ""} instead.`,
  provenanceOn: () => text`Provenance: on (trusted publishing from a public repository, for a public package), as the npm CLI does; ${setTo("provenance", "false")} to publish without it.`,
  notGreater: (version, oldVersion, tag) => text`version ${version} is not greater than ${oldVersion}, the version on tag "${tag}" (${valueOf("strategy", "upgrade")})`,
  dryRunNotSent: (id, would) => text`Dry run: ${id} was not ${would} (${valueOf("dryRun", "true")}). The checks of a real run passed: the credentials, the account's two-factor mode and whether the run can give the code it needs, trusted publishing, the version, the tarball.`,
  dryRunWouldFail: (id, failure) => text`Dry run: ${id ?? "the package"} would fail: ${failure}`,
  stagedInstead: (id, why) => join(
    {
      webauthn: "The registry asked for a one-time password this run cannot give (the account uses security-key or passkey 2FA)",
      "no-seed": text`The registry asked for a one-time password this run cannot give (${emptyOf("otpSecret")})`,
      "stage-only": "The registry refused a direct publish: the token may only stage",
      "tokens-disallowed": "The registry refused the token: the package requires two-factor authentication and disallows tokens"
    }[why],
    text`; ${valueOf("onOtpUnavailable", "stage")}, so ${id} is staged for a maintainer to approve instead.`
  ),
  scriptsSkipped: (scripts) => text`its ${scripts.join(", ")} script${scripts.length > 1 ? "s were" : " was"} not run (${valueOf("ignoreScripts", "true")}), though npm publish would run ${scripts.length > 1 ? "them" : "it"}: the tarball holds the folder as it is. If ${scripts.length > 1 ? "they build" : "it builds"} what is published, run ${scripts.length > 1 ? "them" : "it"} in an earlier step, or ${setTo("ignoreScripts", "false")}`,
  entriesMissing: (missing) => plain(
    `${missing.map(({ field, path }) => `${field} names ${path}`).join(", ")}, which the tarball does not hold (a build that did not run, or "files" or .npmignore leaving ${missing.length > 1 ? "them" : "it"} out); whoever installs it gets an error`
  ),
  checkWarning: (id, finding) => text`${id}: ${finding}. ${setTo("strict", "true")} to stop the publish instead.`,
  /** Details of errors about a setting (the error names the setting first). */
  provenanceNeedsIdToken: () => text`provenance is on, but this job cannot get an OIDC ID token to sign it. ${giveOf("idToken")}, or ${setTo("provenance", "false")}`,
  provenanceRefused: (detail) => text`${detail}. ${giveOf("idToken")} (on GitHub-hosted runners), or ${setTo("provenance", "false")}.`,
  noIdToken: () => text`it is required (${valueOf("trustedPublishing", "true")}), but this job cannot get an OIDC ID token: ${giveOf("idToken")} (trusted publishing works on GitHub-hosted runners, GitLab.com and CircleCI)`,
  restrictedNeedsScope: (pkg) => text`${pkg} is not scoped, and only scoped packages can be "restricted". ${setTo("access", "public")}, or use a scoped name.`,
  noWorkspacesDeclared: (root) => text`the root at "${root}" declares no workspaces (no "workspaces" in package.json, no pnpm-workspace.yaml). ${setTo("workspaces", "false")}, or point ${nameOf("packages")} at the workspace root`,
  noWorkspaceRoot: () => text`no package.json there to read "workspaces" from (with ${valueOf("workspaces", "true")}, ${nameOf("packages")} is the workspace root)`
};

// src/core/npm/config.ts
import { existsSync } from "node:fs";
import { access } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/core/npm/location.ts
import { realpath, stat } from "node:fs/promises";
import { basename, delimiter, dirname, join as join2 } from "node:path";
async function findNpm(env) {
  const folders = (env.PATH ?? "").split(delimiter).filter(Boolean);
  const windows = process.platform === "win32";
  const node = await firstFile(folders, windows ? "node.exe" : "node") ?? process.execPath;
  if (windows) return { node, root: join2(dirname(node), "node_modules", "npm") };
  const npmBin = await firstFile(folders, "npm");
  const real = npmBin ? await realpath(npmBin).catch(() => void 0) : void 0;
  const root = real && basename(real) === "npm-cli.js" ? dirname(dirname(real)) : join2(dirname(dirname(node)), "lib", "node_modules", "npm");
  return { node, root };
}
async function nodeGypOf(env) {
  if (env.npm_config_node_gyp) return env.npm_config_node_gyp;
  const { root } = await findNpm(env);
  const bundled = join2(root, "node_modules", "node-gyp", "bin", "node-gyp.js");
  return await isFile(bundled) ? bundled : "node-gyp";
}
async function firstFile(folders, name) {
  for (const folder of folders) {
    const path = join2(folder, name);
    if (await isFile(path)) return path;
  }
  return void 0;
}
function isFile(path) {
  return stat(path).then(
    (info) => info.isFile(),
    () => false
  );
}

// src/core/npm/config.ts
var RUNNER_LAYERS = ["env", "user", "global", "builtin", "default"];
var NETWORK_OPTIONS = ["ca", "cert", "key", "strictSSL", "proxy", "httpsProxy", "noProxy", "localAddress", "maxSockets"];
var NETWORK_KEYS = ["ca", "cafile", "cert", "key", "strict-ssl", "proxy", "https-proxy", "noproxy", "local-address", "maxsockets"];
var MUST_BE_VALID = /* @__PURE__ */ new Set(["registry", "proxy", "https-proxy", "strict-ssl", "ca", "cafile"]);
async function loadNpmConfig({ env, cwd, logger }) {
  const [{ default: Config }, { default: npmDefinitions }, npm] = await Promise.all([
    import("./lib-TEWBMQIL.js"),
    import("./definitions-X3K3MDVR.js"),
    findNpm(env)
  ]);
  const { definitions, flatten, nerfDarts, shorthands } = npmDefinitions;
  const config = new Config({ definitions, flatten, nerfDarts, shorthands, npmPath: npm.root, execPath: npm.node, env: { ...env }, argv: [], cwd, warn: false });
  try {
    await config.load();
  } catch (error) {
    throw new NpmConfigError(void 0, messageOf(error), { cause: error });
  }
  const fileOf = (where) => where === "env" ? "npm_config_* in the environment" : config.data.get(where)?.source ?? where;
  for (const where of ["global", "user", "project"]) {
    const error = config.data.get(where)?.loadError;
    if (error && error.code !== "ENOENT") {
      logger.warning(`npm's ${where} config ${fileOf(where)} cannot be read (${error.code ?? error.message}); npm skips it too, and so does this run.`);
    }
  }
  for (const where of ["builtin", "global", "user", "project", "env"]) {
    for (const [key, value] of Object.entries(config.data.get(where)?.data ?? {})) {
      if (/^(@[^:]+:)?registry$/i.test(key) && !URL.canParse(String(value))) {
        throw new NpmConfigError(fileOf(where), `the value of "${key}" is not a URL. Fix it or remove the line`);
      }
    }
  }
  const invalid = [];
  config.invalidHandler = (key, _value, _type, _source, where) => invalid.push({ key, where });
  try {
    config.validate();
  } catch (error) {
    const problems = error.problems;
    if (error.code !== "ERR_INVALID_AUTH" || !problems) throw error;
    for (const problem of problems.filter(isLegacyKey)) {
      logger.warning(`npm's config ${fileOf(problem.where)} has a top-level "${keyOf(problem)}", which npm no longer uses; npm 11 ignores it, and so does this run.`);
    }
    const refused = problems.filter((problem) => !isLegacyKey(problem));
    if (refused.length) {
      const files = [...new Set(refused.map((problem) => fileOf(problem.where)))];
      const fixes = refused.map((problem) => problem.action === "rename" ? `"${problem.from}" must be renamed to "${problem.to}"` : `"${problem.key}" must be removed`);
      throw new NpmConfigError(files.join(", "), `${fixes.join("; ")}. Run "npm config fix", or tie the credential to its registry ("//host/:_authToken=...")`, { cause: error });
    }
  }
  for (const { key, where } of invalid) {
    const problem = `the value of "${key}" is not valid for npm`;
    if (MUST_BE_VALID.has(key)) throw new NpmConfigError(fileOf(where), `${problem}. Fix it or remove the line`);
    logger.warning(`npm's config ${fileOf(where)}: ${problem}, so npm ignores it, and so does this run.`);
  }
  const cafile = config.get("cafile");
  if (typeof cafile === "string" && cafile !== "") {
    await access(cafile).catch((error) => {
      throw new NpmConfigError(fileOf(config.find("cafile") ?? "default"), `"cafile" names ${cafile}, which cannot be read (${error.code}). Point it at the PEM file of the registry's certificate authority`);
    });
  }
  let flat;
  const runnerFlat = {};
  try {
    flat = config.flat;
    for (const [where, layer] of config.data) if (where !== "project") flatten(layer.data, runnerFlat);
  } catch (error) {
    throw new NpmConfigError(fileOf(config.find("cafile") ?? "default"), messageOf(error), { cause: error });
  }
  const pick = (from, keep) => Object.fromEntries(Object.entries(from).filter(([key]) => keep(key)));
  const options = pick(flat, (key) => key === "registry" || key.startsWith("//") || /^@[^:]+:registry$/i.test(key));
  maskCredentials(options, logger);
  const projectLayer = config.data.get("project")?.data ?? {};
  const describe = (key, where) => {
    if (where === null || where === "default") return "npm's default";
    if (where === "env") return `npm_config_${key.replace(/-/g, "_")} in the environment`;
    return `${where} config ${fileOf(where)}`;
  };
  return {
    options,
    network: pick(flat, (key) => NETWORK_OPTIONS.includes(key)),
    runnerNetwork: pick(runnerFlat, (key) => NETWORK_OPTIONS.includes(key)),
    projectNetworkKeys: NETWORK_KEYS.filter((key) => Object.hasOwn(projectLayer, key)),
    projectFile: config.data.get("project")?.source ?? void 0,
    sourceOf: (key) => describe(key, config.find(key)),
    runnerValue(key) {
      for (const where of RUNNER_LAYERS) {
        const value = config.get(key, where);
        if (value !== void 0 && value !== null && value !== "") return { value, source: describe(key, where) };
      }
      return void 0;
    }
  };
}
function npmrcNotRead(folder, config) {
  if (!folder) return void 0;
  const file = join3(folder, ".npmrc");
  return file !== config.projectFile && existsSync(file) ? file : void 0;
}
var keyOf = (problem) => problem.key ?? problem.from ?? "";
var LEGACY_KEYS = /* @__PURE__ */ new Set(["email", "certfile", "keyfile"]);
var isLegacyKey = (problem) => LEGACY_KEYS.has(keyOf(problem));
var MIN_MASKED_PASSWORD = 6;
function maskCredentials(options, logger) {
  for (const [key, value] of Object.entries(options)) {
    const kind = /:(_authToken|_auth|_password)$/.exec(key)?.[1];
    if (!kind || typeof value !== "string" || value === "" || /\$\{[^}]+\}/.test(value)) continue;
    logger.secret(value);
    if (kind === "_authToken") continue;
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const password = kind === "_auth" ? decoded.slice(decoded.indexOf(":") + 1) : decoded;
    if (password.length >= MIN_MASKED_PASSWORD) logger.secret(password);
    if (kind === "_auth") logger.secret(decoded);
  }
}

// src/core/order.ts
function findCycles(jobs) {
  const keys = new Set(jobs.map((job) => job.key));
  const edges = new Map(jobs.map((job) => [job.key, job.deps.filter((dep) => keys.has(dep))]));
  let index = 0;
  const indexOf = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const stack = [];
  const onStack = /* @__PURE__ */ new Set();
  const cycles = [];
  for (const root of keys) {
    if (indexOf.has(root)) continue;
    const work = [[root, 0]];
    indexOf.set(root, index);
    low.set(root, index++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, next] = frame;
      const deps = edges.get(node) ?? [];
      if (next < deps.length) {
        frame[1]++;
        const dep = deps[next];
        if (!indexOf.has(dep)) {
          indexOf.set(dep, index);
          low.set(dep, index++);
          stack.push(dep);
          onStack.add(dep);
          work.push([dep, 0]);
        } else if (onStack.has(dep)) {
          low.set(node, Math.min(low.get(node), indexOf.get(dep)));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === indexOf.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(component.reverse());
      }
    }
  }
  return cycles;
}
function describeCycle(cycle, jobs) {
  const members = new Set(cycle);
  const deps = new Map(jobs.map((job) => [job.key, job.deps.filter((dep) => members.has(dep))]));
  const path = [cycle[0]];
  const seen = new Set(path);
  for (; ; ) {
    const next = deps.get(path[path.length - 1])?.[0];
    if (next === void 0) break;
    path.push(next);
    if (seen.has(next)) break;
    seen.add(next);
  }
  return path.join(" -> ");
}
async function runInOrder(jobs, concurrency, run2) {
  const outcomes = /* @__PURE__ */ new Map();
  const keys = new Set(jobs.map((job) => job.key));
  const byKey = new Map(jobs.map((job) => [job.key, job]));
  const waitingOn = new Map(jobs.map((job) => [job.key, new Set(job.deps.filter((dep) => keys.has(dep) && dep !== job.key))]));
  const dependents = /* @__PURE__ */ new Map();
  for (const job of jobs) for (const dep of waitingOn.get(job.key)) dependents.set(dep, [...dependents.get(dep) ?? [], job.key]);
  const giveUp = (key, message) => {
    const queue = (dependents.get(key) ?? []).map((next) => [next, key]);
    while (queue.length) {
      const [next, via] = queue.shift();
      if (outcomes.has(next)) continue;
      const why = via === key ? `it depends on ${key}, which ${message}` : `it depends on ${via}, which needs ${key}, which ${message}`;
      outcomes.set(next, { outcome: "not attempted", message: plain(`not attempted: ${why}`) });
      queue.push(...(dependents.get(next) ?? []).map((after) => [after, next]));
    }
  };
  for (const cycle of findCycles(jobs)) {
    const described = describeCycle(cycle, jobs);
    for (const key of cycle) {
      outcomes.set(key, {
        outcome: "failed",
        message: plain(`dependency cycle: ${described}. Packages in a cycle have no publish order: move one of these dependencies to devDependencies, or publish them in separate runs`)
      });
    }
    for (const key of cycle) giveUp(key, "is in a dependency cycle");
  }
  let stopped;
  const ready = jobs.filter((job) => !outcomes.has(job.key) && waitingOn.get(job.key).size === 0);
  const running = /* @__PURE__ */ new Set();
  let atWork = 0;
  const resuming = [];
  let wake = () => void 0;
  const changed = () => new Promise((resolve4) => wake = resolve4);
  const freed = () => {
    const next = resuming.shift();
    if (next) {
      atWork++;
      next();
    }
    wake();
  };
  const slot = {
    async pause(wait) {
      atWork--;
      freed();
      try {
        return await wait();
      } finally {
        if (atWork < concurrency && resuming.length === 0) atWork++;
        else await new Promise((resolve4) => resuming.push(resolve4));
      }
    }
  };
  const start = (job) => {
    atWork++;
    const task = run2(job, slot).catch((error) => ({ outcome: "failed", message: plain(error instanceof Error ? error.message : String(error)), error })).then((outcome) => {
      outcomes.set(job.key, outcome);
      if (outcome.stopAll && stopped === void 0) stopped = text`${job.key} failed in a way that would fail every package: ${outcome.message ?? []}`;
      if (outcome.outcome === "published" || outcome.outcome === "staged" || outcome.outcome === "skipped") {
        for (const dependent of dependents.get(job.key) ?? []) {
          const waiting = waitingOn.get(dependent);
          waiting.delete(job.key);
          if (waiting.size === 0 && !outcomes.has(dependent)) ready.push(byKey.get(dependent));
        }
      } else {
        giveUp(job.key, outcome.outcome === "failed" ? "failed" : "was not attempted");
      }
    }).finally(() => {
      running.delete(task);
      atWork--;
      freed();
    });
    running.add(task);
  };
  for (; ; ) {
    while (stopped === void 0 && atWork < concurrency && ready.length) {
      const job = ready.shift();
      if (!outcomes.has(job.key)) start(job);
    }
    if (running.size === 0) break;
    await Promise.race([...running, changed()]);
  }
  for (const job of jobs) {
    if (!outcomes.has(job.key)) {
      outcomes.set(job.key, { outcome: "not attempted", message: text`not attempted: the run stopped because ${stopped ?? "an earlier package failed"}` });
    }
  }
  return outcomes;
}

// src/core/package/read.ts
var import_semver = __toESM(require_semver(), 1);
import { readFile as readFile2, stat as stat3 } from "node:fs/promises";
import { basename as basename2, dirname as dirname3, resolve as resolve2 } from "node:path";

// src/core/package/manager.ts
import { readFile, stat as stat2 } from "node:fs/promises";
import { dirname as dirname2, join as join4, resolve } from "node:path";
var DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
var PNPM_PUBLISH_FIELDS = ["bin", "type", "imports", "main", "module", "typings", "types", "exports", "browser", "esnext", "es2015", "unpkg", "umd:main", "os", "cpu", "libc", "typesVersions"];
var YARN_PUBLISH_FIELDS = ["type", "main", "browser", "module", "exports", "imports", "bin", "typings", "types"];
var PNPM_DROPPED_SCRIPTS = ["prepublishOnly", "prepack", "prepare", "postpack", "publish", "postpublish"];
async function findRewriter(dir) {
  let declared;
  let decided = false;
  for (let folder = dir; ; folder = dirname2(folder)) {
    if (await exists(join4(folder, "pnpm-workspace.yaml"))) return { kind: "pnpm", root: folder };
    const yarnLock = await readFile(join4(folder, "yarn.lock"), "utf8").catch(() => void 0);
    if (yarnLock !== void 0) return yarnLock.includes("__metadata:") ? { kind: "yarn", root: folder } : void 0;
    if (await exists(join4(folder, "pnpm-lock.yaml"))) return { kind: "pnpm", root: folder };
    if (await exists(join4(folder, "package-lock.json"))) return void 0;
    const manager = decided ? void 0 : await readJson(join4(folder, "package.json")).then((pkg) => pkg?.packageManager);
    if (typeof manager === "string") {
      decided = true;
      const [, name, major] = /^(pnpm|yarn)@(\d+)/.exec(manager) ?? [];
      if (name === "pnpm" || name === "yarn" && Number(major) >= 2) declared = { kind: name, root: folder };
    }
    if (dirname2(folder) === folder) return declared;
  }
}
async function readRewritingWorkspace(kind, root) {
  const { parse } = (await import("./dist-JYKLULBN.js")).default;
  const config = kind === "pnpm" ? "pnpm-workspace.yaml" : ".yarnrc.yml";
  const yaml = parse(await readFile(join4(root, config), "utf8").catch(() => "")) ?? {};
  const rootManifest = await readJson(join4(root, "package.json"));
  const patterns = kind === "pnpm" ? yaml.packages : rootManifest?.workspaces;
  const packages = /* @__PURE__ */ new Map();
  const add2 = (manifest, dir) => {
    if (typeof manifest?.name === "string") packages.set(manifest.name, { version: typeof manifest.version === "string" ? manifest.version : "0.0.0", dir });
  };
  add2(rootManifest, root);
  if (patterns !== void 0) {
    const { default: mapWorkspaces } = await import("./lib-DBEVHQQY.js");
    const members = await mapWorkspaces({ cwd: root, pkg: { workspaces: patterns } });
    await Promise.all([...members.values()].map(async (dir) => add2(await readJson(join4(dir, "package.json")), dir)));
  }
  const catalogs = /* @__PURE__ */ new Map();
  const named = yaml.catalogs && typeof yaml.catalogs === "object" ? yaml.catalogs : {};
  for (const [name, entries2] of Object.entries(named)) if (entries2 && typeof entries2 === "object") catalogs.set(name, entries2);
  if (yaml.catalog && typeof yaml.catalog === "object") catalogs.set("default", yaml.catalog);
  return { kind, root, packages, catalogs };
}
function rewriteManifest(manifest, dir, workspace) {
  const out = structuredClone(manifest);
  for (const field of DEPENDENCY_FIELDS) {
    const deps = out[field];
    if (!deps || typeof deps !== "object") continue;
    for (const [name, range] of Object.entries(deps)) {
      if (typeof range !== "string") continue;
      const resolved = resolveRange(name, range, dir, workspace);
      if ("problem" in resolved) return { problem: `${field}["${name}"] is "${range}": ${resolved.problem}` };
      deps[name] = resolved.range;
    }
  }
  const publishConfig = out.publishConfig && typeof out.publishConfig === "object" ? out.publishConfig : void 0;
  if (workspace.kind === "pnpm") {
    if (publishConfig) {
      for (const field of PNPM_PUBLISH_FIELDS) {
        if (!(field in publishConfig)) continue;
        out[field] = publishConfig[field];
        delete publishConfig[field];
      }
    }
    delete out.pnpm;
    delete out.packageManager;
    if (out.scripts && typeof out.scripts === "object") for (const script of PNPM_DROPPED_SCRIPTS) delete out.scripts[script];
  } else if (publishConfig) {
    for (const field of YARN_PUBLISH_FIELDS) if (publishConfig[field]) out[field] = publishConfig[field];
  }
  return { manifest: out };
}
function resolveRange(name, range, dir, workspace) {
  if (range.startsWith("catalog:")) {
    const catalog = range.slice("catalog:".length) || "default";
    const entry = workspace.catalogs.get(catalog)?.[name];
    const where = catalog === "default" ? "the default catalog" : `the catalog "${catalog}"`;
    if (typeof entry !== "string") return { problem: `${where} of ${configFile(workspace)} has no entry for ${name}` };
    return entry.startsWith("workspace:") || entry.startsWith("catalog:") ? resolveRange(name, entry, dir, workspace) : { range: entry };
  }
  if (!range.startsWith("workspace:")) {
    if (range.includes("workspace:")) return { problem: `${workspace.kind} leaves a "workspace:" range inside an alias as it is, and no one could install it; write it as "workspace:<name>@<range>"` };
    return { range };
  }
  let spec = range.slice("workspace:".length);
  let target = name;
  let alias = false;
  const aliased = /^(@[^/@]+\/[^@]+|[^@./][^@]*)@(.*)$/.exec(spec);
  if (aliased && !spec.startsWith(".") && !spec.startsWith("/")) {
    if (workspace.kind === "yarn") return { problem: 'yarn does not resolve an alias inside a "workspace:" range; depend on the package by its own name' };
    [, target, spec] = aliased;
    alias = true;
  }
  let version;
  if (spec.startsWith(".") || spec.startsWith("/")) {
    const folder = resolve(dir, spec);
    const found = [...workspace.packages.entries()].find(([, pkg]) => pkg.dir === folder);
    if (!found) return { problem: `no package of the ${workspace.kind} workspace at ${workspace.root} is in ${folder}` };
    [target, { version }] = found;
    alias = workspace.kind === "pnpm" && target !== name;
    spec = "*";
  } else {
    version = workspace.packages.get(target)?.version;
    if (version === void 0) return { problem: `no package of the ${workspace.kind} workspace at ${workspace.root} is named ${target}` };
  }
  const published = spec === "*" || spec === "" ? version : spec === "^" || spec === "~" ? `${spec}${version}` : spec;
  return { range: alias ? `npm:${target}@${published}` : published };
}
function configFile(workspace) {
  return join4(workspace.root, workspace.kind === "pnpm" ? "pnpm-workspace.yaml" : ".yarnrc.yml");
}
async function exists(path) {
  return stat2(path).then(
    () => true,
    () => false
  );
}
async function readJson(path) {
  try {
    const value = JSON.parse(await readFile(path, "utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}

// src/core/package/pack.ts
async function packDirectory(dir, manifest, ignoreScripts, env, scope) {
  const bundled = manifest.bundleDependencies ?? manifest.bundledDependencies;
  const hasBundled = bundled === true || Array.isArray(bundled) && bundled.length > 0;
  const where = scope ? { prefix: scope.prefix, workspaces: scope.workspaces } : {};
  if (ignoreScripts && !hasBundled && manifest.workspaces === void 0) {
    const { default: pacote } = await import("./lib-OOOJFCJI.js");
    const tree = { path: dir, package: manifest, isProjectRoot: true, edgesOut: /* @__PURE__ */ new Map(), workspaces: null };
    return pacote.tarball(`file:${dir}`, { tree, ignoreScripts: true, ...where });
  }
  const { default: pack } = await import("./lib-5FNQTOKX.js");
  return pack(`file:${dir}`, { ignoreScripts, foregroundScripts: false, ...where, ...ignoreScripts ? {} : { nodeGyp: await nodeGypOf(env) } });
}
async function tarballFiles(tarball) {
  const { Parser } = await import("./index.min-3T6O2TYW.js");
  const files = [];
  await new Promise((resolve4, reject) => {
    const parser = new Parser({
      onReadEntry: (entry) => {
        if (entry.type === "File") files.push({ path: entry.path.replace(/^package\//, ""), size: entry.size });
        entry.resume();
      }
    });
    parser.on("end", () => resolve4());
    parser.on("error", reject);
    parser.end(tarball);
  });
  return files.sort((a2, b4) => a2.path.localeCompare(b4.path, "en"));
}
async function withPackageJson(tarball, manifest) {
  const { Header, Parser, Pax } = await import("./index.min-3T6O2TYW.js");
  const { gzipSync } = await import("node:zlib");
  const blocks = [];
  const json2 = Buffer.from(`${JSON.stringify(manifest, null, 2)}
`);
  await new Promise((resolve4, reject) => {
    const parser = new Parser({
      onReadEntry: (entry) => {
        const chunks = [];
        entry.on("data", (chunk) => chunks.push(chunk));
        entry.on("end", () => {
          const data = entry.path === "package/package.json" ? json2 : Buffer.concat(chunks);
          const fields = { path: entry.path, mode: entry.mode, uid: entry.uid, gid: entry.gid, size: data.length, mtime: entry.mtime, type: entry.type, uname: entry.uname, gname: entry.gname, linkpath: entry.linkpath };
          const header = new Header(fields);
          const block = Buffer.alloc(512);
          if (header.encode(block)) blocks.push(new Pax({ ...fields, atime: void 0, ctime: void 0 }).encode());
          blocks.push(block, data, Buffer.alloc((512 - data.length % 512) % 512));
        });
      }
    });
    parser.on("end", () => resolve4());
    parser.on("error", reject);
    parser.end(tarball);
  });
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

// src/core/package/read.ts
async function loadPackage(entry, options) {
  const path = resolve2(options.cwd, entry);
  const info = await stat3(path).catch((error) => {
    throw new PackageNotFoundError(entry, describeFsError(error), { cause: error });
  });
  if (info.isDirectory()) return loadDirectory(entry, path, options);
  if (basename2(path) === "package.json") return loadDirectory(entry, dirname3(path), options);
  if (/\.(tgz|tar\.gz)$/i.test(path)) return loadTarball(entry, path);
  throw new PackageNotFoundError(entry, "it is a file, but neither a package.json nor a .tgz");
}
async function loadDirectory(entry, dir, options) {
  const rewriter = await options.workspaces.rewriterOf(dir).catch((error) => {
    throw new InvalidManifestError(entry, `its workspace cannot be read: ${messageOf(error)}`, { cause: error });
  });
  const read = async () => rewritten(entry, dir, await readDirectoryManifest(entry, dir), rewriter);
  const manifest = await read();
  let packed;
  const pkg = {
    entry,
    kind: "directory",
    location: dir,
    manifest,
    tarball() {
      packed ??= (async () => {
        const scope = await options.workspaces.scopeOf(dir);
        let tarball;
        try {
          tarball = await packDirectory(dir, manifest, options.ignoreScripts, options.env, scope);
        } catch (error) {
          throw new InvalidManifestError(entry, `packing it failed: ${messageOf(error)}`, { cause: error });
        }
        if (!options.ignoreScripts) pkg.manifest = await read();
        if (rewriter) {
          const file = rewritten(entry, dir, JSON.parse(await readFile2(resolve2(dir, "package.json"), "utf8")), rewriter);
          tarball = await withPackageJson(tarball, file);
        }
        return tarball;
      })();
      return packed;
    }
  };
  return pkg;
}
function rewritten(entry, dir, manifest, rewriter) {
  if (!rewriter) return manifest;
  const result = rewriteManifest(manifest, dir, rewriter);
  if ("problem" in result) throw new InvalidManifestError(entry, `${rewriter.kind} would not publish it as it stands: ${result.problem}. Fix package.json (or the workspace), then publish again`);
  return result.manifest;
}
async function readDirectoryManifest(entry, dir) {
  const file = resolve2(dir, "package.json");
  let text2;
  try {
    text2 = await readFile2(file, "utf8");
  } catch (error) {
    throw new PackageNotFoundError(entry, `no package.json in the folder (${describeFsError(error)})`, { cause: error });
  }
  try {
    JSON.parse(text2);
  } catch (error) {
    throw new InvalidManifestError(entry, `its package.json is not valid JSON (${messageOf(error)}). Fix the file and run again.`, { cause: error });
  }
  const { default: PackageJson } = await import("./lib-7AS3R3B7.js");
  const manifest = await PackageJson.prepare(dir).then(
    (pkg) => pkg.content,
    (error) => {
      throw new InvalidManifestError(entry, `its package.json cannot be read: ${messageOf(error)}. Fix package.json and run again.`, { cause: error });
    }
  );
  return checkManifest(entry, manifest);
}
async function loadTarball(entry, path) {
  const data = await readFile2(path).catch((error) => {
    throw new PackageNotFoundError(entry, describeFsError(error), { cause: error });
  });
  const { default: pacote } = await import("./lib-OOOJFCJI.js");
  const manifest = await pacote.manifest(`file:${path}`, { fullMetadata: true, fullReadJson: true }).catch((error) => {
    throw new InvalidManifestError(
      entry,
      `it is not a readable npm package tarball (${messageOf(error)}). Make it again with "npm pack".`,
      { cause: error }
    );
  });
  return {
    entry,
    kind: "tarball",
    location: path,
    manifest: checkManifest(entry, stripPacoteFields(manifest)),
    tarball: () => Promise.resolve(data)
  };
}
function packageFromPublish(entry, manifest, tarball, provenanceFile) {
  return { entry, kind: "tarball", location: entry, manifest: checkManifest(entry, manifest), tarball: () => Promise.resolve(tarball), provenanceFile };
}
function stripPacoteFields(manifest) {
  const { _resolved: _r2, _integrity: _i, _from: _f, ...rest } = manifest;
  return rest;
}
function checkManifest(entry, manifest) {
  const { name, version } = manifest;
  if (typeof name !== "string" || name === "") {
    throw new InvalidManifestError(entry, 'its package.json has no "name". Add one and run again.');
  }
  if (typeof version !== "string" || version === "") {
    throw new InvalidManifestError(entry, 'its package.json has no "version". Add one and run again.');
  }
  if (!import_semver.default.valid(version)) {
    throw new InvalidManifestError(entry, `its version "${version}" is not valid semver (such as 1.2.3). Fix "version" in package.json.`);
  }
  const { publishConfig } = manifest;
  if (publishConfig !== void 0 && (typeof publishConfig !== "object" || publishConfig === null || Array.isArray(publishConfig))) {
    throw new InvalidManifestError(entry, '"publishConfig" in its package.json is not an object.');
  }
  return manifest;
}
function describeFsError(error) {
  switch (error.code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    default:
      return error.code ?? messageOf(error);
  }
}

// src/core/package/targets.ts
import { readFile as readFile3, stat as stat4 } from "node:fs/promises";
import { join as join5, resolve as resolve3 } from "node:path";
var GLOB_CHARACTERS = /[*?[\]{}!]/;
function isGlob(entry) {
  return GLOB_CHARACTERS.test(entry);
}
async function expandPackageEntries(given, cwd) {
  const entries2 = given.map((entry) => entry.trim()).filter((entry) => entry !== "");
  if (entries2.length === 0) return ["."];
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const add2 = (entry) => {
    const key = resolve3(cwd, entry);
    if (!seen.has(key)) {
      seen.add(key);
      found.push(entry);
    }
  };
  for (const entry of entries2) {
    if (!isGlob(entry)) {
      add2(entry);
      continue;
    }
    const { glob } = await import("./index.min-4FNZKMDI.js");
    const matches = (await glob(entry, { cwd, ignore: ["**/node_modules/**"], posix: true })).sort((a2, b4) => a2.localeCompare(b4, "en"));
    let matched = 0;
    for (const match of matches) {
      if (await isPackage(resolve3(cwd, match))) {
        add2(match);
        matched++;
      }
    }
    if (matched === 0) {
      throw new InvalidSettingError("packages", `"${entry}" matches no package (no folder with a package.json, no package.json, no .tgz). Check the pattern against the repository layout`);
    }
  }
  return found;
}
async function isPackage(path) {
  try {
    const info = await stat4(path);
    if (info.isDirectory()) return (await stat4(join5(path, "package.json"))).isFile();
    return path.endsWith("package.json") || /\.(tgz|tar\.gz)$/i.test(path);
  } catch {
    return false;
  }
}
async function runEntries(request, finder) {
  const { workspaceRoot, cwd } = request;
  if (workspaceRoot === void 0) return expandPackageEntries(request.packages, cwd);
  if (!request.includeRoot) return findWorkspaces(workspaceRoot, cwd, finder);
  const root = JSON.parse(await readFile3(join5(resolve3(cwd, workspaceRoot), "package.json"), "utf8").catch(() => "{}"));
  const declared = root.workspaces !== void 0 || await stat4(join5(resolve3(cwd, workspaceRoot), "pnpm-workspace.yaml")).then(() => true, () => false);
  return [...root.private === true ? [] : [workspaceRoot], ...declared ? await findWorkspaces(workspaceRoot, cwd, finder) : []];
}
async function findWorkspaces(root, cwd, finder) {
  const rootDir = resolve3(cwd, root);
  let pkg;
  try {
    pkg = JSON.parse(await readFile3(join5(rootDir, "package.json"), "utf8"));
  } catch (error) {
    if (error.code === "ENOENT") {
      throw new PackageNotFoundError(root, lines.noWorkspaceRoot(), { cause: error });
    }
    throw new InvalidManifestError(root, `its package.json cannot be read: ${messageOf(error)}`, { cause: error });
  }
  const patterns = pkg.workspaces ?? await pnpmWorkspaces(rootDir);
  if (patterns === void 0) {
    throw new InvalidSettingError("workspaces", lines.noWorkspacesDeclared(root));
  }
  const { default: mapWorkspaces } = await import("./lib-DBEVHQQY.js");
  let workspaces;
  try {
    workspaces = await mapWorkspaces({ cwd: rootDir, pkg: { workspaces: patterns } });
  } catch (error) {
    throw new InvalidManifestError(root, `its workspaces cannot be read: ${messageOf(error)}`, { cause: error });
  }
  if (pkg.workspaces !== void 0) finder.know(rootDir, workspaces.values());
  if (workspaces.size === 0) {
    throw new InvalidSettingError("workspaces", `the workspace patterns of "${root}" match no package. Check "workspaces" in its package.json`);
  }
  return [...workspaces.values()].map((dir) => relativeTo(cwd, dir));
}
async function pnpmWorkspaces(rootDir) {
  let text2;
  try {
    text2 = await readFile3(join5(rootDir, "pnpm-workspace.yaml"), "utf8");
  } catch {
    return void 0;
  }
  const { parse } = (await import("./dist-JYKLULBN.js")).default;
  const parsed = parse(text2);
  const packages = parsed?.packages;
  if (!Array.isArray(packages) || !packages.every((entry) => typeof entry === "string")) return void 0;
  return packages;
}
function relativeTo(cwd, dir) {
  const relative = dir.startsWith(cwd + "/") ? dir.slice(cwd.length + 1) : dir;
  return relative === "" ? "." : relative;
}

// src/core/package/workspace.ts
import { readFile as readFile4 } from "node:fs/promises";
import { dirname as dirname4, join as join6 } from "node:path";
var WorkspaceFinder = class {
  #members = /* @__PURE__ */ new Map();
  #rewriting = /* @__PURE__ */ new Map();
  /** The pnpm or yarn berry workspace `dir` belongs to, whose pack rewrites package.json; undefined for npm. Each is read once. */
  async rewriterOf(dir) {
    const found = await findRewriter(dir);
    if (!found) return void 0;
    let workspace = this.#rewriting.get(found.root);
    if (!workspace) {
      workspace = readRewritingWorkspace(found.kind, found.root);
      this.#rewriting.set(found.root, workspace);
    }
    return workspace;
  }
  /** The scope to pack `dir` (an absolute folder) in; undefined when it is no npm workspace's member. */
  async scopeOf(dir) {
    for (let parent = dirname4(dir); ; parent = dirname4(parent)) {
      if ((await this.#membersOf(parent))?.has(dir)) return { prefix: parent, workspaces: [dir] };
      if (dirname4(parent) === parent) return void 0;
    }
  }
  /** What a caller has read already: `members` are the npm workspaces of the root at `dir`. */
  know(dir, members) {
    this.#members.set(dir, Promise.resolve(new Set(members)));
  }
  /** The member folders of the workspace root at `dir`; undefined when it is none. */
  #membersOf(dir) {
    let members = this.#members.get(dir);
    if (!members) {
      members = readMembers(dir);
      this.#members.set(dir, members);
    }
    return members;
  }
};
async function readMembers(dir) {
  let pkg;
  try {
    pkg = JSON.parse(await readFile4(join6(dir, "package.json"), "utf8"));
  } catch {
    return void 0;
  }
  if (!pkg?.workspaces) return void 0;
  const { default: mapWorkspaces } = await import("./lib-DBEVHQQY.js");
  try {
    return new Set((await mapWorkspaces({ cwd: dir, pkg: { workspaces: pkg.workspaces } })).values());
  } catch (error) {
    throw new InvalidManifestError(dir, `its "workspaces" cannot be read, so the packages under it cannot be packed as npm packs them: ${messageOf(error)}`, { cause: error });
  }
}

// src/core/publish.ts
var import_semver3 = __toESM(require_semver(), 1);
import { createHash } from "node:crypto";

// src/core/npm/registries.ts
var import_npm_registry_fetch = __toESM(require_lib(), 1);
var DEFAULT_REGISTRY = "https://registry.npmjs.org/";
function registryUrl(value) {
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return { problem: `"${value}" is not a URL. Give the registry's full address, such as ${DEFAULT_REGISTRY}` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { problem: `"${value}" is not an http(s) URL. Give the registry's full address, such as ${DEFAULT_REGISTRY}` };
  }
  if (url.username || url.password) return { problem: "the registry URL holds credentials; give the address alone, and the token as a token" };
  if (url.search || url.hash) return { problem: `"${value}" has a query or fragment; give the registry's base address, such as ${DEFAULT_REGISTRY}` };
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return { url: url.href };
}
function first(candidates) {
  for (const [value, source, invalid] of candidates) {
    if (typeof value !== "string" || value.trim() === "") continue;
    const parsed = registryUrl(value);
    if ("problem" in parsed) throw invalid(parsed.problem);
    return { url: parsed.url, source };
  }
  return { url: DEFAULT_REGISTRY, source: plain("npm's default") };
}
function registriesFor(name, location, requested, publishConfig, config) {
  const scope = name.startsWith("@") ? name.slice(0, name.indexOf("/")) : void 0;
  const keys = [...scope ? [`${scope}:registry`] : [], "registry"];
  const fromRequest = [requested, lines.requestedRegistry(), (problem) => new InvalidSettingError("registry", problem)];
  const fromPackage = keys.map((key) => [
    publishConfig[key],
    plain(key === "registry" ? "publishConfig.registry in package.json" : `publishConfig["${key}"] in package.json`),
    (problem) => new InvalidManifestError(location, `publishConfig["${key}"] in its package.json: ${problem}`)
  ]);
  const fromConfig = (value) => keys.map((key) => {
    const found = value(key);
    const source = `"${key}" in ${found?.source ?? "npm's configuration"}`;
    return [found?.value, plain(source), (problem) => new NpmConfigError(void 0, `${source}: ${problem}`)];
  });
  const everyLayer = (key) => ({ value: config.options[key], source: config.sourceOf(key) });
  return {
    registry: first([fromRequest, ...fromPackage, ...fromConfig(everyLayer)]),
    workflow: first([fromRequest, ...fromConfig((key) => config.runnerValue(key))])
  };
}
function nerfDart(registry) {
  const url = new URL(registry);
  return `//${url.host}${url.pathname}`;
}
function credentialsFromConfig(registry, config) {
  const auth = import_npm_registry_fetch.default.getAuth(registry, { ...config.options, registry });
  const usable = (value) => typeof value === "string" && value !== "" && !/\$\{[^}]+\}/.test(value) ? value : void 0;
  return { token: usable(auth.token), basic: usable(auth.auth) };
}
function hasCredentials(registry, config) {
  const { token, basic } = credentialsFromConfig(registry, config);
  return token !== void 0 || basic !== void 0;
}

// src/core/registry/fetch.ts
function guardedFetchOptions(options) {
  return { ...options, redirect: "manual" };
}

// src/core/auth/account.ts
var import_npm_registry_fetch2 = __toESM(require_lib(), 1);

// src/core/registry/classify.ts
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "ECONNABORTED",
  "ERR_SOCKET_TIMEOUT"
]);
var CERTIFICATE_CODES = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_HAS_EXPIRED",
  "CERT_UNTRUSTED",
  "ERR_TLS_CERT_ALTNAME_INVALID"
]);
function classifyRegistryError(thrown, context) {
  const error = thrown ?? {};
  const { registry } = context;
  const status = error.statusCode;
  const detail = registryText(error.body);
  const options = { cause: thrown };
  switch (error.code) {
    case "EOTP":
      return { kind: "otp", browser: isBrowserFlow(error.body) };
    case "EAUTHIP":
      return fail(new IpRestrictedError(registry, options));
    case "E401":
      return fail(new TokenRejectedError(registry, detail, options));
    case "EPRIVATE":
    case "EBADSEMVER":
    case "EPACKAGEEXTENSIONS":
      return fail(new InvalidManifestError(context.pkg, String(error.message), options));
    case "EUNSCOPED":
      return fail(new InvalidSettingError("access", lines.restrictedNeedsScope(context.pkg), options));
    case "EUSAGE":
      return fail(new InvalidSettingError("provenance", lines.provenanceRefused(String(error.message)), options));
  }
  if ((status === 409 || status === 403) && /previously staged|already staged/i.test(detail)) return { kind: "staged" };
  if (status === 409) return { kind: "exists" };
  const answerCode = codeIn(error.body);
  if (status === 403 && (answerCode === "E_STAGE_REQUIRED" || /\b(only stage|stage[- ]only|must be staged|requires? staging)\b/i.test(detail))) {
    return fail(new StageRequiredError(registry, context.pkg, detail, options));
  }
  if (status === 403 && (/TOKENS?_(DISALLOWED|NOT_ALLOWED)/i.test(answerCode ?? "") || /\b(disallows?|does not allow|not allowed to use)\b[^.]*\btokens?\b|\btokens? (are|is) not allowed\b|required to publish this package but an? [\w -]*token was (specified|used)/i.test(detail))) {
    return fail(new TokensDisallowedError(registry, context.pkg, detail, options));
  }
  if (status === 403) {
    if (/previously published|cannot publish over|already (been )?(published|present|exists)/i.test(detail)) return { kind: "exists" };
    if (/two-factor|\btfa\b|\b2fa\b|one-time pass|\botp\b/i.test(detail)) return fail(new TwoFactorPolicyError(registry, detail, options));
    return fail(new PublishForbiddenError(registry, context.pkg, detail, { ...options, oidcActionDenied: /OIDC permission denied/i.test(detail) }));
  }
  if (status === 404 && context.writes) {
    return fail(
      new PublishForbiddenError(registry, context.pkg, `404${detail ? ` ${detail}` : ""}: the scope does not exist or this token cannot write to it`, options)
    );
  }
  if (status === 429) {
    const retryAfter = headerValue(error.headers, "retry-after");
    return fail(new RateLimitedError(registry, retryAfter, options));
  }
  if (status !== void 0) {
    return fail(new RegistryError(registry, context.what, `HTTP ${status}${detail ? `: ${detail}` : ""}`, options));
  }
  if (error.code && CERTIFICATE_CODES.has(error.code)) return fail(new RegistryCertificateError(registry, error.code, options));
  if (error.code && NETWORK_CODES.has(error.code) || error.type === "request-timeout" || error.type === "system" || error.code === "FETCH_ERROR") {
    const detail2 = error.type === "request-timeout" ? "no answer before the time-out" : error.code ?? error.type ?? "network error";
    return fail(new RegistryUnreachableError(registry, detail2, options));
  }
  return fail(new RegistryError(registry, context.what, error.code ?? String(error.message ?? thrown), options));
}
function codeIn(body) {
  const code = asObject(body)?.code;
  return typeof code === "string" ? code : void 0;
}
function fail(error) {
  return { kind: "fail", error };
}
function isBrowserFlow(body) {
  const parsed = asObject(body);
  return parsed !== void 0 && (typeof parsed.authUrl === "string" || typeof parsed.doneUrl === "string");
}
function registryText(body) {
  const parsed = asObject(body);
  let text2 = "";
  if (parsed) {
    for (const key of ["error", "reason", "message"]) {
      if (typeof parsed[key] === "string") {
        text2 = parsed[key];
        break;
      }
    }
  } else if (typeof body === "string" || Buffer.isBuffer(body)) {
    text2 = String(body);
  }
  text2 = text2.replace(/\s+/g, " ").trim().replace(/\.+$/, "");
  return text2.length > 300 ? `${text2.slice(0, 300)}...` : text2;
}
function asObject(body) {
  if (Buffer.isBuffer(body)) {
    try {
      return asObject(JSON.parse(body.toString("utf8")));
    } catch {
      return void 0;
    }
  }
  return typeof body === "object" && body !== null ? body : void 0;
}
function headerValue(headers, name) {
  const value = headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

// src/core/auth/account.ts
function codeForWrites(tfa) {
  if (tfa === false || tfa === null) return false;
  if (typeof tfa !== "object") return void 0;
  const { mode, pending } = tfa;
  if (pending === true) return false;
  if (mode === "auth-and-writes") return true;
  if (mode === "auth-only") return false;
  return void 0;
}
async function readAccount(fetchOptions, registry) {
  try {
    const response = await (0, import_npm_registry_fetch2.default)("/-/npm/v1/user", { ...fetchOptions, headers: { ...fetchOptions.headers, accept: "application/json" } });
    if (response.status !== 200) return { codeForWrites: void 0 };
    const profile = await response.json();
    return { codeForWrites: codeForWrites(profile?.tfa) };
  } catch (error) {
    const answer2 = classifyRegistryError(error, { registry, pkg: "the account", what: "reading the account" });
    if (answer2.kind === "otp") return { codeForWrites: true };
    const status = error.statusCode;
    if (answer2.kind === "fail" && status === 401) throw answer2.error;
    return { codeForWrites: void 0 };
  }
}

// src/core/auth/oidc.ts
var import_npm_registry_fetch4 = __toESM(require_lib(), 1);

// src/core/registry/packument.ts
var import_npm_registry_fetch3 = __toESM(require_lib(), 1);
var CORGI = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";
function escapeName(name) {
  return name.replace("/", "%2f");
}
async function readRegistryState(name, fetchOptions, clock) {
  const sentMs = clock.now();
  const dateSample = (header) => {
    const registryMs = Date.parse(header ?? "");
    return Number.isFinite(registryMs) ? { registryMs, sentMs, receivedMs } : void 0;
  };
  let receivedMs = sentMs;
  let response;
  try {
    response = await (0, import_npm_registry_fetch3.default)(`/${escapeName(name)}`, {
      ...fetchOptions,
      headers: { ...fetchOptions.headers, accept: CORGI },
      preferOnline: true
    });
  } catch (error) {
    if (error.statusCode === 404) {
      receivedMs = clock.now();
      const headers = error.headers;
      return { versions: /* @__PURE__ */ new Map(), distTags: {}, date: dateSample(headers?.date?.[0]) };
    }
    const answer2 = classifyRegistryError(error, { registry: String(fetchOptions.registry), pkg: name, what: "reading the package" });
    throw answer2.kind === "fail" ? answer2.error : error;
  }
  receivedMs = clock.now();
  if (response.status >= 300 && response.status < 400) {
    throw new RegistryRedirectError(String(fetchOptions.registry), "the version check", response.status, response.headers.get("location") ?? void 0);
  }
  const body = await response.json();
  return {
    versions: new Map(Object.entries(body.versions ?? {}).map(([version, data]) => [version, data?.dist?.integrity])),
    distTags: body["dist-tags"] ?? {},
    date: dateSample(response.headers.get("date"))
  };
}

// src/core/auth/oidc.ts
function audienceOf(registry) {
  return `npm:${new URL(registry).hostname}`;
}
async function requestIdToken(source, audience, network) {
  if (source.kind === "given") return source.token;
  const url = new URL(source.url);
  url.searchParams.append("audience", audience);
  const response = await (0, import_npm_registry_fetch4.default)(
    url.href,
    guardedFetchOptions({
      ...network,
      registry: url.origin,
      headers: { accept: "application/json", authorization: `Bearer ${source.requestToken}` }
    })
  );
  const value = (await response.json())?.value;
  if (typeof value !== "string" || value === "") throw new Error("the token service answered without a token");
  return value;
}
function idTokenClaims(idToken) {
  try {
    const payload = JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8"));
    return { repositoryVisibility: typeof payload.repository_visibility === "string" ? payload.repository_visibility : void 0 };
  } catch {
    return {};
  }
}
async function exchangeIdToken(name, registry, idToken, options) {
  try {
    const answer2 = await import_npm_registry_fetch4.default.json(`/-/npm/v1/oidc/token/exchange/package/${escapeName(name)}`, {
      ...options,
      registry,
      method: "POST",
      [`${nerfDart(registry)}:_authToken`]: idToken
    });
    return typeof answer2?.token === "string" && answer2.token !== "" ? { kind: "token", token: answer2.token } : { kind: "refused", status: void 0, detail: "the answer held no token" };
  } catch (error) {
    const status = error.statusCode;
    return { kind: "refused", status, detail: status ? `HTTP ${status}` : messageOf(error) };
  }
}
function refusalReason(refused, name, registry, exists2) {
  if (refused.status === 401) {
    return `the registry refused the job's ID token (its signature, expiry, issuer, or the audience ${audienceOf(registry)})`;
  }
  if (refused.status === 404) {
    return exists2 ? `${name} has no trusted publisher that matches this workflow (check the repository, the workflow file name and the environment in its trusted publisher settings)` : `${name} does not exist on the registry yet, and a first publish cannot use trusted publishing`;
  }
  return `the token exchange failed (${refused.detail})`;
}
function tryTrustedPublishing(name, registry, mode, source, network, idTokens, logger) {
  if (mode === "false") return void 0;
  if (!source) {
    if (mode === "true") throw new TrustedPublishingError(name, registry, lines.noIdToken());
    return void 0;
  }
  const audience = audienceOf(registry);
  let idToken = idTokens.get(audience);
  if (!idToken) {
    idToken = requestIdToken(source, audience, network).then((token) => {
      logger.secret(token);
      return token;
    });
    idTokens.set(audience, idToken);
  }
  return idToken.then(
    async (token) => {
      const exchange = await exchangeIdToken(name, registry, token, network);
      if (exchange.kind === "token") logger.secret(exchange.token);
      return { idToken: token, exchange };
    },
    (error) => ({ idToken: "", exchange: { kind: "refused", status: void 0, detail: `no ID token from the CI: ${messageOf(error)}` } })
  );
}

// src/core/auth/choice.ts
var USER_AGENT = "npm-otp-publish (+https://github.com/marketplace/actions/npm-otp-publish)";
function planCredentials(subject, request, context) {
  const { config, logger } = context;
  const { id, name, registry, workflow } = subject;
  const { ours, fetchOptions } = credentialsFor(subject, request, context);
  if (!ours) {
    logger.info(lines.secretsOnlyFor(workflow.url, workflow.source, registry.url));
    if (request.token && !hasCredentials(registry.url, config)) throw new RegistryMismatchError(id, registry, workflow, "token");
    if (request.trustedPublishing === "true") {
      throw new TrustedPublishingError(id, registry.url, text`trusted publishing is only tried at the registry the run names, ${workflow.url}, and ${registry.url} was chosen by ${registry.source}`);
    }
  }
  const token = ours ? request.token : void 0;
  if (ours && config.projectNetworkKeys.length) logger.info(lines.projectNetworkIgnored(config.projectNetworkKeys));
  const trusted = ours ? tryTrustedPublishing(name, registry.url, request.trustedPublishing, request.idToken, { ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, "the token exchange") }, context.idTokens, logger) : void 0;
  const hasToken = Boolean(token) || hasCredentials(registry.url, config);
  if (!trusted && !hasToken) throw new TokenMissingError(registry.url, npmrcNotRead(subject.folder, config));
  let account;
  if (ours && hasToken) {
    account = context.accounts.get(registry.url) ?? readAccount({ ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, "reading the account") }, registry.url);
    context.accounts.set(registry.url, account);
  }
  return {
    ours,
    fetchOptions,
    codes: ours ? context.otp : void 0,
    account: account?.then(
      (value) => ({ value }),
      (error) => ({ error })
    ),
    trusted,
    hasToken
  };
}
function credentialsFor(subject, request, context) {
  const { config } = context;
  const { name, registry, workflow } = subject;
  const ours = registry.url === workflow.url;
  const token = ours ? request.token : void 0;
  const fetchOptions = guardedFetchOptions({
    ...config.options,
    ...ours ? config.runnerNetwork : config.network,
    registry: registry.url,
    userAgent: USER_AGENT,
    signal: context.signal,
    ...token ? { [`${nerfDart(registry.url)}:_authToken`]: token } : {}
  });
  if (name.startsWith("@")) delete fetchOptions[`${name.split("/")[0]}:registry`];
  return { ours, fetchOptions };
}
async function chooseAuth(plan, subject, exists2, request, { logger, config }) {
  const { id, name, registry, workflow } = subject;
  const [known, attempt] = await Promise.all([plan.account, plan.trusted]);
  const byOidc = attempt?.exchange.kind === "token" ? attempt.exchange.token : void 0;
  if (known?.error !== void 0 && !byOidc) throw known.error;
  const codeForWrites2 = known?.value?.codeForWrites;
  if (plan.codes && codeForWrites2 === false) logger.info("The registry says this account needs no one-time password to publish: none is sent unless it asks.");
  const withheld = plan.ours ? void 0 : { registry, workflow };
  const byToken = { via: "token", fetchOptions: plan.fetchOptions, otp: plan.codes, fallback: void 0, codeForWrites: codeForWrites2, withheld, attempt };
  if (!attempt) return { ...byToken, note: void 0 };
  if (byOidc) {
    logger.info(lines.publishedByOidc(id));
    return {
      via: "oidc",
      fetchOptions: { ...plan.fetchOptions, [`${nerfDart(registry.url)}:_authToken`]: byOidc },
      otp: void 0,
      fallback: request.trustedPublishing === "auto" ? { fetchOptions: plan.fetchOptions, otp: plan.codes } : void 0,
      note: void 0,
      codeForWrites: codeForWrites2,
      withheld,
      attempt
    };
  }
  const reason = refusalReason(attempt.exchange, name, registry.url, exists2);
  if (request.trustedPublishing === "true") throw new TrustedPublishingError(id, registry.url, reason);
  if (!plan.hasToken) throw new TokenMissingError(registry.url, npmrcNotRead(subject.folder, config));
  logger.info(lines.oidcNotUsed(id, reason, Boolean(plan.codes)));
  const note = exists2 ? `trusted publishing not used: ${reason}` : `${reason}; configuring a trusted publisher for it now removes the token from the next release`;
  return { ...byToken, note };
}
function provenanceFor(request, publishConfig, choice, name, access2, logger) {
  if (request.provenance !== "auto") return request.provenance || publishConfig.provenance === true;
  if (publishConfig.provenance === true) return true;
  const isPublic = !name.startsWith("@") || access2 === "public";
  const on = choice.via === "oidc" && isPublic && idTokenClaims(choice.attempt.idToken).repositoryVisibility === "public";
  if (on) logger.info(lines.provenanceOn());
  return on;
}

// src/core/package/check.ts
var PUBLISH_SCRIPTS = ["prepublishOnly", "prepack", "prepare", "postpack", "publish", "postpublish"];
function publishScripts(manifest) {
  const scripts = manifest.scripts && typeof manifest.scripts === "object" ? manifest.scripts : {};
  return PUBLISH_SCRIPTS.filter((name) => typeof scripts[name] === "string" && scripts[name] !== "");
}
function missingEntries(manifest, files) {
  const present = new Set(files);
  return entries(manifest).filter(({ field, path }) => !holds(present, normalise(path), field === "main" || field === "module" || field === "browser"));
}
function namesEntries(manifest) {
  return entries(manifest).length > 0;
}
function entries(manifest) {
  const targets = [];
  for (const field of ["main", "module", "browser", "types", "typings"]) {
    if (typeof manifest[field] === "string" && manifest[field] !== "") targets.push({ field, path: manifest[field] });
  }
  const bin = manifest.bin;
  if (typeof bin === "string") targets.push({ field: "bin", path: bin });
  else if (bin && typeof bin === "object") {
    for (const [name, path] of Object.entries(bin)) if (typeof path === "string") targets.push({ field: `bin.${name}`, path });
  }
  collectExports(manifest.exports, "exports", targets);
  return targets;
}
function collectExports(value, field, into) {
  if (typeof value === "string") {
    if (!value.includes("*")) into.push({ field, path: value });
    return;
  }
  if (Array.isArray(value)) value.forEach((item, index) => collectExports(item, `${field}[${index}]`, into));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) collectExports(item, `${field}["${key}"]`, into);
}
function normalise(path) {
  return path.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
function holds(present, path, resolved) {
  if (present.has(path)) return true;
  if (!resolved) return false;
  return [".js", ".json", ".node", "/index.js", "/index.json", "/index.node"].some((suffix) => present.has(`${path}${suffix}`));
}

// src/core/tag.ts
var import_semver2 = __toESM(require_semver(), 1);
function tagProblem(tag) {
  if (tag === "") return 'the tag is empty; give a name such as "next", or none for "latest"';
  if (import_semver2.default.validRange(tag)) return `"${tag}" is a valid semver range, which npm does not allow as a tag. Use a name such as "next" or "beta"`;
  if (encodeURIComponent(tag) !== tag) return `"${tag}" has characters a tag cannot hold (spaces, slashes, ...). Use letters, digits, ".", "-", "_" or "~"`;
  return void 0;
}

// src/core/package/publish-config.ts
function tagFromPublishConfig(publishConfig, location) {
  const tag = publishConfig.tag;
  if (tag === void 0) return void 0;
  if (typeof tag !== "string") throw new InvalidManifestError(location, "publishConfig.tag in its package.json is not a string");
  const problem = tagProblem(tag.trim());
  if (problem) throw new InvalidManifestError(location, `publishConfig.tag in its package.json: ${problem}`);
  return tag.trim();
}
function accessFromPublishConfig(publishConfig, location) {
  const access2 = publishConfig.access;
  if (access2 === void 0 || access2 === null) return void 0;
  if (access2 === "public" || access2 === "restricted") return access2;
  throw new InvalidManifestError(location, `publishConfig.access in its package.json is "${String(access2)}"; it must be "public" or "restricted"`);
}

// src/core/registry/put.ts
var PROVENANCE_SIGNING_MS = 15e3;
var RATE_LIMIT_RETRIES = 3;
var RATE_LIMIT_MAX_WAIT_MS = 6e4;
var TRANSPORT_RETRIES = 2;
async function putWithCode(pkg, tarball, put, context) {
  const { name, version } = pkg.manifest;
  const { default: libnpmpublish } = await import("./lib-EW5YZREF.js");
  const { publish } = libnpmpublish;
  return sendWithCode(
    {
      name,
      version,
      what: `publishing ${name}@${version}`,
      bodyBytes: publishBodyBytes(tarball.length),
      send: (code, timeout) => publish(pkg.manifest, tarball, {
        ...put.fetchOptions,
        defaultTag: put.tag,
        access: put.access ?? null,
        ...provenanceOptions(pkg, put.provenance),
        otp: code,
        timeout
      })
    },
    { ...put, extraMs: put.provenance ? PROVENANCE_SIGNING_MS : 0 },
    context
  );
}
function provenanceOptions(pkg, provenance) {
  return pkg.provenanceFile ? { provenance: false, provenanceFile: pkg.provenanceFile } : { provenance };
}
async function sendWithCode(write, put, { logger, clock, deadline, otp: runCodes, pause }) {
  const { otp, registry } = put;
  const { name, version, bodyBytes, what } = write;
  const extraMs = put.extraMs ?? 0;
  const rejected = [];
  const nextCode = async (afterStep) => {
    if (!otp) return void 0;
    try {
      return await otp.codeFor({ bodyBytes, extraMs, afterStep, log: logger, notAfterMs: deadline.at, pause });
    } catch (error) {
      if (error instanceof CodesRejected) throw new OtpRejectedError(registry, otp.describe(error.codes), { cause: error });
      if (error instanceof WaitPastDeadline) throw new TimeoutError(deadline.seconds, "waiting for a fresh one-time password");
      throw error;
    }
  };
  let code = put.codeForWrites === false ? void 0 : await nextCode();
  let otpRequired = put.codeForWrites === true;
  let rateLimited = 0;
  let transportFailures = 0;
  for (; ; ) {
    if (code) {
      try {
        deadline.check("sending the publish request");
      } catch (error2) {
        otp?.released(code);
        throw error2;
      }
    }
    const started = clock.now();
    let failure;
    let response;
    try {
      response = await write.send(code?.code, deadline.timeout(PUT_TIMEOUT_MS, "the publish request"));
    } catch (error2) {
      failure = { error: error2 };
    }
    const ms = clock.now() - started;
    const status = response?.status ?? 0;
    if (!failure && status >= 300 && status < 400) {
      if (otp && code) otp.released(code);
      const state = version === void 0 ? void 0 : await readRegistryState(name, { ...put.fetchOptions, timeout: deadline.timeout(GET_TIMEOUT_MS, "the version check") }, clock);
      if (version !== void 0 && state?.versions.has(version)) return { otpRequired, code, exists: true, found: state };
      throw new RegistryRedirectError(registry, what, status, response?.headers?.get("location") ?? void 0);
    }
    if (!failure) {
      if (otp && code) otp.accepted(code, bodyBytes, ms);
      return { otpRequired, code, exists: false };
    }
    const { error } = failure;
    const id = version === void 0 ? name : `${name}@${version}`;
    const answer2 = classifyRegistryError(error, { registry, pkg: id, what, writes: true });
    let verdict;
    if (otp && code) {
      if (answer2.kind === "otp" && !answer2.browser) verdict = await otp.rejected(code, bodyBytes, ms, logger);
      else otp.released(code);
    }
    if (answer2.kind === "fail" && answer2.error instanceof RateLimitedError && rateLimited < RATE_LIMIT_RETRIES) {
      const waitMs = Math.min(RATE_LIMIT_MAX_WAIT_MS, answer2.error.retryAfterMs ?? 2e3 * 2 ** rateLimited);
      rateLimited++;
      deadline.check(`waiting ${(waitMs / 1e3).toFixed(0)} s after a 429`, waitMs);
      logger.warning(`The registry answered 429 Too Many Requests; waiting ${(waitMs / 1e3).toFixed(0)} s before trying again (${rateLimited} of ${RATE_LIMIT_RETRIES}).`);
      await clock.sleep(waitMs);
      code = await nextCode();
      continue;
    }
    if (answer2.kind === "fail" && isTransient(error, answer2.error) && transportFailures < TRANSPORT_RETRIES) {
      transportFailures++;
      const waitMs = 1e3 * 2 ** (transportFailures - 1);
      deadline.check("checking the registry after a failed publish request", waitMs);
      logger.warning(`The publish request failed (${shortly(answer2.error)}); ${version === void 0 ? "trying again" : "checking the registry before trying again"}.`);
      await clock.sleep(waitMs);
      if (version !== void 0) {
        const state = await readRegistryState(name, { ...put.fetchOptions, timeout: deadline.timeout(GET_TIMEOUT_MS, "the version check") }, clock);
        if (state.versions.has(version)) return { otpRequired, code, exists: true, found: state };
      }
      code = await nextCode();
      continue;
    }
    if (answer2.kind === "fail") throw answer2.error;
    if (answer2.kind === "exists") return { otpRequired, code, exists: true };
    if (answer2.kind === "staged") return { otpRequired, code, exists: false, staged: true };
    otpRequired = true;
    if (answer2.browser) throw new WebAuthnRequiredError(registry, { cause: error });
    if (!otp && runCodes && put.withheld) throw new RegistryMismatchError(id, put.withheld.registry, put.withheld.workflow, "code", { cause: error });
    if (otp && !code) {
      code = await nextCode();
      continue;
    }
    if (!otp || !code) throw new OtpRequiredError(registry, { cause: error });
    if (verdict === "reuse-refused") {
      logger.info(`The code of time step ${code.step} was taken by another request of this run; waiting for a step of its own.`);
      code = await nextCode(code.step);
      continue;
    }
    rejected.push(code);
    if (rejected.length >= 2) throw new OtpRejectedError(registry, otp.describe(rejected), { cause: error });
    logger.warning(
      `The registry rejected the one-time password from time step ${code.step} (${code.secondsLeft.toFixed(1)} s left when sent). Retrying once with a code from a later step.`
    );
    code = await nextCode(code.step);
  }
}
function shortly(error) {
  if (error instanceof RegistryUnreachableError) return error.detail;
  if (error instanceof RegistryError) return error.detail;
  return error.name;
}
function isTransient(thrown, error) {
  const status = thrown.statusCode;
  return status !== void 0 && status >= 500 || error instanceof RegistryUnreachableError;
}

// src/core/registry/stage.ts
var import_npm_registry_fetch5 = __toESM(require_lib(), 1);
async function stageVersion(pkg, tarball, request) {
  const { name, version } = pkg.manifest;
  const { default: libnpmpublish } = await import("./lib-EW5YZREF.js");
  try {
    const response = await libnpmpublish.publish(pkg.manifest, tarball, {
      ...request.fetchOptions,
      defaultTag: request.tag,
      access: request.access ?? null,
      ...provenanceOptions(pkg, request.provenance),
      stage: true,
      timeout: request.timeout
    });
    return { kind: "staged", stageId: stageIdOf(response.stageId), already: false };
  } catch (error) {
    const answer2 = classifyRegistryError(error, { registry: request.registry, pkg: `${name}@${version}`, what: `staging ${name}@${version}`, writes: true });
    if (answer2.kind === "staged") return { kind: "staged", stageId: await findStageId(name, version, request), already: true };
    if (answer2.kind === "exists") return { kind: "exists" };
    if (answer2.kind === "fail") throw answer2.error;
    throw error;
  }
}
async function findStageId(name, version, request) {
  try {
    const response = await (0, import_npm_registry_fetch5.default)(`/-/stage?package=${escapeName(name)}`, { ...request.fetchOptions, timeout: request.timeout });
    const body = await response.json();
    const list = Array.isArray(body) ? body : body?.objects ?? body?.stages;
    if (!Array.isArray(list)) return "";
    const entry = list.find((item) => item && typeof item === "object" && item.version === version);
    return stageIdOf(entry?.stageId ?? entry?.id);
  } catch {
    return "";
  }
}
function stageIdOf(value) {
  return typeof value === "string" && /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(value) ? value : "";
}

// src/core/publish.ts
async function preparePublish(pkg, request, context) {
  const { logger, clock, config } = context;
  const { name, version } = pkg.manifest;
  const id = `${name}@${version}`;
  const publishConfig = pkg.manifest.publishConfig ?? {};
  const { registry, workflow } = registriesFor(name, pkg.entry, request.registry, publishConfig, config);
  const tag = request.tag ?? tagFromPublishConfig(publishConfig, pkg.entry) ?? "latest";
  const access2 = request.access ?? accessFromPublishConfig(publishConfig, pkg.entry);
  logger.info(`Package ${id} from ${pkg.kind === "tarball" ? "tarball" : "folder"} "${pkg.entry}"`);
  logger.info(text`Registry ${registry.url} (from ${registry.source}), tag "${tag}", access ${access2 ?? "the registry's default"}`);
  const forcedProvenance = request.provenance === true || request.provenance !== false && publishConfig.provenance === true;
  if (forcedProvenance && request.githubActions && !request.idToken) throw new InvalidSettingError("provenance", lines.provenanceNeedsIdToken());
  const subject = { id, name, registry, workflow, folder: pkg.kind === "directory" ? pkg.location : void 0 };
  const plan = planCredentials(subject, request, context);
  if (context.packEarly && request.ignoreScripts) pkg.tarball().catch(() => void 0);
  const state = await readRegistryState(name, { ...plan.fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, "the version check") }, clock);
  const auth = await chooseAuth(plan, subject, state.versions.size > 0, request, context);
  plan.codes?.calibrate(state.date);
  const onTag = state.distTags[tag];
  const oldVersion = typeof onTag === "string" && import_semver3.default.valid(onTag) ? onTag : void 0;
  const base = { name, version, tag, access: access2 ?? "default", registry: registry.url, dryRun: request.dryRun, oldVersion };
  if (request.existing === "compare" && state.versions.has(version)) {
    if (state.versions.get(version) !== integrityOf(await pkg.tarball())) throw new VersionConflictError(id, registry.url);
    const same = plain(`version ${version} is already on the registry with this tarball's contents (same integrity); nothing was sent`);
    logger.info(text`Skipped: ${same}`);
    return { ...base, outcome: "skipped", otpRequired: false, reason: same };
  }
  const skip = skipReason(state, version, oldVersion, tag, request.strategy);
  if (skip) {
    logger.info(text`Skipped: ${skip}`);
    return { ...base, outcome: "skipped", otpRequired: false, reason: skip };
  }
  const provenance = provenanceFor(request, publishConfig, auth, name, access2, logger);
  if (request.ignoreScripts) pkg.tarball().catch(() => void 0);
  return { pkg, name, version, id, registry: registry.url, tag, access: access2, provenance, auth, exists: state.versions.size > 0, base, type: changeType(oldVersion, version) };
}
function changedWhilePacking(prepared) {
  const { name, version } = prepared.pkg.manifest;
  return name !== prepared.name || version !== prepared.version;
}
async function finishPublish(prepared, request, context) {
  const { logger, clock } = context;
  const { pkg, id, registry, tag, access: access2, provenance, auth, base, type } = prepared;
  const { fetchOptions, otp, withheld, codeForWrites: codeForWrites2, via, fallback, note } = auth;
  const { name, version } = pkg.manifest;
  const tarball = await pkg.tarball();
  logger.info(`Tarball: ${tarball.length} bytes`);
  const files = request.dryRun || namesEntries(pkg.manifest) ? await tarballFiles(tarball) : [];
  checkPackage(prepared, files, request, logger);
  if (request.dryRun) {
    const stagedInstead = !request.stage && via === "token" && codeForWrites2 === true && !otp && request.onOtpUnavailable === "stage";
    if (!request.stage && via === "token" && codeForWrites2 === true && !otp && !stagedInstead) throw new OtpRequiredError(registry);
    if (stagedInstead) logger.warning(lines.stagedInstead(id, "no-seed"));
    const staging = request.stage || stagedInstead;
    const would = staging ? "staged" : "published";
    logger.info(`Tarball contents (${files.length} files):`);
    for (const file of files) logger.info(`  ${String(file.size).padStart(9)} B  ${file.path}`);
    logger.notice(lines.dryRunNotSent(id, would));
    return {
      ...base,
      outcome: "published",
      id,
      type,
      otpRequired: via === "token" && codeForWrites2 === true,
      auth: staging ? "staged" : via === "oidc" ? "oidc" : otp && codeForWrites2 !== false ? "token+otp" : "token",
      reason: withNote(`dry run: ${id} would be ${would} to ${registry} with tag "${tag}"; nothing was sent`, note),
      files: files.map((file) => file.path)
    };
  }
  const stageRequest = () => ({ fetchOptions, registry, tag, access: access2, provenance, timeout: context.deadline.timeout(PUT_TIMEOUT_MS, "the staging request") });
  const stage = async () => {
    try {
      return await finishStaged(await stageVersion(pkg, tarball, stageRequest()), prepared, tarball, context);
    } catch (error) {
      const status = error.cause?.statusCode;
      if (!prepared.exists && error instanceof PublishForbiddenError && status === 404) throw new StageNewPackageError(registry, id, error.message, { cause: error });
      throw error;
    }
  };
  if (request.stage) return stage();
  let put;
  let path = { fetchOptions, otp };
  let fellBack = false;
  try {
    try {
      put = await putWithCode(pkg, tarball, { ...path, registry, tag, access: access2, provenance, withheld, codeForWrites: via === "oidc" ? void 0 : codeForWrites2 }, context);
    } catch (error) {
      if (via !== "oidc" || !(error instanceof PublishForbiddenError) || !error.oidcActionDenied) throw error;
      const reason = `the trusted publisher of ${name} does not allow publishing with this workflow (only staging, or another action)`;
      if (!fallback) throw new TrustedPublishingError(id, registry, reason, { cause: error });
      logger.warning(lines.oidcFallback(id, reason, Boolean(fallback.otp)));
      path = fallback;
      fellBack = true;
      put = await putWithCode(pkg, tarball, { ...path, registry, tag, access: access2, provenance, withheld, codeForWrites: codeForWrites2 }, context);
    }
  } catch (error) {
    const why = error instanceof WebAuthnRequiredError ? "webauthn" : error instanceof OtpRequiredError ? "no-seed" : error instanceof StageRequiredError ? "stage-only" : error instanceof TokensDisallowedError ? "tokens-disallowed" : void 0;
    if (!why || request.onOtpUnavailable !== "stage") throw error;
    logger.warning(lines.stagedInstead(id, why));
    return stage();
  }
  const { otpRequired, code, exists: exists2, found } = put;
  const how = via === "oidc" && !fellBack ? "oidc" : code ? "token+otp" : "token";
  if (put.staged) {
    const stageId = await findStageId(name, version, stageRequest());
    logger.info(`${id} is staged already and waits for a maintainer's approval${stageId ? ` (stage ${stageId})` : ""}: not published over it.`);
    return { ...base, outcome: "staged", type, otpRequired, auth: "staged", stageId: stageId || void 0, reason: approvalNote(id, stageId, true) };
  }
  if (exists2) {
    const after = found ?? await readRegistryState(name, { ...fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, "the version check") }, clock);
    if (after.versions.get(version) === integrityOf(tarball)) {
      logger.info(`${id} is on the registry with this tarball's integrity: an earlier attempt stored it`);
      return { ...base, outcome: "published", id, type, otpRequired, auth: how, reason: plain("published (stored by an attempt whose answer was lost; same integrity)") };
    }
    throw new VersionConflictError(id, registry);
  }
  const sent = how === "oidc" ? "through trusted publishing (OIDC)" : code ? `with a one-time password from time step ${code.step} (${code.secondsLeft.toFixed(1)} s left when sent)` : "without a one-time password";
  logger.info(`Published ${id} to ${registry} with tag "${tag}", ${sent}`);
  return { ...base, outcome: "published", id, type, otpRequired, auth: how, reason: withNote(`published ${sent}`, note) };
}
function checkPackage(prepared, files, request, logger) {
  const { pkg, id } = prepared;
  const findings = [];
  const skipped = pkg.kind === "directory" && request.ignoreScripts ? publishScripts(pkg.manifest) : [];
  if (skipped.length) findings.push(lines.scriptsSkipped(skipped));
  const missing = missingEntries(pkg.manifest, files.map((file) => file.path));
  if (missing.length) findings.push(lines.entriesMissing(missing));
  if (!findings.length) return;
  if (request.strict) throw new PackageCheckError(id, findings);
  for (const finding of findings) logger.warning(lines.checkWarning(id, finding));
}
function withNote(reason, note) {
  return plain(note ? `${reason}; ${note}` : reason);
}
async function finishStaged(result, prepared, tarball, context) {
  const { pkg, id, registry, auth, base, type } = prepared;
  if (result.kind === "exists") {
    const after = await readRegistryState(pkg.manifest.name, { ...auth.fetchOptions, timeout: context.deadline.timeout(GET_TIMEOUT_MS, "the version check") }, context.clock);
    if (after.versions.get(pkg.manifest.version) === integrityOf(tarball)) {
      return { ...base, outcome: "published", id, type, otpRequired: false, auth: "token", reason: plain("published already (same integrity)") };
    }
    throw new VersionConflictError(id, registry);
  }
  const { stageId, already } = result;
  context.logger.info(`${already ? `${id} is staged already` : `Staged ${id} on ${registry}`}${stageId ? ` (stage ${stageId})` : ""}: a maintainer approves it with 2FA.`);
  return { ...base, outcome: "staged", type, otpRequired: false, auth: "staged", stageId: stageId || void 0, reason: approvalNote(id, stageId, already) };
}
function approvalNote(id, stageId, already) {
  const approve = stageId ? `npm stage approve ${stageId}` : `npm stage list ${id.slice(0, id.lastIndexOf("@"))}, then npm stage approve <id>`;
  return plain(`${already ? "staged already, waiting" : "staged, waiting"} for a maintainer's approval with 2FA: ${approve} (or the package's staged versions on the registry's website)`);
}
function integrityOf(tarball) {
  return `sha512-${createHash("sha512").update(tarball).digest("base64")}`;
}
function skipReason(state, version, oldVersion, tag, strategy) {
  if (state.versions.has(version)) return plain(`version ${version} is already on the registry`);
  if (strategy === "upgrade" && oldVersion && !import_semver3.default.gt(version, oldVersion)) return lines.notGreater(version, oldVersion, tag);
  return void 0;
}
function changeType(oldVersion, version) {
  if (!oldVersion) return "initial";
  if (!import_semver3.default.valid(oldVersion) || !import_semver3.default.gt(version, oldVersion)) return "different";
  return import_semver3.default.diff(oldVersion, version) ?? "different";
}

// src/core/run.ts
function prefixed(logger, prefix) {
  return {
    info: (message) => logger.info(join(prefix, message)),
    notice: (message) => logger.notice(join(prefix, message)),
    warning: (message) => logger.warning(join(prefix, message)),
    debug: (message) => logger.debug(join(prefix, message)),
    secret: (value) => logger.secret(value)
  };
}
var NotPrepared = class extends Error {
};
function asPublishError(error) {
  return error instanceof PublishError ? error : new UnexpectedError(error);
}
async function findPackages(request, workspaces = new WorkspaceFinder()) {
  const multiple = isMultiple(request);
  const entries2 = await runEntries(request, workspaces);
  const listedByName = new Set(request.workspaceRoot !== void 0 ? [] : request.packages.map((entry) => entry.trim()));
  const outcomes = [];
  const read = await Promise.all(
    entries2.map(async (entry, index) => {
      try {
        return { entry, pkg: await loadPackage(entry, { cwd: request.cwd, ignoreScripts: request.ignoreScripts, env: request.npmEnv, workspaces }) };
      } catch (error) {
        const failure = asPublishError(error);
        outcomes[index] = { entry, outcome: "failed", message: failure.text, error: failure };
        return void 0;
      }
    })
  );
  const names = /* @__PURE__ */ new Map();
  const loaded = [];
  read.forEach((found, index) => {
    if (!found) return;
    const { entry, pkg } = found;
    const { name, version } = pkg.manifest;
    const other = names.get(name);
    if (other !== void 0) throw new InvalidSettingError("packages", `${name} is listed twice, as "${other}" and as "${entry}". List each package once`);
    names.set(name, entry);
    if (pkg.manifest.private === true) {
      const error = new PrivatePackageError(name, entry);
      outcomes[index] = !multiple || listedByName.has(entry) ? { entry, name, version, outcome: "failed", message: error.text, error } : { entry, name, version, outcome: "skipped", message: plain('private package ("private": true)') };
      return;
    }
    loaded.push({ entry, pkg, index });
  });
  return { multiple, loaded, outcomes };
}
function isMultiple(request) {
  return request.workspaceRoot !== void 0 || request.packages.length > 1 || request.packages.some(isGlob);
}
async function startRun(request, { logger, clock, signal }, config, deadline = new Deadline(clock, request.timeoutMs)) {
  const loaded = await config;
  const otp = request.seed ? new OtpSession(request.seed, clock, logger) : void 0;
  const accounts = /* @__PURE__ */ new Map();
  const idTokens = /* @__PURE__ */ new Map();
  return {
    config: loaded,
    otp,
    deadline,
    context: (packageLogger, packEarly) => ({ logger: packageLogger, clock, otp, config: loaded, accounts, idTokens, packEarly, deadline, signal })
  };
}
function loadRunConfig(request, logger) {
  const load = loadNpmConfig({ env: request.npmEnv, cwd: request.cwd, logger });
  load.catch(() => void 0);
  return load;
}
async function publishAll(request, dependencies) {
  try {
    return await run(request, dependencies);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    return { packages: [], multiple: isMultiple(request), error };
  }
}
async function run(request, dependencies) {
  const { logger, onProgress } = dependencies;
  const deadline = new Deadline(dependencies.clock, request.timeoutMs);
  const configLoad = loadRunConfig(request, logger);
  const { multiple, loaded, outcomes } = await findPackages(request);
  const jobs = loaded.map((item) => ({ key: item.pkg.manifest.name, deps: dependencyNames(item.pkg.manifest), item }));
  const shared = await startRun(request, dependencies, configLoad, deadline);
  if (multiple) logger.info(`Publishing ${jobs.length} package(s) in dependency order, up to ${request.concurrency} at once`);
  const contexts = new Map(jobs.map(({ key, item: { pkg } }) => [key, shared.context(multiple ? prefixed(logger, `[${pkg.manifest.name}] `) : logger, !multiple)]));
  let stopping = false;
  const ahead = pLimit(Math.max(8, request.concurrency * 2));
  const prepared = /* @__PURE__ */ new Map();
  for (const { key, item: { pkg } } of jobs) {
    const promise = ahead(() => stopping ? Promise.reject(new NotPrepared()) : preparePublish(pkg, request, contexts.get(key)));
    promise.catch(() => void 0);
    prepared.set(key, promise);
  }
  let finished = 0;
  const done = await runInOrder(jobs, request.concurrency, async ({ key, item: { pkg } }, slot) => {
    const context = { ...contexts.get(key), pause: slot.pause };
    const outcome = await (async () => {
      try {
        const result = await publishPrepared(await prepared.get(key), request, context);
        return { outcome: result.outcome, message: result.reason, result };
      } catch (error) {
        if (error instanceof NotPrepared) return { outcome: "not attempted", message: plain("not attempted: the run stopped before its checks") };
        const failure = asPublishError(error);
        const message = request.dryRun ? lines.dryRunWouldFail(`${pkg.manifest.name}@${pkg.manifest.version}`, failure.text) : failure.text;
        if (multiple) context.logger.warning(request.dryRun ? message : text`Failed: ${failure.text}`);
        if (failure.stopsRun) stopping = true;
        return { outcome: "failed", message, stopAll: failure.stopsRun, error: failure };
      }
    })();
    onProgress?.({ name: pkg.manifest.name, version: pkg.manifest.version, outcome: outcome.outcome, done: ++finished, total: jobs.length });
    return outcome;
  });
  const { otp } = shared;
  if (otp && otp.waitedMs > 0) logger.info(`Waited ${(otp.waitedMs / 1e3).toFixed(1)} s in all for fresh time steps.`);
  for (const job of jobs) {
    const { entry, pkg, index } = job.item;
    const outcome = done.get(job.key);
    outcomes[index] = {
      entry,
      name: pkg.manifest.name,
      version: pkg.manifest.version,
      outcome: outcome.outcome,
      message: outcome.message ?? [],
      result: outcome.result,
      error: outcome.error === void 0 ? void 0 : asPublishError(outcome.error)
    };
  }
  return { packages: outcomes, multiple };
}
async function publishPackage(pkg, request, context) {
  return publishPrepared(await preparePublish(pkg, request, context), request, context);
}
async function publishPrepared(ready, request, context) {
  if ("outcome" in ready) return ready;
  await ready.pkg.tarball();
  if (!changedWhilePacking(ready)) return finishPublish(ready, request, context);
  const { name, version } = ready.pkg.manifest;
  context.logger.warning(`Packing ${ready.id} (its package scripts) changed it to ${name}@${version}: checking the registry for ${name}@${version}, which is what would be sent.`);
  const again = await preparePublish(ready.pkg, request, context);
  return "outcome" in again ? again : finishPublish(again, request, context);
}
function dependencyNames(manifest) {
  const names = /* @__PURE__ */ new Set();
  for (const field of ["dependencies", "optionalDependencies", "peerDependencies"]) {
    const deps = manifest[field];
    if (deps && typeof deps === "object") for (const name of Object.keys(deps)) names.add(name);
  }
  return [...names];
}

// src/relay/environment.ts
import { writeFile } from "node:fs/promises";
import { join as join7 } from "node:path";
var CREDENTIAL_VARIABLE = /^(npm|pnpm)_config_.*(_auth|_authtoken|_password|:username|:email|certfile|keyfile)$|^YARN_NPM_AUTH_(TOKEN|IDENT)$|^YARN_NPM_.*AUTH/i;
var spelling = (name) => name.toLowerCase();
var MIN_TOKEN_LENGTH = 8;
async function clientEnvironment(base, setup) {
  const { relay, credential, scopes, folder, secrets } = setup;
  const host = new URL(relay).host;
  const nerf = `//${host}/`;
  const npmrc = join7(folder, "npmrc");
  const lines2 = [`registry=${relay}`, `${nerf}:_authToken=${credential}`, ...scopes.map((scope) => `${scope}:registry=${relay}`)];
  await writeFile(npmrc, `${lines2.join("\n")}
`, { mode: 384 });
  const ours = {
    npm_config_registry: relay,
    npm_config_userconfig: npmrc,
    pnpm_config_registry: relay,
    [`pnpm_config_${nerf}:_authToken`]: credential,
    YARN_NPM_REGISTRY_SERVER: relay.replace(/\/$/, ""),
    YARN_NPM_PUBLISH_REGISTRY: relay.replace(/\/$/, ""),
    YARN_NPM_AUTH_TOKEN: credential,
    YARN_NPM_ALWAYS_AUTH: "true",
    YARN_UNSAFE_HTTP_WHITELIST: new URL(relay).hostname,
    NPM_TOKEN: credential,
    NODE_AUTH_TOKEN: credential
  };
  for (const scope of scopes) {
    ours[`npm_config_${scope}:registry`] = relay;
    ours[`pnpm_config_${scope}:registry`] = relay;
  }
  const set = new Set(Object.keys(ours).map(spelling));
  const tokens = tokensOf(secrets);
  const env = {};
  for (const [key, value] of Object.entries(base)) {
    if (value === void 0 || CREDENTIAL_VARIABLE.test(key) || set.has(spelling(key))) continue;
    if (secrets.seed && holdsSeed(value, secrets.seed)) continue;
    env[key] = tokens.reduce((result, token) => result.split(token).join(credential), value);
  }
  return Object.assign(env, ours);
}
var tokensOf = (secrets) => secrets.tokens.filter((token) => token.length >= MIN_TOKEN_LENGTH);
function variablesHolding(env, secrets) {
  const tokens = tokensOf(secrets);
  return Object.entries(env).flatMap(
    ([name, value]) => value !== void 0 && (tokens.some((token) => value.includes(token)) || secrets.seed !== void 0 && holdsSeed(value, secrets.seed)) ? [name] : []
  );
}

// src/relay/exec.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdtemp, rm, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join8 } from "node:path";

// src/core/requests.ts
var import_npm_registry_fetch7 = __toESM(require_lib(), 1);

// src/core/registry/forward.ts
var import_npm_registry_fetch6 = __toESM(require_lib(), 1);

// src/core/registry/url.ts
function registryPathUrl(registry, path) {
  const base = new URL(registry);
  const prefix = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`;
  const queryAt = path.indexOf("?");
  const pathPart = queryAt < 0 ? path : path.slice(0, queryAt);
  const query = queryAt < 0 ? "" : path.slice(queryAt);
  if (!pathPart.startsWith("/")) return { refused: 'a path that does not start with "/" (an absolute URL, or none)' };
  if (pathPart.startsWith("//")) return { refused: 'a scheme-relative URL ("//host/...")' };
  if (/[\\#\s]/.test(path) || /[\u0000-\u001f\u007f]/.test(path)) return { refused: "a path with a backslash, a fragment, a space or a control character" };
  const segments = pathPart.slice(1).split("/");
  for (const [index, segment] of segments.entries()) {
    if (segment === "") {
      if (index === segments.length - 1) continue;
      return { refused: 'a path with an empty segment ("//")' };
    }
    const decoded = fullyDecoded(segment);
    if (decoded === void 0) return { refused: "a path with a malformed percent-encoding" };
    if (index === 0 && /^[a-z][a-z0-9+.-]*:/i.test(decoded)) return { refused: "an absolute URL in the path" };
    if (decoded === "." || decoded === "..") return { refused: 'a dot segment ("." or "..", plain or encoded)' };
    if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return { refused: "an encoded backslash or control character" };
    if (decoded.includes("/") && !/^@[^/@.][^/]*\/[^/.][^/]*$/.test(decoded)) return { refused: "an encoded slash outside a scoped package name" };
  }
  const url = `${base.origin}${prefix}${pathPart.slice(1)}${query}`;
  const parsed = new URL(url);
  if (parsed.origin !== base.origin || !parsed.pathname.startsWith(prefix)) return { refused: "a path that leaves the registry's origin and path" };
  return { url };
}
function fullyDecoded(segment) {
  let value = segment;
  for (let round = 0; round < 5 && value.includes("%"); round++) {
    if (/%(?![0-9a-f]{2})/i.test(value)) return void 0;
    try {
      value = decodeURIComponent(value);
    } catch {
      return void 0;
    }
  }
  return /%[0-9a-f]{2}/i.test(value) ? void 0 : value;
}

// src/core/registry/forward.ts
var NOT_FORWARDED = /* @__PURE__ */ new Set(["host", "authorization", "npm-otp", "npm-auth-type", "connection", "keep-alive", "content-length", "transfer-encoding", "accept-encoding", "proxy-authorization", "te", "upgrade"]);
async function forward(registry, request, fetchOptions) {
  const target = registryPathUrl(registry, request.path);
  if ("refused" in target) return target;
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name, value]) => value !== void 0 && !NOT_FORWARDED.has(name.toLowerCase())));
  try {
    const response = await (0, import_npm_registry_fetch6.default)(target.url, { ...fetchOptions, method: request.method, headers, timeout: request.timeoutMs });
    return { status: response.status, headers: response.headers.raw(), body: await response.buffer() };
  } catch (error) {
    return answerOf(error);
  }
}
function answerOf(error) {
  const { statusCode, headers, body } = error;
  if (statusCode === void 0) throw error;
  const data = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === "string" ? body : JSON.stringify(body ?? {}));
  return { status: statusCode, headers: headers ?? {}, body: data };
}

// src/core/requests.ts
function subjectOf(name, publishConfig, request, context) {
  const { registry, workflow } = registriesFor(name ?? "", name ?? ".", request.registry, publishConfig, context.config);
  return { id: name ?? registry.url, name: name ?? "", registry, workflow };
}
function readThrough(name, publishConfig, read, request, context) {
  const subject = subjectOf(name, publishConfig, request, context);
  const { fetchOptions } = credentialsFor(subject, request, context);
  return forward(subject.registry.url, { ...read, timeoutMs: context.deadline.timeout(GET_TIMEOUT_MS * 2, "a read through the relay") }, fetchOptions);
}
async function moveDistTag(name, tag, version, publishConfig, request, context) {
  const subject = subjectOf(name, publishConfig, request, context);
  const what = version ? `setting the dist-tag "${tag}" of ${name} to ${version}` : `removing the dist-tag "${tag}" of ${name}`;
  if (request.dryRun) {
    context.logger.info(`Dry run: ${what} was not sent.`);
    return;
  }
  const plan = planCredentials(subject, { ...request, trustedPublishing: "false" }, context);
  const known = await plan.account;
  if (known?.error !== void 0) throw known.error;
  await sendWithCode(
    {
      name,
      what,
      bodyBytes: 1024,
      send: (code, timeout) => (0, import_npm_registry_fetch7.default)(`/-/package/${escapeName(name)}/dist-tags/${encodeURIComponent(tag)}`, {
        ...plan.fetchOptions,
        method: version ? "PUT" : "DELETE",
        ...version ? { body: JSON.stringify(version), headers: { ...plan.fetchOptions.headers, "content-type": "application/json" } } : {},
        otp: code,
        timeout
      })
    },
    { fetchOptions: plan.fetchOptions, registry: subject.registry.url, otp: plan.codes, withheld: plan.ours ? void 0 : { registry: subject.registry, workflow: subject.workflow }, codeForWrites: known?.value?.codeForWrites },
    context
  );
  context.logger.info(`${version ? `Set the dist-tag "${tag}" of ${name} to ${version}` : `Removed the dist-tag "${tag}" of ${name}`} on ${subject.registry.url}.`);
}

// src/relay/command.ts
import { spawn } from "node:child_process";
var TERMINATE_GRACE_MS = 5e3;
function describeCommand(command) {
  return "shell" in command ? command.shell : command.argv.join(" ");
}
function startCommand(command, cwd, env, onOutput) {
  const options = { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32" };
  const child = "shell" in command ? spawn(command.shell, { ...options, shell: true }) : spawn(command.argv[0], command.argv.slice(1), options);
  for (const stream of ["stdout", "stderr"]) {
    let pending = "";
    child[stream].setEncoding("utf8");
    child[stream].on("data", (chunk) => {
      pending += chunk;
      const parts = pending.split("\n");
      pending = parts.pop() ?? "";
      for (const line of parts) onOutput(stream, line);
    });
    child[stream].on("end", () => {
      if (pending) onOutput(stream, pending);
    });
  }
  const exited = new Promise((resolve4, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve4({ code, signal }));
  });
  exited.catch(() => void 0);
  const onSignal = (signal) => {
    signalGroup(child, signal);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.kill(process.pid, signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  void exited.finally(() => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  });
  return {
    exited,
    async terminate() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, "SIGTERM");
      const killer = setTimeout(() => signalGroup(child, "SIGKILL"), TERMINATE_GRACE_MS);
      await exited.catch(() => void 0);
      clearTimeout(killer);
      signalGroup(child, "SIGKILL");
    }
  };
}
function signalGroup(child, signal) {
  if (child.pid === void 0) return;
  try {
    process.kill(process.platform === "win32" ? child.pid : -child.pid, signal);
  } catch {
  }
}

// src/relay/server.ts
var import_node_http = __toESM(require_http(), 1);
import { timingSafeEqual } from "node:crypto";
import { once } from "node:events";

// src/relay/policy.ts
var PUBLISH_FIELDS = /* @__PURE__ */ new Set(["_id", "name", "description", "dist-tags", "versions", "access", "readme", "_attachments", "maintainers"]);
function nameAt(segments) {
  const first2 = decodeURIComponent(segments[0] ?? "");
  if (!first2) return void 0;
  if (first2.startsWith("@") && !first2.includes("/")) {
    const second = decodeURIComponent(segments[1] ?? "");
    return second ? { name: `${first2}/${second}`, rest: segments.slice(2) } : void 0;
  }
  return { name: first2, rest: segments.slice(1) };
}
function packageOfPath(path) {
  const segments = path.replace(/^\/+/, "").split("?")[0].split("/");
  try {
    if (segments[0] === "-") return segments[1] === "package" ? nameAt(segments.slice(2))?.name : void 0;
    return nameAt(segments)?.name;
  } catch {
    return void 0;
  }
}
function readPublishBody(name, body) {
  let document;
  try {
    document = JSON.parse(body?.toString("utf8") ?? "");
  } catch {
    return { what: `a write of ${name}'s package document that is not JSON` };
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) return { what: `a write of ${name}'s package document that is not an object` };
  const attachments = document._attachments;
  const versions = document.versions;
  if (!attachments || typeof attachments !== "object" || Object.keys(attachments).length === 0) {
    return { what: `a change to ${name}'s package document without a new version (deprecate, owner, or unpublish)` };
  }
  if (document.name !== void 0 && document.name !== name) return { what: `a publish whose document names another package (${String(document.name)})` };
  if (!versions || typeof versions !== "object") return { what: `a publish of ${name} without versions` };
  const extra = Object.keys(document).filter((key) => !PUBLISH_FIELDS.has(key));
  if (extra.length) return { what: `a publish of ${name} that also changes ${extra.join(", ")}` };
  const published = Object.keys(versions);
  if (published.length !== 1) return { what: `a publish of ${name} that changes ${published.length === 0 ? "no version" : `${published.length} versions (${published.join(", ")}); a publish sends one`}` };
  const [version] = published;
  const manifest = versions[version];
  if (!manifest || typeof manifest !== "object" || Array.isArray(manifest)) return { what: `a publish of ${name}@${version} without its manifest` };
  if (manifest.name !== name || manifest.version !== version) return { what: `a publish of ${name}@${version} whose manifest names another package or version` };
  const files = Object.keys(attachments);
  const tarballFile = files.find((file) => file.endsWith(`-${version}.tgz`));
  const bundleFile = files.find((file) => file.endsWith(`-${version}.sigstore`));
  const unknown = files.filter((file) => file !== tarballFile && file !== bundleFile);
  if (!tarballFile || unknown.length) return { what: `a publish of ${name}@${version} whose attachments are not its tarball (${unknown.join(", ") || "none sent"})` };
  const data = attachments[tarballFile]?.data;
  if (typeof data !== "string" || data === "") return { what: `a publish of ${name}@${version} with an empty tarball` };
  const tags = Object.entries(document["dist-tags"] ?? {});
  if (tags.length > 1 || tags.some(([, target]) => target !== version)) return { what: `a publish of ${name} that moves the dist-tag "${tags.find(([, target]) => target !== version)?.[0] ?? tags[1][0]}" to a version it does not publish` };
  const access2 = document.access;
  const bundle = bundleFile ? attachments[bundleFile]?.data : void 0;
  return {
    name,
    version,
    manifest,
    tarball: Buffer.from(data, "base64"),
    tag: tags[0]?.[0],
    access: access2 === "public" || access2 === "restricted" ? access2 : void 0,
    provenance: typeof bundle === "string" ? bundle : void 0
  };
}
function classifyRequest(method, path, body, packages) {
  if (method === "GET" || method === "HEAD") return { kind: "read", name: packageOfPath(path) };
  const segments = path.replace(/^\/+/, "").split("/");
  const ours = (name) => packages.has(name);
  const other = (name) => ({ kind: "refused", what: `a write for ${name}, which is not a package of this run`, name });
  if (segments[0] === "-") {
    if (segments[1] === "package") {
      const found2 = nameAt(segments.slice(2));
      if (found2 && found2.rest[0] === "dist-tags" && found2.rest.length === 2 && (method === "PUT" || method === "DELETE")) {
        if (!ours(found2.name)) return other(found2.name);
        const tag = decodeURIComponent(found2.rest[1]);
        if (method === "DELETE") return { kind: "dist-tag", name: found2.name, tag };
        const version = distTagVersion(body);
        return version ? { kind: "dist-tag", name: found2.name, tag, version } : { kind: "refused", what: `a dist-tag of ${found2.name} whose body is not a version`, name: found2.name };
      }
      if (found2 && found2.rest[0] === "access") return { kind: "refused", what: `a change of ${found2.name}'s access or 2FA settings`, name: found2.name };
      if (found2 && found2.rest[0] === "collaborators") return { kind: "refused", what: `a change of ${found2.name}'s collaborators`, name: found2.name };
    }
    if (segments[1] === "stage" && segments[2] === "package" && method === "POST") {
      const found2 = nameAt(segments.slice(3));
      if (found2 && found2.rest.length === 0) {
        if (!ours(found2.name)) return other(found2.name);
        const read2 = readPublishBody(found2.name, body);
        return "what" in read2 ? { kind: "refused", what: read2.what, name: found2.name } : { kind: "stage", ...read2 };
      }
    }
    return { kind: "refused", what: describeAccountWrite(segments) };
  }
  const found = nameAt(segments);
  if (!found) return { kind: "refused", what: "a write to the registry itself" };
  if (!ours(found.name)) return other(found.name);
  if (found.rest.length > 0) {
    return { kind: "refused", what: `${method === "DELETE" ? "an unpublish" : "a change"} of ${found.name} at a revision (unpublish, owner, or deprecate)`, name: found.name };
  }
  if (method !== "PUT") return { kind: "refused", what: `a ${method} of ${found.name}'s package document (unpublish)`, name: found.name };
  const read = readPublishBody(found.name, body);
  return "what" in read ? { kind: "refused", what: read.what, name: found.name } : { kind: "publish", ...read };
}
function distTagVersion(body) {
  try {
    const value = JSON.parse(body?.toString("utf8") ?? "");
    return typeof value === "string" && /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function describeAccountWrite(segments) {
  const [, area, next] = segments;
  if (area === "user" || area === "v1" && next === "login") return "a login or a change of the account";
  if (area === "npm" && next === "v1") {
    const what = segments[3];
    if (what === "tokens") return "a change of the account's tokens";
    if (what === "user") return "a change of the account's profile";
    if (what === "hooks") return "a change of the account's hooks";
    if (what === "oidc") return "a trusted publishing token exchange (the relay publishes with the run's own credentials)";
  }
  if (area === "org" || area === "team") return "a change of an organisation or a team";
  if (area === "stage") return "an approval or rejection of a staged version (a maintainer does that with 2FA)";
  return `a write to /${segments.join("/")}`;
}

// src/relay/server.ts
var MAX_BODY_BYTES = 300 * 1024 * 1024;
var NOT_RETURNED = /* @__PURE__ */ new Set(["connection", "keep-alive", "content-length", "content-encoding", "transfer-encoding"]);
async function startRelay(options) {
  const expected = Buffer.from(`Bearer ${options.credential}`);
  const inFlight = /* @__PURE__ */ new Set();
  const server = import_node_http.default.createServer((request, response) => {
    const done = receive(request, options, expected).then(
      (answer2) => {
        if (!request.complete) {
          response.setHeader("connection", "close");
          response.on("finish", () => request.destroy());
        }
        reply(response, scrub(answer2, options.secrets()));
      },
      (error) => reply(response, json(502, `npm-otp-publish relay: ${error instanceof Error ? error.message : String(error)}`))
    );
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  let closed;
  return {
    url: `http://127.0.0.1:${port}/`,
    // Once: later calls wait for the same close.
    close: () => closed ??= (async () => {
      server.close();
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
    })()
  };
}
async function readBody(request, limit) {
  if (Number(request.headers["content-length"] ?? 0) > limit) return void 0;
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) return void 0;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
async function receive(request, options, expected) {
  const method = (request.method ?? "GET").toUpperCase();
  const path = request.url ?? "/";
  const pathname = path.split("?")[0];
  const refuse = (status, what, answer2) => {
    options.onRefused({ method, path: pathname, what, status });
    return json(status, answer2);
  };
  const given = Buffer.from(request.headers.authorization ?? "");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return refuse(401, "a request without the run's credential", "npm-otp-publish relay: this request does not carry the credential of the run; nothing was forwarded");
  }
  const bound = registryPathUrl(options.registry, path);
  if ("refused" in bound) return refuse(400, `${bound.refused}, which would leave the registry`, `npm-otp-publish relay refused ${bound.refused}: requests go to the registry of the run and nowhere else; nothing was forwarded`);
  const reads = method === "GET" || method === "HEAD";
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const body = reads ? void 0 : await readBody(request, limit);
  const mib = `${Math.round(limit / 1024 / 1024)} MiB`;
  if (!reads && body === void 0) return refuse(413, `a body over ${mib}`, `npm-otp-publish relay: the request body is over ${mib}, more than a registry accepts for a publish; nothing was forwarded`);
  const action = classifyRequest(method, pathname, body?.length ? body : void 0, options.packages);
  if (action.kind === "refused") {
    return refuse(403, action.what, `npm-otp-publish relay refused ${action.what}: a release publishes new versions, stages them and moves dist-tags of its own packages, nothing else; nothing was forwarded`);
  }
  return options.handle({ method, path, headers: request.headers, action });
}
function scrub(answer2, secrets) {
  const present = secrets.filter((secret) => secret.length >= 6 && (answer2.body.includes(secret) || JSON.stringify(answer2.headers).includes(secret)));
  if (present.length === 0) return answer2;
  const clean2 = (text2) => present.reduce((result, secret) => result.split(secret).join("***"), text2);
  const headers = Object.fromEntries(Object.entries(answer2.headers).map(([name, value]) => [name, Array.isArray(value) ? value.map(clean2) : clean2(value)]));
  return { ...answer2, headers, body: Buffer.from(clean2(answer2.body.toString("utf8"))) };
}
function answer(status, body) {
  return { status, headers: { "content-type": "application/json" }, body: Buffer.from(JSON.stringify(body)) };
}
function json(status, error) {
  return answer(status, { error });
}
function reply(response, answer2) {
  const headers = Object.fromEntries(Object.entries(answer2.headers).filter(([name]) => !NOT_RETURNED.has(name.toLowerCase())));
  response.writeHead(answer2.status, { ...headers, "content-length": answer2.body.length });
  response.end(answer2.body);
}

// src/relay/exec.ts
async function execWithRelay(request, { logger: log, clock, onOutput, say, beforeCommand }) {
  const secrets = new Set(request.token ? [request.token] : []);
  const logger = {
    info: (message) => log.info(message),
    notice: (message) => log.notice(message),
    warning: (message) => log.warning(message),
    debug: (message) => log.debug(message),
    secret: (value) => {
      secrets.add(value);
      log.secret(value);
    }
  };
  const aborter = new AbortController();
  const deadline = new Deadline(clock, request.timeoutMs);
  let run2;
  let packages;
  let workflow;
  try {
    const config = loadRunConfig(request, logger);
    const found = await findPackages(request);
    const failed = found.outcomes.find((outcome) => outcome?.outcome === "failed");
    if (failed?.error) throw failed.error;
    run2 = await startRun(request, { logger, clock, signal: aborter.signal }, config, deadline);
    packages = new Map(found.loaded.map(({ pkg }) => [pkg.manifest.name, pkg]));
    if (packages.size === 0) throw new InvalidSettingError("packages", `no package to publish in "${request.cwd}" (only private ones). Point it at the packages the command publishes`);
    workflow = registriesFor("", ".", request.registry, {}, run2.config).workflow.url;
    checkCredentials(request, run2, workflow);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    return { exitCode: null, packages: [], refusals: [], error };
  }
  for (const pkg of packages.values()) {
    const own = pkg.manifest.publishConfig?.registry;
    const { registry } = registriesFor(pkg.manifest.name, pkg.entry, void 0, pkg.manifest.publishConfig ?? {}, run2.config);
    if (typeof own === "string" && registry.url !== workflow) logger.warning(text`${pkg.manifest.name} names ${registry.url} (${registry.source}): its client publishes there, around the relay, and the relay's credential is no use there.`);
  }
  beforeCommand?.({ tokens: [...secrets], seed: request.seed });
  const folder = await mkdtemp(join8(tmpdir(), "npm-otp-publish-exec-"));
  const state = new RelayState({ request, run: run2, packages, logger, say, folder, signal: aborter.signal });
  const credential = randomBytes2(32).toString("hex");
  log.secret(credential);
  const relay = await startRelay({
    registry: workflow,
    packages: new Set(packages.keys()),
    credential,
    handle: (relayed) => state.handle(relayed),
    onRefused: (refusal) => state.refused(refusal),
    secrets: () => [...secrets]
  });
  try {
    const scopes = [...new Set([...packages.keys()].filter((name) => name.startsWith("@")).map((name) => name.slice(0, name.indexOf("/"))))];
    const env = await clientEnvironment(request.commandEnv, { relay: relay.url, credential, scopes, folder, secrets: { tokens: [...secrets], seed: request.seed } });
    logger.info(`Relay for ${workflow} on ${relay.url}: ${packages.size} package(s) of this run may be published through it (${[...packages.keys()].join(", ")}).`);
    const command = startCommand(request.command, request.cwd, env, onOutput);
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        logger.warning(`The time limit (${deadline.seconds} s) has passed: stopping the command and every request in flight.`);
        aborter.abort();
        void command.terminate();
      },
      Math.max(0, deadline.at - clock.now())
    );
    let exit;
    try {
      exit = await command.exited;
    } catch (error) {
      return { exitCode: null, packages: state.outcomes, refusals: state.refusals, error: new CommandError(describeCommand(request.command), error.code ?? String(error), { cause: error }) };
    } finally {
      clearTimeout(timer);
    }
    await relay.close();
    if (run2.otp && run2.otp.waitedMs > 0) logger.info(`Waited ${(run2.otp.waitedMs / 1e3).toFixed(1)} s in all for fresh time steps.`);
    const ended = { exitCode: exit.code, signal: exit.signal ?? void 0, packages: state.outcomes, refusals: state.refusals };
    return timedOut ? { ...ended, error: new TimeoutError(deadline.seconds, "the command and its publish requests") } : ended;
  } finally {
    await relay.close();
    await rm(folder, { recursive: true, force: true });
  }
}
function packagesByDefault(request, named) {
  return named ? request : { ...request, packages: [], workspaceRoot: ".", includeRoot: true };
}
function checkCredentials(request, run2, workflow) {
  if (request.token || hasCredentials(workflow, run2.config)) return;
  if (request.trustedPublishing !== "false" && request.idToken) return;
  throw new TokenMissingError(workflow);
}
var RelayState = class {
  outcomes = [];
  refusals = [];
  /** `name@version` of every version this run published (or would, in a dry run) and staged. */
  #published = /* @__PURE__ */ new Set();
  #staged = /* @__PURE__ */ new Set();
  /** `name\0tag` of every dist-tag this run set: the ones it may remove again. */
  #tags = /* @__PURE__ */ new Set();
  #bundles = 0;
  request;
  run;
  packages;
  logger;
  say;
  /** A folder of the run's own (provenance bundles the command sent). */
  folder;
  /** Aborted when the run's time is up. */
  signal;
  constructor(parts) {
    this.request = parts.request;
    this.run = parts.run;
    this.packages = parts.packages;
    this.logger = parts.logger;
    this.say = parts.say;
    this.folder = parts.folder;
    this.signal = parts.signal;
  }
  refused(refusal) {
    this.refusals.push(refusal);
    this.logger.warning(`The relay refused ${refusal.what} (${refusal.method} ${refusal.path}): nothing was forwarded.`);
  }
  async handle({ method, path, headers, action }) {
    if (action.kind === "read") {
      const publishConfig = action.name && this.packages.get(action.name)?.manifest.publishConfig || {};
      const answer2 = await readThrough(action.name, publishConfig, { method, path, headers }, this.request, this.run.context(this.logger, false));
      if ("refused" in answer2) {
        this.refused({ method, path: path.split("?")[0], what: answer2.refused, status: 400 });
        return json(400, `npm-otp-publish relay refused ${answer2.refused}; nothing was forwarded`);
      }
      return notRedirected(answer2);
    }
    if (action.kind === "dist-tag") return this.#distTag(method, path, action);
    return this.#publish(action);
  }
  /** A publish or a staging request: the core's publish of that package, with the client's tarball, tag and access. */
  async #publish(write) {
    const { name, version } = write;
    const id = `${name}@${version}`;
    const logger = prefixed(this.logger, `[${name}] `);
    try {
      const provenanceFile = write.provenance ? join8(this.folder, `provenance-${++this.#bundles}.sigstore`) : void 0;
      if (provenanceFile) await writeFile2(provenanceFile, write.provenance);
      const pkg = packageFromPublish(`${id} (through the relay)`, write.manifest, write.tarball, provenanceFile);
      const request = {
        ...this.request,
        tag: write.tag ?? this.request.tag,
        access: write.access ?? this.request.access,
        stage: this.request.stage || write.kind === "stage",
        strategy: "all",
        existing: "compare",
        ignoreScripts: true
      };
      const result = await publishPackage(pkg, request, this.run.context(logger, true));
      this.outcomes.push({ entry: id, name, version, outcome: result.outcome, message: result.reason, result });
      if (result.outcome === "staged") this.#staged.add(id);
      else this.#published.add(id);
      this.#tags.add(`${name}\0${result.tag}`);
      return answerOf2(result, write.kind);
    } catch (error) {
      const failure = this.signal.aborted ? new TimeoutError(this.run.deadline.seconds, `publishing ${id}`) : asPublishError(error);
      const message = this.request.dryRun ? lines.dryRunWouldFail(id, failure.text) : failure.text;
      logger.warning(this.request.dryRun ? message : text`Failed: ${failure.text}`);
      this.outcomes.push({ entry: id, name, version, outcome: "failed", message, error: failure });
      return this.#failure(failure, version);
    }
  }
  /** A dist-tag: only for a version this run published or staged, or (to remove it) a tag this run set. */
  async #distTag(method, path, { name, tag, version }) {
    const id = version ? `${name}@${version}` : name;
    const ours = version ? this.#published.has(id) || this.#staged.has(id) : this.#tags.has(`${name}\0${tag}`);
    if (!ours) {
      const what = version ? `a dist-tag "${tag}" of ${name} that points at ${version}, which this run did not publish or stage` : `the removal of the dist-tag "${tag}" of ${name}, which this run did not set`;
      this.refused({ method, path: path.split("?")[0], what, status: 403 });
      return json(403, `npm-otp-publish relay refused ${what}: a release moves the dist-tags of its own versions, nothing else; nothing was forwarded`);
    }
    if (version && this.#staged.has(id)) {
      this.logger.warning(`${id} is staged, not published: the dist-tag "${tag}" cannot point at it until a maintainer approves it (approval publishes it with the tag it was staged with).`);
      return answer(200, { ok: true });
    }
    try {
      await moveDistTag(name, tag, version, this.packages.get(name)?.manifest.publishConfig ?? {}, this.request, this.run.context(prefixed(this.logger, `[${name}] `), false));
      if (version) this.#tags.add(`${name}\0${tag}`);
      else this.#tags.delete(`${name}\0${tag}`);
      return answer(200, { ok: true });
    } catch (error) {
      const failure = this.signal.aborted ? new TimeoutError(this.run.deadline.seconds, `moving the dist-tag "${tag}" of ${name}`) : asPublishError(error);
      this.logger.warning(text`[${name}] Moving the dist-tag "${tag}" failed: ${failure.text}`);
      this.outcomes.push({ entry: `${name} dist-tag ${tag}`, name, version, outcome: "failed", message: failure.text, error: failure });
      return this.#failure(failure, version);
    }
  }
  /**
   * A failure as the command's answer: 400 for a package it cannot publish as sent, 403 for what
   * authentication refused and for a version that exists with other contents (npmjs's answer, which
   * release tools recognise), 424 otherwise. Never 5xx, which clients retry: the run has already
   * retried what can be retried.
   */
  #failure(failure, version) {
    const said = `npm-otp-publish: ${this.say(failure.text)}`;
    if (failure.code === "ECONFLICT") return json(403, `You cannot publish over the previously published versions: ${version}. ${said}`);
    const kind = kindOf(failure.code);
    return json(kind === "usage" ? 400 : kind === "auth" ? 403 : 424, said);
  }
};
function answerOf2(result, asked) {
  const stageId = result.stageId ?? "";
  if (asked === "stage") return answer(201, { stageId });
  return answer(result.outcome === "skipped" ? 200 : 201, { ok: true, success: true, ...result.outcome === "staged" ? { stageId } : {} });
}
function notRedirected(answer2) {
  if (answer2.status < 300 || answer2.status >= 400 || answer2.status === 304) return answer2;
  const location = [answer2.headers.location ?? answer2.headers.Location].flat()[0];
  let origin = "no Location";
  try {
    origin = location ? new URL(location).origin : origin;
  } catch {
    origin = "an invalid Location";
  }
  return json(502, `npm-otp-publish relay: the registry answered with a redirect (${answer2.status} to ${origin}), which is never followed`);
}

// src/core/settings.ts
function seedSetting(raw) {
  try {
    return parseSeed(raw);
  } catch (error) {
    if (error instanceof SeedError) throw new InvalidSeedError(error.message);
    throw error;
  }
}
function secretSettings(token, rawSeed, setSecret) {
  const trimmed = token.trim();
  if (trimmed) setSecret(trimmed);
  for (const form of seedForms(rawSeed, void 0)) setSecret(form);
  const seed = rawSeed.trim() ? seedSetting(rawSeed) : void 0;
  for (const form of seedForms(rawSeed, seed)) setSecret(form);
  return { token: trimmed || void 0, seed };
}
function registrySetting(value) {
  const parsed = registryUrl(value);
  if ("problem" in parsed) throw new InvalidSettingError("registry", parsed.problem);
  return parsed.url;
}
function tagSetting(value) {
  const tag = value.trim();
  const problem = tagProblem(tag);
  if (problem) throw new InvalidSettingError("tag", problem);
  return tag;
}
function choiceSetting(setting, value, allowed) {
  const choice = value.trim();
  if (allowed.includes(choice)) return choice;
  throw new InvalidSettingError(setting, `"${choice}" is not one of ${allowed.map((a2) => `"${a2}"`).join(", ")}`);
}
function integerSetting(setting, value, min, max) {
  const text2 = value.trim();
  const number = Number(text2);
  if (!/^\d+$/.test(text2) || number < min || number > max) throw new InvalidSettingError(setting, `"${text2}" is not a whole number from ${min} to ${max}`);
  return number;
}

// src/core/results.ts
function resultEntries(run2, say, messages = "unless-published") {
  return run2.packages.map((pkg) => ({
    name: pkg.name ?? "",
    version: pkg.version ?? "",
    outcome: pkg.outcome,
    tag: pkg.result?.tag ?? "",
    auth: pkg.result?.auth ?? "",
    ...pkg.outcome === "staged" ? { stageId: pkg.result?.stageId ?? "" } : {},
    ...pkg.error ? { code: pkg.error.code } : {},
    ...pkg.outcome !== "published" || messages === "always" ? { message: say(pkg.message) } : {},
    ...pkg.result?.files ? { files: pkg.result.files } : {}
  }));
}

// src/env.ts
function idTokenSource(env) {
  if (env.NPM_ID_TOKEN) return { kind: "given", token: env.NPM_ID_TOKEN };
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    return { kind: "github", url: env.ACTIONS_ID_TOKEN_REQUEST_URL, requestToken: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
  }
  return void 0;
}

export {
  systemClock,
  oneLine,
  SecretScrubber,
  scrubbed,
  render,
  kindOf,
  PublishError,
  InvalidSettingError,
  messageOf,
  textOf,
  secondsLeftInStep,
  codeAt,
  publishAll,
  variablesHolding,
  execWithRelay,
  packagesByDefault,
  secretSettings,
  registrySetting,
  tagSetting,
  choiceSetting,
  integerSetting,
  idTokenSource,
  resultEntries
};
