import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  require_valid
} from "./chunk-2RZSGZTM.js";
import {
  __commonJS,
  __require
} from "./chunk-UZUV7YZO.js";

// node_modules/abbrev/lib/index.js
var require_lib = __commonJS({
  "node_modules/abbrev/lib/index.js"(exports, module) {
    module.exports = abbrev;
    function abbrev(...args) {
      let list = args;
      if (args.length === 1 && (Array.isArray(args[0]) || typeof args[0] === "string")) {
        list = [].concat(args[0]);
      }
      for (let i = 0, l = list.length; i < l; i++) {
        list[i] = typeof list[i] === "string" ? list[i] : String(list[i]);
      }
      list = list.sort(lexSort);
      const abbrevs = {};
      let prev = "";
      for (let ii = 0, ll = list.length; ii < ll; ii++) {
        const current = list[ii];
        const next = list[ii + 1] || "";
        let nextMatches = true;
        let prevMatches = true;
        if (current === next) {
          continue;
        }
        let j = 0;
        const cl = current.length;
        for (; j < cl; j++) {
          const curChar = current.charAt(j);
          nextMatches = nextMatches && curChar === next.charAt(j);
          prevMatches = prevMatches && curChar === prev.charAt(j);
          if (!nextMatches && !prevMatches) {
            j++;
            break;
          }
        }
        prev = current;
        if (j === cl) {
          abbrevs[current] = current;
          continue;
        }
        for (let a = current.slice(0, j); j <= cl; j++) {
          abbrevs[a] = current;
          a += current.charAt(j);
        }
      }
      return abbrevs;
    }
    function lexSort(a, b) {
      return a === b ? 0 : a > b ? 1 : -1;
    }
  }
});

// node_modules/nopt/lib/type-defs.js
var require_type_defs = __commonJS({
  "node_modules/nopt/lib/type-defs.js"(exports, module) {
    var os = __require("node:os");
    var path = __require("node:path");
    var { Stream } = __require("node:stream");
    var { URL } = __require("node:url");
    function validateString(data, k, val) {
      data[k] = String(val);
    }
    function validatePath(data, k, val) {
      if (val === true) {
        return false;
      }
      if (val === null) {
        return true;
      }
      val = String(val);
      const isWin = process.platform === "win32";
      const homePattern = isWin ? /^~(\/|\\)/ : /^~\//;
      const home = os.homedir();
      if (home && val.match(homePattern)) {
        data[k] = path.resolve(home, val.slice(2));
      } else {
        data[k] = path.resolve(val);
      }
      return true;
    }
    function validateNumber(data, k, val) {
      if (isNaN(val)) {
        return false;
      }
      data[k] = +val;
    }
    function validateDate(data, k, val) {
      const s = Date.parse(val);
      if (isNaN(s)) {
        return false;
      }
      data[k] = new Date(val);
    }
    function validateBoolean(data, k, val) {
      if (typeof val === "string") {
        if (!isNaN(val)) {
          val = !!+val;
        } else if (val === "null" || val === "false") {
          val = false;
        } else {
          val = true;
        }
      } else {
        val = !!val;
      }
      data[k] = val;
    }
    function validateUrl(data, k, val) {
      const parsed = URL.parse(String(val));
      if (!parsed) {
        return false;
      }
      data[k] = parsed.href;
    }
    function validateStream(data, k, val) {
      if (!(val instanceof Stream)) {
        return false;
      }
      data[k] = val;
    }
    module.exports = {
      String: { type: String, validate: validateString },
      Boolean: { type: Boolean, validate: validateBoolean },
      url: { type: URL, validate: validateUrl },
      Number: { type: Number, validate: validateNumber },
      path: { type: path, validate: validatePath },
      Stream: { type: Stream, validate: validateStream },
      Date: { type: Date, validate: validateDate },
      Array: { type: Array }
    };
  }
});

// node_modules/nopt/lib/nopt-lib.js
var require_nopt_lib = __commonJS({
  "node_modules/nopt/lib/nopt-lib.js"(exports, module) {
    var abbrev = require_lib();
    var defaultTypeDefs = require_type_defs();
    var hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
    var getType = (k, { types, dynamicTypes }) => {
      let hasType = hasOwn(types, k);
      let type = types[k];
      if (!hasType && typeof dynamicTypes === "function") {
        const matchedType = dynamicTypes(k);
        if (matchedType !== void 0) {
          type = matchedType;
          hasType = true;
        }
      }
      return [hasType, type];
    };
    var isTypeDef = (type, def) => def && type === def;
    var hasTypeDef = (type, def) => def && type.indexOf(def) !== -1;
    var doesNotHaveTypeDef = (type, def) => def && !hasTypeDef(type, def);
    function nopt(args, {
      types,
      shorthands,
      typeDefs,
      invalidHandler,
      // opt is configured but its value does not validate against given type
      unknownHandler,
      // opt is not configured
      abbrevHandler,
      // opt is being expanded via abbrev
      typeDefault,
      dynamicTypes
    } = {}) {
      const data = {};
      const argv = {
        remain: [],
        cooked: args,
        original: args.slice(0)
      };
      parse(args, data, argv.remain, {
        typeDefs,
        types,
        dynamicTypes,
        shorthands,
        unknownHandler,
        abbrevHandler
      });
      clean(data, { types, dynamicTypes, typeDefs, invalidHandler, typeDefault });
      data.argv = argv;
      Object.defineProperty(data.argv, "toString", {
        value: function() {
          return this.original.map(JSON.stringify).join(" ");
        },
        enumerable: false
      });
      return data;
    }
    function clean(data, {
      types = {},
      typeDefs = {},
      dynamicTypes,
      invalidHandler,
      typeDefault
    } = {}) {
      const StringType = typeDefs.String?.type;
      const NumberType = typeDefs.Number?.type;
      const ArrayType = typeDefs.Array?.type;
      const BooleanType = typeDefs.Boolean?.type;
      const DateType = typeDefs.Date?.type;
      const hasTypeDefault = typeof typeDefault !== "undefined";
      if (!hasTypeDefault) {
        typeDefault = [false, true, null];
        if (StringType) {
          typeDefault.push(StringType);
        }
        if (ArrayType) {
          typeDefault.push(ArrayType);
        }
      }
      const remove = {};
      Object.keys(data).forEach((k) => {
        if (k === "argv") {
          return;
        }
        let val = data[k];
        const isArray = Array.isArray(val);
        let [hasType, rawType] = getType(k, { types, dynamicTypes });
        let type = rawType;
        if (!isArray) {
          val = [val];
        }
        if (!type) {
          type = typeDefault;
        }
        if (isTypeDef(type, ArrayType)) {
          type = typeDefault.concat(ArrayType);
        }
        if (!Array.isArray(type)) {
          type = [type];
        }
        val = val.map((v) => {
          if (typeof v === "string") {
            v = v.trim();
            if (v === "null" && ~type.indexOf(null) || v === "true" && (~type.indexOf(true) || hasTypeDef(type, BooleanType)) || v === "false" && (~type.indexOf(false) || hasTypeDef(type, BooleanType))) {
              v = JSON.parse(v);
            } else if (hasTypeDef(type, NumberType) && !isNaN(v)) {
              v = +v;
            } else if (hasTypeDef(type, DateType) && !isNaN(Date.parse(v))) {
              v = new Date(v);
            }
          }
          if (!hasType) {
            if (!hasTypeDefault) {
              return v;
            }
            rawType = typeDefault;
          }
          if (v === false && ~type.indexOf(null) && !(~type.indexOf(false) || hasTypeDef(type, BooleanType))) {
            v = null;
          }
          const d = {};
          d[k] = v;
          if (!validate(d, k, v, rawType, { typeDefs })) {
            if (invalidHandler) {
              invalidHandler(k, v, rawType, data);
            }
            return remove;
          }
          return d[k];
        }).filter((v) => v !== remove);
        if (!val.length && doesNotHaveTypeDef(type, ArrayType)) {
          delete data[k];
        } else if (isArray) {
          data[k] = val;
        } else {
          data[k] = val[0];
        }
      });
    }
    function validate(data, k, val, type, { typeDefs } = {}) {
      const ArrayType = typeDefs?.Array?.type;
      if (Array.isArray(type)) {
        for (let i = 0, l = type.length; i < l; i++) {
          if (isTypeDef(type[i], ArrayType)) {
            continue;
          }
          if (validate(data, k, val, type[i], { typeDefs })) {
            return true;
          }
        }
        delete data[k];
        return false;
      }
      if (isTypeDef(type, ArrayType)) {
        return true;
      }
      if (type !== type) {
        delete data[k];
        return false;
      }
      if (val === type) {
        data[k] = val;
        return true;
      }
      let ok = false;
      const types = Object.keys(typeDefs);
      for (let i = 0, l = types.length; i < l; i++) {
        const t = typeDefs[types[i]];
        if (t && (type && type.name && t.type && t.type.name ? type.name === t.type.name : type === t.type)) {
          const d = {};
          ok = t.validate(d, k, val) !== false;
          val = d[k];
          if (ok) {
            data[k] = val;
            break;
          }
        }
      }
      if (!ok) {
        delete data[k];
      }
      return ok;
    }
    function parse(args, data, remain, {
      types = {},
      typeDefs = {},
      shorthands = {},
      dynamicTypes,
      unknownHandler,
      abbrevHandler
    } = {}) {
      const StringType = typeDefs.String?.type;
      const NumberType = typeDefs.Number?.type;
      const ArrayType = typeDefs.Array?.type;
      const BooleanType = typeDefs.Boolean?.type;
      const abbrevs = abbrev(Object.keys(types));
      const shortAbbr = abbrev(Object.keys(shorthands));
      for (let i = 0; i < args.length; i++) {
        let arg = args[i];
        if (arg.match(/^-{2,}$/)) {
          remain.push.apply(remain, args.slice(i + 1));
          args[i] = "--";
          break;
        }
        let hadEq = false;
        if (arg.charAt(0) === "-" && arg.length > 1) {
          const at = arg.indexOf("=");
          if (at > -1) {
            hadEq = true;
            const v = arg.slice(at + 1);
            arg = arg.slice(0, at);
            args.splice(i, 1, arg, v);
          }
          const shRes = resolveShort(arg, shortAbbr, abbrevs, { shorthands, abbrevHandler });
          if (shRes) {
            args.splice.apply(args, [i, 1].concat(shRes));
            if (arg !== shRes[0]) {
              i--;
              continue;
            }
          }
          arg = arg.replace(/^-+/, "");
          let no = null;
          while (arg.toLowerCase().indexOf("no-") === 0) {
            no = !no;
            arg = arg.slice(3);
          }
          if (abbrevs[arg] && abbrevs[arg] !== arg) {
            if (abbrevHandler) {
              abbrevHandler(arg, abbrevs[arg]);
            }
            arg = abbrevs[arg];
          }
          let [hasType, argType] = getType(arg, { types, dynamicTypes });
          let isTypeArray = Array.isArray(argType);
          if (isTypeArray && argType.length === 1) {
            isTypeArray = false;
            argType = argType[0];
          }
          let isArray = isTypeDef(argType, ArrayType) || isTypeArray && hasTypeDef(argType, ArrayType);
          if (!hasType && hasOwn(data, arg)) {
            if (!Array.isArray(data[arg])) {
              data[arg] = [data[arg]];
            }
            isArray = true;
          }
          let val;
          let la = args[i + 1];
          const isBool = typeof no === "boolean" || isTypeDef(argType, BooleanType) || isTypeArray && hasTypeDef(argType, BooleanType) || typeof argType === "undefined" && !hadEq || la === "false" && (argType === null || isTypeArray && ~argType.indexOf(null));
          if (typeof argType === "undefined") {
            const hangingLa = !hadEq && la && !la?.startsWith("-") && !["true", "false"].includes(la);
            if (unknownHandler) {
              if (hangingLa) {
                unknownHandler(arg, la);
              } else {
                unknownHandler(arg);
              }
            }
          }
          if (isBool) {
            val = !no;
            if (la === "true" || la === "false") {
              val = JSON.parse(la);
              la = null;
              if (no) {
                val = !val;
              }
              i++;
            }
            if (isTypeArray && la) {
              if (~argType.indexOf(la)) {
                val = la;
                i++;
              } else if (la === "null" && ~argType.indexOf(null)) {
                val = null;
                i++;
              } else if (!la.match(/^-{2,}[^-]/) && !isNaN(la) && hasTypeDef(argType, NumberType)) {
                val = +la;
                i++;
              } else if (!la.match(/^-[^-]/) && hasTypeDef(argType, StringType)) {
                val = la;
                i++;
              }
            }
            if (isArray) {
              (data[arg] = data[arg] || []).push(val);
            } else {
              data[arg] = val;
            }
            continue;
          }
          if (isTypeDef(argType, StringType)) {
            if (la === void 0) {
              la = "";
            } else if (la.match(/^-{1,2}[^-]+/)) {
              la = "";
              i--;
            }
          }
          if (la && la.match(/^-{2,}$/)) {
            la = void 0;
            i--;
          }
          val = la === void 0 ? true : la;
          if (isArray) {
            (data[arg] = data[arg] || []).push(val);
          } else {
            data[arg] = val;
          }
          i++;
          continue;
        }
        remain.push(arg);
      }
    }
    var SINGLES = /* @__PURE__ */ Symbol("singles");
    var singleCharacters = (arg, shorthands) => {
      let singles = shorthands[SINGLES];
      if (!singles) {
        singles = Object.keys(shorthands).filter((s) => s.length === 1).reduce((l, r) => {
          l[r] = true;
          return l;
        }, {});
        shorthands[SINGLES] = singles;
      }
      const chrs = arg.split("").filter((c) => singles[c]);
      return chrs.join("") === arg ? chrs : null;
    };
    function resolveShort(arg, ...rest) {
      const { abbrevHandler, types = {}, shorthands = {} } = rest.length ? rest.pop() : {};
      const shortAbbr = rest[0] ?? abbrev(Object.keys(shorthands));
      const abbrevs = rest[1] ?? abbrev(Object.keys(types));
      arg = arg.replace(/^-+/, "");
      if (abbrevs[arg] === arg) {
        return null;
      }
      if (shorthands[arg]) {
        if (shorthands[arg] && !Array.isArray(shorthands[arg])) {
          shorthands[arg] = shorthands[arg].split(/\s+/);
        }
        return shorthands[arg];
      }
      const chrs = singleCharacters(arg, shorthands);
      if (chrs) {
        return chrs.map((c) => shorthands[c]).reduce((l, r) => l.concat(r), []);
      }
      if (abbrevs[arg] && !shorthands[arg]) {
        return null;
      }
      if (shortAbbr[arg]) {
        if (abbrevHandler) {
          abbrevHandler(arg, shortAbbr[arg]);
        }
        arg = shortAbbr[arg];
      }
      if (shorthands[arg] && !Array.isArray(shorthands[arg])) {
        shorthands[arg] = shorthands[arg].split(/\s+/);
      }
      return shorthands[arg];
    }
    module.exports = {
      nopt,
      clean,
      parse,
      validate,
      resolveShort,
      typeDefs: defaultTypeDefs
    };
  }
});

// node_modules/nopt/lib/nopt.js
var require_nopt = __commonJS({
  "node_modules/nopt/lib/nopt.js"(exports, module) {
    var lib = require_nopt_lib();
    var defaultTypeDefs = require_type_defs();
    module.exports = exports = nopt;
    exports.clean = clean;
    exports.typeDefs = defaultTypeDefs;
    exports.lib = lib;
    function nopt(types, shorthands, args = process.argv, slice = 2) {
      return lib.nopt(args.slice(slice), {
        types: types || {},
        shorthands: shorthands || {},
        typeDefs: exports.typeDefs,
        invalidHandler: exports.invalidHandler,
        unknownHandler: exports.unknownHandler,
        abbrevHandler: exports.abbrevHandler
      });
    }
    function clean(data, types, typeDefs = exports.typeDefs) {
      return lib.clean(data, {
        types: types || {},
        typeDefs,
        invalidHandler: exports.invalidHandler,
        unknownHandler: exports.unknownHandler,
        abbrevHandler: exports.abbrevHandler
      });
    }
  }
});

// node_modules/@npmcli/config/lib/umask.js
var require_umask = __commonJS({
  "node_modules/@npmcli/config/lib/umask.js"(exports, module) {
    var parse = (val) => {
      if (typeof val === "string") {
        if (/^0o?[0-7]+$/.test(val)) {
          return parseInt(val.replace(/^0o?/, ""), 8);
        } else if (/^[1-9][0-9]*$/.test(val)) {
          return parseInt(val, 10);
        } else {
          throw new Error(`invalid umask value: ${val}`);
        }
      } else {
        if (typeof val !== "number") {
          throw new Error(`invalid umask value: ${val}`);
        }
        val = Math.floor(val);
        if (val < 0 || val > 511) {
          throw new Error(`invalid umask value: ${val}`);
        }
        return val;
      }
    };
    var validate = (data, k, val) => {
      try {
        data[k] = parse(val);
        return true;
      } catch (er) {
        return false;
      }
    };
    module.exports = { parse, validate };
  }
});

// node_modules/@npmcli/config/lib/type-defs.js
var require_type_defs2 = __commonJS({
  "node_modules/@npmcli/config/lib/type-defs.js"(exports, module) {
    var nopt = require_nopt();
    var { validate: validateUmask } = require_umask();
    var Umask = class {
    };
    var Semver = class {
    };
    var semverValid = require_valid();
    var validateSemver = (data, k, val) => {
      const valid = semverValid(val);
      if (!valid) {
        return false;
      }
      data[k] = valid;
    };
    var noptValidatePath = nopt.typeDefs.path.validate;
    var validatePath = (data, k, val) => {
      if (typeof val !== "string") {
        return false;
      }
      return noptValidatePath(data, k, val);
    };
    module.exports = {
      ...nopt.typeDefs,
      semver: {
        type: Semver,
        validate: validateSemver,
        description: "full valid SemVer string"
      },
      Umask: {
        type: Umask,
        validate: validateUmask,
        description: "octal number in range 0o000..0o777 (0..511)"
      },
      url: {
        ...nopt.typeDefs.url,
        description: 'full url with "http://"'
      },
      path: {
        ...nopt.typeDefs.path,
        validate: validatePath,
        description: "valid filesystem path"
      },
      Number: {
        ...nopt.typeDefs.Number,
        description: "numeric value"
      },
      Boolean: {
        ...nopt.typeDefs.Boolean,
        description: "boolean value (true or false)"
      },
      Date: {
        ...nopt.typeDefs.Date,
        description: "valid Date string"
      }
    };
    nopt.typeDefs = module.exports;
  }
});

export {
  require_nopt,
  require_umask,
  require_type_defs2 as require_type_defs
};
