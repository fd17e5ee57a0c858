import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  require_commonjs
} from "./chunk-PXCHAHIT.js";
import {
  require_index_min,
  require_lib7 as require_lib
} from "./chunk-LL6KGBOI.js";
import {
  __commonJS,
  __require
} from "./chunk-UZUV7YZO.js";

// node_modules/@npmcli/name-from-folder/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@npmcli/name-from-folder/lib/index.js"(exports, module) {
    var { basename, dirname } = __require("path");
    var getName = (parent, base) => parent.charAt(0) === "@" ? `${parent}/${base}` : base;
    module.exports = (dir) => dir ? getName(basename(dirname(dir)), basename(dir)) : false;
  }
});

// node_modules/@npmcli/map-workspaces/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/@npmcli/map-workspaces/lib/index.js"(exports, module) {
    var path = __require("path");
    var getName = require_lib2();
    var { minimatch } = require_commonjs();
    var pkgJson = require_lib();
    var { glob } = require_index_min();
    function appendNegatedPatterns(allPatterns) {
      const patterns = [];
      const negatedPatterns = [];
      for (let pattern of allPatterns) {
        const excl = pattern.match(/^!+/);
        if (excl) {
          pattern = pattern.slice(excl[0].length);
        }
        pattern = pattern.replace(/^\.?\/+/, "");
        const negate = excl && excl[0].length % 2 === 1;
        if (negate) {
          negatedPatterns.push(pattern);
        } else {
          for (let i = 0; i < negatedPatterns.length; ++i) {
            const negatedPattern = negatedPatterns[i];
            if (minimatch(pattern, negatedPattern)) {
              negatedPatterns.splice(i, 1);
            }
          }
          patterns.push(pattern);
        }
      }
      for (const negated of negatedPatterns) {
        for (const pattern of minimatch.match(patterns, negated)) {
          patterns.splice(patterns.indexOf(pattern), 1);
        }
      }
      return { patterns, negatedPatterns };
    }
    function getPatterns(workspaces) {
      const workspacesDeclaration = Array.isArray(workspaces.packages) ? workspaces.packages : workspaces;
      if (!Array.isArray(workspacesDeclaration)) {
        throw getError({
          message: "workspaces config expects an Array",
          code: "EWORKSPACESCONFIG"
        });
      }
      return appendNegatedPatterns(workspacesDeclaration);
    }
    function getPackageName(pkg, pathname) {
      return pkg.name || getName(pathname);
    }
    function getGlobPattern(pattern) {
      pattern = pattern.replace(/\\/g, "/");
      return pattern.endsWith("/") ? pattern : `${pattern}/`;
    }
    function getError({ Type = TypeError, message, code }) {
      return Object.assign(new Type(message), { code });
    }
    function reverseResultMap(map) {
      return new Map(Array.from(map, (item) => item.reverse()));
    }
    async function mapWorkspaces(opts = {}) {
      if (!opts || !opts.pkg) {
        throw getError({
          message: "mapWorkspaces missing pkg info",
          code: "EMAPWORKSPACESPKG"
        });
      }
      if (!opts.cwd) {
        opts.cwd = process.cwd();
      }
      const { workspaces = [] } = opts.pkg;
      const { patterns, negatedPatterns } = getPatterns(workspaces);
      const results = /* @__PURE__ */ new Map();
      if (!patterns.length && !negatedPatterns.length) {
        return results;
      }
      const seen = /* @__PURE__ */ new Map();
      const getGlobOpts = () => ({
        ...opts,
        ignore: [
          ...opts.ignore || [],
          "**/node_modules/**",
          // just ignore the negated patterns to avoid unnecessary crawling
          ...negatedPatterns
        ]
      });
      let matches = await glob(patterns.map((p) => getGlobPattern(p)), getGlobOpts());
      matches = matches.sort((a, b) => a.localeCompare(b, "en"));
      const orderedMatches = [];
      for (const pattern of patterns) {
        orderedMatches.push(...matches.filter((m) => {
          return minimatch(m, pattern, { partial: true, windowsPathsNoEscape: true });
        }));
      }
      for (const match of orderedMatches) {
        let pkg;
        try {
          pkg = await pkgJson.normalize(path.join(opts.cwd, match));
        } catch (err) {
          if (err.code === "ENOENT" || err.code === "ENOTDIR") {
            continue;
          } else {
            throw err;
          }
        }
        const name = getPackageName(pkg.content, pkg.path);
        let seenPackagePathnames = seen.get(name);
        if (!seenPackagePathnames) {
          seenPackagePathnames = /* @__PURE__ */ new Set();
          seen.set(name, seenPackagePathnames);
        }
        seenPackagePathnames.add(pkg.path);
      }
      const errorMessageArray = ["must not have multiple workspaces with the same name"];
      for (const [packageName, seenPackagePathnames] of seen) {
        if (seenPackagePathnames.size > 1) {
          addDuplicateErrorMessages(errorMessageArray, packageName, seenPackagePathnames);
        } else {
          results.set(packageName, seenPackagePathnames.values().next().value);
        }
      }
      if (errorMessageArray.length > 1) {
        throw getError({
          Type: Error,
          message: errorMessageArray.join("\n"),
          code: "EDUPLICATEWORKSPACE"
        });
      }
      return results;
    }
    function addDuplicateErrorMessages(messageArray, packageName, packagePathnames) {
      messageArray.push(
        `package '${packageName}' has conflicts in the following paths:`
      );
      for (const packagePathname of packagePathnames) {
        messageArray.push(
          "    " + packagePathname
        );
      }
    }
    mapWorkspaces.virtual = function(opts = {}) {
      if (!opts || !opts.lockfile) {
        throw getError({
          message: "mapWorkspaces.virtual missing lockfile info",
          code: "EMAPWORKSPACESLOCKFILE"
        });
      }
      if (!opts.cwd) {
        opts.cwd = process.cwd();
      }
      const { packages = {} } = opts.lockfile;
      const { workspaces = [] } = packages[""] || {};
      const results = /* @__PURE__ */ new Map();
      const { patterns, negatedPatterns } = getPatterns(workspaces);
      if (!patterns.length && !negatedPatterns.length) {
        return results;
      }
      negatedPatterns.push("**/node_modules/**");
      const packageKeys = Object.keys(packages);
      for (const pattern of negatedPatterns) {
        for (const packageKey of minimatch.match(packageKeys, pattern)) {
          packageKeys.splice(packageKeys.indexOf(packageKey), 1);
        }
      }
      for (const pattern of patterns) {
        for (const packageKey of minimatch.match(packageKeys, pattern)) {
          const packagePathname = path.join(opts.cwd, packageKey);
          const name = getPackageName(packages[packageKey], packagePathname);
          results.set(packagePathname, name);
        }
      }
      return reverseResultMap(results);
    };
    module.exports = mapWorkspaces;
  }
});

export {
  require_lib2 as require_lib,
  require_lib3 as require_lib2
};
