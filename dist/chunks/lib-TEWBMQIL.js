import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  require_commonjs
} from "./chunk-4LNXCXCL.js";
import {
  require_lib2 as require_lib3
} from "./chunk-GF3WE5YB.js";
import "./chunk-PXCHAHIT.js";
import {
  require_ini,
  require_lib7 as require_lib2
} from "./chunk-LL6KGBOI.js";
import {
  require_lib
} from "./chunk-FMINVKSF.js";
import {
  require_nopt,
  require_type_defs,
  require_umask
} from "./chunk-CT2IS4OC.js";
import "./chunk-2RZSGZTM.js";
import {
  __commonJS,
  __require
} from "./chunk-UZUV7YZO.js";

// node_modules/@npmcli/config/lib/nerf-dart.js
var require_nerf_dart = __commonJS({
  "node_modules/@npmcli/config/lib/nerf-dart.js"(exports, module) {
    var { URL } = __require("node:url");
    module.exports = (url) => {
      const parsed = new URL(url);
      const from = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
      const rel = new URL(".", from);
      const res = `//${rel.host}${rel.pathname}`;
      return res;
    };
  }
});

// node_modules/@npmcli/config/lib/env-replace.js
var require_env_replace = __commonJS({
  "node_modules/@npmcli/config/lib/env-replace.js"(exports, module) {
    var envExpr = /(?<!\\)(\\*)\$\{([^${}?]+)(\?)?\}/g;
    module.exports = (f, env) => f.replace(envExpr, (orig, esc, name, modifier) => {
      const fallback = modifier === "?" ? "" : `\${${name}}`;
      const val = env[name] !== void 0 ? env[name] : fallback;
      if (esc.length % 2) {
        return orig.slice((esc.length + 1) / 2);
      }
      return esc.slice(esc.length / 2) + val;
    });
  }
});

// node_modules/@npmcli/config/lib/parse-field.js
var require_parse_field = __commonJS({
  "node_modules/@npmcli/config/lib/parse-field.js"(exports, module) {
    var typeDefs = require_type_defs();
    var envReplace = require_env_replace();
    var { resolve } = __require("node:path");
    var { parse: umaskParse } = require_umask();
    var parseField = (f, key, opts, listElement = false) => {
      if (typeof f !== "string" && !Array.isArray(f)) {
        return f;
      }
      const { platform, types, home, env } = opts;
      const typeList = new Set([].concat(types[key]));
      const isPath = typeList.has(typeDefs.path.type);
      const isBool = typeList.has(typeDefs.Boolean.type);
      const isString = isPath || typeList.has(typeDefs.String.type);
      const isUmask = typeList.has(typeDefs.Umask.type);
      const isNumber = typeList.has(typeDefs.Number.type);
      const isList = !listElement && typeList.has(Array);
      const isDate = typeList.has(typeDefs.Date.type);
      if (Array.isArray(f)) {
        return !isList ? f : f.map((field) => parseField(field, key, opts, true));
      }
      f = f.trim();
      if (isList) {
        return parseField(f.split("\n\n"), key, opts);
      }
      if (isBool && !isString && f === "") {
        return true;
      }
      if (!isString && !isPath && !isNumber) {
        switch (f) {
          case "true":
            return true;
          case "false":
            return false;
          case "null":
            return null;
          case "undefined":
            return void 0;
        }
      }
      f = envReplace(f, env);
      if (isDate) {
        return new Date(f);
      }
      if (isPath) {
        const homePattern = platform === "win32" ? /^~(\/|\\)/ : /^~\//;
        if (homePattern.test(f) && home) {
          f = resolve(home, f.slice(2));
        } else {
          f = resolve(f);
        }
      }
      if (isUmask) {
        try {
          return umaskParse(f);
        } catch (er) {
          return f;
        }
      }
      if (isNumber && !isNaN(f)) {
        f = +f;
      }
      return f;
    };
    module.exports = parseField;
  }
});

// node_modules/@npmcli/config/lib/set-envs.js
var require_set_envs = __commonJS({
  "node_modules/@npmcli/config/lib/set-envs.js"(exports, module) {
    var envKey = (key, val) => {
      return !/^[/@_]/.test(key) && typeof envVal(val) === "string" && `npm_config_${key.replace(/-/g, "_").toLowerCase()}`;
    };
    var envVal = (val) => Array.isArray(val) ? val.map((v) => envVal(v)).join("\n\n") : val === null || val === void 0 || val === false ? "" : typeof val === "object" ? null : String(val);
    var sameConfigValue = (def, val) => !Array.isArray(val) || !Array.isArray(def) ? def === val : sameArrayValue(def, val);
    var sameArrayValue = (def, val) => {
      if (def.length !== val.length) {
        return false;
      }
      for (let i = 0; i < def.length; i++) {
        if (def[i] !== val[i]) {
          return false;
        }
      }
      return true;
    };
    var setEnv = (env, rawKey, rawVal) => {
      const val = envVal(rawVal);
      const key = envKey(rawKey, val);
      if (key && val !== null) {
        env[key] = val;
      }
    };
    var setEnvs = (config) => {
      const {
        env,
        defaults,
        definitions,
        list: [cliConf, envConf]
      } = config;
      env.INIT_CWD = process.cwd();
      const cliSet = new Set(Object.keys(cliConf));
      const envSet = new Set(Object.keys(envConf));
      for (const key in cliConf) {
        const { deprecated, envExport = true } = definitions[key] || {};
        if (deprecated || envExport === false) {
          continue;
        }
        if (sameConfigValue(defaults[key], cliConf[key])) {
          if (!sameConfigValue(envConf[key], cliConf[key])) {
            setEnv(env, key, cliConf[key]);
          }
        } else {
          if (!(envSet.has(key) && !cliSet.has(key))) {
            setEnv(env, key, cliConf[key]);
          }
        }
      }
      env.HOME = config.home;
      env.npm_config_global_prefix = config.globalPrefix;
      env.npm_config_local_prefix = config.localPrefix;
      if (cliConf.editor) {
        env.EDITOR = cliConf.editor;
      }
      if (cliConf["node-options"]) {
        env.NODE_OPTIONS = cliConf["node-options"];
      }
      env.npm_config_node_gyp = cliConf["node-gyp"];
      env.npm_config_npm_version = cliConf["npm-version"] || "unknown";
      env.npm_execpath = config.npmBin;
      env.NODE = env.npm_node_execpath = config.execPath;
    };
    module.exports = setEnvs;
  }
});

// node_modules/@npmcli/config/lib/errors.js
var require_errors = __commonJS({
  "node_modules/@npmcli/config/lib/errors.js"(exports, module) {
    "use strict";
    var ErrInvalidAuth = class extends Error {
      constructor(problems) {
        let message = "Invalid auth configuration found: ";
        message += problems.map((problem) => {
          if (problem.action === "delete") {
            return `\`${problem.key}\` is not allowed in ${problem.where} config`;
          } else if (problem.action === "rename") {
            return `\`${problem.from}\` must be renamed to \`${problem.to}\` in ${problem.where} config`;
          }
        }).join(", ");
        message += "\nPlease run `npm config fix` to repair your configuration.`";
        super(message);
        this.code = "ERR_INVALID_AUTH";
        this.problems = problems;
      }
    };
    module.exports = {
      ErrInvalidAuth
    };
  }
});

// node_modules/@npmcli/config/lib/type-description.js
var require_type_description = __commonJS({
  "node_modules/@npmcli/config/lib/type-description.js"(exports, module) {
    var typeDefs = require_type_defs();
    var typeDescription = (t) => {
      if (!t || typeof t !== "function" && typeof t !== "object") {
        return t;
      }
      if (Array.isArray(t)) {
        return t.map((t2) => typeDescription(t2));
      }
      for (const { type, description } of Object.values(typeDefs)) {
        if (type === t) {
          return description || type;
        }
      }
      return t;
    };
    module.exports = (t) => [].concat(typeDescription(t)).filter((t2) => t2 !== void 0);
  }
});

// node_modules/@npmcli/config/lib/index.js
var require_lib4 = __commonJS({
  "node_modules/@npmcli/config/lib/index.js"(exports, module) {
    var { walkUp } = require_commonjs();
    var ini = require_ini();
    var nopt = require_nopt();
    var { log, time } = require_lib();
    var { resolve, dirname, join } = __require("node:path");
    var { homedir } = __require("node:os");
    var {
      readFile,
      writeFile,
      chmod,
      unlink,
      stat,
      mkdir
    } = __require("node:fs/promises");
    var internalEnv = [
      "npm-version",
      "global-prefix",
      "local-prefix"
    ];
    var fileExists = (...p) => stat(resolve(...p)).then((st) => st.isFile()).catch(() => false);
    var dirExists = (...p) => stat(resolve(...p)).then((st) => st.isDirectory()).catch(() => false);
    var hasOwnProperty = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
    var typeDefs = require_type_defs();
    var nerfDart = require_nerf_dart();
    var envReplace = require_env_replace();
    var parseField = require_parse_field();
    var setEnvs = require_set_envs();
    var confFileTypes = /* @__PURE__ */ new Set([
      "global",
      "user",
      "project"
    ]);
    var confTypes = /* @__PURE__ */ new Set([
      "default",
      "builtin",
      ...confFileTypes,
      "env",
      "cli"
    ]);
    var Config = class {
      #loaded = false;
      #flatten;
      // populated the first time we flatten the object
      #flatOptions = null;
      #warnings = [];
      // Unknown configs collected during load(), aggregated and thrown by `BaseCommand.validateCli` once command-specific definitions are known.
      // Entries: { where, key, baseKey, source }. `baseKey` is non-null only for scoped keys (e.g. `<nerfdart>:foo`) and holds the trailing segment.
      // `env` and `publishConfig` entries warn instead of error.
      #unknownConfigs = [];
      static get typeDefs() {
        return typeDefs;
      }
      constructor({
        definitions,
        shorthands,
        flatten,
        nerfDarts = [],
        npmPath,
        // options just to override in tests, mostly
        env = process.env,
        argv = process.argv,
        platform = process.platform,
        execPath = process.execPath,
        cwd = process.cwd(),
        excludeNpmCwd = false,
        warn = true
      }) {
        this.nerfDarts = nerfDarts;
        this.definitions = definitions;
        const { types, defaults, deprecated } = getTypesFromDefinitions(definitions);
        this.deprecated = deprecated;
        this.#flatten = flatten;
        this.types = types;
        this.shorthands = shorthands;
        this.defaults = defaults;
        this.npmPath = npmPath;
        this.npmBin = join(this.npmPath, "bin/npm-cli.js");
        this.argv = argv;
        this.env = env;
        this.execPath = execPath;
        this.platform = platform;
        this.cwd = cwd;
        this.excludeNpmCwd = excludeNpmCwd;
        this.globalPrefix = null;
        this.localPrefix = null;
        this.localPackage = null;
        this.home = null;
        const wheres = [...confTypes];
        this.data = /* @__PURE__ */ new Map();
        let parent = null;
        for (const where of wheres) {
          this.data.set(where, parent = new ConfigData(parent));
        }
        this.data.set = () => {
          throw new Error("cannot change internal config data structure");
        };
        this.data.delete = () => {
          throw new Error("cannot change internal config data structure");
        };
        this.sources = /* @__PURE__ */ new Map([]);
        for (const { data } of this.data.values()) {
          this.list.unshift(data);
        }
        this.#loaded = false;
        this.warn = warn;
      }
      get list() {
        const list = [];
        for (const { data } of this.data.values()) {
          list.unshift(data);
        }
        return list;
      }
      get loaded() {
        return this.#loaded;
      }
      get prefix() {
        return this.#get("global") ? this.globalPrefix : this.localPrefix;
      }
      // return the location where key is found.
      find(key) {
        if (!this.loaded) {
          throw new Error("call config.load() before reading values");
        }
        const entries = [...this.data.entries()];
        for (let i = entries.length - 1; i > -1; i--) {
          const [where, { data }] = entries[i];
          if (hasOwnProperty(data, key)) {
            return where;
          }
        }
        return null;
      }
      get(key, where) {
        if (!this.loaded) {
          throw new Error("call config.load() before reading values");
        }
        return this.#get(key, where);
      }
      // we need to get values sometimes, so use this internal one to do so
      // while in the process of loading.
      #get(key, where = null) {
        if (where !== null && !confTypes.has(where)) {
          throw new Error("invalid config location param: " + where);
        }
        const { data } = this.data.get(where || "cli");
        return where === null || hasOwnProperty(data, key) ? data[key] : void 0;
      }
      set(key, val, where = "cli") {
        if (!this.loaded) {
          throw new Error("call config.load() before setting values");
        }
        if (!confTypes.has(where)) {
          throw new Error("invalid config location param: " + where);
        }
        this.#checkDeprecated(key);
        const { data, raw } = this.data.get(where);
        data[key] = val;
        if (["global", "user", "project"].includes(where)) {
          raw[key] = val;
        }
        this.data.get(where)[_valid] = null;
        this.#flatOptions = null;
      }
      get flat() {
        if (this.#flatOptions) {
          return this.#flatOptions;
        }
        const timeEnd = time.start("config:load:flatten");
        this.#flatOptions = {};
        for (const { data } of this.data.values()) {
          this.#flatten(data, this.#flatOptions);
        }
        this.#flatOptions.nodeBin = this.execPath;
        this.#flatOptions.npmBin = this.npmBin;
        timeEnd();
        return this.#flatOptions;
      }
      delete(key, where = "cli") {
        if (!this.loaded) {
          throw new Error("call config.load() before deleting values");
        }
        if (!confTypes.has(where)) {
          throw new Error("invalid config location param: " + where);
        }
        const { data, raw } = this.data.get(where);
        delete data[key];
        if (["global", "user", "project"].includes(where)) {
          delete raw[key];
        }
        this.data.get(where)[_valid] = null;
        this.#flatOptions = null;
      }
      async load() {
        if (this.loaded) {
          throw new Error("attempting to load npm config multiple times");
        }
        this.loadDefaults();
        await this.loadBuiltinConfig();
        this.loadCLI();
        this.loadEnv();
        await this.loadProjectConfig();
        await this.loadUserConfig();
        await this.loadGlobalConfig();
        this.#loaded = true;
        this.globalPrefix = this.get("prefix");
        this.setEnvs();
      }
      loadDefaults() {
        this.loadGlobalPrefix();
        this.loadHome();
        const defaultsObject = {
          ...this.defaults,
          prefix: this.globalPrefix
        };
        try {
          defaultsObject["npm-version"] = __require(join(this.npmPath, "package.json")).version;
        } catch {
        }
        this.#loadObject(defaultsObject, "default", "default values");
        const { data } = this.data.get("default");
        Object.defineProperty(data, "globalconfig", {
          get: () => resolve(this.#get("prefix"), "etc/npmrc"),
          set(value) {
            Object.defineProperty(data, "globalconfig", {
              value,
              configurable: true,
              writable: true,
              enumerable: true
            });
          },
          configurable: true,
          enumerable: true
        });
        Object.defineProperty(data, "global-ignore-file", {
          get: () => resolve(this.#get("prefix"), "etc/npmignore"),
          set(value) {
            Object.defineProperty(data, "global-ignore-file", {
              value,
              configurable: true,
              writable: true,
              enumerable: true
            });
          },
          configurable: true,
          enumerable: true
        });
      }
      loadHome() {
        this.home = this.env.HOME || homedir();
      }
      loadGlobalPrefix() {
        if (this.globalPrefix) {
          throw new Error("cannot load default global prefix more than once");
        }
        if (this.env.PREFIX) {
          this.globalPrefix = this.env.PREFIX;
        } else if (this.platform === "win32") {
          this.globalPrefix = dirname(this.execPath);
        } else {
          this.globalPrefix = dirname(dirname(this.execPath));
          if (this.env.DESTDIR) {
            this.globalPrefix = join(this.env.DESTDIR, this.globalPrefix);
          }
        }
      }
      loadEnv() {
        const conf = /* @__PURE__ */ Object.create(null);
        for (const [envKey, envVal] of Object.entries(this.env)) {
          if (!/^npm_config_/i.test(envKey) || envVal === "") {
            continue;
          }
          let key = envKey.slice("npm_config_".length);
          if (!key.startsWith("//")) {
            key = key.replace(/(?!^)_/g, "-").toLowerCase();
          }
          conf[key] = envVal;
        }
        this.#loadObject(conf, "env", "environment");
      }
      loadCLI() {
        for (const s of Object.keys(this.shorthands)) {
          if (s.length > 1 && this.argv.includes(`-${s}`)) {
            throw Object.assign(
              new Error(`-${s} is not a valid single-hyphen cli flag. Did you mean --${s}?`),
              { code: "EUNKNOWNCONFIG" }
            );
          }
        }
        nopt.invalidHandler = (k, val, type) => this.invalidHandler(k, val, type, "command line options", "cli");
        nopt.unknownHandler = (k, next) => this.unknownHandler(k, next);
        nopt.abbrevHandler = this.abbrevHandler;
        const conf = nopt(this.types, this.shorthands, this.argv);
        nopt.invalidHandler = null;
        nopt.unknownHandler = null;
        this.parsedArgv = conf.argv;
        delete conf.argv;
        this.#loadObject(conf, "cli", "command line options");
      }
      get valid() {
        for (const [where, { valid }] of this.data.entries()) {
          if (valid === false || valid === null && !this.validate(where)) {
            return false;
          }
        }
        return true;
      }
      validate(where) {
        if (!where) {
          let valid = true;
          const authProblems = [];
          for (const entryWhere of this.data.keys()) {
            if (entryWhere === "default" || entryWhere === "builtin" || entryWhere === "cli") {
              continue;
            }
            const ret = this.validate(entryWhere);
            valid = valid && ret;
            if (["global", "user", "project"].includes(entryWhere)) {
              for (const key of ["_authtoken", "-authtoken"]) {
                if (this.get(key, entryWhere)) {
                  authProblems.push({ action: "delete", key, where: entryWhere });
                }
              }
              const nerfedReg = nerfDart(this.get("registry"));
              for (const key of ["_auth", "_authToken", "username", "_password"]) {
                if (this.get(key, entryWhere)) {
                  if (key === "username" && !this.get("_password", entryWhere)) {
                    authProblems.push({ action: "delete", key, where: entryWhere });
                  } else if (key === "_password" && !this.get("username", entryWhere)) {
                    authProblems.push({ action: "delete", key, where: entryWhere });
                  } else {
                    authProblems.push({
                      action: "rename",
                      from: key,
                      to: `${nerfedReg}:${key}`,
                      where: entryWhere
                    });
                  }
                }
              }
              if (this.get("email", entryWhere)) {
                authProblems.push({
                  action: "rename",
                  from: "email",
                  to: `${nerfedReg}:email`,
                  where: entryWhere
                });
              }
              for (const key of ["certfile", "keyfile"]) {
                if (this.get(key, entryWhere)) {
                  const pair = key === "certfile" ? "keyfile" : "certfile";
                  if (!this.get(pair, entryWhere)) {
                    authProblems.push({ action: "delete", key, where: entryWhere });
                  } else {
                    authProblems.push({
                      action: "rename",
                      from: key,
                      to: `${nerfedReg}:${key}`,
                      where: entryWhere
                    });
                  }
                }
              }
            }
          }
          if (authProblems.length) {
            const { ErrInvalidAuth } = require_errors();
            throw new ErrInvalidAuth(authProblems);
          }
          return valid;
        } else {
          const obj = this.data.get(where);
          obj[_valid] = true;
          nopt.invalidHandler = (k, val, type) => this.invalidHandler(k, val, type, obj.source, where);
          nopt.clean(obj.data, this.types, typeDefs);
          nopt.invalidHandler = null;
          return obj[_valid];
        }
      }
      // fixes problems identified by validate(), accepts the 'problems' property from a thrown
      // ErrInvalidAuth to avoid having to check everything again
      repair(problems) {
        if (!problems) {
          try {
            this.validate();
          } catch (err) {
            if (err.code !== "ERR_INVALID_AUTH") {
              throw err;
            }
            problems = err.problems;
          } finally {
            if (!problems) {
              problems = [];
            }
          }
        }
        for (const problem of problems) {
          if (problem.action === "delete") {
            this.delete(problem.key, problem.where);
          } else if (problem.action === "rename") {
            if (this.find(problem.to) !== null) {
              this.delete(problem.from, problem.where);
            } else {
              const raw = this.data.get(problem.where).raw?.[problem.from];
              const calculated = this.get(problem.from, problem.where);
              this.set(problem.to, raw || calculated, problem.where);
              this.delete(problem.from, problem.where);
            }
          }
        }
      }
      // Returns true if the value is coming directly from the source defined
      // in default definitions, if the current value for the key config is
      // coming from any other different source, returns false
      isDefault(key) {
        const [defaultType, ...types] = [...confTypes];
        const defaultData = this.data.get(defaultType).data;
        return hasOwnProperty(defaultData, key) && types.every((type) => {
          const typeData = this.data.get(type).data;
          return !hasOwnProperty(typeData, key);
        });
      }
      invalidHandler(k, val, type, source, where) {
        const typeDescription = require_type_description();
        log.warn(
          "invalid config",
          k + "=" + JSON.stringify(val),
          `set in ${source}`
        );
        this.data.get(where)[_valid] = false;
        if (Array.isArray(type)) {
          if (type.includes(typeDefs.url.type)) {
            type = typeDefs.url.type;
          } else {
            if (type.includes(typeDefs.path.type)) {
              type = typeDefs.path.type;
            }
          }
        }
        const typeDesc = typeDescription(type);
        const mustBe = typeDesc.filter((m) => m !== void 0 && m !== Array);
        const msg = "Must be" + this.#getOneOfKeywords(mustBe, typeDesc);
        const desc = mustBe.length === 1 ? mustBe[0] : [...new Set(mustBe.map((n) => typeof n === "string" ? n : JSON.stringify(n)))].join(", ");
        log.warn("invalid config", msg, desc);
      }
      abbrevHandler(short, long) {
        throw Object.assign(
          new Error(`Invalid abbreviated flag "--${short}". Did you mean "--${long}"?`),
          { code: "EUNKNOWNCONFIG" }
        );
      }
      unknownHandler(key, next) {
        if (next) {
          this.queueWarning(`unknown:${next}`, `"${next}" is being parsed as a normal command line argument.`);
        }
      }
      #getOneOfKeywords(mustBe, typeDesc) {
        let keyword;
        if (mustBe.length === 1 && typeDesc.includes(Array)) {
          keyword = " one or more";
        } else if (mustBe.length > 1 && typeDesc.includes(Array)) {
          keyword = " one or more of:";
        } else if (mustBe.length > 1) {
          keyword = " one of:";
        } else {
          keyword = "";
        }
        return keyword;
      }
      #loadObject(obj, where, source, er = null) {
        const conf = this.data.get(where);
        if (conf.source) {
          const m = `double-loading "${where}" configs from ${source}, previously loaded from ${conf.source}`;
          throw new Error(m);
        }
        if (this.sources.has(source)) {
          const m = `double-loading config "${source}" as "${where}", previously loaded as "${this.sources.get(source)}"`;
          throw new Error(m);
        }
        conf.source = source;
        this.sources.set(source, where);
        if (er) {
          conf.loadError = er;
          if (er.code !== "ENOENT") {
            log.verbose("config", `error loading ${where} config`, er);
          }
        } else {
          conf.raw = obj;
          outer: for (const [key, value] of Object.entries(obj)) {
            const k = envReplace(key, this.env);
            const v = this.parseField(value, k);
            if (where !== "default") {
              this.#checkDeprecated(k);
              if (this.definitions[key]?.exclusive) {
                for (const exclusive of this.definitions[key].exclusive) {
                  if (!this.isDefault(exclusive)) {
                    if (where === "env") {
                      const cliData = this.data.get("cli").data;
                      if (Object.hasOwn(cliData, exclusive)) {
                        continue outer;
                      }
                    }
                    throw new TypeError(`--${key} cannot be provided when using --${exclusive}`);
                  }
                }
              }
            }
            if (where !== "default" || key === "npm-version") {
              this.checkUnknown(where, key, source);
            }
            conf.data[k] = v;
          }
        }
      }
      checkUnknown(where, key, source = null) {
        if (this.definitions[key]) {
          return;
        }
        if (internalEnv.includes(key)) {
          return;
        }
        const scoped = key.includes(":");
        let baseKey = null;
        if (scoped) {
          baseKey = key.split(":").pop();
          if (this.definitions[baseKey] || this.nerfDarts.includes(baseKey)) {
            return;
          }
        }
        const entry = { where, key, baseKey, source: source ?? this.data.get(where)?.source ?? null };
        this.#unknownConfigs.push(entry);
        if (where === "publishConfig") {
          const hint = " See `npm help npmrc` for supported config options.";
          const msg = scoped ? `Unknown ${where} config "${baseKey}" (${key}). This will stop working in the next major version of npm.${hint}` : `Unknown ${where} config "${key}". This will stop working in the next major version of npm.${hint}`;
          this.queueWarning(scoped ? baseKey : key, msg);
          return;
        }
        if (where === "env") {
          const hint = " See `npm help npmrc` for supported config options.";
          const msg = scoped ? `Unknown ${where} config "${baseKey}" (${key}). This will error in a future major version of npm.${hint}` : `Unknown ${where} config "${key}". This will error in a future major version of npm.${hint}`;
          this.queueWarning(scoped ? baseKey : key, msg);
        }
      }
      // Returns unknown-config entries for a given source ('cli', 'builtin', 'project', 'user', 'global') or all entries except `env` and `publishConfig` when omitted.
      getUnknownConfigs(where) {
        if (where) {
          return this.#unknownConfigs.filter((u) => u.where === where);
        }
        return this.#unknownConfigs.filter((u) => u.where !== "env" && u.where !== "publishConfig");
      }
      #checkDeprecated(key) {
        if (this.deprecated[key]) {
          log.warn("config", key, this.deprecated[key]);
        }
      }
      // Parse a field, coercing it to the best type available.
      parseField(f, key, listElement = false) {
        return parseField(f, key, this, listElement);
      }
      async #loadFile(file, type) {
        log.silly("config", `load:file:${file}`);
        await readFile(file, "utf8").then(
          (data) => {
            const parsedConfig = ini.parse(data);
            if (type === "project" && parsedConfig.prefix) {
              log.error("config", `prefix cannot be changed from project config: ${file}.`);
            }
            return this.#loadObject(parsedConfig, type, file);
          },
          (er) => this.#loadObject(null, type, file, er)
        );
      }
      loadBuiltinConfig() {
        return this.#loadFile(resolve(this.npmPath, "npmrc"), "builtin");
      }
      async loadProjectConfig() {
        await this.loadLocalPrefix();
        if (this.localPackage == null) {
          this.localPackage = await fileExists(this.localPrefix, "package.json");
        }
        if (this.#get("global") === true || this.#get("location") === "global") {
          this.data.get("project").source = "(global mode enabled, ignored)";
          this.sources.set(this.data.get("project").source, "project");
          return;
        }
        const projectFile = resolve(this.localPrefix, ".npmrc");
        if (projectFile !== this.#get("userconfig")) {
          return this.#loadFile(projectFile, "project");
        } else {
          this.data.get("project").source = '(same as "user" config, ignored)';
          this.sources.set(this.data.get("project").source, "project");
        }
      }
      async loadLocalPrefix() {
        const cliPrefix = this.#get("prefix", "cli");
        if (cliPrefix) {
          this.localPrefix = cliPrefix;
          return;
        }
        const cliWorkspaces = this.#get("workspaces", "cli");
        const isGlobal = this.#get("global") || this.#get("location") === "global";
        for (const p of walkUp(this.cwd)) {
          if (this.excludeNpmCwd && p === this.npmPath) {
            break;
          }
          const hasPackageJson = await fileExists(p, "package.json");
          if (!this.localPrefix && (hasPackageJson || await dirExists(p, "node_modules"))) {
            this.localPrefix = p;
            this.localPackage = hasPackageJson;
            if (cliWorkspaces === false || isGlobal) {
              return;
            }
            continue;
          }
          if (this.localPrefix && hasPackageJson) {
            const pkgJson = require_lib2();
            const { content: pkg } = await pkgJson.normalize(p).catch(() => ({ content: {} }));
            if (!pkg?.workspaces) {
              continue;
            }
            const mapWorkspaces = require_lib3();
            const workspaces = await mapWorkspaces({ cwd: p, pkg });
            for (const w of workspaces.values()) {
              if (w === this.localPrefix) {
                if (await fileExists(this.localPrefix, ".npmrc")) {
                  log.warn("config", `ignoring workspace config at ${this.localPrefix}/.npmrc`);
                }
                const { data } = this.data.get("default");
                data.workspace = [this.localPrefix];
                this.localPrefix = p;
                this.localPackage = hasPackageJson;
                log.info("config", `found workspace root at ${this.localPrefix}`);
                return;
              }
            }
          }
        }
        if (!this.localPrefix) {
          this.localPrefix = this.cwd;
        }
      }
      loadUserConfig() {
        return this.#loadFile(this.#get("userconfig"), "user");
      }
      loadGlobalConfig() {
        return this.#loadFile(this.#get("globalconfig"), "global");
      }
      async save(where) {
        if (!this.loaded) {
          throw new Error("call config.load() before saving");
        }
        if (!confFileTypes.has(where)) {
          throw new Error("invalid config location param: " + where);
        }
        const conf = this.data.get(where);
        conf[_loadError] = null;
        if (where === "user") {
        }
        const iniData = ini.stringify(conf.raw).trim() + "\n";
        if (!iniData.trim()) {
          await unlink(conf.source).catch(() => {
          });
          return;
        }
        const dir = dirname(conf.source);
        await mkdir(dir, { recursive: true });
        await writeFile(conf.source, iniData, "utf8");
        const mode = where === "user" ? 384 : 438;
        await chmod(conf.source, mode);
      }
      clearCredentialsByURI(uri, level = "user") {
        const nerfed = nerfDart(uri);
        const def = nerfDart(this.get("registry"));
        if (def === nerfed) {
          this.delete(`-authtoken`, level);
          this.delete(`_authToken`, level);
          this.delete(`_authtoken`, level);
          this.delete(`_auth`, level);
          this.delete(`_password`, level);
          this.delete(`username`, level);
        }
        this.delete(`${nerfed}:_authToken`, level);
        this.delete(`${nerfed}:_auth`, level);
        this.delete(`${nerfed}:_password`, level);
        this.delete(`${nerfed}:username`, level);
        this.delete(`${nerfed}:email`, level);
        this.delete(`${nerfed}:certfile`, level);
        this.delete(`${nerfed}:keyfile`, level);
      }
      setCredentialsByURI(uri, { token, username, password, certfile, keyfile }) {
        const nerfed = nerfDart(uri);
        this.delete(`${nerfed}:always-auth`, "user");
        if (certfile && keyfile) {
          this.set(`${nerfed}:certfile`, certfile, "user");
          this.set(`${nerfed}:keyfile`, keyfile, "user");
        }
        if (token) {
          this.set(`${nerfed}:_authToken`, token, "user");
          this.delete(`${nerfed}:_password`, "user");
          this.delete(`${nerfed}:username`, "user");
        } else if (username || password) {
          if (!username) {
            throw new Error("must include username");
          }
          if (!password) {
            throw new Error("must include password");
          }
          this.delete(`${nerfed}:_authToken`, "user");
          this.set(`${nerfed}:username`, username, "user");
          const encoded = Buffer.from(password, "utf8").toString("base64");
          this.set(`${nerfed}:_password`, encoded, "user");
        } else if (!certfile || !keyfile) {
          throw new Error("No credentials to set.");
        }
      }
      // this has to be a bit more complicated to support legacy data of all forms
      getCredentialsByURI(uri) {
        const nerfed = nerfDart(uri);
        const creds = {};
        const email = this.get(`${nerfed}:email`) || this.get("email");
        if (email) {
          creds.email = email;
        }
        const certfileReg = this.get(`${nerfed}:certfile`);
        const keyfileReg = this.get(`${nerfed}:keyfile`);
        if (certfileReg && keyfileReg) {
          creds.certfile = certfileReg;
          creds.keyfile = keyfileReg;
        }
        const tokenReg = this.get(`${nerfed}:_authToken`);
        if (tokenReg) {
          creds.token = tokenReg;
          return creds;
        }
        const userReg = this.get(`${nerfed}:username`);
        const passReg = this.get(`${nerfed}:_password`);
        if (userReg && passReg) {
          creds.username = userReg;
          creds.password = Buffer.from(passReg, "base64").toString("utf8");
          const auth = `${creds.username}:${creds.password}`;
          creds.auth = Buffer.from(auth, "utf8").toString("base64");
          return creds;
        }
        const authReg = this.get(`${nerfed}:_auth`);
        if (authReg) {
          const authDecode = Buffer.from(authReg, "base64").toString("utf8");
          const authSplit = authDecode.split(":");
          creds.username = authSplit.shift();
          creds.password = authSplit.join(":");
          creds.auth = authReg;
          return creds;
        }
        return creds;
      }
      // set up the environment object we have with npm_config_* environs
      // for all configs that are different from their default values, and
      // set EDITOR and HOME.
      setEnvs() {
        setEnvs(this);
      }
      removeWarning(key) {
        this.#warnings = this.#warnings.filter((w) => w.type !== key);
      }
      getUnknownPositionals() {
        return this.#warnings.filter((w) => w.type.startsWith("unknown:")).map((w) => w.type.slice("unknown:".length));
      }
      removeUnknownPositional(value) {
        this.removeWarning(`unknown:${value}`);
      }
      queueWarning(type, ...args) {
        if (!this.warn) {
          this.#warnings.push({ type, args });
        } else {
          log.warn(...args);
        }
      }
      logWarnings() {
        for (const warning of this.#warnings) {
          log.warn(...warning.args);
        }
        this.#warnings = [];
      }
    };
    var _loadError = /* @__PURE__ */ Symbol("loadError");
    var _valid = /* @__PURE__ */ Symbol("valid");
    var ConfigData = class {
      #data;
      #source = null;
      #raw = null;
      constructor(parent) {
        this.#data = Object.create(parent && parent.data);
        this.#raw = {};
        this[_valid] = true;
      }
      get data() {
        return this.#data;
      }
      get valid() {
        return this[_valid];
      }
      set source(s) {
        if (this.#source) {
          throw new Error("cannot set ConfigData source more than once");
        }
        this.#source = s;
      }
      get source() {
        return this.#source;
      }
      set loadError(e) {
        if (this[_loadError] || Object.keys(this.#raw).length) {
          throw new Error("cannot set ConfigData loadError after load");
        }
        this[_loadError] = e;
      }
      get loadError() {
        return this[_loadError];
      }
      set raw(r) {
        if (Object.keys(this.#raw).length || this[_loadError]) {
          throw new Error("cannot set ConfigData raw after load");
        }
        this.#raw = r;
      }
      get raw() {
        return this.#raw;
      }
    };
    var getTypesFromDefinitions = (definitions) => {
      const types = {};
      const defaults = {};
      const deprecated = {};
      for (const [key, def] of Object.entries(definitions)) {
        defaults[key] = def.default;
        types[key] = def.type;
        if (def.deprecated) {
          deprecated[key] = def.deprecated.trim().replace(/\n +/, "\n");
        }
      }
      return { types, defaults, deprecated };
    };
    module.exports = Config;
    module.exports.getTypesFromDefinitions = getTypesFromDefinitions;
  }
});
export default require_lib4();
