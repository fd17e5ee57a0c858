import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  require_lib as require_lib15,
  require_lib2 as require_lib16,
  require_lib3 as require_lib19,
  require_run_script
} from "./chunk-B3CV2J3O.js";
import "./chunk-OXLVX3PC.js";
import {
  require_lib as require_lib12,
  require_lib2 as require_lib13,
  require_lib4 as require_lib14,
  require_lib5 as require_lib17,
  require_lib7 as require_lib18
} from "./chunk-DB3HVEMO.js";
import "./chunk-PWRQ5OCQ.js";
import {
  require_commonjs
} from "./chunk-4LNXCXCL.js";
import {
  require_lib as require_lib10,
  require_lib2 as require_lib11
} from "./chunk-GF3WE5YB.js";
import {
  require_commonjs as require_commonjs2
} from "./chunk-PXCHAHIT.js";
import {
  require_lib as require_lib2,
  require_lib3 as require_lib6,
  require_lib4 as require_lib7,
  require_lib5 as require_lib8,
  require_lib7 as require_lib9
} from "./chunk-LL6KGBOI.js";
import {
  require_index_min,
  require_lib,
  require_lib2 as require_lib3,
  require_lib3 as require_lib4,
  require_lib4 as require_lib5,
  require_npa,
  require_semver
} from "./chunk-FMINVKSF.js";
import "./chunk-2RZSGZTM.js";
import {
  __commonJS,
  __require
} from "./chunk-UZUV7YZO.js";

// node_modules/treeverse/lib/breadth.js
var require_breadth = __commonJS({
  "node_modules/treeverse/lib/breadth.js"(exports, module) {
    var breadth = ({
      visit,
      filter = () => true,
      getChildren,
      tree
    }) => {
      const queue = [];
      const seen = /* @__PURE__ */ new Map();
      const next = () => {
        while (queue.length) {
          const node = queue.shift();
          const res = visitNode(node);
          if (isPromise(res)) {
            return res.then(() => next());
          }
        }
        return seen.get(tree);
      };
      const visitNode = (visitTree) => {
        if (seen.has(visitTree)) {
          return seen.get(visitTree);
        }
        seen.set(visitTree, null);
        const res = visit ? visit(visitTree) : visitTree;
        if (isPromise(res)) {
          const fullResult = res.then((resThen) => {
            seen.set(visitTree, resThen);
            return kidNodes(visitTree);
          });
          seen.set(visitTree, fullResult);
          return fullResult;
        } else {
          seen.set(visitTree, res);
          return kidNodes(visitTree);
        }
      };
      const kidNodes = (kidTree) => {
        const kids = getChildren(kidTree, seen.get(kidTree));
        return isPromise(kids) ? kids.then(processKids) : processKids(kids);
      };
      const processKids = (kids) => {
        kids = (kids || []).filter(filter);
        queue.push(...kids);
      };
      queue.push(tree);
      return next();
    };
    var isPromise = (p) => p && typeof p.then === "function";
    module.exports = breadth;
  }
});

// node_modules/treeverse/lib/depth-descent.js
var require_depth_descent = __commonJS({
  "node_modules/treeverse/lib/depth-descent.js"(exports, module) {
    var depth = ({
      visit,
      filter,
      getChildren,
      tree
    }) => {
      const stack = [];
      const seen = /* @__PURE__ */ new Map();
      const next = () => {
        while (stack.length) {
          const node = stack.pop();
          const res = visitNode(node);
          if (isPromise(res)) {
            return res.then(() => next());
          }
        }
        return seen.get(tree);
      };
      const visitNode = (visitTree) => {
        if (seen.has(visitTree)) {
          return seen.get(visitTree);
        }
        seen.set(visitTree, null);
        const res = visit ? visit(visitTree) : visitTree;
        if (isPromise(res)) {
          const fullResult = res.then((resThen) => {
            seen.set(visitTree, resThen);
            return kidNodes(visitTree);
          });
          seen.set(visitTree, fullResult);
          return fullResult;
        } else {
          seen.set(visitTree, res);
          return kidNodes(visitTree);
        }
      };
      const kidNodes = (kidTree) => {
        const kids = getChildren(kidTree, seen.get(kidTree));
        return isPromise(kids) ? kids.then(processKids) : processKids(kids);
      };
      const processKids = (kids) => {
        kids = (kids || []).filter(filter);
        stack.push(...kids);
      };
      stack.push(tree);
      return next();
    };
    var isPromise = (p) => p && typeof p.then === "function";
    module.exports = depth;
  }
});

// node_modules/treeverse/lib/depth.js
var require_depth = __commonJS({
  "node_modules/treeverse/lib/depth.js"(exports, module) {
    var depthDescent = require_depth_descent();
    var depth = ({
      visit,
      leave,
      filter = () => true,
      seen = /* @__PURE__ */ new Map(),
      getChildren,
      tree
    }) => {
      if (!leave) {
        return depthDescent({ visit, filter, getChildren, tree });
      }
      if (seen.has(tree)) {
        return seen.get(tree);
      }
      seen.set(tree, null);
      const visitNode = () => {
        const res = visit ? visit(tree) : tree;
        if (isPromise(res)) {
          const fullResult = res.then((resThen) => {
            seen.set(tree, resThen);
            return kidNodes();
          });
          seen.set(tree, fullResult);
          return fullResult;
        } else {
          seen.set(tree, res);
          return kidNodes();
        }
      };
      const kidNodes = () => {
        const kids = getChildren(tree, seen.get(tree));
        return isPromise(kids) ? kids.then(processKids) : processKids(kids);
      };
      const processKids = (nodes) => {
        const kids = (nodes || []).filter(filter).map((kid) => depth({ visit, leave, filter, seen, getChildren, tree: kid }));
        return kids.some(isPromise) ? Promise.all(kids).then(leaveNode) : leaveNode(kids);
      };
      const leaveNode = (kids) => {
        const res = leave(seen.get(tree), kids);
        seen.set(tree, res);
        return res;
      };
      return visitNode();
    };
    var isPromise = (p) => p && typeof p.then === "function";
    module.exports = depth;
  }
});

// node_modules/treeverse/lib/index.js
var require_lib20 = __commonJS({
  "node_modules/treeverse/lib/index.js"(exports, module) {
    module.exports = {
      breadth: require_breadth(),
      depth: require_depth()
    };
  }
});

// node_modules/@isaacs/string-locale-compare/index.js
var require_string_locale_compare = __commonJS({
  "node_modules/@isaacs/string-locale-compare/index.js"(exports, module) {
    var hasIntl = typeof Intl === "object" && !!Intl;
    var Collator = hasIntl && Intl.Collator;
    var cache = /* @__PURE__ */ new Map();
    var collatorCompare = (locale, opts) => {
      const collator = new Collator(locale, opts);
      return (a, b) => collator.compare(a, b);
    };
    var localeCompare = (locale, opts) => (a, b) => a.localeCompare(b, locale, opts);
    var knownOptions = [
      "sensitivity",
      "numeric",
      "ignorePunctuation",
      "caseFirst"
    ];
    var { hasOwnProperty } = Object.prototype;
    module.exports = (locale, options = {}) => {
      if (!locale || typeof locale !== "string")
        throw new TypeError("locale required");
      const opts = knownOptions.reduce((opts2, k) => {
        if (hasOwnProperty.call(options, k)) {
          opts2[k] = options[k];
        }
        return opts2;
      }, {});
      const key = `${locale}
${JSON.stringify(opts)}`;
      if (cache.has(key))
        return cache.get(key);
      const compare = hasIntl ? collatorCompare(locale, opts) : localeCompare(locale, opts);
      cache.set(key, compare);
      return compare;
    };
  }
});

// node_modules/@npmcli/arborist/lib/add-rm-pkg-deps.js
var require_add_rm_pkg_deps = __commonJS({
  "node_modules/@npmcli/arborist/lib/add-rm-pkg-deps.js"(exports, module) {
    var { log } = require_lib();
    var localeCompare = require_string_locale_compare()("en");
    var add = ({ pkg, add: add2, saveBundle, saveType }) => {
      for (const { name, rawSpec } of add2) {
        let addSaveType = saveType;
        if (!addSaveType) {
          addSaveType = inferSaveType(pkg, name);
        }
        if (addSaveType === "prod") {
          deleteSubKey(pkg, "devDependencies", name, "dependencies");
          deleteSubKey(pkg, "peerDependencies", name, "dependencies");
        } else if (addSaveType === "dev") {
          deleteSubKey(pkg, "dependencies", name, "devDependencies");
        } else if (addSaveType === "optional") {
          deleteSubKey(pkg, "peerDependencies", name, "optionalDependencies");
        } else {
          deleteSubKey(pkg, "dependencies", name, "peerDependencies");
          deleteSubKey(pkg, "optionalDependencies", name, "peerDependencies");
        }
        const depType = saveTypeMap.get(addSaveType);
        pkg[depType] = pkg[depType] || {};
        if (rawSpec !== "*" || pkg[depType][name] === void 0) {
          pkg[depType][name] = rawSpec;
        }
        if (addSaveType === "optional") {
          pkg.dependencies = pkg.dependencies || {};
          pkg.dependencies[name] = pkg.optionalDependencies[name];
        }
        if (addSaveType === "peer" || addSaveType === "peerOptional") {
          const pdm = pkg.peerDependenciesMeta || {};
          if (addSaveType === "peer" && pdm[name] && pdm[name].optional) {
            pdm[name].optional = false;
          } else if (addSaveType === "peerOptional") {
            pdm[name] = pdm[name] || {};
            pdm[name].optional = true;
            pkg.peerDependenciesMeta = pdm;
          }
          if (pkg.devDependencies && pkg.devDependencies[name] !== void 0) {
            pkg.devDependencies[name] = pkg.peerDependencies[name];
          }
        }
        if (saveBundle && addSaveType !== "peer" && addSaveType !== "peerOptional") {
          const bd = new Set(pkg.bundleDependencies || []);
          bd.add(name);
          pkg.bundleDependencies = [...bd].sort(localeCompare);
        }
      }
      return pkg;
    };
    var saveTypeMap = /* @__PURE__ */ new Map([
      ["dev", "devDependencies"],
      ["optional", "optionalDependencies"],
      ["prod", "dependencies"],
      ["peerOptional", "peerDependencies"],
      ["peer", "peerDependencies"]
    ]);
    var inferSaveType = (pkg, name) => {
      for (const saveType of saveTypeMap.keys()) {
        if (hasSubKey(pkg, saveTypeMap.get(saveType), name)) {
          if (saveType === "peerOptional" && (!hasSubKey(pkg, "peerDependenciesMeta", name) || !pkg.peerDependenciesMeta[name].optional)) {
            return "peer";
          }
          return saveType;
        }
      }
      return "prod";
    };
    var hasSubKey = (pkg, depType, name) => {
      return pkg[depType] && Object.prototype.hasOwnProperty.call(pkg[depType], name);
    };
    var deleteSubKey = (pkg, depType, name, replacedBy) => {
      if (hasSubKey(pkg, depType, name)) {
        if (replacedBy) {
          log.warn("idealTree", `Removing ${depType}.${name} in favor of ${replacedBy}.${name}`);
        }
        delete pkg[depType][name];
        if (depType === "peerDependencies" && pkg.peerDependenciesMeta) {
          delete pkg.peerDependenciesMeta[name];
          if (!Object.keys(pkg.peerDependenciesMeta).length) {
            delete pkg.peerDependenciesMeta;
          }
        }
        if (!Object.keys(pkg[depType]).length) {
          delete pkg[depType];
        }
      }
    };
    var rm = (pkg, rm2) => {
      for (const depType of new Set(saveTypeMap.values())) {
        for (const name of rm2) {
          deleteSubKey(pkg, depType, name);
        }
      }
      if (pkg.bundleDependencies) {
        pkg.bundleDependencies = pkg.bundleDependencies.filter((name) => !rm2.includes(name));
        if (!pkg.bundleDependencies.length) {
          delete pkg.bundleDependencies;
        }
      }
      return pkg;
    };
    module.exports = { add, rm, saveTypeMap, hasSubKey };
  }
});

// node_modules/@npmcli/arborist/lib/vuln.js
var require_vuln = __commonJS({
  "node_modules/@npmcli/arborist/lib/vuln.js"(exports, module) {
    var { satisfies, simplifyRange } = require_semver();
    var semverOpt = { loose: true, includePrerelease: true };
    var localeCompare = require_string_locale_compare()("en");
    var npa = require_npa();
    var severities = /* @__PURE__ */ new Map([
      ["info", 0],
      [0, "info"],
      ["low", 1],
      [1, "low"],
      ["moderate", 2],
      [2, "moderate"],
      ["high", 3],
      [3, "high"],
      ["critical", 4],
      [4, "critical"],
      [null, -1],
      [-1, null]
    ]);
    var Vuln = class {
      #range = null;
      #simpleRange = null;
      // assume a fix is available unless it hits a top node
      // that locks it in place, setting this false or {isSemVerMajor, version}.
      #fixAvailable = true;
      constructor({ name, advisory }) {
        this.name = name;
        this.via = /* @__PURE__ */ new Set();
        this.advisories = /* @__PURE__ */ new Set();
        this.severity = null;
        this.effects = /* @__PURE__ */ new Set();
        this.topNodes = /* @__PURE__ */ new Set();
        this.nodes = /* @__PURE__ */ new Set();
        this.fixBlockedByReleaseAge = false;
        this.addAdvisory(advisory);
        this.packument = advisory.packument;
        this.versions = advisory.versions;
      }
      get fixAvailable() {
        return this.#fixAvailable;
      }
      set fixAvailable(f) {
        this.#fixAvailable = f;
        for (const v of this.via) {
          if (v.fixAvailable === f) {
            continue;
          }
          if (f === false) {
            v.fixAvailable = f;
          } else if (v.fixAvailable === true) {
            v.fixAvailable = f;
          } else if (typeof f === "object" && (typeof v.fixAvailable !== "object" || !v.fixAvailable.isSemVerMajor)) {
            v.fixAvailable = f;
          }
        }
      }
      get isDirect() {
        for (const node of this.nodes.values()) {
          for (const edge of node.edgesIn) {
            if (edge.from.isProjectRoot || edge.from.isWorkspace) {
              return true;
            }
          }
        }
        return false;
      }
      testSpec(spec) {
        const specObj = npa(spec);
        if (!specObj.registry) {
          return true;
        }
        if (specObj.subSpec) {
          spec = specObj.subSpec.rawSpec;
        }
        for (const v of this.versions) {
          if (satisfies(v, spec) && !satisfies(v, this.range, semverOpt)) {
            return false;
          }
        }
        return true;
      }
      toJSON() {
        return {
          name: this.name,
          severity: this.severity,
          isDirect: this.isDirect,
          // just loop over the advisories, since via is only Vuln objects,
          // and calculated advisories have all the info we need
          via: [...this.advisories].map((v) => v.type === "metavuln" ? v.dependency : {
            ...v,
            versions: void 0,
            vulnerableVersions: void 0,
            id: void 0
          }).sort((a, b) => localeCompare(String(a.source || a), String(b.source || b))),
          effects: [...this.effects].map((v) => v.name).sort(localeCompare),
          range: this.simpleRange,
          nodes: [...this.nodes].map((n) => n.location).sort(localeCompare),
          fixAvailable: this.#fixAvailable,
          ...this.fixBlockedByReleaseAge ? { fixBlockedByReleaseAge: this.fixBlockedByReleaseAge } : {}
        };
      }
      addVia(v) {
        this.via.add(v);
        v.effects.add(this);
        this.fixAvailable = this.fixAvailable;
      }
      deleteVia(v) {
        this.via.delete(v);
        v.effects.delete(this);
      }
      deleteAdvisory(advisory) {
        this.advisories.delete(advisory);
        this.severity = null;
        this.#range = null;
        this.#simpleRange = null;
        for (const advisory2 of this.advisories) {
          this.addAdvisory(advisory2);
        }
        const vias = new Set([...this.advisories].map((a) => a.dependency));
        for (const via of this.via) {
          if (!vias.has(via.name)) {
            this.deleteVia(via);
          }
        }
      }
      addAdvisory(advisory) {
        this.advisories.add(advisory);
        const sev = severities.get(advisory.severity);
        this.#range = null;
        this.#simpleRange = null;
        if (sev > severities.get(this.severity)) {
          this.severity = advisory.severity;
        }
      }
      get range() {
        if (!this.#range) {
          this.#range = [...this.advisories].map((v) => v.range).join(" || ");
        }
        return this.#range;
      }
      get simpleRange() {
        if (this.#simpleRange && this.#simpleRange === this.#range) {
          return this.#simpleRange;
        }
        const versions = [...this.advisories][0].versions;
        const range = this.range;
        this.#simpleRange = simplifyRange(versions, range, semverOpt);
        this.#range = this.#simpleRange;
        return this.#simpleRange;
      }
      isVulnerable(node) {
        if (this.nodes.has(node)) {
          return true;
        }
        const { version } = node.package;
        if (!version) {
          return false;
        }
        for (const v of this.advisories) {
          if (v.testVersion(version)) {
            this.nodes.add(node);
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Vuln;
  }
});

// node_modules/@npmcli/metavuln-calculator/lib/hash.js
var require_hash = __commonJS({
  "node_modules/@npmcli/metavuln-calculator/lib/hash.js"(exports, module) {
    var { createHash } = __require("crypto");
    module.exports = ({ name, source }) => createHash("sha512").update(JSON.stringify([name, source])).digest("base64");
  }
});

// node_modules/@npmcli/metavuln-calculator/lib/get-dep-spec.js
var require_get_dep_spec = __commonJS({
  "node_modules/@npmcli/metavuln-calculator/lib/get-dep-spec.js"(exports, module) {
    module.exports = (mani, name) => {
      const {
        dependencies: deps = {},
        optionalDependencies: optDeps = {},
        peerDependencies: peerDeps = {}
      } = mani;
      return deps && typeof deps[name] === "string" ? deps[name] : optDeps && typeof optDeps[name] === "string" ? optDeps[name] : peerDeps && typeof peerDeps[name] === "string" ? peerDeps[name] : null;
    };
  }
});

// node_modules/@npmcli/metavuln-calculator/lib/advisory.js
var require_advisory = __commonJS({
  "node_modules/@npmcli/metavuln-calculator/lib/advisory.js"(exports, module) {
    var hash = require_hash();
    var semver = require_semver();
    var semverOpt = { includePrerelease: true, loose: true };
    var getDepSpec = require_get_dep_spec();
    var _source = /* @__PURE__ */ Symbol("source");
    var _packument = /* @__PURE__ */ Symbol("packument");
    var _versionVulnMemo = /* @__PURE__ */ Symbol("versionVulnMemo");
    var _updated = /* @__PURE__ */ Symbol("updated");
    var _options = /* @__PURE__ */ Symbol("options");
    var _specVulnMemo = /* @__PURE__ */ Symbol("specVulnMemo");
    var _testVersion = /* @__PURE__ */ Symbol("testVersion");
    var _testVersions = /* @__PURE__ */ Symbol("testVersions");
    var _calculateRange = /* @__PURE__ */ Symbol("calculateRange");
    var _markVulnerable = /* @__PURE__ */ Symbol("markVulnerable");
    var _testSpec = /* @__PURE__ */ Symbol("testSpec");
    var Advisory = class {
      constructor(name, source, options = {}) {
        this.source = source.id;
        this[_source] = source;
        this[_options] = options;
        this.name = name;
        if (!source.name) {
          source.name = name;
        }
        this.dependency = source.name;
        if (this.type === "advisory") {
          this.title = source.title;
          this.url = source.url;
        } else {
          this.title = `Depends on vulnerable versions of ${source.name}`;
          this.url = null;
        }
        this.severity = source.severity || "high";
        this.versions = [];
        this.vulnerableVersions = [];
        this.cwe = source.cwe;
        this.cvss = source.cvss;
        this.range = this.type === "advisory" ? source.vulnerable_versions || "*" : null;
        this.id = hash(this);
        this[_packument] = null;
        this[_versionVulnMemo] = /* @__PURE__ */ new Map();
        this[_specVulnMemo] = /* @__PURE__ */ new Map();
        this[_updated] = false;
      }
      // true if we updated from what we had in cache
      get updated() {
        return this[_updated];
      }
      get type() {
        return this.dependency === this.name ? "advisory" : "metavuln";
      }
      get packument() {
        return this[_packument];
      }
      // load up the data from a cache entry and a fetched packument
      load(cached, packument) {
        if (!cached || typeof cached !== "object") {
          throw new TypeError("invalid cached data, expected object");
        }
        if (!packument || typeof packument !== "object") {
          throw new TypeError("invalid packument data, expected object");
        }
        if (cached.id && cached.id !== this.id) {
          throw Object.assign(new Error("loading from incorrect cache entry"), {
            expected: this.id,
            actual: cached.id
          });
        }
        if (packument.name !== this.name) {
          throw Object.assign(new Error("loading from incorrect packument"), {
            expected: this.name,
            actual: packument.name
          });
        }
        if (this[_packument]) {
          throw new Error("advisory object already loaded");
        }
        if (!this.range || cached.range && cached.range === this.range) {
          Object.assign(this, cached);
        }
        this[_packument] = packument;
        const pakuVersions = Object.keys(packument.versions || {});
        const allVersions = /* @__PURE__ */ new Set([...pakuVersions, ...this.versions]);
        const versionsAdded = [];
        const versionsRemoved = [];
        for (const v of allVersions) {
          if (!this.versions.includes(v)) {
            versionsAdded.push(v);
            this.versions.push(v);
          } else if (!pakuVersions.includes(v)) {
            versionsRemoved.push(v);
          }
        }
        this.versions = semver.sort(this.versions.filter((v) => !versionsRemoved.includes(v)), semverOpt);
        const unchanged = this.type === "advisory" ? this.range && this.range === cached.range : !this[_source].updated;
        this.vulnerableVersions = !unchanged ? [] : semver.sort(this.vulnerableVersions.filter((v) => !versionsRemoved.includes(v)), semverOpt);
        if (unchanged && !versionsAdded.length && !versionsRemoved.length) {
          return this;
        }
        this[_updated] = true;
        if (!unchanged || versionsAdded.length) {
          this[_testVersions](unchanged ? versionsAdded : this.versions);
        }
        this.vulnerableVersions = semver.sort(this.vulnerableVersions, semverOpt);
        if (this.type === "metavuln") {
          this[_calculateRange]();
        }
        return this;
      }
      [_calculateRange]() {
        const ranges = [];
        this.versions = semver.sort(this.versions, semverOpt);
        this.vulnerableVersions = semver.sort(this.vulnerableVersions, semverOpt);
        for (let v = 0, vulnVer = 0; v < this.versions.length; v++) {
          const vr = [this.versions[v]];
          while (v < this.versions.length) {
            if (this.versions[v] !== this.vulnerableVersions[vulnVer]) {
              if (/-/.test(this.versions[v])) {
                v++;
                continue;
              }
              break;
            }
            if (vr.length > 1) {
              vr[1] = this.versions[v];
            } else {
              vr.push(this.versions[v]);
            }
            v++;
            vulnVer++;
          }
          if (vr.length > 1) {
            const tail = this.versions[this.versions.length - 1];
            ranges.push(vr[1] === tail ? `>=${vr[0]}` : vr[0] === vr[1] ? vr[0] : vr.join(" - "));
          }
        }
        const metavuln = ranges.join(" || ").trim();
        this.range = !metavuln ? "<0.0.0-0" : semver.simplifyRange(this.versions, metavuln, semverOpt);
      }
      // returns true if marked as vulnerable, false if ok
      // spec is a dependency specifier, for metavuln cases
      // where the version might not be in the packument.  if
      // we have the packument and spec is not provided, then
      // we use the dependency version from the manifest.
      testVersion(version, spec = null) {
        const sv = String(version);
        if (this[_versionVulnMemo].has(sv)) {
          return this[_versionVulnMemo].get(sv);
        }
        const result = this[_testVersion](version, spec);
        if (result) {
          this[_markVulnerable](version);
        }
        this[_versionVulnMemo].set(sv, !!result);
        return result;
      }
      [_markVulnerable](version) {
        const sv = String(version);
        if (!this.vulnerableVersions.includes(sv)) {
          this.vulnerableVersions.push(sv);
        }
      }
      [_testVersion](version, spec) {
        const sv = String(version);
        if (this.vulnerableVersions.includes(sv)) {
          return true;
        }
        if (this.type === "advisory") {
          return semver.satisfies(version, this.range, semverOpt);
        }
        const mani = this[_packument]?.versions?.[version] || {
          dependencies: {
            [this.dependency]: spec
          }
        };
        if (!spec) {
          spec = getDepSpec(mani, this.dependency);
        }
        if (spec === null) {
          return false;
        }
        if (!semver.validRange(spec, semverOpt)) {
          return true;
        }
        const bd = mani.bundleDependencies;
        const bundled = bd && bd.includes(this[_source].name);
        const avoid = this[_source].range;
        if (bundled) {
          return semver.intersects(spec, avoid, semverOpt);
        }
        return this[_source].testSpec(spec);
      }
      testSpec(spec) {
        const memo = this[_specVulnMemo];
        if (memo.has(spec)) {
          return memo.get(spec);
        }
        const res = this[_testSpec](spec);
        memo.set(spec, res);
        return res;
      }
      [_testSpec](spec) {
        for (const v of this.versions) {
          const satisfies = semver.satisfies(v, spec, semverOpt);
          if (!satisfies) {
            continue;
          }
          if (!this.testVersion(v)) {
            return false;
          }
        }
        return true;
      }
      [_testVersions](versions) {
        if (!versions.length) {
          return;
        }
        const versionSets = /* @__PURE__ */ new Set();
        versions = semver.sort(versions.map((v) => semver.parse(v, semverOpt)));
        let last = versions[0].major + "." + versions[0].minor;
        let list = [];
        versionSets.add(list);
        for (const v of versions) {
          const k = v.major + "." + v.minor;
          if (k !== last) {
            last = k;
            list = [];
            versionSets.add(list);
          }
          list.push(v);
        }
        for (const set of versionSets) {
          let h = 0;
          const origHeadVuln = this.testVersion(set[h]);
          while (h < set.length && /-/.test(String(set[h]))) {
            h++;
          }
          if (h === set.length) {
            h = 0;
          } else if (origHeadVuln) {
            for (let hh = 0; hh < h; hh++) {
              this[_markVulnerable](set[hh]);
            }
          }
          let t = set.length - 1;
          const origTailVuln = this.testVersion(set[t]);
          while (t > h && /-/.test(String(set[t]))) {
            t--;
          }
          if (t === h) {
            t = set.length - 1;
          } else if (origTailVuln) {
            for (let tt = set.length - 1; tt > t; tt--) {
              this[_markVulnerable](set[tt]);
            }
          }
          const headVuln = h === 0 ? origHeadVuln : this.testVersion(set[h]);
          const tailVuln = t === set.length - 1 ? origTailVuln : this.testVersion(set[t]);
          if (headVuln && tailVuln) {
            for (let v = h; v < t; v++) {
              this[_markVulnerable](set[v]);
            }
            continue;
          }
          if (t < h + 2) {
            continue;
          }
          const mid = Math.floor(set.length / 2);
          const pre = set.slice(0, mid);
          const post = set.slice(mid);
          if (!/-/.test(String(pre[0]))) {
            const midVuln = this.testVersion(pre[pre.length - 1]);
            while (/-/.test(String(pre[pre.length - 1]))) {
              const v = pre.pop();
              if (midVuln) {
                this[_markVulnerable](v);
              }
            }
          }
          if (!/-/.test(String(post[post.length - 1]))) {
            const midVuln = this.testVersion(post[0]);
            while (/-/.test(String(post[0]))) {
              const v = post.shift();
              if (midVuln) {
                this[_markVulnerable](v);
              }
            }
          }
          versionSets.add(pre);
          versionSets.add(post);
        }
      }
    };
    module.exports = Advisory;
  }
});

// node_modules/@npmcli/metavuln-calculator/lib/index.js
var require_lib21 = __commonJS({
  "node_modules/@npmcli/metavuln-calculator/lib/index.js"(exports, module) {
    var pacote = require_lib19();
    var cacache = require_lib14();
    var { time } = require_lib();
    var Advisory = require_advisory();
    var { homedir } = __require("os");
    var jsonParse = require_lib2();
    var _packument = /* @__PURE__ */ Symbol("packument");
    var _cachePut = /* @__PURE__ */ Symbol("cachePut");
    var _cacheGet = /* @__PURE__ */ Symbol("cacheGet");
    var _cacheData = /* @__PURE__ */ Symbol("cacheData");
    var _packuments = /* @__PURE__ */ Symbol("packuments");
    var _cache = /* @__PURE__ */ Symbol("cache");
    var _options = /* @__PURE__ */ Symbol("options");
    var _advisories = /* @__PURE__ */ Symbol("advisories");
    var _calculate = /* @__PURE__ */ Symbol("calculate");
    var Calculator = class {
      constructor(options = {}) {
        this[_options] = { ...options };
        this[_cache] = this[_options].cache || homedir() + "/.npm/_cacache";
        this[_options].cache = this[_cache];
        this[_packuments] = /* @__PURE__ */ new Map();
        this[_cacheData] = /* @__PURE__ */ new Map();
        this[_advisories] = /* @__PURE__ */ new Map();
      }
      get cache() {
        return this[_cache];
      }
      get options() {
        return { ...this[_options] };
      }
      async calculate(name, source) {
        const k = `security-advisory:${name}:${source.id}`;
        if (this[_advisories].has(k)) {
          return this[_advisories].get(k);
        }
        const p = this[_calculate](name, source);
        this[_advisories].set(k, p);
        return p;
      }
      async [_calculate](name, source) {
        const k = `security-advisory:${name}:${source.id}`;
        const timeEnd = time.start(`metavuln:calculate:${k}`);
        const advisory = new Advisory(name, source, this[_options]);
        const [cached, packument] = await Promise.all([
          this[_cacheGet](advisory),
          this[_packument](name)
        ]);
        const timeEndLoad = time.start(`metavuln:load:${k}`);
        advisory.load(cached, packument);
        timeEndLoad();
        if (advisory.updated) {
          await this[_cachePut](advisory);
        }
        this[_advisories].set(k, advisory);
        timeEnd();
        return advisory;
      }
      async [_cachePut](advisory) {
        const { name, id } = advisory;
        const key = `security-advisory:${name}:${id}`;
        const timeEnd = time.start(`metavuln:cache:put:${key}`);
        const data = JSON.stringify(advisory);
        const options = { ...this[_options] };
        this[_cacheData].set(key, jsonParse(data));
        await cacache.put(this[_cache], key, data, options).catch(() => {
        });
        timeEnd();
      }
      async [_cacheGet](advisory) {
        const { name, id } = advisory;
        const key = `security-advisory:${name}:${id}`;
        if (this[_cacheData].has(key)) {
          return this[_cacheData].get(key);
        }
        const timeEnd = time.start(`metavuln:cache:get:${key}`);
        const p = cacache.get(this[_cache], key, { ...this[_options] }).catch(() => ({ data: "{}" })).then(({ data }) => {
          data = jsonParse(data);
          timeEnd();
          this[_cacheData].set(key, data);
          return data;
        });
        this[_cacheData].set(key, p);
        return p;
      }
      async [_packument](name) {
        if (this[_packuments].has(name)) {
          return this[_packuments].get(name);
        }
        const timeEnd = time.start(`metavuln:packument:${name}`);
        const p = pacote.packument(name, { ...this[_options] }).catch(() => {
          return {
            name,
            versions: {}
          };
        }).then((paku) => {
          timeEnd();
          this[_packuments].set(name, paku);
          return paku;
        });
        this[_packuments].set(name, p);
        return p;
      }
    };
    module.exports = Calculator;
  }
});

// node_modules/@npmcli/arborist/lib/release-age-exclude.js
var require_release_age_exclude = __commonJS({
  "node_modules/@npmcli/arborist/lib/release-age-exclude.js"(exports, module) {
    var { minimatch } = require_commonjs2();
    var minimatchOptions = { nonegate: true, nocomment: true, noext: true };
    var isReleaseAgeExcluded = (name, patterns) => {
      if (!name || !Array.isArray(patterns) || patterns.length === 0) {
        return false;
      }
      return patterns.some((pattern) => name === pattern || minimatch(name, pattern, minimatchOptions));
    };
    var trustedSpecName = (spec) => {
      if (!spec) {
        return void 0;
      }
      if (spec.type === "alias" && spec.subSpec && spec.subSpec.registry) {
        return spec.subSpec.name;
      }
      return spec.name;
    };
    module.exports = { isReleaseAgeExcluded, trustedSpecName };
  }
});

// node_modules/@npmcli/arborist/lib/audit-report.js
var require_audit_report = __commonJS({
  "node_modules/@npmcli/arborist/lib/audit-report.js"(exports, module) {
    var localeCompare = require_string_locale_compare()("en");
    var npa = require_npa();
    var pickManifest = require_lib8();
    var Vuln = require_vuln();
    var Calculator = require_lib21();
    var { isReleaseAgeExcluded } = require_release_age_exclude();
    var { log, time } = require_lib();
    var npmFetch = require_lib18();
    var AuditReport = class _AuditReport extends Map {
      #omit;
      error = null;
      topVulns = /* @__PURE__ */ new Map();
      static load(tree, opts) {
        return new _AuditReport(tree, opts).run();
      }
      get auditReportVersion() {
        return 2;
      }
      toJSON() {
        const obj = {
          auditReportVersion: this.auditReportVersion,
          vulnerabilities: {},
          metadata: {
            vulnerabilities: {
              info: 0,
              low: 0,
              moderate: 0,
              high: 0,
              critical: 0,
              total: this.size
            },
            dependencies: {
              prod: 0,
              dev: 0,
              optional: 0,
              peer: 0,
              peerOptional: 0,
              total: this.tree.inventory.size - 1
            }
          }
        };
        for (const node of this.tree.inventory.values()) {
          const { dependencies } = obj.metadata;
          let prod = true;
          for (const type of [
            "dev",
            "optional",
            "peer",
            "peerOptional"
          ]) {
            if (node[type]) {
              dependencies[type]++;
              prod = false;
            }
          }
          if (prod) {
            dependencies.prod++;
          }
        }
        const vulnerabilities = [];
        for (const [name, vuln] of this.entries()) {
          vulnerabilities.push([name, vuln.toJSON()]);
          obj.metadata.vulnerabilities[vuln.severity]++;
        }
        obj.vulnerabilities = vulnerabilities.sort(([a], [b]) => localeCompare(a, b)).reduce((set, [name, vuln]) => {
          set[name] = vuln;
          return set;
        }, {});
        return obj;
      }
      constructor(tree, opts = {}) {
        super();
        this.#omit = new Set(opts.omit || []);
        this.calculator = new Calculator(opts);
        this.options = opts;
        this.tree = tree;
        this.filterSet = opts.filterSet;
      }
      async run() {
        this.report = await this.#getReport();
        log.silly("audit report", this.report);
        if (this.report) {
          await this.#init();
        }
        return this;
      }
      isVulnerable(node) {
        const vuln = this.get(node.packageName);
        return !!(vuln && vuln.isVulnerable(node));
      }
      async #init() {
        const timeEnd = time.start("auditReport:init");
        const promises = [];
        for (const [name, advisories2] of Object.entries(this.report)) {
          for (const advisory of advisories2) {
            promises.push(this.calculator.calculate(name, advisory));
          }
        }
        const advisories = new Set(await Promise.all(promises));
        const seen = /* @__PURE__ */ new Set();
        for (const advisory of advisories) {
          const { name, range } = advisory;
          const k = `${name}@${range}`;
          const vuln = this.get(name) || new Vuln({ name, advisory });
          if (this.has(name)) {
            vuln.addAdvisory(advisory);
          }
          super.set(name, vuln);
          if (!seen.has(k)) {
            const p = [];
            for (const node of this.tree.inventory.query("packageName", name)) {
              if (!this.shouldAudit(node)) {
                continue;
              }
              if (!advisory.testVersion(node.version)) {
                continue;
              }
              if (vuln.nodes.has(node)) {
                continue;
              }
              vuln.nodes.add(node);
              for (const { from: dep, spec } of node.edgesIn) {
                if (dep.isTop && !vuln.topNodes.has(dep)) {
                  vuln.fixAvailable = this.#fixAvailable(vuln, spec);
                  if (vuln.fixAvailable !== true) {
                    this.topVulns.set(vuln.name, vuln);
                    vuln.topNodes.add(dep);
                  } else {
                    vuln.fixBlockedByReleaseAge = this.#fixBlockedByReleaseAge(vuln, spec);
                  }
                } else {
                  const calc = this.calculator.calculate(dep.packageName, advisory);
                  p.push(calc.then((meta) => {
                    if (meta.testVersion(dep.version, spec)) {
                      advisories.add(meta);
                    }
                  }));
                }
              }
            }
            await Promise.all(p);
            seen.add(k);
          }
          if (this.get(name).nodes.size === 0) {
            this.delete(name);
            continue;
          }
          for (const advisory2 of vuln.advisories) {
            const relevant = [...vuln.nodes].some((n) => advisory2.testVersion(n.version));
            if (!relevant) {
              vuln.deleteAdvisory(advisory2);
            }
          }
        }
        for (const vuln of this.values()) {
          for (const advisory of vuln.advisories) {
            if (advisory.type === "metavuln") {
              vuln.addVia(this.get(advisory.dependency));
            }
          }
        }
        timeEnd();
      }
      // given the spec, see if there is a fix available at all, and note whether or not it's a semver major fix or not (i.e. will need --force)
      #fixAvailable(vuln, spec) {
        if (!vuln.testSpec(spec)) {
          return true;
        }
        const specObj = npa(spec);
        if (!specObj.registry) {
          return false;
        }
        if (specObj.subSpec) {
          spec = specObj.subSpec.rawSpec;
        }
        try {
          const {
            _isSemVerMajor: isSemVerMajor,
            version,
            name
          } = pickManifest(vuln.packument, spec, {
            ...this.options,
            before: null,
            avoid: vuln.range,
            avoidStrict: true
          });
          return { name, version, isSemVerMajor };
        } catch (er) {
          return false;
        }
      }
      // A fix that `#fixAvailable` reports as installable in-range can still be
      // unreachable when a release-age window (`before` / `min-release-age`) is set,
      // because the patched version was published after the cutoff. `npm audit fix`
      // then resolves back to a version that is still vulnerable, so detect that
      // here and let callers warn about it. Only meaningful when an in-range fix
      // exists (fixAvailable === true). Returns the blocked fix as
      // `{ version, before }`, or `false` when nothing is blocked.
      #fixBlockedByReleaseAge(vuln, spec) {
        const { before, minReleaseAgeExclude } = this.options;
        if (!before || isReleaseAgeExcluded(vuln.name, minReleaseAgeExclude)) {
          return false;
        }
        const specObj = npa(spec);
        if (specObj.subSpec) {
          spec = specObj.subSpec.rawSpec;
        }
        const { version } = pickManifest(vuln.packument, spec, {
          ...this.options,
          before: null,
          avoid: vuln.range
        });
        let windowed;
        try {
          windowed = pickManifest(vuln.packument, spec, {
            ...this.options,
            avoid: vuln.range
          });
        } catch {
          return { version, before };
        }
        return windowed._shouldAvoid ? { version, before } : false;
      }
      set() {
        throw new Error("do not call AuditReport.set() directly");
      }
      async #getReport() {
        if (this.options.audit === false || this.options.offline === true || this.tree.inventory.size === 1) {
          return null;
        }
        const timeEnd = time.start("auditReport:getReport");
        try {
          const body = this.prepareBulkData();
          log.silly("audit", "bulk request", body);
          if (!Object.keys(body).length) {
            return null;
          }
          const res = await npmFetch("/-/npm/v1/security/advisories/bulk", {
            ...this.options,
            registry: this.options.auditRegistry || this.options.registry,
            method: "POST",
            gzip: true,
            body
          });
          return await res.json();
        } catch (er) {
          log.verbose("audit error", er);
          log.silly("audit error", String(er.body));
          this.error = er;
          return null;
        } finally {
          timeEnd();
        }
      }
      // return true if we should audit this one
      shouldAudit(node) {
        if (!node.version || node.isRoot || node.isLink || node.linksIn?.size > 0 || this.filterSet && this.filterSet?.size !== 0 && !this.filterSet?.has(node)) {
          return false;
        }
        if (this.#omit.size === 0) {
          return true;
        }
        return !node.shouldOmit(this.#omit);
      }
      prepareBulkData() {
        const payload = {};
        for (const name of this.tree.inventory.query("packageName")) {
          const set = /* @__PURE__ */ new Set();
          for (const node of this.tree.inventory.query("packageName", name)) {
            if (!this.shouldAudit(node)) {
              continue;
            }
            set.add(node.version);
          }
          if (set.size) {
            payload[name] = [...set];
          }
        }
        return payload;
      }
    };
    module.exports = AuditReport;
  }
});

// node_modules/@npmcli/arborist/lib/relpath.js
var require_relpath = __commonJS({
  "node_modules/@npmcli/arborist/lib/relpath.js"(exports, module) {
    var { relative } = __require("node:path");
    var relpath = (from, to) => relative(from, to).replace(/\\/g, "/");
    module.exports = relpath;
  }
});

// node_modules/@npmcli/arborist/lib/packument-cache.js
var require_packument_cache = __commonJS({
  "node_modules/@npmcli/arborist/lib/packument-cache.js"(exports, module) {
    var { LRUCache } = require_index_min();
    var { getHeapStatistics } = __require("node:v8");
    var { log } = require_lib();
    var PackumentCache = class _PackumentCache extends LRUCache {
      static #heapLimit = Math.floor(getHeapStatistics().heap_size_limit);
      #sizeKey;
      #disposed = /* @__PURE__ */ new Set();
      #log(...args) {
        log.silly("packumentCache", ...args);
      }
      constructor({
        // How much of this.#heapLimit to take up
        heapFactor = 0.25,
        // How much of this.#maxSize we allow any one packument to take up
        // Anything over this is not cached
        maxEntryFactor = 0.5,
        sizeKey = "_contentLength"
      } = {}) {
        const maxSize = Math.floor(_PackumentCache.#heapLimit * heapFactor);
        const maxEntrySize = Math.floor(maxSize * maxEntryFactor);
        super({
          maxSize,
          maxEntrySize,
          sizeCalculation: (p) => {
            if (!p[sizeKey]) {
              return maxEntrySize + 1;
            }
            if (p[sizeKey] < 1e4) {
              return p[sizeKey] * 2;
            }
            if (p[sizeKey] < 1e6) {
              return Math.floor(p[sizeKey] * 1.5);
            }
            return maxEntrySize + 1;
          },
          dispose: (v, k) => {
            this.#disposed.add(k);
            this.#log(k, "dispose");
          }
        });
        this.#sizeKey = sizeKey;
        this.#log(`heap:${_PackumentCache.#heapLimit} maxSize:${maxSize} maxEntrySize:${maxEntrySize}`);
      }
      set(k, v, ...args) {
        const disposed = this.#disposed.has(k);
        if (disposed) {
          this.#disposed.delete(k);
        }
        this.#log(k, "set", `size:${v[this.#sizeKey]} disposed:${disposed}`);
        return super.set(k, v, ...args);
      }
      has(k, ...args) {
        const has = super.has(k, ...args);
        this.#log(k, `cache-${has ? "hit" : "miss"}`);
        return has;
      }
    };
    module.exports = PackumentCache;
  }
});

// node_modules/proggy/lib/client.js
var require_client = __commonJS({
  "node_modules/proggy/lib/client.js"(exports, module) {
    var EE = __require("events");
    var onProgress = /* @__PURE__ */ Symbol("onProgress");
    var bars = /* @__PURE__ */ Symbol("bars");
    var listener = /* @__PURE__ */ Symbol("listener");
    var normData = /* @__PURE__ */ Symbol("normData");
    var Client = class extends EE {
      constructor({ normalize = false, stopOnDone = false } = {}) {
        super();
        this.normalize = !!normalize;
        this.stopOnDone = !!stopOnDone;
        this[bars] = /* @__PURE__ */ new Map();
        this[listener] = null;
      }
      get size() {
        return this[bars].size;
      }
      get listening() {
        return !!this[listener];
      }
      addListener(...args) {
        return this.on(...args);
      }
      on(ev, ...args) {
        if (ev === "progress" && !this[listener]) {
          this.start();
        }
        return super.on(ev, ...args);
      }
      off(ev, ...args) {
        return this.removeListener(ev, ...args);
      }
      removeListener(ev, ...args) {
        const ret = super.removeListener(ev, ...args);
        if (ev === "progress" && this.listeners(ev).length === 0) {
          this.stop();
        }
        return ret;
      }
      stop() {
        if (this[listener]) {
          process.removeListener("progress", this[listener]);
          this[listener] = null;
        }
      }
      start() {
        if (!this[listener]) {
          this[listener] = (...args) => this[onProgress](...args);
          process.on("progress", this[listener]);
        }
      }
      [onProgress](key, data) {
        data = this[normData](key, data);
        if (!this[bars].has(key)) {
          this.emit("bar", key, data);
        }
        this[bars].set(key, data);
        this.emit("progress", key, data);
        if (data.done) {
          this[bars].delete(key);
          this.emit("barDone", key, data);
          if (this.size === 0) {
            if (this.stopOnDone) {
              this.stop();
            }
            this.emit("done");
          }
        }
      }
      [normData](key, data) {
        const actualValue = data.value;
        const actualTotal = data.total;
        let value = actualValue;
        let total = actualTotal;
        const done = data.done || value >= total;
        if (this.normalize) {
          const bar = this[bars].get(key);
          total = 100;
          if (done) {
            value = 100;
          } else {
            const pct = 100 * actualValue / actualTotal;
            if (bar) {
              value = pct > bar.value ? pct : (100 - bar.value) / 100 + bar.value;
            }
          }
        }
        return {
          ...data,
          key,
          name: data.name || key,
          value,
          total,
          actualValue,
          actualTotal,
          done
        };
      }
    };
    module.exports = Client;
  }
});

// node_modules/proggy/lib/tracker.js
var require_tracker = __commonJS({
  "node_modules/proggy/lib/tracker.js"(exports, module) {
    var EE = __require("events");
    var Tracker = class extends EE {
      constructor(name, key, total) {
        super();
        if (!name) {
          throw new Error("proggy: Tracker needs a name");
        }
        if (typeof key === "number" && !total) {
          total = key;
          key = null;
        }
        if (!total) {
          total = 100;
        }
        if (!key) {
          key = name;
        }
        this.done = false;
        this.name = name;
        this.key = key;
        this.value = 0;
        this.total = total;
      }
      finish(metadata = {}) {
        this.update(this.total, this.total, metadata);
      }
      update(value, total, metadata) {
        if (!metadata) {
          if (total && typeof total === "object") {
            metadata = total;
          } else {
            metadata = {};
          }
        }
        if (typeof total !== "number") {
          total = this.total;
        }
        if (this.done) {
          const msg = `proggy: updating completed tracker: ${JSON.stringify(this.key)}`;
          throw new Error(msg);
        }
        this.value = value;
        this.total = total;
        const done = this.value >= this.total;
        process.emit("progress", this.key, {
          ...metadata,
          name: this.name,
          key: this.key,
          value,
          total,
          done
        });
        if (done) {
          this.done = true;
          this.emit("done");
        }
      }
    };
    module.exports = Tracker;
  }
});

// node_modules/proggy/lib/index.js
var require_lib22 = __commonJS({
  "node_modules/proggy/lib/index.js"(exports) {
    exports.Client = require_client();
    exports.Tracker = require_tracker();
    var trackers = /* @__PURE__ */ new Map();
    exports.createTracker = (name, key, total) => {
      const tracker = new exports.Tracker(name, key, total);
      if (trackers.has(tracker.key)) {
        const msg = `proggy: duplicate progress id ${JSON.stringify(tracker.key)}`;
        throw new Error(msg);
      }
      trackers.set(tracker.key, tracker);
      tracker.on("done", () => trackers.delete(tracker.key));
      return tracker;
    };
    exports.createClient = (options = {}) => new exports.Client(options);
  }
});

// node_modules/@npmcli/arborist/lib/tracker.js
var require_tracker2 = __commonJS({
  "node_modules/@npmcli/arborist/lib/tracker.js"(exports, module) {
    var proggy = require_lib22();
    module.exports = (cls) => class Tracker extends cls {
      #progress = /* @__PURE__ */ new Map();
      #createTracker(key, name) {
        const tracker = new proggy.Tracker(name ?? key);
        tracker.on("done", () => this.#progress.delete(key));
        this.#progress.set(key, tracker);
      }
      addTracker(section, subsection = null, key = null) {
        if (section === null || section === void 0) {
          this.#onError(`Tracker can't be null or undefined`);
        }
        if (key === null) {
          key = subsection;
        }
        const hasTracker = this.#progress.has(section);
        const hasSubtracker = this.#progress.has(`${section}:${key}`);
        if (hasTracker && subsection === null) {
          this.#onError(`Tracker "${section}" already exists`);
        } else if (!hasTracker && subsection === null) {
          this.#createTracker(section);
        } else if (!hasTracker && subsection !== null) {
          this.#onError(`Parent tracker "${section}" does not exist`);
        } else if (!hasTracker || !hasSubtracker) {
          const parentTracker = this.#progress.get(section);
          parentTracker.update(parentTracker.value, parentTracker.total + 1);
          this.#createTracker(`${section}:${key}`, `${section}:${subsection}`);
        }
      }
      finishTracker(section, subsection = null, key = null) {
        if (section === null || section === void 0) {
          this.#onError(`Tracker can't be null or undefined`);
        }
        if (key === null) {
          key = subsection;
        }
        const hasTracker = this.#progress.has(section);
        const hasSubtracker = this.#progress.has(`${section}:${key}`);
        if (hasTracker && subsection === null) {
          const keys = this.#progress.keys();
          for (const key2 of keys) {
            if (key2.match(new RegExp(section + ":"))) {
              this.finishTracker(section, key2);
            }
          }
          this.#progress.get(section).finish();
        } else if (!hasTracker && subsection === null) {
          this.#onError(`Tracker "${section}" does not exist`);
        } else if (!hasTracker || hasSubtracker) {
          const parentTracker = this.#progress.get(section);
          parentTracker.update(parentTracker.value + 1);
          this.#progress.get(`${section}:${key}`).finish();
        }
      }
      #onError(msg) {
        throw new Error(msg);
      }
    };
  }
});

// node_modules/promise-call-limit/dist/commonjs/index.js
var require_commonjs3 = __commonJS({
  "node_modules/promise-call-limit/dist/commonjs/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callLimit = void 0;
    var os = __importStar(__require("node:os"));
    var defLimit = "availableParallelism" in os ? Math.max(1, os.availableParallelism() - 1) : Math.max(1, os.cpus().length - 1);
    var callLimit = (queue, { limit = defLimit, rejectLate } = {}) => new Promise((res, rej) => {
      let active = 0;
      let current = 0;
      const results = [];
      let rejected = false;
      let rejection;
      const reject = (er) => {
        if (rejected)
          return;
        rejected = true;
        rejection ??= er;
        if (!rejectLate)
          rej(rejection);
      };
      let resolved = false;
      const resolve = () => {
        if (resolved || active > 0)
          return;
        resolved = true;
        res(results);
      };
      const run = () => {
        const c = current++;
        if (c >= queue.length)
          return rejected ? reject() : resolve();
        active++;
        const step = queue[c];
        if (!step)
          throw new Error("walked off queue");
        results[c] = step().then((result) => {
          active--;
          results[c] = result;
          return result;
        }, (er) => {
          active--;
          reject(er);
        }).then((result) => {
          if (rejected && active === 0)
            return rej(rejection);
          run();
          return result;
        });
      };
      for (let i = 0; i < limit; i++)
        run();
    });
    exports.callLimit = callLimit;
  }
});

// node_modules/@npmcli/arborist/lib/realpath.js
var require_realpath = __commonJS({
  "node_modules/@npmcli/arborist/lib/realpath.js"(exports, module) {
    var { lstat, readlink } = __require("node:fs/promises");
    var { resolve, basename, dirname } = __require("node:path");
    var realpathCached = (path, rpcache, stcache, depth) => {
      if (depth > 2e3) {
        throw eloop(path);
      }
      path = resolve(path);
      if (rpcache.has(path)) {
        return Promise.resolve(rpcache.get(path));
      }
      const dir = dirname(path);
      const base = basename(path);
      if (base && rpcache.has(dir)) {
        return realpathChild(dir, base, rpcache, stcache, depth);
      }
      if (!base) {
        rpcache.set(dir, dir);
        return Promise.resolve(dir);
      }
      return realpathCached(dir, rpcache, stcache, depth + 1).then(() => realpathCached(path, rpcache, stcache, depth + 1));
    };
    var lstatCached = (path, stcache) => {
      if (stcache.has(path)) {
        return Promise.resolve(stcache.get(path));
      }
      const p = lstat(path).then((st) => {
        stcache.set(path, st);
        return st;
      });
      stcache.set(path, p);
      return p;
    };
    var eloop = (path) => Object.assign(new Error(
      `ELOOP: too many symbolic links encountered, stat '${path}'`
    ), {
      errno: -62,
      syscall: "stat",
      code: "ELOOP",
      path
    });
    var realpathChild = (dir, base, rpcache, stcache, depth) => {
      const realdir = rpcache.get(dir);
      if (typeof realdir === "undefined") {
        throw new Error("in realpathChild without parent being in realpath cache");
      }
      const realish = resolve(realdir, base);
      return lstatCached(realish, stcache).then((st) => {
        if (!st.isSymbolicLink()) {
          rpcache.set(resolve(dir, base), realish);
          return realish;
        }
        return readlink(realish).then((target) => {
          const resolved = resolve(realdir, target);
          if (realish === resolved) {
            throw eloop(realish);
          }
          return realpathCached(resolved, rpcache, stcache, depth + 1);
        }).then((real) => {
          rpcache.set(resolve(dir, base), real);
          return real;
        });
      });
    };
    module.exports = realpathCached;
  }
});

// node_modules/@npmcli/arborist/lib/debug.js
var require_debug = __commonJS({
  "node_modules/@npmcli/arborist/lib/debug.js"(exports, module) {
    var debug = process.env.ARBORIST_DEBUG !== "0" && (process.env.ARBORIST_DEBUG === "1" || /\barborist\b/.test(process.env.NODE_DEBUG || "") || process.env.npm_package_name === "@npmcli/arborist" && ["test", "snap"].includes(process.env.npm_lifecycle_event) || false);
    module.exports = debug ? (fn) => fn() : () => {
    };
    var red = process.stderr.isTTY ? (msg) => `\x1B[31m${msg}\x1B[39m` : (m) => m;
    module.exports.log = (...msg) => module.exports(() => {
      const { format } = __require("node:util");
      const prefix = `
${process.pid} ${red(format(msg.shift()))} `;
      msg = (prefix + format(...msg).trim().split("\n").join(prefix)).trim();
      console.error(msg);
    });
  }
});

// node_modules/@npmcli/arborist/lib/tree-check.js
var require_tree_check = __commonJS({
  "node_modules/@npmcli/arborist/lib/tree-check.js"(exports, module) {
    var debug = require_debug();
    var checkTree = (tree, checkUnreachable = true) => {
      const log = [["START TREE CHECK", tree.path]];
      if (!tree.root || !tree.root.inventory) {
        return tree;
      }
      const { inventory } = tree.root;
      const seen = /* @__PURE__ */ new Set();
      const check = (node, via = tree, viaType = "self") => {
        log.push([
          "CHECK",
          node && node.location,
          via && via.location,
          viaType,
          "seen=" + seen.has(node),
          "promise=" + !!(node && node.then),
          "root=" + !!(node && node.isRoot)
        ]);
        if (!node || seen.has(node) || node.then) {
          return;
        }
        seen.add(node);
        if (node.isRoot && node !== tree.root) {
          throw Object.assign(new Error("double root"), {
            node: node.path,
            realpath: node.realpath,
            tree: tree.path,
            root: tree.root.path,
            via: via.path,
            viaType,
            log
          });
        }
        if (node.root !== tree.root) {
          throw Object.assign(new Error("node from other root in tree"), {
            node: node.path,
            realpath: node.realpath,
            tree: tree.path,
            root: tree.root.path,
            via: via.path,
            viaType,
            otherRoot: node.root && node.root.path,
            log
          });
        }
        if (!node.isRoot && node.inventory.size !== 0) {
          throw Object.assign(new Error("non-root has non-zero inventory"), {
            node: node.path,
            tree: tree.path,
            root: tree.root.path,
            via: via.path,
            viaType,
            inventory: [...node.inventory.values()].map((node2) => [node2.path, node2.location]),
            log
          });
        }
        if (!node.isRoot && !inventory.has(node) && !node.dummy) {
          throw Object.assign(new Error("not in inventory"), {
            node: node.path,
            tree: tree.path,
            root: tree.root.path,
            via: via.path,
            viaType,
            log
          });
        }
        const devEdges = [...node.edgesOut.values()].filter((e) => e.dev);
        if (!node.isTop && devEdges.length) {
          throw Object.assign(new Error("dev edges on non-top node"), {
            node: node.path,
            tree: tree.path,
            root: tree.root.path,
            via: via.path,
            viaType,
            devEdges: devEdges.map((e) => [e.type, e.name, e.spec, e.error]),
            log
          });
        }
        if (node.path === tree.root.path && node !== tree.root && !tree.root.isLink) {
          throw Object.assign(new Error("node with same path as root"), {
            node: node.path,
            tree: tree.path,
            root: tree.root.path,
            via: via.path,
            viaType,
            log
          });
        }
        if (!node.isLink && node.path !== node.realpath) {
          throw Object.assign(new Error("non-link with mismatched path/realpath"), {
            node: node.path,
            tree: tree.path,
            realpath: node.realpath,
            root: tree.root.path,
            via: via.path,
            viaType,
            log
          });
        }
        const { parent, fsParent, target } = node;
        check(parent, node, "parent");
        check(fsParent, node, "fsParent");
        check(target, node, "target");
        log.push(["CHILDREN", node.location, ...node.children.keys()]);
        for (const kid of node.children.values()) {
          check(kid, node, "children");
        }
        for (const kid of node.fsChildren) {
          check(kid, node, "fsChildren");
        }
        for (const link of node.linksIn) {
          check(link, node, "linksIn");
        }
        for (const top of node.tops) {
          check(top, node, "tops");
        }
        log.push(["DONE", node.location]);
      };
      check(tree);
      if (checkUnreachable) {
        for (const node of inventory.values()) {
          if (!seen.has(node) && node !== tree.root) {
            throw Object.assign(new Error("unreachable in inventory"), {
              node: node.path,
              realpath: node.realpath,
              location: node.location,
              root: tree.root.path,
              tree: tree.path,
              log
            });
          }
        }
      }
      return tree;
    };
    module.exports = (tree) => tree;
    debug(() => module.exports = checkTree);
  }
});

// node_modules/@npmcli/arborist/lib/peer-entry-sets.js
var require_peer_entry_sets = __commonJS({
  "node_modules/@npmcli/arborist/lib/peer-entry-sets.js"(exports, module) {
    var peerEntrySets = (node) => {
      const unionSet = /* @__PURE__ */ new Set([node]);
      for (const node2 of unionSet) {
        for (const edge of node2.edgesOut.values()) {
          if (edge.valid && edge.peer && edge.to) {
            unionSet.add(edge.to);
          }
        }
        for (const edge of node2.edgesIn) {
          if (edge.valid && edge.peer) {
            unionSet.add(edge.from);
          }
        }
      }
      const entrySets = /* @__PURE__ */ new Map();
      for (const peer of unionSet) {
        for (const edge of peer.edgesIn) {
          if (!edge.valid) {
            continue;
          }
          if (!edge.peer || edge.from.isTop) {
            const sub = /* @__PURE__ */ new Set([peer]);
            for (const peer2 of sub) {
              for (const edge2 of peer2.edgesOut.values()) {
                if (edge2.valid && edge2.peer && edge2.to) {
                  sub.add(edge2.to);
                }
              }
            }
            if (sub.has(node)) {
              entrySets.set(edge, sub);
            }
          }
        }
      }
      return entrySets;
    };
    module.exports = peerEntrySets;
  }
});

// node_modules/@npmcli/arborist/lib/deepest-nesting-target.js
var require_deepest_nesting_target = __commonJS({
  "node_modules/@npmcli/arborist/lib/deepest-nesting-target.js"(exports, module) {
    var deepestNestingTarget = (start, name) => {
      for (const target of start.ancestry()) {
        if (target.isProjectRoot || !target.resolveParent || target.globalTop) {
          return target;
        }
        const targetEdge = target.edgesOut.get(name);
        if (!targetEdge || !targetEdge.peer) {
          return target;
        }
      }
    };
    module.exports = deepestNestingTarget;
  }
});

// node_modules/@npmcli/arborist/lib/can-place-dep.js
var require_can_place_dep = __commonJS({
  "node_modules/@npmcli/arborist/lib/can-place-dep.js"(exports, module) {
    var localeCompare = require_string_locale_compare()("en");
    var semver = require_semver();
    var debug = require_debug();
    var peerEntrySets = require_peer_entry_sets();
    var deepestNestingTarget = require_deepest_nesting_target();
    var CONFLICT = /* @__PURE__ */ Symbol("CONFLICT");
    var OK = /* @__PURE__ */ Symbol("OK");
    var REPLACE = /* @__PURE__ */ Symbol("REPLACE");
    var KEEP = /* @__PURE__ */ Symbol("KEEP");
    var CanPlaceDep = class _CanPlaceDep {
      // dep is a dep that we're trying to place.  it should already live in
      // a virtual tree where its peer set is loaded as children of the root.
      // target is the actual place where we're trying to place this dep
      // in a node_modules folder.
      // edge is the edge that we're trying to satisfy with this placement.
      // parent is the CanPlaceDep object of the entry node when placing a peer.
      constructor(options) {
        const {
          dep,
          target,
          edge,
          preferDedupe,
          parent = null,
          peerPath = [],
          explicitRequest = false,
          auditReport = null
        } = options;
        debug(() => {
          if (!dep) {
            throw new Error("no dep provided to CanPlaceDep");
          }
          if (!target) {
            throw new Error("no target provided to CanPlaceDep");
          }
          if (!edge) {
            throw new Error("no edge provided to CanPlaceDep");
          }
          this._treeSnapshot = JSON.stringify([...target.root.inventory.entries()].map(([loc, { packageName, version, resolved }]) => {
            return [loc, packageName, version, resolved];
          }).sort(([a], [b]) => localeCompare(a, b)));
        });
        this.canPlace = null;
        this.canPlaceSelf = null;
        this.dep = dep;
        this.target = target;
        this.edge = edge;
        this.explicitRequest = explicitRequest;
        this.auditReport = auditReport;
        this.peerPath = peerPath;
        this.preferDedupe = !!preferDedupe || edge.peer;
        this.parent = parent;
        this.children = [];
        this.isSource = target === this.peerSetSource;
        this.name = edge.name;
        this.current = target.children.get(this.name);
        this.targetEdge = target.edgesOut.get(this.name);
        this.conflicts = /* @__PURE__ */ new Map();
        this.edgeOverride = !dep.satisfies(edge);
        this.canPlace = this.checkCanPlace();
        if (!this.canPlaceSelf) {
          this.canPlaceSelf = this.canPlace;
        }
        debug(() => {
          const treeSnapshot = JSON.stringify([...target.root.inventory.entries()].map(([loc, { packageName, version, resolved }]) => {
            return [loc, packageName, version, resolved];
          }).sort(([a], [b]) => localeCompare(a, b)));
          if (this._treeSnapshot !== treeSnapshot) {
            throw Object.assign(new Error("tree changed in CanPlaceDep"), {
              expect: this._treeSnapshot,
              actual: treeSnapshot
            });
          }
        });
      }
      checkCanPlace() {
        const { target, targetEdge, current, dep } = this;
        if (dep.errors.length) {
          return current ? REPLACE : OK;
        }
        if (targetEdge && targetEdge.peer && !target.isTop) {
          return CONFLICT;
        }
        if (!current && targetEdge && !dep.satisfies(targetEdge) && targetEdge !== this.edge) {
          return CONFLICT;
        }
        return current ? this.checkCanPlaceCurrent() : this.checkCanPlaceNoCurrent();
      }
      // we know that the target has a dep by this name in its node_modules
      // already.  Can return KEEP, REPLACE, or CONFLICT.
      checkCanPlaceCurrent() {
        const { preferDedupe, explicitRequest, current, target, edge, dep } = this;
        if (dep.matches(current)) {
          if (current.satisfies(edge) || this.edgeOverride) {
            return explicitRequest ? REPLACE : KEEP;
          }
        }
        const { version: curVer } = current;
        const { version: newVer } = dep;
        const auditFixDowngrade = curVer && newVer && semver.lt(newVer, curVer) && this.auditReport?.isVulnerable(current) && !this.auditReport.isVulnerable(dep);
        const tryReplace = curVer && newVer && (semver.gte(newVer, curVer) || auditFixDowngrade);
        if (tryReplace && dep.canReplace(current)) {
          const cpp = this.canPlacePeers(REPLACE);
          if (cpp !== CONFLICT) {
            return cpp;
          }
        }
        if (current.satisfies(edge) && (!explicitRequest || preferDedupe)) {
          return KEEP;
        }
        if (preferDedupe && !tryReplace && dep.canReplace(current)) {
          const cpp = this.canPlacePeers(REPLACE);
          if (cpp !== CONFLICT) {
            return cpp;
          }
        }
        const myDeepest = this.deepestNestingTarget;
        if (target !== myDeepest) {
          return CONFLICT;
        }
        if (!edge.peer && target === edge.from) {
          return this.canPlacePeers(REPLACE);
        }
        if (!this.parent && !edge.peer) {
          return CONFLICT;
        }
        let canReplace = true;
        for (const [entryEdge, currentPeers] of peerEntrySets(current)) {
          if (entryEdge === this.edge || entryEdge === this.peerEntryEdge) {
            continue;
          }
          const entryNode = entryEdge.to;
          const entryRep = dep.parent.children.get(entryNode.name);
          if (entryRep) {
            if (entryRep.canReplace(entryNode, dep.parent.children.keys())) {
              continue;
            }
          }
          let canClobber = !entryRep;
          if (!entryRep) {
            const peerReplacementWalk = /* @__PURE__ */ new Set([entryNode]);
            OUTER: for (const currentPeer of peerReplacementWalk) {
              for (const edge2 of currentPeer.edgesOut.values()) {
                if (!edge2.peer || !edge2.valid) {
                  continue;
                }
                const rep = dep.parent.children.get(edge2.name);
                if (!rep) {
                  if (edge2.to) {
                    peerReplacementWalk.add(edge2.to);
                  }
                  continue;
                }
                if (!rep.satisfies(edge2)) {
                  canClobber = false;
                  break OUTER;
                }
              }
            }
          }
          if (canClobber) {
            continue;
          }
          let canNestCurrent = true;
          for (const currentPeer of currentPeers) {
            if (!canNestCurrent) {
              break;
            }
            const curDeep = deepestNestingTarget(entryEdge.from, currentPeer.name);
            if (curDeep === target || target.isDescendantOf(curDeep)) {
              canNestCurrent = false;
              canReplace = false;
            }
            if (canNestCurrent) {
              continue;
            }
          }
        }
        if (canReplace) {
          return this.canPlacePeers(REPLACE);
        }
        return CONFLICT;
      }
      checkCanPlaceNoCurrent() {
        const { target, peerEntryEdge, dep, name } = this;
        const current = target !== peerEntryEdge.from && target.resolve(name);
        if (current) {
          for (const edge of current.edgesIn.values()) {
            if (edge.from.isDescendantOf(target) && edge.valid) {
              if (!dep.satisfies(edge)) {
                return CONFLICT;
              }
            }
          }
        }
        return this.canPlacePeers(OK);
      }
      get deepestNestingTarget() {
        const start = this.parent ? this.parent.deepestNestingTarget : this.edge.from;
        return deepestNestingTarget(start, this.name);
      }
      get conflictChildren() {
        return this.allChildren.filter((c) => c.canPlace === CONFLICT);
      }
      get allChildren() {
        const set = new Set(this.children);
        for (const child of set) {
          for (const grandchild of child.children) {
            set.add(grandchild);
          }
        }
        return [...set];
      }
      get top() {
        return this.parent ? this.parent.top : this;
      }
      // check if peers can go here.  returns state or CONFLICT
      canPlacePeers(state) {
        this.canPlaceSelf = state;
        if (this._canPlacePeers) {
          return this._canPlacePeers;
        }
        const peerPath = [...this.peerPath, this.dep];
        let sawConflict = false;
        for (const peerEdge of this.dep.edgesOut.values()) {
          if (!peerEdge.peer || !peerEdge.to || peerPath.includes(peerEdge.to)) {
            continue;
          }
          const peer = peerEdge.to;
          const target = deepestNestingTarget(this.target, peer.name);
          const cpp = new _CanPlaceDep({
            dep: peer,
            target,
            parent: this,
            edge: peerEdge,
            peerPath,
            auditReport: this.auditReport,
            // always place peers in preferDedupe mode
            preferDedupe: true
          });
          debug(() => {
            if (this.children.some((c) => c.dep === cpp.dep)) {
              throw new Error("checking same dep repeatedly");
            }
          });
          this.children.push(cpp);
          if (cpp.canPlace === CONFLICT) {
            sawConflict = true;
          }
        }
        this._canPlacePeers = sawConflict ? CONFLICT : state;
        return this._canPlacePeers;
      }
      // what is the node that is causing this peerSet to be placed?
      get peerSetSource() {
        return this.parent ? this.parent.peerSetSource : this.edge.from;
      }
      get peerEntryEdge() {
        return this.top.edge;
      }
      static get CONFLICT() {
        return CONFLICT;
      }
      static get OK() {
        return OK;
      }
      static get REPLACE() {
        return REPLACE;
      }
      static get KEEP() {
        return KEEP;
      }
      get description() {
        const { canPlace } = this;
        return canPlace && canPlace.description || /* istanbul ignore next - old node affordance */
        canPlace;
      }
    };
    module.exports = CanPlaceDep;
  }
});

// node_modules/bin-links/lib/is-windows.js
var require_is_windows = __commonJS({
  "node_modules/bin-links/lib/is-windows.js"(exports, module) {
    var platform = process.env.__TESTING_BIN_LINKS_PLATFORM__ || process.platform;
    module.exports = platform === "win32";
  }
});

// node_modules/bin-links/lib/get-node-modules.js
var require_get_node_modules = __commonJS({
  "node_modules/bin-links/lib/get-node-modules.js"(exports, module) {
    var { dirname, basename } = __require("path");
    var memo = /* @__PURE__ */ new Map();
    module.exports = (path) => {
      if (memo.has(path)) {
        return memo.get(path);
      }
      const scopeOrNm = dirname(path);
      const nm = basename(scopeOrNm) === "node_modules" ? scopeOrNm : dirname(scopeOrNm);
      memo.set(path, nm);
      return nm;
    };
  }
});

// node_modules/bin-links/lib/get-prefix.js
var require_get_prefix = __commonJS({
  "node_modules/bin-links/lib/get-prefix.js"(exports, module) {
    var { dirname } = __require("path");
    var getNodeModules = require_get_node_modules();
    module.exports = (path) => dirname(getNodeModules(path));
  }
});

// node_modules/bin-links/lib/bin-target.js
var require_bin_target = __commonJS({
  "node_modules/bin-links/lib/bin-target.js"(exports, module) {
    var isWindows = require_is_windows();
    var getPrefix = require_get_prefix();
    var getNodeModules = require_get_node_modules();
    var { dirname } = __require("path");
    module.exports = ({ top, path }) => !top ? getNodeModules(path) + "/.bin" : isWindows ? getPrefix(path) : dirname(getPrefix(path)) + "/bin";
  }
});

// node_modules/cmd-shim/lib/to-batch-syntax.js
var require_to_batch_syntax = __commonJS({
  "node_modules/cmd-shim/lib/to-batch-syntax.js"(exports) {
    exports.replaceDollarWithPercentPair = replaceDollarWithPercentPair;
    exports.convertToSetCommand = convertToSetCommand;
    exports.convertToSetCommands = convertToSetCommands;
    function convertToSetCommand(key, value) {
      var line = "";
      key = key || "";
      key = key.trim();
      value = value || "";
      value = value.trim();
      if (key && value && value.length > 0) {
        line = "@SET " + key + "=" + replaceDollarWithPercentPair(value) + "\r\n";
      }
      return line;
    }
    function extractVariableValuePairs(declarations) {
      var pairs = {};
      declarations.map(function(declaration) {
        var split = declaration.split("=");
        pairs[split[0]] = split[1];
      });
      return pairs;
    }
    function convertToSetCommands(variableString) {
      var variableValuePairs = extractVariableValuePairs(variableString.split(" "));
      var variableDeclarationsAsBatch = "";
      Object.keys(variableValuePairs).forEach(function(key) {
        variableDeclarationsAsBatch += convertToSetCommand(key, variableValuePairs[key]);
      });
      return variableDeclarationsAsBatch;
    }
    function replaceDollarWithPercentPair(value) {
      var dollarExpressions = /\$\{?([^$@#?\- \t{}:]+)\}?/g;
      var result = "";
      var startIndex = 0;
      do {
        var match = dollarExpressions.exec(value);
        if (match) {
          var betweenMatches = value.substring(startIndex, match.index) || "";
          result += betweenMatches + "%" + match[1] + "%";
          startIndex = dollarExpressions.lastIndex;
        }
      } while (dollarExpressions.lastIndex > 0);
      result += value.slice(startIndex);
      return result;
    }
  }
});

// node_modules/cmd-shim/lib/index.js
var require_lib23 = __commonJS({
  "node_modules/cmd-shim/lib/index.js"(exports, module) {
    var {
      chmod,
      mkdir,
      readFile,
      stat,
      unlink,
      writeFile
    } = __require("fs/promises");
    var { dirname, relative } = __require("path");
    var toBatchSyntax = require_to_batch_syntax();
    var shebangExpr = /^#!\s*(?:\/usr\/bin\/env\s+(?:-S\s+)?((?:[^ \t=]+=[^ \t=]+\s+)*))?([^ \t]+)(.*)$/;
    var cmdShimIfExists = (from, to) => stat(from).then(() => cmdShim(from, to), () => {
    });
    var rm = (path) => unlink(path).catch(() => {
    });
    var cmdShim = (from, to) => stat(from).then(() => cmdShim_(from, to));
    var cmdShim_ = (from, to) => Promise.all([
      rm(to),
      rm(to + ".cmd"),
      rm(to + ".ps1")
    ]).then(() => writeShim(from, to));
    var writeShim = (from, to) => (
      // make a cmd file and a sh script
      // First, check if the bin is a #! of some sort.
      // If not, then assume it's something that'll be compiled, or some other
      // sort of script, and just call it directly.
      mkdir(dirname(to), { recursive: true }).then(() => readFile(from, "utf8")).then((data) => {
        const firstLine = data.trim().split(/\r*\n/)[0];
        const shebang = firstLine.match(shebangExpr);
        if (!shebang) {
          return writeShim_(from, to);
        }
        const vars = shebang[1] || "";
        const prog = shebang[2];
        const args = shebang[3] || "";
        return writeShim_(from, to, prog, args, vars);
      }, () => writeShim_(from, to))
    );
    var writeShim_ = (from, to, prog, args, variables) => {
      let shTarget = relative(dirname(to), from);
      shTarget = shTarget.split("\\").join("/");
      let target = shTarget.split("/").join("\\");
      let pwshTarget = shTarget;
      let longProg;
      let shProg = prog && prog.split("\\").join("/");
      let shLongProg;
      let pwshProg = shProg && `"${shProg}$exe"`;
      let pwshLongProg;
      args = args || "";
      variables = variables || "";
      if (!prog) {
        prog = `"%dp0%\\${target}"`;
        shProg = `"$basedir/${shTarget}"`;
        pwshProg = shProg;
        args = "";
        target = "";
        shTarget = "";
        pwshTarget = "";
      } else {
        longProg = `"%dp0%\\${prog}.exe"`;
        shLongProg = `"$basedir/${prog}"`;
        pwshLongProg = `"$basedir/${prog}$exe"`;
        target = `"%dp0%\\${target}"`;
        shTarget = `"$basedir_win/${shTarget}"`;
        pwshTarget = `"$basedir/${pwshTarget}"`;
      }
      const head = "@ECHO off\r\nGOTO start\r\n:find_dp0\r\nSET dp0=%~dp0\r\nEXIT /b\r\n:start\r\nSETLOCAL\r\nCALL :find_dp0\r\n";
      let cmd;
      if (longProg) {
        args = args.trim();
        const variablesBatch = toBatchSyntax.convertToSetCommands(variables);
        cmd = head + variablesBatch + `\r
IF EXIST ${longProg} (\r
  SET "_prog=${longProg.replace(/(^")|("$)/g, "")}"\r
) ELSE (\r
  SET "_prog=${prog.replace(/(^")|("$)/g, "")}"\r
)\r
\r
endLocal & goto #_undefined_# 2>NUL || title %COMSPEC% & set PATHEXT=%PATHEXT:;.JS;=;% & "%_prog%" ${args} ${target} %*\r
`;
      } else {
        cmd = `${head}${prog} ${args} ${target} %*\r
`;
      }
      let sh = "#!/bin/sh\n";
      sh = sh + `basedir=$(dirname "$(echo "$0" | sed -e 's,\\\\,/,g')")
basedir_win="$basedir"

case \`uname -a\` in
  *CYGWIN*|*MINGW*|*MSYS*)
    if command -v cygpath > /dev/null 2>&1; then
      basedir_win=\`cygpath -w "$basedir"\`
    fi
  ;;
  *WSL2*)
    if command -v wslpath > /dev/null 2>&1; then
      basedir_win="$(wslpath -w "$basedir" 2> /dev/null)"
      if [ $? -ne 0 ] || [ -z "$basedir_win" ]; then
        echo "Error: wslpath failed to convert path. WSL environment may be misconfigured." >&2
        exit 1
      fi
    fi
  ;;
esac

`;
      if (shLongProg) {
        sh = sh + `PROG_EXE=${shLongProg.replace(/"$/, '.exe"')}
if ! [ -x "$PROG_EXE" ]; then
  PROG_EXE=${shLongProg}
  if ! [ -x "$PROG_EXE" ]; then
    PROG_EXE=${shProg}
    if ! [ -x "$PROG_EXE" ]; then
      PROG_EXE=${shProg}.exe
    fi
  fi
fi

exec ${variables}"$PROG_EXE" ${args} ${shTarget} "$@"
`;
      } else {
        sh = sh + `exec ${shProg} ${args} ${shTarget} "$@"
`;
      }
      let pwsh = '#!/usr/bin/env pwsh\n$basedir=Split-Path $MyInvocation.MyCommand.Definition -Parent\n\n$exe=""\nif ($PSVersionTable.PSVersion -lt "6.0" -or $IsWindows) {\n  # Fix case when both the Windows and Linux builds of Node\n  # are installed in the same directory\n  $exe=".exe"\n}\n';
      if (pwshLongProg) {
        pwsh = pwsh + `$ret=0
if (Test-Path ${pwshLongProg}) {
  # Support pipeline input
  if ($MyInvocation.ExpectingInput) {
    $input | & ${pwshLongProg} ${args} ${pwshTarget} $args
  } else {
    & ${pwshLongProg} ${args} ${pwshTarget} $args
  }
  $ret=$LASTEXITCODE
} else {
  # Support pipeline input
  if ($MyInvocation.ExpectingInput) {
    $input | & ${pwshProg} ${args} ${pwshTarget} $args
  } else {
    & ${pwshProg} ${args} ${pwshTarget} $args
  }
  $ret=$LASTEXITCODE
}
exit $ret
`;
      } else {
        pwsh = pwsh + `# Support pipeline input
if ($MyInvocation.ExpectingInput) {
  $input | & ${pwshProg} ${args} ${pwshTarget} $args
} else {
  & ${pwshProg} ${args} ${pwshTarget} $args
}
exit $LASTEXITCODE
`;
      }
      return Promise.all([
        writeFile(to + ".ps1", pwsh, "utf8"),
        writeFile(to + ".cmd", cmd, "utf8"),
        writeFile(to, sh, "utf8")
      ]).then(() => chmodShim(to));
    };
    var chmodShim = (to) => Promise.all([
      chmod(to, 493),
      chmod(to + ".cmd", 493),
      chmod(to + ".ps1", 493)
    ]);
    module.exports = cmdShim;
    cmdShim.ifExists = cmdShimIfExists;
  }
});

// node_modules/read-cmd-shim/lib/index.js
var require_lib24 = __commonJS({
  "node_modules/read-cmd-shim/lib/index.js"(exports, module) {
    var fs = __require("fs");
    var { promisify } = __require("util");
    var { readFileSync } = fs;
    var readFile = promisify(fs.readFile);
    var extractPath = (path, cmdshimContents) => {
      if (/[.]cmd$/.test(path)) {
        return extractPathFromCmd(cmdshimContents);
      } else if (/[.]ps1$/.test(path)) {
        return extractPathFromPowershell(cmdshimContents);
      } else {
        return extractPathFromCygwin(cmdshimContents);
      }
    };
    var extractPathFromPowershell = (cmdshimContents) => {
      const matches = cmdshimContents.match(/"[$]basedir[/]([^"]+?)"\s+[$]args/);
      return matches && matches[1];
    };
    var extractPathFromCmd = (cmdshimContents) => {
      const matches = cmdshimContents.match(/"%(?:~dp0|dp0%)\\([^"]+?)"\s+%[*]/);
      return matches && matches[1];
    };
    var extractPathFromCygwin = (cmdshimContents) => {
      const matches = cmdshimContents.match(/"[$]basedir(?:_win)?[/]([^"]+?)"\s+"[$]@"/);
      return matches && matches[1];
    };
    var wrapError = (thrown, newError) => {
      newError.message = thrown.message;
      newError.code = thrown.code;
      newError.path = thrown.path;
      return newError;
    };
    var notaShim = (path, er) => {
      if (!er) {
        er = new Error();
        Error.captureStackTrace(er, notaShim);
      }
      er.code = "ENOTASHIM";
      er.message = `Can't read shim path from '${path}', it doesn't appear to be a cmd-shim`;
      return er;
    };
    var readCmdShim = (path) => {
      const er = new Error();
      Error.captureStackTrace(er, readCmdShim);
      return readFile(path).then((contents) => {
        const destination = extractPath(path, contents.toString());
        if (destination) {
          return destination;
        }
        throw notaShim(path, er);
      }, (readFileEr) => {
        throw wrapError(readFileEr, er);
      });
    };
    var readCmdShimSync = (path) => {
      const contents = readFileSync(path);
      const destination = extractPath(path, contents.toString());
      if (!destination) {
        throw notaShim(path);
      }
      return destination;
    };
    readCmdShim.sync = readCmdShimSync;
    module.exports = readCmdShim;
  }
});

// node_modules/signal-exit/dist/cjs/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/dist/cjs/signals.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.signals = void 0;
    exports.signals = [];
    exports.signals.push("SIGHUP", "SIGINT", "SIGTERM");
    if (process.platform !== "win32") {
      exports.signals.push(
        "SIGALRM",
        "SIGABRT",
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      exports.signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
    }
  }
});

// node_modules/signal-exit/dist/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/signal-exit/dist/cjs/index.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.unload = exports.load = exports.onExit = exports.signals = void 0;
    var signals_js_1 = require_signals();
    Object.defineProperty(exports, "signals", { enumerable: true, get: function() {
      return signals_js_1.signals;
    } });
    var processOk = (process3) => !!process3 && typeof process3 === "object" && typeof process3.removeListener === "function" && typeof process3.emit === "function" && typeof process3.reallyExit === "function" && typeof process3.listeners === "function" && typeof process3.kill === "function" && typeof process3.pid === "number" && typeof process3.on === "function";
    var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
    var global2 = globalThis;
    var ObjectDefineProperty = Object.defineProperty.bind(Object);
    var Emitter = class {
      emitted = {
        afterExit: false,
        exit: false
      };
      listeners = {
        afterExit: [],
        exit: []
      };
      count = 0;
      id = Math.random();
      constructor() {
        if (global2[kExitEmitter]) {
          return global2[kExitEmitter];
        }
        ObjectDefineProperty(global2, kExitEmitter, {
          value: this,
          writable: false,
          enumerable: false,
          configurable: false
        });
      }
      on(ev, fn) {
        this.listeners[ev].push(fn);
      }
      removeListener(ev, fn) {
        const list = this.listeners[ev];
        const i = list.indexOf(fn);
        if (i === -1) {
          return;
        }
        if (i === 0 && list.length === 1) {
          list.length = 0;
        } else {
          list.splice(i, 1);
        }
      }
      emit(ev, code, signal) {
        if (this.emitted[ev]) {
          return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn of this.listeners[ev]) {
          ret = fn(code, signal) === true || ret;
        }
        if (ev === "exit") {
          ret = this.emit("afterExit", code, signal) || ret;
        }
        return ret;
      }
    };
    var SignalExitBase = class {
    };
    var signalExitWrap = (handler) => {
      return {
        onExit(cb, opts) {
          return handler.onExit(cb, opts);
        },
        load() {
          return handler.load();
        },
        unload() {
          return handler.unload();
        }
      };
    };
    var SignalExitFallback = class extends SignalExitBase {
      onExit() {
        return () => {
        };
      }
      load() {
      }
      unload() {
      }
    };
    var SignalExit = class extends SignalExitBase {
      // "SIGHUP" throws an `ENOSYS` error on Windows,
      // so use a supported signal instead
      /* c8 ignore start */
      #hupSig = process2.platform === "win32" ? "SIGINT" : "SIGHUP";
      /* c8 ignore stop */
      #emitter = new Emitter();
      #process;
      #originalProcessEmit;
      #originalProcessReallyExit;
      #sigListeners = {};
      #loaded = false;
      constructor(process3) {
        super();
        this.#process = process3;
        this.#sigListeners = {};
        for (const sig of signals_js_1.signals) {
          this.#sigListeners[sig] = () => {
            const listeners = this.#process.listeners(sig);
            let { count } = this.#emitter;
            const p = process3;
            if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
              count += p.__signal_exit_emitter__.count;
            }
            if (listeners.length === count) {
              this.unload();
              const ret = this.#emitter.emit("exit", null, sig);
              const s = sig === "SIGHUP" ? this.#hupSig : sig;
              if (!ret)
                process3.kill(process3.pid, s);
            }
          };
        }
        this.#originalProcessReallyExit = process3.reallyExit;
        this.#originalProcessEmit = process3.emit;
      }
      onExit(cb, opts) {
        if (!processOk(this.#process)) {
          return () => {
          };
        }
        if (this.#loaded === false) {
          this.load();
        }
        const ev = opts?.alwaysLast ? "afterExit" : "exit";
        this.#emitter.on(ev, cb);
        return () => {
          this.#emitter.removeListener(ev, cb);
          if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
            this.unload();
          }
        };
      }
      load() {
        if (this.#loaded) {
          return;
        }
        this.#loaded = true;
        this.#emitter.count += 1;
        for (const sig of signals_js_1.signals) {
          try {
            const fn = this.#sigListeners[sig];
            if (fn)
              this.#process.on(sig, fn);
          } catch (_) {
          }
        }
        this.#process.emit = (ev, ...a) => {
          return this.#processEmit(ev, ...a);
        };
        this.#process.reallyExit = (code) => {
          return this.#processReallyExit(code);
        };
      }
      unload() {
        if (!this.#loaded) {
          return;
        }
        this.#loaded = false;
        signals_js_1.signals.forEach((sig) => {
          const listener = this.#sigListeners[sig];
          if (!listener) {
            throw new Error("Listener not defined for signal: " + sig);
          }
          try {
            this.#process.removeListener(sig, listener);
          } catch (_) {
          }
        });
        this.#process.emit = this.#originalProcessEmit;
        this.#process.reallyExit = this.#originalProcessReallyExit;
        this.#emitter.count -= 1;
      }
      #processReallyExit(code) {
        if (!processOk(this.#process)) {
          return 0;
        }
        this.#process.exitCode = code || 0;
        this.#emitter.emit("exit", this.#process.exitCode, null);
        return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
      }
      #processEmit(ev, ...args) {
        const og = this.#originalProcessEmit;
        if (ev === "exit" && processOk(this.#process)) {
          if (typeof args[0] === "number") {
            this.#process.exitCode = args[0];
          }
          const ret = og.call(this.#process, ev, ...args);
          this.#emitter.emit("exit", this.#process.exitCode, null);
          return ret;
        } else {
          return og.call(this.#process, ev, ...args);
        }
      }
    };
    var process2 = globalThis.process;
    _a = signalExitWrap(processOk(process2) ? new SignalExit(process2) : new SignalExitFallback()), /**
     * Called when the process is exiting, whether via signal, explicit
     * exit, or running out of stuff to do.
     *
     * If the global process object is not suitable for instrumentation,
     * then this will be a no-op.
     *
     * Returns a function that may be used to unload signal-exit.
     */
    exports.onExit = _a.onExit, /**
     * Load the listeners.  Likely you never need to call this, unless
     * doing a rather deep integration with signal-exit functionality.
     * Mostly exposed for the benefit of testing.
     *
     * @internal
     */
    exports.load = _a.load, /**
     * Unload the listeners.  Likely you never need to call this, unless
     * doing a rather deep integration with signal-exit functionality.
     * Mostly exposed for the benefit of testing.
     *
     * @internal
     */
    exports.unload = _a.unload;
  }
});

// node_modules/write-file-atomic/lib/index.js
var require_lib25 = __commonJS({
  "node_modules/write-file-atomic/lib/index.js"(exports, module) {
    "use strict";
    module.exports = writeFile;
    module.exports.sync = writeFileSync;
    module.exports._getTmpname = getTmpname;
    module.exports._cleanupOnExit = cleanupOnExit;
    var fs = __require("fs");
    var crypto = __require("node:crypto");
    var { onExit } = require_cjs();
    var path = __require("path");
    var { promisify } = __require("util");
    var activeFiles = {};
    var threadId = (function getId() {
      try {
        const workerThreads = __require("worker_threads");
        return workerThreads.threadId;
      } catch (e) {
        return 0;
      }
    })();
    var invocations = 0;
    function getTmpname(filename) {
      return filename + "." + crypto.createHash("sha1").update(__filename).update(String(process.pid)).update(String(threadId)).update(String(++invocations)).digest().readUInt32BE(0);
    }
    function cleanupOnExit(tmpfile) {
      return () => {
        try {
          fs.unlinkSync(typeof tmpfile === "function" ? tmpfile() : tmpfile);
        } catch {
        }
      };
    }
    function serializeActiveFile(absoluteName) {
      return new Promise((resolve) => {
        if (!activeFiles[absoluteName]) {
          activeFiles[absoluteName] = [];
        }
        activeFiles[absoluteName].push(resolve);
        if (activeFiles[absoluteName].length === 1) {
          resolve();
        }
      });
    }
    function isChownErrOk(err) {
      if (err.code === "ENOSYS") {
        return true;
      }
      const nonroot = !process.getuid || process.getuid() !== 0;
      if (nonroot) {
        if (err.code === "EINVAL" || err.code === "EPERM") {
          return true;
        }
      }
      return false;
    }
    async function writeFileAsync(filename, data, options = {}) {
      if (typeof options === "string") {
        options = { encoding: options };
      }
      let fd;
      let tmpfile;
      const removeOnExitHandler = onExit(cleanupOnExit(() => tmpfile));
      const absoluteName = path.resolve(filename);
      try {
        await serializeActiveFile(absoluteName);
        const truename = await promisify(fs.realpath)(filename).catch(() => filename);
        tmpfile = getTmpname(truename);
        if (!options.mode || !options.chown) {
          const stats = await promisify(fs.stat)(truename).catch(() => {
          });
          if (stats) {
            if (options.mode == null) {
              options.mode = stats.mode;
            }
            if (options.chown == null && process.getuid) {
              options.chown = { uid: stats.uid, gid: stats.gid };
            }
          }
        }
        fd = await promisify(fs.open)(tmpfile, "w", options.mode);
        if (options.tmpfileCreated) {
          await options.tmpfileCreated(tmpfile);
        }
        if (ArrayBuffer.isView(data)) {
          await promisify(fs.write)(fd, data, 0, data.length, 0);
        } else if (data != null) {
          await promisify(fs.write)(fd, String(data), 0, String(options.encoding || "utf8"));
        }
        if (options.fsync !== false) {
          await promisify(fs.fsync)(fd);
        }
        await promisify(fs.close)(fd);
        fd = null;
        if (options.chown) {
          await promisify(fs.chown)(tmpfile, options.chown.uid, options.chown.gid).catch((err) => {
            if (!isChownErrOk(err)) {
              throw err;
            }
          });
        }
        if (options.mode) {
          await promisify(fs.chmod)(tmpfile, options.mode).catch((err) => {
            if (!isChownErrOk(err)) {
              throw err;
            }
          });
        }
        await promisify(fs.rename)(tmpfile, truename);
      } finally {
        if (fd) {
          await promisify(fs.close)(fd).catch(
            /* istanbul ignore next */
            () => {
            }
          );
        }
        removeOnExitHandler();
        await promisify(fs.unlink)(tmpfile).catch(() => {
        });
        activeFiles[absoluteName].shift();
        if (activeFiles[absoluteName].length > 0) {
          activeFiles[absoluteName][0]();
        } else {
          delete activeFiles[absoluteName];
        }
      }
    }
    async function writeFile(filename, data, options, callback) {
      if (options instanceof Function) {
        callback = options;
        options = {};
      }
      const promise = writeFileAsync(filename, data, options);
      if (callback) {
        try {
          const result = await promise;
          return callback(result);
        } catch (err) {
          return callback(err);
        }
      }
      return promise;
    }
    function writeFileSync(filename, data, options) {
      if (typeof options === "string") {
        options = { encoding: options };
      } else if (!options) {
        options = {};
      }
      try {
        filename = fs.realpathSync(filename);
      } catch (ex) {
      }
      const tmpfile = getTmpname(filename);
      if (!options.mode || !options.chown) {
        try {
          const stats = fs.statSync(filename);
          options = Object.assign({}, options);
          if (!options.mode) {
            options.mode = stats.mode;
          }
          if (!options.chown && process.getuid) {
            options.chown = { uid: stats.uid, gid: stats.gid };
          }
        } catch (ex) {
        }
      }
      let fd;
      const cleanup = cleanupOnExit(tmpfile);
      const removeOnExitHandler = onExit(cleanup);
      let threw = true;
      try {
        fd = fs.openSync(tmpfile, "w", options.mode || 438);
        if (options.tmpfileCreated) {
          options.tmpfileCreated(tmpfile);
        }
        if (ArrayBuffer.isView(data)) {
          fs.writeSync(fd, data, 0, data.length, 0);
        } else if (data != null) {
          fs.writeSync(fd, String(data), 0, String(options.encoding || "utf8"));
        }
        if (options.fsync !== false) {
          fs.fsyncSync(fd);
        }
        fs.closeSync(fd);
        fd = null;
        if (options.chown) {
          try {
            fs.chownSync(tmpfile, options.chown.uid, options.chown.gid);
          } catch (err) {
            if (!isChownErrOk(err)) {
              throw err;
            }
          }
        }
        if (options.mode) {
          try {
            fs.chmodSync(tmpfile, options.mode);
          } catch (err) {
            if (!isChownErrOk(err)) {
              throw err;
            }
          }
        }
        fs.renameSync(tmpfile, filename);
        threw = false;
      } finally {
        if (fd) {
          try {
            fs.closeSync(fd);
          } catch (ex) {
          }
        }
        removeOnExitHandler();
        if (threw) {
          cleanup();
        }
      }
    }
  }
});

// node_modules/bin-links/lib/fix-bin.js
var require_fix_bin = __commonJS({
  "node_modules/bin-links/lib/fix-bin.js"(exports, module) {
    var {
      chmod,
      open,
      readFile,
      stat
    } = __require("fs/promises");
    var execMode = 511 & ~process.umask();
    var writeFileAtomic = require_lib25();
    var isWindowsHashBang = (buf) => buf[0] === "#".charCodeAt(0) && buf[1] === "!".charCodeAt(0) && /^#![^\n]+\r\n/.test(buf.toString());
    var isWindowsHashbangFile = (file) => {
      const FALSE = () => false;
      return open(file, "r").then((fh) => {
        const buf = Buffer.alloc(2048);
        return fh.read(buf, 0, 2048, 0).then(
          () => {
            const isWHB = isWindowsHashBang(buf);
            return fh.close().then(() => isWHB, () => isWHB);
          },
          // don't leak FD if read() fails
          () => fh.close().then(FALSE, FALSE)
        );
      }, FALSE);
    };
    var dos2Unix = (file) => readFile(file, "utf8").then((content) => writeFileAtomic(file, content.replace(/^(#![^\n]+)\r\n/, "$1\n")));
    var fixBin = (file, mode = execMode) => stat(file).then((st) => (st.mode & mode) === mode ? null : chmod(file, mode)).then(() => isWindowsHashbangFile(file)).then((isWHB) => isWHB ? dos2Unix(file) : null);
    module.exports = fixBin;
  }
});

// node_modules/bin-links/lib/shim-bin.js
var require_shim_bin = __commonJS({
  "node_modules/bin-links/lib/shim-bin.js"(exports, module) {
    var { resolve, dirname, sep } = __require("path");
    var { lstat } = __require("fs/promises");
    var throwNonEnoent = (er) => {
      if (er.code !== "ENOENT") {
        throw er;
      }
    };
    var cmdShim = require_lib23();
    var readCmdShim = require_lib24();
    var fixBin = require_fix_bin();
    var seen = /* @__PURE__ */ new Set();
    var failEEXIST = ({ to, from }) => Promise.reject(Object.assign(new Error("EEXIST: file already exists"), {
      path: to,
      dest: from,
      code: "EEXIST"
    }));
    var handleReadCmdShimError = ({ er, from, to }) => er.code === "ENOENT" ? null : er.code === "ENOTASHIM" ? failEEXIST({ from, to }) : Promise.reject(er);
    var SKIP = /* @__PURE__ */ Symbol("skip - missing or already installed");
    var shimBin = ({ path, to, from, absFrom, force }) => {
      const shims = [
        to,
        to + ".cmd",
        to + ".ps1"
      ];
      for (const shim of shims) {
        if (seen.has(shim)) {
          return true;
        }
        seen.add(shim);
      }
      return Promise.all([
        ...shims,
        absFrom
      ].map((f) => lstat(f).catch(throwNonEnoent))).then((stats) => {
        const [, , , stFrom] = stats;
        if (!stFrom) {
          return SKIP;
        }
        if (force) {
          return false;
        }
        return Promise.all(shims.map((s, i) => [s, stats[i]]).map(([s, st]) => {
          if (!st) {
            return false;
          }
          return readCmdShim(s).then((target) => {
            target = resolve(dirname(to), target);
            const base = resolve(path);
            if (target !== base && !target.startsWith(base + sep)) {
              return failEEXIST({ from, to, path });
            }
            return false;
          }, (er) => handleReadCmdShimError({ er, from, to }));
        }));
      }).then((skip) => skip !== SKIP && doShim(absFrom, to));
    };
    var doShim = (absFrom, to) => cmdShim(absFrom, to).then(() => fixBin(absFrom));
    var resetSeen = () => {
      for (const p of seen) {
        seen.delete(p);
      }
    };
    module.exports = Object.assign(shimBin, { resetSeen });
  }
});

// node_modules/bin-links/lib/link-gently.js
var require_link_gently = __commonJS({
  "node_modules/bin-links/lib/link-gently.js"(exports, module) {
    var { resolve, dirname, sep } = __require("path");
    var { lstat, mkdir, readlink, rm, symlink } = __require("fs/promises");
    var { log } = require_lib();
    var throwSignificant = (er) => {
      if (er.code === "ENOENT") {
        return;
      }
      if (er.code === "EACCES") {
        log.warn("error adding file", er.message);
        return;
      }
      throw er;
    };
    var rmOpts = {
      recursive: true,
      force: true
    };
    var seen = /* @__PURE__ */ new Set();
    var SKIP = /* @__PURE__ */ Symbol("skip - missing or already installed");
    var CLOBBER = /* @__PURE__ */ Symbol("clobber - ours or in forceful mode");
    var linkGently = async ({ path, to, from, absFrom, force }) => {
      if (seen.has(to)) {
        return false;
      }
      seen.add(to);
      return Promise.all([
        lstat(absFrom).catch(throwSignificant),
        lstat(to).catch(throwSignificant)
      ]).then(([stFrom, stTo]) => {
        if (!stFrom) {
          return SKIP;
        }
        if (stTo) {
          if (!stTo.isSymbolicLink()) {
            return force && rm(to, rmOpts).then(() => CLOBBER);
          }
          return readlink(to).then((target) => {
            if (target === from) {
              return SKIP;
            }
            target = resolve(dirname(to), target);
            if (target === path || target.startsWith(path + sep) || force) {
              return rm(to, rmOpts).then(() => CLOBBER);
            }
            return false;
          });
        } else {
          return mkdir(dirname(to), { recursive: true });
        }
      }).then((skipOrClobber) => {
        if (skipOrClobber === SKIP) {
          return false;
        }
        return symlink(from, to, "file").catch((er) => {
          if (skipOrClobber === CLOBBER || force) {
            return rm(to, rmOpts).then(() => symlink(from, to, "file"));
          }
          throw er;
        }).then(() => true);
      });
    };
    var resetSeen = () => {
      for (const p of seen) {
        seen.delete(p);
      }
    };
    module.exports = Object.assign(linkGently, { resetSeen });
  }
});

// node_modules/bin-links/lib/link-bin.js
var require_link_bin = __commonJS({
  "node_modules/bin-links/lib/link-bin.js"(exports, module) {
    var linkGently = require_link_gently();
    var fixBin = require_fix_bin();
    var linkBin = ({ path, to, from, absFrom, force }) => linkGently({ path, to, from, absFrom, force }).then((linked) => linked && fixBin(absFrom));
    module.exports = linkBin;
  }
});

// node_modules/bin-links/lib/link-bins.js
var require_link_bins = __commonJS({
  "node_modules/bin-links/lib/link-bins.js"(exports, module) {
    var isWindows = require_is_windows();
    var binTarget = require_bin_target();
    var { dirname, resolve, relative } = __require("path");
    var linkBin = isWindows ? require_shim_bin() : require_link_bin();
    var normalize = require_lib7();
    var linkBins = ({ path, pkg, top, force }) => {
      pkg = normalize(pkg);
      if (!pkg.bin) {
        return Promise.resolve([]);
      }
      const promises = [];
      const target = binTarget({ path, top });
      for (const [key, val] of Object.entries(pkg.bin)) {
        const to = resolve(target, key);
        const absFrom = resolve(path, val);
        const from = relative(dirname(to), absFrom);
        promises.push(linkBin({ path, from, to, absFrom, force }));
      }
      return Promise.all(promises);
    };
    module.exports = linkBins;
  }
});

// node_modules/bin-links/lib/check-bin.js
var require_check_bin = __commonJS({
  "node_modules/bin-links/lib/check-bin.js"(exports, module) {
    var isWindows = require_is_windows();
    var binTarget = require_bin_target();
    var { resolve, dirname, sep } = __require("path");
    var readCmdShim = require_lib24();
    var { readlink } = __require("fs/promises");
    var checkBin = async ({ bin, path, top, global: global2, force }) => {
      if (force || !global2 || !top) {
        return;
      }
      const target = resolve(binTarget({ path, top }), bin);
      path = resolve(path);
      return isWindows ? checkShim({ target, path }) : checkLink({ target, path });
    };
    var handleReadLinkError = async ({ er, target }) => er.code === "ENOENT" ? null : failEEXIST({ target });
    var checkLink = async ({ target, path }) => {
      const current = await readlink(target).catch((er) => handleReadLinkError({ er, target }));
      if (!current) {
        return;
      }
      const resolved = resolve(dirname(target), current);
      const resolvedLower = resolved.toLowerCase();
      const pathLower = path.toLowerCase();
      if (resolvedLower !== pathLower && !resolvedLower.startsWith(pathLower + sep)) {
        return failEEXIST({ target });
      }
    };
    var handleReadCmdShimError = ({ er, target }) => er.code === "ENOENT" ? null : failEEXIST({ target });
    var failEEXIST = ({ target }) => Promise.reject(Object.assign(new Error("EEXIST: file already exists"), {
      path: target,
      code: "EEXIST"
    }));
    var checkShim = async ({ target, path }) => {
      const shims = [
        target,
        target + ".cmd",
        target + ".ps1"
      ];
      await Promise.all(shims.map(async (shim) => {
        const current = await readCmdShim(shim).catch((er) => handleReadCmdShimError({ er, target: shim }));
        if (!current) {
          return;
        }
        const resolved = resolve(dirname(shim), current.replace(/\\/g, "/"));
        const resolvedLower = resolved.toLowerCase();
        const pathLower = path.toLowerCase();
        if (resolvedLower !== pathLower && !resolvedLower.startsWith(pathLower + sep)) {
          return failEEXIST({ target: shim });
        }
      }));
    };
    module.exports = checkBin;
  }
});

// node_modules/bin-links/lib/check-bins.js
var require_check_bins = __commonJS({
  "node_modules/bin-links/lib/check-bins.js"(exports, module) {
    var checkBin = require_check_bin();
    var normalize = require_lib7();
    var checkBins = async ({ pkg, path, top, global: global2, force }) => {
      if (force || !global2 || !top) {
        return;
      }
      pkg = normalize(pkg);
      if (!pkg.bin) {
        return;
      }
      await Promise.all(Object.keys(pkg.bin).map((bin) => checkBin({ bin, path, top, global: global2, force })));
    };
    module.exports = checkBins;
  }
});

// node_modules/bin-links/lib/man-target.js
var require_man_target = __commonJS({
  "node_modules/bin-links/lib/man-target.js"(exports, module) {
    var isWindows = require_is_windows();
    var getPrefix = require_get_prefix();
    var { dirname } = __require("path");
    module.exports = ({ top, path }) => !top || isWindows ? null : dirname(getPrefix(path)) + "/share/man";
  }
});

// node_modules/bin-links/lib/get-paths.js
var require_get_paths = __commonJS({
  "node_modules/bin-links/lib/get-paths.js"(exports, module) {
    var binTarget = require_bin_target();
    var manTarget = require_man_target();
    var { resolve, basename, extname } = __require("path");
    var isWindows = require_is_windows();
    var normalize = require_lib7();
    module.exports = ({ path, pkg, global: global2, top }) => {
      if (top && !global2) {
        return [];
      }
      pkg = normalize({ ...pkg });
      const binSet = [];
      const binTarg = binTarget({ path, top });
      if (pkg.bin) {
        for (const bin of Object.keys(pkg.bin)) {
          const b = resolve(binTarg, bin);
          binSet.push(b);
          if (isWindows) {
            binSet.push(b + ".cmd");
            binSet.push(b + ".ps1");
          }
        }
      }
      const manTarg = manTarget({ path, top });
      const manSet = [];
      if (manTarg && pkg.man && Array.isArray(pkg.man) && pkg.man.length) {
        for (const man of pkg.man) {
          if (!/.\.[0-9]+(\.gz)?$/.test(man)) {
            return binSet;
          }
          const section = extname(basename(man, ".gz")).slice(1);
          const base = basename(man);
          manSet.push(resolve(manTarg, "man" + section, base));
        }
      }
      return manSet.length ? [...binSet, ...manSet] : binSet;
    };
  }
});

// node_modules/bin-links/lib/index.js
var require_lib26 = __commonJS({
  "node_modules/bin-links/lib/index.js"(exports, module) {
    var linkBins = require_link_bins();
    var binLinks = (opts) => {
      const { path, pkg, force, global: global2, top } = opts;
      if (top && !global2) {
        return Promise.resolve();
      }
      return linkBins({ path, pkg, top, force: force || !top });
    };
    var shimBin = require_shim_bin();
    var linkGently = require_link_gently();
    var resetSeen = () => {
      shimBin.resetSeen();
      linkGently.resetSeen();
    };
    var checkBins = require_check_bins();
    var getPaths = require_get_paths();
    module.exports = Object.assign(binLinks, {
      checkBins,
      resetSeen,
      getPaths
    });
  }
});

// node_modules/@npmcli/arborist/lib/case-insensitive-map.js
var require_case_insensitive_map = __commonJS({
  "node_modules/@npmcli/arborist/lib/case-insensitive-map.js"(exports, module) {
    module.exports = class CIMap extends Map {
      #keys = /* @__PURE__ */ new Map();
      constructor(items = []) {
        super();
        for (const [key, val] of items) {
          this.set(key, val);
        }
      }
      #normKey(key) {
        if (typeof key !== "string") {
          return key;
        }
        return key.normalize("NFKD").toLowerCase();
      }
      get(key) {
        const normKey = this.#normKey(key);
        return this.#keys.has(normKey) ? super.get(this.#keys.get(normKey)) : void 0;
      }
      set(key, val) {
        const normKey = this.#normKey(key);
        if (this.#keys.has(normKey)) {
          super.delete(this.#keys.get(normKey));
        }
        this.#keys.set(normKey, key);
        return super.set(key, val);
      }
      delete(key) {
        const normKey = this.#normKey(key);
        if (this.#keys.has(normKey)) {
          const prevKey = this.#keys.get(normKey);
          this.#keys.delete(normKey);
          return super.delete(prevKey);
        }
      }
      has(key) {
        const normKey = this.#normKey(key);
        return this.#keys.has(normKey) && super.has(this.#keys.get(normKey));
      }
    };
  }
});

// node_modules/@npmcli/arborist/lib/from-path.js
var require_from_path = __commonJS({
  "node_modules/@npmcli/arborist/lib/from-path.js"(exports, module) {
    var { dirname } = __require("node:path");
    var npa = require_npa();
    var fromPath = (node, edge) => {
      if (edge && edge.overrides && edge.overrides.name === edge.name && edge.overrides.value) {
        if (node.sourceReference) {
          return node.sourceReference.root.realpath;
        }
        return node.root.realpath;
      }
      if (node.resolved) {
        const spec = npa(node.resolved);
        if (spec?.type === "file") {
          return dirname(spec.fetchSpec);
        }
      }
      return node.realpath;
    };
    module.exports = fromPath;
  }
});

// node_modules/@npmcli/arborist/lib/dep-valid.js
var require_dep_valid = __commonJS({
  "node_modules/@npmcli/arborist/lib/dep-valid.js"(exports, module) {
    var semver = require_semver();
    var npa = require_npa();
    var { relative } = __require("node:path");
    var fromPath = require_from_path();
    var lockedGitCommittish = (child, requestor) => {
      const lock = requestor.root?.meta?.data?.packages?.[requestor.location];
      const spec = lock && (lock.dependencies?.[child.name] || lock.optionalDependencies?.[child.name] || lock.devDependencies?.[child.name] || lock.peerDependencies?.[child.name]);
      if (!spec) {
        return null;
      }
      try {
        const parsed = npa.resolve(child.name, spec, requestor.realpath);
        return parsed.type === "git" ? parsed.gitCommittish || "" : null;
      } catch {
        return null;
      }
    };
    var depValid = (child, requested, requestor) => {
      if (typeof requested === "string") {
        try {
          requested = npa.resolve(child.name, requested || "*", fromPath(requestor, requestor.edgesOut.get(child.name)));
        } catch (er2) {
          er2.dependency = child.name;
          er2.requested = requested;
          requestor.errors.push(er2);
          return false;
        }
      }
      if (!requested) {
        const er2 = new Error("Invalid dependency specifier");
        er2.dependency = child.name;
        er2.requested = requested;
        requestor.errors.push(er2);
        return false;
      }
      switch (requested.type) {
        case "range":
          if (requested.fetchSpec === "*") {
            return true;
          }
        // fallthrough
        case "version":
          return semver.satisfies(child.version, requested.fetchSpec, true);
        case "directory":
          return linkValid(child, requested, requestor);
        case "file":
          return tarballValid(child, requested, requestor);
        case "alias":
          return depValid(child, requested.subSpec, requestor);
        case "tag":
          return child.resolved && npa(child.resolved).type === "remote";
        case "remote":
          return child.resolved === requested.fetchSpec;
        case "git": {
          const resRepo = npa(child.resolved || "");
          const resHost = resRepo.hosted;
          const reqHost = requested.hosted;
          const reqCommit = /^[a-fA-F0-9]{40,64}$/.test(requested.gitCommittish || "");
          const nc = { noCommittish: !reqCommit };
          if (!resHost) {
            if (resRepo.fetchSpec !== requested.fetchSpec) {
              return false;
            }
          } else {
            if (reqHost?.ssh(nc) !== resHost.ssh(nc)) {
              return false;
            }
          }
          if (!requested.gitRange) {
            if (!reqCommit) {
              const locked = lockedGitCommittish(child, requestor);
              if (locked !== null && locked !== (requested.gitCommittish || "")) {
                return false;
              }
            }
            return true;
          }
          return semver.satisfies(child.package.version, requested.gitRange, {
            loose: true
          });
        }
        default:
          break;
      }
      const er = new Error("Unsupported dependency type");
      er.dependency = child.name;
      er.requested = requested;
      requestor.errors.push(er);
      return false;
    };
    var linkValid = (child, requested, requestor) => {
      const isLink = !!child.isLink;
      if (requestor.installLinks && !child.isWorkspace) {
        return !isLink;
      }
      return isLink && relative(child.realpath, requested.fetchSpec) === "";
    };
    var tarballValid = (child, requested) => {
      if (child.isLink) {
        return false;
      }
      if (child.resolved) {
        return child.resolved.replace(/\\/g, "/") === `file:${requested.fetchSpec.replace(/\\/g, "/")}`;
      }
      if (child.package._requested) {
        return child.package._requested.saveSpec === requested.saveSpec;
      }
      return false;
    };
    module.exports = (child, requested, accept, requestor) => depValid(child, requested, requestor) || (typeof accept === "string" ? depValid(child, accept, requestor) : false);
  }
});

// node_modules/@npmcli/arborist/lib/override-set.js
var require_override_set = __commonJS({
  "node_modules/@npmcli/arborist/lib/override-set.js"(exports, module) {
    var npa = require_npa();
    var semver = require_semver();
    var { log } = require_lib();
    var OverrideSet = class _OverrideSet {
      constructor({ overrides, key, parent }) {
        this.parent = parent;
        this.children = /* @__PURE__ */ new Map();
        if (typeof overrides === "string") {
          overrides = { ".": overrides };
        }
        if (overrides["."] === "") {
          overrides["."] = "*";
        }
        if (parent) {
          const spec = npa(key);
          if (!spec.name) {
            throw new Error(`Override without name: ${key}`);
          }
          this.name = spec.name;
          spec.name = "";
          this.key = key;
          this.keySpec = spec.toString();
          this.value = overrides["."] || this.keySpec;
        }
        for (const [key2, childOverrides] of Object.entries(overrides)) {
          if (key2 === ".") {
            continue;
          }
          const child = new _OverrideSet({
            parent: this,
            key: key2,
            overrides: childOverrides
          });
          this.children.set(child.key, child);
        }
      }
      childrenAreEqual(other) {
        if (this.children.size !== other.children.size) {
          return false;
        }
        for (const [key] of this.children) {
          if (!other.children.has(key)) {
            return false;
          }
          if (this.children.get(key).value !== other.children.get(key).value) {
            return false;
          }
          if (!this.children.get(key).childrenAreEqual(other.children.get(key))) {
            return false;
          }
        }
        return true;
      }
      isEqual(other) {
        if (this === other) {
          return true;
        }
        if (!other) {
          return false;
        }
        if (this.key !== other.key || this.value !== other.value) {
          return false;
        }
        if (!this.childrenAreEqual(other)) {
          return false;
        }
        if (!this.parent) {
          return !other.parent;
        }
        return this.parent.isEqual(other.parent);
      }
      getEdgeRule(edge) {
        for (const rule of this.ruleset.values()) {
          if (rule.name !== edge.name) {
            continue;
          }
          if (rule.keySpec === "*") {
            return rule;
          }
          let spec = npa(`${edge.name}@${edge.rawSpec || edge.spec}`);
          if (spec.type === "alias") {
            spec = spec.subSpec;
          }
          if (spec.type === "git") {
            if (spec.gitRange && semver.intersects(spec.gitRange, rule.keySpec)) {
              return rule;
            }
            continue;
          }
          if (spec.type === "range" || spec.type === "version") {
            if (semver.intersects(spec.fetchSpec, rule.keySpec)) {
              return rule;
            }
            continue;
          }
          return rule;
        }
        return this;
      }
      getNodeRule(node) {
        for (const rule of this.ruleset.values()) {
          if (rule.name !== node.name) {
            continue;
          }
          if (semver.satisfies(node.version, rule.keySpec) || semver.satisfies(node.version, rule.value)) {
            return rule;
          }
        }
        return this;
      }
      getMatchingRule(node) {
        for (const rule of this.ruleset.values()) {
          if (rule.name !== node.name) {
            continue;
          }
          if (semver.satisfies(node.version, rule.keySpec) || semver.satisfies(node.version, rule.value)) {
            return rule;
          }
        }
        return null;
      }
      *ancestry() {
        for (let ancestor = this; ancestor; ancestor = ancestor.parent) {
          yield ancestor;
        }
      }
      get isRoot() {
        return !this.parent;
      }
      get ruleset() {
        const ruleset = /* @__PURE__ */ new Map();
        for (const override of this.ancestry()) {
          for (const kid of override.children.values()) {
            if (!ruleset.has(kid.key)) {
              ruleset.set(kid.key, kid);
            }
          }
          if (!override.isRoot && !ruleset.has(override.key)) {
            ruleset.set(override.key, override);
          }
        }
        return ruleset;
      }
      static findSpecificOverrideSet(first, second) {
        for (let overrideSet = second; overrideSet; overrideSet = overrideSet.parent) {
          if (overrideSet.isEqual(first)) {
            return second;
          }
        }
        for (let overrideSet = first; overrideSet; overrideSet = overrideSet.parent) {
          if (overrideSet.isEqual(second)) {
            return first;
          }
        }
        if (this.haveConflictingRules(first, second)) {
          log.silly("Conflicting override sets", first, second);
          return void 0;
        }
        return this.findCommonAncestor(first, second);
      }
      static findCommonAncestor(first, second) {
        const firstAncestors = [];
        for (const ancestor of first.ancestry()) {
          firstAncestors.push(ancestor);
        }
        for (const secondAnc of second.ancestry()) {
          for (const firstAnc of firstAncestors) {
            if (firstAnc.isEqual(secondAnc)) {
              return firstAnc;
            }
          }
        }
        return null;
      }
      static doOverrideSetsConflict(first, second) {
        const specificSet = this.findSpecificOverrideSet(first, second);
        if (specificSet !== void 0) {
          return false;
        }
        return this.haveConflictingRules(first, second);
      }
      static haveConflictingRules(first, second) {
        const firstRules = first.ruleset;
        const secondRules = second.ruleset;
        for (const [key, firstRule] of firstRules) {
          const secondRule = secondRules.get(key);
          if (!secondRule) {
            continue;
          }
          if (firstRule === secondRule || firstRule.isEqual(secondRule)) {
            continue;
          }
          const firstValue = firstRule.value;
          const secondValue = secondRule.value;
          if (firstValue.startsWith("$") || secondValue.startsWith("$")) {
            continue;
          }
          try {
            const firstSpec = npa(`${firstRule.name}@${firstValue}`);
            const secondSpec = npa(`${secondRule.name}@${secondValue}`);
            if ((firstSpec.type === "range" || firstSpec.type === "version") && (secondSpec.type === "range" || secondSpec.type === "version")) {
              const firstRange = firstSpec.fetchSpec;
              const secondRange = secondSpec.fetchSpec;
              if (!semver.intersects(firstRange, secondRange)) {
                log.silly("Found conflicting override rules", {
                  package: firstRule.name,
                  first: firstValue,
                  second: secondValue
                });
                return true;
              }
            }
          } catch {
          }
        }
        return false;
      }
    };
    module.exports = OverrideSet;
  }
});

// node_modules/@npmcli/arborist/lib/edge.js
var require_edge = __commonJS({
  "node_modules/@npmcli/arborist/lib/edge.js"(exports, module) {
    var util = __require("node:util");
    var npa = require_npa();
    var depValid = require_dep_valid();
    var OverrideSet = require_override_set();
    var ArboristEdge = class {
      constructor(edge) {
        this.name = edge.name;
        this.spec = edge.spec;
        this.type = edge.type;
        const edgeFrom = edge.from?.location;
        const edgeTo = edge.to?.location;
        const override = edge.overrides?.value;
        if (edgeFrom != null) {
          this.from = edgeFrom;
        }
        if (edgeTo) {
          this.to = edgeTo;
        }
        if (edge.error) {
          this.error = edge.error;
        }
        if (edge.peerConflicted) {
          this.peerConflicted = true;
        }
        if (override) {
          this.overridden = override;
        }
      }
    };
    var Edge = class _Edge {
      #accept;
      #error;
      #explanation;
      #from;
      #name;
      #spec;
      #to;
      #type;
      static types = Object.freeze([
        "prod",
        "dev",
        "optional",
        "peer",
        "peerOptional",
        "workspace"
      ]);
      // XXX where is this used?
      static errors = Object.freeze([
        "DETACHED",
        "MISSING",
        "PEER LOCAL",
        "INVALID"
      ]);
      constructor(options) {
        const { type, name, spec, accept, from, overrides } = options;
        if (typeof spec !== "string") {
          throw new TypeError("must provide string spec");
        }
        if (!_Edge.types.includes(type)) {
          throw new TypeError(`invalid type: ${type}
(valid types are: ${_Edge.types.join(", ")})`);
        }
        if (type === "workspace" && npa(spec).type !== "directory") {
          throw new TypeError("workspace edges must be a symlink");
        }
        if (typeof name !== "string") {
          throw new TypeError("must provide dependency name");
        }
        if (!from) {
          throw new TypeError('must provide "from" node');
        }
        if (accept !== void 0) {
          if (typeof accept !== "string") {
            throw new TypeError("accept field must be a string if provided");
          }
          this.#accept = accept || "*";
        }
        if (overrides !== void 0) {
          this.overrides = overrides;
        }
        this.#name = name;
        this.#type = type;
        this.#spec = spec;
        this.#explanation = null;
        this.#from = from;
        from.edgesOut.get(this.#name)?.detach();
        from.addEdgeOut(this);
        this.reload(true);
        this.peerConflicted = false;
      }
      satisfiedBy(node) {
        if (node.name !== this.#name || !this.#from) {
          return false;
        }
        if (node.inDepBundle) {
          return depValid(node, this.rawSpec, this.#accept, this.#from);
        }
        if (!this.overrides?.keySpec) {
          return depValid(node, this.spec, this.#accept, this.#from);
        }
        if (depValid(node, this.spec, this.#accept, this.#from)) {
          return true;
        }
        if (!depValid(node, this.rawSpec, this.#accept, this.#from)) {
          return false;
        }
        return !depValid(node, this.overrides.keySpec, this.#accept, this.#from);
      }
      // return the edge data, and an explanation of how that edge came to be here
      explain(seen = []) {
        if (!this.#explanation) {
          const explanation = {
            type: this.#type,
            name: this.#name,
            spec: this.spec
          };
          if (this.rawSpec !== this.spec) {
            explanation.rawSpec = this.rawSpec;
            explanation.overridden = true;
          }
          if (this.bundled) {
            explanation.bundled = this.bundled;
          }
          if (this.error) {
            explanation.error = this.error;
          }
          if (this.#from) {
            explanation.from = this.#from.explain(null, seen);
            const applied = this.#from.packageExtensionsApplied;
            if (applied) {
              for (const field of ["dependencies", "optionalDependencies", "peerDependencies", "peerDependenciesMeta"]) {
                if (applied[field]?.includes(this.#name)) {
                  explanation.packageExtensions = { selector: applied.selector, field };
                  break;
                }
              }
            }
            const transformed = this.#from.npmExtensionApplied;
            if (transformed) {
              for (const field of ["dependencies", "optionalDependencies", "peerDependencies", "peerDependenciesMeta"]) {
                if (transformed[field]?.includes(this.#name)) {
                  explanation.npmExtension = { extensionPoint: transformed.extensionPoint, field };
                  break;
                }
              }
            }
          }
          this.#explanation = explanation;
        }
        return this.#explanation;
      }
      get bundled() {
        return !!this.#from?.package?.bundleDependencies?.includes(this.#name);
      }
      get workspace() {
        return this.#type === "workspace";
      }
      get prod() {
        return this.#type === "prod";
      }
      get dev() {
        return this.#type === "dev";
      }
      get optional() {
        return this.#type === "optional" || this.#type === "peerOptional";
      }
      get peer() {
        return this.#type === "peer" || this.#type === "peerOptional";
      }
      get type() {
        return this.#type;
      }
      get name() {
        return this.#name;
      }
      get rawSpec() {
        return this.#spec;
      }
      get spec() {
        if (this.overrides?.value && this.overrides.value !== "*" && this.overrides.name === this.#name) {
          if (this.overrides.value.startsWith("$")) {
            const ref = this.overrides.value.slice(1);
            let pkg = this.#from?.sourceReference ? this.#from?.sourceReference.root.package : this.#from?.root?.package;
            let specValue = this.#calculateReferentialOverrideSpec(ref, pkg);
            if (!specValue) {
              pkg = this.#from?.package;
              specValue = this.#calculateReferentialOverrideSpec(ref, pkg);
            }
            if (specValue) {
              return specValue;
            }
            throw new Error(`Unable to resolve reference ${this.overrides.value}`);
          }
          return this.overrides.value;
        }
        return this.#spec;
      }
      #calculateReferentialOverrideSpec(ref, pkg) {
        if (pkg.devDependencies?.[ref]) {
          return pkg.devDependencies[ref];
        }
        if (pkg.optionalDependencies?.[ref]) {
          return pkg.optionalDependencies[ref];
        }
        if (pkg.dependencies?.[ref]) {
          return pkg.dependencies[ref];
        }
        if (pkg.peerDependencies?.[ref]) {
          return pkg.peerDependencies[ref];
        }
      }
      get accept() {
        return this.#accept;
      }
      get valid() {
        return !this.error;
      }
      get missing() {
        return this.error === "MISSING";
      }
      get invalid() {
        return this.error === "INVALID";
      }
      get peerLocal() {
        return this.error === "PEER LOCAL";
      }
      get error() {
        if (!this.#error) {
          if (!this.#to) {
            if (this.optional) {
              this.#error = null;
            } else {
              this.#error = "MISSING";
            }
          } else if (this.peer && this.#from === this.#to.parent && !this.#from?.isTop) {
            this.#error = "PEER LOCAL";
          } else if (!this.satisfiedBy(this.#to)) {
            this.#error = "INVALID";
          } else if (this.overrides && this.#to.overrides && this.#to.edgesOut.size && OverrideSet.doOverrideSetsConflict(this.overrides, this.#to.overrides)) {
            this.#error = "INVALID";
          } else {
            this.#error = "OK";
          }
        }
        if (this.#error === "OK") {
          return null;
        }
        return this.#error;
      }
      reload(hard = false) {
        this.#explanation = null;
        let needToUpdateOverrideSet = false;
        let newOverrideSet;
        let oldOverrideSet;
        if (this.#from?.overrides) {
          newOverrideSet = this.#from.overrides.getEdgeRule(this);
          if (newOverrideSet && !newOverrideSet.isEqual(this.overrides)) {
            needToUpdateOverrideSet = true;
            oldOverrideSet = this.overrides;
            this.overrides = newOverrideSet;
          }
        } else {
          delete this.overrides;
        }
        const newTo = this.#from?.resolve(this.#name);
        if (newTo !== this.#to) {
          if (this.#to) {
            this.#to.deleteEdgeIn(this);
          }
          this.#to = newTo;
          this.#error = null;
          if (this.#to) {
            this.#to.addEdgeIn(this);
          }
        } else if (hard) {
          this.#error = null;
        } else if (needToUpdateOverrideSet && this.#to) {
          this.#to.updateOverridesEdgeInRemoved(oldOverrideSet);
          this.#to.updateOverridesEdgeInAdded(newOverrideSet);
        }
      }
      detach() {
        this.#explanation = null;
        if (this.#to) {
          this.#to.deleteEdgeIn(this);
        }
        this.#from?.edgesOut.delete(this.#name);
        this.#to = null;
        this.#error = "DETACHED";
        this.#from = null;
      }
      get from() {
        return this.#from;
      }
      get to() {
        return this.#to;
      }
      toJSON() {
        return new ArboristEdge(this);
      }
      [util.inspect.custom]() {
        return this.toJSON();
      }
    };
    module.exports = Edge;
  }
});

// node_modules/@npmcli/arborist/lib/inventory.js
var require_inventory = __commonJS({
  "node_modules/@npmcli/arborist/lib/inventory.js"(exports, module) {
    var { hasOwnProperty } = Object.prototype;
    var debug = require_debug();
    var keys = ["name", "license", "funding", "realpath", "packageName"];
    var Inventory = class extends Map {
      #index;
      constructor() {
        super();
        this.#index = /* @__PURE__ */ new Map();
        for (const key of keys) {
          this.#index.set(key, /* @__PURE__ */ new Map());
        }
      }
      // XXX where is this used?
      get primaryKey() {
        return "location";
      }
      // XXX where is this used?
      get indexes() {
        return [...keys];
      }
      *filter(fn) {
        for (const node of this.values()) {
          if (fn(node)) {
            yield node;
          }
        }
      }
      add(node) {
        const root = super.get("");
        if (root && node.root !== root && node.root !== root.root) {
          debug(() => {
            throw Object.assign(new Error("adding external node to inventory"), {
              root: root.path,
              node: node.path,
              nodeRoot: node.root.path
            });
          });
          return;
        }
        const current = super.get(node.location);
        if (current) {
          if (current === node) {
            return;
          }
          this.delete(current);
        }
        super.set(node.location, node);
        for (const [key, map] of this.#index.entries()) {
          let val;
          if (hasOwnProperty.call(node, key)) {
            val = node[key];
          } else if (key === "license" && node.package) {
            if (node.package.license) {
              val = node.package.license;
            } else if (node.package.licence) {
              val = node.package.licence;
            } else if (Array.isArray(node.package.licenses)) {
              val = node.package.licenses[0];
            } else if (Array.isArray(node.package.licences)) {
              val = node.package.licences[0];
            }
          } else if (node[key]) {
            val = node[key];
          } else {
            val = node.package?.[key];
          }
          if (val && typeof val === "object") {
            if (key === "license") {
              val = val.type;
            } else if (key === "funding") {
              val = val.url;
            }
          }
          if (!map.has(val)) {
            map.set(val, /* @__PURE__ */ new Set());
          }
          map.get(val).add(node);
        }
      }
      delete(node) {
        if (!this.has(node)) {
          return;
        }
        super.delete(node.location);
        for (const [key, map] of this.#index.entries()) {
          let val;
          if (node[key] !== void 0) {
            val = node[key];
          } else {
            val = node.package?.[key];
          }
          const set = map.get(val);
          if (set) {
            set.delete(node);
            if (set.size === 0) {
              map.delete(node[key]);
            }
          }
        }
      }
      query(key, val) {
        const map = this.#index.get(key);
        if (arguments.length === 2) {
          if (map.has(val)) {
            return map.get(val);
          }
          return /* @__PURE__ */ new Set();
        }
        return map.keys();
      }
      has(node) {
        return super.get(node.location) === node;
      }
      set() {
        throw new Error("direct set() not supported, use inventory.add(node)");
      }
    };
    module.exports = Inventory;
  }
});

// node_modules/@npmcli/arborist/lib/consistent-resolve.js
var require_consistent_resolve = __commonJS({
  "node_modules/@npmcli/arborist/lib/consistent-resolve.js"(exports, module) {
    var npa = require_npa();
    var relpath = require_relpath();
    var consistentResolve = (resolved, fromPath, toPath, relPaths = false) => {
      if (!resolved) {
        return null;
      }
      try {
        const hostedOpt = { noCommittish: false };
        const {
          fetchSpec,
          saveSpec,
          type,
          hosted,
          rawSpec,
          raw
        } = npa(resolved, fromPath);
        if (type === "file" || type === "directory") {
          if (relPaths && toPath) {
            return `file:${relpath(toPath, fetchSpec)}`;
          }
          return `file:${fetchSpec}`;
        }
        if (hosted) {
          return `git+${hosted.auth || hosted.default === "https" ? hosted.https(hostedOpt) : hosted.sshurl(hostedOpt)}`;
        }
        if (type === "git") {
          return saveSpec;
        }
        if (rawSpec === "*") {
          return raw;
        }
        return rawSpec;
      } catch (_) {
        return resolved;
      }
    };
    module.exports = consistentResolve;
  }
});

// node_modules/@npmcli/arborist/lib/gather-dep-set.js
var require_gather_dep_set = __commonJS({
  "node_modules/@npmcli/arborist/lib/gather-dep-set.js"(exports, module) {
    var gatherDepSet = (set, edgeFilter) => {
      const deps = new Set(set);
      for (const node of deps) {
        for (const edge of node.edgesOut.values()) {
          if (edge.to && edgeFilter(edge)) {
            deps.add(edge.to);
          }
        }
      }
      let changed = true;
      while (changed === true && deps.size > 0) {
        changed = false;
        for (const dep of deps) {
          for (const edge of dep.edgesIn) {
            if (!deps.has(edge.from) && edgeFilter(edge)) {
              changed = true;
              deps.delete(dep);
              break;
            }
          }
        }
      }
      return deps;
    };
    module.exports = gatherDepSet;
  }
});

// node_modules/@npmcli/arborist/lib/printable.js
var require_printable = __commonJS({
  "node_modules/@npmcli/arborist/lib/printable.js"(exports, module) {
    var localeCompare = require_string_locale_compare()("en");
    var util = __require("node:util");
    var relpath = require_relpath();
    var ArboristNode = class {
      constructor(tree, path) {
        this.name = tree.name;
        if (tree.packageName && tree.packageName !== this.name) {
          this.packageName = tree.packageName;
        }
        if (tree.version) {
          this.version = tree.version;
        }
        this.location = tree.location;
        this.path = tree.path;
        if (tree.realpath !== this.path) {
          this.realpath = tree.realpath;
        }
        if (tree.resolved !== null) {
          this.resolved = tree.resolved;
        }
        if (tree.extraneous) {
          this.extraneous = true;
        }
        if (tree.dev) {
          this.dev = true;
        }
        if (tree.optional) {
          this.optional = true;
        }
        if (tree.devOptional && !tree.dev && !tree.optional) {
          this.devOptional = true;
        }
        if (tree.peer) {
          this.peer = true;
        }
        if (tree.inBundle) {
          this.bundled = true;
        }
        if (tree.inDepBundle) {
          this.bundler = tree.getBundler().location;
        }
        if (tree.isProjectRoot) {
          this.isProjectRoot = true;
        }
        if (tree.isWorkspace) {
          this.isWorkspace = true;
        }
        const bd = tree.package && tree.package.bundleDependencies;
        if (bd && bd.length) {
          this.bundleDependencies = bd;
        }
        if (tree.error) {
          this.error = treeError(tree.error);
        }
        if (tree.errors && tree.errors.length) {
          this.errors = tree.errors.map(treeError);
        }
        if (tree.overrides) {
          this.overrides = new Map([...tree.overrides.ruleset.values()].map((override) => [override.key, override.value]));
        }
        if (tree.edgesOut.size) {
          this.edgesOut = new Map([...tree.edgesOut.entries()].sort(([a], [b]) => localeCompare(a, b)).map(([name, edge]) => [name, new EdgeOut(edge)]));
        }
        if (tree.edgesIn.size) {
          this.edgesIn = new Set([...tree.edgesIn].sort((a, b) => localeCompare(a.from.location, b.from.location)).map((edge) => new EdgeIn(edge)));
        }
        if (tree.workspaces && tree.workspaces.size) {
          this.workspaces = new Map([...tree.workspaces.entries()].map(([name, path2]) => [name, relpath(tree.root.realpath, path2)]));
        }
        if (tree.fsChildren.size) {
          this.fsChildren = new Set([...tree.fsChildren].sort(({ path: a }, { path: b }) => localeCompare(a, b)).map((tree2) => printableTree(tree2, path)));
        }
        if (tree.children.size) {
          this.children = new Map([...tree.children.entries()].sort(([a], [b]) => localeCompare(a, b)).map(([name, tree2]) => [name, printableTree(tree2, path)]));
        }
      }
    };
    var ArboristVirtualNode = class extends ArboristNode {
      constructor(tree, path) {
        super(tree, path);
        this.sourceReference = printableTree(tree.sourceReference, path);
      }
    };
    var ArboristLink = class extends ArboristNode {
      constructor(tree, path) {
        super(tree, path);
        this.target = printableTree(tree.target, path);
      }
    };
    var treeError = ({ code, path }) => ({
      code,
      ...path ? { path } : {}
    });
    var Edge = class {
      constructor(edge) {
        this.type = edge.type;
        this.name = edge.name;
        this.spec = edge.rawSpec || "*";
        if (edge.rawSpec !== edge.spec) {
          this.override = edge.spec;
        }
        if (edge.error) {
          this.error = edge.error;
        }
        if (edge.peerConflicted) {
          this.peerConflicted = edge.peerConflicted;
        }
      }
    };
    var EdgeOut = class extends Edge {
      constructor(edge) {
        super(edge);
        this.to = edge.to && edge.to.location;
      }
      [util.inspect.custom]() {
        return `{ ${this.type} ${this.name}@${this.spec}${this.override ? ` overridden:${this.override}` : ""}${this.to ? " -> " + this.to : ""}${this.error ? " " + this.error : ""}${this.peerConflicted ? " peerConflicted" : ""} }`;
      }
    };
    var EdgeIn = class extends Edge {
      constructor(edge) {
        super(edge);
        this.from = edge.from && edge.from.location;
      }
      [util.inspect.custom]() {
        return `{ ${this.from || '""'} ${this.type} ${this.name}@${this.spec}${this.error ? " " + this.error : ""}${this.peerConflicted ? " peerConflicted" : ""} }`;
      }
    };
    var printableTree = (tree, path = []) => {
      if (!tree) {
        return tree;
      }
      const Cls = tree.isLink ? ArboristLink : tree.sourceReference ? ArboristVirtualNode : ArboristNode;
      if (path.includes(tree)) {
        const obj = Object.create(Cls.prototype);
        return Object.assign(obj, { location: tree.location });
      }
      path.push(tree);
      return new Cls(tree, path);
    };
    module.exports = printableTree;
  }
});

// node_modules/postcss-selector-parser/dist/util/unesc.js
var require_unesc = __commonJS({
  "node_modules/postcss-selector-parser/dist/util/unesc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = unesc;
    function gobbleHex(str) {
      var lower = str.toLowerCase();
      var hex = "";
      for (var i = 0; i < 6 && lower[i] !== void 0; i++) {
        var code = lower.charCodeAt(i);
        var valid = code >= 97 && code <= 102 || code >= 48 && code <= 57;
        if (!valid) {
          break;
        }
        hex += lower[i];
      }
      if (hex.length === 0) {
        return void 0;
      }
      var consumed = hex.length;
      var next = str[consumed];
      if (next === " " || next === "	" || next === "\n" || next === "\r" || next === "\f") {
        consumed += next === "\r" && str[consumed + 1] === "\n" ? 2 : 1;
      }
      var codePoint = parseInt(hex, 16);
      var isSurrogate = codePoint >= 55296 && codePoint <= 57343;
      if (isSurrogate || codePoint === 0 || codePoint > 1114111) {
        return ["\uFFFD", consumed];
      }
      return [String.fromCodePoint(codePoint), consumed];
    }
    var CONTAINS_ESCAPE = /\\/;
    function unesc(str) {
      var needToProcess = CONTAINS_ESCAPE.test(str);
      if (!needToProcess) {
        return str;
      }
      var ret = "";
      for (var i = 0; i < str.length; i++) {
        if (str[i] === "\\") {
          var gobbled = gobbleHex(str.slice(i + 1, i + 9));
          if (gobbled !== void 0) {
            ret += gobbled[0];
            i += gobbled[1];
            continue;
          }
          if (str[i + 1] === "\\") {
            ret += "\\";
            i++;
            continue;
          }
          if (str.length === i + 1) {
            ret += str[i];
          }
          continue;
        }
        ret += str[i];
      }
      return ret;
    }
  }
});

// node_modules/postcss-selector-parser/dist/util/getProp.js
var require_getProp = __commonJS({
  "node_modules/postcss-selector-parser/dist/util/getProp.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = getProp;
    function getProp(obj) {
      var props = [];
      for (var _i = 1; _i < arguments.length; _i++) {
        props[_i - 1] = arguments[_i];
      }
      while (props.length > 0) {
        var prop = props.shift();
        if (!obj[prop]) {
          return void 0;
        }
        obj = obj[prop];
      }
      return obj;
    }
  }
});

// node_modules/postcss-selector-parser/dist/util/ensureObject.js
var require_ensureObject = __commonJS({
  "node_modules/postcss-selector-parser/dist/util/ensureObject.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = ensureObject;
    function ensureObject(obj) {
      var props = [];
      for (var _i = 1; _i < arguments.length; _i++) {
        props[_i - 1] = arguments[_i];
      }
      while (props.length > 0) {
        var prop = props.shift();
        if (!obj[prop]) {
          obj[prop] = {};
        }
        obj = obj[prop];
      }
    }
  }
});

// node_modules/postcss-selector-parser/dist/util/stripComments.js
var require_stripComments = __commonJS({
  "node_modules/postcss-selector-parser/dist/util/stripComments.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = stripComments;
    function stripComments(str) {
      var s = "";
      var commentStart = str.indexOf("/*");
      var lastEnd = 0;
      while (commentStart >= 0) {
        s = s + str.slice(lastEnd, commentStart);
        var commentEnd = str.indexOf("*/", commentStart + 2);
        if (commentEnd < 0) {
          return s;
        }
        lastEnd = commentEnd + 2;
        commentStart = str.indexOf("/*", lastEnd);
      }
      s = s + str.slice(lastEnd);
      return s;
    }
  }
});

// node_modules/postcss-selector-parser/dist/util/maxNestingDepth.js
var require_maxNestingDepth = __commonJS({
  "node_modules/postcss-selector-parser/dist/util/maxNestingDepth.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MAX_NESTING_DEPTH = void 0;
    exports.default = resolveMaxNestingDepth;
    exports.MAX_NESTING_DEPTH = 256;
    function resolveMaxNestingDepth(value) {
      return Number.isSafeInteger(value) && value >= 0 ? value : exports.MAX_NESTING_DEPTH;
    }
  }
});

// node_modules/postcss-selector-parser/dist/util/maxInputLength.js
var require_maxInputLength = __commonJS({
  "node_modules/postcss-selector-parser/dist/util/maxInputLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = resolveMaxInputLength;
    function resolveMaxInputLength(value) {
      if (value === void 0 || value === Infinity) {
        return Infinity;
      }
      if (Number.isSafeInteger(value) && value >= 0) {
        return value;
      }
      throw new TypeError("maxInputLength must be a non-negative integer or Infinity, received ".concat(String(value), "."));
    }
  }
});

// node_modules/postcss-selector-parser/dist/util/index.js
var require_util = __commonJS({
  "node_modules/postcss-selector-parser/dist/util/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveMaxInputLength = exports.MAX_NESTING_DEPTH = exports.resolveMaxNestingDepth = exports.stripComments = exports.ensureObject = exports.getProp = exports.unesc = void 0;
    var unesc_1 = require_unesc();
    Object.defineProperty(exports, "unesc", { enumerable: true, get: function() {
      return __importDefault(unesc_1).default;
    } });
    var getProp_1 = require_getProp();
    Object.defineProperty(exports, "getProp", { enumerable: true, get: function() {
      return __importDefault(getProp_1).default;
    } });
    var ensureObject_1 = require_ensureObject();
    Object.defineProperty(exports, "ensureObject", { enumerable: true, get: function() {
      return __importDefault(ensureObject_1).default;
    } });
    var stripComments_1 = require_stripComments();
    Object.defineProperty(exports, "stripComments", { enumerable: true, get: function() {
      return __importDefault(stripComments_1).default;
    } });
    var maxNestingDepth_1 = require_maxNestingDepth();
    Object.defineProperty(exports, "resolveMaxNestingDepth", { enumerable: true, get: function() {
      return __importDefault(maxNestingDepth_1).default;
    } });
    Object.defineProperty(exports, "MAX_NESTING_DEPTH", { enumerable: true, get: function() {
      return maxNestingDepth_1.MAX_NESTING_DEPTH;
    } });
    var maxInputLength_1 = require_maxInputLength();
    Object.defineProperty(exports, "resolveMaxInputLength", { enumerable: true, get: function() {
      return __importDefault(maxInputLength_1).default;
    } });
  }
});

// node_modules/postcss-selector-parser/dist/selectors/node.js
var require_node = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/node.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var cloneNode = function(obj, parent, depth) {
      if (depth === void 0) {
        depth = 0;
      }
      if (depth > util_1.MAX_NESTING_DEPTH) {
        throw new Error("Cannot clone selector: nesting depth exceeds the maximum of ".concat(util_1.MAX_NESTING_DEPTH, "."));
      }
      if (typeof obj !== "object" || obj === null) {
        return obj;
      }
      var cloned = new obj.constructor();
      for (var i in obj) {
        if (!obj.hasOwnProperty(i)) {
          continue;
        }
        var value = obj[i];
        var type = typeof value;
        if (i === "parent" && type === "object") {
          if (parent) {
            cloned[i] = parent;
          }
        } else if (value instanceof Array) {
          cloned[i] = value.map(function(j) {
            return cloneNode(j, cloned, depth + 1);
          });
        } else {
          cloned[i] = cloneNode(value, cloned, depth + 1);
        }
      }
      return cloned;
    };
    var Node = (
      /** @class */
      (function() {
        function Node2(opts) {
          if (opts === void 0) {
            opts = {};
          }
          Object.assign(this, opts);
          this.spaces = this.spaces || {};
          this.spaces.before = this.spaces.before || "";
          this.spaces.after = this.spaces.after || "";
        }
        Node2.prototype.remove = function() {
          if (this.parent) {
            this.parent.removeChild(this);
          }
          this.parent = void 0;
          return this;
        };
        Node2.prototype.replaceWith = function() {
          if (this.parent) {
            for (var index in arguments) {
              this.parent.insertBefore(this, arguments[index]);
            }
            this.remove();
          }
          return this;
        };
        Node2.prototype.next = function() {
          return this.parent.at(this.parent.index(this) + 1);
        };
        Node2.prototype.prev = function() {
          return this.parent.at(this.parent.index(this) - 1);
        };
        Node2.prototype.clone = function(overrides) {
          if (overrides === void 0) {
            overrides = {};
          }
          var cloned = cloneNode(this);
          for (var name in overrides) {
            cloned[name] = overrides[name];
          }
          return cloned;
        };
        Node2.prototype.appendToPropertyAndEscape = function(name, value, valueEscaped) {
          if (!this.raws) {
            this.raws = {};
          }
          var originalValue = this[name];
          var originalEscaped = this.raws[name];
          this[name] = originalValue + value;
          if (originalEscaped || valueEscaped !== value) {
            this.raws[name] = (originalEscaped || originalValue) + valueEscaped;
          } else {
            delete this.raws[name];
          }
        };
        Node2.prototype.setPropertyAndEscape = function(name, value, valueEscaped) {
          if (!this.raws) {
            this.raws = {};
          }
          this[name] = value;
          this.raws[name] = valueEscaped;
        };
        Node2.prototype.setPropertyWithoutEscape = function(name, value) {
          this[name] = value;
          if (this.raws) {
            delete this.raws[name];
          }
        };
        Node2.prototype.isAtPosition = function(line, column) {
          if (this.source && this.source.start && this.source.end) {
            if (this.source.start.line > line) {
              return false;
            }
            if (this.source.end.line < line) {
              return false;
            }
            if (this.source.start.line === line && this.source.start.column > column) {
              return false;
            }
            if (this.source.end.line === line && this.source.end.column < column) {
              return false;
            }
            return true;
          }
          return void 0;
        };
        Node2.prototype.stringifyProperty = function(name) {
          return this.raws && this.raws[name] || this[name];
        };
        Object.defineProperty(Node2.prototype, "rawSpaceBefore", {
          get: function() {
            var rawSpace = this.raws && this.raws.spaces && this.raws.spaces.before;
            if (rawSpace === void 0) {
              rawSpace = this.spaces && this.spaces.before;
            }
            return rawSpace || "";
          },
          set: function(raw) {
            (0, util_1.ensureObject)(this, "raws", "spaces");
            this.raws.spaces.before = raw;
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Node2.prototype, "rawSpaceAfter", {
          get: function() {
            var rawSpace = this.raws && this.raws.spaces && this.raws.spaces.after;
            if (rawSpace === void 0) {
              rawSpace = this.spaces.after;
            }
            return rawSpace || "";
          },
          set: function(raw) {
            (0, util_1.ensureObject)(this, "raws", "spaces");
            this.raws.spaces.after = raw;
          },
          enumerable: false,
          configurable: true
        });
        Node2.prototype.valueToString = function() {
          return String(this.stringifyProperty("value"));
        };
        Node2.prototype.toString = function() {
          return [this.rawSpaceBefore, this.valueToString(), this.rawSpaceAfter].join("");
        };
        Node2.prototype._stringify = function() {
          return this.toString();
        };
        return Node2;
      })()
    );
    exports.default = Node;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/types.js
var require_types = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.UNIVERSAL = exports.ATTRIBUTE = exports.CLASS = exports.COMBINATOR = exports.COMMENT = exports.ID = exports.NESTING = exports.PSEUDO = exports.ROOT = exports.SELECTOR = exports.STRING = exports.TAG = void 0;
    exports.TAG = "tag";
    exports.STRING = "string";
    exports.SELECTOR = "selector";
    exports.ROOT = "root";
    exports.PSEUDO = "pseudo";
    exports.NESTING = "nesting";
    exports.ID = "id";
    exports.COMMENT = "comment";
    exports.COMBINATOR = "combinator";
    exports.CLASS = "class";
    exports.ATTRIBUTE = "attribute";
    exports.UNIVERSAL = "universal";
  }
});

// node_modules/postcss-selector-parser/dist/selectors/container.js
var require_container = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/container.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __values = exports && exports.__values || function(o) {
      var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
      if (m) return m.call(o);
      if (o && typeof o.length === "number") return {
        next: function() {
          if (o && i >= o.length) o = void 0;
          return { value: o && o[i++], done: !o };
        }
      };
      throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
    };
    var __read = exports && exports.__read || function(o, n) {
      var m = typeof Symbol === "function" && o[Symbol.iterator];
      if (!m) return o;
      var i = m.call(o), r, ar = [], e;
      try {
        while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
      } catch (error) {
        e = { error };
      } finally {
        try {
          if (r && !r.done && (m = i["return"])) m.call(i);
        } finally {
          if (e) throw e.error;
        }
      }
      return ar;
    };
    var __spreadArray = exports && exports.__spreadArray || function(to, from, pack) {
      if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
          if (!ar) ar = Array.prototype.slice.call(from, 0, i);
          ar[i] = from[i];
        }
      }
      return to.concat(ar || Array.prototype.slice.call(from));
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var node_1 = __importDefault(require_node());
    var types = __importStar(require_types());
    var Container = (
      /** @class */
      (function(_super) {
        __extends(Container2, _super);
        function Container2(opts) {
          var _this = _super.call(this, opts) || this;
          if (!_this.nodes) {
            _this.nodes = [];
          }
          return _this;
        }
        Container2.prototype.append = function(selector) {
          selector.parent = this;
          this.nodes.push(selector);
          return this;
        };
        Container2.prototype.prepend = function(selector) {
          selector.parent = this;
          this.nodes.unshift(selector);
          for (var id in this.indexes) {
            this.indexes[id]++;
          }
          return this;
        };
        Container2.prototype.at = function(index) {
          return this.nodes[index];
        };
        Container2.prototype.index = function(child) {
          if (typeof child === "number") {
            return child;
          }
          return this.nodes.indexOf(child);
        };
        Object.defineProperty(Container2.prototype, "first", {
          get: function() {
            return this.at(0);
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Container2.prototype, "last", {
          get: function() {
            return this.at(this.length - 1);
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Container2.prototype, "length", {
          get: function() {
            return this.nodes.length;
          },
          enumerable: false,
          configurable: true
        });
        Container2.prototype.removeChild = function(child) {
          child = this.index(child);
          this.at(child).parent = void 0;
          this.nodes.splice(child, 1);
          var index;
          for (var id in this.indexes) {
            index = this.indexes[id];
            if (index >= child) {
              this.indexes[id] = index - 1;
            }
          }
          return this;
        };
        Container2.prototype.removeAll = function() {
          var e_1, _a;
          try {
            for (var _b = __values(this.nodes), _c = _b.next(); !_c.done; _c = _b.next()) {
              var node = _c.value;
              node.parent = void 0;
            }
          } catch (e_1_1) {
            e_1 = { error: e_1_1 };
          } finally {
            try {
              if (_c && !_c.done && (_a = _b.return)) _a.call(_b);
            } finally {
              if (e_1) throw e_1.error;
            }
          }
          this.nodes = [];
          return this;
        };
        Container2.prototype.empty = function() {
          return this.removeAll();
        };
        Container2.prototype.insertAfter = function(oldNode, newNode) {
          var _a;
          newNode.parent = this;
          var oldIndex = this.index(oldNode);
          var resetNode = [];
          for (var i = 2; i < arguments.length; i++) {
            arguments[i].parent = this;
            resetNode.push(arguments[i]);
          }
          (_a = this.nodes).splice.apply(_a, __spreadArray([oldIndex + 1, 0, newNode], __read(resetNode), false));
          newNode.parent = this;
          var index;
          for (var id in this.indexes) {
            index = this.indexes[id];
            if (oldIndex < index) {
              this.indexes[id] = index + arguments.length - 1;
            }
          }
          return this;
        };
        Container2.prototype.insertBefore = function(oldNode, newNode) {
          var _a;
          newNode.parent = this;
          var oldIndex = this.index(oldNode);
          var resetNode = [];
          for (var i = 2; i < arguments.length; i++) {
            arguments[i].parent = this;
            resetNode.push(arguments[i]);
          }
          (_a = this.nodes).splice.apply(_a, __spreadArray([oldIndex, 0, newNode], __read(resetNode), false));
          newNode.parent = this;
          var index;
          for (var id in this.indexes) {
            index = this.indexes[id];
            if (index >= oldIndex) {
              this.indexes[id] = index + arguments.length - 1;
            }
          }
          return this;
        };
        Container2.prototype._findChildAtPosition = function(line, col) {
          var found = void 0;
          this.each(function(node) {
            if (node.atPosition) {
              var foundChild = node.atPosition(line, col);
              if (foundChild) {
                found = foundChild;
                return false;
              }
            } else if (node.isAtPosition(line, col)) {
              found = node;
              return false;
            }
          });
          return found;
        };
        Container2.prototype.atPosition = function(line, col) {
          if (this.isAtPosition(line, col)) {
            return this._findChildAtPosition(line, col) || this;
          } else {
            return void 0;
          }
        };
        Container2.prototype._inferEndPosition = function() {
          if (this.last && this.last.source && this.last.source.end) {
            this.source = this.source || {};
            this.source.end = this.source.end || {};
            Object.assign(this.source.end, this.last.source.end);
          }
        };
        Container2.prototype.each = function(callback) {
          if (!this.lastEach) {
            this.lastEach = 0;
          }
          if (!this.indexes) {
            this.indexes = {};
          }
          this.lastEach++;
          var id = this.lastEach;
          this.indexes[id] = 0;
          if (!this.length) {
            return void 0;
          }
          var index, result;
          while (this.indexes[id] < this.length) {
            index = this.indexes[id];
            result = callback(this.at(index), index);
            if (result === false) {
              break;
            }
            this.indexes[id] += 1;
          }
          delete this.indexes[id];
          if (result === false) {
            return false;
          }
        };
        Container2.prototype.walk = function(callback, depth) {
          if (depth === void 0) {
            depth = 0;
          }
          if (depth > util_1.MAX_NESTING_DEPTH) {
            throw new Error("Cannot walk selector: nesting depth exceeds the maximum of ".concat(util_1.MAX_NESTING_DEPTH, "."));
          }
          return this.each(function(node, i) {
            var result = callback(node, i);
            if (result !== false && node.length) {
              result = node.walk(callback, depth + 1);
            }
            if (result === false) {
              return false;
            }
          });
        };
        Container2.prototype.walkAttributes = function(callback) {
          var _this = this;
          return this.walk(function(selector) {
            if (selector.type === types.ATTRIBUTE) {
              return callback.call(_this, selector);
            }
          });
        };
        Container2.prototype.walkClasses = function(callback) {
          var _this = this;
          return this.walk(function(selector) {
            if (selector.type === types.CLASS) {
              return callback.call(_this, selector);
            }
          });
        };
        Container2.prototype.walkCombinators = function(callback) {
          var _this = this;
          return this.walk(function(selector) {
            if (selector.type === types.COMBINATOR) {
              return callback.call(_this, selector);
            }
          });
        };
        Container2.prototype.walkComments = function(callback) {
          var _this = this;
          return this.walk(function(selector) {
            if (selector.type === types.COMMENT) {
              return callback.call(_this, selector);
            }
          });
        };
        Container2.prototype.walkIds = function(callback) {
          var _this = this;
          return this.walk(function(selector) {
            if (selector.type === types.ID) {
              return callback.call(_this, selector);
            }
          });
        };
        Container2.prototype.walkNesting = function(callback) {
          var _this = this;
          return this.walk(function(selector) {
            if (selector.type === types.NESTING) {
              return callback.call(_this, selector);
            }
          });
        };
        Container2.prototype.walkPseudos = function(callback) {
          var _this = this;
          return this.walk(function(selector) {
            if (selector.type === types.PSEUDO) {
              return callback.call(_this, selector);
            }
          });
        };
        Container2.prototype.walkTags = function(callback) {
          var _this = this;
          return this.walk(function(selector) {
            if (selector.type === types.TAG) {
              return callback.call(_this, selector);
            }
          });
        };
        Container2.prototype.walkUniversals = function(callback) {
          var _this = this;
          return this.walk(function(selector) {
            if (selector.type === types.UNIVERSAL) {
              return callback.call(_this, selector);
            }
          });
        };
        Container2.prototype.split = function(callback) {
          var _this = this;
          var current = [];
          return this.reduce(function(memo, node, index) {
            var split = callback.call(_this, node);
            current.push(node);
            if (split) {
              memo.push(current);
              current = [];
            } else if (index === _this.length - 1) {
              memo.push(current);
            }
            return memo;
          }, []);
        };
        Container2.prototype.map = function(callback) {
          return this.nodes.map(callback);
        };
        Container2.prototype.reduce = function(callback, memo) {
          return this.nodes.reduce(callback, memo);
        };
        Container2.prototype.every = function(callback) {
          return this.nodes.every(callback);
        };
        Container2.prototype.some = function(callback) {
          return this.nodes.some(callback);
        };
        Container2.prototype.filter = function(callback) {
          return this.nodes.filter(callback);
        };
        Container2.prototype.sort = function(callback) {
          return this.nodes.sort(callback);
        };
        Container2.prototype.toString = function(options) {
          if (options === void 0) {
            options = {};
          }
          return this._stringify(options, 0, (0, util_1.resolveMaxNestingDepth)(options.maxNestingDepth));
        };
        Container2.prototype._stringify = function(options, depth, max) {
          var _this = this;
          var str = this.map(function(child) {
            return _this._stringifyChild(child, options, depth, max);
          }).join("");
          return [this.rawSpaceBefore, str, this.rawSpaceAfter].join("");
        };
        Container2.prototype._stringifyChild = function(child, options, depth, max) {
          return typeof child._stringify === "function" ? child._stringify(options, depth, max) : String(child);
        };
        return Container2;
      })(node_1.default)
    );
    exports.default = Container;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/root.js
var require_root = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/root.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var container_1 = __importDefault(require_container());
    var types_1 = require_types();
    var Root = (
      /** @class */
      (function(_super) {
        __extends(Root2, _super);
        function Root2(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.ROOT;
          return _this;
        }
        Root2.prototype._stringify = function(options, depth, max) {
          var _this = this;
          var str = this.reduce(function(memo, selector) {
            memo.push(_this._stringifyChild(selector, options, depth, max));
            return memo;
          }, []).join(",");
          if (this.trailingComma) {
            str += ",";
          }
          return [this.rawSpaceBefore, str, this.rawSpaceAfter].join("");
        };
        Root2.prototype.error = function(message, options) {
          if (this._error) {
            return this._error(message, options);
          } else {
            return new Error(message);
          }
        };
        Object.defineProperty(Root2.prototype, "errorGenerator", {
          set: function(handler) {
            this._error = handler;
          },
          enumerable: false,
          configurable: true
        });
        return Root2;
      })(container_1.default)
    );
    exports.default = Root;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/selector.js
var require_selector = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/selector.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var container_1 = __importDefault(require_container());
    var types_1 = require_types();
    var Selector = (
      /** @class */
      (function(_super) {
        __extends(Selector2, _super);
        function Selector2(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.SELECTOR;
          return _this;
        }
        return Selector2;
      })(container_1.default)
    );
    exports.default = Selector;
  }
});

// node_modules/postcss-selector-parser/dist/util/cssesc.js
var require_cssesc = __commonJS({
  "node_modules/postcss-selector-parser/dist/util/cssesc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = cssesc;
    var DEFAULTS = {
      escapeEverything: false,
      isIdentifier: false,
      quotes: "single",
      wrap: false
    };
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    function merge(options, defaults) {
      if (!options) {
        return defaults;
      }
      var result = {};
      for (var key in defaults) {
        result[key] = hasOwnProperty.call(options, key) ? options[key] : defaults[key];
      }
      return result;
    }
    var regexAnySingleEscape = /[ -,./:-@[-^`{-~]/;
    var regexSingleEscape = /[ -,./:-@[\]^`{-~]/;
    var BACKSLASH = 92;
    var SPACE = 32;
    function isUpperHex(code) {
      return code >= 48 && code <= 57 || code >= 65 && code <= 70;
    }
    function isHexOrSpace(code) {
      return isUpperHex(code) || code >= 97 && code <= 102 || code === SPACE;
    }
    function removeExcessiveSpaces(output) {
      var length = output.length;
      var result = "";
      var copied = 0;
      var i = 0;
      while (i < length) {
        if (output.charCodeAt(i) !== BACKSLASH) {
          i++;
          continue;
        }
        var runEnd = i + 1;
        while (runEnd < length && output.charCodeAt(runEnd) === BACKSLASH) {
          runEnd++;
        }
        var hexEnd = runEnd;
        while (hexEnd < length && hexEnd - runEnd < 7 && isUpperHex(output.charCodeAt(hexEnd))) {
          hexEnd++;
        }
        var hexLength = hexEnd - runEnd;
        if (hexLength >= 1 && hexLength <= 6 && output.charCodeAt(hexEnd) === SPACE && !isHexOrSpace(output.charCodeAt(hexEnd + 1))) {
          if ((runEnd - i - 1) % 2 === 0) {
            result += output.slice(copied, hexEnd);
            copied = hexEnd + 1;
          }
          i = hexEnd + 1;
        } else {
          i = runEnd;
        }
      }
      return copied === 0 ? output : result + output.slice(copied);
    }
    function cssesc(string, options) {
      options = merge(options, DEFAULTS);
      if (options.quotes !== "single" && options.quotes !== "double") {
        options.quotes = "single";
      }
      var quote = options.quotes === "double" ? '"' : "'";
      var isIdentifier = options.isIdentifier;
      var firstChar = string.charAt(0);
      var output = "";
      var counter = 0;
      var length = string.length;
      while (counter < length) {
        var character = string.charAt(counter++);
        var codePoint = character.charCodeAt(0);
        var value = void 0;
        if (codePoint < 32 || codePoint > 126) {
          if (codePoint >= 55296 && codePoint <= 56319 && counter < length) {
            var extra = string.charCodeAt(counter++);
            if ((extra & 64512) === 56320) {
              codePoint = ((codePoint & 1023) << 10) + (extra & 1023) + 65536;
            } else {
              counter--;
            }
          }
          value = "\\" + codePoint.toString(16).toUpperCase() + " ";
        } else {
          if (options.escapeEverything) {
            if (regexAnySingleEscape.test(character)) {
              value = "\\" + character;
            } else {
              value = "\\" + codePoint.toString(16).toUpperCase() + " ";
            }
          } else if (character === "\\" || !isIdentifier && (character === '"' && quote === character || character === "'" && quote === character) || isIdentifier && regexSingleEscape.test(character)) {
            value = "\\" + character;
          } else {
            value = character;
          }
        }
        output += value;
      }
      if (isIdentifier) {
        if (/^-[-\d]/.test(output)) {
          output = "\\-" + output.slice(1);
        } else if (/\d/.test(firstChar)) {
          output = "\\3" + firstChar + " " + output.slice(1);
        }
      }
      output = removeExcessiveSpaces(output);
      if (!isIdentifier && options.wrap) {
        return quote + output + quote;
      }
      return output;
    }
  }
});

// node_modules/postcss-selector-parser/dist/selectors/className.js
var require_className = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/className.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var cssesc_1 = __importDefault(require_cssesc());
    var util_1 = require_util();
    var node_1 = __importDefault(require_node());
    var types_1 = require_types();
    var ClassName = (
      /** @class */
      (function(_super) {
        __extends(ClassName2, _super);
        function ClassName2(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.CLASS;
          _this._constructed = true;
          return _this;
        }
        Object.defineProperty(ClassName2.prototype, "value", {
          get: function() {
            return this._value;
          },
          set: function(v) {
            if (this._constructed) {
              var escaped = (0, cssesc_1.default)(v, { isIdentifier: true });
              if (escaped !== v) {
                (0, util_1.ensureObject)(this, "raws");
                this.raws.value = escaped;
              } else if (this.raws) {
                delete this.raws.value;
              }
            }
            this._value = v;
          },
          enumerable: false,
          configurable: true
        });
        ClassName2.prototype.valueToString = function() {
          return "." + _super.prototype.valueToString.call(this);
        };
        return ClassName2;
      })(node_1.default)
    );
    exports.default = ClassName;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/comment.js
var require_comment = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/comment.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var node_1 = __importDefault(require_node());
    var types_1 = require_types();
    var Comment = (
      /** @class */
      (function(_super) {
        __extends(Comment2, _super);
        function Comment2(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.COMMENT;
          return _this;
        }
        return Comment2;
      })(node_1.default)
    );
    exports.default = Comment;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/id.js
var require_id = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/id.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var node_1 = __importDefault(require_node());
    var types_1 = require_types();
    var ID = (
      /** @class */
      (function(_super) {
        __extends(ID2, _super);
        function ID2(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.ID;
          return _this;
        }
        ID2.prototype.valueToString = function() {
          return "#" + _super.prototype.valueToString.call(this);
        };
        return ID2;
      })(node_1.default)
    );
    exports.default = ID;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/namespace.js
var require_namespace = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/namespace.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var cssesc_1 = __importDefault(require_cssesc());
    var util_1 = require_util();
    var node_1 = __importDefault(require_node());
    var Namespace = (
      /** @class */
      (function(_super) {
        __extends(Namespace2, _super);
        function Namespace2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        Object.defineProperty(Namespace2.prototype, "namespace", {
          get: function() {
            return this._namespace;
          },
          set: function(namespace) {
            if (namespace === true || namespace === "*" || namespace === "&") {
              this._namespace = namespace;
              if (this.raws) {
                delete this.raws.namespace;
              }
              return;
            }
            var escaped = (0, cssesc_1.default)(namespace, { isIdentifier: true });
            this._namespace = namespace;
            if (escaped !== namespace) {
              (0, util_1.ensureObject)(this, "raws");
              this.raws.namespace = escaped;
            } else if (this.raws) {
              delete this.raws.namespace;
            }
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Namespace2.prototype, "ns", {
          get: function() {
            return this._namespace;
          },
          set: function(namespace) {
            this.namespace = namespace;
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Namespace2.prototype, "namespaceString", {
          get: function() {
            if (this.namespace) {
              var ns = this.stringifyProperty("namespace");
              if (ns === true) {
                return "";
              } else {
                return ns;
              }
            } else {
              return "";
            }
          },
          enumerable: false,
          configurable: true
        });
        Namespace2.prototype.qualifiedName = function(value) {
          if (this.namespace) {
            return "".concat(this.namespaceString, "|").concat(value);
          } else {
            return value;
          }
        };
        Namespace2.prototype.valueToString = function() {
          return this.qualifiedName(_super.prototype.valueToString.call(this));
        };
        return Namespace2;
      })(node_1.default)
    );
    exports.default = Namespace;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/tag.js
var require_tag = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/tag.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var namespace_1 = __importDefault(require_namespace());
    var types_1 = require_types();
    var Tag = (
      /** @class */
      (function(_super) {
        __extends(Tag2, _super);
        function Tag2(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.TAG;
          return _this;
        }
        return Tag2;
      })(namespace_1.default)
    );
    exports.default = Tag;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/string.js
var require_string = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/string.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String2(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var node_1 = __importDefault(require_node());
    var types_1 = require_types();
    var String2 = (
      /** @class */
      (function(_super) {
        __extends(String3, _super);
        function String3(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.STRING;
          return _this;
        }
        return String3;
      })(node_1.default)
    );
    exports.default = String2;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/pseudo.js
var require_pseudo = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/pseudo.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var container_1 = __importDefault(require_container());
    var types_1 = require_types();
    var Pseudo = (
      /** @class */
      (function(_super) {
        __extends(Pseudo2, _super);
        function Pseudo2(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.PSEUDO;
          return _this;
        }
        Pseudo2.prototype._stringify = function(options, depth, max) {
          var _this = this;
          if (depth >= max) {
            throw new Error("Cannot serialize selector: nesting depth exceeds the maximum of ".concat(max, "."));
          }
          var params = this.length ? "(" + this.map(function(child) {
            return _this._stringifyChild(child, options, depth + 1, max);
          }).join(",") + ")" : "";
          return [this.rawSpaceBefore, this.stringifyProperty("value"), params, this.rawSpaceAfter].join("");
        };
        return Pseudo2;
      })(container_1.default)
    );
    exports.default = Pseudo;
  }
});

// node_modules/util-deprecate/node.js
var require_node2 = __commonJS({
  "node_modules/util-deprecate/node.js"(exports, module) {
    module.exports = __require("util").deprecate;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/attribute.js
var require_attribute = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/attribute.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.unescapeValue = unescapeValue;
    var cssesc_1 = __importDefault(require_cssesc());
    var unesc_1 = __importDefault(require_unesc());
    var namespace_1 = __importDefault(require_namespace());
    var types_1 = require_types();
    var deprecate = require_node2();
    var WRAPPED_IN_QUOTES = /^('|")([^]*)\1$/;
    var warnOfDeprecatedValueAssignment = deprecate(function() {
    }, "Assigning an attribute a value containing characters that might need to be escaped is deprecated. Call attribute.setValue() instead.");
    var warnOfDeprecatedQuotedAssignment = deprecate(function() {
    }, "Assigning attr.quoted is deprecated and has no effect. Assign to attr.quoteMark instead.");
    var warnOfDeprecatedConstructor = deprecate(function() {
    }, "Constructing an Attribute selector with a value without specifying quoteMark is deprecated. Note: The value should be unescaped now.");
    function unescapeValue(value) {
      var deprecatedUsage = false;
      var quoteMark = null;
      var unescaped = value;
      var m = unescaped.match(WRAPPED_IN_QUOTES);
      if (m) {
        quoteMark = m[1];
        unescaped = m[2];
      }
      unescaped = (0, unesc_1.default)(unescaped);
      if (unescaped !== value) {
        deprecatedUsage = true;
      }
      return {
        deprecatedUsage,
        unescaped,
        quoteMark
      };
    }
    function handleDeprecatedContructorOpts(opts) {
      if (opts.quoteMark !== void 0) {
        return opts;
      }
      if (opts.value === void 0) {
        return opts;
      }
      warnOfDeprecatedConstructor();
      var _a2 = unescapeValue(opts.value), quoteMark = _a2.quoteMark, unescaped = _a2.unescaped;
      if (!opts.raws) {
        opts.raws = {};
      }
      if (opts.raws.value === void 0) {
        opts.raws.value = opts.value;
      }
      opts.value = unescaped;
      opts.quoteMark = quoteMark;
      return opts;
    }
    var Attribute = (
      /** @class */
      (function(_super) {
        __extends(Attribute2, _super);
        function Attribute2(opts) {
          if (opts === void 0) {
            opts = {};
          }
          var _this = _super.call(this, handleDeprecatedContructorOpts(opts)) || this;
          _this.type = types_1.ATTRIBUTE;
          _this.raws = _this.raws || {};
          Object.defineProperty(_this.raws, "unquoted", {
            get: deprecate(function() {
              return _this.value;
            }, "attr.raws.unquoted is deprecated. Call attr.value instead."),
            set: deprecate(function() {
              return _this.value;
            }, "Setting attr.raws.unquoted is deprecated and has no effect. attr.value is unescaped by default now.")
          });
          _this._constructed = true;
          return _this;
        }
        Attribute2.prototype.getQuotedValue = function(options) {
          if (options === void 0) {
            options = {};
          }
          var quoteMark = this._determineQuoteMark(options);
          var cssescopts = CSSESC_QUOTE_OPTIONS[quoteMark];
          var escaped = (0, cssesc_1.default)(this._value, cssescopts);
          return escaped;
        };
        Attribute2.prototype._determineQuoteMark = function(options) {
          return options.smart ? this.smartQuoteMark(options) : this.preferredQuoteMark(options);
        };
        Attribute2.prototype.setValue = function(value, options) {
          if (options === void 0) {
            options = {};
          }
          this._value = value;
          this._quoteMark = this._determineQuoteMark(options);
          this._syncRawValue();
        };
        Attribute2.prototype.smartQuoteMark = function(options) {
          var v = this.value;
          var numSingleQuotes = v.replace(/[^']/g, "").length;
          var numDoubleQuotes = v.replace(/[^"]/g, "").length;
          if (numSingleQuotes + numDoubleQuotes === 0) {
            var escaped = (0, cssesc_1.default)(v, { isIdentifier: true });
            if (escaped === v) {
              return Attribute2.NO_QUOTE;
            } else {
              var pref = this.preferredQuoteMark(options);
              if (pref === Attribute2.NO_QUOTE) {
                var quote = this.quoteMark || options.quoteMark || Attribute2.DOUBLE_QUOTE;
                var opts = CSSESC_QUOTE_OPTIONS[quote];
                var quoteValue = (0, cssesc_1.default)(v, opts);
                if (quoteValue.length < escaped.length) {
                  return quote;
                }
              }
              return pref;
            }
          } else if (numDoubleQuotes === numSingleQuotes) {
            return this.preferredQuoteMark(options);
          } else if (numDoubleQuotes < numSingleQuotes) {
            return Attribute2.DOUBLE_QUOTE;
          } else {
            return Attribute2.SINGLE_QUOTE;
          }
        };
        Attribute2.prototype.preferredQuoteMark = function(options) {
          var quoteMark = options.preferCurrentQuoteMark ? this.quoteMark : options.quoteMark;
          if (quoteMark === void 0) {
            quoteMark = options.preferCurrentQuoteMark ? options.quoteMark : this.quoteMark;
          }
          if (quoteMark === void 0) {
            quoteMark = Attribute2.DOUBLE_QUOTE;
          }
          return quoteMark;
        };
        Object.defineProperty(Attribute2.prototype, "quoted", {
          get: function() {
            var qm = this.quoteMark;
            return qm === "'" || qm === '"';
          },
          set: function(value) {
            warnOfDeprecatedQuotedAssignment();
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Attribute2.prototype, "quoteMark", {
          /**
           * returns a single (`'`) or double (`"`) quote character if the value is quoted.
           * returns `null` if the value is not quoted.
           * returns `undefined` if the quotation state is unknown (this can happen when
           * the attribute is constructed without specifying a quote mark.)
           */
          get: function() {
            return this._quoteMark;
          },
          /**
           * Set the quote mark to be used by this attribute's value.
           * If the quote mark changes, the raw (escaped) value at `attr.raws.value` of the attribute
           * value is updated accordingly.
           *
           * @param {"'" | '"' | null} quoteMark The quote mark or `null` if the value should be unquoted.
           */
          set: function(quoteMark) {
            if (!this._constructed) {
              this._quoteMark = quoteMark;
              return;
            }
            if (this._quoteMark !== quoteMark) {
              this._quoteMark = quoteMark;
              this._syncRawValue();
            }
          },
          enumerable: false,
          configurable: true
        });
        Attribute2.prototype._syncRawValue = function() {
          var rawValue = (0, cssesc_1.default)(this._value, CSSESC_QUOTE_OPTIONS[this.quoteMark]);
          if (rawValue === this._value) {
            if (this.raws) {
              delete this.raws.value;
            }
          } else {
            this.raws.value = rawValue;
          }
        };
        Object.defineProperty(Attribute2.prototype, "qualifiedAttribute", {
          get: function() {
            return this.qualifiedName(this.raws.attribute || this.attribute);
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Attribute2.prototype, "insensitiveFlag", {
          get: function() {
            return this.insensitive ? "i" : "";
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Attribute2.prototype, "sensitiveFlag", {
          get: function() {
            return this.sensitive ? "s" : "";
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Attribute2.prototype, "value", {
          get: function() {
            return this._value;
          },
          /**
           * Before 3.0, the value had to be set to an escaped value including any wrapped
           * quote marks. In 3.0, the semantics of `Attribute.value` changed so that the value
           * is unescaped during parsing and any quote marks are removed.
           *
           * Because the ambiguity of this semantic change, if you set `attr.value = newValue`,
           * a deprecation warning is raised when the new value contains any characters that would
           * require escaping (including if it contains wrapped quotes).
           *
           * Instead, you should call `attr.setValue(newValue, opts)` and pass options that describe
           * how the new value is quoted.
           */
          set: function(v) {
            if (this._constructed) {
              var _a2 = unescapeValue(v), deprecatedUsage = _a2.deprecatedUsage, unescaped = _a2.unescaped, quoteMark = _a2.quoteMark;
              if (deprecatedUsage) {
                warnOfDeprecatedValueAssignment();
              }
              if (unescaped === this._value && quoteMark === this._quoteMark) {
                return;
              }
              this._value = unescaped;
              this._quoteMark = quoteMark;
              this._syncRawValue();
            } else {
              this._value = v;
            }
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Attribute2.prototype, "insensitive", {
          get: function() {
            return this._insensitive;
          },
          /**
           * Set the case insensitive flag.
           * If the case insensitive flag changes, the raw (escaped) value at `attr.raws.insensitiveFlag`
           * of the attribute is updated accordingly.
           *
           * The two case sensitivity flags are mutually exclusive, so setting this flag
           * clears `attr.sensitive` and any `s`/`S` in `attr.raws.sensitiveFlag`.
           *
           * @param {true | false} insensitive true if the attribute should match case-insensitively.
           */
          set: function(insensitive) {
            if (insensitive) {
              this.sensitive = false;
            } else if (this.raws && (this.raws.insensitiveFlag === "I" || this.raws.insensitiveFlag === "i")) {
              this.raws.insensitiveFlag = void 0;
            }
            this._insensitive = insensitive;
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Attribute2.prototype, "sensitive", {
          get: function() {
            return this._sensitive;
          },
          /**
           * Set the explicit case sensitive flag (Selectors Level 4 `s`).
           * If the case sensitive flag changes, the raw (escaped) value at `attr.raws.sensitiveFlag`
           * of the attribute is updated accordingly.
           *
           * The two case sensitivity flags are mutually exclusive, so setting this flag
           * clears `attr.insensitive` and any `i`/`I` in `attr.raws.insensitiveFlag`.
           *
           * @param {true | false} sensitive true if the attribute should match case-sensitively.
           */
          set: function(sensitive) {
            if (sensitive) {
              this.insensitive = false;
            } else if (this.raws && (this.raws.sensitiveFlag === "S" || this.raws.sensitiveFlag === "s")) {
              this.raws.sensitiveFlag = void 0;
            }
            this._sensitive = sensitive;
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Attribute2.prototype, "attribute", {
          get: function() {
            return this._attribute;
          },
          set: function(name) {
            this._handleEscapes("attribute", name);
            this._attribute = name;
          },
          enumerable: false,
          configurable: true
        });
        Attribute2.prototype._handleEscapes = function(prop, value) {
          if (this._constructed) {
            var escaped = (0, cssesc_1.default)(value, { isIdentifier: true });
            if (escaped !== value) {
              this.raws[prop] = escaped;
            } else {
              delete this.raws[prop];
            }
          }
        };
        Attribute2.prototype._spacesFor = function(name) {
          var attrSpaces = { before: "", after: "" };
          var spaces = this.spaces[name] || {};
          var rawSpaces = this.raws.spaces && this.raws.spaces[name] || {};
          return Object.assign(attrSpaces, spaces, rawSpaces);
        };
        Attribute2.prototype._stringFor = function(name, spaceName, concat) {
          if (spaceName === void 0) {
            spaceName = name;
          }
          if (concat === void 0) {
            concat = defaultAttrConcat;
          }
          var attrSpaces = this._spacesFor(spaceName);
          return concat(this.stringifyProperty(name), attrSpaces);
        };
        Attribute2.prototype.offsetOf = function(name) {
          var count = 1;
          var attributeSpaces = this._spacesFor("attribute");
          count += attributeSpaces.before.length;
          if (name === "namespace" || name === "ns") {
            return this.namespace ? count : -1;
          }
          if (name === "attributeNS") {
            return count;
          }
          count += this.namespaceString.length;
          if (this.namespace) {
            count += 1;
          }
          if (name === "attribute") {
            return count;
          }
          count += this.stringifyProperty("attribute").length;
          count += attributeSpaces.after.length;
          var operatorSpaces = this._spacesFor("operator");
          count += operatorSpaces.before.length;
          var operator = this.stringifyProperty("operator");
          if (name === "operator") {
            return operator ? count : -1;
          }
          count += operator.length;
          count += operatorSpaces.after.length;
          var valueSpaces = this._spacesFor("value");
          count += valueSpaces.before.length;
          var value = this.stringifyProperty("value");
          if (name === "value") {
            return value ? count : -1;
          }
          count += value.length;
          count += valueSpaces.after.length;
          var insensitiveSpaces = this._spacesFor("insensitive");
          count += insensitiveSpaces.before.length;
          if (name === "insensitive") {
            return this.insensitive ? count : -1;
          }
          if (name === "sensitive") {
            return this.sensitive ? count : -1;
          }
          return -1;
        };
        Attribute2.prototype.toString = function() {
          var _this = this;
          var selector = [this.rawSpaceBefore, "["];
          selector.push(this._stringFor("qualifiedAttribute", "attribute"));
          if (this.operator && (this.value || this.value === "")) {
            selector.push(this._stringFor("operator"));
            selector.push(this._stringFor("value"));
            var flagProperty = this.sensitive ? "sensitiveFlag" : "insensitiveFlag";
            selector.push(this._stringFor(flagProperty, "insensitive", function(attrValue, attrSpaces) {
              if (attrValue.length > 0 && !_this.quoted && attrSpaces.before.length === 0 && !(_this.spaces.value && _this.spaces.value.after)) {
                attrSpaces.before = " ";
              }
              return defaultAttrConcat(attrValue, attrSpaces);
            }));
          }
          selector.push("]");
          selector.push(this.rawSpaceAfter);
          return selector.join("");
        };
        Attribute2.NO_QUOTE = null;
        Attribute2.SINGLE_QUOTE = "'";
        Attribute2.DOUBLE_QUOTE = '"';
        return Attribute2;
      })(namespace_1.default)
    );
    exports.default = Attribute;
    var CSSESC_QUOTE_OPTIONS = (_a = {
      "'": { quotes: "single", wrap: true },
      '"': { quotes: "double", wrap: true }
    }, _a[null] = { isIdentifier: true }, _a);
    function defaultAttrConcat(attrValue, attrSpaces) {
      return "".concat(attrSpaces.before).concat(attrValue).concat(attrSpaces.after);
    }
  }
});

// node_modules/postcss-selector-parser/dist/selectors/universal.js
var require_universal = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/universal.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var namespace_1 = __importDefault(require_namespace());
    var types_1 = require_types();
    var Universal = (
      /** @class */
      (function(_super) {
        __extends(Universal2, _super);
        function Universal2(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.UNIVERSAL;
          _this.value = "*";
          return _this;
        }
        return Universal2;
      })(namespace_1.default)
    );
    exports.default = Universal;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/combinator.js
var require_combinator = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/combinator.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var node_1 = __importDefault(require_node());
    var types_1 = require_types();
    var Combinator = (
      /** @class */
      (function(_super) {
        __extends(Combinator2, _super);
        function Combinator2(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.COMBINATOR;
          _this._constructed = true;
          return _this;
        }
        Object.defineProperty(Combinator2.prototype, "value", {
          get: function() {
            return this._value;
          },
          set: function(value) {
            if (this._constructed && this.raws) {
              delete this.raws.value;
            }
            this._value = value;
          },
          enumerable: false,
          configurable: true
        });
        return Combinator2;
      })(node_1.default)
    );
    exports.default = Combinator;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/nesting.js
var require_nesting = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/nesting.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var node_1 = __importDefault(require_node());
    var types_1 = require_types();
    var Nesting = (
      /** @class */
      (function(_super) {
        __extends(Nesting2, _super);
        function Nesting2(opts) {
          var _this = _super.call(this, opts) || this;
          _this.type = types_1.NESTING;
          _this.value = "&";
          return _this;
        }
        return Nesting2;
      })(node_1.default)
    );
    exports.default = Nesting;
  }
});

// node_modules/postcss-selector-parser/dist/sortAscending.js
var require_sortAscending = __commonJS({
  "node_modules/postcss-selector-parser/dist/sortAscending.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = sortAscending;
    function sortAscending(list) {
      return list.sort(function(a, b) {
        return a - b;
      });
    }
  }
});

// node_modules/postcss-selector-parser/dist/tokenTypes.js
var require_tokenTypes = __commonJS({
  "node_modules/postcss-selector-parser/dist/tokenTypes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.combinator = exports.word = exports.comment = exports.str = exports.tab = exports.newline = exports.feed = exports.cr = exports.backslash = exports.bang = exports.slash = exports.doubleQuote = exports.singleQuote = exports.space = exports.greaterThan = exports.pipe = exports.equals = exports.plus = exports.caret = exports.tilde = exports.dollar = exports.closeSquare = exports.openSquare = exports.closeParenthesis = exports.openParenthesis = exports.semicolon = exports.colon = exports.comma = exports.at = exports.asterisk = exports.ampersand = void 0;
    exports.ampersand = 38;
    exports.asterisk = 42;
    exports.at = 64;
    exports.comma = 44;
    exports.colon = 58;
    exports.semicolon = 59;
    exports.openParenthesis = 40;
    exports.closeParenthesis = 41;
    exports.openSquare = 91;
    exports.closeSquare = 93;
    exports.dollar = 36;
    exports.tilde = 126;
    exports.caret = 94;
    exports.plus = 43;
    exports.equals = 61;
    exports.pipe = 124;
    exports.greaterThan = 62;
    exports.space = 32;
    exports.singleQuote = 39;
    exports.doubleQuote = 34;
    exports.slash = 47;
    exports.bang = 33;
    exports.backslash = 92;
    exports.cr = 13;
    exports.feed = 12;
    exports.newline = 10;
    exports.tab = 9;
    exports.str = exports.singleQuote;
    exports.comment = -1;
    exports.word = -2;
    exports.combinator = -3;
  }
});

// node_modules/postcss-selector-parser/dist/tokenize.js
var require_tokenize = __commonJS({
  "node_modules/postcss-selector-parser/dist/tokenize.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i2 = 0; i2 < k.length; i2++) if (k[i2] !== "default") __createBinding(result, mod, k[i2]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var _a;
    var _b;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FIELDS = void 0;
    exports.default = tokenize;
    var t = __importStar(require_tokenTypes());
    var unescapable = (_a = {}, _a[t.tab] = true, _a[t.newline] = true, _a[t.cr] = true, _a[t.feed] = true, _a);
    var wordDelimiters = (_b = {}, _b[t.space] = true, _b[t.tab] = true, _b[t.newline] = true, _b[t.cr] = true, _b[t.feed] = true, _b[t.ampersand] = true, _b[t.asterisk] = true, _b[t.bang] = true, _b[t.comma] = true, _b[t.colon] = true, _b[t.semicolon] = true, _b[t.openParenthesis] = true, _b[t.closeParenthesis] = true, _b[t.openSquare] = true, _b[t.closeSquare] = true, _b[t.singleQuote] = true, _b[t.doubleQuote] = true, _b[t.plus] = true, _b[t.pipe] = true, _b[t.tilde] = true, _b[t.greaterThan] = true, _b[t.equals] = true, _b[t.dollar] = true, _b[t.caret] = true, _b[t.slash] = true, _b);
    var hex = {};
    var hexChars = "0123456789abcdefABCDEF";
    for (i = 0; i < hexChars.length; i++) {
      hex[hexChars.charCodeAt(i)] = true;
    }
    var i;
    function consumeWord(css, start) {
      var next = start;
      var code;
      do {
        code = css.charCodeAt(next);
        if (wordDelimiters[code]) {
          return next - 1;
        } else if (code === t.backslash) {
          next = consumeEscape(css, next) + 1;
        } else {
          next++;
        }
      } while (next < css.length);
      return next - 1;
    }
    function consumeEscape(css, start) {
      var next = start;
      var code = css.charCodeAt(next + 1);
      if (unescapable[code]) {
      } else if (hex[code]) {
        var hexDigits = 0;
        do {
          next++;
          hexDigits++;
          code = css.charCodeAt(next + 1);
        } while (hex[code] && hexDigits < 6);
        if (hexDigits < 6 && code === t.space) {
          next++;
        }
      } else {
        next++;
      }
      return next;
    }
    exports.FIELDS = {
      TYPE: 0,
      START_LINE: 1,
      START_COL: 2,
      END_LINE: 3,
      END_COL: 4,
      START_POS: 5,
      END_POS: 6
    };
    function tokenize(input) {
      var tokens = [];
      var css = input.css.valueOf();
      var length = css.length;
      var offset = -1;
      var line = 1;
      var start = 0;
      var end = 0;
      var code, content, endColumn, endLine, escaped, escapePos, last, lines, next, nextLine, nextOffset, quote, tokenType;
      function unclosed(what, fix) {
        if (input.safe) {
          css += fix;
          next = css.length - 1;
        } else {
          throw input.error("Unclosed " + what, line, start - offset, start);
        }
      }
      while (start < length) {
        code = css.charCodeAt(start);
        if (code === t.newline) {
          offset = start;
          line += 1;
        }
        switch (code) {
          case t.space:
          case t.tab:
          case t.newline:
          case t.cr:
          case t.feed:
            next = start;
            do {
              next += 1;
              code = css.charCodeAt(next);
              if (code === t.newline) {
                offset = next;
                line += 1;
              }
            } while (code === t.space || code === t.newline || code === t.tab || code === t.cr || code === t.feed);
            tokenType = t.space;
            endLine = line;
            endColumn = next - offset - 1;
            end = next;
            break;
          case t.plus:
          case t.greaterThan:
          case t.tilde:
          case t.pipe:
            next = start;
            do {
              next += 1;
              code = css.charCodeAt(next);
            } while (code === t.plus || code === t.greaterThan || code === t.tilde || code === t.pipe);
            tokenType = t.combinator;
            endLine = line;
            endColumn = start - offset;
            end = next;
            break;
          // Consume these characters as single tokens.
          case t.asterisk:
          case t.ampersand:
          case t.bang:
          case t.comma:
          case t.equals:
          case t.dollar:
          case t.caret:
          case t.openSquare:
          case t.closeSquare:
          case t.colon:
          case t.semicolon:
          case t.openParenthesis:
          case t.closeParenthesis:
            next = start;
            tokenType = code;
            endLine = line;
            endColumn = start - offset;
            end = next + 1;
            break;
          case t.singleQuote:
          case t.doubleQuote:
            quote = code === t.singleQuote ? "'" : '"';
            next = start;
            do {
              escaped = false;
              next = css.indexOf(quote, next + 1);
              if (next === -1) {
                unclosed("quote", quote);
              }
              escapePos = next;
              while (css.charCodeAt(escapePos - 1) === t.backslash) {
                escapePos -= 1;
                escaped = !escaped;
              }
            } while (escaped);
            tokenType = t.str;
            endLine = line;
            endColumn = start - offset;
            end = next + 1;
            break;
          default:
            if (code === t.slash && css.charCodeAt(start + 1) === t.asterisk) {
              next = css.indexOf("*/", start + 2) + 1;
              if (next === 0) {
                unclosed("comment", "*/");
              }
              content = css.slice(start, next + 1);
              lines = content.split("\n");
              last = lines.length - 1;
              if (last > 0) {
                nextLine = line + last;
                nextOffset = next - lines[last].length;
              } else {
                nextLine = line;
                nextOffset = offset;
              }
              tokenType = t.comment;
              line = nextLine;
              endLine = nextLine;
              endColumn = next - nextOffset;
            } else if (code === t.slash) {
              next = start;
              tokenType = code;
              endLine = line;
              endColumn = start - offset;
              end = next + 1;
            } else {
              next = consumeWord(css, start);
              tokenType = t.word;
              endLine = line;
              endColumn = next - offset;
            }
            end = next + 1;
            break;
        }
        tokens.push([
          tokenType,
          // [0] Token type
          line,
          // [1] Starting line
          start - offset,
          // [2] Starting column
          endLine,
          // [3] Ending line
          endColumn,
          // [4] Ending column
          start,
          // [5] Start position / Source index
          end
          // [6] End position
        ]);
        if (nextOffset) {
          offset = nextOffset;
          nextOffset = null;
        }
        start = end;
      }
      return tokens;
    }
  }
});

// node_modules/postcss-selector-parser/dist/parser.js
var require_parser = __commonJS({
  "node_modules/postcss-selector-parser/dist/parser.js"(exports) {
    "use strict";
    var __assign = exports && exports.__assign || function() {
      __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
            t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __read = exports && exports.__read || function(o, n) {
      var m = typeof Symbol === "function" && o[Symbol.iterator];
      if (!m) return o;
      var i = m.call(o), r, ar = [], e;
      try {
        while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
      } catch (error) {
        e = { error };
      } finally {
        try {
          if (r && !r.done && (m = i["return"])) m.call(i);
        } finally {
          if (e) throw e.error;
        }
      }
      return ar;
    };
    var __spreadArray = exports && exports.__spreadArray || function(to, from, pack) {
      if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
          if (!ar) ar = Array.prototype.slice.call(from, 0, i);
          ar[i] = from[i];
        }
      }
      return to.concat(ar || Array.prototype.slice.call(from));
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    var _a;
    var _b;
    Object.defineProperty(exports, "__esModule", { value: true });
    var root_1 = __importDefault(require_root());
    var selector_1 = __importDefault(require_selector());
    var className_1 = __importDefault(require_className());
    var comment_1 = __importDefault(require_comment());
    var id_1 = __importDefault(require_id());
    var tag_1 = __importDefault(require_tag());
    var string_1 = __importDefault(require_string());
    var pseudo_1 = __importDefault(require_pseudo());
    var attribute_1 = __importStar(require_attribute());
    var universal_1 = __importDefault(require_universal());
    var combinator_1 = __importDefault(require_combinator());
    var nesting_1 = __importDefault(require_nesting());
    var sortAscending_1 = __importDefault(require_sortAscending());
    var tokenize_1 = __importStar(require_tokenize());
    var tokens = __importStar(require_tokenTypes());
    var types = __importStar(require_types());
    var util_1 = require_util();
    var WHITESPACE_TOKENS = (_a = {}, _a[tokens.space] = true, _a[tokens.cr] = true, _a[tokens.feed] = true, _a[tokens.newline] = true, _a[tokens.tab] = true, _a);
    var WHITESPACE_EQUIV_TOKENS = __assign(__assign({}, WHITESPACE_TOKENS), (_b = {}, _b[tokens.comment] = true, _b));
    function tokenStart(token) {
      return {
        line: token[tokenize_1.FIELDS.START_LINE],
        column: token[tokenize_1.FIELDS.START_COL]
      };
    }
    function tokenEnd(token) {
      return {
        line: token[tokenize_1.FIELDS.END_LINE],
        column: token[tokenize_1.FIELDS.END_COL]
      };
    }
    function getSource(startLine, startColumn, endLine, endColumn) {
      return {
        start: {
          line: startLine,
          column: startColumn
        },
        end: {
          line: endLine,
          column: endColumn
        }
      };
    }
    function getTokenSource(token) {
      return getSource(token[tokenize_1.FIELDS.START_LINE], token[tokenize_1.FIELDS.START_COL], token[tokenize_1.FIELDS.END_LINE], token[tokenize_1.FIELDS.END_COL]);
    }
    function getTokenSourceSpan(startToken, endToken) {
      if (!startToken) {
        return void 0;
      }
      return getSource(startToken[tokenize_1.FIELDS.START_LINE], startToken[tokenize_1.FIELDS.START_COL], endToken[tokenize_1.FIELDS.END_LINE], endToken[tokenize_1.FIELDS.END_COL]);
    }
    function unescapeProp(node, prop) {
      var value = node[prop];
      if (typeof value !== "string") {
        return;
      }
      if (value.indexOf("\\") !== -1) {
        (0, util_1.ensureObject)(node, "raws");
        node[prop] = (0, util_1.unesc)(value);
        if (node.raws[prop] === void 0) {
          node.raws[prop] = value;
        }
      }
      return node;
    }
    function indexesOf(array, item) {
      var i = -1;
      var indexes = [];
      while ((i = array.indexOf(item, i + 1)) !== -1) {
        indexes.push(i);
      }
      return indexes;
    }
    function isEscaped(word, index) {
      var escapeStart = index;
      while (word[escapeStart - 1] === "\\") {
        escapeStart--;
      }
      return (index - escapeStart) % 2 === 1;
    }
    function insideInterpolation(text) {
      if (!text) {
        return false;
      }
      var open = text.lastIndexOf("{");
      if (open < 1 || text.indexOf("}", open) !== -1) {
        return false;
      }
      var prefix = text[open - 1];
      return prefix === "#" || prefix === "@";
    }
    function uniqs() {
      return Array.from(new Set(Array.prototype.concat.apply([], arguments)));
    }
    var Parser = (
      /** @class */
      (function() {
        function Parser2(rule, options) {
          if (options === void 0) {
            options = {};
          }
          this.rule = rule;
          this.options = Object.assign({ lossy: false, safe: false }, options);
          this.position = 0;
          this.nestingDepth = 0;
          this.maxNestingDepth = (0, util_1.resolveMaxNestingDepth)(this.options.maxNestingDepth);
          this.commentPrefixes = /* @__PURE__ */ new WeakMap();
          this.css = typeof this.rule === "string" ? this.rule : this.rule.selector;
          var maxInputLength = (0, util_1.resolveMaxInputLength)(this.options.maxInputLength);
          if (this.css && this.css.length > maxInputLength) {
            throw this._errorGenerator()("Cannot parse selector: its length of ".concat(this.css.length, " exceeds the maximum of ").concat(maxInputLength, "."));
          }
          this.tokens = (0, tokenize_1.default)({
            css: this.css,
            error: this._errorGenerator(),
            safe: this.options.safe
          });
          var rootSource = getTokenSourceSpan(this.tokens[0], this.tokens[this.tokens.length - 1]);
          this.root = new root_1.default({ source: rootSource });
          this.root.errorGenerator = this._errorGenerator();
          var selector = new selector_1.default({
            source: { start: { line: 1, column: 1 } },
            sourceIndex: 0
          });
          this.root.append(selector);
          this.current = selector;
          this.loop();
        }
        Parser2.prototype._errorGenerator = function() {
          var _this = this;
          return function(message, errorOptions) {
            if (typeof _this.rule === "string") {
              return new Error(message);
            }
            return _this.rule.error(message, errorOptions);
          };
        };
        Parser2.prototype.namespaceSeparatorFollows = function(attr, pos) {
          var next = pos;
          while (attr[next] && attr[next][tokenize_1.FIELDS.TYPE] === tokens.space) {
            next++;
          }
          if (!attr[next] || this.content(attr[next]) !== "|") {
            return false;
          }
          next++;
          if (attr[next] && attr[next][tokenize_1.FIELDS.TYPE] === tokens.equals) {
            return false;
          }
          while (attr[next] && attr[next][tokenize_1.FIELDS.TYPE] === tokens.space) {
            next++;
          }
          return Boolean(attr[next]);
        };
        Parser2.prototype.attribute = function() {
          var attr = [];
          var startingToken = this.currToken;
          this.position++;
          while (this.position < this.tokens.length && this.currToken[tokenize_1.FIELDS.TYPE] !== tokens.closeSquare) {
            attr.push(this.currToken);
            this.position++;
          }
          if (!this.currToken) {
            return this.expected("closing square bracket", startingToken[tokenize_1.FIELDS.START_POS]);
          }
          if (this.currToken[tokenize_1.FIELDS.TYPE] !== tokens.closeSquare) {
            return this.expected("closing square bracket", this.currToken[tokenize_1.FIELDS.START_POS]);
          }
          var len = attr.length;
          var node = {
            source: getSource(startingToken[1], startingToken[2], this.currToken[3], this.currToken[4]),
            sourceIndex: startingToken[tokenize_1.FIELDS.START_POS]
          };
          if (len === 1 && !~[tokens.word].indexOf(attr[0][tokenize_1.FIELDS.TYPE])) {
            return this.expected("attribute", attr[0][tokenize_1.FIELDS.START_POS]);
          }
          var pos = 0;
          var spaceBefore = "";
          var commentBefore = "";
          var lastAdded = null;
          var spaceAfterMeaningfulToken = false;
          var namespaceSpaces = null;
          while (pos < len) {
            var token = attr[pos];
            var content = this.content(token);
            var next = attr[pos + 1];
            switch (token[tokenize_1.FIELDS.TYPE]) {
              case tokens.space:
                spaceAfterMeaningfulToken = true;
                if (this.options.lossy) {
                  break;
                }
                if (namespaceSpaces !== null) {
                  namespaceSpaces += content;
                  break;
                }
                if (lastAdded === "namespace") {
                  (0, util_1.ensureObject)(node, "raws");
                  node.raws.namespace = (node.raws.namespace || node.namespace) + content;
                  break;
                }
                if (lastAdded) {
                  (0, util_1.ensureObject)(node, "spaces", lastAdded);
                  var prevContent = node.spaces[lastAdded].after || "";
                  node.spaces[lastAdded].after = prevContent + content;
                  var existingComment = (0, util_1.getProp)(node, "raws", "spaces", lastAdded, "after") || null;
                  if (existingComment) {
                    node.raws.spaces[lastAdded].after = existingComment + content;
                  }
                } else {
                  spaceBefore = spaceBefore + content;
                  commentBefore = commentBefore + content;
                }
                break;
              case tokens.asterisk:
                if (next && next[tokenize_1.FIELDS.TYPE] === tokens.equals) {
                  node.operator = content;
                  lastAdded = "operator";
                } else if ((!node.namespace || lastAdded === "namespace" && !spaceAfterMeaningfulToken) && next) {
                  node.namespace = (node.namespace || "") + content;
                  var rawValue = (0, util_1.getProp)(node, "raws", "namespace") || null;
                  if (rawValue) {
                    node.raws.namespace += content;
                  }
                  if (spaceBefore) {
                    (0, util_1.ensureObject)(node, "spaces", "attribute");
                    node.spaces.attribute.before = spaceBefore;
                    spaceBefore = "";
                  }
                  if (commentBefore) {
                    (0, util_1.ensureObject)(node, "raws", "spaces", "attribute");
                    node.raws.spaces.attribute.before = commentBefore;
                    commentBefore = "";
                  }
                  lastAdded = "namespace";
                }
                spaceAfterMeaningfulToken = false;
                break;
              case tokens.dollar:
                if (lastAdded === "value") {
                  var oldRawValue = (0, util_1.getProp)(node, "raws", "value");
                  node.value += "$";
                  if (oldRawValue) {
                    node.raws.value = oldRawValue + "$";
                  }
                  break;
                }
                if (lastAdded === "attribute" && insideInterpolation(node.attribute) && !(next && next[tokenize_1.FIELDS.TYPE] === tokens.equals)) {
                  var oldRawAttribute = (0, util_1.getProp)(node, "raws", "attribute");
                  node.attribute = (node.attribute || "") + "$";
                  if (oldRawAttribute) {
                    node.raws.attribute = oldRawAttribute + "$";
                  }
                  lastAdded = "attribute";
                  spaceAfterMeaningfulToken = false;
                  break;
                }
              // Falls through
              case tokens.caret:
                if (next && next[tokenize_1.FIELDS.TYPE] === tokens.equals) {
                  node.operator = content;
                  lastAdded = "operator";
                }
                spaceAfterMeaningfulToken = false;
                break;
              case tokens.combinator:
                if (content === "~" && next && next[tokenize_1.FIELDS.TYPE] === tokens.equals) {
                  node.operator = content;
                  lastAdded = "operator";
                }
                if (content !== "|") {
                  spaceAfterMeaningfulToken = false;
                  break;
                }
                if (next && next[tokenize_1.FIELDS.TYPE] === tokens.equals) {
                  node.operator = content;
                  lastAdded = "operator";
                } else if (!node.operator) {
                  if (!node.namespace && !node.attribute) {
                    node.namespace = true;
                  }
                  namespaceSpaces = "";
                }
                spaceAfterMeaningfulToken = false;
                break;
              case tokens.word:
                if (this.namespaceSeparatorFollows(attr, pos + 1) && !node.operator && !node.namespace) {
                  node.namespace = content;
                  lastAdded = "namespace";
                } else if (!node.attribute || lastAdded === "attribute" && !spaceAfterMeaningfulToken) {
                  if (spaceBefore) {
                    (0, util_1.ensureObject)(node, "spaces", "attribute");
                    node.spaces.attribute.before = spaceBefore;
                    spaceBefore = "";
                  }
                  if (commentBefore) {
                    (0, util_1.ensureObject)(node, "raws", "spaces", "attribute");
                    node.raws.spaces.attribute.before = commentBefore;
                    commentBefore = "";
                  }
                  if (namespaceSpaces) {
                    (0, util_1.ensureObject)(node, "raws");
                    node.raws.attribute = namespaceSpaces + (node.raws.attribute || node.attribute || "");
                  }
                  namespaceSpaces = null;
                  node.attribute = (node.attribute || "") + content;
                  var rawValue = (0, util_1.getProp)(node, "raws", "attribute") || null;
                  if (rawValue) {
                    node.raws.attribute += content;
                  }
                  lastAdded = "attribute";
                } else if (!node.value && node.value !== "" || lastAdded === "value" && !(spaceAfterMeaningfulToken || node.quoteMark)) {
                  var unescaped_1 = (0, util_1.unesc)(content);
                  var oldRawValue = (0, util_1.getProp)(node, "raws", "value") || "";
                  var oldValue = node.value || "";
                  node.value = oldValue + unescaped_1;
                  node.quoteMark = null;
                  if (unescaped_1 !== content || oldRawValue) {
                    (0, util_1.ensureObject)(node, "raws");
                    node.raws.value = (oldRawValue || oldValue) + content;
                  }
                  lastAdded = "value";
                } else {
                  var insensitive = content === "i" || content === "I";
                  var sensitive = content === "s" || content === "S";
                  if ((node.value || node.value === "") && (node.quoteMark || spaceAfterMeaningfulToken)) {
                    node.insensitive = insensitive;
                    node.sensitive = sensitive;
                    if (sensitive) {
                      if (content === "S") {
                        (0, util_1.ensureObject)(node, "raws");
                        node.raws.sensitiveFlag = content;
                      }
                    } else if (!insensitive || content === "I") {
                      (0, util_1.ensureObject)(node, "raws");
                      node.raws.insensitiveFlag = content;
                    }
                    lastAdded = "insensitive";
                    if (spaceBefore) {
                      (0, util_1.ensureObject)(node, "spaces", "insensitive");
                      node.spaces.insensitive.before = spaceBefore;
                      spaceBefore = "";
                    }
                    if (commentBefore) {
                      (0, util_1.ensureObject)(node, "raws", "spaces", "insensitive");
                      node.raws.spaces.insensitive.before = commentBefore;
                      commentBefore = "";
                    }
                  } else if (node.value || node.value === "") {
                    lastAdded = "value";
                    node.value += content;
                    if (node.raws.value) {
                      node.raws.value += content;
                    }
                  }
                }
                spaceAfterMeaningfulToken = false;
                break;
              case tokens.str:
                if (!node.attribute || !node.operator) {
                  return this.error("Expected an attribute followed by an operator preceding the string.", {
                    index: token[tokenize_1.FIELDS.START_POS]
                  });
                }
                var _a2 = (0, attribute_1.unescapeValue)(content), unescaped = _a2.unescaped, quoteMark = _a2.quoteMark;
                node.value = unescaped;
                node.quoteMark = quoteMark;
                lastAdded = "value";
                (0, util_1.ensureObject)(node, "raws");
                node.raws.value = content;
                spaceAfterMeaningfulToken = false;
                break;
              case tokens.equals:
                if (!node.attribute) {
                  return this.expected("attribute", token[tokenize_1.FIELDS.START_POS], content);
                }
                if (node.value) {
                  return this.error('Unexpected "=" found; an operator was already defined.', {
                    index: token[tokenize_1.FIELDS.START_POS]
                  });
                }
                node.operator = node.operator ? node.operator + content : content;
                lastAdded = "operator";
                spaceAfterMeaningfulToken = false;
                break;
              case tokens.comment:
                if (lastAdded) {
                  if (spaceAfterMeaningfulToken || next && next[tokenize_1.FIELDS.TYPE] === tokens.space || lastAdded === "insensitive") {
                    var lastComment = (0, util_1.getProp)(node, "spaces", lastAdded, "after") || "";
                    var rawLastComment = (0, util_1.getProp)(node, "raws", "spaces", lastAdded, "after") || lastComment;
                    (0, util_1.ensureObject)(node, "raws", "spaces", lastAdded);
                    node.raws.spaces[lastAdded].after = rawLastComment + content;
                  } else {
                    var lastValue = node[lastAdded] || "";
                    var rawLastValue = (0, util_1.getProp)(node, "raws", lastAdded) || lastValue;
                    (0, util_1.ensureObject)(node, "raws");
                    node.raws[lastAdded] = rawLastValue + content;
                  }
                } else {
                  commentBefore = commentBefore + content;
                }
                break;
              default:
                return this.error('Unexpected "'.concat(content, '" found.'), { index: token[tokenize_1.FIELDS.START_POS] });
            }
            pos++;
          }
          if (!node.attribute) {
            return this.expected("attribute", startingToken[tokenize_1.FIELDS.START_POS]);
          }
          unescapeProp(node, "attribute");
          unescapeProp(node, "namespace");
          this.newNode(new attribute_1.default(node));
          this.position++;
        };
        Parser2.prototype.parseWhitespaceEquivalentTokens = function(stopPosition) {
          if (stopPosition < 0) {
            stopPosition = this.tokens.length;
          }
          var startPosition = this.position;
          var nodes = [];
          var space = "";
          var lastComment = void 0;
          do {
            if (WHITESPACE_TOKENS[this.currToken[tokenize_1.FIELDS.TYPE]]) {
              if (!this.options.lossy) {
                space += this.content();
              }
            } else if (this.currToken[tokenize_1.FIELDS.TYPE] === tokens.comment) {
              var spaces = {};
              if (space) {
                spaces.before = space;
                space = "";
              }
              lastComment = new comment_1.default({
                value: this.content(),
                source: getTokenSource(this.currToken),
                sourceIndex: this.currToken[tokenize_1.FIELDS.START_POS],
                spaces
              });
              nodes.push(lastComment);
            }
          } while (++this.position < stopPosition);
          if (space) {
            if (lastComment) {
              lastComment.spaces.after = space;
            } else if (!this.options.lossy) {
              var firstToken = this.tokens[startPosition];
              var lastToken = this.tokens[this.position - 1];
              nodes.push(new string_1.default({
                value: "",
                source: getSource(firstToken[tokenize_1.FIELDS.START_LINE], firstToken[tokenize_1.FIELDS.START_COL], lastToken[tokenize_1.FIELDS.END_LINE], lastToken[tokenize_1.FIELDS.END_COL]),
                sourceIndex: firstToken[tokenize_1.FIELDS.START_POS],
                spaces: { before: space, after: "" }
              }));
            }
          }
          return nodes;
        };
        Parser2.prototype.convertWhitespaceNodesToSpace = function(nodes, requiredSpace) {
          var _this = this;
          if (requiredSpace === void 0) {
            requiredSpace = false;
          }
          var space = "";
          var rawSpace = "";
          nodes.forEach(function(n) {
            var spaceBefore = _this.lossySpace(n.spaces.before, requiredSpace);
            var rawSpaceBefore = _this.lossySpace(n.rawSpaceBefore, requiredSpace);
            space += spaceBefore + _this.lossySpace(n.spaces.after, requiredSpace && spaceBefore.length === 0);
            rawSpace += spaceBefore + n.value + _this.lossySpace(n.rawSpaceAfter, requiredSpace && rawSpaceBefore.length === 0);
          });
          if (rawSpace === space) {
            rawSpace = void 0;
          }
          var result = { space, rawSpace };
          return result;
        };
        Parser2.prototype.isNamedCombinator = function(position) {
          if (position === void 0) {
            position = this.position;
          }
          return this.tokens[position + 0] && this.tokens[position + 0][tokenize_1.FIELDS.TYPE] === tokens.slash && this.tokens[position + 1] && this.tokens[position + 1][tokenize_1.FIELDS.TYPE] === tokens.word && this.tokens[position + 2] && this.tokens[position + 2][tokenize_1.FIELDS.TYPE] === tokens.slash;
        };
        Parser2.prototype.namedCombinator = function() {
          if (this.isNamedCombinator()) {
            var nameRaw = this.content(this.tokens[this.position + 1]);
            var name = (0, util_1.unesc)(nameRaw).toLowerCase();
            var raws = {};
            if (name !== nameRaw) {
              raws.value = "/".concat(nameRaw, "/");
            }
            var node = new combinator_1.default({
              value: "/".concat(name, "/"),
              source: getSource(this.currToken[tokenize_1.FIELDS.START_LINE], this.currToken[tokenize_1.FIELDS.START_COL], this.tokens[this.position + 2][tokenize_1.FIELDS.END_LINE], this.tokens[this.position + 2][tokenize_1.FIELDS.END_COL]),
              sourceIndex: this.currToken[tokenize_1.FIELDS.START_POS],
              raws
            });
            this.position = this.position + 3;
            return node;
          } else {
            this.unexpected();
          }
        };
        Parser2.prototype.combinator = function() {
          var _this = this;
          if (this.content() === "|") {
            return this.namespace();
          }
          var nextSigTokenPos = this.locateNextMeaningfulToken(this.position);
          if (nextSigTokenPos < 0 || this.tokens[nextSigTokenPos][tokenize_1.FIELDS.TYPE] === tokens.comma || this.tokens[nextSigTokenPos][tokenize_1.FIELDS.TYPE] === tokens.closeParenthesis) {
            var nodes = this.parseWhitespaceEquivalentTokens(nextSigTokenPos);
            if (nodes.length > 0) {
              var last = this.current.last;
              if (last) {
                var _a2 = this.convertWhitespaceNodesToSpace(nodes), space = _a2.space, rawSpace = _a2.rawSpace;
                if (rawSpace !== void 0) {
                  last.rawSpaceAfter += rawSpace;
                }
                last.spaces.after += space;
              } else {
                nodes.forEach(function(n) {
                  return _this.newNode(n);
                });
              }
            }
            return;
          }
          var firstToken = this.currToken;
          var spaceOrDescendantSelectorNodes = void 0;
          if (nextSigTokenPos > this.position) {
            spaceOrDescendantSelectorNodes = this.parseWhitespaceEquivalentTokens(nextSigTokenPos);
          }
          var node;
          if (this.isNamedCombinator()) {
            node = this.namedCombinator();
          } else if (this.currToken[tokenize_1.FIELDS.TYPE] === tokens.combinator) {
            node = new combinator_1.default({
              value: this.content(),
              source: getTokenSource(this.currToken),
              sourceIndex: this.currToken[tokenize_1.FIELDS.START_POS]
            });
            this.position++;
          } else if (WHITESPACE_TOKENS[this.currToken[tokenize_1.FIELDS.TYPE]]) {
          } else if (!spaceOrDescendantSelectorNodes) {
            this.unexpected();
          }
          if (node) {
            if (spaceOrDescendantSelectorNodes) {
              var _b2 = this.convertWhitespaceNodesToSpace(spaceOrDescendantSelectorNodes), space = _b2.space, rawSpace = _b2.rawSpace;
              node.spaces.before = space;
              node.rawSpaceBefore = rawSpace;
            }
          } else {
            var _c = this.convertWhitespaceNodesToSpace(spaceOrDescendantSelectorNodes, true), space = _c.space, rawSpace = _c.rawSpace;
            if (!rawSpace) {
              rawSpace = space;
            }
            var spaces = {};
            var raws = { spaces: {} };
            if (space.endsWith(" ") && rawSpace.endsWith(" ")) {
              spaces.before = space.slice(0, space.length - 1);
              raws.spaces.before = rawSpace.slice(0, rawSpace.length - 1);
            } else if (space[0] === " " && rawSpace[0] === " ") {
              spaces.after = space.slice(1);
              raws.spaces.after = rawSpace.slice(1);
            } else {
              raws.value = rawSpace;
            }
            node = new combinator_1.default({
              value: " ",
              source: getTokenSourceSpan(firstToken, this.tokens[this.position - 1]),
              sourceIndex: firstToken[tokenize_1.FIELDS.START_POS],
              spaces,
              raws
            });
          }
          if (this.currToken && this.currToken[tokenize_1.FIELDS.TYPE] === tokens.space) {
            node.spaces.after = this.optionalSpace(this.content());
            this.position++;
          }
          return this.newNode(node);
        };
        Parser2.prototype.flushPendingSpaces = function() {
          if (!this.spaces) {
            return;
          }
          var last = this.current.last;
          if (last) {
            last.spaces.after += this.spaces;
            this.spaces = "";
            return;
          }
          var token = this.currToken || this.prevToken;
          this.newNode(new string_1.default({
            value: "",
            source: token ? getTokenSource(token) : void 0,
            sourceIndex: token ? token[tokenize_1.FIELDS.START_POS] : 0
          }));
        };
        Parser2.prototype.comma = function() {
          this.flushPendingSpaces();
          if (this.position === this.tokens.length - 1) {
            this.root.trailingComma = true;
            this.position++;
            return;
          }
          this.current._inferEndPosition();
          var selector = new selector_1.default({
            source: {
              start: tokenStart(this.tokens[this.position + 1])
            },
            sourceIndex: this.tokens[this.position + 1][tokenize_1.FIELDS.START_POS]
          });
          this.current.parent.append(selector);
          this.current = selector;
          this.position++;
        };
        Parser2.prototype.comment = function() {
          var current = this.currToken;
          this.newNode(new comment_1.default({
            value: this.content(),
            source: getTokenSource(current),
            sourceIndex: current[tokenize_1.FIELDS.START_POS]
          }));
          this.position++;
        };
        Parser2.prototype.error = function(message, opts) {
          throw this.root.error(message, opts);
        };
        Parser2.prototype.missingBackslash = function() {
          return this.error("Expected a backslash preceding the semicolon.", {
            index: this.currToken[tokenize_1.FIELDS.START_POS]
          });
        };
        Parser2.prototype.missingParenthesis = function() {
          return this.expected("opening parenthesis", this.currToken[tokenize_1.FIELDS.START_POS]);
        };
        Parser2.prototype.missingSquareBracket = function() {
          return this.expected("opening square bracket", this.currToken[tokenize_1.FIELDS.START_POS]);
        };
        Parser2.prototype.unexpected = function() {
          return this.error("Unexpected '".concat(this.content(), "'. Escaping special characters with \\ may help."), this.currToken[tokenize_1.FIELDS.START_POS]);
        };
        Parser2.prototype.unexpectedPipe = function() {
          return this.error("Unexpected '|'.", this.currToken[tokenize_1.FIELDS.START_POS]);
        };
        Parser2.prototype.namespace = function() {
          var prev = this.prevToken;
          var before = prev && (prev[tokenize_1.FIELDS.TYPE] === tokens.word || prev[tokenize_1.FIELDS.TYPE] === tokens.asterisk || prev[tokenize_1.FIELDS.TYPE] === tokens.ampersand) ? this.content(prev) : true;
          if (!this.nextToken) {
            return this.unexpectedPipe();
          }
          if (this.nextToken[tokenize_1.FIELDS.TYPE] === tokens.word) {
            this.position++;
            return this.word(before);
          } else if (this.nextToken[tokenize_1.FIELDS.TYPE] === tokens.asterisk) {
            this.position++;
            return this.universal(before);
          }
          this.unexpectedPipe();
        };
        Parser2.prototype.nesting = function() {
          if (this.nextToken) {
            var nextContent = this.content(this.nextToken);
            if (nextContent === "|") {
              this.position++;
              return;
            }
          }
          var current = this.currToken;
          this.newNode(new nesting_1.default({
            value: this.content(),
            source: getTokenSource(current),
            sourceIndex: current[tokenize_1.FIELDS.START_POS]
          }));
          this.position++;
        };
        Parser2.prototype.parentheses = function() {
          var last = this.current.last;
          var unbalanced = 1;
          var openingToken = this.currToken;
          this.position++;
          if (last && last.type === types.PSEUDO) {
            var selector = new selector_1.default({
              source: { start: tokenStart(this.tokens[this.position]) },
              sourceIndex: this.tokens[this.position][tokenize_1.FIELDS.START_POS]
            });
            var cache = this.current;
            last.append(selector);
            this.current = selector;
            this.nestingDepth++;
            try {
              if (this.nestingDepth > this.maxNestingDepth) {
                this.error("Cannot parse selector: nesting depth exceeds the maximum of ".concat(this.maxNestingDepth, "."), { index: this.currToken[tokenize_1.FIELDS.START_POS] });
              }
              while (this.position < this.tokens.length && unbalanced) {
                if (this.currToken[tokenize_1.FIELDS.TYPE] === tokens.openParenthesis) {
                  unbalanced++;
                }
                if (this.currToken[tokenize_1.FIELDS.TYPE] === tokens.closeParenthesis) {
                  unbalanced--;
                }
                if (unbalanced) {
                  this.parse();
                } else {
                  this.flushPendingSpaces();
                  this.current.source.end = tokenEnd(this.currToken);
                  this.current.parent.source.end = tokenEnd(this.currToken);
                  this.position++;
                }
              }
            } finally {
              this.nestingDepth--;
            }
            this.current = cache;
          } else {
            var parenStart = this.currToken;
            var parenValue = "(";
            var parenEnd = void 0;
            for (; ; ) {
              while (this.position < this.tokens.length && unbalanced) {
                if (this.currToken[tokenize_1.FIELDS.TYPE] === tokens.openParenthesis) {
                  unbalanced++;
                }
                if (this.currToken[tokenize_1.FIELDS.TYPE] === tokens.closeParenthesis) {
                  unbalanced--;
                }
                parenEnd = this.currToken;
                parenValue += this.parseParenthesisToken(this.currToken);
                this.position++;
              }
              if (unbalanced || !last || !this.currToken || this.currToken[tokenize_1.FIELDS.TYPE] !== tokens.openParenthesis) {
                break;
              }
              openingToken = this.currToken;
              parenValue += "(";
              unbalanced = 1;
              this.position++;
            }
            if (last) {
              last.appendToPropertyAndEscape("value", parenValue, parenValue);
            } else {
              this.newNode(new string_1.default({
                value: parenValue,
                source: getSource(parenStart[tokenize_1.FIELDS.START_LINE], parenStart[tokenize_1.FIELDS.START_COL], parenEnd[tokenize_1.FIELDS.END_LINE], parenEnd[tokenize_1.FIELDS.END_COL]),
                sourceIndex: parenStart[tokenize_1.FIELDS.START_POS]
              }));
            }
          }
          if (unbalanced) {
            return this.expected("closing parenthesis", (this.currToken || openingToken)[tokenize_1.FIELDS.START_POS]);
          }
        };
        Parser2.prototype.pseudo = function() {
          var _this = this;
          var pseudoStr = "";
          var startingToken = this.currToken;
          while (this.currToken && this.currToken[tokenize_1.FIELDS.TYPE] === tokens.colon) {
            pseudoStr += this.content();
            this.position++;
          }
          if (!this.currToken) {
            return this.expected(["pseudo-class", "pseudo-element"], this.position - 1);
          }
          if (this.currToken[tokenize_1.FIELDS.TYPE] === tokens.word) {
            this.splitWord(false, function(first, length) {
              pseudoStr += first;
              _this.newNode(new pseudo_1.default({
                value: pseudoStr,
                source: getTokenSourceSpan(startingToken, _this.currToken),
                sourceIndex: startingToken[tokenize_1.FIELDS.START_POS]
              }));
              if (length > 1 && _this.nextToken && _this.nextToken[tokenize_1.FIELDS.TYPE] === tokens.openParenthesis) {
                _this.error("Misplaced parenthesis.", {
                  index: _this.nextToken[tokenize_1.FIELDS.START_POS]
                });
              }
            });
          } else {
            return this.expected(["pseudo-class", "pseudo-element"], this.currToken[tokenize_1.FIELDS.START_POS]);
          }
        };
        Parser2.prototype.currentHasOnlyComments = function() {
          var nodes = this.current.nodes;
          var checked = this.commentPrefixes.get(this.current) || 0;
          while (checked < nodes.length && nodes[checked].type === types.COMMENT) {
            checked++;
          }
          this.commentPrefixes.set(this.current, checked);
          return checked === nodes.length;
        };
        Parser2.prototype.space = function() {
          var content = this.content();
          if (this.position === 0 || this.prevToken[tokenize_1.FIELDS.TYPE] === tokens.comma || this.prevToken[tokenize_1.FIELDS.TYPE] === tokens.openParenthesis || this.currentHasOnlyComments()) {
            this.spaces = this.optionalSpace(content);
            this.position++;
          } else if (this.position === this.tokens.length - 1 || this.nextToken[tokenize_1.FIELDS.TYPE] === tokens.comma || this.nextToken[tokenize_1.FIELDS.TYPE] === tokens.closeParenthesis) {
            this.current.last.spaces.after = this.optionalSpace(content);
            this.position++;
          } else {
            this.combinator();
          }
        };
        Parser2.prototype.string = function() {
          var current = this.currToken;
          this.newNode(new string_1.default({
            value: this.content(),
            source: getTokenSource(current),
            sourceIndex: current[tokenize_1.FIELDS.START_POS]
          }));
          this.position++;
        };
        Parser2.prototype.universal = function(namespace) {
          var nextToken = this.nextToken;
          if (nextToken && this.content(nextToken) === "|") {
            this.position++;
            return this.namespace();
          }
          var current = this.currToken;
          this.newNode(new universal_1.default({
            value: this.content(),
            source: getTokenSource(current),
            sourceIndex: current[tokenize_1.FIELDS.START_POS]
          }), namespace);
          this.position++;
        };
        Parser2.prototype.splitWord = function(namespace, firstCallback) {
          var _this = this;
          var nextToken = this.nextToken;
          var word = this.content();
          while (nextToken && ~[tokens.dollar, tokens.caret, tokens.equals, tokens.word].indexOf(nextToken[tokenize_1.FIELDS.TYPE])) {
            this.position++;
            var current = this.content();
            word += current;
            if (current.lastIndexOf("\\") === current.length - 1) {
              var next = this.nextToken;
              if (next && next[tokenize_1.FIELDS.TYPE] === tokens.space) {
                word += this.requiredSpace(this.content(next));
                this.position++;
              }
            }
            nextToken = this.nextToken;
          }
          var isKeyframesPercent = /^\d+\.\d+%$/.test(word);
          var hasClass = isKeyframesPercent ? [] : indexesOf(word, ".").filter(function(i) {
            return !isEscaped(word, i);
          });
          var hasId = indexesOf(word, "#").filter(function(i) {
            return !isEscaped(word, i);
          });
          var interpolations = indexesOf(word, "#{");
          if (interpolations.length) {
            var interpolationIndexes_1 = new Set(interpolations);
            hasId = hasId.filter(function(hashIndex) {
              return !interpolationIndexes_1.has(hashIndex);
            });
          }
          var classIndexes = new Set(hasClass);
          var idIndexes = new Set(hasId);
          var indices = (0, sortAscending_1.default)(uniqs(__spreadArray(__spreadArray([0], __read(hasClass), false), __read(hasId), false)));
          indices.forEach(function(ind, i) {
            var index = indices[i + 1] || word.length;
            var value = word.slice(ind, index);
            if (i === 0 && firstCallback) {
              return firstCallback.call(_this, value, indices.length);
            }
            var node;
            var current2 = _this.currToken;
            var sourceIndex = current2[tokenize_1.FIELDS.START_POS] + indices[i];
            var source = getSource(current2[1], current2[2] + ind, current2[3], current2[2] + (index - 1));
            if (classIndexes.has(ind)) {
              var classNameOpts = {
                value: value.slice(1),
                source,
                sourceIndex
              };
              node = new className_1.default(unescapeProp(classNameOpts, "value"));
            } else if (idIndexes.has(ind)) {
              var idOpts = {
                value: value.slice(1),
                source,
                sourceIndex
              };
              node = new id_1.default(unescapeProp(idOpts, "value"));
            } else {
              var tagOpts = {
                value,
                source,
                sourceIndex
              };
              unescapeProp(tagOpts, "value");
              node = new tag_1.default(tagOpts);
            }
            _this.newNode(node, namespace);
            namespace = null;
          });
          this.position++;
        };
        Parser2.prototype.word = function(namespace) {
          var nextToken = this.nextToken;
          if (nextToken && this.content(nextToken) === "|") {
            this.position++;
            return this.namespace();
          }
          return this.splitWord(namespace);
        };
        Parser2.prototype.loop = function() {
          while (this.position < this.tokens.length) {
            this.parse(true);
          }
          this.flushPendingSpaces();
          this.current._inferEndPosition();
          return this.root;
        };
        Parser2.prototype.parse = function(throwOnParenthesis) {
          switch (this.currToken[tokenize_1.FIELDS.TYPE]) {
            case tokens.space:
              this.space();
              break;
            case tokens.comment:
              this.comment();
              break;
            case tokens.openParenthesis:
              this.parentheses();
              break;
            case tokens.closeParenthesis:
              if (throwOnParenthesis) {
                this.missingParenthesis();
              }
              break;
            case tokens.openSquare:
              this.attribute();
              break;
            case tokens.dollar:
            case tokens.caret:
            case tokens.equals:
            case tokens.word:
              this.word();
              break;
            case tokens.colon:
              this.pseudo();
              break;
            case tokens.comma:
              this.comma();
              break;
            case tokens.asterisk:
              this.universal();
              break;
            case tokens.ampersand:
              this.nesting();
              break;
            case tokens.slash:
            case tokens.combinator:
              this.combinator();
              break;
            case tokens.str:
              this.string();
              break;
            // These cases throw; no break needed.
            case tokens.closeSquare:
              this.missingSquareBracket();
            case tokens.semicolon:
              this.missingBackslash();
            default:
              this.unexpected();
          }
        };
        Parser2.prototype.expected = function(description, index, found) {
          if (Array.isArray(description)) {
            var last = description.pop();
            description = "".concat(description.join(", "), " or ").concat(last);
          }
          var an = /^[aeiou]/.test(description[0]) ? "an" : "a";
          if (!found) {
            return this.error("Expected ".concat(an, " ").concat(description, "."), { index });
          }
          return this.error("Expected ".concat(an, " ").concat(description, ', found "').concat(found, '" instead.'), { index });
        };
        Parser2.prototype.requiredSpace = function(space) {
          return this.options.lossy ? " " : space;
        };
        Parser2.prototype.optionalSpace = function(space) {
          return this.options.lossy ? "" : space;
        };
        Parser2.prototype.lossySpace = function(space, required) {
          if (this.options.lossy) {
            return required ? " " : "";
          } else {
            return space;
          }
        };
        Parser2.prototype.parseParenthesisToken = function(token) {
          var content = this.content(token);
          if (token[tokenize_1.FIELDS.TYPE] === tokens.space) {
            return this.requiredSpace(content);
          } else {
            return content;
          }
        };
        Parser2.prototype.newNode = function(node, namespace) {
          if (namespace) {
            if (/^ +$/.test(namespace)) {
              if (!this.options.lossy) {
                this.spaces = (this.spaces || "") + namespace;
              }
              namespace = true;
            }
            node.namespace = namespace;
            unescapeProp(node, "namespace");
          }
          if (this.spaces) {
            node.spaces.before = this.spaces;
            this.spaces = "";
          }
          return this.current.append(node);
        };
        Parser2.prototype.content = function(token) {
          if (token === void 0) {
            token = this.currToken;
          }
          return this.css.slice(token[tokenize_1.FIELDS.START_POS], token[tokenize_1.FIELDS.END_POS]);
        };
        Object.defineProperty(Parser2.prototype, "currToken", {
          get: function() {
            return this.tokens[this.position];
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Parser2.prototype, "nextToken", {
          get: function() {
            return this.tokens[this.position + 1];
          },
          enumerable: false,
          configurable: true
        });
        Object.defineProperty(Parser2.prototype, "prevToken", {
          get: function() {
            return this.tokens[this.position - 1];
          },
          enumerable: false,
          configurable: true
        });
        Parser2.prototype.locateNextMeaningfulToken = function(startPosition) {
          if (startPosition === void 0) {
            startPosition = this.position + 1;
          }
          var searchPosition = startPosition;
          while (searchPosition < this.tokens.length) {
            if (WHITESPACE_EQUIV_TOKENS[this.tokens[searchPosition][tokenize_1.FIELDS.TYPE]]) {
              searchPosition++;
              continue;
            } else {
              return searchPosition;
            }
          }
          return -1;
        };
        return Parser2;
      })()
    );
    exports.default = Parser;
  }
});

// node_modules/postcss-selector-parser/dist/processor.js
var require_processor = __commonJS({
  "node_modules/postcss-selector-parser/dist/processor.js"(exports) {
    "use strict";
    var __values = exports && exports.__values || function(o) {
      var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
      if (m) return m.call(o);
      if (o && typeof o.length === "number") return {
        next: function() {
          if (o && i >= o.length) o = void 0;
          return { value: o && o[i++], done: !o };
        }
      };
      throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var parser_1 = __importDefault(require_parser());
    var BOUND_METHODS = ["ast", "astSync", "transform", "transformSync", "process", "processSync"];
    var Processor = (
      /** @class */
      (function() {
        function Processor2(func, options) {
          var e_1, _a;
          this.func = func || function noop() {
          };
          this.funcRes = null;
          this.options = options;
          try {
            for (var BOUND_METHODS_1 = __values(BOUND_METHODS), BOUND_METHODS_1_1 = BOUND_METHODS_1.next(); !BOUND_METHODS_1_1.done; BOUND_METHODS_1_1 = BOUND_METHODS_1.next()) {
              var name = BOUND_METHODS_1_1.value;
              this[name] = this[name].bind(this);
            }
          } catch (e_1_1) {
            e_1 = { error: e_1_1 };
          } finally {
            try {
              if (BOUND_METHODS_1_1 && !BOUND_METHODS_1_1.done && (_a = BOUND_METHODS_1.return)) _a.call(BOUND_METHODS_1);
            } finally {
              if (e_1) throw e_1.error;
            }
          }
        }
        Processor2.prototype._shouldUpdateSelector = function(rule, options) {
          if (options === void 0) {
            options = {};
          }
          var merged = Object.assign({}, this.options, options);
          if (merged.updateSelector === false) {
            return false;
          } else {
            return typeof rule !== "string";
          }
        };
        Processor2.prototype._isLossy = function(options) {
          if (options === void 0) {
            options = {};
          }
          var merged = Object.assign({}, this.options, options);
          if (merged.lossless === false) {
            return true;
          } else {
            return false;
          }
        };
        Processor2.prototype._root = function(rule, options) {
          if (options === void 0) {
            options = {};
          }
          var parser = new parser_1.default(rule, this._parseOptions(options));
          return parser.root;
        };
        Processor2.prototype._parseOptions = function(options) {
          var merged = Object.assign({}, this.options, options);
          return {
            lossy: this._isLossy(merged),
            maxNestingDepth: merged.maxNestingDepth,
            maxInputLength: merged.maxInputLength
          };
        };
        Processor2.prototype._stringifyOptions = function(options) {
          var merged = Object.assign({}, this.options, options);
          return {
            maxNestingDepth: merged.maxNestingDepth
          };
        };
        Processor2.prototype._run = function(rule, options) {
          var _this = this;
          if (options === void 0) {
            options = {};
          }
          return new Promise(function(resolve, reject) {
            try {
              var root_1 = _this._root(rule, options);
              Promise.resolve(_this.func(root_1)).then(function(transform) {
                var string = void 0;
                if (_this._shouldUpdateSelector(rule, options)) {
                  string = root_1.toString(_this._stringifyOptions(options));
                  rule.selector = string;
                }
                return { transform, root: root_1, string };
              }).then(resolve, reject);
            } catch (e) {
              reject(e);
              return;
            }
          });
        };
        Processor2.prototype._runSync = function(rule, options) {
          if (options === void 0) {
            options = {};
          }
          var root = this._root(rule, options);
          var transform = this.func(root);
          if (transform && typeof transform.then === "function") {
            throw new Error("Selector processor returned a promise to a synchronous call.");
          }
          var string = void 0;
          if (options.updateSelector && typeof rule !== "string") {
            string = root.toString(this._stringifyOptions(options));
            rule.selector = string;
          }
          return { transform, root, string };
        };
        Processor2.prototype.ast = function(rule, options) {
          return this._run(rule, options).then(function(result) {
            return result.root;
          });
        };
        Processor2.prototype.astSync = function(rule, options) {
          return this._runSync(rule, options).root;
        };
        Processor2.prototype.transform = function(rule, options) {
          return this._run(rule, options).then(function(result) {
            return result.transform;
          });
        };
        Processor2.prototype.transformSync = function(rule, options) {
          return this._runSync(rule, options).transform;
        };
        Processor2.prototype.process = function(rule, options) {
          var _this = this;
          return this._run(rule, options).then(function(result) {
            return result.string || result.root.toString(_this._stringifyOptions(options));
          });
        };
        Processor2.prototype.processSync = function(rule, options) {
          var result = this._runSync(rule, options);
          return result.string || result.root.toString(this._stringifyOptions(options));
        };
        return Processor2;
      })()
    );
    exports.default = Processor;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/constructors.js
var require_constructors = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/constructors.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.universal = exports.tag = exports.string = exports.selector = exports.root = exports.pseudo = exports.nesting = exports.id = exports.comment = exports.combinator = exports.className = exports.attribute = void 0;
    var attribute_1 = __importDefault(require_attribute());
    var className_1 = __importDefault(require_className());
    var combinator_1 = __importDefault(require_combinator());
    var comment_1 = __importDefault(require_comment());
    var id_1 = __importDefault(require_id());
    var nesting_1 = __importDefault(require_nesting());
    var pseudo_1 = __importDefault(require_pseudo());
    var root_1 = __importDefault(require_root());
    var selector_1 = __importDefault(require_selector());
    var string_1 = __importDefault(require_string());
    var tag_1 = __importDefault(require_tag());
    var universal_1 = __importDefault(require_universal());
    var attribute = function(opts) {
      return new attribute_1.default(opts);
    };
    exports.attribute = attribute;
    var className = function(opts) {
      return new className_1.default(opts);
    };
    exports.className = className;
    var combinator = function(opts) {
      return new combinator_1.default(opts);
    };
    exports.combinator = combinator;
    var comment = function(opts) {
      return new comment_1.default(opts);
    };
    exports.comment = comment;
    var id = function(opts) {
      return new id_1.default(opts);
    };
    exports.id = id;
    var nesting = function(opts) {
      return new nesting_1.default(opts);
    };
    exports.nesting = nesting;
    var pseudo = function(opts) {
      return new pseudo_1.default(opts);
    };
    exports.pseudo = pseudo;
    var root = function(opts) {
      return new root_1.default(opts);
    };
    exports.root = root;
    var selector = function(opts) {
      return new selector_1.default(opts);
    };
    exports.selector = selector;
    var string = function(opts) {
      return new string_1.default(opts);
    };
    exports.string = string;
    var tag = function(opts) {
      return new tag_1.default(opts);
    };
    exports.tag = tag;
    var universal = function(opts) {
      return new universal_1.default(opts);
    };
    exports.universal = universal;
  }
});

// node_modules/postcss-selector-parser/dist/selectors/guards.js
var require_guards = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/guards.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isUniversal = exports.isTag = exports.isString = exports.isSelector = exports.isRoot = exports.isPseudo = exports.isNesting = exports.isIdentifier = exports.isComment = exports.isCombinator = exports.isClassName = exports.isAttribute = void 0;
    exports.isNode = isNode;
    exports.isPseudoElement = isPseudoElement;
    exports.isPseudoClass = isPseudoClass;
    exports.isContainer = isContainer;
    exports.isNamespace = isNamespace;
    var types_1 = require_types();
    var IS_TYPE = (_a = {}, _a[types_1.ATTRIBUTE] = true, _a[types_1.CLASS] = true, _a[types_1.COMBINATOR] = true, _a[types_1.COMMENT] = true, _a[types_1.ID] = true, _a[types_1.NESTING] = true, _a[types_1.PSEUDO] = true, _a[types_1.ROOT] = true, _a[types_1.SELECTOR] = true, _a[types_1.STRING] = true, _a[types_1.TAG] = true, _a[types_1.UNIVERSAL] = true, _a);
    function isNode(node) {
      return typeof node === "object" && IS_TYPE[node.type];
    }
    function isNodeType(type, node) {
      return isNode(node) && node.type === type;
    }
    exports.isAttribute = isNodeType.bind(null, types_1.ATTRIBUTE);
    exports.isClassName = isNodeType.bind(null, types_1.CLASS);
    exports.isCombinator = isNodeType.bind(null, types_1.COMBINATOR);
    exports.isComment = isNodeType.bind(null, types_1.COMMENT);
    exports.isIdentifier = isNodeType.bind(null, types_1.ID);
    exports.isNesting = isNodeType.bind(null, types_1.NESTING);
    exports.isPseudo = isNodeType.bind(null, types_1.PSEUDO);
    exports.isRoot = isNodeType.bind(null, types_1.ROOT);
    exports.isSelector = isNodeType.bind(null, types_1.SELECTOR);
    exports.isString = isNodeType.bind(null, types_1.STRING);
    exports.isTag = isNodeType.bind(null, types_1.TAG);
    exports.isUniversal = isNodeType.bind(null, types_1.UNIVERSAL);
    function isPseudoElement(node) {
      return (0, exports.isPseudo)(node) && node.value && (node.value.startsWith("::") || node.value.toLowerCase() === ":before" || node.value.toLowerCase() === ":after" || node.value.toLowerCase() === ":first-letter" || node.value.toLowerCase() === ":first-line");
    }
    function isPseudoClass(node) {
      return (0, exports.isPseudo)(node) && !isPseudoElement(node);
    }
    function isContainer(node) {
      return !!(isNode(node) && node.walk);
    }
    function isNamespace(node) {
      return (0, exports.isAttribute)(node) || (0, exports.isTag)(node);
    }
  }
});

// node_modules/postcss-selector-parser/dist/selectors/index.js
var require_selectors = __commonJS({
  "node_modules/postcss-selector-parser/dist/selectors/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_types(), exports);
    __exportStar(require_constructors(), exports);
    __exportStar(require_guards(), exports);
  }
});

// node_modules/postcss-selector-parser/dist/index.js
var require_dist = __commonJS({
  "node_modules/postcss-selector-parser/dist/index.js"(exports, module) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    var processor_1 = __importDefault(require_processor());
    var selectors = __importStar(require_selectors());
    var parser = function(processor, options) {
      return new processor_1.default(processor, options);
    };
    Object.assign(parser, selectors);
    delete parser.__esModule;
    module.exports = parser;
  }
});

// node_modules/@npmcli/query/lib/index.js
var require_lib27 = __commonJS({
  "node_modules/@npmcli/query/lib/index.js"(exports, module) {
    "use strict";
    var parser = require_dist();
    var arrayDelimiter = /* @__PURE__ */ Symbol("arrayDelimiter");
    var escapeSlashes = (str) => str.replace(/\//g, "\\/");
    var unescapeSlashes = (str) => str.replace(/\\\//g, "/");
    var fixupAttr = (astNode) => {
      const properties = [];
      const matcher = {};
      for (const selectorAstNode of astNode.nodes) {
        const [firstAstNode] = selectorAstNode.nodes;
        if (firstAstNode.type === "tag") {
          properties.push(firstAstNode.value);
        }
      }
      const lastSelectorAstNode = astNode.nodes.pop();
      const [attributeAstNode] = lastSelectorAstNode.nodes;
      if (attributeAstNode.value === ":attr") {
        const appendParts = fixupAttr(attributeAstNode);
        properties.push(arrayDelimiter, ...appendParts.lookupProperties);
        matcher.qualifiedAttribute = appendParts.attributeMatcher.qualifiedAttribute;
        matcher.operator = appendParts.attributeMatcher.operator;
        matcher.value = appendParts.attributeMatcher.value;
        matcher.attribute = appendParts.attributeMatcher.attribute;
        if (appendParts.attributeMatcher.insensitive) {
          matcher.insensitive = true;
        }
      } else {
        if (attributeAstNode.type !== "attribute") {
          throw Object.assign(
            new Error("`:attr` pseudo-class expects an attribute matcher as the last value"),
            { code: "EQUERYATTR" }
          );
        }
        matcher.qualifiedAttribute = unescapeSlashes(attributeAstNode.qualifiedAttribute);
        matcher.operator = attributeAstNode.operator;
        matcher.value = attributeAstNode.value;
        matcher.attribute = matcher.qualifiedAttribute;
        if (attributeAstNode.insensitive) {
          matcher.insensitive = true;
        }
      }
      astNode.lookupProperties = properties;
      astNode.attributeMatcher = matcher;
      astNode.nodes.length = 0;
      return astNode;
    };
    var fixupNestedPseudo = (astNode) => {
      const newRootNode = parser.root();
      astNode.nestedNode = newRootNode;
      newRootNode.nodes = [...astNode.nodes];
      astNode.nodes.length = 0;
      for (const currAstNode of newRootNode.nodes) {
        currAstNode.parent = newRootNode;
      }
      transformAst(newRootNode);
    };
    var fixupSemverSpecs = (astNode) => {
      if (astNode.nodes.length === 3) {
        const funcNode = astNode.nodes.pop().nodes[0];
        if (funcNode.type === "tag") {
          astNode.semverFunc = funcNode.value;
        } else if (funcNode.type === "string") {
          astNode.semverFunc = funcNode.value.slice(1, -1);
        } else {
          throw Object.assign(
            new Error("`:semver` pseudo-class expects a function name as last value"),
            { code: "ESEMVERFUNC" }
          );
        }
      }
      if (astNode.nodes.length === 1) {
        const semverNode = astNode.nodes.pop();
        astNode.semverValue = semverNode.nodes.reduce((res, next) => `${res}${String(next)}`, "");
      } else if (astNode.nodes.length === 2) {
        for (let i = 0; i < astNode.nodes.length; ++i) {
          const type = astNode.nodes[i].nodes[0].type;
          if (type === "tag" || type === "combinator") {
            const semverNode = astNode.nodes.splice(i, 1)[0];
            astNode.semverValue = semverNode.nodes.reduce((res, next) => `${res}${String(next)}`, "");
            astNode.semverPosition = i;
            break;
          }
        }
        if (typeof astNode.semverValue === "undefined") {
          throw Object.assign(
            new Error("`:semver` pseudo-class expects a static value in the first or second position"),
            { code: "ESEMVERVALUE" }
          );
        }
      }
      if (astNode.nodes.length === 1) {
        fixupAttr(astNode);
      } else {
        astNode.attributeMatcher = {
          insensitive: false,
          attribute: "version",
          qualifiedAttribute: "version"
        };
        astNode.lookupProperties = [];
      }
      astNode.nodes.length = 0;
    };
    var fixupTypes = (astNode) => {
      const [valueAstNode] = astNode.nodes[0].nodes;
      const { value } = valueAstNode || {};
      astNode.typeValue = value;
      astNode.nodes.length = 0;
    };
    var fixupPaths = (astNode) => {
      astNode.pathValue = unescapeSlashes(String(astNode.nodes[0]));
      astNode.nodes.length = 0;
    };
    var fixupOutdated = (astNode) => {
      if (astNode.nodes.length) {
        astNode.outdatedKind = String(astNode.nodes[0]);
        astNode.nodes.length = 0;
      }
    };
    var fixupVuln = (astNode) => {
      const vulns = [];
      if (astNode.nodes.length) {
        for (const selector of astNode.nodes) {
          const vuln = {};
          for (const node of selector.nodes) {
            if (node.type !== "attribute") {
              throw Object.assign(
                new Error(':vuln pseudo-class only accepts attribute matchers or "cwe" tag'),
                { code: "EQUERYATTR" }
              );
            }
            if (!["severity", "cwe"].includes(node._attribute)) {
              throw Object.assign(
                new Error(':vuln pseudo-class only matches "severity" and "cwe" attributes'),
                { code: "EQUERYATTR" }
              );
            }
            if (!node.operator) {
              node.operator = "=";
              node.value = "*";
            }
            if (node.operator !== "=") {
              throw Object.assign(
                new Error(':vuln pseudo-class attribute selector only accepts "=" operator', node),
                { code: "EQUERYATTR" }
              );
            }
            if (!vuln[node._attribute]) {
              vuln[node._attribute] = [];
            }
            vuln[node._attribute].push(node._value);
          }
          vulns.push(vuln);
        }
        astNode.vulns = vulns;
        astNode.nodes.length = 0;
      }
    };
    var transformAst = (selector) => {
      selector.walk((nextAstNode) => {
        switch (nextAstNode.value) {
          case ":attr":
            return fixupAttr(nextAstNode);
          case ":is":
          case ":has":
          case ":not":
            return fixupNestedPseudo(nextAstNode);
          case ":path":
            return fixupPaths(nextAstNode);
          case ":semver":
            return fixupSemverSpecs(nextAstNode);
          case ":type":
            return fixupTypes(nextAstNode);
          case ":outdated":
            return fixupOutdated(nextAstNode);
          case ":vuln":
            return fixupVuln(nextAstNode);
        }
      });
    };
    var queryParser = (query) => {
      if (!query) {
        return [];
      }
      return parser(transformAst).astSync(escapeSlashes(query), { lossless: false });
    };
    module.exports = {
      parser: queryParser,
      arrayDelimiter
    };
  }
});

// node_modules/@npmcli/arborist/lib/query-selector-all.js
var require_query_selector_all = __commonJS({
  "node_modules/@npmcli/arborist/lib/query-selector-all.js"(exports, module) {
    "use strict";
    var { resolve } = __require("node:path");
    var { parser, arrayDelimiter } = require_lib27();
    var localeCompare = require_string_locale_compare()("en");
    var { log } = require_lib();
    var { minimatch } = require_commonjs2();
    var npa = require_npa();
    var pacote = require_lib19();
    var semver = require_semver();
    var npmFetch = require_lib18();
    var { isReleaseAgeExcluded } = require_release_age_exclude();
    var Results = class {
      #currentAstSelector;
      #initialItems;
      #inventory;
      #outdatedCache = /* @__PURE__ */ new Map();
      #vulnCache;
      #pendingCombinator;
      #results = /* @__PURE__ */ new Map();
      #targetNode;
      constructor(opts) {
        this.#currentAstSelector = opts.rootAstNode.nodes[0];
        this.#inventory = opts.inventory;
        this.#initialItems = opts.initialItems;
        this.#vulnCache = opts.vulnCache;
        this.#targetNode = opts.targetNode;
        this.currentResults = this.#initialItems;
        this.flatOptions = opts.flatOptions || {};
        this.currentAstNode = opts.rootAstNode;
      }
      get currentResults() {
        return this.#results.get(this.#currentAstSelector);
      }
      set currentResults(value) {
        this.#results.set(this.#currentAstSelector, value);
      }
      // retrieves the initial items to which start the filtering / matching
      // for most of the different types of recognized ast nodes, e.g: class (aka
      // depType), id, *, etc in different contexts we need to start with the
      // current list of filtered results, for example a query for `.workspace`
      // actually means the same as `*.workspace` so we want to start with the full
      // inventory if that's the first ast node we're reading but if it appears in
      // the middle of a query it should respect the previous filtered results,
      // combinators are a special case in which we always want to have the
      // complete inventory list in order to use the left-hand side ast node as a
      // filter combined with the element on its right-hand side
      get initialItems() {
        const firstParsed = this.currentAstNode.parent.nodes[0] === this.currentAstNode && this.currentAstNode.parent.parent.type === "root";
        if (firstParsed) {
          return this.#initialItems;
        }
        if (this.currentAstNode.prev().type === "combinator") {
          return this.#inventory;
        }
        return this.currentResults;
      }
      // combinators need information about previously filtered items along
      // with info of the items parsed / retrieved from the selector right
      // past the combinator, for this reason combinators are stored and
      // only ran as the last part of each selector logic
      processPendingCombinator(nextResults) {
        if (this.#pendingCombinator) {
          const res = this.#pendingCombinator(this.currentResults, nextResults);
          this.#pendingCombinator = null;
          this.currentResults = res;
        } else {
          this.currentResults = nextResults;
        }
      }
      // when collecting results to a root astNode, we traverse the list of child
      // selector nodes and collect all of their resulting arborist nodes into a
      // single/flat Set of items, this ensures we also deduplicate items
      collect(rootAstNode) {
        return new Set(rootAstNode.nodes.flatMap((n) => this.#results.get(n)));
      }
      // selector types map to the '.type' property of the ast nodes via `${astNode.type}Type`
      //
      // attribute selector [name=value], etc
      attributeType() {
        const nextResults = this.initialItems.filter(
          (node) => attributeMatch(this.currentAstNode, node.package)
        );
        this.processPendingCombinator(nextResults);
      }
      // dependency type selector (i.e. .prod, .dev, etc)
      // css calls this class, we interpret is as dependency type
      classType() {
        const depTypeFn = depTypes[String(this.currentAstNode)];
        if (!depTypeFn) {
          throw Object.assign(
            new Error(`\`${String(this.currentAstNode)}\` is not a supported dependency type.`),
            { code: "EQUERYNODEPTYPE" }
          );
        }
        const nextResults = depTypeFn(this.initialItems);
        this.processPendingCombinator(nextResults);
      }
      // combinators (i.e. '>', ' ', '~')
      combinatorType() {
        this.#pendingCombinator = combinators[String(this.currentAstNode)];
      }
      // name selectors (i.e. #foo)
      // css calls this id, we interpret it as name
      idType() {
        const name = this.currentAstNode.value;
        const nextResults = this.initialItems.filter(
          (node) => name === node.name || name === node.package.name
        );
        this.processPendingCombinator(nextResults);
      }
      // pseudo selectors (prefixed with :)
      async pseudoType() {
        const pseudoFn = `${this.currentAstNode.value.slice(1)}Pseudo`;
        if (!this[pseudoFn]) {
          throw Object.assign(
            new Error(`\`${this.currentAstNode.value}\` is not a supported pseudo selector.`),
            { code: "EQUERYNOPSEUDO" }
          );
        }
        const nextResults = await this[pseudoFn]();
        this.processPendingCombinator(nextResults);
      }
      selectorType() {
        this.#currentAstSelector = this.currentAstNode;
        if (!this.currentResults) {
          this.currentResults = [];
        }
      }
      universalType() {
        this.processPendingCombinator(this.initialItems);
      }
      // pseudo selectors map to the 'value' property of the pseudo selectors in the ast nodes
      // via selectors via `${value.slice(1)}Pseudo`
      attrPseudo() {
        const { lookupProperties, attributeMatcher } = this.currentAstNode;
        return this.initialItems.filter((node) => {
          let objs = [node.package];
          for (const prop of lookupProperties) {
            if (prop === arrayDelimiter) {
              objs = objs.flat();
              continue;
            }
            objs = objs.flatMap((obj) => obj[prop] || []);
            const noAttr = objs.every((obj) => !obj);
            if (noAttr) {
              return false;
            }
          }
          return objs.some((obj) => attributeMatch(attributeMatcher, obj));
        });
      }
      emptyPseudo() {
        return this.initialItems.filter((node) => node.edgesOut.size === 0);
      }
      extraneousPseudo() {
        return this.initialItems.filter((node) => node.extraneous);
      }
      async hasPseudo() {
        const found = [];
        for (const item of this.initialItems) {
          const res = await retrieveNodesFromParsedAst({
            flatOptions: this.flatOptions,
            initialItems: [item],
            inventory: this.#inventory,
            rootAstNode: this.currentAstNode.nestedNode,
            targetNode: item,
            vulnCache: this.#vulnCache
          });
          if (res.size > 0) {
            found.push(item);
          }
        }
        return found;
      }
      invalidPseudo() {
        const found = [];
        for (const node of this.initialItems) {
          for (const edge of node.edgesIn) {
            if (edge.invalid) {
              found.push(node);
              break;
            }
          }
        }
        return found;
      }
      async isPseudo() {
        const res = await retrieveNodesFromParsedAst({
          flatOptions: this.flatOptions,
          initialItems: this.initialItems,
          inventory: this.#inventory,
          rootAstNode: this.currentAstNode.nestedNode,
          targetNode: this.currentAstNode,
          vulnCache: this.#vulnCache
        });
        return [...res];
      }
      linkPseudo() {
        return this.initialItems.filter((node) => node.isLink || node.isTop && !node.isRoot);
      }
      missingPseudo() {
        return this.#inventory.reduce((res, node) => {
          for (const edge of node.edgesOut.values()) {
            if (edge.missing) {
              const pkg = { name: edge.name, version: edge.spec };
              const item = new this.#targetNode.constructor({ pkg });
              item.queryContext = {
                missing: true
              };
              item.edgesIn = /* @__PURE__ */ new Set([edge]);
              res.push(item);
            }
          }
          return res;
        }, []);
      }
      async notPseudo() {
        const res = await retrieveNodesFromParsedAst({
          flatOptions: this.flatOptions,
          initialItems: this.initialItems,
          inventory: this.#inventory,
          rootAstNode: this.currentAstNode.nestedNode,
          targetNode: this.currentAstNode,
          vulnCache: this.#vulnCache
        });
        const internalSelector = new Set(res);
        return this.initialItems.filter((node) => !internalSelector.has(node));
      }
      overriddenPseudo() {
        return this.initialItems.filter((node) => node.overridden);
      }
      pathPseudo() {
        return this.initialItems.filter((node) => {
          if (!this.currentAstNode.pathValue) {
            return true;
          }
          return minimatch(
            node.realpath.replace(/\\+/g, "/"),
            resolve(node.root.realpath, this.currentAstNode.pathValue).replace(/\\+/g, "/")
          );
        });
      }
      privatePseudo() {
        return this.initialItems.filter((node) => node.package.private);
      }
      rootPseudo() {
        return this.initialItems.filter((node) => node === this.#targetNode.root);
      }
      scopePseudo() {
        return this.initialItems.filter((node) => node === this.#targetNode);
      }
      semverPseudo() {
        const {
          attributeMatcher,
          lookupProperties,
          semverFunc = "infer",
          semverValue
        } = this.currentAstNode;
        const { qualifiedAttribute } = attributeMatcher;
        if (!semverValue) {
          log.warn("query", "usage of :semver() with no parameters is deprecated");
          return this.initialItems;
        }
        if (!semver.valid(semverValue) && !semver.validRange(semverValue)) {
          throw Object.assign(
            new Error(`\`${semverValue}\` is not a valid semver version or range`),
            { code: "EQUERYINVALIDSEMVER" }
          );
        }
        const valueIsVersion = !!semver.valid(semverValue);
        const nodeMatches = (node, obj) => {
          if (attributeMatcher.operator) {
            if (!attributeMatch(attributeMatcher, obj)) {
              return false;
            }
          }
          const attrValue = obj[qualifiedAttribute];
          if (!semver.valid(attrValue) && !semver.validRange(attrValue) || typeof attrValue !== "string") {
            return false;
          }
          const attrIsVersion = !!semver.valid(attrValue);
          let actualFunc = semverFunc;
          if (actualFunc === "infer") {
            if (valueIsVersion && attrIsVersion) {
              actualFunc = "eq";
            } else if (!valueIsVersion && !attrIsVersion) {
              actualFunc = "intersects";
            } else {
              actualFunc = "satisfies";
            }
          }
          if (["eq", "neq", "gt", "gte", "lt", "lte"].includes(actualFunc)) {
            if (!valueIsVersion || !attrIsVersion) {
              return false;
            }
            return semver[actualFunc](attrValue, semverValue);
          } else if (["gtr", "ltr", "satisfies"].includes(actualFunc)) {
            if (!valueIsVersion && !attrIsVersion) {
              return false;
            }
            return valueIsVersion ? semver[actualFunc](semverValue, attrValue) : semver[actualFunc](attrValue, semverValue);
          } else if (["intersects", "subset"].includes(actualFunc)) {
            return semver[actualFunc](attrValue, semverValue);
          } else {
            throw Object.assign(
              new Error(`\`semver.${actualFunc}\` is not a supported operator.`),
              { code: "EQUERYINVALIDOPERATOR" }
            );
          }
        };
        return this.initialItems.filter((node) => {
          if (!lookupProperties.length) {
            return nodeMatches(node, node.package);
          }
          let objs = [node.package];
          for (const prop of lookupProperties) {
            if (prop === arrayDelimiter) {
              objs = objs.flat();
              continue;
            }
            objs = objs.flatMap((obj) => obj[prop] || []);
            const noAttr = objs.every((obj) => !obj);
            if (noAttr) {
              return false;
            }
            return objs.some((obj) => nodeMatches(node, obj));
          }
        });
      }
      typePseudo() {
        if (!this.currentAstNode.typeValue) {
          return this.initialItems;
        }
        return this.initialItems.flatMap((node) => {
          const found = [];
          const { typeValue } = this.currentAstNode;
          for (const edge of node.edgesIn) {
            const parsedArg = npa(`${edge.name}@${edge.spec}`);
            if (typeValue === "registry") {
              if (parsedArg.registry) {
                found.push(edge.to);
              }
            } else if (parsedArg.type === typeValue) {
              found.push(edge.to);
            }
          }
          return found;
        });
      }
      dedupedPseudo() {
        return this.initialItems.filter((node) => node.target.edgesIn.size > 1);
      }
      async vulnPseudo() {
        if (!this.initialItems.length) {
          return this.initialItems;
        }
        if (!this.#vulnCache) {
          const packages = {};
          this.initialItems.map((node) => {
            if (node.isProjectRoot || node.package.private) {
              return;
            }
            if (!packages[node.name]) {
              packages[node.name] = [];
            }
            if (!packages[node.name].includes(node.version)) {
              packages[node.name].push(node.version);
            }
          });
          const res = await npmFetch("/-/npm/v1/security/advisories/bulk", {
            ...this.flatOptions,
            registry: this.flatOptions.auditRegistry || this.flatOptions.registry,
            method: "POST",
            gzip: true,
            body: packages
          });
          this.#vulnCache = await res.json();
        }
        const advisories = this.#vulnCache;
        const { vulns } = this.currentAstNode;
        return this.initialItems.filter((item) => {
          const vulnerable = advisories[item.name]?.filter((advisory) => {
            if (!semver.intersects(advisory.vulnerable_versions, item.version)) {
              return false;
            }
            if (!vulns) {
              return true;
            }
            for (const vuln of vulns) {
              if (vuln.severity && !vuln.severity.includes("*")) {
                if (!vuln.severity.includes(advisory.severity)) {
                  continue;
                }
              }
              if (vuln?.cwe) {
                if (vuln.cwe.includes("*")) {
                  if (!advisory.cwe.length) {
                    continue;
                  }
                } else if (!vuln.cwe.every((cwe) => advisory.cwe.includes(`CWE-${cwe}`))) {
                  continue;
                }
              }
              return true;
            }
          });
          if (vulnerable?.length) {
            item.queryContext = {
              advisories: vulnerable
            };
            return true;
          }
          return false;
        });
      }
      async outdatedPseudo() {
        const { outdatedKind = "any" } = this.currentAstNode;
        const initialResults = await Promise.all(this.initialItems.map(async (node) => {
          if (node.isProjectRoot) {
            return false;
          }
          if (node.package.private) {
            return false;
          }
          if (!this.#outdatedCache.has(node.name)) {
            this.#outdatedCache.set(node.name, getPackageVersions(node.name, this.flatOptions));
          }
          const availableVersions = await this.#outdatedCache.get(node.name);
          node.queryContext.versions = availableVersions;
          const greaterVersions = availableVersions.filter((available) => {
            return semver.gt(available, node.version);
          });
          if (!greaterVersions.length) {
            return false;
          }
          if (outdatedKind === "any") {
            return node;
          }
          if (["major", "minor", "patch"].includes(outdatedKind)) {
            const filteredVersions = greaterVersions.filter((version) => {
              return semver.diff(node.version, version) === outdatedKind;
            });
            if (!filteredVersions.length) {
              return false;
            }
            return node;
          }
          if (outdatedKind === "in-range") {
            const inRangeContext = [];
            for (const edge of node.edgesIn) {
              const inRangeVersions = greaterVersions.filter((version) => {
                return semver.satisfies(version, edge.spec);
              });
              if (!inRangeVersions.length) {
                continue;
              }
              inRangeContext.push({
                from: edge.from.location,
                versions: inRangeVersions
              });
            }
            if (!inRangeContext.length) {
              return false;
            }
            node.queryContext.outdated = {
              ...node.queryContext.outdated,
              inRange: inRangeContext
            };
            return node;
          }
          if (outdatedKind === "out-of-range") {
            const outOfRangeContext = [];
            for (const edge of node.edgesIn) {
              const outOfRangeVersions = greaterVersions.filter((version) => {
                return !semver.satisfies(version, edge.spec);
              });
              if (!outOfRangeVersions.length) {
                continue;
              }
              outOfRangeContext.push({
                from: edge.from.location,
                versions: outOfRangeVersions
              });
            }
            if (!outOfRangeContext.length) {
              return false;
            }
            node.queryContext.outdated = {
              ...node.queryContext.outdated,
              outOfRange: outOfRangeContext
            };
            return node;
          }
          return false;
        }));
        return initialResults.filter(Boolean);
      }
    };
    var attributeOperators = {
      // attribute value is equivalent
      "="({ attr, value }) {
        return attr === value;
      },
      // attribute value contains word
      "~="({ attr, value }) {
        return (attr.match(/\w+/g) || []).includes(value);
      },
      // attribute value contains string
      "*="({ attr, value }) {
        return attr.includes(value);
      },
      // attribute value is equal or starts with
      "|="({ attr, value }) {
        return attr.startsWith(`${value}-`);
      },
      // attribute value starts with
      "^="({ attr, value }) {
        return attr.startsWith(value);
      },
      // attribute value ends with
      "$="({ attr, value }) {
        return attr.endsWith(value);
      }
    };
    var attributeOperator = ({ attr, value, insensitive, operator }) => {
      if (typeof attr === "number") {
        attr = String(attr);
      }
      if (typeof attr !== "string") {
        return false;
      }
      if (insensitive) {
        attr = attr.toLowerCase();
      }
      return attributeOperators[operator]({
        attr,
        insensitive,
        value
      });
    };
    var attributeMatch = (matcher, obj) => {
      const insensitive = !!matcher.insensitive;
      const operator = matcher.operator || "";
      const attribute = matcher.qualifiedAttribute;
      let value = matcher.value || "";
      if (operator === "") {
        return Boolean(obj[attribute]);
      }
      if (insensitive) {
        value = value.toLowerCase();
      }
      if (Array.isArray(obj[attribute])) {
        return obj[attribute].find((i, index) => {
          const attr = obj[attribute][index] || "";
          return attributeOperator({ attr, value, insensitive, operator });
        });
      } else {
        const attr = obj[attribute] || "";
        return attributeOperator({ attr, value, insensitive, operator });
      }
    };
    var edgeIsType = (node, type, seen = /* @__PURE__ */ new Set()) => {
      for (const edgeIn of node.edgesIn) {
        if (seen.has(edgeIn)) {
          continue;
        }
        seen.add(edgeIn);
        if (edgeIn.type === type || edgeIn.from[type] || edgeIsType(edgeIn.from, type, seen)) {
          return true;
        }
      }
      return false;
    };
    var filterByType = (nodes, type) => {
      const found = [];
      for (const node of nodes) {
        if (node[type] || edgeIsType(node, type)) {
          found.push(node);
        }
      }
      return found;
    };
    var depTypes = {
      // dependency
      ".prod"(prevResults) {
        const found = [];
        for (const node of prevResults) {
          if (!node.dev) {
            found.push(node);
          }
        }
        return found;
      },
      // devDependency
      ".dev"(prevResults) {
        return filterByType(prevResults, "dev");
      },
      // optionalDependency
      ".optional"(prevResults) {
        return filterByType(prevResults, "optional");
      },
      // peerDependency
      ".peer"(prevResults) {
        return filterByType(prevResults, "peer");
      },
      // workspace
      ".workspace"(prevResults) {
        return prevResults.filter((node) => node.isWorkspace);
      },
      // bundledDependency
      ".bundled"(prevResults) {
        return prevResults.filter((node) => node.inBundle);
      }
    };
    var hasParent = (node, compareNodes) => {
      for (let compareNode of compareNodes) {
        if (compareNode.isLink) {
          compareNode = compareNode.target;
        }
        if (node.isTop && node.resolveParent === compareNode) {
          for (const link of node.linksIn) {
            if (link.parent === compareNode && !node.isInStore) {
              return true;
            }
          }
        }
        for (const edge of node.edgesIn) {
          if (edge && edge.from === compareNode) {
            return true;
          }
        }
      }
      return false;
    };
    var hasAscendant = (node, compareNodes, seen = /* @__PURE__ */ new Set()) => {
      if (hasParent(node, compareNodes)) {
        return true;
      }
      if (node.isTop && node.resolveParent) {
        if (hasAscendant(node.resolveParent, compareNodes)) {
          return true;
        }
      }
      for (const edge of node.edgesIn) {
        if (seen.has(edge)) {
          continue;
        }
        seen.add(edge);
        if (edge && edge.from && hasAscendant(edge.from, compareNodes, seen)) {
          return true;
        }
      }
      for (const linkNode of node.linksIn) {
        if (hasAscendant(linkNode, compareNodes, seen)) {
          return true;
        }
      }
      return false;
    };
    var combinators = {
      // direct descendant
      ">"(prevResults, nextResults) {
        return nextResults.filter((node) => hasParent(node, prevResults));
      },
      // any descendant
      " "(prevResults, nextResults) {
        return nextResults.filter((node) => hasAscendant(node, prevResults));
      },
      // sibling
      "~"(prevResults, nextResults) {
        const parentNodes = /* @__PURE__ */ new Set();
        for (const node of prevResults) {
          for (const edge of node.edgesIn) {
            parentNodes.add(edge.from);
          }
        }
        return nextResults.filter(
          (node) => !prevResults.includes(node) && hasParent(node, [...parentNodes])
        );
      }
    };
    var getPackageVersions = async (name, opts) => {
      let packument;
      try {
        packument = await pacote.packument(name, {
          ...opts,
          fullMetadata: false
          // we only need the corgi
        });
      } catch (err) {
        log.warn("query", `could not retrieve packument for ${name}: ${err.message}`);
        return [];
      }
      let candidates = Object.keys(packument.versions).sort(semver.compare);
      if (packument.time && opts.before && !isReleaseAgeExcluded(name, opts.minReleaseAgeExclude)) {
        candidates = candidates.filter((version) => {
          if (!packument.time[version]) {
            return false;
          }
          return Date.parse(packument.time[version]) <= opts.before;
        });
      }
      return candidates;
    };
    var retrieveNodesFromParsedAst = async (opts) => {
      const rootAstNode = opts.rootAstNode;
      if (!rootAstNode.nodes) {
        return /* @__PURE__ */ new Set();
      }
      const results = new Results(opts);
      const astNodeQueue = /* @__PURE__ */ new Set();
      rootAstNode.walk((nextAstNode) => {
        astNodeQueue.add(nextAstNode);
      });
      for (const nextAstNode of astNodeQueue) {
        results.currentAstNode = nextAstNode;
        const updateFn = `${results.currentAstNode.type}Type`;
        if (typeof results[updateFn] !== "function") {
          throw Object.assign(
            new Error(`\`${results.currentAstNode.type}\` is not a supported selector.`),
            { code: "EQUERYNOSELECTOR" }
          );
        }
        await results[updateFn]();
      }
      return results.collect(rootAstNode);
    };
    var querySelectorAll = async (targetNode, query, flatOptions) => {
      const inventory = [...targetNode.root.inventory.values()];
      const res = await retrieveNodesFromParsedAst({
        initialItems: inventory,
        inventory,
        flatOptions,
        rootAstNode: parser(query),
        targetNode
      });
      return [...res].sort((a, b) => localeCompare(a.location, b.location));
    };
    module.exports = querySelectorAll;
  }
});

// node_modules/@npmcli/arborist/lib/node.js
var require_node3 = __commonJS({
  "node_modules/@npmcli/arborist/lib/node.js"(exports, module) {
    var PackageJson = require_lib9();
    var nameFromFolder = require_lib10();
    var npa = require_npa();
    var semver = require_semver();
    var util = __require("node:util");
    var { getPaths: getBinPaths } = require_lib26();
    var { log } = require_lib();
    var { resolve, relative, dirname, basename } = __require("node:path");
    var { walkUp } = require_commonjs();
    var CaseInsensitiveMap = require_case_insensitive_map();
    var Edge = require_edge();
    var Inventory = require_inventory();
    var OverrideSet = require_override_set();
    var consistentResolve = require_consistent_resolve();
    var debug = require_debug();
    var gatherDepSet = require_gather_dep_set();
    var printableTree = require_printable();
    var querySelectorAll = require_query_selector_all();
    var relpath = require_relpath();
    var treeCheck = require_tree_check();
    var _package = /* @__PURE__ */ Symbol("_package");
    var _parent = /* @__PURE__ */ Symbol("_parent");
    var _target = /* @__PURE__ */ Symbol.for("_target");
    var _fsParent = /* @__PURE__ */ Symbol("_fsParent");
    var _reloadNamedEdges = /* @__PURE__ */ Symbol("_reloadNamedEdges");
    var _loadDeps = /* @__PURE__ */ Symbol.for("Arborist.Node._loadDeps");
    var _refreshLocation = /* @__PURE__ */ Symbol.for("_refreshLocation");
    var _changePath = /* @__PURE__ */ Symbol.for("_changePath");
    var _delistFromMeta = /* @__PURE__ */ Symbol.for("_delistFromMeta");
    var _explain = /* @__PURE__ */ Symbol("_explain");
    var _explanation = /* @__PURE__ */ Symbol("_explanation");
    var Node = class _Node {
      #global;
      #meta;
      #root;
      #workspaces;
      constructor(options) {
        const {
          children,
          dev = true,
          devOptional = true,
          dummy = false,
          error,
          extraneous = true,
          fsChildren,
          fsParent,
          global: global2 = false,
          inert = false,
          installLinks = false,
          integrity,
          isInStore = false,
          legacyPeerDeps = false,
          linksIn,
          loadOverrides = false,
          meta,
          name,
          // allow setting name explicitly when we haven't set a path yet
          optional = true,
          overrides,
          packageExtensionsApplied = null,
          npmExtensionApplied = null,
          parent,
          patched = null,
          path,
          peer = true,
          realpath,
          resolved,
          root,
          sourceReference = null
        } = options;
        this.queryContext = {};
        this.#global = global2;
        this.#workspaces = null;
        this.errors = error ? [error] : [];
        this.isInStore = isInStore;
        this.sourceReference = sourceReference;
        if (sourceReference) {
          this[_package] = sourceReference.package;
        } else {
          const pkg = new PackageJson();
          let content = {};
          if (options.pkg && typeof options.pkg === "object") {
            content = options.pkg;
          }
          pkg.fromContent(content);
          pkg.syncNormalize();
          this[_package] = pkg.content;
        }
        this.name = name || nameFromFolder(path || this.package.name || realpath) || this.package.name || null;
        this.path = path ? resolve(path) : null;
        if (!this.name && (!this.path || this.path !== dirname(this.path))) {
          throw new TypeError("could not detect node name from path or package");
        }
        this.realpath = !this.isLink ? this.path : resolve(realpath);
        this.resolved = resolved || null;
        if (!this.resolved) {
          const resolved2 = consistentResolve(this.package._resolved);
          if (resolved2 && !(/^file:/.test(resolved2) && this.package._where)) {
            this.resolved = resolved2;
          }
        }
        this.integrity = integrity || this.package._integrity || null;
        this.patched = patched || null;
        this.packageExtensionsApplied = packageExtensionsApplied;
        this.npmExtensionApplied = npmExtensionApplied;
        this.installLinks = installLinks;
        this.legacyPeerDeps = legacyPeerDeps;
        this.children = new CaseInsensitiveMap();
        this.fsChildren = /* @__PURE__ */ new Set();
        this.inventory = new Inventory();
        this.tops = /* @__PURE__ */ new Set();
        this.linksIn = new Set(linksIn || []);
        if (!dummy) {
          this.dev = dev;
          this.optional = optional;
          this.devOptional = devOptional;
          this.peer = peer;
          this.extraneous = extraneous;
          this.dummy = false;
        } else {
          this.dummy = true;
          this.dev = false;
          this.optional = false;
          this.devOptional = false;
          this.peer = false;
          this.extraneous = false;
        }
        this.inert = inert;
        this.edgesIn = /* @__PURE__ */ new Set();
        this.edgesOut = new CaseInsensitiveMap();
        if (overrides) {
          this.overrides = overrides;
        } else if (loadOverrides) {
          const overrides2 = this.package.overrides || {};
          if (Object.keys(overrides2).length > 0) {
            this.overrides = new OverrideSet({
              overrides: this.package.overrides
            });
          }
        }
        this.meta = meta;
        this[_parent] = null;
        this.parent = parent || null;
        this[_fsParent] = null;
        this.fsParent = fsParent || null;
        if (!parent && !fsParent) {
          this.root = root || null;
        }
        if (children) {
          for (const c of children) {
            new _Node({ ...c, parent: this });
          }
        }
        if (fsChildren) {
          for (const c of fsChildren) {
            new _Node({ ...c, fsParent: this });
          }
        }
        this[_loadDeps]();
      }
      get meta() {
        return this.#meta;
      }
      set meta(meta) {
        this.#meta = meta;
        if (meta) {
          meta.add(this);
        }
      }
      get global() {
        if (this.#root === this) {
          return this.#global;
        }
        return this.#root.global;
      }
      // true for packages installed directly in the global node_modules folder
      get globalTop() {
        return this.global && this.parent && this.parent.isProjectRoot;
      }
      get workspaces() {
        return this.#workspaces;
      }
      set workspaces(workspaces) {
        if (this.#workspaces) {
          for (const name of this.#workspaces.keys()) {
            if (!workspaces.has(name)) {
              this.edgesOut.get(name).detach();
            }
          }
        }
        this.#workspaces = workspaces;
        this.#loadWorkspaces();
        this[_loadDeps]();
      }
      get binPaths() {
        if (!this.parent) {
          return [];
        }
        return getBinPaths({
          pkg: this.package,
          path: this.path,
          global: this.global,
          top: this.globalTop
        });
      }
      get hasInstallScript() {
        const { hasInstallScript, scripts } = this.package;
        const { install, preinstall, postinstall } = scripts || {};
        return !!(hasInstallScript || install || preinstall || postinstall);
      }
      get version() {
        return this.package.version || "";
      }
      get packageName() {
        return this.package.name || null;
      }
      get pkgid() {
        const { name = "", version = "" } = this.package;
        const { isProjectRoot } = this;
        const myname = isProjectRoot ? name || this.name : this.name;
        const alias = !isProjectRoot && name && myname !== name ? `npm:${name}@` : "";
        return `${myname}@${alias}${version}`;
      }
      get overridden() {
        if (!this.overrides) {
          return false;
        }
        if (!this.overrides.value) {
          return false;
        }
        if (this.overrides.name !== this.name) {
          return false;
        }
        for (const edge of this.edgesIn) {
          if (edge.overrides && edge.overrides.name === this.name && edge.overrides.value === this.version) {
            if (!edge.overrides.isEqual(edge.from.overrides)) {
              return true;
            }
          }
        }
        return false;
      }
      get package() {
        return this[_package];
      }
      set package(pkg) {
        for (const edge of this.edgesOut.values()) {
          edge.detach();
        }
        this[_explanation] = null;
        if (!pkg || typeof pkg !== "object") {
          debug(() => {
            throw new Error("setting Node.package to non-object");
          });
          pkg = {};
        }
        this[_package] = pkg;
        this.#loadWorkspaces();
        this[_loadDeps]();
        this.edgesIn.forEach((edge) => edge.reload(true));
      }
      // node.explain(nodes seen already, edge we're trying to satisfy
      // if edge is not specified, it lists every edge into the node.
      explain(edge = null, seen = []) {
        if (this[_explanation]) {
          return this[_explanation];
        }
        return this[_explanation] = this[_explain](edge, seen);
      }
      [_explain](edge, seen) {
        if (this.isProjectRoot && !this.sourceReference) {
          return {
            location: this.path
          };
        }
        const why = {
          name: this.isProjectRoot || this.isTop ? this.packageName : this.name,
          version: this.package.version
        };
        if (this.errors.length || !this.packageName || !this.package.version) {
          why.errors = this.errors.length ? this.errors : [
            new Error("invalid package: lacks name and/or version")
          ];
          why.package = this.package;
        }
        if (this.root.sourceReference) {
          const { name, version } = this.root.package;
          why.whileInstalling = {
            name,
            version,
            path: this.root.sourceReference.path
          };
        }
        if (this.sourceReference) {
          return this.sourceReference.explain(edge, seen);
        }
        if (seen.includes(this)) {
          return why;
        }
        why.location = this.location;
        why.isWorkspace = this.isWorkspace;
        seen = seen.concat(this);
        why.dependents = [];
        if (edge) {
          why.dependents.push(edge.explain(seen));
        } else {
          const edges = [];
          for (const edge2 of this.edgesIn) {
            if (!edge2.valid && !edge2.from.isProjectRoot) {
              continue;
            }
            edges.push(edge2);
          }
          for (const edge2 of edges) {
            why.dependents.push(edge2.explain(seen));
          }
        }
        if (this.linksIn.size) {
          why.linksIn = [...this.linksIn].map((link) => link[_explain](edge, seen));
        }
        return why;
      }
      isDescendantOf(node) {
        for (let p = this; p; p = p.resolveParent) {
          if (p === node) {
            return true;
          }
        }
        return false;
      }
      shouldOmit(omitSet) {
        if (!omitSet.size) {
          return false;
        }
        const { top } = this;
        if (!top.isProjectRoot && !top.isWorkspace) {
          return false;
        }
        return this.peer && omitSet.has("peer") || this.dev && omitSet.has("dev") || this.optional && omitSet.has("optional") || this.devOptional && omitSet.has("optional") && omitSet.has("dev");
      }
      getBundler(path = []) {
        if (path.includes(this)) {
          return null;
        }
        path.push(this);
        const parent = this[_parent];
        if (!parent) {
          return null;
        }
        const pBundler = parent.getBundler(path);
        if (pBundler) {
          return pBundler;
        }
        const ppkg = parent.package;
        const bd = ppkg && ppkg.bundleDependencies;
        if (Array.isArray(bd) && bd.includes(this.name)) {
          return parent;
        }
        for (const edge of this.edgesIn) {
          const eBundler = edge.from.getBundler(path);
          if (!eBundler) {
            continue;
          }
          if (eBundler === parent) {
            return eBundler;
          }
        }
        return null;
      }
      get inBundle() {
        return !!this.getBundler();
      }
      // when reifying, if a package is technically in a bundleDependencies list,
      // but that list is the root project, we still have to install it.  This
      // getter returns true if it's in a dependency's bundle list, not the root's.
      get inDepBundle() {
        const bundler = this.getBundler();
        return !!bundler && bundler !== this.root;
      }
      get isWorkspace() {
        if (this.isProjectRoot) {
          return false;
        }
        const { root } = this;
        const { type, to } = root.edgesOut.get(this.packageName) || {};
        return type === "workspace" && to && (to.target === this || to === this);
      }
      get isRoot() {
        return this === this.root;
      }
      get isProjectRoot() {
        return this === this.root || this === this.root.target;
      }
      get isRegistryDependency() {
        if (this.edgesIn.size === 0) {
          return false;
        }
        for (const edge of this.edgesIn) {
          if (!npa(edge.spec).registry) {
            return false;
          }
        }
        return true;
      }
      *ancestry() {
        for (let anc = this; anc; anc = anc.resolveParent) {
          yield anc;
        }
      }
      set root(root) {
        while (root && root.root !== root) {
          root = root.root;
        }
        root = root || this;
        this[_delistFromMeta]();
        if (!this.path || !root.realpath || !root.path) {
          this.#root = root;
          return;
        }
        this.#root = this;
        for (const link of this.linksIn) {
          link[_target] = null;
          this.linksIn.delete(link);
        }
        const { target } = this;
        if (this.isLink) {
          if (target) {
            target.linksIn.delete(this);
            if (target.root === this) {
              target[_delistFromMeta]();
            }
          }
          this[_target] = null;
        }
        if (this.parent && this.parent.root !== root) {
          this.parent.children.delete(this.name);
          this[_parent] = null;
        }
        if (this.fsParent && this.fsParent.root !== root) {
          this.fsParent.fsChildren.delete(this);
          this[_fsParent] = null;
        }
        if (root === this) {
          this[_refreshLocation]();
        } else {
          const loc = relpath(root.realpath, this.path);
          const current = root.inventory.get(loc);
          if (current) {
            current.root = null;
          }
          this.#root = root;
          this[_refreshLocation]();
          for (const p of walkUp(dirname(this.path))) {
            if (p === this.path) {
              continue;
            }
            const ploc = relpath(root.realpath, p);
            const parent = root.inventory.get(ploc);
            if (parent) {
              if (parent.isLink) {
                debug(() => {
                  throw Object.assign(new Error("assigning parentage to link"), {
                    path: this.path,
                    parent: parent.path,
                    parentReal: parent.realpath
                  });
                });
                continue;
              }
              const childLoc = `${ploc}${ploc ? "/" : ""}node_modules/${this.name}`;
              const isParent = this.location === childLoc;
              if (isParent) {
                const oldChild = parent.children.get(this.name);
                if (oldChild && oldChild !== this) {
                  oldChild.root = null;
                }
                if (this.parent) {
                  this.parent.children.delete(this.name);
                  this.parent[_reloadNamedEdges](this.name);
                }
                parent.children.set(this.name, this);
                this[_parent] = parent;
                if (!this.isLink) {
                  parent[_reloadNamedEdges](this.name);
                }
              } else {
                if (this.fsParent) {
                  this.fsParent.fsChildren.delete(this);
                }
                parent.fsChildren.add(this);
                this[_fsParent] = parent;
              }
              break;
            }
          }
          if (!this.parent) {
            root.tops.add(this);
          } else {
            root.tops.delete(this);
          }
          const nmloc = `${this.location}${this.location ? "/" : ""}node_modules/`;
          for (const child of root.tops) {
            const isChild = child.location === nmloc + child.name;
            const isFsChild = dirname(child.path).startsWith(this.path) && child !== this && !child.parent && (!child.fsParent || child.fsParent === this || dirname(this.path).startsWith(child.fsParent.path));
            if (!isChild && !isFsChild) {
              continue;
            }
            if (this.isLink) {
              child.root = null;
            } else {
              if (child.fsParent) {
                child.fsParent.fsChildren.delete(child);
              }
              child[_fsParent] = null;
              if (isChild) {
                this.children.set(child.name, child);
                child[_parent] = this;
                root.tops.delete(child);
              } else {
                this.fsChildren.add(child);
                child[_fsParent] = this;
              }
            }
          }
          for (const node of root.inventory.query("realpath", this.realpath)) {
            if (node === this) {
              continue;
            }
            debug(() => {
              if (node.root !== root) {
                throw new Error("inventory contains node from other root");
              }
            });
            if (this.isLink) {
              const target2 = node.target;
              this[_target] = target2;
              this[_package] = target2.package;
              target2.linksIn.add(this);
              if (this.parent) {
                this.parent[_reloadNamedEdges](this.name);
              }
              break;
            } else {
              if (node.isLink) {
                node[_target] = this;
                node[_package] = this.package;
                this.linksIn.add(node);
                if (node.parent) {
                  node.parent[_reloadNamedEdges](node.name);
                }
              } else {
                debug(() => {
                  throw Object.assign(new Error("duplicate node in root setter"), {
                    path: this.path,
                    realpath: this.realpath,
                    root: root.realpath
                  });
                });
              }
            }
          }
        }
        for (const edge of this.edgesIn) {
          if (edge.from.root !== root) {
            edge.reload();
          }
        }
        for (const edge of this.edgesOut.values()) {
          if (!edge.to || edge.to.root !== root) {
            edge.reload();
          }
        }
        const family = new Set([
          ...this.fsChildren,
          ...this.children.values(),
          ...this.inventory.values()
        ].filter((n) => n !== this));
        for (const child of family) {
          if (child.root !== root) {
            child[_delistFromMeta]();
            child[_parent] = null;
            this.children.delete(child.name);
            child[_fsParent] = null;
            this.fsChildren.delete(child);
            for (const l of child.linksIn) {
              l[_target] = null;
              child.linksIn.delete(l);
            }
          }
        }
        for (const child of family) {
          if (child.root !== root) {
            child.root = root;
          }
        }
        if (this.isLink && target && !this.target && root !== this) {
          target.root = root;
        }
        treeCheck(this);
        if (this !== root) {
          treeCheck(root);
        }
      }
      get root() {
        return this.#root || this;
      }
      #loadWorkspaces() {
        if (!this.#workspaces) {
          return;
        }
        for (const [name, path] of this.#workspaces.entries()) {
          new Edge({ from: this, name, spec: `file:${path}`, type: "workspace" });
        }
      }
      [_loadDeps]() {
        const pd = this.package.peerDependencies;
        const ad = this.package.acceptDependencies || {};
        if (pd && typeof pd === "object" && !this.legacyPeerDeps) {
          const pm = this.package.peerDependenciesMeta || {};
          const peerDependencies = {};
          const peerOptional = {};
          for (const [name, dep] of Object.entries(pd)) {
            if (pm[name]?.optional) {
              peerOptional[name] = dep;
            } else {
              peerDependencies[name] = dep;
            }
          }
          this.#loadDepType(peerDependencies, "peer", ad);
          this.#loadDepType(peerOptional, "peerOptional", ad);
        }
        this.#loadDepType(this.package.dependencies, "prod", ad);
        this.#loadDepType(this.package.optionalDependencies, "optional", ad);
        const { globalTop, isTop, path, sourceReference } = this;
        const {
          globalTop: srcGlobalTop,
          isTop: srcTop,
          path: srcPath
        } = sourceReference || {};
        const thisDev = isTop && !globalTop && path && !this.isInStore;
        const srcDev = !sourceReference || srcTop && !srcGlobalTop && srcPath;
        if (thisDev && srcDev) {
          this.#loadDepType(this.package.devDependencies, "dev", ad);
        }
      }
      #loadDepType(deps, type, ad) {
        for (const [name, spec] of Object.entries(deps || {})) {
          const current = this.edgesOut.get(name);
          if (!current || current.type !== "workspace") {
            new Edge({ from: this, name, spec, accept: ad[name], type });
          }
        }
      }
      get fsParent() {
        return this[_fsParent];
      }
      set fsParent(fsParent) {
        if (!fsParent) {
          if (this[_fsParent]) {
            this.root = null;
          }
          return;
        }
        debug(() => {
          if (fsParent === this) {
            throw new Error("setting node to its own fsParent");
          }
          if (fsParent.realpath === this.realpath) {
            throw new Error("setting fsParent to same path");
          }
          if (!this[_fsParent] && this.realpath.indexOf(fsParent.realpath) !== 0) {
            throw Object.assign(new Error("setting fsParent improperly"), {
              path: this.path,
              realpath: this.realpath,
              fsParent: {
                path: fsParent.path,
                realpath: fsParent.realpath
              }
            });
          }
        });
        if (fsParent.isLink) {
          fsParent = fsParent.target;
        }
        if (this === fsParent || fsParent.realpath === this.realpath) {
          return;
        }
        if (this[_fsParent] === fsParent) {
          return;
        }
        const oldFsParent = this[_fsParent];
        const newPath = !oldFsParent ? this.path : resolve(fsParent.path, relative(oldFsParent.path, this.path));
        const nmPath = resolve(fsParent.path, "node_modules", this.name);
        if (newPath === nmPath) {
          this.parent = fsParent;
          return;
        }
        const pathChange = newPath !== this.path;
        const oldParent = this.parent;
        const oldName = this.name;
        if (this.parent) {
          this.parent.children.delete(this.name);
          this[_parent] = null;
        }
        if (this.fsParent) {
          this.fsParent.fsChildren.delete(this);
          this[_fsParent] = null;
        }
        if (pathChange) {
          this[_changePath](newPath);
        }
        if (oldParent) {
          oldParent[_reloadNamedEdges](oldName);
        }
        this.root = fsParent.root;
      }
      // is it safe to replace one node with another?  check the edges to
      // make sure no one will get upset.  Note that the node might end up
      // having its own unmet dependencies, if the new node has new deps.
      // Note that there are cases where Arborist will opt to insert a node
      // into the tree even though this function returns false!  This is
      // necessary when a root dependency is added or updated, or when a
      // root dependency brings peer deps along with it.  In that case, we
      // will go ahead and create the invalid state, and then try to resolve
      // it with more tree construction, because it's a user request.
      canReplaceWith(node, ignorePeers) {
        if (node.name !== this.name) {
          return false;
        }
        if (node.packageName !== this.packageName) {
          return false;
        }
        if (this.edgesOut.size) {
          if (node.overrides) {
            if (!node.overrides.isEqual(this.overrides)) {
              return false;
            }
          } else {
            if (this.overrides) {
              return false;
            }
          }
        }
        ignorePeers = new Set(ignorePeers);
        const depSet = gatherDepSet([this], (e) => e.to !== this && e.valid);
        for (const edge of this.edgesIn) {
          if (!this.isTop && edge.from.parent === this.parent && edge.peer && ignorePeers.has(edge.from.name)) {
            continue;
          }
          if (!depSet.has(edge.from) && !edge.satisfiedBy(node)) {
            return false;
          }
        }
        return true;
      }
      canReplace(node, ignorePeers) {
        return node.canReplaceWith(this, ignorePeers);
      }
      // return true if it's safe to remove this node, because anything that
      // is depending on it would be fine with the thing that they would resolve
      // to if it was removed, or nothing is depending on it in the first place.
      canDedupe(preferDedupe = false, explicitRequest = false) {
        if (this.inDepBundle) {
          return false;
        }
        if (!this.resolveParent || !this.resolveParent.resolveParent) {
          return false;
        }
        if (this.edgesIn.size === 0) {
          return true;
        }
        const other = this.resolveParent.resolveParent.resolve(this.name);
        if (!other) {
          return false;
        }
        if (other.matches(this)) {
          return true;
        }
        if (!other.canReplace(this)) {
          return false;
        }
        if (preferDedupe || semver.eq(other.version, this.version)) {
          return true;
        }
        if (!this.overridden && semver.gt(other.version, this.version)) {
          return true;
        }
        if (explicitRequest) {
          return true;
        }
        return false;
      }
      satisfies(requested) {
        if (requested instanceof Edge) {
          return this.name === requested.name && requested.satisfiedBy(this);
        }
        const parsed = npa(requested);
        const { name = this.name, rawSpec: spec } = parsed;
        return this.name === name && this.satisfies(new Edge({
          from: new _Node({ path: this.root.realpath }),
          type: "prod",
          name,
          spec
        }));
      }
      matches(node) {
        if (node === this) {
          return true;
        }
        if (node.name !== this.name) {
          return false;
        }
        if (this.isLink) {
          return node.isLink && this.target.matches(node.target);
        }
        if (this.isProjectRoot && node.isProjectRoot) {
          return this.path === node.path;
        }
        if (this.integrity && node.integrity) {
          return this.integrity === node.integrity;
        }
        if (this.resolved && node.resolved) {
          return this.resolved === node.resolved;
        }
        return this.packageName && node.packageName && this.packageName === node.packageName && this.version && node.version && this.version === node.version;
      }
      // replace this node with the supplied argument
      // Useful when mutating an ideal tree, so we can avoid having to call
      // the parent/root setters more than necessary.
      replaceWith(node) {
        node.replace(this);
      }
      replace(node) {
        this[_delistFromMeta]();
        if (node.parent?.children.get(this.name) === node) {
          this.path = resolve(node.parent.path, "node_modules", this.name);
        } else {
          this.path = node.path;
          this.name = node.name;
        }
        if (!this.isLink) {
          this.realpath = this.path;
        }
        this[_refreshLocation]();
        if (!this.isLink) {
          for (const kid of node.children.values()) {
            kid.parent = this;
          }
          if (node.isLink && node.target) {
            node.target.root = null;
          }
        }
        if (!node.isRoot) {
          this.root = node.root;
        }
        treeCheck(this);
      }
      get parent() {
        return this[_parent];
      }
      // This setter keeps everything in order when we move a node from
      // one point in a logical tree to another.  Edges get reloaded,
      // metadata updated, etc.  It's also called when we *replace* a node
      // with another by the same name (eg, to update or dedupe).
      // This does a couple of walks out on the node_modules tree, recursing
      // into child nodes.  However, as setting the parent is typically done
      // with nodes that don't have many children, and (deduped) package
      // trees tend to be broad rather than deep, it's not that bad.
      // The only walk that starts from the parent rather than this node is
      // limited by edge name.
      set parent(parent) {
        if (!parent) {
          if (this[_parent]) {
            this.root = null;
          }
          return;
        }
        if (parent.isLink) {
          parent = parent.target;
        }
        if (this === parent) {
          return;
        }
        const oldParent = this[_parent];
        if (oldParent === parent) {
          return;
        }
        const newPath = resolve(parent.path, "node_modules", this.name);
        const pathChange = newPath !== this.path;
        if (oldParent) {
          oldParent.children.delete(this.name);
          this[_parent] = null;
        }
        if (this.fsParent) {
          this.fsParent.fsChildren.delete(this);
          this[_fsParent] = null;
        }
        if (pathChange) {
          this[_changePath](newPath);
        }
        this.root = parent.root;
      }
      // Call this before changing path or updating the _root reference.
      // Removes the node from its root the metadata and inventory.
      [_delistFromMeta]() {
        const root = this.root;
        if (!root.realpath || !this.path) {
          return;
        }
        root.inventory.delete(this);
        root.tops.delete(this);
        if (root.meta) {
          root.meta.delete(this.path);
        }
        debug(() => {
          if ([...root.inventory.values()].includes(this)) {
            throw new Error("failed to delist");
          }
        });
      }
      // update this.path/realpath and the paths of all children/fsChildren
      [_changePath](newPath) {
        this[_delistFromMeta]();
        const oldPath = this.path;
        this.path = newPath;
        const namePattern = /(?:^|\/|\\)node_modules[\\/](@[^/\\]+[\\/][^\\/]+|[^\\/]+)$/;
        const nameChange = newPath.match(namePattern);
        if (nameChange && this.name !== nameChange[1]) {
          this.name = nameChange[1].replace(/\\/g, "/");
        }
        if (!this.isLink) {
          this.realpath = newPath;
          for (const link of this.linksIn) {
            link[_delistFromMeta]();
            link.realpath = newPath;
            link[_refreshLocation]();
          }
        }
        for (const child of this.fsChildren) {
          child[_changePath](resolve(newPath, relative(oldPath, child.path)));
        }
        for (const [name, child] of this.children.entries()) {
          child[_changePath](resolve(newPath, "node_modules", name));
        }
        this[_refreshLocation]();
      }
      // Called whenever the root/parent is changed.
      // NB: need to remove from former root's meta/inventory and then update
      // this.path BEFORE calling this method!
      [_refreshLocation]() {
        const root = this.root;
        const loc = relpath(root.realpath, this.path);
        this.location = loc;
        root.inventory.add(this);
        if (root.meta) {
          root.meta.add(this);
        }
      }
      assertRootOverrides() {
        if (!this.isProjectRoot || !this.overrides) {
          return;
        }
        for (const edge of this.edgesOut.values()) {
          if (edge.spec !== edge.rawSpec && !edge.spec.startsWith("$")) {
            throw Object.assign(new Error(`Override for ${edge.name}@${edge.rawSpec} conflicts with direct dependency`), { code: "EOVERRIDE" });
          }
        }
      }
      addEdgeOut(edge) {
        if (this.overrides) {
          edge.overrides = this.overrides.getEdgeRule(edge);
        }
        this.edgesOut.set(edge.name, edge);
      }
      recalculateOutEdgesOverrides() {
        for (const edge of this.edgesOut.values()) {
          edge.reload(true);
          if (edge.to) {
            edge.to.updateOverridesEdgeInAdded(edge.overrides);
          }
        }
      }
      updateOverridesEdgeInRemoved(otherOverrideSet) {
        if (!this.overrides || !this.overrides.isEqual(otherOverrideSet)) {
          return false;
        }
        let newOverrideSet;
        for (const edge of this.edgesIn) {
          if (newOverrideSet && edge.overrides) {
            newOverrideSet = OverrideSet.findSpecificOverrideSet(edge.overrides, newOverrideSet);
          } else {
            newOverrideSet = edge.overrides;
          }
        }
        if (this.overrides.isEqual(newOverrideSet)) {
          return false;
        }
        this.overrides = newOverrideSet;
        if (this.overrides) {
          this.recalculateOutEdgesOverrides();
        }
        return true;
      }
      // This logic isn't perfect either. When we have two edges in that have different override sets, then we have to decide which set is correct.
      // This function assumes the more specific override set is applicable, so if we have dependencies A->B->C and A->C
      // and an override set that specifies what happens for C under A->B, this will work even if the new A->C edge comes along and tries to change
      // the override set.
      // The strictly correct logic is not to allow two edges with different overrides to point to the same node, because even if this node can satisfy
      // both, one of its dependencies might need to be different depending on the edge leading to it.
      // However, this might cause a lot of duplication, because the conflict in the dependencies might never actually happen.
      updateOverridesEdgeInAdded(otherOverrideSet) {
        if (!otherOverrideSet) {
          return false;
        }
        if (!this.overrides) {
          this.overrides = otherOverrideSet;
          this.recalculateOutEdgesOverrides();
          return true;
        }
        if (this.overrides.isEqual(otherOverrideSet)) {
          return false;
        }
        const newOverrideSet = OverrideSet.findSpecificOverrideSet(this.overrides, otherOverrideSet);
        if (newOverrideSet) {
          if (!this.overrides.isEqual(newOverrideSet)) {
            this.overrides = newOverrideSet;
            this.recalculateOutEdgesOverrides();
            return true;
          }
          return false;
        }
        log.silly("Conflicting override sets", this.name);
      }
      deleteEdgeIn(edge) {
        this.edgesIn.delete(edge);
        if (edge.overrides) {
          this.updateOverridesEdgeInRemoved(edge.overrides);
        }
      }
      addEdgeIn(edge) {
        if (!this.overrides || !this.overrides.isEqual(edge.overrides)) {
          this.updateOverridesEdgeInAdded(edge.overrides);
        }
        this.edgesIn.add(edge);
        if (this.root.meta) {
          this.root.meta.addEdge(edge);
        }
      }
      [_reloadNamedEdges](name, rootLoc = this.location) {
        const edge = this.edgesOut.get(name);
        const rootLocResolved = edge && edge.to && edge.to.location === `${rootLoc}/node_modules/${edge.name}`;
        const sameResolved = edge && this.resolve(name) === edge.to;
        const recheck = rootLocResolved || !sameResolved;
        if (edge && recheck) {
          edge.reload(true);
        }
        for (const c of this.children.values()) {
          c[_reloadNamedEdges](name, rootLoc);
        }
        for (const c of this.fsChildren) {
          c[_reloadNamedEdges](name, rootLoc);
        }
      }
      get isLink() {
        return false;
      }
      get target() {
        return this;
      }
      set target(n) {
        debug(() => {
          throw Object.assign(new Error("cannot set target on non-Link Nodes"), {
            path: this.path
          });
        });
      }
      get depth() {
        if (this.isTop) {
          return 0;
        }
        return this.parent.depth + 1;
      }
      get isTop() {
        return !this.parent || this.globalTop;
      }
      get top() {
        if (this.isTop) {
          return this;
        }
        return this.parent.top;
      }
      get isFsTop() {
        return !this.fsParent;
      }
      get fsTop() {
        if (this.isFsTop) {
          return this;
        }
        return this.fsParent.fsTop;
      }
      get resolveParent() {
        return this.parent || this.fsParent;
      }
      resolve(name) {
        debug(() => {
          if (typeof name !== "string" || !name) {
            throw new Error("non-string passed to Node.resolve");
          }
        });
        const mine = this.children.get(name);
        if (mine) {
          return mine;
        }
        const resolveParent = this.resolveParent;
        if (resolveParent) {
          return resolveParent.resolve(name);
        }
        return null;
      }
      inNodeModules() {
        const rp = this.realpath;
        const name = this.name;
        const scoped = name.charAt(0) === "@";
        const d = dirname(rp);
        const nm = scoped ? dirname(d) : d;
        const dir = dirname(nm);
        const base = scoped ? `${basename(d)}/${basename(rp)}` : basename(rp);
        return base === name && basename(nm) === "node_modules" ? dir : false;
      }
      // maybe accept both string value or array of strings
      // seems to be what dom API does
      querySelectorAll(query, opts) {
        return querySelectorAll(this, query, opts);
      }
      toJSON() {
        return printableTree(this);
      }
      [util.inspect.custom]() {
        return this.toJSON();
      }
      resetDepFlags() {
        this.extraneous = true;
        this.dev = true;
        this.optional = true;
        this.devOptional = true;
        this.peer = true;
      }
      unsetDepFlags() {
        this.extraneous = false;
        this.dev = false;
        this.optional = false;
        this.devOptional = false;
        this.peer = false;
      }
    };
    module.exports = Node;
  }
});

// node_modules/@npmcli/arborist/lib/link.js
var require_link = __commonJS({
  "node_modules/@npmcli/arborist/lib/link.js"(exports, module) {
    var relpath = require_relpath();
    var Node = require_node3();
    var _loadDeps = /* @__PURE__ */ Symbol.for("Arborist.Node._loadDeps");
    var _target = /* @__PURE__ */ Symbol.for("_target");
    var { dirname } = __require("node:path");
    var _delistFromMeta = /* @__PURE__ */ Symbol.for("_delistFromMeta");
    var _refreshLocation = /* @__PURE__ */ Symbol.for("_refreshLocation");
    var Link = class extends Node {
      constructor(options) {
        const { root, realpath, target, parent, fsParent, isStoreLink } = options;
        if (!realpath && !(target && target.path)) {
          throw new TypeError("must provide realpath for Link node");
        }
        super({
          ...options,
          realpath: realpath || target.path,
          root: root || (parent ? parent.root : fsParent ? fsParent.root : target ? target.root : null)
        });
        this.isStoreLink = isStoreLink || false;
        if (target) {
          this.target = target;
        } else if (this.realpath === this.root.path) {
          this.target = this.root;
        } else {
          this.target = new Node({
            ...options,
            path: realpath,
            parent: null,
            fsParent: null,
            root: this.root
          });
        }
      }
      get version() {
        return this.target ? this.target.version : this.package.version || "";
      }
      get target() {
        return this[_target];
      }
      set target(target) {
        const current = this[_target];
        if (target === current) {
          return;
        }
        if (!target) {
          if (current && current.linksIn) {
            current.linksIn.delete(this);
          }
          if (this.path) {
            this[_delistFromMeta]();
            this[_target] = null;
            this.package = {};
            this[_refreshLocation]();
          } else {
            this[_target] = null;
          }
          return;
        }
        if (!this.path) {
          if (target.path) {
            this.realpath = target.path;
          } else {
            target.path = target.realpath = this.realpath;
          }
          target.root = this.root;
          this[_target] = target;
          target.linksIn.add(this);
          this.package = target.package;
          return;
        }
        this[_delistFromMeta]();
        this.package = target.package;
        this.realpath = target.path;
        this[_refreshLocation]();
        target.root = this.root;
      }
      // a link always resolves to the relative path to its target
      get resolved() {
        return this.path && this.realpath ? `file:${relpath(dirname(this.path), this.realpath)}` : null;
      }
      set resolved(r) {
      }
      // deps are resolved on the target, not the Link
      // so this is a no-op
      [_loadDeps]() {
      }
      // Forward overrides to the target only when a rule names a dep it needs, directly or transitively (npm/cli#9357, #9619).
      recalculateOutEdgesOverrides() {
        if (!this.target || !this.overrides) {
          return;
        }
        if (!overrideMatchesSubtree(this.overrides, this.target)) {
          return;
        }
        this.target.updateOverridesEdgeInAdded(this.overrides);
      }
      // links can't have children, only their targets can
      // fix it to an empty list so that we can still call
      // things that iterate over them, just as a no-op
      get children() {
        return /* @__PURE__ */ new Map();
      }
      set children(c) {
      }
      get isLink() {
        return true;
      }
    };
    var overrideMatchesSubtree = (overrides, target) => {
      const seen = /* @__PURE__ */ new Set();
      const stack = [target];
      while (stack.length) {
        const node = stack.pop();
        const resolved = node.isLink ? node.target : node;
        if (seen.has(resolved)) {
          continue;
        }
        seen.add(resolved);
        for (const edge of resolved.edgesOut.values()) {
          if (overrides.getEdgeRule(edge).name === edge.name) {
            return true;
          }
          if (edge.to) {
            stack.push(edge.to);
          }
        }
      }
      return false;
    };
    module.exports = Link;
  }
});

// node_modules/@npmcli/arborist/lib/place-dep.js
var require_place_dep = __commonJS({
  "node_modules/@npmcli/arborist/lib/place-dep.js"(exports, module) {
    var localeCompare = require_string_locale_compare()("en");
    var { log } = require_lib();
    var { redact } = require_lib17();
    var deepestNestingTarget = require_deepest_nesting_target();
    var CanPlaceDep = require_can_place_dep();
    var {
      KEEP,
      CONFLICT
    } = CanPlaceDep;
    var debug = require_debug();
    var Link = require_link();
    var gatherDepSet = require_gather_dep_set();
    var peerEntrySets = require_peer_entry_sets();
    var PlaceDep = class _PlaceDep {
      constructor(options) {
        this.auditReport = options.auditReport;
        this.dep = options.dep;
        this.edge = options.edge;
        this.explicitRequest = options.explicitRequest;
        this.force = options.force;
        this.installLinks = options.installLinks;
        this.installStrategy = options.installStrategy;
        this.legacyPeerDeps = options.legacyPeerDeps;
        this.parent = options.parent || null;
        this.preferDedupe = options.preferDedupe;
        this.strictPeerDeps = options.strictPeerDeps;
        this.updateNames = options.updateNames;
        this.canPlace = null;
        this.canPlaceSelf = null;
        this.checks = /* @__PURE__ */ new Map();
        this.children = [];
        this.needEvaluation = /* @__PURE__ */ new Set();
        this.peerConflict = null;
        this.placed = null;
        this.target = null;
        this.current = this.edge.to;
        this.name = this.edge.name;
        this.top = this.parent?.top || this;
        if (this.edge.to && !this.edge.error && !this.explicitRequest && !this.updateNames.includes(this.edge.name) && !this.auditReport?.isVulnerable(this.edge.to)) {
          return;
        }
        const start = this.getStartNode();
        for (const target2 of start.ancestry()) {
          const targetEdge = target2.edgesOut.get(this.edge.name);
          if (!target2.isTop && targetEdge && targetEdge.peer) {
            continue;
          }
          const cpd = new CanPlaceDep({
            dep: this.dep,
            edge: this.edge,
            // note: this sets the parent's canPlace as the parent of this
            // canPlace, but it does NOT add this canPlace to the parent's
            // children.  This way, we can know that it's a peer dep, and
            // get the top edge easily, while still maintaining the
            // tree of checks that factored into the original decision.
            parent: this.parent && this.parent.canPlace,
            target: target2,
            preferDedupe: this.preferDedupe,
            explicitRequest: this.explicitRequest,
            auditReport: this.auditReport
          });
          this.checks.set(target2, cpd);
          if (cpd.canPlaceSelf !== CONFLICT) {
            this.canPlaceSelf = cpd;
          }
          if (cpd.canPlace !== CONFLICT) {
            this.canPlace = cpd;
          } else {
            break;
          }
          if (this.dep.errors.length) {
            break;
          }
          if (this.installStrategy === "nested") {
            break;
          }
          if (this.installStrategy === "shallow") {
            const rp = target2.resolveParent;
            if (rp && rp.isProjectRoot) {
              break;
            }
          }
        }
        if (!this.canPlace) {
          if (!this.force && (this.isMine || this.strictPeerDeps)) {
            return this.failPeerConflict();
          }
          if (!this.canPlaceSelf) {
            this.warnPeerConflict();
            return;
          }
          this.canPlace = this.canPlaceSelf;
        }
        if (!this.canPlace) {
          debug(() => {
            throw new Error("canPlace not set, but trying to place in tree");
          });
          return;
        }
        const { target } = this.canPlace;
        log.silly(
          "placeDep",
          target.location || "ROOT",
          `${this.dep.name}@${this.dep.version}`,
          this.canPlace.description,
          `for: ${this.edge.from.package._id || this.edge.from.location}`,
          `want: ${redact(this.edge.spec || "*")}`
        );
        const placementType = this.canPlace.canPlace === CONFLICT ? this.canPlace.canPlaceSelf : this.canPlace.canPlace;
        if (placementType === KEEP) {
          if (this.edge.peer && !this.edge.valid) {
            this.warnPeerConflict();
          }
          this.pruneDedupable(target);
          return;
        }
        for (let p = target; p; p = p.resolveParent) {
          if (p.matches(this.dep) && !p.isTop) {
            this.placed = new Link({ parent: target, target: p });
            return;
          }
        }
        const virtualRoot = this.dep.parent;
        this.placed = new this.dep.constructor({
          name: this.dep.name,
          pkg: this.dep.package,
          resolved: this.dep.resolved,
          integrity: this.dep.integrity,
          installLinks: this.installLinks,
          legacyPeerDeps: this.legacyPeerDeps,
          error: this.dep.errors[0],
          ...this.dep.packageExtensionsApplied ? { packageExtensionsApplied: this.dep.packageExtensionsApplied } : {},
          ...this.dep.npmExtensionApplied ? { npmExtensionApplied: this.dep.npmExtensionApplied } : {},
          ...this.dep.overrides ? { overrides: this.dep.overrides } : {},
          ...this.dep.isLink ? { target: this.dep.target, realpath: this.dep.realpath } : {}
        });
        this.oldDep = target.children.get(this.name);
        if (this.oldDep) {
          this.replaceOldDep();
        } else {
          this.placed.parent = target;
        }
        if (this.edge.peer && !this.placed.satisfies(this.edge)) {
          this.warnPeerConflict();
        }
        if (this.edge.valid && this.edge.to && this.edge.to !== this.placed) {
          this.pruneDedupable(this.edge.to, false);
        }
        for (const node of target.root.inventory.query("name", this.name)) {
          if (node.isDescendantOf(target) && !node.isTop) {
            this.pruneDedupable(node, false);
            if (node.root === target.root) {
              for (const kid of node.children.values()) {
                this.pruneDedupable(kid, false);
              }
            }
          }
        }
        for (const peerEdge of this.placed.edgesOut.values()) {
          if (peerEdge.valid || !peerEdge.peer || peerEdge.peerConflicted) {
            continue;
          }
          const peer = virtualRoot.children.get(peerEdge.name);
          if (!peer) {
            continue;
          }
          if (!peer.satisfies(peerEdge)) {
            continue;
          }
          this.children.push(new _PlaceDep({
            auditReport: this.auditReport,
            explicitRequest: this.explicitRequest,
            force: this.force,
            installLinks: this.installLinks,
            installStrategy: this.installStrategy,
            legacyPeerDeps: this.legacyPeerDeps,
            preferDedupe: this.preferDedupe,
            strictPeerDeps: this.strictPeerDeps,
            updateNames: this.updateName,
            parent: this,
            dep: peer,
            node: this.placed,
            edge: peerEdge
          }));
        }
      }
      replaceOldDep() {
        const target = this.oldDep.parent;
        const oldDeps = [];
        for (const [name, edge] of this.oldDep.edgesOut.entries()) {
          if (!this.placed.edgesOut.has(name) && edge.to) {
            oldDeps.push(...gatherDepSet([edge.to], (e) => e.to !== edge.to));
          }
        }
        const prunePeerSets = [];
        for (const edge of this.oldDep.edgesIn) {
          if (this.placed.satisfies(edge) || !edge.peer || edge.from.parent !== target || edge.peerConflicted) {
            continue;
          }
          for (const entryEdge of peerEntrySets(edge.from).keys()) {
            const entryNode = entryEdge.to;
            const deepestTarget = deepestNestingTarget(entryNode);
            if (deepestTarget !== target && !(entryEdge.from.isProjectRoot || entryEdge.from.isWorkspace)) {
              prunePeerSets.push(...gatherDepSet([entryNode], (e) => {
                return e.to !== entryNode && !e.peerConflicted;
              }));
            } else {
              this.warnPeerConflict(edge, this.dep);
            }
          }
        }
        this.placed.replace(this.oldDep);
        this.pruneForReplacement(this.placed, oldDeps);
        for (const dep of prunePeerSets) {
          for (const edge of dep.edgesIn) {
            this.needEvaluation.add(edge.from);
          }
          dep.root = null;
        }
      }
      pruneForReplacement(node, oldDeps) {
        const invalidDeps = new Set([...node.edgesOut.values()].filter((e) => e.to && !e.valid).map((e) => e.to));
        for (const dep of oldDeps) {
          const set = gatherDepSet([dep], (e) => e.to !== dep && e.valid);
          for (const dep2 of set) {
            invalidDeps.add(dep2);
          }
        }
        const deps = gatherDepSet(invalidDeps, (edge) => edge.from !== node && edge.to !== node && edge.valid);
        for (const dep of deps) {
          dep.root = null;
        }
      }
      // prune all the nodes in a branch of the tree that can be safely removed
      // This is only the most basic duplication detection; it finds if there
      // is another satisfying node further up the tree, and if so, dedupes.
      // Even if installStrategy is nested, we do this amount of deduplication.
      pruneDedupable(node, descend = true) {
        if (node.canDedupe(this.preferDedupe, this.explicitRequest)) {
          const deps = gatherDepSet([node], (e) => e.to !== node && e.valid);
          for (const node2 of deps) {
            node2.root = null;
          }
          return;
        }
        if (descend) {
          const nodeSort = (a, b) => localeCompare(a.location, b.location);
          const children = [...node.children.values()].sort(nodeSort);
          for (const child of children) {
            this.pruneDedupable(child);
          }
          const fsChildren = [...node.fsChildren].sort(nodeSort);
          for (const topNode of fsChildren) {
            const children2 = [...topNode.children.values()].sort(nodeSort);
            for (const child of children2) {
              this.pruneDedupable(child);
            }
          }
        }
      }
      get isMine() {
        const { edge } = this.top;
        const { from: node } = edge;
        if (node.isWorkspace || node.isProjectRoot) {
          return true;
        }
        if (!edge.peer) {
          return false;
        }
        let hasPeerEdges = false;
        for (const edge2 of node.edgesIn) {
          if (edge2.peer) {
            hasPeerEdges = true;
            continue;
          }
          if (edge2.from.isWorkspace || edge2.from.isProjectRoot) {
            return true;
          }
        }
        if (hasPeerEdges) {
          for (const edge2 of peerEntrySets(node).keys()) {
            if (edge2.from.isWorkspace || edge2.from.isProjectRoot) {
              return true;
            }
          }
        }
        return false;
      }
      warnPeerConflict(edge, dep) {
        edge = edge || this.edge;
        dep = dep || this.dep;
        edge.peerConflicted = true;
        const expl = this.explainPeerConflict(edge, dep);
        log.warn("ERESOLVE", "overriding peer dependency", expl);
      }
      failPeerConflict(edge, dep) {
        edge = edge || this.top.edge;
        dep = dep || this.top.dep;
        const expl = this.explainPeerConflict(edge, dep);
        throw Object.assign(new Error("could not resolve"), expl);
      }
      explainPeerConflict(edge, dep) {
        const { from: node } = edge;
        const curNode = node.resolve(edge.name);
        const expl = {
          code: "ERESOLVE",
          edge: edge.explain(),
          dep: dep.explain(edge),
          force: this.force,
          isMine: this.isMine,
          strictPeerDeps: this.strictPeerDeps
        };
        if (this.parent) {
          expl.current = curNode && curNode.explain(edge);
          expl.peerConflict = this.current && this.current.explain(this.edge);
        } else {
          expl.current = curNode && curNode.explain();
          if (this.canPlaceSelf && this.canPlaceSelf.canPlaceSelf !== CONFLICT) {
            const cps = this.canPlaceSelf;
            for (const peer of cps.conflictChildren) {
              if (peer.current) {
                expl.peerConflict = {
                  current: peer.current.explain(),
                  peer: peer.dep.explain(peer.edge)
                };
                break;
              }
            }
          } else {
            expl.peerConflict = {
              current: this.current && this.current.explain(),
              peer: this.dep.explain(this.edge)
            };
          }
        }
        return expl;
      }
      getStartNode() {
        const from = this.parent?.getStartNode() || this.edge.from;
        return deepestNestingTarget(from, this.name);
      }
      // XXX this only appears to be used by tests
      get allChildren() {
        const set = new Set(this.children);
        for (const child of set) {
          for (const grandchild of child.children) {
            set.add(grandchild);
          }
        }
        return [...set];
      }
    };
    module.exports = PlaceDep;
  }
});

// node_modules/@npmcli/arborist/lib/calc-dep-flags.js
var require_calc_dep_flags = __commonJS({
  "node_modules/@npmcli/arborist/lib/calc-dep-flags.js"(exports, module) {
    var calcDepFlags = (tree, resetRoot = true) => {
      if (resetRoot) {
        tree.unsetDepFlags();
      }
      const seen = /* @__PURE__ */ new Set();
      const queue = [tree];
      let node;
      while (node = queue.pop()) {
        seen.add(node);
        if (!node.extraneous) {
          for (let n = node.resolveParent; n?.extraneous; n = n.resolveParent) {
            n.extraneous = false;
          }
        }
        if (node.isLink) {
          if (node.target == null) {
            continue;
          }
          let changed = false;
          if (node.target.dev && !node.dev) {
            node.target.dev = false;
            changed = true;
          }
          if (node.target.optional && !node.optional) {
            node.target.optional = false;
            changed = true;
          }
          if (node.target.devOptional && !node.devOptional) {
            node.target.devOptional = false;
            changed = true;
          }
          if (node.target.peer && !node.peer) {
            node.target.peer = false;
            changed = true;
          }
          if (node.target.extraneous && !node.extraneous) {
            node.target.extraneous = false;
            changed = true;
          }
          if (changed || !seen.has(node.target)) {
            queue.push(node.target);
          }
          continue;
        }
        for (const { peer, optional, dev, to } of node.edgesOut.values()) {
          if (!to) {
            continue;
          }
          let changed = false;
          if (to.extraneous && !node.extraneous && !(peer && optional)) {
            to.extraneous = false;
            changed = true;
          }
          if (to.dev && !node.dev && !dev) {
            to.dev = false;
            changed = true;
          }
          if (to.optional && !node.optional && !optional) {
            to.optional = false;
            changed = true;
          }
          if (to.devOptional && !node.devOptional && !node.dev && !node.optional && !dev && !optional) {
            to.devOptional = false;
            changed = true;
          }
          if (to.peer && !node.peer && !peer) {
            to.peer = false;
            changed = true;
          }
          if (changed) {
            queue.push(to);
          }
        }
      }
      seen.delete(tree);
      for (const node2 of seen.values()) {
        if (node2.devOptional && (node2.dev || node2.optional)) {
          node2.devOptional = false;
        }
      }
    };
    module.exports = calcDepFlags;
  }
});

// node_modules/diff/libcjs/diff/base.js
var require_base = __commonJS({
  "node_modules/diff/libcjs/diff/base.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var Diff = (
      /** @class */
      (function() {
        function Diff2() {
        }
        Diff2.prototype.diff = function(oldStr, newStr, options) {
          if (options === void 0) {
            options = {};
          }
          var callback;
          if (typeof options === "function") {
            callback = options;
            options = {};
          } else if ("callback" in options) {
            callback = options.callback;
          }
          var oldString = this.castInput(oldStr, options);
          var newString = this.castInput(newStr, options);
          var oldTokens = this.removeEmpty(this.tokenize(oldString, options));
          var newTokens = this.removeEmpty(this.tokenize(newString, options));
          return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
        };
        Diff2.prototype.diffWithOptionsObj = function(oldTokens, newTokens, options, callback) {
          var _this = this;
          var _a;
          var done = function(value) {
            value = _this.postProcess(value, options);
            if (callback) {
              setTimeout(function() {
                callback(value);
              }, 0);
              return void 0;
            } else {
              return value;
            }
          };
          var newLen = newTokens.length, oldLen = oldTokens.length;
          var editLength = 1;
          var maxEditLength = newLen + oldLen;
          if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
          }
          var maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
          var abortAfterTimestamp = Date.now() + maxExecutionTime;
          var bestPath = [{ oldPos: -1, lastComponent: void 0 }];
          var newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
          if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
          }
          var minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
          var execEditLength = function() {
            for (var diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
              var basePath = void 0;
              var removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
              if (removePath) {
                bestPath[diagonalPath - 1] = void 0;
              }
              var canAdd = false;
              if (addPath) {
                var addPathNewPos = addPath.oldPos - diagonalPath;
                canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
              }
              var canRemove = removePath && removePath.oldPos + 1 < oldLen;
              if (!canAdd && !canRemove) {
                bestPath[diagonalPath] = void 0;
                continue;
              }
              if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
                basePath = _this.addToPath(addPath, true, false, 0, options);
              } else {
                basePath = _this.addToPath(removePath, false, true, 1, options);
              }
              newPos = _this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
              if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                return done(_this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
              } else {
                bestPath[diagonalPath] = basePath;
                if (basePath.oldPos + 1 >= oldLen) {
                  maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                }
                if (newPos + 1 >= newLen) {
                  minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                }
              }
            }
            editLength++;
          };
          if (callback) {
            (function exec() {
              setTimeout(function() {
                if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                  return callback(void 0);
                }
                if (!execEditLength()) {
                  exec();
                }
              }, 0);
            })();
          } else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
              var ret = execEditLength();
              if (ret) {
                return ret;
              }
            }
          }
        };
        Diff2.prototype.addToPath = function(path, added, removed, oldPosInc, options) {
          var last = path.lastComponent;
          if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
              oldPos: path.oldPos + oldPosInc,
              lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
            };
          } else {
            return {
              oldPos: path.oldPos + oldPosInc,
              lastComponent: { count: 1, added, removed, previousComponent: last }
            };
          }
        };
        Diff2.prototype.extractCommon = function(basePath, newTokens, oldTokens, diagonalPath, options) {
          var newLen = newTokens.length, oldLen = oldTokens.length;
          var oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
          while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
              basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
          }
          if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
          basePath.oldPos = oldPos;
          return newPos;
        };
        Diff2.prototype.equals = function(left, right, options) {
          if (options.comparator) {
            return options.comparator(left, right);
          } else {
            return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
          }
        };
        Diff2.prototype.removeEmpty = function(array) {
          var ret = [];
          for (var i = 0; i < array.length; i++) {
            if (array[i]) {
              ret.push(array[i]);
            }
          }
          return ret;
        };
        Diff2.prototype.castInput = function(value, options) {
          return value;
        };
        Diff2.prototype.tokenize = function(value, options) {
          return Array.from(value);
        };
        Diff2.prototype.join = function(chars) {
          return chars.join("");
        };
        Diff2.prototype.postProcess = function(changeObjects, options) {
          return changeObjects;
        };
        Object.defineProperty(Diff2.prototype, "useLongestToken", {
          get: function() {
            return false;
          },
          enumerable: false,
          configurable: true
        });
        Diff2.prototype.buildValues = function(lastComponent, newTokens, oldTokens) {
          var components = [];
          var nextComponent;
          while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
          }
          components.reverse();
          var componentLen = components.length;
          var componentPos = 0, newPos = 0, oldPos = 0;
          for (; componentPos < componentLen; componentPos++) {
            var component = components[componentPos];
            if (!component.removed) {
              if (!component.added && this.useLongestToken) {
                var value = newTokens.slice(newPos, newPos + component.count);
                value = value.map(function(value2, i) {
                  var oldValue = oldTokens[oldPos + i];
                  return oldValue.length > value2.length ? oldValue : value2;
                });
                component.value = this.join(value);
              } else {
                component.value = this.join(newTokens.slice(newPos, newPos + component.count));
              }
              newPos += component.count;
              if (!component.added) {
                oldPos += component.count;
              }
            } else {
              component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
              oldPos += component.count;
            }
          }
          return components;
        };
        return Diff2;
      })()
    );
    exports.default = Diff;
  }
});

// node_modules/diff/libcjs/diff/character.js
var require_character = __commonJS({
  "node_modules/diff/libcjs/diff/character.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.characterDiff = void 0;
    exports.diffChars = diffChars;
    var base_js_1 = require_base();
    var CharacterDiff = (
      /** @class */
      (function(_super) {
        __extends(CharacterDiff2, _super);
        function CharacterDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        return CharacterDiff2;
      })(base_js_1.default)
    );
    exports.characterDiff = new CharacterDiff();
    function diffChars(oldStr, newStr, options) {
      return exports.characterDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/util/string.js
var require_string2 = __commonJS({
  "node_modules/diff/libcjs/util/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.longestCommonPrefix = longestCommonPrefix;
    exports.longestCommonSuffix = longestCommonSuffix;
    exports.replacePrefix = replacePrefix;
    exports.replaceSuffix = replaceSuffix;
    exports.removePrefix = removePrefix;
    exports.removeSuffix = removeSuffix;
    exports.maximumOverlap = maximumOverlap;
    exports.hasOnlyWinLineEndings = hasOnlyWinLineEndings;
    exports.hasOnlyUnixLineEndings = hasOnlyUnixLineEndings;
    exports.segment = segment;
    exports.trailingWs = trailingWs;
    exports.leadingWs = leadingWs;
    exports.leadingAndTrailingWs = leadingAndTrailingWs;
    function longestCommonPrefix(str1, str2) {
      var i;
      for (i = 0; i < str1.length && i < str2.length; i++) {
        if (str1[i] != str2[i]) {
          return str1.slice(0, i);
        }
      }
      return str1.slice(0, i);
    }
    function longestCommonSuffix(str1, str2) {
      var i;
      if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) {
        return "";
      }
      for (i = 0; i < str1.length && i < str2.length; i++) {
        if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)]) {
          return str1.slice(-i);
        }
      }
      return str1.slice(-i);
    }
    function replacePrefix(string, oldPrefix, newPrefix) {
      if (string.slice(0, oldPrefix.length) != oldPrefix) {
        throw Error("string ".concat(JSON.stringify(string), " doesn't start with prefix ").concat(JSON.stringify(oldPrefix), "; this is a bug"));
      }
      return newPrefix + string.slice(oldPrefix.length);
    }
    function replaceSuffix(string, oldSuffix, newSuffix) {
      if (!oldSuffix) {
        return string + newSuffix;
      }
      if (string.slice(-oldSuffix.length) != oldSuffix) {
        throw Error("string ".concat(JSON.stringify(string), " doesn't end with suffix ").concat(JSON.stringify(oldSuffix), "; this is a bug"));
      }
      return string.slice(0, -oldSuffix.length) + newSuffix;
    }
    function removePrefix(string, oldPrefix) {
      return replacePrefix(string, oldPrefix, "");
    }
    function removeSuffix(string, oldSuffix) {
      return replaceSuffix(string, oldSuffix, "");
    }
    function maximumOverlap(string1, string2) {
      return string2.slice(0, overlapCount(string1, string2));
    }
    function overlapCount(a, b) {
      var startA = 0;
      if (a.length > b.length) {
        startA = a.length - b.length;
      }
      var endB = b.length;
      if (a.length < b.length) {
        endB = a.length;
      }
      var map = Array(endB);
      var k = 0;
      map[0] = 0;
      for (var j = 1; j < endB; j++) {
        if (b[j] == b[k]) {
          map[j] = map[k];
        } else {
          map[j] = k;
        }
        while (k > 0 && b[j] != b[k]) {
          k = map[k];
        }
        if (b[j] == b[k]) {
          k++;
        }
      }
      k = 0;
      for (var i = startA; i < a.length; i++) {
        while (k > 0 && a[i] != b[k]) {
          k = map[k];
        }
        if (a[i] == b[k]) {
          k++;
        }
      }
      return k;
    }
    function hasOnlyWinLineEndings(string) {
      return string.includes("\r\n") && !string.startsWith("\n") && !string.match(/[^\r]\n/);
    }
    function hasOnlyUnixLineEndings(string) {
      return !string.includes("\r\n") && string.includes("\n");
    }
    function segment(string, segmenter) {
      var parts = [];
      for (var _i = 0, _a = Array.from(segmenter.segment(string)); _i < _a.length; _i++) {
        var segmentObj = _a[_i];
        var segment_1 = segmentObj.segment;
        if (parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment_1)) {
          parts[parts.length - 1] += segment_1;
        } else {
          parts.push(segment_1);
        }
      }
      return parts;
    }
    function trailingWs(string, segmenter) {
      if (segmenter) {
        return leadingAndTrailingWs(string, segmenter)[1];
      }
      var i;
      for (i = string.length - 1; i >= 0; i--) {
        if (!string[i].match(/\s/)) {
          break;
        }
      }
      return string.substring(i + 1);
    }
    function leadingWs(string, segmenter) {
      if (segmenter) {
        return leadingAndTrailingWs(string, segmenter)[0];
      }
      var match = string.match(/^\s*/);
      return match ? match[0] : "";
    }
    function leadingAndTrailingWs(string, segmenter) {
      if (!segmenter) {
        return [leadingWs(string), trailingWs(string)];
      }
      if (segmenter.resolvedOptions().granularity != "word") {
        throw new Error('The segmenter passed must have a granularity of "word"');
      }
      var segments = segment(string, segmenter);
      var firstSeg = segments[0];
      var lastSeg = segments[segments.length - 1];
      var head = /\s/.test(firstSeg) ? firstSeg : "";
      var tail = /\s/.test(lastSeg) ? lastSeg : "";
      return [head, tail];
    }
  }
});

// node_modules/diff/libcjs/diff/word.js
var require_word = __commonJS({
  "node_modules/diff/libcjs/diff/word.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.wordsWithSpaceDiff = exports.wordDiff = void 0;
    exports.diffWords = diffWords;
    exports.diffWordsWithSpace = diffWordsWithSpace;
    var base_js_1 = require_base();
    var string_js_1 = require_string2();
    var extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
    var tokenizeIncludingWhitespace = new RegExp("[".concat(extendedWordChars, "]+|\\s+|[^").concat(extendedWordChars, "]"), "ug");
    var WordDiff = (
      /** @class */
      (function(_super) {
        __extends(WordDiff2, _super);
        function WordDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        WordDiff2.prototype.equals = function(left, right, options) {
          if (options.ignoreCase) {
            left = left.toLowerCase();
            right = right.toLowerCase();
          }
          return left.trim() === right.trim();
        };
        WordDiff2.prototype.tokenize = function(value, options) {
          if (options === void 0) {
            options = {};
          }
          var parts;
          if (options.intlSegmenter) {
            var segmenter = options.intlSegmenter;
            if (segmenter.resolvedOptions().granularity != "word") {
              throw new Error('The segmenter passed must have a granularity of "word"');
            }
            parts = (0, string_js_1.segment)(value, segmenter);
          } else {
            parts = value.match(tokenizeIncludingWhitespace) || [];
          }
          var tokens = [];
          var prevPart = null;
          parts.forEach(function(part) {
            if (/\s/.test(part)) {
              if (prevPart == null) {
                tokens.push(part);
              } else {
                tokens.push(tokens.pop() + part);
              }
            } else if (prevPart != null && /\s/.test(prevPart)) {
              if (tokens[tokens.length - 1] == prevPart) {
                tokens.push(tokens.pop() + part);
              } else {
                tokens.push(prevPart + part);
              }
            } else {
              tokens.push(part);
            }
            prevPart = part;
          });
          return tokens;
        };
        WordDiff2.prototype.join = function(tokens) {
          return tokens.map(function(token, i) {
            if (i == 0) {
              return token;
            } else {
              return token.replace(/^\s+/, "");
            }
          }).join("");
        };
        WordDiff2.prototype.postProcess = function(changes, options) {
          if (!changes || options.oneChangePerToken) {
            return changes;
          }
          var lastKeep = null;
          var insertion = null;
          var deletion = null;
          changes.forEach(function(change) {
            if (change.added) {
              insertion = change;
            } else if (change.removed) {
              deletion = change;
            } else {
              if (insertion || deletion) {
                dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter);
              }
              lastKeep = change;
              insertion = null;
              deletion = null;
            }
          });
          if (insertion || deletion) {
            dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter);
          }
          return changes;
        };
        return WordDiff2;
      })(base_js_1.default)
    );
    exports.wordDiff = new WordDiff();
    function diffWords(oldStr, newStr, options) {
      if ((options === null || options === void 0 ? void 0 : options.ignoreWhitespace) != null && !options.ignoreWhitespace) {
        return diffWordsWithSpace(oldStr, newStr, options);
      }
      return exports.wordDiff.diff(oldStr, newStr, options);
    }
    function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
      if (deletion && insertion) {
        var _a = (0, string_js_1.leadingAndTrailingWs)(deletion.value, segmenter), oldWsPrefix = _a[0], oldWsSuffix = _a[1];
        var _b = (0, string_js_1.leadingAndTrailingWs)(insertion.value, segmenter), newWsPrefix = _b[0], newWsSuffix = _b[1];
        if (startKeep) {
          var commonWsPrefix = (0, string_js_1.longestCommonPrefix)(oldWsPrefix, newWsPrefix);
          startKeep.value = (0, string_js_1.replaceSuffix)(startKeep.value, newWsPrefix, commonWsPrefix);
          deletion.value = (0, string_js_1.removePrefix)(deletion.value, commonWsPrefix);
          insertion.value = (0, string_js_1.removePrefix)(insertion.value, commonWsPrefix);
        }
        if (endKeep) {
          var commonWsSuffix = (0, string_js_1.longestCommonSuffix)(oldWsSuffix, newWsSuffix);
          endKeep.value = (0, string_js_1.replacePrefix)(endKeep.value, newWsSuffix, commonWsSuffix);
          deletion.value = (0, string_js_1.removeSuffix)(deletion.value, commonWsSuffix);
          insertion.value = (0, string_js_1.removeSuffix)(insertion.value, commonWsSuffix);
        }
      } else if (insertion) {
        if (startKeep) {
          var ws = (0, string_js_1.leadingWs)(insertion.value, segmenter);
          insertion.value = insertion.value.substring(ws.length);
        }
        if (endKeep) {
          var ws = (0, string_js_1.leadingWs)(endKeep.value, segmenter);
          endKeep.value = endKeep.value.substring(ws.length);
        }
      } else if (startKeep && endKeep) {
        var newWsFull = (0, string_js_1.leadingWs)(endKeep.value, segmenter), _c = (0, string_js_1.leadingAndTrailingWs)(deletion.value, segmenter), delWsStart = _c[0], delWsEnd = _c[1];
        var newWsStart = (0, string_js_1.longestCommonPrefix)(newWsFull, delWsStart);
        deletion.value = (0, string_js_1.removePrefix)(deletion.value, newWsStart);
        var newWsEnd = (0, string_js_1.longestCommonSuffix)((0, string_js_1.removePrefix)(newWsFull, newWsStart), delWsEnd);
        deletion.value = (0, string_js_1.removeSuffix)(deletion.value, newWsEnd);
        endKeep.value = (0, string_js_1.replacePrefix)(endKeep.value, newWsFull, newWsEnd);
        startKeep.value = (0, string_js_1.replaceSuffix)(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
      } else if (endKeep) {
        var endKeepWsPrefix = (0, string_js_1.leadingWs)(endKeep.value, segmenter);
        var deletionWsSuffix = (0, string_js_1.trailingWs)(deletion.value, segmenter);
        var overlap = (0, string_js_1.maximumOverlap)(deletionWsSuffix, endKeepWsPrefix);
        deletion.value = (0, string_js_1.removeSuffix)(deletion.value, overlap);
      } else if (startKeep) {
        var startKeepWsSuffix = (0, string_js_1.trailingWs)(startKeep.value, segmenter);
        var deletionWsPrefix = (0, string_js_1.leadingWs)(deletion.value, segmenter);
        var overlap = (0, string_js_1.maximumOverlap)(startKeepWsSuffix, deletionWsPrefix);
        deletion.value = (0, string_js_1.removePrefix)(deletion.value, overlap);
      }
    }
    var WordsWithSpaceDiff = (
      /** @class */
      (function(_super) {
        __extends(WordsWithSpaceDiff2, _super);
        function WordsWithSpaceDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        WordsWithSpaceDiff2.prototype.tokenize = function(value) {
          var regex = new RegExp("(\\r?\\n)|[".concat(extendedWordChars, "]+|[^\\S\\n\\r]+|[^").concat(extendedWordChars, "]"), "ug");
          return value.match(regex) || [];
        };
        return WordsWithSpaceDiff2;
      })(base_js_1.default)
    );
    exports.wordsWithSpaceDiff = new WordsWithSpaceDiff();
    function diffWordsWithSpace(oldStr, newStr, options) {
      return exports.wordsWithSpaceDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/util/params.js
var require_params = __commonJS({
  "node_modules/diff/libcjs/util/params.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.generateOptions = generateOptions;
    function generateOptions(options, defaults) {
      if (typeof options === "function") {
        defaults.callback = options;
      } else if (options) {
        for (var name in options) {
          if (Object.prototype.hasOwnProperty.call(options, name)) {
            defaults[name] = options[name];
          }
        }
      }
      return defaults;
    }
  }
});

// node_modules/diff/libcjs/diff/line.js
var require_line = __commonJS({
  "node_modules/diff/libcjs/diff/line.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.lineDiff = void 0;
    exports.diffLines = diffLines;
    exports.diffTrimmedLines = diffTrimmedLines;
    exports.tokenize = tokenize;
    var base_js_1 = require_base();
    var params_js_1 = require_params();
    var LineDiff = (
      /** @class */
      (function(_super) {
        __extends(LineDiff2, _super);
        function LineDiff2() {
          var _this = _super !== null && _super.apply(this, arguments) || this;
          _this.tokenize = tokenize;
          return _this;
        }
        LineDiff2.prototype.equals = function(left, right, options) {
          if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes("\n")) {
              left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes("\n")) {
              right = right.trim();
            }
          } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith("\n")) {
              left = left.slice(0, -1);
            }
            if (right.endsWith("\n")) {
              right = right.slice(0, -1);
            }
          }
          return _super.prototype.equals.call(this, left, right, options);
        };
        return LineDiff2;
      })(base_js_1.default)
    );
    exports.lineDiff = new LineDiff();
    function diffLines(oldStr, newStr, options) {
      return exports.lineDiff.diff(oldStr, newStr, options);
    }
    function diffTrimmedLines(oldStr, newStr, options) {
      options = (0, params_js_1.generateOptions)(options, { ignoreWhitespace: true });
      return exports.lineDiff.diff(oldStr, newStr, options);
    }
    function tokenize(value, options) {
      if (options.stripTrailingCr) {
        value = value.replace(/\r\n/g, "\n");
      }
      var retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
      if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
      }
      for (var i = 0; i < linesAndNewlines.length; i++) {
        var line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
          retLines[retLines.length - 1] += line;
        } else {
          retLines.push(line);
        }
      }
      return retLines;
    }
  }
});

// node_modules/diff/libcjs/diff/sentence.js
var require_sentence = __commonJS({
  "node_modules/diff/libcjs/diff/sentence.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.sentenceDiff = void 0;
    exports.diffSentences = diffSentences;
    var base_js_1 = require_base();
    function isSentenceEndPunct(char) {
      return char == "." || char == "!" || char == "?";
    }
    var SentenceDiff = (
      /** @class */
      (function(_super) {
        __extends(SentenceDiff2, _super);
        function SentenceDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        SentenceDiff2.prototype.tokenize = function(value) {
          var _a;
          var result = [];
          var tokenStartI = 0;
          for (var i = 0; i < value.length; i++) {
            if (i == value.length - 1) {
              result.push(value.slice(tokenStartI));
              break;
            }
            if (isSentenceEndPunct(value[i]) && value[i + 1].match(/\s/)) {
              result.push(value.slice(tokenStartI, i + 1));
              i = tokenStartI = i + 1;
              while ((_a = value[i + 1]) === null || _a === void 0 ? void 0 : _a.match(/\s/)) {
                i++;
              }
              result.push(value.slice(tokenStartI, i + 1));
              tokenStartI = i + 1;
            }
          }
          return result;
        };
        return SentenceDiff2;
      })(base_js_1.default)
    );
    exports.sentenceDiff = new SentenceDiff();
    function diffSentences(oldStr, newStr, options) {
      return exports.sentenceDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/diff/css.js
var require_css = __commonJS({
  "node_modules/diff/libcjs/diff/css.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.cssDiff = void 0;
    exports.diffCss = diffCss;
    var base_js_1 = require_base();
    var CssDiff = (
      /** @class */
      (function(_super) {
        __extends(CssDiff2, _super);
        function CssDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        CssDiff2.prototype.tokenize = function(value) {
          return value.split(/([{}:;,]|\s+)/);
        };
        return CssDiff2;
      })(base_js_1.default)
    );
    exports.cssDiff = new CssDiff();
    function diffCss(oldStr, newStr, options) {
      return exports.cssDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/diff/json.js
var require_json = __commonJS({
  "node_modules/diff/libcjs/diff/json.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.jsonDiff = void 0;
    exports.diffJson = diffJson;
    exports.canonicalize = canonicalize;
    var base_js_1 = require_base();
    var line_js_1 = require_line();
    var JsonDiff = (
      /** @class */
      (function(_super) {
        __extends(JsonDiff2, _super);
        function JsonDiff2() {
          var _this = _super !== null && _super.apply(this, arguments) || this;
          _this.tokenize = line_js_1.tokenize;
          return _this;
        }
        Object.defineProperty(JsonDiff2.prototype, "useLongestToken", {
          get: function() {
            return true;
          },
          enumerable: false,
          configurable: true
        });
        JsonDiff2.prototype.castInput = function(value, options) {
          var undefinedReplacement = options.undefinedReplacement, _a = options.stringifyReplacer, stringifyReplacer = _a === void 0 ? function(k, v) {
            return typeof v === "undefined" ? undefinedReplacement : v;
          } : _a;
          return typeof value === "string" ? value : JSON.stringify(canonicalize(value, null, null, stringifyReplacer), null, "  ");
        };
        JsonDiff2.prototype.equals = function(left, right, options) {
          return _super.prototype.equals.call(this, left.replace(/,([\r\n])/g, "$1"), right.replace(/,([\r\n])/g, "$1"), options);
        };
        return JsonDiff2;
      })(base_js_1.default)
    );
    exports.jsonDiff = new JsonDiff();
    function diffJson(oldStr, newStr, options) {
      return exports.jsonDiff.diff(oldStr, newStr, options);
    }
    function canonicalize(obj, stack, replacementStack, replacer, key) {
      stack = stack || [];
      replacementStack = replacementStack || [];
      if (replacer) {
        obj = replacer(key === void 0 ? "" : key, obj);
      }
      var i;
      for (i = 0; i < stack.length; i += 1) {
        if (stack[i] === obj) {
          return replacementStack[i];
        }
      }
      var canonicalizedObj;
      if ("[object Array]" === Object.prototype.toString.call(obj)) {
        stack.push(obj);
        canonicalizedObj = new Array(obj.length);
        replacementStack.push(canonicalizedObj);
        for (i = 0; i < obj.length; i += 1) {
          canonicalizedObj[i] = canonicalize(obj[i], stack, replacementStack, replacer, String(i));
        }
        stack.pop();
        replacementStack.pop();
        return canonicalizedObj;
      }
      if (obj && obj.toJSON) {
        obj = obj.toJSON();
      }
      if (typeof obj === "object" && obj !== null) {
        stack.push(obj);
        canonicalizedObj = {};
        replacementStack.push(canonicalizedObj);
        var sortedKeys = [];
        var key_1;
        for (key_1 in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key_1)) {
            sortedKeys.push(key_1);
          }
        }
        sortedKeys.sort();
        for (i = 0; i < sortedKeys.length; i += 1) {
          key_1 = sortedKeys[i];
          canonicalizedObj[key_1] = canonicalize(obj[key_1], stack, replacementStack, replacer, key_1);
        }
        stack.pop();
        replacementStack.pop();
      } else {
        canonicalizedObj = obj;
      }
      return canonicalizedObj;
    }
  }
});

// node_modules/diff/libcjs/diff/array.js
var require_array = __commonJS({
  "node_modules/diff/libcjs/diff/array.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.arrayDiff = void 0;
    exports.diffArrays = diffArrays;
    var base_js_1 = require_base();
    var ArrayDiff = (
      /** @class */
      (function(_super) {
        __extends(ArrayDiff2, _super);
        function ArrayDiff2() {
          return _super !== null && _super.apply(this, arguments) || this;
        }
        ArrayDiff2.prototype.tokenize = function(value) {
          return value.slice();
        };
        ArrayDiff2.prototype.join = function(value) {
          return value;
        };
        ArrayDiff2.prototype.removeEmpty = function(value) {
          return value;
        };
        return ArrayDiff2;
      })(base_js_1.default)
    );
    exports.arrayDiff = new ArrayDiff();
    function diffArrays(oldArr, newArr, options) {
      return exports.arrayDiff.diff(oldArr, newArr, options);
    }
  }
});

// node_modules/diff/libcjs/patch/line-endings.js
var require_line_endings = __commonJS({
  "node_modules/diff/libcjs/patch/line-endings.js"(exports) {
    "use strict";
    var __assign = exports && exports.__assign || function() {
      __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
            t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.unixToWin = unixToWin;
    exports.winToUnix = winToUnix;
    exports.isUnix = isUnix;
    exports.isWin = isWin;
    function unixToWin(patch) {
      if (Array.isArray(patch)) {
        return patch.map(function(p) {
          return unixToWin(p);
        });
      }
      return __assign(__assign({}, patch), { hunks: patch.hunks.map(function(hunk) {
        return __assign(__assign({}, hunk), { lines: hunk.lines.map(function(line, i) {
          var _a;
          return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\")) ? line : line + "\r";
        }) });
      }) });
    }
    function winToUnix(patch) {
      if (Array.isArray(patch)) {
        return patch.map(function(p) {
          return winToUnix(p);
        });
      }
      return __assign(__assign({}, patch), { hunks: patch.hunks.map(function(hunk) {
        return __assign(__assign({}, hunk), { lines: hunk.lines.map(function(line) {
          return line.endsWith("\r") ? line.substring(0, line.length - 1) : line;
        }) });
      }) });
    }
    function isUnix(patch) {
      if (!Array.isArray(patch)) {
        patch = [patch];
      }
      return !patch.some(function(index) {
        return index.hunks.some(function(hunk) {
          return hunk.lines.some(function(line) {
            return !line.startsWith("\\") && line.endsWith("\r");
          });
        });
      });
    }
    function isWin(patch) {
      if (!Array.isArray(patch)) {
        patch = [patch];
      }
      return patch.some(function(index) {
        return index.hunks.some(function(hunk) {
          return hunk.lines.some(function(line) {
            return line.endsWith("\r");
          });
        });
      }) && patch.every(function(index) {
        return index.hunks.every(function(hunk) {
          return hunk.lines.every(function(line, i) {
            var _a;
            return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"));
          });
        });
      });
    }
  }
});

// node_modules/diff/libcjs/patch/parse.js
var require_parse = __commonJS({
  "node_modules/diff/libcjs/patch/parse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parsePatch = parsePatch;
    function parsePatch(uniDiff) {
      var diffstr = uniDiff.split(/\n/), list = [];
      var i = 0;
      function parseIndex() {
        var index = {};
        list.push(index);
        while (i < diffstr.length) {
          var line = diffstr[i];
          if (/^(---|\+\+\+|@@)\s/.test(line)) {
            break;
          }
          var headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
          if (headerMatch) {
            index.index = line.substring(headerMatch[0].length).trim();
          }
          i++;
        }
        parseFileHeader(index);
        parseFileHeader(index);
        index.hunks = [];
        while (i < diffstr.length) {
          var line = diffstr[i];
          if (/^(Index:\s|diff\s|---\s|\+\+\+\s|===================================================================)/.test(line)) {
            break;
          } else if (/^@@/.test(line)) {
            index.hunks.push(parseHunk());
          } else if (line) {
            throw new Error("Unknown line " + (i + 1) + " " + JSON.stringify(line));
          } else {
            i++;
          }
        }
      }
      function parseFileHeader(index) {
        var fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i]);
        if (fileHeaderMatch) {
          var prefix = fileHeaderMatch[1], data = diffstr[i].substring(3).trim().split("	", 2), header = (data[1] || "").trim();
          var fileName = data[0].replace(/\\\\/g, "\\");
          if (fileName.startsWith('"') && fileName.endsWith('"')) {
            fileName = fileName.substr(1, fileName.length - 2);
          }
          if (prefix === "---") {
            index.oldFileName = fileName;
            index.oldHeader = header;
          } else {
            index.newFileName = fileName;
            index.newHeader = header;
          }
          i++;
        }
      }
      function parseHunk() {
        var _a;
        var chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
        var hunk = {
          oldStart: +chunkHeader[1],
          oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
          newStart: +chunkHeader[3],
          newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
          lines: []
        };
        if (hunk.oldLines === 0) {
          hunk.oldStart += 1;
        }
        if (hunk.newLines === 0) {
          hunk.newStart += 1;
        }
        var addCount = 0, removeCount = 0;
        for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i++) {
          var operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
          if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
            hunk.lines.push(diffstr[i]);
            if (operation === "+") {
              addCount++;
            } else if (operation === "-") {
              removeCount++;
            } else if (operation === " ") {
              addCount++;
              removeCount++;
            }
          } else {
            throw new Error("Hunk at line ".concat(chunkHeaderIndex + 1, " contained invalid line ").concat(diffstr[i]));
          }
        }
        if (!addCount && hunk.newLines === 1) {
          hunk.newLines = 0;
        }
        if (!removeCount && hunk.oldLines === 1) {
          hunk.oldLines = 0;
        }
        if (addCount !== hunk.newLines) {
          throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
        }
        if (removeCount !== hunk.oldLines) {
          throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
        }
        return hunk;
      }
      while (i < diffstr.length) {
        parseIndex();
      }
      return list;
    }
  }
});

// node_modules/diff/libcjs/util/distance-iterator.js
var require_distance_iterator = __commonJS({
  "node_modules/diff/libcjs/util/distance-iterator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = default_1;
    function default_1(start, minLine, maxLine) {
      var wantForward = true, backwardExhausted = false, forwardExhausted = false, localOffset = 1;
      return function iterator() {
        if (wantForward && !forwardExhausted) {
          if (backwardExhausted) {
            localOffset++;
          } else {
            wantForward = false;
          }
          if (start + localOffset <= maxLine) {
            return start + localOffset;
          }
          forwardExhausted = true;
        }
        if (!backwardExhausted) {
          if (!forwardExhausted) {
            wantForward = true;
          }
          if (minLine <= start - localOffset) {
            return start - localOffset++;
          }
          backwardExhausted = true;
          return iterator();
        }
        return void 0;
      };
    }
  }
});

// node_modules/diff/libcjs/patch/apply.js
var require_apply = __commonJS({
  "node_modules/diff/libcjs/patch/apply.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.applyPatch = applyPatch;
    exports.applyPatches = applyPatches;
    var string_js_1 = require_string2();
    var line_endings_js_1 = require_line_endings();
    var parse_js_1 = require_parse();
    var distance_iterator_js_1 = require_distance_iterator();
    function applyPatch(source, patch, options) {
      if (options === void 0) {
        options = {};
      }
      var patches;
      if (typeof patch === "string") {
        patches = (0, parse_js_1.parsePatch)(patch);
      } else if (Array.isArray(patch)) {
        patches = patch;
      } else {
        patches = [patch];
      }
      if (patches.length > 1) {
        throw new Error("applyPatch only works with a single input.");
      }
      return applyStructuredPatch(source, patches[0], options);
    }
    function applyStructuredPatch(source, patch, options) {
      if (options === void 0) {
        options = {};
      }
      if (options.autoConvertLineEndings || options.autoConvertLineEndings == null) {
        if ((0, string_js_1.hasOnlyWinLineEndings)(source) && (0, line_endings_js_1.isUnix)(patch)) {
          patch = (0, line_endings_js_1.unixToWin)(patch);
        } else if ((0, string_js_1.hasOnlyUnixLineEndings)(source) && (0, line_endings_js_1.isWin)(patch)) {
          patch = (0, line_endings_js_1.winToUnix)(patch);
        }
      }
      var lines = source.split("\n"), hunks = patch.hunks, compareLine = options.compareLine || (function(lineNumber, line2, operation, patchContent) {
        return line2 === patchContent;
      }), fuzzFactor = options.fuzzFactor || 0;
      var minLine = 0;
      if (fuzzFactor < 0 || !Number.isInteger(fuzzFactor)) {
        throw new Error("fuzzFactor must be a non-negative integer");
      }
      if (!hunks.length) {
        return source;
      }
      var prevLine = "", removeEOFNL = false, addEOFNL = false;
      for (var i = 0; i < hunks[hunks.length - 1].lines.length; i++) {
        var line = hunks[hunks.length - 1].lines[i];
        if (line[0] == "\\") {
          if (prevLine[0] == "+") {
            removeEOFNL = true;
          } else if (prevLine[0] == "-") {
            addEOFNL = true;
          }
        }
        prevLine = line;
      }
      if (removeEOFNL) {
        if (addEOFNL) {
          if (!fuzzFactor && lines[lines.length - 1] == "") {
            return false;
          }
        } else if (lines[lines.length - 1] == "") {
          lines.pop();
        } else if (!fuzzFactor) {
          return false;
        }
      } else if (addEOFNL) {
        if (lines[lines.length - 1] != "") {
          lines.push("");
        } else if (!fuzzFactor) {
          return false;
        }
      }
      function applyHunk(hunkLines, toPos2, maxErrors2, hunkLinesI, lastContextLineMatched, patchedLines, patchedLinesLength) {
        if (hunkLinesI === void 0) {
          hunkLinesI = 0;
        }
        if (lastContextLineMatched === void 0) {
          lastContextLineMatched = true;
        }
        if (patchedLines === void 0) {
          patchedLines = [];
        }
        if (patchedLinesLength === void 0) {
          patchedLinesLength = 0;
        }
        var nConsecutiveOldContextLines = 0;
        var nextContextLineMustMatch = false;
        for (; hunkLinesI < hunkLines.length; hunkLinesI++) {
          var hunkLine = hunkLines[hunkLinesI], operation = hunkLine.length > 0 ? hunkLine[0] : " ", content = hunkLine.length > 0 ? hunkLine.substr(1) : hunkLine;
          if (operation === "-") {
            if (compareLine(toPos2 + 1, lines[toPos2], operation, content)) {
              toPos2++;
              nConsecutiveOldContextLines = 0;
            } else {
              if (!maxErrors2 || lines[toPos2] == null) {
                return null;
              }
              patchedLines[patchedLinesLength] = lines[toPos2];
              return applyHunk(hunkLines, toPos2 + 1, maxErrors2 - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1);
            }
          }
          if (operation === "+") {
            if (!lastContextLineMatched) {
              return null;
            }
            patchedLines[patchedLinesLength] = content;
            patchedLinesLength++;
            nConsecutiveOldContextLines = 0;
            nextContextLineMustMatch = true;
          }
          if (operation === " ") {
            nConsecutiveOldContextLines++;
            patchedLines[patchedLinesLength] = lines[toPos2];
            if (compareLine(toPos2 + 1, lines[toPos2], operation, content)) {
              patchedLinesLength++;
              lastContextLineMatched = true;
              nextContextLineMustMatch = false;
              toPos2++;
            } else {
              if (nextContextLineMustMatch || !maxErrors2) {
                return null;
              }
              return lines[toPos2] && (applyHunk(hunkLines, toPos2 + 1, maxErrors2 - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength + 1) || applyHunk(hunkLines, toPos2 + 1, maxErrors2 - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1)) || applyHunk(hunkLines, toPos2, maxErrors2 - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength);
            }
          }
        }
        patchedLinesLength -= nConsecutiveOldContextLines;
        toPos2 -= nConsecutiveOldContextLines;
        patchedLines.length = patchedLinesLength;
        return {
          patchedLines,
          oldLineLastI: toPos2 - 1
        };
      }
      var resultLines = [];
      var prevHunkOffset = 0;
      for (var i = 0; i < hunks.length; i++) {
        var hunk = hunks[i];
        var hunkResult = void 0;
        var maxLine = lines.length - hunk.oldLines + fuzzFactor;
        var toPos = void 0;
        for (var maxErrors = 0; maxErrors <= fuzzFactor; maxErrors++) {
          toPos = hunk.oldStart + prevHunkOffset - 1;
          var iterator = (0, distance_iterator_js_1.default)(toPos, minLine, maxLine);
          for (; toPos !== void 0; toPos = iterator()) {
            hunkResult = applyHunk(hunk.lines, toPos, maxErrors);
            if (hunkResult) {
              break;
            }
          }
          if (hunkResult) {
            break;
          }
        }
        if (!hunkResult) {
          return false;
        }
        for (var i_1 = minLine; i_1 < toPos; i_1++) {
          resultLines.push(lines[i_1]);
        }
        for (var i_2 = 0; i_2 < hunkResult.patchedLines.length; i_2++) {
          var line = hunkResult.patchedLines[i_2];
          resultLines.push(line);
        }
        minLine = hunkResult.oldLineLastI + 1;
        prevHunkOffset = toPos + 1 - hunk.oldStart;
      }
      for (var i = minLine; i < lines.length; i++) {
        resultLines.push(lines[i]);
      }
      return resultLines.join("\n");
    }
    function applyPatches(uniDiff, options) {
      var spDiff = typeof uniDiff === "string" ? (0, parse_js_1.parsePatch)(uniDiff) : uniDiff;
      var currentIndex = 0;
      function processIndex() {
        var index = spDiff[currentIndex++];
        if (!index) {
          return options.complete();
        }
        options.loadFile(index, function(err, data) {
          if (err) {
            return options.complete(err);
          }
          var updatedContent = applyPatch(data, index, options);
          options.patched(index, updatedContent, function(err2) {
            if (err2) {
              return options.complete(err2);
            }
            processIndex();
          });
        });
      }
      processIndex();
    }
  }
});

// node_modules/diff/libcjs/patch/reverse.js
var require_reverse = __commonJS({
  "node_modules/diff/libcjs/patch/reverse.js"(exports) {
    "use strict";
    var __assign = exports && exports.__assign || function() {
      __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
            t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reversePatch = reversePatch;
    function reversePatch(structuredPatch) {
      if (Array.isArray(structuredPatch)) {
        return structuredPatch.map(function(patch) {
          return reversePatch(patch);
        }).reverse();
      }
      return __assign(__assign({}, structuredPatch), { oldFileName: structuredPatch.newFileName, oldHeader: structuredPatch.newHeader, newFileName: structuredPatch.oldFileName, newHeader: structuredPatch.oldHeader, hunks: structuredPatch.hunks.map(function(hunk) {
        return {
          oldLines: hunk.newLines,
          oldStart: hunk.newStart,
          newLines: hunk.oldLines,
          newStart: hunk.oldStart,
          lines: hunk.lines.map(function(l) {
            if (l.startsWith("-")) {
              return "+".concat(l.slice(1));
            }
            if (l.startsWith("+")) {
              return "-".concat(l.slice(1));
            }
            return l;
          })
        };
      }) });
    }
  }
});

// node_modules/diff/libcjs/patch/create.js
var require_create = __commonJS({
  "node_modules/diff/libcjs/patch/create.js"(exports) {
    "use strict";
    var __assign = exports && exports.__assign || function() {
      __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
            t[p] = s[p];
        }
        return t;
      };
      return __assign.apply(this, arguments);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.OMIT_HEADERS = exports.FILE_HEADERS_ONLY = exports.INCLUDE_HEADERS = void 0;
    exports.structuredPatch = structuredPatch;
    exports.formatPatch = formatPatch;
    exports.createTwoFilesPatch = createTwoFilesPatch;
    exports.createPatch = createPatch;
    var line_js_1 = require_line();
    exports.INCLUDE_HEADERS = {
      includeIndex: true,
      includeUnderline: true,
      includeFileHeaders: true
    };
    exports.FILE_HEADERS_ONLY = {
      includeIndex: false,
      includeUnderline: false,
      includeFileHeaders: true
    };
    exports.OMIT_HEADERS = {
      includeIndex: false,
      includeUnderline: false,
      includeFileHeaders: false
    };
    function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
      var optionsObj;
      if (!options) {
        optionsObj = {};
      } else if (typeof options === "function") {
        optionsObj = { callback: options };
      } else {
        optionsObj = options;
      }
      if (typeof optionsObj.context === "undefined") {
        optionsObj.context = 4;
      }
      var context = optionsObj.context;
      if (optionsObj.newlineIsToken) {
        throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
      }
      if (!optionsObj.callback) {
        return diffLinesResultToPatch((0, line_js_1.diffLines)(oldStr, newStr, optionsObj));
      } else {
        var callback_1 = optionsObj.callback;
        (0, line_js_1.diffLines)(oldStr, newStr, __assign(__assign({}, optionsObj), { callback: function(diff) {
          var patch = diffLinesResultToPatch(diff);
          callback_1(patch);
        } }));
      }
      function diffLinesResultToPatch(diff) {
        if (!diff) {
          return;
        }
        diff.push({ value: "", lines: [] });
        function contextLines(lines2) {
          return lines2.map(function(entry) {
            return " " + entry;
          });
        }
        var hunks = [];
        var oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (var i = 0; i < diff.length; i++) {
          var current = diff[i], lines = current.lines || splitLines(current.value);
          current.lines = lines;
          if (current.added || current.removed) {
            if (!oldRangeStart) {
              var prev = diff[i - 1];
              oldRangeStart = oldLine;
              newRangeStart = newLine;
              if (prev) {
                curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                oldRangeStart -= curRange.length;
                newRangeStart -= curRange.length;
              }
            }
            for (var _i = 0, lines_1 = lines; _i < lines_1.length; _i++) {
              var line = lines_1[_i];
              curRange.push((current.added ? "+" : "-") + line);
            }
            if (current.added) {
              newLine += lines.length;
            } else {
              oldLine += lines.length;
            }
          } else {
            if (oldRangeStart) {
              if (lines.length <= context * 2 && i < diff.length - 2) {
                for (var _a = 0, _b = contextLines(lines); _a < _b.length; _a++) {
                  var line = _b[_a];
                  curRange.push(line);
                }
              } else {
                var contextSize = Math.min(lines.length, context);
                for (var _c = 0, _d = contextLines(lines.slice(0, contextSize)); _c < _d.length; _c++) {
                  var line = _d[_c];
                  curRange.push(line);
                }
                var hunk = {
                  oldStart: oldRangeStart,
                  oldLines: oldLine - oldRangeStart + contextSize,
                  newStart: newRangeStart,
                  newLines: newLine - newRangeStart + contextSize,
                  lines: curRange
                };
                hunks.push(hunk);
                oldRangeStart = 0;
                newRangeStart = 0;
                curRange = [];
              }
            }
            oldLine += lines.length;
            newLine += lines.length;
          }
        }
        for (var _e = 0, hunks_1 = hunks; _e < hunks_1.length; _e++) {
          var hunk = hunks_1[_e];
          for (var i = 0; i < hunk.lines.length; i++) {
            if (hunk.lines[i].endsWith("\n")) {
              hunk.lines[i] = hunk.lines[i].slice(0, -1);
            } else {
              hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
              i++;
            }
          }
        }
        return {
          oldFileName,
          newFileName,
          oldHeader,
          newHeader,
          hunks
        };
      }
    }
    function formatPatch(patch, headerOptions) {
      if (!headerOptions) {
        headerOptions = exports.INCLUDE_HEADERS;
      }
      if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders) {
          throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
        }
        return patch.map(function(p) {
          return formatPatch(p, headerOptions);
        }).join("\n");
      }
      var ret = [];
      if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
        ret.push("Index: " + patch.oldFileName);
      }
      if (headerOptions.includeUnderline) {
        ret.push("===================================================================");
      }
      if (headerOptions.includeFileHeaders) {
        ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
        ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
      }
      for (var i = 0; i < patch.hunks.length; i++) {
        var hunk = patch.hunks[i];
        if (hunk.oldLines === 0) {
          hunk.oldStart -= 1;
        }
        if (hunk.newLines === 0) {
          hunk.newStart -= 1;
        }
        ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
        for (var _i = 0, _a = hunk.lines; _i < _a.length; _i++) {
          var line = _a[_i];
          ret.push(line);
        }
      }
      return ret.join("\n") + "\n";
    }
    function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
      if (typeof options === "function") {
        options = { callback: options };
      }
      if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        var patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
          return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
      } else {
        var callback_2 = options.callback;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, __assign(__assign({}, options), { callback: function(patchObj2) {
          if (!patchObj2) {
            callback_2(void 0);
          } else {
            callback_2(formatPatch(patchObj2, options.headerOptions));
          }
        } }));
      }
    }
    function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
      return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
    }
    function splitLines(text) {
      var hasTrailingNl = text.endsWith("\n");
      var result = text.split("\n").map(function(line) {
        return line + "\n";
      });
      if (hasTrailingNl) {
        result.pop();
      } else {
        result.push(result.pop().slice(0, -1));
      }
      return result;
    }
  }
});

// node_modules/diff/libcjs/convert/dmp.js
var require_dmp = __commonJS({
  "node_modules/diff/libcjs/convert/dmp.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertChangesToDMP = convertChangesToDMP;
    function convertChangesToDMP(changes) {
      var ret = [];
      var change, operation;
      for (var i = 0; i < changes.length; i++) {
        change = changes[i];
        if (change.added) {
          operation = 1;
        } else if (change.removed) {
          operation = -1;
        } else {
          operation = 0;
        }
        ret.push([operation, change.value]);
      }
      return ret;
    }
  }
});

// node_modules/diff/libcjs/convert/xml.js
var require_xml = __commonJS({
  "node_modules/diff/libcjs/convert/xml.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertChangesToXML = convertChangesToXML;
    function convertChangesToXML(changes) {
      var ret = [];
      for (var i = 0; i < changes.length; i++) {
        var change = changes[i];
        if (change.added) {
          ret.push("<ins>");
        } else if (change.removed) {
          ret.push("<del>");
        }
        ret.push(escapeHTML(change.value));
        if (change.added) {
          ret.push("</ins>");
        } else if (change.removed) {
          ret.push("</del>");
        }
      }
      return ret.join("");
    }
    function escapeHTML(s) {
      var n = s;
      n = n.replace(/&/g, "&amp;");
      n = n.replace(/</g, "&lt;");
      n = n.replace(/>/g, "&gt;");
      n = n.replace(/"/g, "&quot;");
      return n;
    }
  }
});

// node_modules/diff/libcjs/index.js
var require_libcjs = __commonJS({
  "node_modules/diff/libcjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.canonicalize = exports.convertChangesToXML = exports.convertChangesToDMP = exports.reversePatch = exports.parsePatch = exports.applyPatches = exports.applyPatch = exports.OMIT_HEADERS = exports.FILE_HEADERS_ONLY = exports.INCLUDE_HEADERS = exports.formatPatch = exports.createPatch = exports.createTwoFilesPatch = exports.structuredPatch = exports.arrayDiff = exports.diffArrays = exports.jsonDiff = exports.diffJson = exports.cssDiff = exports.diffCss = exports.sentenceDiff = exports.diffSentences = exports.diffTrimmedLines = exports.lineDiff = exports.diffLines = exports.wordsWithSpaceDiff = exports.diffWordsWithSpace = exports.wordDiff = exports.diffWords = exports.characterDiff = exports.diffChars = exports.Diff = void 0;
    var base_js_1 = require_base();
    exports.Diff = base_js_1.default;
    var character_js_1 = require_character();
    Object.defineProperty(exports, "diffChars", { enumerable: true, get: function() {
      return character_js_1.diffChars;
    } });
    Object.defineProperty(exports, "characterDiff", { enumerable: true, get: function() {
      return character_js_1.characterDiff;
    } });
    var word_js_1 = require_word();
    Object.defineProperty(exports, "diffWords", { enumerable: true, get: function() {
      return word_js_1.diffWords;
    } });
    Object.defineProperty(exports, "diffWordsWithSpace", { enumerable: true, get: function() {
      return word_js_1.diffWordsWithSpace;
    } });
    Object.defineProperty(exports, "wordDiff", { enumerable: true, get: function() {
      return word_js_1.wordDiff;
    } });
    Object.defineProperty(exports, "wordsWithSpaceDiff", { enumerable: true, get: function() {
      return word_js_1.wordsWithSpaceDiff;
    } });
    var line_js_1 = require_line();
    Object.defineProperty(exports, "diffLines", { enumerable: true, get: function() {
      return line_js_1.diffLines;
    } });
    Object.defineProperty(exports, "diffTrimmedLines", { enumerable: true, get: function() {
      return line_js_1.diffTrimmedLines;
    } });
    Object.defineProperty(exports, "lineDiff", { enumerable: true, get: function() {
      return line_js_1.lineDiff;
    } });
    var sentence_js_1 = require_sentence();
    Object.defineProperty(exports, "diffSentences", { enumerable: true, get: function() {
      return sentence_js_1.diffSentences;
    } });
    Object.defineProperty(exports, "sentenceDiff", { enumerable: true, get: function() {
      return sentence_js_1.sentenceDiff;
    } });
    var css_js_1 = require_css();
    Object.defineProperty(exports, "diffCss", { enumerable: true, get: function() {
      return css_js_1.diffCss;
    } });
    Object.defineProperty(exports, "cssDiff", { enumerable: true, get: function() {
      return css_js_1.cssDiff;
    } });
    var json_js_1 = require_json();
    Object.defineProperty(exports, "diffJson", { enumerable: true, get: function() {
      return json_js_1.diffJson;
    } });
    Object.defineProperty(exports, "canonicalize", { enumerable: true, get: function() {
      return json_js_1.canonicalize;
    } });
    Object.defineProperty(exports, "jsonDiff", { enumerable: true, get: function() {
      return json_js_1.jsonDiff;
    } });
    var array_js_1 = require_array();
    Object.defineProperty(exports, "diffArrays", { enumerable: true, get: function() {
      return array_js_1.diffArrays;
    } });
    Object.defineProperty(exports, "arrayDiff", { enumerable: true, get: function() {
      return array_js_1.arrayDiff;
    } });
    var apply_js_1 = require_apply();
    Object.defineProperty(exports, "applyPatch", { enumerable: true, get: function() {
      return apply_js_1.applyPatch;
    } });
    Object.defineProperty(exports, "applyPatches", { enumerable: true, get: function() {
      return apply_js_1.applyPatches;
    } });
    var parse_js_1 = require_parse();
    Object.defineProperty(exports, "parsePatch", { enumerable: true, get: function() {
      return parse_js_1.parsePatch;
    } });
    var reverse_js_1 = require_reverse();
    Object.defineProperty(exports, "reversePatch", { enumerable: true, get: function() {
      return reverse_js_1.reversePatch;
    } });
    var create_js_1 = require_create();
    Object.defineProperty(exports, "structuredPatch", { enumerable: true, get: function() {
      return create_js_1.structuredPatch;
    } });
    Object.defineProperty(exports, "createTwoFilesPatch", { enumerable: true, get: function() {
      return create_js_1.createTwoFilesPatch;
    } });
    Object.defineProperty(exports, "createPatch", { enumerable: true, get: function() {
      return create_js_1.createPatch;
    } });
    Object.defineProperty(exports, "formatPatch", { enumerable: true, get: function() {
      return create_js_1.formatPatch;
    } });
    Object.defineProperty(exports, "INCLUDE_HEADERS", { enumerable: true, get: function() {
      return create_js_1.INCLUDE_HEADERS;
    } });
    Object.defineProperty(exports, "FILE_HEADERS_ONLY", { enumerable: true, get: function() {
      return create_js_1.FILE_HEADERS_ONLY;
    } });
    Object.defineProperty(exports, "OMIT_HEADERS", { enumerable: true, get: function() {
      return create_js_1.OMIT_HEADERS;
    } });
    var dmp_js_1 = require_dmp();
    Object.defineProperty(exports, "convertChangesToDMP", { enumerable: true, get: function() {
      return dmp_js_1.convertChangesToDMP;
    } });
    var xml_js_1 = require_xml();
    Object.defineProperty(exports, "convertChangesToXML", { enumerable: true, get: function() {
      return xml_js_1.convertChangesToXML;
    } });
  }
});

// node_modules/@npmcli/arborist/lib/patch.js
var require_patch = __commonJS({
  "node_modules/@npmcli/arborist/lib/patch.js"(exports, module) {
    var { applyPatch, parsePatch } = require_libcjs();
    var ssri = require_lib12();
    var fs = __require("node:fs");
    var { promises: fsp } = fs;
    var { resolve, relative, dirname, isAbsolute } = __require("node:path");
    var patchIntegrity = (data) => ssri.fromData(Buffer.isBuffer(data) ? data : Buffer.from(data, "utf8"), {
      algorithms: ["sha512"]
    }).toString();
    var stripPrefix = (file) => file.replace(/^[ab]\//, "");
    var isDevNull = (file) => !file || file === "/dev/null" || /(^|\/)\.dev\/null$/.test(file);
    var patchError = (message, code, file) => Object.assign(new Error(message), { code, file });
    var containedTarget = (cwd, file) => {
      const target = resolve(cwd, file);
      const rel = relative(cwd, target);
      if (!rel || rel.startsWith("..") || isAbsolute(rel)) {
        throw patchError(`patch path escapes the package directory: ${file}`, "EPATCHUNSAFE", file);
      }
      return target;
    };
    var strictApply = (source, filePatch, file) => {
      const patched = applyPatch(source, filePatch, { fuzzFactor: 0 });
      if (patched === false) {
        throw patchError(`patch could not be applied to ${file}`, "EPATCHFAILED", file);
      }
      return patched;
    };
    var applyFilePatch = async (filePatch, cwd) => {
      const isAdd = isDevNull(filePatch.oldFileName);
      const isDelete = isDevNull(filePatch.newFileName);
      if (isDelete) {
        const file2 = stripPrefix(filePatch.oldFileName);
        const target2 = containedTarget(cwd, file2);
        const source2 = await fsp.readFile(target2, "utf8").catch(() => {
          throw patchError(`patch target to delete is missing: ${file2}`, "EPATCHFAILED", file2);
        });
        strictApply(source2, filePatch, file2);
        await fsp.rm(target2, { force: true });
        return;
      }
      const file = stripPrefix(filePatch.newFileName);
      const target = containedTarget(cwd, file);
      if (isAdd) {
        if (fs.existsSync(target)) {
          throw patchError(`patch adds a file that already exists: ${file}`, "EPATCHFAILED", file);
        }
        const created = strictApply("", filePatch, file);
        await fsp.mkdir(dirname(target), { recursive: true });
        await fsp.writeFile(target, created);
        return;
      }
      const source = await fsp.readFile(target, "utf8").catch(() => {
        throw patchError(`patch target is missing: ${file}`, "EPATCHFAILED", file);
      });
      const mode = (await fsp.stat(target)).mode;
      const patched = strictApply(source, filePatch, file);
      await fsp.writeFile(target, patched);
      await fsp.chmod(target, mode);
    };
    var applyPatchToDir = async ({ patch, cwd }) => {
      const filePatches = parsePatch(patch.toString("utf8"));
      for (const filePatch of filePatches) {
        if (!filePatch.hunks.length && isDevNull(filePatch.oldFileName) && isDevNull(filePatch.newFileName)) {
          continue;
        }
        try {
          await applyFilePatch(filePatch, cwd);
        } catch (er) {
          if (typeof er?.code === "string" && er.code.startsWith("EPATCH")) {
            throw er;
          }
          throw Object.assign(new Error(`failed to apply patch: ${er.message}`), { code: "EPATCHFAILED", cause: er });
        }
      }
    };
    module.exports = {
      applyPatchToDir,
      patchIntegrity
    };
  }
});

// node_modules/@npmcli/arborist/lib/patched-dependencies.js
var require_patched_dependencies = __commonJS({
  "node_modules/@npmcli/arborist/lib/patched-dependencies.js"(exports, module) {
    var semver = require_semver();
    var npa = require_npa();
    var { log } = require_lib();
    var { resolve, relative, isAbsolute } = __require("node:path");
    var { readFile } = __require("node:fs/promises");
    var { patchIntegrity } = require_patch();
    var parseSelector = (key) => {
      const at = key.indexOf("@", 1);
      return at === -1 ? { name: key, spec: null } : { name: key.slice(0, at), spec: key.slice(at + 1) };
    };
    var err = (message, code, extra = {}) => Object.assign(new Error(message), { code, ...extra });
    var pickRange = (ranges, name, version) => {
      let best = ranges[0];
      for (const r of ranges.slice(1)) {
        if (semver.subset(r.spec, best.spec, { loose: true })) {
          best = r;
        } else if (!semver.subset(best.spec, r.spec, { loose: true })) {
          throw err(
            `Ambiguous patch selectors for ${name}@${version}: "${name}@${best.spec}" and "${name}@${r.spec}" overlap but neither is a subset. Add an exact "${name}@${version}" entry to disambiguate.`,
            "EPATCHAMBIGUOUS"
          );
        }
      }
      return best;
    };
    var matchSelector = (selectors, node) => {
      const { name, version } = node;
      const matches = selectors.filter((s) => s.name === name);
      if (!matches.length) {
        return null;
      }
      const exact = matches.find((s) => s.spec && semver.valid(s.spec) && semver.eq(s.spec, version, { loose: true }));
      if (exact) {
        return exact;
      }
      const ranges = matches.filter((s) => s.spec && !semver.valid(s.spec) && semver.satisfies(version, s.spec, { loose: true }));
      if (ranges.length) {
        return pickRange(ranges, name, version);
      }
      return matches.find((s) => s.spec === null) || null;
    };
    var resolvePatchedDependencies = async (tree, { path, allowUnusedPatches, rm }) => {
      const patchedDependencies = tree.package?.patchedDependencies || {};
      const selectors = Object.entries(patchedDependencies).map(([key, patchPath]) => ({ ...parseSelector(key), key, patchPath }));
      const integrityCache = /* @__PURE__ */ new Map();
      const readPatch = async (patchPath) => {
        if (integrityCache.has(patchPath)) {
          return integrityCache.get(patchPath);
        }
        const abs = resolve(path, patchPath);
        const rel = relative(path, abs);
        if (!rel || rel.startsWith("..") || isAbsolute(rel)) {
          throw err(`patch path escapes the project: ${patchPath}`, "EPATCHUNSAFE", { path: patchPath });
        }
        let contents;
        try {
          contents = await readFile(abs);
        } catch {
          throw err(`patch file not found: ${patchPath}`, "EPATCHNOTFOUND", { path: patchPath });
        }
        const integrity = patchIntegrity(contents);
        integrityCache.set(patchPath, integrity);
        return integrity;
      };
      const usedKeys = /* @__PURE__ */ new Set();
      for (const node of tree.inventory.values()) {
        if (node.isWorkspace) {
          const pkg = node.package;
          if (pkg?.patchedDependencies && Object.keys(pkg.patchedDependencies).length) {
            throw err(
              `patchedDependencies is only supported in the root package.json, but was found in workspace "${node.name}". Move the entry to the root.`,
              "EPATCHWORKSPACE",
              { workspace: node.name }
            );
          }
          continue;
        }
        if (node.isProjectRoot) {
          continue;
        }
        const selector = matchSelector(selectors, node);
        if (!selector) {
          if (node.patched) {
            node.patchRemoved = true;
          }
          node.patched = null;
          continue;
        }
        if ([...node.edgesIn].some((e) => e.spec && !npa(e.spec).registry)) {
          throw err(
            `Cannot patch non-registry dependency ${node.name}@${node.version} (selector "${selector.key}"). Only registry dependencies can be patched.`,
            "EPATCHNONREGISTRY",
            { node: node.name }
          );
        }
        const integrity = await readPatch(selector.patchPath);
        node.patched = { path: selector.patchPath, integrity };
        usedKeys.add(selector.key);
      }
      if (selectors.length) {
        const unused = selectors.filter((s) => !usedKeys.has(s.key));
        const removed = new Set(rm);
        const dropped = unused.filter((s) => removed.has(s.name));
        if (dropped.length) {
          const patched = { ...tree.package.patchedDependencies };
          for (const s of dropped) {
            delete patched[s.key];
            log.notice("patch", `Removing patch entry "${s.key}" for uninstalled ${s.name}; left ${s.patchPath} in place.`);
          }
          tree.package.patchedDependencies = Object.keys(patched).length ? patched : void 0;
        }
        const stillUnused = unused.filter((s) => !removed.has(s.name));
        if (stillUnused.length && !allowUnusedPatches) {
          throw err(
            `The following patches were registered but matched no installed package:
${stillUnused.map((s) => `  ${s.key} -> ${s.patchPath}`).join("\n")}
Use --allow-unused-patches to install anyway.`,
            "EPATCHUNUSED",
            { unused: stillUnused.map((s) => s.key) }
          );
        }
      }
    };
    module.exports = { resolvePatchedDependencies, matchSelector, parseSelector };
  }
});

// node_modules/@npmcli/arborist/lib/package-extensions.js
var require_package_extensions = __commonJS({
  "node_modules/@npmcli/arborist/lib/package-extensions.js"(exports, module) {
    var semver = require_semver();
    var ssri = require_lib12();
    var validateName = require_lib5();
    var EXTENSION_FIELDS = [
      "dependencies",
      "optionalDependencies",
      "peerDependencies",
      "peerDependenciesMeta"
    ];
    var NORMAL_DEP_FIELDS = ["dependencies", "optionalDependencies"];
    var err = (message, code, extra = {}) => Object.assign(new Error(message), { code, ...extra });
    var parseSelector = (key) => {
      if (typeof key !== "string" || !key) {
        throw err(`Invalid packageExtensions selector: ${JSON.stringify(key)}`, "EEXTENSIONSELECTOR");
      }
      const at = key.indexOf("@", key.startsWith("@") ? 1 : 0);
      const name = at === -1 ? key : key.slice(0, at);
      const range = at === -1 ? null : key.slice(at + 1);
      const { validForOldPackages, validForNewPackages } = validateName(name);
      if (!validForOldPackages && !validForNewPackages) {
        throw err(`Invalid package name in packageExtensions selector: "${key}"`, "EEXTENSIONSELECTOR", { selector: key });
      }
      if (range !== null && range.trim() === "") {
        throw err(
          `Invalid packageExtensions selector: "${key}". Use the name only to match every version.`,
          "EEXTENSIONSELECTOR",
          { selector: key }
        );
      }
      if (range !== null && semver.validRange(range, { loose: true }) === null) {
        throw err(
          `Invalid version range in packageExtensions selector: "${key}". Selectors accept a package name with an optional semver range only.`,
          "EEXTENSIONSELECTOR",
          { selector: key }
        );
      }
      return { name, range };
    };
    var rangeMatches = (range, version) => {
      if (range === null) {
        return true;
      }
      return semver.valid(version, { loose: true }) !== null && semver.satisfies(version, range, { loose: true });
    };
    var validateExtensionObject = (key, ext) => {
      if (ext === null || typeof ext !== "object" || Array.isArray(ext)) {
        throw err(`packageExtensions["${key}"] must be an object`, "EEXTENSIONVALUE", { selector: key });
      }
      for (const field of Object.keys(ext)) {
        if (!EXTENSION_FIELDS.includes(field)) {
          throw err(
            `packageExtensions["${key}"] has unsupported field "${field}". Supported fields: ${EXTENSION_FIELDS.join(", ")}.`,
            "EEXTENSIONFIELD",
            { selector: key, field }
          );
        }
        const val = ext[field];
        if (val === null || typeof val !== "object" || Array.isArray(val)) {
          throw err(`packageExtensions["${key}"].${field} must be an object`, "EEXTENSIONVALUE", { selector: key, field });
        }
      }
      for (const field of [...NORMAL_DEP_FIELDS, "peerDependencies"]) {
        for (const [name, spec] of Object.entries(ext[field] || {})) {
          if (spec === null || spec === false || spec === "-") {
            throw err(
              `packageExtensions["${key}"].${field}.${name} attempts deletion, which is not supported.`,
              "EEXTENSIONDELETE",
              { selector: key, field, name }
            );
          }
        }
      }
      for (const [name, meta] of Object.entries(ext.peerDependenciesMeta || {})) {
        if (meta === null || typeof meta !== "object" || Array.isArray(meta)) {
          throw err(
            `packageExtensions["${key}"].peerDependenciesMeta.${name} must be an object`,
            "EEXTENSIONVALUE",
            { selector: key, field: "peerDependenciesMeta", name }
          );
        }
      }
    };
    var applyExtension = (pkg, { key, ext }) => {
      const applied = { selector: key };
      const next = { ...pkg };
      for (const field of EXTENSION_FIELDS) {
        if (pkg[field] && typeof pkg[field] === "object") {
          next[field] = field === "peerDependenciesMeta" ? Object.fromEntries(Object.entries(pkg[field]).map(([n, m]) => [n, { ...m }])) : { ...pkg[field] };
        }
      }
      for (const field of NORMAL_DEP_FIELDS) {
        const adds = ext[field];
        if (!adds) {
          continue;
        }
        for (const [name, spec] of Object.entries(adds)) {
          for (const existingField of NORMAL_DEP_FIELDS) {
            if (next[existingField] && name in next[existingField]) {
              throw err(
                `packageExtensions["${key}"].${field}.${name} conflicts with the package's existing ${existingField}.${name}. Use overrides to change a dependency version; packageExtensions only adds missing dependencies.`,
                "EEXTENSIONDUPDEP",
                { selector: key, field, name, existingField }
              );
            }
          }
          next[field] = next[field] || {};
          next[field][name] = spec;
          (applied[field] = applied[field] || []).push(name);
        }
      }
      if (ext.peerDependencies) {
        next.peerDependencies = next.peerDependencies || {};
        for (const [name, spec] of Object.entries(ext.peerDependencies)) {
          next.peerDependencies[name] = spec;
          (applied.peerDependencies = applied.peerDependencies || []).push(name);
        }
      }
      if (ext.peerDependenciesMeta) {
        next.peerDependenciesMeta = next.peerDependenciesMeta || {};
        for (const [name, meta] of Object.entries(ext.peerDependenciesMeta)) {
          next.peerDependenciesMeta[name] = { ...next.peerDependenciesMeta[name], ...meta };
          (applied.peerDependenciesMeta = applied.peerDependenciesMeta || []).push(name);
          if (!next.peerDependencies || !(name in next.peerDependencies)) {
            throw err(
              `packageExtensions["${key}"].peerDependenciesMeta.${name} has no corresponding peerDependencies.${name} after extension application.`,
              "EEXTENSIONORPHANMETA",
              { selector: key, name }
            );
          }
        }
      }
      return { pkg: next, applied };
    };
    var canonicalStringify = (val) => {
      if (Array.isArray(val)) {
        return `[${val.map(canonicalStringify).join(",")}]`;
      }
      if (val && typeof val === "object") {
        return `{${Object.keys(val).sort().map((k) => `${JSON.stringify(k)}:${canonicalStringify(val[k])}`).join(",")}}`;
      }
      return JSON.stringify(val);
    };
    var canonicalHash = (packageExtensions) => ssri.fromData(canonicalStringify(packageExtensions), { algorithms: ["sha512"] }).toString();
    var PackageExtensions = class {
      constructor(raw) {
        this.raw = raw;
        this.present = raw !== void 0;
        this.selectors = [];
        this.hash = null;
        if (!this.present) {
          return;
        }
        if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
          throw err("packageExtensions must be an object", "EEXTENSIONROOT");
        }
        for (const [key, ext] of Object.entries(raw)) {
          const { name, range } = parseSelector(key);
          validateExtensionObject(key, ext);
          this.selectors.push({ key, name, range, ext });
        }
        this.hash = canonicalHash(raw);
      }
      // Non-throwing check used for warnings: whether any selector matches the candidate.
      wouldMatch(name, version) {
        return this.selectors.some((s) => s.name === name && rangeMatches(s.range, version));
      }
      // Return the single selector matching a candidate manifest, or null.
      // Throws EEXTENSIONCONFLICT when more than one selector matches the same candidate.
      match(name, version) {
        const matches = this.selectors.filter((s) => s.name === name && rangeMatches(s.range, version));
        if (matches.length > 1) {
          const keys = matches.map((s) => `"${s.key}"`).join(", ");
          throw err(
            `Multiple packageExtensions selectors match ${name}@${version}: ${keys}. Narrow or remove one of the overlapping rules.`,
            "EEXTENSIONCONFLICT",
            { name, version, selectors: matches.map((s) => s.key) }
          );
        }
        return matches[0] || null;
      }
      // Apply the matching extension to a manifest copy, returning { pkg, applied } or null when no selector matches.
      // Throws on selector conflict or invalid merge.
      apply(pkg) {
        if (!this.present || !this.selectors.length || !pkg || !pkg.name) {
          return null;
        }
        const sel = this.match(pkg.name, pkg.version);
        return sel ? applyExtension(pkg, sel) : null;
      }
    };
    module.exports = PackageExtensions;
    module.exports.PackageExtensions = PackageExtensions;
    module.exports.parseSelector = parseSelector;
    module.exports.rangeMatches = rangeMatches;
    module.exports.canonicalHash = canonicalHash;
    module.exports.canonicalStringify = canonicalStringify;
    module.exports.EXTENSION_FIELDS = EXTENSION_FIELDS;
  }
});

// node_modules/@npmcli/arborist/lib/npm-extension.js
var require_npm_extension = __commonJS({
  "node_modules/@npmcli/arborist/lib/npm-extension.js"(exports, module) {
    var { resolve, sep } = __require("node:path");
    var { readFileSync, existsSync } = __require("node:fs");
    var { pathToFileURL } = __require("node:url");
    var { isDeepStrictEqual } = __require("node:util");
    var { log } = require_lib();
    var ssri = require_lib12();
    var { EXTENSION_FIELDS } = require_package_extensions();
    var EXTENSION_POINT = "transformManifest";
    var FORMATS = [
      { ext: "mjs", file: ".npm-extension.mjs" },
      { ext: "cjs", file: ".npm-extension.cjs" }
    ];
    var err = (message, code, extra = {}) => Object.assign(new Error(message), { code, ...extra });
    var readBytes = (path) => {
      try {
        return readFileSync(path);
      } catch (e) {
        if (e.code === "ENOENT") {
          return null;
        }
        throw e;
      }
    };
    var discover = (root, extensionFile) => {
      if (extensionFile) {
        const path = resolve(root, extensionFile);
        if (path !== root && !path.startsWith(root + sep)) {
          throw err(`extension-file "${extensionFile}" must resolve inside the project root`, "ENPMEXTENSIONPATH");
        }
        const format = FORMATS.find((f) => path.endsWith(`.${f.ext}`))?.ext;
        if (!format) {
          throw err(`extension-file "${extensionFile}" must use a .mjs or .cjs extension`, "ENPMEXTENSIONPATH");
        }
        const bytes = readBytes(path);
        if (bytes === null) {
          throw err(`extension-file "${extensionFile}" was not found`, "ENPMEXTENSIONPATH");
        }
        return { path, format, bytes };
      }
      const found = FORMATS.map((f) => ({ path: resolve(root, f.file), format: f.ext, bytes: readBytes(resolve(root, f.file)) })).filter((f) => f.bytes !== null);
      if (found.length > 1) {
        throw err("found both .npm-extension.mjs and .npm-extension.cjs; keep only one", "ENPMEXTENSIONDUP");
      }
      return found[0] || null;
    };
    var hashFile = (format, bytes) => ssri.fromData(
      Buffer.concat([Buffer.from(`npm-extension:v1:${format}
`), bytes]),
      { algorithms: ["sha512"] }
    ).toString();
    var NpmExtension = class {
      #cache = /* @__PURE__ */ new Map();
      #transform = null;
      constructor({ root, extensionFile = null } = {}) {
        this.root = root;
        this.path = null;
        this.format = null;
        this.hash = null;
        const selected = root ? discover(root, extensionFile) : null;
        if (!selected) {
          this.present = false;
          return;
        }
        this.present = true;
        this.path = selected.path;
        this.format = selected.format;
        this.hash = hashFile(selected.format, selected.bytes);
      }
      // Import the extension module and capture its `transformManifest` export.
      // ESM files are loaded with dynamic import; CommonJS files with require.
      // The export must be a function; anything else fails the install.
      async load() {
        if (!this.present) {
          return;
        }
        let mod;
        if (this.format === "mjs") {
          mod = await import(`${pathToFileURL(this.path).href}?h=${this.hash}`);
        } else {
          delete __require.cache[__require.resolve(this.path)];
          mod = __require(this.path);
        }
        const transform = mod?.transformManifest ?? mod?.default?.transformManifest;
        if (typeof transform !== "function") {
          throw err(`.npm-extension must export a transformManifest function`, "ENPMEXTENSIONSHAPE");
        }
        this.#transform = transform;
      }
      // Apply transformManifest to a candidate manifest, returning { pkg, applied } or null when nothing changed.
      // Results are cached once per resolved package identity; consumers get a deeply isolated copy so they cannot mutate the cached effective manifest.
      // Pass { memoize: false } to run without caching, e.g. a staleness probe over partial lockfile manifests that must not seed the cache used by full-manifest fetches.
      apply(pkg, { memoize = true } = {}) {
        if (!this.#transform || !pkg?.name) {
          return null;
        }
        const key = this.#identity(pkg);
        let result;
        if (this.#cache.has(key)) {
          result = this.#cache.get(key);
        } else {
          result = this.#run(pkg);
          if (memoize) {
            this.#cache.set(key, result);
          }
        }
        return result && { pkg: structuredClone(result.pkg), applied: structuredClone(result.applied) };
      }
      // Identity key for the transform cache: package integrity when available, otherwise resolved source plus name and version.
      #identity(pkg) {
        return pkg._integrity || `${pkg._resolved || ""}:${pkg.name}@${pkg.version || ""}`;
      }
      // Run transformManifest on a deeply isolated copy and validate the result.
      // Returns { pkg, applied } when dependency or peer metadata changed, or null when it did not.
      #run(pkg) {
        const context = {
          log: (message) => log.silly("npm-extension", message),
          root: this.root,
          extensionPoint: EXTENSION_POINT
        };
        let returned;
        try {
          returned = this.#transform(structuredClone(pkg), context);
        } catch (e) {
          throw err(
            `.npm-extension transformManifest threw while processing ${pkg.name}@${pkg.version}: ${e.message}`,
            "ENPMEXTENSIONTHROW",
            { pkgid: `${pkg.name}@${pkg.version}` }
          );
        }
        if (returned && typeof returned.then === "function") {
          throw err(
            `.npm-extension transformManifest must return a manifest synchronously, not a promise, for ${pkg.name}@${pkg.version}`,
            "ENPMEXTENSIONRETURN",
            { pkgid: `${pkg.name}@${pkg.version}` }
          );
        }
        if (!returned || typeof returned !== "object" || Array.isArray(returned)) {
          throw err(
            `.npm-extension transformManifest must return a manifest object for ${pkg.name}@${pkg.version}`,
            "ENPMEXTENSIONRETURN",
            { pkgid: `${pkg.name}@${pkg.version}` }
          );
        }
        for (const k of Object.keys(returned)) {
          if (!EXTENSION_FIELDS.includes(k) && !isDeepStrictEqual(returned[k], pkg[k])) {
            throw err(
              `.npm-extension transformManifest changed unsupported field "${k}" on ${pkg.name}@${pkg.version}; only ${EXTENSION_FIELDS.join(", ")} may change`,
              "ENPMEXTENSIONFIELD",
              { pkgid: `${pkg.name}@${pkg.version}`, field: k }
            );
          }
        }
        const next = { ...pkg };
        for (const field of EXTENSION_FIELDS) {
          if (returned[field] === void 0) {
            continue;
          }
          this.#validateField(field, returned[field], pkg);
          next[field] = returned[field];
        }
        const applied = this.#provenance(pkg, next);
        return applied && { pkg: next, applied };
      }
      // Validate a returned allowlisted field and its entries, so invalid output fails with .npm-extension and package context.
      // Dependency maps hold version strings; peerDependenciesMeta holds metadata objects.
      #validateField(field, value, pkg) {
        const fail = (suffix) => err(
          `.npm-extension transformManifest set ${suffix} to an invalid value on ${pkg.name}@${pkg.version}`,
          "ENPMEXTENSIONVALUE",
          { pkgid: `${pkg.name}@${pkg.version}`, field }
        );
        if (value === null || typeof value !== "object" || Array.isArray(value)) {
          throw fail(field);
        }
        for (const [name, entry] of Object.entries(value)) {
          if (field === "peerDependenciesMeta") {
            if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
              throw fail(`${field}.${name}`);
            }
          } else if (typeof entry !== "string") {
            throw fail(`${field}.${name}`);
          }
        }
      }
      // Minimal provenance: the extension point plus, for each changed allowlisted field, a sorted array of affected dependency names.
      // Returns null when nothing changed.
      #provenance(before, after) {
        const applied = { extensionPoint: EXTENSION_POINT };
        let changed = false;
        for (const field of EXTENSION_FIELDS) {
          const b = before[field] || {};
          const a = after[field] || {};
          const names = [.../* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(a)])].filter((n) => !isDeepStrictEqual(b[n], a[n])).sort();
          if (names.length) {
            applied[field] = names;
            changed = true;
          }
        }
        return changed ? applied : null;
      }
    };
    var hasExtensionFile = (dir) => FORMATS.some((f) => existsSync(resolve(dir, f.file)));
    module.exports = NpmExtension;
    module.exports.NpmExtension = NpmExtension;
    module.exports.discover = discover;
    module.exports.hasExtensionFile = hasExtensionFile;
    module.exports.hashFile = hashFile;
    module.exports.EXTENSION_POINT = EXTENSION_POINT;
  }
});

// node_modules/@npmcli/arborist/lib/yarn-lock.js
var require_yarn_lock = __commonJS({
  "node_modules/@npmcli/arborist/lib/yarn-lock.js"(exports, module) {
    var localeCompare = require_string_locale_compare()("en");
    var consistentResolve = require_consistent_resolve();
    var { dirname } = __require("node:path");
    var { breadth } = require_lib20();
    var yarnEntryPriorities = {
      name: 1,
      version: 2,
      uid: 3,
      resolved: 4,
      integrity: 5,
      registry: 6,
      dependencies: 7
    };
    var priorityThenLocaleCompare = (a, b) => {
      if (!yarnEntryPriorities[a] && !yarnEntryPriorities[b]) {
        return localeCompare(a, b);
      }
      return (yarnEntryPriorities[a] || 100) > (yarnEntryPriorities[b] || 100) ? 1 : -1;
    };
    var quoteIfNeeded = (val) => {
      if (typeof val === "boolean" || typeof val === "number" || val.startsWith("true") || val.startsWith("false") || /[:\s\n\\",[\]]/g.test(val) || !/^[a-zA-Z]/g.test(val)) {
        return JSON.stringify(val);
      }
      return val;
    };
    var sortKV = (obj) => Object.keys(obj).sort(localeCompare).map((k) => `    ${quoteIfNeeded(k)} ${quoteIfNeeded(obj[k])}`).join("\n");
    var match = (p, n) => p.integrity && n.integrity ? p.integrity === n.integrity : p.resolved && n.resolved ? p.resolved === n.resolved : p.version && n.version ? p.version === n.version : true;
    var prefix = `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


`;
    var nullSymbol = /* @__PURE__ */ Symbol("null");
    var YarnLock = class _YarnLock {
      static parse(data) {
        return new _YarnLock().parse(data);
      }
      static fromTree(tree) {
        return new _YarnLock().fromTree(tree);
      }
      constructor() {
        this.entries = null;
        this.endCurrent();
      }
      endCurrent() {
        this.current = null;
        this.subkey = nullSymbol;
      }
      parse(data) {
        const ENTRY_START = /^[^\s].*:$/;
        const SUBKEY = /^ {2}[^\s]+:$/;
        const SUBVAL = /^ {4}[^\s]+ .+$/;
        const METADATA = /^ {2}[^\s]+ .+$/;
        this.entries = /* @__PURE__ */ new Map();
        this.current = null;
        const linere = /([^\r\n]*)\r?\n/gm;
        let match2;
        let lineNum = 0;
        if (!/\n$/.test(data)) {
          data += "\n";
        }
        while (match2 = linere.exec(data)) {
          const line = match2[1];
          lineNum++;
          if (line.charAt(0) === "#") {
            continue;
          }
          if (line === "") {
            this.endCurrent();
            continue;
          }
          if (ENTRY_START.test(line)) {
            this.endCurrent();
            const specs = this.splitQuoted(line.slice(0, -1), /, */);
            this.current = new YarnLockEntry(specs);
            specs.forEach((spec) => this.entries.set(spec, this.current));
            continue;
          }
          if (SUBKEY.test(line)) {
            this.subkey = line.slice(2, -1);
            this.current[this.subkey] = {};
            continue;
          }
          if (SUBVAL.test(line) && this.current && this.current[this.subkey]) {
            const subval = this.splitQuoted(line.trimLeft(), " ");
            if (subval.length === 2) {
              this.current[this.subkey][subval[0]] = subval[1];
              continue;
            }
          }
          if (METADATA.test(line) && this.current) {
            const metadata = this.splitQuoted(line.trimLeft(), " ");
            if (metadata.length === 2) {
              if (metadata[0] === "resolved") {
                metadata[1] = metadata[1].replace(/#.*/, "");
              }
              this.current[metadata[0]] = metadata[1];
              continue;
            }
          }
          throw Object.assign(new Error("invalid or corrupted yarn.lock file"), {
            position: match2.index,
            content: match2[0],
            line: lineNum
          });
        }
        this.endCurrent();
        return this;
      }
      splitQuoted(str, delim) {
        const split = str.split(delim);
        const out = [];
        let o = 0;
        for (let i = 0; i < split.length; i++) {
          const chunk = split[i];
          if (/^".*"$/.test(chunk)) {
            out[o++] = chunk.trim().slice(1, -1);
          } else if (/^"/.test(chunk)) {
            let collect = chunk.trimLeft().slice(1);
            while (++i < split.length) {
              const n = split[i];
              if (/[^\\](\\\\)*"$/.test(n)) {
                collect += n.trimRight().slice(0, -1);
                break;
              } else {
                collect += n;
              }
            }
            out[o++] = collect;
          } else {
            out[o++] = chunk.trim();
          }
        }
        return out;
      }
      toString() {
        return prefix + [.../* @__PURE__ */ new Set([...this.entries.values()])].map((e) => e.toString()).sort((a, b) => localeCompare(a.replace(/"/g, ""), b.replace(/"/g, ""))).join("\n\n") + "\n";
      }
      fromTree(tree) {
        this.entries = /* @__PURE__ */ new Map();
        breadth({
          tree,
          visit: (node) => this.addEntryFromNode(node),
          getChildren: (node) => [...node.children.values(), ...node.fsChildren].sort((a, b) => a.depth - b.depth || localeCompare(a.name, b.name))
        });
        return this;
      }
      addEntryFromNode(node) {
        const specs = [...node.edgesIn].map((e) => `${node.name}@${e.spec}`).sort(localeCompare);
        const n = this.entryDataFromNode(node);
        let priorEntry = null;
        const newSpecs = [];
        for (const s of specs) {
          const prev = this.entries.get(s);
          if (!prev) {
            if (priorEntry) {
              priorEntry.addSpec(s);
            } else {
              newSpecs.push(s);
            }
            continue;
          }
          const m = match(prev, n);
          if (!m) {
            continue;
          }
          if (!priorEntry) {
            priorEntry = prev;
            for (const s2 of newSpecs) {
              priorEntry.addSpec(s2);
              this.entries.set(s2, priorEntry);
            }
            newSpecs.length = 0;
            continue;
          }
          priorEntry.addSpec(s);
          this.entries.set(s, priorEntry);
        }
        if (!priorEntry) {
          const entry = Object.assign(new YarnLockEntry(newSpecs), n);
          for (const s of newSpecs) {
            this.entries.set(s, entry);
          }
        } else {
          Object.assign(priorEntry, n);
        }
      }
      entryDataFromNode(node) {
        const n = {};
        if (node.package.dependencies) {
          n.dependencies = node.package.dependencies;
        }
        if (node.package.optionalDependencies) {
          n.optionalDependencies = node.package.optionalDependencies;
        }
        if (node.version) {
          n.version = node.version;
        }
        if (node.resolved) {
          n.resolved = consistentResolve(
            node.resolved,
            node.isLink ? dirname(node.path) : node.path,
            node.root.path,
            true
          );
        }
        if (node.integrity) {
          n.integrity = node.integrity;
        }
        return n;
      }
      static get Entry() {
        return YarnLockEntry;
      }
    };
    var YarnLockEntry = class {
      #specs;
      constructor(specs) {
        this.#specs = new Set(specs);
        this.resolved = null;
        this.version = null;
        this.integrity = null;
        this.dependencies = null;
        this.optionalDependencies = null;
      }
      toString() {
        return ([...this.#specs].sort(localeCompare).map(quoteIfNeeded).join(", ") + ":\n" + Object.getOwnPropertyNames(this).filter((prop) => this[prop] !== null).sort(priorityThenLocaleCompare).map((prop) => typeof this[prop] !== "object" ? `  ${prop} ${prop === "integrity" ? this[prop] : JSON.stringify(this[prop])}
` : Object.keys(this[prop]).length === 0 ? "" : `  ${prop}:
` + sortKV(this[prop]) + "\n").join("")).trim();
      }
      addSpec(spec) {
        this.#specs.add(spec);
      }
    };
    module.exports = YarnLock;
  }
});

// node_modules/@npmcli/arborist/lib/spec-from-lock.js
var require_spec_from_lock = __commonJS({
  "node_modules/@npmcli/arborist/lib/spec-from-lock.js"(exports, module) {
    var npa = require_npa();
    var specFromLock = (name, lock, where) => {
      try {
        if (lock.version) {
          const spec = npa.resolve(name, lock.version, where);
          if (lock.integrity || spec.type === "git") {
            return spec;
          }
        }
        if (lock.from) {
          const spec = npa.resolve(name, lock.from, where);
          if (spec.registry && lock.version) {
            return npa.resolve(name, lock.version, where);
          } else if (!lock.resolved) {
            return spec;
          }
        }
        if (lock.resolved) {
          return npa.resolve(name, lock.resolved, where);
        }
      } catch {
      }
      try {
        return npa.resolve(name, lock.version, where);
      } catch {
        return {};
      }
    };
    module.exports = specFromLock;
  }
});

// node_modules/@npmcli/arborist/lib/version-from-tgz.js
var require_version_from_tgz = __commonJS({
  "node_modules/@npmcli/arborist/lib/version-from-tgz.js"(exports, module) {
    var semver = require_semver();
    var { basename } = __require("node:path");
    var { URL: URL2 } = __require("node:url");
    module.exports = (name, tgz) => {
      const base = basename(tgz);
      if (!base.endsWith(".tgz")) {
        return null;
      }
      if (tgz.startsWith("http:/") || tgz.startsWith("https:/")) {
        const u = new URL2(tgz);
        const tfsplit = u.pathname.slice(1).split("/-/");
        if (tfsplit.length > 1) {
          const afterTF = tfsplit.pop();
          if (afterTF === base) {
            const pre = tfsplit.pop();
            const preSplit = pre.split(/\/|%2f/i);
            const project2 = preSplit.pop();
            const scope2 = preSplit.pop();
            return versionFromBaseScopeName(base, scope2, project2);
          }
        }
      }
      const split = name.split(/\/|%2f/i);
      const project = split.pop();
      const scope = split.pop();
      return versionFromBaseScopeName(base, scope, project);
    };
    var versionFromBaseScopeName = (base, scope, name) => {
      if (!base.startsWith(name + "-")) {
        return null;
      }
      const parsed = semver.parse(base.substring(name.length + 1, base.length - 4));
      return parsed ? {
        name: scope && scope.charAt(0) === "@" ? `${scope}/${name}` : name,
        version: parsed.version
      } : null;
    };
  }
});

// node_modules/just-diff/index.cjs
var require_just_diff = __commonJS({
  "node_modules/just-diff/index.cjs"(exports, module) {
    module.exports = {
      diff,
      jsonPatchPathConverter
    };
    function diff(obj1, obj2, pathConverter) {
      if (!obj1 || typeof obj1 != "object" || !obj2 || typeof obj2 != "object") {
        throw new Error("both arguments must be objects or arrays");
      }
      pathConverter || (pathConverter = function(arr) {
        return arr;
      });
      function getDiff({ obj1: obj12, obj2: obj22, basePath, basePathForRemoves, diffs: diffs2 }) {
        var obj1Keys = Object.keys(obj12);
        var obj1KeysLength = obj1Keys.length;
        var obj2Keys = Object.keys(obj22);
        var obj2KeysLength = obj2Keys.length;
        var path;
        var lengthDelta = obj12.length - obj22.length;
        if (trimFromRight(obj12, obj22)) {
          for (var i = 0; i < obj1KeysLength; i++) {
            var key = Array.isArray(obj12) ? Number(obj1Keys[i]) : obj1Keys[i];
            if (!(key in obj22)) {
              path = basePathForRemoves.concat(key);
              diffs2.remove.push({
                op: "remove",
                path: pathConverter(path)
              });
            }
          }
          for (var i = 0; i < obj2KeysLength; i++) {
            var key = Array.isArray(obj22) ? Number(obj2Keys[i]) : obj2Keys[i];
            pushReplaces({
              key,
              obj1: obj12,
              obj2: obj22,
              path: basePath.concat(key),
              pathForRemoves: basePath.concat(key),
              diffs: diffs2
            });
          }
        } else {
          for (var i = 0; i < lengthDelta; i++) {
            path = basePathForRemoves.concat(i);
            diffs2.remove.push({
              op: "remove",
              path: pathConverter(path)
            });
          }
          var obj1Trimmed = obj12.slice(lengthDelta);
          ;
          for (var i = 0; i < obj2KeysLength; i++) {
            pushReplaces({
              key: i,
              obj1: obj1Trimmed,
              obj2: obj22,
              path: basePath.concat(i),
              // since list of removes are reversed before presenting result,
              // we need to ignore existing parent removes when doing nested removes
              pathForRemoves: basePath.concat(i + lengthDelta),
              diffs: diffs2
            });
          }
        }
      }
      var diffs = { remove: [], replace: [], add: [] };
      getDiff({
        obj1,
        obj2,
        basePath: [],
        basePathForRemoves: [],
        diffs
      });
      return diffs.remove.reverse().concat(diffs.replace).concat(diffs.add);
      function pushReplaces({ key, obj1: obj12, obj2: obj22, path, pathForRemoves, diffs: diffs2 }) {
        var obj1AtKey = obj12[key];
        var obj2AtKey = obj22[key];
        if (!(key in obj12) && key in obj22) {
          var obj2Value = obj2AtKey;
          diffs2.add.push({
            op: "add",
            path: pathConverter(path),
            value: obj2Value
          });
        } else if (obj1AtKey !== obj2AtKey) {
          if (Object(obj1AtKey) !== obj1AtKey || Object(obj2AtKey) !== obj2AtKey || differentTypes(obj1AtKey, obj2AtKey)) {
            pushReplace(path, diffs2, obj2AtKey);
          } else {
            if (!Object.keys(obj1AtKey).length && !Object.keys(obj2AtKey).length && String(obj1AtKey) != String(obj2AtKey)) {
              pushReplace(path, diffs2, obj2AtKey);
            } else {
              getDiff({
                obj1: obj12[key],
                obj2: obj22[key],
                basePath: path,
                basePathForRemoves: pathForRemoves,
                diffs: diffs2
              });
            }
          }
        }
      }
      function pushReplace(path, diffs2, newValue) {
        diffs2.replace.push({
          op: "replace",
          path: pathConverter(path),
          value: newValue
        });
      }
    }
    function jsonPatchPathConverter(arrayPath) {
      return [""].concat(arrayPath).join("/");
    }
    function differentTypes(a, b) {
      return Object.prototype.toString.call(a) != Object.prototype.toString.call(b);
    }
    function trimFromRight(obj1, obj2) {
      var lengthDelta = obj1.length - obj2.length;
      if (Array.isArray(obj1) && Array.isArray(obj2) && lengthDelta > 0) {
        var leftMatches = 0;
        var rightMatches = 0;
        for (var i = 0; i < obj2.length; i++) {
          if (String(obj1[i]) === String(obj2[i])) {
            leftMatches++;
          } else {
            break;
          }
        }
        for (var j = obj2.length; j > 0; j--) {
          if (String(obj1[j + lengthDelta]) === String(obj2[j])) {
            rightMatches++;
          } else {
            break;
          }
        }
        return leftMatches >= rightMatches;
      }
      return true;
    }
  }
});

// node_modules/just-diff-apply/index.cjs
var require_just_diff_apply = __commonJS({
  "node_modules/just-diff-apply/index.cjs"(exports, module) {
    module.exports = {
      diffApply,
      jsonPatchPathConverter
    };
    var REMOVE = "remove";
    var REPLACE = "replace";
    var ADD = "add";
    var MOVE = "move";
    function diffApply(obj, diff, pathConverter) {
      if (!obj || typeof obj != "object") {
        throw new Error("base object must be an object or an array");
      }
      if (!Array.isArray(diff)) {
        throw new Error("diff must be an array");
      }
      var diffLength = diff.length;
      for (var i = 0; i < diffLength; i++) {
        var thisDiff = diff[i];
        var subObject = obj;
        var thisOp = thisDiff.op;
        var thisPath = transformPath(pathConverter, thisDiff.path);
        var thisFromPath = thisDiff.from && transformPath(pathConverter, thisDiff.from);
        var toPath, toPathCopy, lastToProp, subToObject, valueToMove;
        if (thisFromPath) {
          toPath = thisPath;
          thisPath = thisFromPath;
          toPathCopy = toPath.slice();
          lastToProp = toPathCopy.pop();
          prototypeCheck(lastToProp);
          if (lastToProp == null) {
            return false;
          }
          var thisToProp;
          while ((thisToProp = toPathCopy.shift()) != null) {
            prototypeCheck(thisToProp);
            if (!(thisToProp in subToObject)) {
              subToObject[thisToProp] = {};
            }
            subToObject = subToObject[thisToProp];
          }
        }
        var pathCopy = thisPath.slice();
        var lastProp = pathCopy.pop();
        prototypeCheck(lastProp);
        if (lastProp == null) {
          return false;
        }
        var thisProp;
        while ((thisProp = pathCopy.shift()) != null) {
          prototypeCheck(thisProp);
          if (!(thisProp in subObject)) {
            subObject[thisProp] = {};
          }
          subObject = subObject[thisProp];
        }
        if (thisOp === REMOVE || thisOp === REPLACE || thisOp === MOVE) {
          var path = thisOp === MOVE ? thisDiff.from : thisDiff.path;
          if (!subObject.hasOwnProperty(lastProp)) {
            throw new Error(["expected to find property", path, "in object", obj].join(" "));
          }
        }
        if (thisOp === REMOVE || thisOp === MOVE) {
          if (thisOp === MOVE) {
            valueToMove = subObject[lastProp];
          }
          Array.isArray(subObject) ? subObject.splice(lastProp, 1) : delete subObject[lastProp];
        }
        if (thisOp === REPLACE || thisOp === ADD) {
          subObject[lastProp] = thisDiff.value;
        }
        if (thisOp === MOVE) {
          subObject[lastToProp] = valueToMove;
        }
      }
      return subObject;
    }
    function transformPath(pathConverter, thisPath) {
      if (pathConverter) {
        thisPath = pathConverter(thisPath);
        if (!Array.isArray(thisPath)) {
          throw new Error([
            "pathConverter must return an array, returned:",
            thisPath
          ].join(" "));
        }
      } else {
        if (!Array.isArray(thisPath)) {
          throw new Error([
            "diff path",
            thisPath,
            "must be an array, consider supplying a path converter"
          ].join(" "));
        }
      }
      return thisPath;
    }
    function jsonPatchPathConverter(stringPath) {
      return stringPath.split("/").slice(1);
    }
    function prototypeCheck(prop) {
      if (prop == "__proto__" || prop == "constructor" || prop == "prototype") {
        throw new Error("setting of prototype values not supported");
      }
    }
  }
});

// node_modules/parse-conflict-json/lib/index.js
var require_lib28 = __commonJS({
  "node_modules/parse-conflict-json/lib/index.js"(exports, module) {
    var parseJSON = require_lib2();
    var { diff } = require_just_diff();
    var { diffApply } = require_just_diff_apply();
    var globalObjectProperties = Object.getOwnPropertyNames(Object.prototype);
    var stripBOM = (content) => {
      content = content.toString();
      if (content.charCodeAt(0) === 65279) {
        content = content.slice(1);
      }
      return content;
    };
    var PARENT_RE = /\|{7,}/g;
    var OURS_RE = /<{7,}/g;
    var THEIRS_RE = /={7,}/g;
    var END_RE = />{7,}/g;
    var isDiff = (str) => str.match(OURS_RE) && str.match(THEIRS_RE) && str.match(END_RE);
    var parseConflictJSON = (str, reviver, prefer) => {
      prefer = prefer || "ours";
      if (prefer !== "theirs" && prefer !== "ours") {
        throw new TypeError('prefer param must be "ours" or "theirs" if set');
      }
      str = stripBOM(str);
      if (!isDiff(str)) {
        return parseJSON(str);
      }
      const pieces = str.split(/[\n\r]+/g).reduce((acc, line) => {
        if (line.match(PARENT_RE)) {
          acc.state = "parent";
        } else if (line.match(OURS_RE)) {
          acc.state = "ours";
        } else if (line.match(THEIRS_RE)) {
          acc.state = "theirs";
        } else if (line.match(END_RE)) {
          acc.state = "top";
        } else {
          if (acc.state === "top" || acc.state === "ours") {
            acc.ours += line;
          }
          if (acc.state === "top" || acc.state === "theirs") {
            acc.theirs += line;
          }
          if (acc.state === "top" || acc.state === "parent") {
            acc.parent += line;
          }
        }
        return acc;
      }, {
        state: "top",
        ours: "",
        theirs: "",
        parent: ""
      });
      const parent = parseJSON(pieces.parent, reviver);
      const ours = parseJSON(pieces.ours, reviver);
      const theirs = parseJSON(pieces.theirs, reviver);
      return prefer === "ours" ? resolve(parent, ours, theirs) : resolve(parent, theirs, ours);
    };
    var isObj = (obj) => obj && typeof obj === "object";
    var copyPath = (to, from, path, i) => {
      const p = path[i];
      if (isObj(to[p]) && isObj(from[p]) && Array.isArray(to[p]) === Array.isArray(from[p])) {
        return copyPath(to[p], from[p], path, i + 1);
      }
      to[p] = from[p];
    };
    var resolve = (parent, ours, theirs) => {
      const dours = diff(parent, ours);
      for (let i = 0; i < dours.length; i++) {
        if (globalObjectProperties.find((prop) => dours[i].path.includes(prop))) {
          continue;
        }
        try {
          diffApply(theirs, [dours[i]]);
        } catch (e) {
          copyPath(theirs, ours, dours[i].path, 0);
        }
      }
      return theirs;
    };
    module.exports = Object.assign(parseConflictJSON, { isDiff });
  }
});

// node_modules/json-stringify-nice/index.js
var require_json_stringify_nice = __commonJS({
  "node_modules/json-stringify-nice/index.js"(exports, module) {
    var isObj = (val) => !!val && !Array.isArray(val) && typeof val === "object";
    var compare = (ak, bk, prefKeys) => prefKeys.includes(ak) && !prefKeys.includes(bk) ? -1 : prefKeys.includes(bk) && !prefKeys.includes(ak) ? 1 : prefKeys.includes(ak) && prefKeys.includes(bk) ? prefKeys.indexOf(ak) - prefKeys.indexOf(bk) : ak.localeCompare(bk, "en");
    var sort = (replacer, seen) => (key, val) => {
      const prefKeys = Array.isArray(replacer) ? replacer : [];
      if (typeof replacer === "function")
        val = replacer(key, val);
      if (!isObj(val))
        return val;
      if (seen.has(val))
        return seen.get(val);
      const ret = Object.entries(val).sort(
        ([ak, av], [bk, bv]) => isObj(av) === isObj(bv) ? compare(ak, bk, prefKeys) : isObj(av) ? 1 : -1
      ).reduce((set, [k, v]) => {
        set[k] = v;
        return set;
      }, {});
      seen.set(val, ret);
      return ret;
    };
    module.exports = (obj, replacer, space = 2) => JSON.stringify(obj, sort(replacer, /* @__PURE__ */ new Map()), space) + (space ? "\n" : "");
  }
});

// node_modules/@npmcli/arborist/lib/override-resolves.js
var require_override_resolves = __commonJS({
  "node_modules/@npmcli/arborist/lib/override-resolves.js"(exports, module) {
    function overrideResolves(resolved, opts) {
      const { omitLockfileRegistryResolved = false } = opts;
      if (omitLockfileRegistryResolved) {
        return void 0;
      }
      return resolved;
    }
    module.exports = { overrideResolves };
  }
});

// node_modules/@npmcli/arborist/lib/shrinkwrap.js
var require_shrinkwrap = __commonJS({
  "node_modules/@npmcli/arborist/lib/shrinkwrap.js"(exports, module) {
    var localeCompare = require_string_locale_compare()("en");
    var defaultLockfileVersion = 3;
    var patchedLockfileVersion = 4;
    var packageExtensionsLockfileVersion = 4;
    var maxLockfileVersion = 4;
    var mismatch = (a, b) => a && b && a !== b;
    var { log } = require_lib();
    var YarnLock = require_yarn_lock();
    var {
      readFile,
      readdir,
      readlink,
      rm,
      stat,
      writeFile
    } = __require("node:fs/promises");
    var { resolve, basename, relative } = __require("node:path");
    var specFromLock = require_spec_from_lock();
    var versionFromTgz = require_version_from_tgz();
    var npa = require_npa();
    var pkgJson = require_lib9();
    var parseJSON = require_lib28();
    var nameFromFolder = require_lib10();
    var stringify = require_json_stringify_nice();
    var swKeyOrder = [
      "name",
      "version",
      "lockfileVersion",
      "resolved",
      "integrity",
      "requires",
      "packages",
      "dependencies"
    ];
    var yarnRegRe = /^https?:\/\/registry\.yarnpkg\.com\//;
    var npmRegRe = /^https?:\/\/registry\.npmjs\.org\//;
    var specFromResolved = (resolved) => {
      try {
        return npa(resolved);
      } catch (er) {
        return {};
      }
    };
    var relpath = require_relpath();
    var consistentResolve = require_consistent_resolve();
    var { overrideResolves } = require_override_resolves();
    var pkgMetaKeys = [
      // note: name is included if necessary, for alias packages
      "version",
      "dependencies",
      "peerDependencies",
      "peerDependenciesMeta",
      "optionalDependencies",
      "bundleDependencies",
      "acceptDependencies",
      "funding",
      "engines",
      "os",
      "cpu",
      "libc",
      "_integrity",
      "license",
      "hasInstallScript",
      "bin",
      "deprecated",
      "workspaces"
    ];
    var nodeMetaKeys = [
      "integrity",
      "inBundle",
      "hasInstallScript",
      "patched",
      "packageExtensionsApplied",
      "npmExtensionApplied"
    ];
    var metaFieldFromPkg = (pkg, key) => {
      const val = pkg[key];
      if (val) {
        if (key === "license" && typeof val === "object" && val.type) {
          return val.type;
        }
        if (typeof val !== "object" || Object.keys(val).length) {
          return val;
        }
      }
      return null;
    };
    var assertNoNewer = async (path, data, lockTime, dir, seen) => {
      const base = basename(dir);
      const isNM = dir !== path && base === "node_modules";
      const isScope = dir !== path && base.startsWith("@");
      const isParent = dir === path || isNM || isScope;
      const parent = isParent ? dir : resolve(dir, "node_modules");
      const rel = relpath(path, dir);
      seen.add(rel);
      let entries;
      if (dir === path) {
        entries = [{ name: "node_modules", isDirectory: () => true }];
      } else {
        const { mtime: dirTime } = await stat(dir);
        if (dirTime > lockTime) {
          throw new Error(`out of date, updated: ${rel}`);
        }
        if (!isScope && !isNM && !data.packages[rel]) {
          throw new Error(`missing from lockfile: ${rel}`);
        }
        entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
      }
      await Promise.all(entries.map(async (dirent) => {
        const child = resolve(parent, dirent.name);
        if (dirent.isDirectory() && !dirent.name.startsWith(".")) {
          await assertNoNewer(path, data, lockTime, child, seen);
        } else if (dirent.isSymbolicLink()) {
          const target = resolve(parent, await readlink(child));
          const tstat = await stat(target).catch(
            /* istanbul ignore next - windows */
            () => null
          );
          seen.add(relpath(path, child));
          if (tstat?.isDirectory() && !seen.has(relpath(path, target))) {
            await assertNoNewer(path, data, lockTime, target, seen);
          }
        }
      }));
      if (dir !== path) {
        return;
      }
      const linkTargets = /* @__PURE__ */ new Set();
      for (const loc in data.packages) {
        const { link, resolved } = data.packages[loc];
        if (link && resolved) {
          linkTargets.add(resolved.replace(/\\/g, "/"));
        }
      }
      const extraDirs = /* @__PURE__ */ new Set();
      for (const loc in data.packages) {
        const store = loc.match(/^(.*\/\.store\/.+?)\/node_modules\//);
        if (store) {
          seen.add(store[1]);
          extraDirs.add(`${store[1]}/node_modules`);
          continue;
        }
        const i = loc.indexOf("/node_modules/");
        const root = i === -1 ? loc : loc.slice(0, i);
        if (root && !/(^|\/)node_modules(\/|$)/.test(root) && !linkTargets.has(root)) {
          extraDirs.add(root);
        }
      }
      for (const rel2 of extraDirs) {
        await assertNoNewer(path, data, lockTime, resolve(path, rel2), seen);
      }
      for (const loc in data.packages) {
        if (!seen.has(loc)) {
          throw new Error(`missing from node_modules: ${loc}`);
        }
      }
    };
    var Shrinkwrap = class _Shrinkwrap {
      static get defaultLockfileVersion() {
        return defaultLockfileVersion;
      }
      static load(options) {
        return new _Shrinkwrap(options).load();
      }
      static get keyOrder() {
        return swKeyOrder;
      }
      static async reset(options) {
        const s = new _Shrinkwrap(options);
        s.reset();
        const [lock] = await s.resetFiles;
        if (s.hiddenLockfile) {
          s.filename = resolve(s.path, "node_modules/.package-lock.json");
        } else {
          s.filename = resolve(s.path, "package-lock.json");
        }
        s.loadedFromDisk = !!lock;
        s.type = basename(s.filename);
        return s;
      }
      static metaFromNode(node, path, options = {}) {
        if (node.isLink) {
          return {
            resolved: relpath(path, node.realpath),
            link: true
          };
        }
        const meta = {};
        for (const key of pkgMetaKeys) {
          const val = metaFieldFromPkg(node.package, key);
          if (val) {
            meta[key.replace(/^_/, "")] = val;
          }
        }
        const pname = node.packageName;
        if (pname && (node === node.root || pname !== node.name || nameFromFolder(node.realpath) !== pname)) {
          meta.name = pname;
        }
        if (node.isTop && node.package.devDependencies) {
          meta.devDependencies = node.package.devDependencies;
        }
        for (const key of nodeMetaKeys) {
          if (node[key]) {
            meta[key] = node[key];
          }
        }
        const resolved = consistentResolve(node.resolved, node.path, path, true);
        if (!resolved) {
        } else if (node.isRegistryDependency) {
          meta.resolved = overrideResolves(resolved, options);
        } else {
          meta.resolved = resolved;
        }
        if (node.extraneous) {
          meta.extraneous = true;
        } else {
          if (node.peer) {
            meta.peer = true;
          }
          if (node.dev) {
            meta.dev = true;
          }
          if (node.optional) {
            meta.optional = true;
          }
          if (node.devOptional && !node.dev && !node.optional) {
            meta.devOptional = true;
          }
        }
        return meta;
      }
      #awaitingUpdate = /* @__PURE__ */ new Map();
      constructor(options = {}) {
        const {
          path,
          indent = 2,
          newline = "\n",
          hiddenLockfile = false,
          lockfileVersion,
          resolveOptions = {}
        } = options;
        if (hiddenLockfile) {
          this.lockfileVersion = 3;
        } else if (lockfileVersion) {
          this.lockfileVersion = parseInt(lockfileVersion, 10);
        } else {
          this.lockfileVersion = null;
        }
        this.tree = null;
        this.path = resolve(path || ".");
        this.filename = null;
        this.data = null;
        this.indent = indent;
        this.newline = newline;
        this.loadedFromDisk = false;
        this.type = null;
        this.yarnLock = null;
        this.hiddenLockfile = hiddenLockfile;
        this.loadingError = null;
        this.resolveOptions = resolveOptions;
      }
      // check to see if a spec is present in the yarn.lock file, and if so,
      // if we should use it, and what it should resolve to.  This is only
      // done when we did not load a shrinkwrap from disk.  Also, decorate
      // the options object if provided with the resolved and integrity that
      // we expect.
      checkYarnLock(spec, options = {}) {
        spec = npa(spec);
        const { yarnLock, loadedFromDisk } = this;
        const useYarnLock = yarnLock && !loadedFromDisk;
        const fromYarn = useYarnLock && yarnLock.entries.get(spec.raw);
        if (fromYarn && fromYarn.version) {
          const { resolved, version, integrity } = fromYarn;
          const isYarnReg = spec.registry && yarnRegRe.test(resolved);
          const isnpmReg = spec.registry && !isYarnReg && npmRegRe.test(resolved);
          const isReg = isnpmReg || isYarnReg;
          const tgz = isReg && versionFromTgz(spec.name, resolved) || {};
          let yspec = resolved;
          if (tgz.name === spec.name && tgz.version === version) {
            yspec = version;
          } else if (isReg && tgz.name && tgz.version) {
            yspec = `npm:${tgz.name}@${tgz.version}`;
          }
          if (yspec) {
            options.resolved = resolved.replace(yarnRegRe, "https://registry.npmjs.org/");
            options.integrity = integrity;
            return npa(`${spec.name}@${yspec}`);
          }
        }
        return spec;
      }
      // throw away the shrinkwrap data so we can start fresh
      // still worth doing a load() first so we know which files to write.
      reset() {
        this.tree = null;
        this.#awaitingUpdate = /* @__PURE__ */ new Map();
        this.packageExtensionsHash = null;
        this.npmExtensionHash = null;
        const lockfileVersion = this.lockfileVersion || defaultLockfileVersion;
        this.originalLockfileVersion = lockfileVersion;
        this.data = {
          lockfileVersion,
          requires: true,
          packages: {},
          dependencies: {}
        };
      }
      // files to potentially read from and write to, in order of priority
      get #filenameSet() {
        if (this.hiddenLockfile) {
          return [`${this.path}/node_modules/.package-lock.json`];
        }
        return [
          `${this.path}/package-lock.json`,
          `${this.path}/yarn.lock`
        ];
      }
      get loadFiles() {
        return Promise.all(
          this.#filenameSet.map((file) => file && readFile(file, "utf8").then((d) => d, (er) => {
            if (er.code === "ENOENT") {
              return "";
            } else {
              throw er;
            }
          }))
        );
      }
      get resetFiles() {
        return Promise.all(
          this.#filenameSet.slice(0, 1).map(
            (file) => file && stat(file).then((st) => st.isFile(), (er) => {
              if (er.code === "ENOENT") {
                return null;
              } else {
                throw er;
              }
            })
          )
        );
      }
      inferFormattingOptions(packageJSONData) {
        const {
          [/* @__PURE__ */ Symbol.for("indent")]: indent,
          [/* @__PURE__ */ Symbol.for("newline")]: newline
        } = packageJSONData;
        if (indent !== void 0) {
          this.indent = indent;
        }
        if (newline !== void 0) {
          this.newline = newline;
        }
      }
      async load() {
        let data;
        try {
          const [lock, yarn] = await this.loadFiles;
          data = lock || "{}";
          if (this.hiddenLockfile) {
            this.filename = resolve(this.path, "node_modules/.package-lock.json");
          } else {
            this.filename = resolve(this.path, "package-lock.json");
          }
          this.type = basename(this.filename);
          this.loadedFromDisk = Boolean(lock);
          if (yarn) {
            this.yarnLock = new YarnLock();
            try {
              this.yarnLock.parse(yarn);
            } catch {
            }
          }
          data = parseJSON(data);
          this.inferFormattingOptions(data);
          if (this.hiddenLockfile && data.packages) {
            const lockTime = +(await stat(this.filename)).mtime + 10;
            await assertNoNewer(this.path, data, lockTime, this.path, /* @__PURE__ */ new Set());
          }
        } catch (er) {
          if (typeof this.filename === "string") {
            const rel = relpath(this.path, this.filename);
            log.verbose("shrinkwrap", `failed to load ${rel}`, er.message);
          } else {
            log.verbose("shrinkwrap", `failed to load ${this.path}`, er.message);
          }
          this.loadingError = er;
          this.loadedFromDisk = false;
          this.ancientLockfile = false;
          data = {};
        }
        if (data.lockfileVersion > maxLockfileVersion) {
          throw Object.assign(
            new Error(`Unsupported lockfileVersion ${data.lockfileVersion}. This npm only supports up to ${maxLockfileVersion}. Please upgrade npm.`),
            { code: "ELOCKFILEVERSION" }
          );
        }
        let lockfileVersion = defaultLockfileVersion;
        if (this.lockfileVersion) {
          lockfileVersion = this.lockfileVersion;
        } else if (data.lockfileVersion && data.lockfileVersion !== 1) {
          lockfileVersion = data.lockfileVersion;
        }
        this.data = {
          ...data,
          lockfileVersion,
          requires: true,
          packages: data.packages || {},
          dependencies: data.dependencies || {}
        };
        this.originalLockfileVersion = data.lockfileVersion;
        this.packageExtensionsHash = data.packages?.[""]?.packageExtensionsHash || null;
        this.npmExtensionHash = data.packages?.[""]?.npmExtensionHash || null;
        if (!this.lockfileVersion) {
          this.lockfileVersion = this.data.lockfileVersion = lockfileVersion;
        }
        this.ancientLockfile = this.loadedFromDisk && !(data.lockfileVersion >= 2) && !data.requires;
        if (data.dependencies && !data.packages) {
          let pkg;
          try {
            pkg = await pkgJson.normalize(this.path);
            pkg = pkg.content;
          } catch {
            pkg = {};
          }
          this.#loadAll("", null, this.data);
          this.#fixDependencies(pkg);
        }
        return this;
      }
      #loadAll(location, name, lock) {
        const meta = this.#metaFromLock(location, name, lock);
        if (meta.link) {
          location = meta.resolved;
        }
        if (lock.dependencies) {
          for (const name2 in lock.dependencies) {
            const loc = location + (location ? "/" : "") + "node_modules/" + name2;
            this.#loadAll(loc, name2, lock.dependencies[name2]);
          }
        }
      }
      // v1 lockfiles track the optional/dev flags, but they don't tell us
      // which thing had what kind of dep on what other thing, so we need
      // to correct that now, or every link will be considered prod
      #fixDependencies(pkg) {
        const root = this.data.packages[""];
        for (const key of pkgMetaKeys) {
          const val = metaFieldFromPkg(pkg, key);
          if (val) {
            root[key.replace(/^_/, "")] = val;
          }
        }
        for (const loc in this.data.packages) {
          const meta = this.data.packages[loc];
          if (!meta.requires || !loc) {
            continue;
          }
          for (const name in meta.requires) {
            const dep = this.#resolveMetaNode(loc, name);
            let depType = "dependencies";
            if (dep?.optional && !meta.optional) {
              depType = "optionalDependencies";
            } else if (dep?.dev && !meta.dev) {
              depType = "devDependencies";
            }
            if (!meta[depType]) {
              meta[depType] = {};
            }
            meta[depType][name] = meta.requires[name];
          }
          delete meta.requires;
        }
      }
      #resolveMetaNode(loc, name) {
        for (let path = loc; true; path = path.replace(/(^|\/)[^/]*$/, "")) {
          const check = `${path}${path ? "/" : ""}node_modules/${name}`;
          if (this.data.packages[check]) {
            return this.data.packages[check];
          }
          if (!path) {
            break;
          }
        }
        return null;
      }
      #lockFromLoc(lock, path, i = 0) {
        if (!lock) {
          return null;
        }
        if (path[i] === "") {
          i++;
        }
        if (i >= path.length) {
          return lock;
        }
        if (!lock.dependencies) {
          return null;
        }
        return this.#lockFromLoc(lock.dependencies[path[i]], path, i + 1);
      }
      // pass in a path relative to the root path, or an absolute path,
      // get back a /-normalized location based on root path.
      #pathToLoc(path) {
        return relpath(this.path, resolve(this.path, path));
      }
      delete(nodePath) {
        if (!this.data) {
          throw new Error("run load() before getting or setting data");
        }
        const location = this.#pathToLoc(nodePath);
        this.#awaitingUpdate.delete(location);
        delete this.data.packages[location];
        const path = location.split(/(?:^|\/)node_modules\//);
        const name = path.pop();
        const pLock = this.#lockFromLoc(this.data, path);
        if (pLock && pLock.dependencies) {
          delete pLock.dependencies[name];
        }
      }
      get(nodePath) {
        if (!this.data) {
          throw new Error("run load() before getting or setting data");
        }
        const location = this.#pathToLoc(nodePath);
        if (this.#awaitingUpdate.has(location)) {
          this.#updateWaitingNode(location);
        }
        if (this.data.packages[location]) {
          return this.data.packages[location];
        }
        const path = location.split(/(?:^|\/)node_modules\//);
        const name = path[path.length - 1];
        const lock = this.#lockFromLoc(this.data, path);
        return this.#metaFromLock(location, name, lock);
      }
      #metaFromLock(location, name, lock) {
        if (!lock) {
          return {};
        }
        const spec = specFromLock(name, lock, this.path);
        if (spec.type === "directory") {
          const target = relpath(this.path, spec.fetchSpec);
          this.data.packages[location] = {
            link: true,
            resolved: target
          };
          if (!this.data.packages[target]) {
            this.#metaFromLock(target, name, { ...lock, version: null });
          }
          return this.data.packages[location];
        }
        const meta = {};
        if (lock.requires && typeof lock.requires === "object") {
          meta.requires = lock.requires;
        }
        if (lock.optional) {
          meta.optional = true;
        }
        if (lock.dev) {
          meta.dev = true;
        }
        if (location === "") {
          meta.name = lock.name;
        }
        if (lock.integrity) {
          meta.integrity = lock.integrity;
        }
        if (lock.version && !lock.integrity) {
          if (spec.type === "git") {
            meta.resolved = consistentResolve(spec, this.path, this.path);
            return this.data.packages[location] = meta;
          } else if (spec.registry) {
            meta.version = lock.version;
          }
        }
        if (lock.resolved || spec.type && !spec.registry) {
          if (spec.registry) {
            meta.resolved = lock.resolved;
          } else if (spec.type === "file") {
            meta.resolved = consistentResolve(spec, this.path, this.path, true);
          } else if (spec.fetchSpec) {
            meta.resolved = spec.fetchSpec;
          }
        }
        if (!meta.version) {
          if (spec.type === "file" || spec.type === "remote") {
            const fromTgz = versionFromTgz(spec.name, spec.fetchSpec) || versionFromTgz(spec.name, meta.resolved);
            if (fromTgz) {
              meta.version = fromTgz.version;
              if (fromTgz.name !== name) {
                meta.name = fromTgz.name;
              }
            }
          } else if (spec.type === "alias") {
            meta.name = spec.subSpec.name;
            meta.version = spec.subSpec.fetchSpec;
          } else if (spec.type === "version") {
            meta.version = spec.fetchSpec;
          }
        }
        if (lock.bundled) {
          meta.inBundle = true;
        }
        return this.data.packages[location] = meta;
      }
      add(node) {
        if (!this.data) {
          throw new Error("run load() before getting or setting data");
        }
        const loc = relpath(this.path, node.path);
        if (node.path === this.path) {
          this.tree = node;
        }
        if (node.resolved === null || node.integrity === null) {
          const {
            resolved,
            integrity,
            version
          } = this.get(node.path);
          let pathFixed = null;
          if (resolved) {
            if (!/^file:/.test(resolved)) {
              pathFixed = resolved;
            } else {
              pathFixed = `file:${resolve(this.path, resolved.slice(5))}`;
            }
          }
          const resolvedOk = !resolved || !node.resolved || node.resolved === pathFixed;
          const integrityOk = !integrity || !node.integrity || node.integrity === integrity;
          const versionOk = !version || !node.version || version === node.version;
          const allOk = (resolved || integrity || version) && resolvedOk && integrityOk && versionOk;
          if (allOk) {
            node.resolved = node.resolved || pathFixed || null;
            node.integrity = node.integrity || integrity || null;
          } else {
            const {
              resolved: resolved2,
              integrity: integrity2
            } = _Shrinkwrap.metaFromNode(node, this.path, this.resolveOptions);
            node.resolved = node.resolved || resolved2 || null;
            node.integrity = node.integrity || integrity2 || null;
          }
        }
        this.#awaitingUpdate.set(loc, node);
      }
      addEdge(edge) {
        if (!this.yarnLock || !edge.valid) {
          return;
        }
        const { to: node } = edge;
        if (node.resolved !== null && node.integrity !== null) {
          return;
        }
        if (!this.yarnLock.entries || !this.yarnLock.entries.size) {
          return;
        }
        let pathFixed = null;
        if (node.resolved) {
          if (!/file:/.test(node.resolved)) {
            pathFixed = node.resolved;
          } else {
            pathFixed = consistentResolve(node.resolved, node.path, this.path, true);
          }
        }
        const spec = npa(`${node.name}@${edge.spec}`);
        const entry = this.yarnLock.entries.get(`${node.name}@${edge.spec}`);
        if (!entry || mismatch(node.version, entry.version) || mismatch(node.integrity, entry.integrity) || mismatch(pathFixed, entry.resolved)) {
          return;
        }
        if (entry.resolved && yarnRegRe.test(entry.resolved) && spec.registry) {
          entry.resolved = entry.resolved.replace(yarnRegRe, "https://registry.npmjs.org/");
        }
        node.integrity = node.integrity || entry.integrity || null;
        node.resolved = node.resolved || consistentResolve(entry.resolved, this.path, node.path) || null;
        this.#awaitingUpdate.set(relpath(this.path, node.path), node);
      }
      #updateWaitingNode(loc) {
        const node = this.#awaitingUpdate.get(loc);
        this.#awaitingUpdate.delete(loc);
        this.data.packages[loc] = _Shrinkwrap.metaFromNode(
          node,
          this.path,
          this.resolveOptions
        );
      }
      commit() {
        if (this.tree) {
          if (this.yarnLock) {
            this.yarnLock.fromTree(this.tree);
          }
          const root = _Shrinkwrap.metaFromNode(
            this.tree.target,
            this.path,
            this.resolveOptions
          );
          if (this.packageExtensionsHash) {
            root.packageExtensionsHash = this.packageExtensionsHash;
          }
          if (this.npmExtensionHash) {
            root.npmExtensionHash = this.npmExtensionHash;
          }
          this.data.packages = {};
          if (Object.keys(root).length) {
            this.data.packages[""] = root;
          }
          for (const node of this.tree.root.inventory.values()) {
            if (node === this.tree || node.isRoot || node.location === "") {
              continue;
            }
            const loc = relpath(this.path, node.path);
            if (node.extraneous && !/(^|\/)node_modules\//.test(loc) && loc !== "node_modules" && (!node.fsParent || node.fsParent.isRoot)) {
              continue;
            }
            const meta = _Shrinkwrap.metaFromNode(
              node,
              this.path,
              this.resolveOptions
            );
            if (node.inert && !node.package.version) {
              continue;
            }
            this.data.packages[loc] = meta;
          }
        } else if (this.#awaitingUpdate.size > 0) {
          for (const loc of this.#awaitingUpdate.keys()) {
            this.#updateWaitingNode(loc);
          }
        }
        if (!this.lockfileVersion) {
          this.lockfileVersion = defaultLockfileVersion;
        }
        const hasPatched = !this.hiddenLockfile && Object.values(this.data.packages).some((p) => p.patched);
        if (hasPatched && this.lockfileVersion < patchedLockfileVersion) {
          log.warn("shrinkwrap", `patchedDependencies requires lockfileVersion ${patchedLockfileVersion}; upgrading the lockfile from version ${this.lockfileVersion}.`);
          this.lockfileVersion = patchedLockfileVersion;
        }
        const hasExtensionState = !this.hiddenLockfile && (this.packageExtensionsHash || this.npmExtensionHash || Object.values(this.data.packages).some((p) => p.packageExtensionsApplied || p.npmExtensionApplied));
        if (hasExtensionState && this.lockfileVersion < packageExtensionsLockfileVersion) {
          log.warn("shrinkwrap", `manifest extensions require lockfileVersion ${packageExtensionsLockfileVersion}; upgrading the lockfile from version ${this.lockfileVersion}.`);
          this.lockfileVersion = packageExtensionsLockfileVersion;
        }
        this.data.lockfileVersion = this.lockfileVersion;
        if (this.hiddenLockfile) {
          delete this.data.packages[""];
          delete this.data.dependencies;
        } else if (this.tree && this.lockfileVersion <= 3) {
          this.#buildLegacyLockfile(this.tree, this.data);
        }
        if (this.lockfileVersion >= 3) {
          const { dependencies, ...data } = this.data;
          return data;
        } else if (this.lockfileVersion < 2) {
          const { packages, ...data } = this.data;
          return data;
        } else {
          return { ...this.data };
        }
      }
      #buildLegacyLockfile(node, lock, path = []) {
        if (node === this.tree) {
          lock.name = node.packageName || node.name;
          if (node.version) {
            lock.version = node.version;
          }
        }
        const edge = [...node.edgesIn].filter((e) => e.valid).sort((a, b) => {
          const aloc = a.from.location.split("node_modules");
          const bloc = b.from.location.split("node_modules");
          if (aloc.length > bloc.length) {
            return 1;
          }
          if (bloc.length > aloc.length) {
            return -1;
          }
          return localeCompare(aloc[aloc.length - 1], bloc[bloc.length - 1]);
        })[0];
        const res = consistentResolve(node.resolved, this.path, this.path, true);
        const rSpec = specFromResolved(res);
        let spec = rSpec;
        if (edge) {
          spec = npa.resolve(node.name, edge.spec, edge.from.realpath);
        }
        if (node.isLink) {
          lock.version = `file:${relpath(this.path, node.realpath)}`;
        } else if (spec && (spec.type === "file" || spec.type === "remote")) {
          lock.version = spec.saveSpec;
        } else if (spec && spec.type === "git" || rSpec.type === "git") {
          lock.version = node.resolved;
          if (spec.raw) {
            lock.from = spec.raw;
          }
        } else if (!node.isRoot && node.package && node.packageName && node.packageName !== node.name) {
          lock.version = `npm:${node.packageName}@${node.version}`;
        } else if (node.package && node.version) {
          lock.version = node.version;
        }
        if (node.inDepBundle) {
          lock.bundled = true;
        }
        if (node.resolved && !node.isLink && rSpec.type !== "git" && rSpec.type !== "file" && rSpec.type !== "directory" && spec.type !== "directory" && spec.type !== "git" && spec.type !== "file" && spec.type !== "remote") {
          lock.resolved = overrideResolves(node.resolved, this.resolveOptions);
        }
        if (node.integrity) {
          lock.integrity = node.integrity;
        }
        if (node.extraneous) {
          lock.extraneous = true;
        } else if (!node.isLink) {
          if (node.peer) {
            lock.peer = true;
          }
          if (node.devOptional && !node.dev && !node.optional) {
            lock.devOptional = true;
          }
          if (node.dev) {
            lock.dev = true;
          }
          if (node.optional) {
            lock.optional = true;
          }
        }
        const depender = node.target;
        if (depender.edgesOut.size > 0) {
          if (node !== this.tree) {
            const entries = [...depender.edgesOut.entries()];
            lock.requires = entries.reduce((set, [k, v]) => {
              const { spec: spec2, peer } = v;
              if (peer) {
                return set;
              }
              if (spec2.startsWith("file:")) {
                const p = resolve(node.realpath, spec2.slice("file:".length));
                set[k] = `file:${relpath(node.realpath, p)}`;
              } else {
                set[k] = spec2;
              }
              return set;
            }, {});
          } else {
            lock.requires = true;
          }
        }
        const { children } = node.target;
        if (!children.size) {
          delete lock.dependencies;
        } else {
          const kidPath = [...path, node.realpath];
          const dependencies = {};
          let found = false;
          for (const [name, kid] of children.entries()) {
            if (path.includes(kid.realpath)) {
              continue;
            }
            dependencies[name] = this.#buildLegacyLockfile(kid, {}, kidPath);
            found = true;
          }
          if (found) {
            lock.dependencies = dependencies;
          }
        }
        return lock;
      }
      toJSON() {
        if (!this.data) {
          throw new Error("run load() before getting or setting data");
        }
        return this.commit();
      }
      toString(options = {}) {
        const data = this.toJSON();
        const { format = true } = options;
        const defaultIndent = this.indent || 2;
        const indent = format === true ? defaultIndent : format || 0;
        const eol = format ? this.newline || "\n" : "";
        return stringify(data, swKeyOrder, indent).replace(/\n/g, eol);
      }
      save(options = {}) {
        if (!this.data) {
          throw new Error("run load() before saving data");
        }
        const json = this.toString(options);
        if (!this.hiddenLockfile && this.originalLockfileVersion !== void 0 && this.originalLockfileVersion !== this.lockfileVersion) {
          log.warn(
            "shrinkwrap",
            `Converting lock file (${relative(process.cwd(), this.filename)}) from v${this.originalLockfileVersion} -> v${this.lockfileVersion}`
          );
        }
        return Promise.all([
          writeFile(this.filename, json).catch((er) => {
            if (this.hiddenLockfile) {
              return rm(this.filename, { recursive: true, force: true });
            }
            throw er;
          }),
          this.yarnLock && this.yarnLock.entries.size && writeFile(this.path + "/yarn.lock", this.yarnLock.toString())
        ]);
      }
    };
    module.exports = Shrinkwrap;
  }
});

// node_modules/@npmcli/arborist/lib/optional-set.js
var require_optional_set = __commonJS({
  "node_modules/@npmcli/arborist/lib/optional-set.js"(exports, module) {
    var gatherDepSet = require_gather_dep_set();
    var optionalSet = (node) => {
      const set = /* @__PURE__ */ new Set([node]);
      for (const node2 of set) {
        for (const edge of node2.edgesIn) {
          if (!edge.optional) {
            set.add(edge.from);
          }
        }
      }
      return gatherDepSet(set, (edge) => !set.has(edge.to) && !edge.from?.inert);
    };
    module.exports = optionalSet;
  }
});

// node_modules/@npmcli/arborist/lib/reset-dep-flags.js
var require_reset_dep_flags = __commonJS({
  "node_modules/@npmcli/arborist/lib/reset-dep-flags.js"(exports, module) {
    module.exports = (tree) => {
      for (const node of tree.inventory.values()) {
        node.resetDepFlags();
      }
    };
  }
});

// node_modules/@npmcli/arborist/lib/arborist/build-ideal-tree.js
var require_build_ideal_tree = __commonJS({
  "node_modules/@npmcli/arborist/lib/arborist/build-ideal-tree.js"(exports, module) {
    var localeCompare = require_string_locale_compare()("en");
    var PackageJson = require_lib9();
    var npa = require_npa();
    var pacote = require_lib19();
    var cacache = require_lib14();
    var { callLimit: promiseCallLimit } = require_commonjs3();
    var realpath = require_realpath();
    var { resolve, dirname, sep } = __require("node:path");
    var treeCheck = require_tree_check();
    var { readdirScoped } = require_lib13();
    var { lstat, readlink } = __require("node:fs/promises");
    var { depth } = require_lib20();
    var { log, time } = require_lib();
    var { redact } = require_lib17();
    var {
      OK,
      REPLACE,
      CONFLICT
    } = require_can_place_dep();
    var PlaceDep = require_place_dep();
    var debug = require_debug();
    var fromPath = require_from_path();
    var calcDepFlags = require_calc_dep_flags();
    var { isReleaseAgeExcluded, trustedSpecName } = require_release_age_exclude();
    var { resolvePatchedDependencies } = require_patched_dependencies();
    var PackageExtensions = require_package_extensions();
    var NpmExtension = require_npm_extension();
    var { hasExtensionFile } = require_npm_extension();
    var Shrinkwrap = require_shrinkwrap();
    var { defaultLockfileVersion } = Shrinkwrap;
    var Node = require_node3();
    var Link = require_link();
    var ALLOW_OPTION_FOR_TYPE = {
      git: "allowGit",
      remote: "allowRemote",
      file: "allowFile",
      directory: "allowDirectory"
    };
    var addRmPkgDeps = require_add_rm_pkg_deps();
    var optionalSet = require_optional_set();
    var { checkEngine, checkPlatform } = require_lib6();
    var relpath = require_relpath();
    var resetDepFlags = require_reset_dep_flags();
    var _updateAll = /* @__PURE__ */ Symbol.for("updateAll");
    var _flagsSuspect = /* @__PURE__ */ Symbol.for("flagsSuspect");
    var _setWorkspaces = /* @__PURE__ */ Symbol.for("setWorkspaces");
    var _updateNames = /* @__PURE__ */ Symbol.for("updateNames");
    var _resolvedAdd = /* @__PURE__ */ Symbol.for("resolvedAdd");
    var _rpcache = /* @__PURE__ */ Symbol.for("realpathCache");
    var _stcache = /* @__PURE__ */ Symbol.for("statCache");
    var _addNodeToTrashList = /* @__PURE__ */ Symbol.for("addNodeToTrashList");
    var DepsQueue = class {
      #deps = [];
      #sorted = true;
      get length() {
        return this.#deps.length;
      }
      push(item) {
        if (!this.#deps.includes(item)) {
          this.#sorted = false;
          this.#deps.push(item);
        }
      }
      pop() {
        if (!this.#sorted) {
          this.#deps.sort((a, b) => a.depth - b.depth || localeCompare(a.path, b.path));
          this.#sorted = true;
        }
        return this.#deps.shift();
      }
    };
    module.exports = (cls) => class IdealTreeBuilder extends cls {
      #complete;
      #currentDep = null;
      #depsQueue = new DepsQueue();
      #depsSeen = /* @__PURE__ */ new Set();
      #explicitRequests = /* @__PURE__ */ new Set();
      #follow;
      #installStrategy;
      #linkNodes = /* @__PURE__ */ new Set();
      #loadFailures = /* @__PURE__ */ new Set();
      #manifests = /* @__PURE__ */ new Map();
      #mutateTree = false;
      #packageExtensions = null;
      #npmExtension = null;
      #requestedTreeMutation = false;
      // a map of each module in a peer set to the thing that depended on
      // that set of peers in the first place.  Use a WeakMap so that we
      // don't hold onto references for nodes that are garbage collected.
      #peerSetSource = /* @__PURE__ */ new WeakMap();
      #preferDedupe = false;
      #prune;
      #strictPeerDeps;
      #virtualRoots = /* @__PURE__ */ new Map();
      constructor(options) {
        super(options);
        const {
          follow = false,
          installStrategy = "hoisted",
          strictPeerDeps = false,
          global: global2
        } = options;
        this.#strictPeerDeps = !!strictPeerDeps;
        this.#installStrategy = global2 ? "shallow" : installStrategy;
        this.#follow = !!follow;
        this[_updateAll] = false;
        this[_updateNames] = [];
        this[_resolvedAdd] = [];
        const cwd = process.cwd();
        this[_rpcache] = /* @__PURE__ */ new Map([[cwd, cwd]]);
        this[_stcache] = /* @__PURE__ */ new Map();
        this[_flagsSuspect] = false;
      }
      get explicitRequests() {
        return new Set(this.#explicitRequests);
      }
      // public method
      async buildIdealTree(options = {}) {
        if (this.idealTree) {
          return this.idealTree;
        }
        options = { ...this.options, ...options };
        if (!options.add || options.add.length === 0) {
          options.add = null;
        }
        if (!options.rm || options.rm.length === 0) {
          options.rm = null;
        }
        const timeEnd = time.start("idealTree");
        if (!options.add && !options.rm && !options.update && this.options.global) {
          throw new Error("global requires add, rm, or update option");
        }
        this.#parseSettings(options);
        this.addTracker("idealTree");
        try {
          await this.#initTree();
          await this.#loadNpmExtension();
          this.#loadPackageExtensions();
          await this.#inflateAncientLockfile();
          await this.#applyUserRequests(options);
          await this.#buildDeps();
          await this.#fixDepFlags();
          await this.#pruneFailedOptional();
          await this.#checkEngineAndPlatform();
          await resolvePatchedDependencies(this.idealTree, {
            path: this.path,
            allowUnusedPatches: this.options.allowUnusedPatches,
            rm: options.rm || []
          });
          this.#warnWorkspacePackageExtensions();
          this.#warnWorkspaceNpmExtension();
        } finally {
          timeEnd();
          this.finishTracker("idealTree");
        }
        return treeCheck(this.idealTree);
      }
      async #checkEngineAndPlatform() {
        const { engineStrict, npmVersion, nodeVersion, omit = [], cpu, os, libc } = this.options;
        const omitSet = new Set(omit);
        for (const node of this.idealTree.inventory.values()) {
          if (!node.optional && !node.shouldOmit(omitSet)) {
            try {
              if (!(node.isRoot && node.package.devEngines)) {
                checkEngine(node.package, npmVersion, nodeVersion, this.options.force);
              }
            } catch (err) {
              if (engineStrict) {
                throw err;
              }
              log.warn(err.code, err.message, {
                package: err.pkgid,
                required: err.required,
                current: err.current
              });
            }
            checkPlatform(node.package, this.options.force);
          }
          if (node.optional && !node.inert) {
            try {
              checkEngine(node.package, npmVersion, nodeVersion, false);
              checkPlatform(node.package, false, { cpu, os, libc });
            } catch (error) {
              const set = optionalSet(node);
              for (const node2 of set) {
                node2.inert = true;
              }
            }
          }
        }
      }
      // Load the root project's packageExtensions rule set.
      // Only the workspace root is authoritative, matching the root-only model of overrides.
      // The canonical hash is stashed on the lockfile meta so commit() can persist it.
      #loadPackageExtensions() {
        const rootPkg = this.idealTree.target.package;
        const lockedHash = this.idealTree.meta.packageExtensionsHash;
        this.#packageExtensions = new PackageExtensions(rootPkg.packageExtensions);
        this.idealTree.meta.packageExtensionsHash = this.#packageExtensions.hash;
        if (this.idealTree.meta.loadedFromDisk && lockedHash !== this.#packageExtensions.hash) {
          for (const node of [...this.idealTree.inventory.values()]) {
            if (node.isProjectRoot || node.isWorkspace || node.isTop) {
              continue;
            }
            const affected = node.packageExtensionsApplied || this.#packageExtensions.wouldMatch(node.packageName, node.version);
            if (affected) {
              for (const edge of node.edgesIn) {
                this.#depsQueue.push(edge.from);
              }
              node.parent = null;
            }
          }
        }
      }
      // Apply a matching root packageExtension to a copy of a candidate manifest.
      // Returns the possibly-extended manifest and the provenance to attach to the node.
      // Workspace candidates are never extended; that warning is emitted separately.
      #applyPackageExtension(pkg) {
        if (!this.#packageExtensions?.present) {
          return { pkg, applied: null };
        }
        const res = this.#packageExtensions.apply(pkg);
        return res ? { pkg: res.pkg, applied: res.applied } : { pkg, applied: null };
      }
      // Load the root project's .npm-extension file and its transformManifest export.
      // ignore-extension (and, via flatten, ignore-scripts) disables discovery and execution; the lockfile then carries no extension state.
      // The selected file's hash is stashed on the lockfile meta so commit() can persist it and npm ci can detect stale extension state.
      async #loadNpmExtension() {
        const lockedHash = this.idealTree.meta.npmExtensionHash;
        if (this.options.ignoreExtension) {
          return;
        }
        const ext = new NpmExtension({
          root: this.idealTree.realpath,
          extensionFile: this.options.extensionFile
        });
        this.#npmExtension = ext;
        this.idealTree.meta.npmExtensionHash = ext.hash;
        if (ext.present) {
          await ext.load();
        }
        if (this.idealTree.meta.loadedFromDisk && lockedHash !== ext.hash) {
          for (const node of [...this.idealTree.inventory.values()]) {
            if (node.isProjectRoot || node.isWorkspace || node.isTop || node.isLink) {
              continue;
            }
            const affected = node.npmExtensionApplied || ext.apply(node.package, { memoize: false });
            if (affected) {
              for (const edge of node.edgesIn) {
                this.#depsQueue.push(edge.from);
              }
              node.parent = null;
            }
          }
        }
      }
      // Apply the root transformManifest to a copy of a candidate manifest, before any packageExtensions rule.
      // Returns the possibly-transformed manifest and the provenance to attach to the node.
      #applyNpmExtension(pkg) {
        const res = this.#npmExtension?.apply(pkg);
        return res ? { pkg: res.pkg, applied: res.applied } : { pkg, applied: null };
      }
      // Warn when packageExtensions appears in a non-root workspace, or when a root selector matches a workspace member.
      // Workspace package manifests are edited directly and are never extension targets.
      #warnWorkspacePackageExtensions() {
        if (!this.#packageExtensions?.present) {
          return;
        }
        for (const node of this.idealTree.inventory.values()) {
          if (!node.isWorkspace || node.isLink) {
            continue;
          }
          if (node.package.packageExtensions !== void 0) {
            log.warn(
              "packageExtensions",
              `"packageExtensions" in workspace ${node.name} is ignored; it is only honored at the workspace root`
            );
          }
          if (this.#packageExtensions.wouldMatch(node.name, node.version)) {
            log.warn(
              "packageExtensions",
              `selector matches workspace package ${node.name}@${node.version}; edit its package.json directly instead of using packageExtensions`
            );
          }
        }
      }
      // Warn when a non-root workspace package contains a .npm-extension file; only the workspace root's file is honored.
      #warnWorkspaceNpmExtension() {
        for (const node of this.idealTree.inventory.values()) {
          if (!node.isWorkspace || node.isLink || node.isProjectRoot) {
            continue;
          }
          if (hasExtensionFile(node.realpath)) {
            log.warn(
              "npm-extension",
              `".npm-extension" in workspace ${node.name} is ignored; it is only honored at the workspace root`
            );
          }
        }
      }
      #parseSettings(options) {
        const update = options.update === true ? { all: true } : Array.isArray(options.update) ? { names: options.update } : options.update || {};
        if (update.all || !Array.isArray(update.names)) {
          update.names = [];
        }
        this.#complete = !!options.complete;
        this.#preferDedupe = !!options.preferDedupe;
        for (const name of update.names) {
          const spec = npa(name);
          const validationError = new TypeError(`Update arguments must only contain package names, eg:
    npm update ${spec.name}`);
          validationError.code = "EUPDATEARGS";
          if (spec.raw !== spec.name) {
            throw validationError;
          }
        }
        this[_updateNames] = update.names;
        this[_updateAll] = update.all;
        for (const name of options.rm || []) {
          const spec = npa(name);
          const validationError = new TypeError(`Remove arguments must only contain package names, eg:
    npm rm ${spec.name || "<pkg>"}`);
          validationError.code = "ERMARGS";
          if (spec.raw !== spec.name) {
            throw validationError;
          }
        }
        this.#prune = options.prune !== false;
        this.#requestedTreeMutation = !!(options.add || options.rm || update.all || update.names.length);
        this.#mutateTree = this.#requestedTreeMutation;
      }
      // load the initial tree, either the virtualTree from a shrinkwrap,
      // or just the root node from a package.json
      async #initTree() {
        const timeEnd = time.start("idealTree:init");
        let root;
        if (this.options.global) {
          root = await this.#globalRootNode();
        } else {
          try {
            const { content: pkg } = await PackageJson.normalize(this.path);
            root = await this.#rootNodeFromPackage(pkg);
          } catch (err) {
            if (err.code === "EJSONPARSE") {
              throw err;
            }
            root = await this.#rootNodeFromPackage({});
          }
        }
        return this[_setWorkspaces](root).then((root2) => {
          if (this.options.global) {
            return root2;
          } else if (!this.options.usePackageLock || this[_updateAll]) {
            return Shrinkwrap.reset({
              path: this.path,
              lockfileVersion: this.options.lockfileVersion,
              resolveOptions: this.options
            }).then((meta) => Object.assign(root2, { meta }));
          } else {
            return this.loadVirtual({ root: root2 });
          }
        }).then(async (root2) => {
          if (!this[_updateAll] && !this.options.global && !root2.meta.loadedFromDisk || this.options.global && this[_updateNames].length) {
            await new this.constructor(this.options).loadActual({ root: root2 });
            const tree = root2.target;
            if (tree.children.size) {
              root2.meta.loadedFromDisk = true;
              root2.meta.originalLockfileVersion = root2.meta.lockfileVersion = this.options.lockfileVersion || defaultLockfileVersion;
            }
          }
          root2.meta.inferFormattingOptions(root2.package);
          return root2;
        }).then((tree) => {
          depth({
            tree,
            getChildren: (node) => {
              const children = [];
              for (const edge of node.edgesOut.values()) {
                children.push(edge.to);
              }
              return children;
            },
            filter: (node) => node,
            visit: (node) => {
              for (const edge of node.edgesOut.values()) {
                const skipPeerOptional = edge.type === "peerOptional" && this.options.save === false && !this.#requestedTreeMutation;
                if (!skipPeerOptional && (!edge.to || !edge.valid)) {
                  this.#depsQueue.push(node);
                  break;
                }
              }
            }
          });
          this.idealTree = tree;
          this.virtualTree = null;
          timeEnd();
          return tree;
        });
      }
      async #globalRootNode() {
        const root = await this.#rootNodeFromPackage({ dependencies: {} });
        const meta = new Shrinkwrap({
          path: this.path,
          lockfileVersion: this.options.lockfileVersion,
          resolveOptions: this.options
        });
        meta.reset();
        root.meta = meta;
        return root;
      }
      async #rootNodeFromPackage(pkg) {
        const real = await realpath(this.path, this[_rpcache], this[_stcache]);
        const Cls = real === this.path ? Node : Link;
        const root = new Cls({
          path: this.path,
          realpath: real,
          pkg,
          extraneous: false,
          dev: false,
          devOptional: false,
          peer: false,
          optional: false,
          global: this.options.global,
          installLinks: this.installLinks,
          legacyPeerDeps: this.legacyPeerDeps,
          loadOverrides: true
        });
        if (root.isLink) {
          root.target = new Node({
            path: real,
            realpath: real,
            pkg,
            extraneous: false,
            dev: false,
            devOptional: false,
            peer: false,
            optional: false,
            global: this.options.global,
            installLinks: this.installLinks,
            legacyPeerDeps: this.legacyPeerDeps,
            loadOverrides: true,
            root
          });
        }
        return root;
      }
      // process the add/rm requests by modifying the root node, and the
      // update.names request by queueing nodes dependent on those named.
      async #applyUserRequests(options) {
        const timeEnd = time.start("idealTree:userRequests");
        const tree = this.idealTree.target;
        if (!this.options.workspaces.length) {
          await this.#applyUserRequestsToNode(tree, options);
        } else {
          const nodes = this.workspaceNodes(tree, this.options.workspaces);
          if (this.options.includeWorkspaceRoot) {
            nodes.push(tree);
          }
          const appliedRequests = nodes.map(
            (node) => this.#applyUserRequestsToNode(node, options)
          );
          await Promise.all(appliedRequests);
        }
        timeEnd();
      }
      async #applyUserRequestsToNode(tree, options) {
        if (!this.options.global && this[_updateNames].length) {
          this.#queueNamedUpdates();
        }
        const globalExplicitUpdateNames = [];
        if (this.options.global && (this[_updateAll] || this[_updateNames].length)) {
          const nm = resolve(this.path, "node_modules");
          const paths = await readdirScoped(nm).catch(() => []);
          for (const p of paths) {
            const name = p.replace(/\\/g, "/");
            if (/^(@[^/]+\/)?\./.test(name)) {
              continue;
            }
            const updateName = this[_updateNames].includes(name);
            if (this[_updateAll] || updateName) {
              if (updateName) {
                globalExplicitUpdateNames.push(name);
              }
              const dir = resolve(nm, name);
              const st = await lstat(dir).catch(
                /* istanbul ignore next */
                () => null
              );
              if (st && st.isSymbolicLink()) {
                const target = await readlink(dir);
                const real = resolve(dirname(dir), target);
                tree.package.dependencies[name] = `file:${real}`;
              } else {
                tree.package.dependencies[name] = "*";
              }
            }
          }
        }
        if (this.auditReport && this.auditReport.size > 0) {
          await this.#queueVulnDependents(options);
        }
        const { add, rm } = options;
        if (rm && rm.length) {
          addRmPkgDeps.rm(tree.package, rm);
          for (const name of rm) {
            this.#explicitRequests.add({ from: tree, name, action: "DELETE" });
          }
        }
        if (add && add.length) {
          await this.#add(tree, options);
        }
        if (add && add.length || rm && rm.length || this.options.global) {
          tree.package = tree.package;
        }
        for (const spec of this[_resolvedAdd]) {
          if (spec.tree === tree) {
            this.#explicitRequests.add(tree.edgesOut.get(spec.name));
          }
        }
        for (const name of globalExplicitUpdateNames) {
          this.#explicitRequests.add(tree.edgesOut.get(name));
        }
        this.#depsQueue.push(tree);
      }
      // This returns a promise because we might not have the name yet, and need to call pacote.manifest to find the name.
      async #add(tree, { add, saveType = null, saveBundle = false }) {
        const path = tree.target.path;
        await Promise.all(add.map(async (rawSpec) => {
          let spec = npa(rawSpec);
          const isTag = spec.rawSpec && spec.type === "tag";
          if (!spec.name || isTag) {
            const _isRoot = tree.isProjectRoot || tree.isWorkspace;
            const mani = await pacote.manifest(spec, {
              ...this.options,
              _isRoot,
              before: this.#releaseAgeBefore(spec)
            });
            if (isTag) {
              spec = npa(`${mani.name}@${mani.version}`);
            }
            spec.name = mani.name;
          }
          const { name } = spec;
          if (spec.type === "file") {
            spec = npa(`file:${relpath(path, spec.fetchSpec)}`, path);
            spec.name = name;
          } else if (spec.type === "directory") {
            try {
              const real = await realpath(spec.fetchSpec, this[_rpcache], this[_stcache]);
              spec = npa(`file:${relpath(path, real)}`, path);
              spec.name = name;
            } catch {
            }
          }
          spec.tree = tree;
          this[_resolvedAdd].push(spec);
        }));
        addRmPkgDeps.add({
          pkg: tree.package,
          add: this[_resolvedAdd],
          saveBundle,
          saveType
        });
      }
      // TODO: provide a way to fix bundled deps by exposing metadata about
      // what's in the bundle at each published manifest.  Without that, we
      // can't possibly fix bundled deps without breaking a ton of other stuff,
      // and leaving the user subject to getting it overwritten later anyway.
      async #queueVulnDependents(options) {
        for (const vuln of this.auditReport.values()) {
          if (vuln.fixBlockedByReleaseAge) {
            const { version, before } = vuln.fixBlockedByReleaseAge;
            const cutoff = new Date(before).toISOString().slice(0, 10);
            log.warn("audit", `A fix for ${vuln.name} is available (${vuln.name}@${version}) but was published after the configured release-age cutoff (${cutoff}), so ${vuln.name} was left at a vulnerable version.
To install it, add "${vuln.name}" to min-release-age-exclude, or relax min-release-age or before.`);
          }
          for (const node of vuln.nodes) {
            const bundler = node.getBundler();
            if (bundler) {
              log.warn(
                `audit fix ${node.name}@${node.version}`,
                `${node.location}
is a bundled dependency of
${bundler.name}@${bundler.version} at ${bundler.location}
It cannot be fixed automatically.
Check for updates to the ${bundler.name} package.`
              );
              continue;
            }
            for (const edge of node.edgesIn) {
              this.addTracker("idealTree", edge.from.name, edge.from.location);
              this.#depsQueue.push(edge.from);
            }
          }
        }
        if (this.options.force && this.auditReport && this.auditReport.topVulns.size) {
          options.add = options.add || [];
          options.rm = options.rm || [];
          const nodesTouched = /* @__PURE__ */ new Set();
          for (const [name, topVuln] of this.auditReport.topVulns.entries()) {
            const {
              simpleRange,
              topNodes,
              fixAvailable
            } = topVuln;
            for (const node of topNodes) {
              if (!node.isProjectRoot && !node.isWorkspace) {
                log.warn("audit", `Manual fix required in linked project at ./${node.location} for ${name}@${simpleRange}.
'cd ./${node.location}' and run 'npm audit' for details.`);
                continue;
              }
              if (!fixAvailable) {
                log.warn("audit", `No fix available for ${name}@${simpleRange}`);
                continue;
              }
              const { isSemVerMajor, version, name: fixName } = fixAvailable;
              const breakingMessage = isSemVerMajor ? "a SemVer major change" : "outside your stated dependency range";
              log.warn("audit", `Updating ${fixName} to ${version}, which is ${breakingMessage}.`);
              await this.#add(node, { add: [`${fixName}@${version}`] });
              nodesTouched.add(node);
            }
          }
          for (const node of nodesTouched) {
            node.package = node.package;
          }
        }
      }
      #avoidRange(name) {
        if (!this.auditReport) {
          return null;
        }
        const vuln = this.auditReport.get(name);
        if (!vuln) {
          return null;
        }
        return vuln.range;
      }
      // Enforces the allow-git / allow-file / allow-directory / allow-remote configs at the arborist resolution layer, before any branching into the symlink (Link) path or the manifest-fetch path.
      // Pacote also enforces these inside FetcherBase.get() as defense-in-depth, but the symlink branch never reaches pacote, and the manifest cache here would bypass pacote on a cached hit.
      // Throws the same { code: EALLOW${TYPE} } shape pacote uses, so callers and downstream consumers stay consistent.
      #checkAllow(spec, edge) {
        const optName = ALLOW_OPTION_FOR_TYPE[spec.type];
        if (!optName) {
          return;
        }
        const allow = this.options[optName] ?? "all";
        if (allow === "all") {
          return;
        }
        const isRoot = !!(edge?.from?.isProjectRoot || edge?.from?.isWorkspace);
        if (allow !== "none" && isRoot) {
          return;
        }
        throw Object.assign(
          new Error(`Fetching${allow === "root" ? " non-root" : ""} packages of type "${spec.type}" have been disabled`),
          {
            code: `EALLOW${spec.type.toUpperCase()}`,
            package: spec.toString()
          }
        );
      }
      // Builds a Node representing a spec we failed to load (allow-* gate, network failure, ENOTARGET, etc.) and records it in #loadFailures so #pruneFailedOptional can later decide whether the failure is fatal or silently dropped for optional deps.
      #failureNode(name, parent, error, edge) {
        error.requiredBy = edge?.from?.location || ".";
        const n = new Node({
          name,
          parent,
          error,
          installLinks: this.installLinks,
          legacyPeerDeps: this.legacyPeerDeps
        });
        this.#loadFailures.add(n);
        return n;
      }
      #queueNamedUpdates() {
        for (const node of this.idealTree.inventory.values()) {
          if (this[_updateNames].includes(node.name) && !node.isTop && !node.inDepBundle) {
            for (const edge of node.edgesIn) {
              this.addTracker("idealTree", edge.from.name, edge.from.location);
              this.#depsQueue.push(edge.from);
            }
          }
        }
      }
      async #inflateAncientLockfile() {
        const { meta, inventory } = this.idealTree;
        const ancient = meta.ancientLockfile;
        const old = meta.loadedFromDisk && !(meta.originalLockfileVersion >= 2);
        if (inventory.size === 0 || !ancient && !old) {
          return;
        }
        const timeEnd = time.start("idealTree:inflate");
        const heading = ancient ? "ancient lockfile" : "old lockfile";
        if (ancient || !this.options.lockfileVersion || this.options.lockfileVersion >= defaultLockfileVersion) {
          log.warn(
            heading,
            `
The ${meta.type} file was created with an old version of npm,
so supplemental metadata must be fetched from the registry.

This is a one-time fix-up, please be patient...
`
          );
        }
        this.addTracker("idealTree:inflate");
        const queue = [];
        for (const node of inventory.values()) {
          if (node.isProjectRoot) {
            continue;
          }
          if (!node.location.startsWith("node_modules")) {
            continue;
          }
          queue.push(async () => {
            log.silly("inflate", node.location);
            const { resolved, version, path, name, location, integrity } = node;
            const useResolved = resolved && (!version || resolved.startsWith("file:"));
            const id = useResolved ? resolved : version;
            const spec = npa.resolve(name, id, dirname(path));
            const t = `idealTree:inflate:${location}`;
            this.addTracker(t);
            try {
              const mani = await pacote.manifest(spec, {
                ...this.options,
                resolved,
                integrity,
                fullMetadata: false,
                before: this.#releaseAgeBefore(spec)
              });
              node.package = { ...mani, _id: `${mani.name}@${mani.version}` };
            } catch (er) {
              const warning = `Could not fetch metadata for ${name}@${id}`;
              log.warn(heading, warning, er);
            }
            this.finishTracker(t);
          });
        }
        await promiseCallLimit(queue);
        resetDepFlags(this.idealTree);
        calcDepFlags(this.idealTree);
        if (!this.options.lockfileVersion && !meta.hiddenLockfile) {
          meta.originalLockfileVersion = defaultLockfileVersion;
        }
        this.finishTracker("idealTree:inflate");
        timeEnd();
      }
      // at this point we have a virtual tree with the actual root node's
      // package deps, which may be partly or entirely incomplete, invalid
      // or extraneous.
      #buildDeps() {
        const timeEnd = time.start("idealTree:buildDeps");
        const tree = this.idealTree.target;
        tree.assertRootOverrides();
        this.#depsQueue.push(tree);
        log.silly("idealTree", "buildDeps");
        this.addTracker("idealTree", tree.name, "");
        return this.#buildDepStep().then(timeEnd);
      }
      async #buildDepStep() {
        if (this.#currentDep) {
          const { location, name } = this.#currentDep;
          time.end(`idealTree:${location || "#root"}`);
          this.finishTracker("idealTree", name, location);
          this.#currentDep = null;
        }
        if (!this.#depsQueue.length) {
          return this.#resolveLinks();
        }
        const node = this.#depsQueue.pop();
        const bd = node.package.bundleDependencies;
        const hasBundle = bd && Array.isArray(bd) && bd.length;
        if (this.#depsSeen.has(node) || node.root !== this.idealTree) {
          return this.#buildDepStep();
        }
        this.#depsSeen.add(node);
        this.#currentDep = node;
        time.start(`idealTree:${node.location || "#root"}`);
        const crackOpen = this.#complete && node !== this.idealTree && node.resolved && hasBundle && !node.inert;
        if (crackOpen) {
          const Arborist = this.constructor;
          const opt = { ...this.options };
          await cacache.tmp.withTmp(this.cache, opt, async (path) => {
            await pacote.extract(node.resolved, path, {
              ...opt,
              Arborist,
              resolved: node.resolved,
              integrity: node.integrity
            });
            await new Arborist({ ...this.options, path }).loadActual({ root: node, ignoreMissing: true });
          });
        }
        const tasks = [];
        const peerSource = this.#peerSetSource.get(node) || node;
        for (const edge of this.#problemEdges(node)) {
          if (edge.peerConflicted) {
            continue;
          }
          const source = edge.peer ? peerSource : node;
          const virtualRoot = this.#virtualRoot(source, true);
          const vrEdge = virtualRoot && virtualRoot.edgesOut.get(edge.name);
          const vrDep = vrEdge && vrEdge.valid && vrEdge.to;
          const required = /* @__PURE__ */ new Set([edge.from]);
          const parent = edge.peer ? virtualRoot : null;
          let dep = vrDep && vrDep.satisfies(edge) ? vrDep : null;
          const skipExistingShortcut = this[_updateNames].includes(edge.name) || this.#explicitRequests.has(edge) || edge.to && this.auditReport?.isVulnerable(edge.to);
          if (!dep && edge.type === "peerOptional" && !skipExistingShortcut) {
            dep = this.#findHoistableNode(
              /* istanbul ignore next - resolveParent is always set for non-root nodes */
              edge.from.resolveParent || edge.from,
              edge
            );
          }
          if (!dep) {
            dep = await this.#nodeFromEdge(edge, parent, null, required);
          }
          debug(() => {
            if (!dep) {
              throw new Error("no dep??");
            }
          });
          tasks.push({ edge, dep });
        }
        const placeDeps = tasks.sort((a, b) => localeCompare(a.edge.name, b.edge.name));
        const promises = [];
        for (const { edge, dep } of placeDeps) {
          const pd = new PlaceDep({
            edge,
            dep,
            auditReport: this.auditReport,
            explicitRequest: this.#explicitRequests.has(edge),
            force: this.options.force,
            installLinks: this.installLinks,
            installStrategy: this.#installStrategy,
            legacyPeerDeps: this.legacyPeerDeps,
            preferDedupe: this.#preferDedupe,
            strictPeerDeps: this.#strictPeerDeps,
            updateNames: this[_updateNames]
          });
          depth({
            tree: pd,
            getChildren: (pd2) => pd2.children,
            visit: (pd2) => {
              const { placed, edge: edge2, canPlace: cpd, parent } = pd2;
              if (!placed) {
                return;
              }
              if (placed.errors.length) {
                this.#loadFailures.add(placed);
              }
              this.#mutateTree = true;
              if (cpd.canPlaceSelf === OK) {
                for (const edgeIn of placed.edgesIn) {
                  if (edgeIn === edge2) {
                    continue;
                  }
                  const { from, valid, peerConflicted } = edgeIn;
                  if (!peerConflicted && !valid) {
                    if (this.#depsSeen.has(from) && (this.options.save || this.options.save === false && this.#requestedTreeMutation)) {
                      this.#depsSeen.delete(from);
                      this.#depsQueue.push(from);
                    } else if (!this.#depsSeen.has(from)) {
                      this.addTracker("idealTree", from.name, from.location);
                      this.#depsQueue.push(from);
                    }
                  }
                }
              } else {
                if (cpd.canPlaceSelf === REPLACE) {
                  for (const edgeIn of placed.edgesIn) {
                    if (edgeIn === edge2) {
                      continue;
                    }
                    const { valid, peerConflicted } = edgeIn;
                    if (!valid && !peerConflicted) {
                      this.#depsSeen.delete(edgeIn.from);
                      this.#depsQueue.push(edgeIn.from);
                    }
                  }
                }
              }
              if (cpd.canPlaceSelf === CONFLICT) {
                debug(() => {
                  const er = new Error("placed with canPlaceSelf=CONFLICT");
                  throw Object.assign(er, { placeDep: pd2 });
                });
                return;
              }
              this.#depsQueue.push(placed);
              for (const dep2 of pd2.needEvaluation) {
                this.#depsSeen.delete(dep2);
                this.#depsQueue.push(dep2);
              }
              for (const e of this.#problemEdges(placed)) {
                promises.push(
                  () => this.#fetchManifest(npa.resolve(e.name, e.spec, fromPath(placed, e)), parent, e).catch(() => null)
                );
              }
            }
          });
        }
        for (const { to } of node.edgesOut.values()) {
          if (to && to.isLink && to.target) {
            this.#linkNodes.add(to);
          }
        }
        await promiseCallLimit(promises);
        return this.#buildDepStep();
      }
      // BFS descendants of `root` for a node satisfying `edge`.
      // Prefers nodes closer to root.  Skips bundled nodes.
      #findHoistableNode(root, edge) {
        const queue = [...root.children.values()];
        while (queue.length) {
          const node = queue.shift();
          if (node.name === edge.name && !node.inDepBundle && node.satisfies(edge)) {
            return node;
          }
          for (const child of node.children.values()) {
            queue.push(child);
          }
        }
        return null;
      }
      // loads a node from an edge, and then loads its peer deps (and their peer deps, on down the line) into a virtual root parent.
      async #nodeFromEdge(edge, parent_, secondEdge, required) {
        const parent = parent_ || this.#virtualRoot(edge.from);
        const spec = npa.resolve(edge.name, edge.spec, edge.from.path);
        const first = await this.#nodeFromSpec(edge.name, spec, parent, edge);
        const spec2 = secondEdge && npa.resolve(
          edge.name,
          secondEdge.spec,
          secondEdge.from.path
        );
        const second = secondEdge && !secondEdge.valid ? await this.#nodeFromSpec(edge.name, spec2, parent, secondEdge) : null;
        const node = second && edge.valid ? second : first;
        node.parent = parent;
        if (required.has(edge.from) && edge.type !== "peerOptional" || secondEdge && (required.has(secondEdge.from) && secondEdge.type !== "peerOptional")) {
          required.add(node);
        }
        const src = parent.sourceReference;
        this.#peerSetSource.set(node, src);
        if (this.options.global && edge.from.isProjectRoot) {
          return node;
        }
        return this.#loadPeerSet(node, required);
      }
      #virtualRoot(node, reuse = false) {
        if (reuse && this.#virtualRoots.has(node)) {
          return this.#virtualRoots.get(node);
        }
        const vr = new Node({
          path: node.realpath,
          sourceReference: node,
          installLinks: this.installLinks,
          legacyPeerDeps: this.legacyPeerDeps,
          overrides: node.overrides
        });
        for (const child of node.children.values()) {
          if (child.isLink) {
            new Node({
              path: child.realpath,
              sourceReference: child.target,
              root: vr
            });
          }
        }
        this.#virtualRoots.set(node, vr);
        return vr;
      }
      #problemEdges(node) {
        const bd = node.isProjectRoot || node.isWorkspace ? null : node.package.bundleDependencies;
        const bundled = new Set(bd || []);
        const problems = [];
        for (const edge of node.edgesOut.values()) {
          if (bundled.has(edge.name)) {
            continue;
          }
          if (edge.to && this.#loadFailures.has(edge.to)) {
            continue;
          }
          if (!edge.to) {
            if (edge.type !== "peerOptional" || this.#explicitRequests.has(edge)) {
              problems.push(edge);
            }
            continue;
          }
          if (!edge.valid) {
            if (edge.type !== "peerOptional" || this.options.save !== false || this.#requestedTreeMutation) {
              problems.push(edge);
            }
            continue;
          }
          if (edge.to.isWorkspace) {
            continue;
          }
          if (this[_updateNames].includes(edge.name)) {
            problems.push(edge);
            continue;
          }
          if (this.auditReport && this.auditReport.isVulnerable(edge.to)) {
            problems.push(edge);
            continue;
          }
          if (this.#explicitRequests.has(edge)) {
            problems.push(edge);
            continue;
          }
        }
        return problems;
      }
      // The effective `before` filter for a package, applying `min-release-age-exclude`.
      // Returns null (no age filter) for an exempted package, otherwise the
      // configured `before`. The exemption is keyed on the spec's trusted registry
      // identity (alias targets are unwrapped) so an `npm:` alias key cannot disable
      // the filter for the package it actually resolves to.
      #releaseAgeBefore(spec) {
        const { before, minReleaseAgeExclude } = this.options;
        if (!before) {
          return before;
        }
        return isReleaseAgeExcluded(trustedSpecName(spec), minReleaseAgeExclude) ? null : before;
      }
      async #fetchManifest(spec, parent, edge) {
        this.#checkAllow(spec, edge);
        const options = {
          ...this.options,
          avoid: this.#avoidRange(spec.name),
          fullMetadata: true,
          before: this.#releaseAgeBefore(spec),
          _isRoot: !!(edge?.from?.isProjectRoot || edge?.from?.isWorkspace)
        };
        spec = this.idealTree.meta.checkYarnLock(spec, options);
        if (this.#manifests.has(spec.raw)) {
          return this.#manifests.get(spec.raw);
        } else {
          log.silly("fetch manifest", spec.raw.replace(spec.rawSpec, redact(spec.rawSpec)));
          const mani = await pacote.manifest(spec, options);
          this.#manifests.set(spec.raw, mani);
          return mani;
        }
      }
      async #nodeFromSpec(name, spec, parent, edge) {
        try {
          this.#checkAllow(spec, edge);
        } catch (error) {
          return this.#failureNode(name, parent, error, edge);
        }
        const { installLinks, legacyPeerDeps } = this;
        const isWorkspace = this.idealTree.workspaces && this.idealTree.workspaces.has(spec.name);
        let isProjectInternalFileSpec = false;
        if (edge?.rawSpec.startsWith("file:../") || edge?.rawSpec.startsWith("file:./")) {
          const targetPath = resolve(parent.realpath, edge.rawSpec.slice(5));
          const resolvedProjectRoot = resolve(this.idealTree.realpath);
          isProjectInternalFileSpec = targetPath.startsWith(resolvedProjectRoot + sep) || targetPath === resolvedProjectRoot;
        }
        const parentWasInstalled = parent && !parent.isLink && parent.resolved?.startsWith("file:");
        const isTransitiveFileDep = spec.type === "directory" && parentWasInstalled && installLinks;
        const shouldLink = (isWorkspace || isProjectInternalFileSpec || !installLinks) && !isTransitiveFileDep;
        if (spec.type === "directory" && shouldLink) {
          const realpath2 = spec.fetchSpec;
          const { content: pkg } = await PackageJson.normalize(realpath2).catch(() => {
            return { content: {} };
          });
          const link = new Link({ name, parent, realpath: realpath2, pkg, installLinks, legacyPeerDeps });
          this.#linkNodes.add(link);
          return link;
        }
        if (isWorkspace) {
          const existingNode = this.idealTree.edgesOut.get(spec.name).to;
          if (existingNode && existingNode.isWorkspace && existingNode.satisfies(edge)) {
            return existingNode;
          }
        }
        if (isTransitiveFileDep && edge) {
          const parentOriginalPath = parent.resolved.slice(5);
          const relativePath = edge.rawSpec.slice(5);
          const absolutePath = resolve(parentOriginalPath, relativePath);
          spec = npa.resolve(name, `file:${absolutePath}`);
        }
        return this.#fetchManifest(spec, parent, edge).then(
          (pkg) => {
            if (!pkg.version && spec.registry) {
              const error = Object.assign(
                new Error(`incomplete manifest for ${name}, missing version`),
                { code: "EINCOMPLETEMANIFEST" }
              );
              return this.#failureNode(name, parent, error, edge);
            }
            const transformed = this.#applyNpmExtension(pkg);
            const { pkg: extended, applied } = this.#applyPackageExtension(transformed.pkg);
            const node = new Node({ name, pkg: extended, parent, installLinks, legacyPeerDeps });
            if (transformed.applied) {
              node.npmExtensionApplied = transformed.applied;
            }
            if (applied) {
              node.packageExtensionsApplied = applied;
            }
            return node;
          },
          (error) => this.#failureNode(name, parent, error, edge)
        );
      }
      // load all peer deps and meta-peer deps into the node's parent
      // At the end of this, the node's peer-type outward edges are all
      // resolved, and so are all of theirs, but other dep types are not.
      // We prefer to get peer deps that meet the requiring node's dependency,
      // if possible, since that almost certainly works (since that package was
      // developed with this set of deps) and will typically be more restrictive.
      // Note that the peers in the set can conflict either with each other,
      // or with a direct dependency from the virtual root parent!  In strict
      // mode, this is always an error.  In force mode, it never is, and we
      // prefer the parent's non-peer dep over a peer dep, or the version that
      // gets placed first.  In non-strict mode, we behave strictly if the
      // virtual root is based on the root project, and allow non-peer parent
      // deps to override, but throw if no preference can be determined.
      async #loadPeerSet(node, required) {
        const peerEdges = [...node.edgesOut.values()].filter((e) => e.peer && !(e.valid && e.to)).sort(({ name: a }, { name: b }) => localeCompare(a, b));
        for (const edge of peerEdges) {
          if (!node.parent) {
            break;
          }
          if (edge.valid && edge.to) {
            continue;
          }
          const parentEdge = node.parent.edgesOut.get(edge.name);
          const { isProjectRoot, isWorkspace } = node.parent.sourceReference;
          const isMine = isProjectRoot || isWorkspace;
          const conflictOK = this.options.force || !isMine && !this.#strictPeerDeps;
          if (!edge.to) {
            if (!parentEdge) {
              if (edge.type === "peerOptional") {
                const current2 = node.parent.sourceReference.resolve(edge.name);
                if (!current2 || current2.satisfies(edge)) {
                  continue;
                }
              }
              await this.#nodeFromEdge(edge, node.parent, null, required);
              continue;
            } else {
              const dep2 = await this.#nodeFromEdge(
                parentEdge,
                node.parent,
                edge,
                required
              );
              if (edge.valid) {
                continue;
              }
              if (conflictOK || !required.has(dep2) || this.#loadFailures.has(dep2)) {
                edge.peerConflicted = true;
                continue;
              }
              if (!node.parent) {
                break;
              }
              this.#failPeerConflict(edge, parentEdge);
            }
          }
          const current = edge.to;
          const dep = await this.#nodeFromEdge(edge, null, null, required);
          if (dep.canReplace(current)) {
            await this.#nodeFromEdge(edge, node.parent, null, required);
            continue;
          }
          if (conflictOK || !required.has(edge.from) || this.#loadFailures.has(current)) {
            continue;
          }
          this.#failPeerConflict(edge, parentEdge);
        }
        return node;
      }
      #failPeerConflict(edge, currentEdge) {
        const expl = this.#explainPeerConflict(edge, currentEdge);
        throw Object.assign(new Error("unable to resolve dependency tree"), expl);
      }
      #explainPeerConflict(edge, currentEdge) {
        const node = edge.from;
        const curNode = node.resolve(edge.name);
        const current = curNode.explain();
        return {
          code: "ERESOLVE",
          current,
          // it SHOULD be impossible to get here without a current node in place,
          // but this at least gives us something report on when bugs creep into
          // the tree handling logic.
          currentEdge: currentEdge ? currentEdge.explain() : null,
          edge: edge.explain(),
          strictPeerDeps: this.#strictPeerDeps,
          force: this.options.force
        };
      }
      // go through all the links in the this.#linkNodes set
      // for each one:
      // - if outside the root, ignore it, assume it's fine, it's not our problem
      // - if a node in the tree already, assign the target to that node.
      // - if a path under an existing node, then assign that as the fsParent,
      //   and add it to the _depsQueue
      //
      // call buildDepStep if anything was added to the queue; otherwise, we're done
      // XXX load-virtual also has a #resolveLinks, is there overlap?
      #resolveLinks() {
        for (const link of this.#linkNodes) {
          this.#linkNodes.delete(link);
          if (link.root !== this.idealTree) {
            continue;
          }
          const tree = this.idealTree.target;
          const external = !link.target.isDescendantOf(tree);
          if (external && !this.#follow) {
            continue;
          }
          const unseenLink = (link.target.parent || link.target.fsParent) && !this.#depsSeen.has(link.target);
          if (this.#follow && !link.target.parent && !link.target.fsParent || unseenLink) {
            if (link.overrides) {
              link.target.updateOverridesEdgeInAdded(link.overrides);
            }
            this.addTracker("idealTree", link.target.name, link.target.location);
            this.#depsQueue.push(link.target);
          }
        }
        if (this.#depsQueue.length) {
          return this.#buildDepStep();
        }
      }
      #fixDepFlags() {
        const timeEnd = time.start("idealTree:fixDepFlags");
        const metaFromDisk = this.idealTree.meta.loadedFromDisk;
        const flagsSuspect = this[_flagsSuspect];
        const mutateTree = this.#mutateTree;
        if (metaFromDisk && mutateTree) {
          resetDepFlags(this.idealTree);
        }
        if (!metaFromDisk || mutateTree) {
          calcDepFlags(this.idealTree);
        } else {
          this.idealTree.unsetDepFlags();
        }
        const needPrune = metaFromDisk && (mutateTree || flagsSuspect);
        if (this.#prune && needPrune) {
          this.#idealTreePrune();
        }
        timeEnd();
      }
      #idealTreePrune() {
        for (const node of this.idealTree.inventory.values()) {
          if (node.extraneous) {
            node.parent = null;
          }
        }
      }
      #pruneFailedOptional() {
        for (const node of this.#loadFailures) {
          if (!node.optional) {
            throw node.errors[0];
          }
          const set = optionalSet(node);
          for (const node2 of set) {
            node2.inert = true;
          }
        }
      }
      async prune(options = {}) {
        options = { ...this.options, ...options };
        await this.buildIdealTree(options);
        this.#idealTreePrune();
        if (!this.options.workspacesEnabled) {
          const excludeNodes = this.excludeWorkspacesDependencySet(this.idealTree);
          for (const node of this.idealTree.inventory.values()) {
            if (node.parent !== null && !node.isProjectRoot && !excludeNodes.has(node) && !node.inert) {
              this[_addNodeToTrashList](node);
            }
          }
        }
        return this.reify(options);
      }
    };
  }
});

// node_modules/common-ancestor-path/dist/commonjs/index.js
var require_commonjs4 = __commonJS({
  "node_modules/common-ancestor-path/dist/commonjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.commonAncestorPath = void 0;
    var node_path_1 = __require("node:path");
    function* commonArrayMembers(a, b) {
      const [l, s] = a.length > b.length ? [a, b] : [b, a];
      for (const x of s) {
        if (x === l.shift())
          yield x;
        else
          break;
      }
    }
    var cap = (a, b) => a === b ? a : !a || !b ? null : (0, node_path_1.parse)(a).root !== (0, node_path_1.parse)(b).root ? null : [...commonArrayMembers((0, node_path_1.normalize)(a).split(node_path_1.sep), (0, node_path_1.normalize)(b).split(node_path_1.sep))].join(node_path_1.sep);
    var commonAncestorPath = (...paths) => paths.reduce(cap);
    exports.commonAncestorPath = commonAncestorPath;
  }
});

// node_modules/@npmcli/arborist/lib/arborist/load-actual.js
var require_load_actual = __commonJS({
  "node_modules/@npmcli/arborist/lib/arborist/load-actual.js"(exports, module) {
    var { dirname, join, normalize, relative, resolve, sep } = __require("node:path");
    var PackageJson = require_lib9();
    var { readdirScoped } = require_lib13();
    var { walkUp } = require_commonjs();
    var { commonAncestorPath } = require_commonjs4();
    var treeCheck = require_tree_check();
    var Shrinkwrap = require_shrinkwrap();
    var calcDepFlags = require_calc_dep_flags();
    var Node = require_node3();
    var Link = require_link();
    var realpath = require_realpath();
    var PackageExtensions = require_package_extensions();
    var NpmExtension = require_npm_extension();
    var _changePath = /* @__PURE__ */ Symbol.for("_changePath");
    var _setWorkspaces = /* @__PURE__ */ Symbol.for("setWorkspaces");
    var _rpcache = /* @__PURE__ */ Symbol.for("realpathCache");
    var _stcache = /* @__PURE__ */ Symbol.for("statCache");
    module.exports = (cls) => class ActualLoader extends cls {
      #actualTree;
      // ensure when walking the tree that we don't call loadTree on the same
      // actual node more than one time.
      #actualTreeLoaded = /* @__PURE__ */ new Set();
      #actualTreePromise;
      // cache of nodes when loading the actualTree, so that we avoid loaded the
      // same node multiple times when symlinks attack.
      #cache = /* @__PURE__ */ new Map();
      #filter;
      // cache of link targets for setting fsParent links
      // We don't do fsParent as a magic getter/setter, because it'd be too costly
      // to keep up to date along the walk.
      // And, we know that it can ONLY be relevant when the node is a target of a
      // link; otherwise, it'd be in a node_modules folder, so take advantage of
      // that to limit the scans later.
      #topNodes = /* @__PURE__ */ new Set();
      #transplantFilter;
      // public method
      // TODO remove options param in next semver major
      async loadActual(options = {}) {
        if (this.actualTree) {
          return this.actualTree;
        }
        if (!this.#actualTreePromise) {
          options = { ...this.options, ...options };
          this.#actualTreePromise = this.#loadActual(options).then((tree) => {
            if (!options.root) {
              for (const node of tree.inventory.values()) {
                node.extraneous = true;
              }
            }
            calcDepFlags(tree, !options.root);
            this.#repropagateOverrides();
            this.actualTree = treeCheck(tree);
            return this.actualTree;
          });
        }
        return this.#actualTreePromise;
      }
      // return the promise so that we don't ever have more than one going at the
      // same time.  This is so that buildIdealTree can default to the actualTree
      // if no shrinkwrap present, but reify() can still call buildIdealTree and
      // loadActual in parallel safely.
      async #loadActual(options) {
        const {
          global: global2,
          filter = () => true,
          root = null,
          transplantFilter = () => true,
          ignoreMissing = false,
          forceActual = false
        } = options;
        this.#filter = filter;
        this.#transplantFilter = transplantFilter;
        if (global2) {
          const real = await realpath(this.path, this[_rpcache], this[_stcache]);
          const params = {
            path: this.path,
            realpath: real,
            pkg: {},
            global: global2,
            loadOverrides: true
          };
          if (this.path === real) {
            this.#actualTree = this.#newNode(params);
          } else {
            this.#actualTree = await this.#newLink(params);
          }
        } else {
          this.#actualTree = await this.#loadFSNode({
            path: this.path,
            real: await realpath(this.path, this[_rpcache], this[_stcache]),
            loadOverrides: true
          });
          this.#actualTree.assertRootOverrides();
          if (!forceActual) {
            const meta2 = await Shrinkwrap.load({
              path: this.#actualTree.path,
              hiddenLockfile: true,
              resolveOptions: this.options
            });
            if (meta2.loadedFromDisk) {
              this.#actualTree.meta = meta2;
              await new this.constructor({ ...this.options }).loadVirtual({
                root: this.#actualTree
              });
              await this[_setWorkspaces](this.#actualTree);
              this.#linkActualWorkspaces();
              this.#transplant(root);
              return this.#actualTree;
            }
          }
          const meta = await Shrinkwrap.load({
            path: this.#actualTree.path,
            lockfileVersion: this.options.lockfileVersion,
            resolveOptions: this.options
          });
          this.#actualTree.meta = meta;
        }
        await this.#loadFSTree(this.#actualTree);
        await this[_setWorkspaces](this.#actualTree);
        if (this.#actualTree.workspaces && this.#actualTree.workspaces.size) {
          const promises = [];
          for (const path of this.#actualTree.workspaces.values()) {
            if (!this.#cache.has(path)) {
              const p = this.#loadFSNode({ path, root: this.#actualTree, useRootOverrides: true }).then((node) => this.#loadFSTree(node));
              promises.push(p);
            }
          }
          await Promise.all(promises);
        }
        this.#linkActualWorkspaces();
        await this.#applyNpmExtension();
        this.#applyPackageExtensions();
        if (!ignoreMissing) {
          await this.#findMissingEdges();
        }
        for (const path of this.#topNodes) {
          const node = this.#cache.get(path);
          if (node && !node.parent && !node.fsParent) {
            for (const p of walkUp(dirname(path))) {
              if (this.#cache.has(p)) {
                node.fsParent = this.#cache.get(p);
                break;
              }
            }
          }
        }
        this.#transplant(root);
        if (global2) {
          const tree = this.#actualTree;
          const actualRoot = tree.isLink ? tree.target : tree;
          const { dependencies = {} } = actualRoot.package;
          for (const [name, kid] of actualRoot.children.entries()) {
            const def = kid.isLink ? `file:${kid.realpath}` : "*";
            dependencies[name] = dependencies[name] || def;
          }
          actualRoot.package = { ...actualRoot.package, dependencies };
        }
        return this.#actualTree;
      }
      // Under the linked (isolated) strategy, workspaces the root does not depend on are not symlinked into the root node_modules, so neither the on-disk scan nor the hidden lockfile gives the root's workspace edges a node_modules/<ws> link to resolve to.
      // Synthesize those links from the authoritative workspaces map so npm ls and npm query surface the workspaces, matching hoisted and the logical package-lock.
      #linkActualWorkspaces() {
        const root = this.#actualTree;
        if (this.options.installStrategy !== "linked" || !root.workspaces) {
          return;
        }
        const pkg = root.package;
        const declared = new Set(Object.keys(Object.assign(
          {},
          pkg.dependencies,
          pkg.devDependencies,
          pkg.optionalDependencies,
          pkg.peerDependencies
        )));
        const byLoc = /* @__PURE__ */ new Map();
        for (const node of root.fsChildren) {
          byLoc.set(node.path, node);
          byLoc.set(node.realpath, node);
        }
        for (const [name, path] of root.workspaces.entries()) {
          if (declared.has(name) || root.children.has(name)) {
            continue;
          }
          const target = byLoc.get(path);
          if (target) {
            new Link({
              name,
              path: resolve(root.path, "node_modules", name),
              realpath: target.realpath,
              target,
              parent: root,
              root
            });
          }
        }
      }
      #transplant(root) {
        if (!root || root === this.#actualTree) {
          return;
        }
        this.#actualTree[_changePath](root.path);
        for (const node of this.#actualTree.children.values()) {
          if (!this.#transplantFilter(node)) {
            node.root = null;
          }
        }
        root.replace(this.#actualTree);
        for (const node of this.#actualTree.fsChildren) {
          node.root = this.#transplantFilter(node) ? root : null;
        }
        this.#actualTree = root;
      }
      async #loadFSNode({ path, parent, real, root, loadOverrides, useRootOverrides }) {
        if (!real) {
          try {
            real = await realpath(path, this[_rpcache], this[_stcache]);
          } catch (error) {
            return new Node({
              error,
              path,
              realpath: path,
              parent,
              root,
              loadOverrides
            });
          }
        }
        const cached = this.#cache.get(path);
        let node;
        if (cached && !cached.dummy) {
          cached.parent = parent;
          return cached;
        } else {
          const params = {
            installLinks: this.installLinks,
            legacyPeerDeps: this.legacyPeerDeps,
            path,
            realpath: real,
            parent,
            root,
            loadOverrides,
            // A package physically located in the linked strategy's store is a transitive dependency, not a real tree top, so it must not load its devDependencies.
            // Never flag the loaded root itself, even if its own path happens to sit under a .store directory.
            isInStore: path !== this.path && real.includes(`${sep}node_modules${sep}.store${sep}`)
          };
          try {
            const { content: pkg } = await PackageJson.normalize(real);
            params.pkg = pkg;
            if (useRootOverrides && root.overrides) {
              params.overrides = root.overrides.getNodeRule({ name: pkg.name, version: pkg.version });
            }
          } catch (err) {
            if (err.code === "EJSONPARSE") {
              err.path = join(real, "package.json");
            }
            params.error = err;
          }
          if (normalize(path) === real) {
            node = this.#newNode(params);
          } else {
            node = await this.#newLink(params);
          }
        }
        this.#cache.set(path, node);
        return node;
      }
      #newNode(options) {
        const { parent, realpath: realpath2 } = options;
        if (!parent) {
          this.#topNodes.add(realpath2);
        }
        return new Node(options);
      }
      async #newLink(options) {
        const { realpath: realpath2 } = options;
        this.#topNodes.add(realpath2);
        const target = this.#cache.get(realpath2);
        const link = new Link({ ...options, target });
        if (!target) {
          this.#cache.set(realpath2, link.target);
          await this.#loadFSTree(link.target);
        }
        return link;
      }
      async #loadFSTree(node) {
        const did = this.#actualTreeLoaded;
        if (!node.isLink && !did.has(node.target.realpath)) {
          did.add(node.target.realpath);
          await this.#loadFSChildren(node.target);
          return Promise.all(
            [...node.target.children.entries()].filter(([, kid]) => !did.has(kid.realpath)).map(([, kid]) => this.#loadFSTree(kid))
          );
        }
      }
      // create child nodes for all the entries in node_modules
      // and attach them to the node as a parent
      async #loadFSChildren(node) {
        const nm = resolve(node.realpath, "node_modules");
        try {
          const kids = await readdirScoped(nm).then((paths) => paths.map((p) => p.replace(/\\/g, "/")));
          return Promise.all(
            // ignore . dirs and retired scoped package folders
            kids.filter((kid) => !/^(@[^/]+\/)?\./.test(kid)).filter((kid) => this.#filter(node, kid)).map((kid) => this.#loadFSNode({
              parent: node,
              path: resolve(nm, kid)
            }))
          );
        } catch {
        }
      }
      // packageExtensions never rewrite a package's package.json, so a filesystem-scanned actual tree lacks the extension-created edges and provenance.
      // Re-derive them from the root rule set, as buildIdealTree does.
      // This is always required under the linked strategy, whose store layout forces the filesystem-scan path.
      #applyPackageExtensions() {
        const rootPkg = this.#actualTree.target?.package;
        const pe = new PackageExtensions(rootPkg?.packageExtensions);
        if (!pe.present || !pe.selectors.length) {
          return;
        }
        for (const node of this.#actualTree.inventory.values()) {
          if (node.isLink || node.isProjectRoot || !node.name || !node.inNodeModules()) {
            continue;
          }
          const res = pe.apply(node.package);
          if (res) {
            node.package = res.pkg;
            node.packageExtensionsApplied = res.applied;
          }
        }
        for (const node of this.#actualTree.inventory.values()) {
          if (node.isLink && node.target?.packageExtensionsApplied) {
            node.packageExtensionsApplied = node.target.packageExtensionsApplied;
          }
        }
      }
      // Re-forward overrides through links once all edges are resolved, since a Link may forward before its subtree resolves and miss a transitive match (npm/cli#9619, #9659).
      #repropagateOverrides() {
        if (!this.#actualTree.overrides) {
          return;
        }
        for (const node of this.#actualTree.inventory.values()) {
          if (node.isLink && node.overrides) {
            node.recalculateOutEdgesOverrides();
          }
        }
      }
      // .npm-extension transformManifest, like packageExtensions, never rewrites a package's package.json, so re-derive its edges and provenance on a filesystem-scanned actual tree.
      // This executes the root extension code; ignore-extension (and ignore-scripts via flatten) disables it.
      async #applyNpmExtension() {
        if (this.options.ignoreExtension) {
          return;
        }
        const ext = new NpmExtension({
          root: this.#actualTree.realpath,
          extensionFile: this.options.extensionFile
        });
        if (!ext.present) {
          return;
        }
        await ext.load();
        for (const node of this.#actualTree.inventory.values()) {
          if (node.isLink || node.isProjectRoot || !node.name || !node.inNodeModules()) {
            continue;
          }
          const res = ext.apply(node.package);
          if (res) {
            node.package = res.pkg;
            node.npmExtensionApplied = res.applied;
          }
        }
        for (const node of this.#actualTree.inventory.values()) {
          if (node.isLink && node.target?.npmExtensionApplied) {
            node.npmExtensionApplied = node.target.npmExtensionApplied;
          }
        }
      }
      async #findMissingEdges() {
        const nmContents = /* @__PURE__ */ new Map();
        const tree = this.#actualTree;
        for (const node of tree.inventory.values()) {
          const ancestor = commonAncestorPath(node.realpath, this.path);
          const depPromises = [];
          for (const [name, edge] of node.edgesOut.entries()) {
            const resolved = edge.to && !edge.to.dummy && edge.to.parent === node;
            if (resolved) {
              continue;
            }
            for (const p of walkUp(dirname(node.realpath))) {
              if (ancestor && /^\.\.(?:[\\/]|$)/.test(relative(ancestor, p))) {
                break;
              }
              let entries;
              if (!nmContents.has(p)) {
                entries = await readdirScoped(p + "/node_modules").catch(() => []).then((paths) => paths.map((p2) => p2.replace(/\\/g, "/")));
                nmContents.set(p, entries);
              } else {
                entries = nmContents.get(p);
              }
              if (!entries.includes(name)) {
                continue;
              }
              let d;
              if (!this.#cache.has(p)) {
                d = new Node({ path: p, root: node.root, dummy: true });
                this.#cache.set(p, d);
              } else {
                d = this.#cache.get(p);
              }
              if (d.dummy) {
                const depPath = normalize(`${p}/node_modules/${name}`);
                const cached = this.#cache.get(depPath);
                if (!cached || cached.dummy) {
                  depPromises.push(this.#loadFSNode({
                    path: depPath,
                    root: node.root,
                    parent: d
                  }).then((node2) => this.#loadFSTree(node2)));
                }
              }
              break;
            }
          }
          await Promise.all(depPromises);
        }
      }
    };
  }
});

// node_modules/@npmcli/arborist/lib/arborist/load-virtual.js
var require_load_virtual = __commonJS({
  "node_modules/@npmcli/arborist/lib/arborist/load-virtual.js"(exports, module) {
    var { resolve } = __require("node:path");
    var mapWorkspaces = require_lib11();
    var PackageJson = require_lib9();
    var nameFromFolder = require_lib10();
    var consistentResolve = require_consistent_resolve();
    var Shrinkwrap = require_shrinkwrap();
    var Node = require_node3();
    var Link = require_link();
    var relpath = require_relpath();
    var calcDepFlags = require_calc_dep_flags();
    var treeCheck = require_tree_check();
    var flagsSuspect = /* @__PURE__ */ Symbol.for("flagsSuspect");
    var setWorkspaces = /* @__PURE__ */ Symbol.for("setWorkspaces");
    module.exports = (cls) => class VirtualLoader extends cls {
      #rootOptionProvided;
      // public method
      async loadVirtual(options = {}) {
        if (this.virtualTree) {
          return this.virtualTree;
        }
        options = { ...this.options, ...options };
        if (options.root && options.root.meta) {
          await this.#loadFromShrinkwrap(options.root.meta, options.root);
          return treeCheck(this.virtualTree);
        }
        const s = await Shrinkwrap.load({
          path: this.path,
          lockfileVersion: this.options.lockfileVersion,
          resolveOptions: this.options
        });
        if (!s.loadedFromDisk && !options.root) {
          const er = new Error("loadVirtual requires existing package-lock.json file");
          throw Object.assign(er, { code: "ENOLOCK" });
        }
        const pkg = await PackageJson.normalize(this.path).then((p) => p.content).catch(() => s.data.packages[""] || {});
        const {
          root = await this[setWorkspaces](this.#loadNode("", pkg, true))
        } = options;
        this.#rootOptionProvided = options.root;
        await this.#loadFromShrinkwrap(s, root);
        root.assertRootOverrides();
        return treeCheck(this.virtualTree);
      }
      async #loadFromShrinkwrap(s, root) {
        if (!this.#rootOptionProvided) {
          root.unsetDepFlags();
        } else {
          this[flagsSuspect] = true;
        }
        this.#checkRootEdges(s, root);
        root.meta = s;
        this.virtualTree = root;
        const links = /* @__PURE__ */ new Map();
        const nodes = /* @__PURE__ */ new Map([["", root]]);
        for (const [location, meta] of Object.entries(s.data.packages)) {
          if (!location) {
            continue;
          }
          if (meta.link) {
            links.set(location, meta);
          } else {
            nodes.set(location, this.#loadNode(location, meta));
          }
        }
        await this.#resolveLinks(links, nodes);
        if (!(s.originalLockfileVersion >= 2)) {
          this.#assignBundles(nodes);
        }
        if (this[flagsSuspect]) {
          for (const node of nodes.values()) {
            if (node.isRoot || node === this.#rootOptionProvided) {
              continue;
            }
            node.resetDepFlags();
          }
          calcDepFlags(this.virtualTree, !this.#rootOptionProvided);
        }
        return root;
      }
      // check the lockfile deps, and see if they match.  if they do not
      // then we have to reset dep flags at the end.  for example, if the
      // user manually edits their package.json file, then we need to know
      // that the idealTree is no longer entirely trustworthy.
      #checkRootEdges(s, root) {
        if (!s.loadedFromDisk || s.ancientLockfile) {
          return;
        }
        const lock = s.get("");
        const prod = lock.dependencies || {};
        const dev = lock.devDependencies || {};
        const optional = lock.optionalDependencies || {};
        const peer = lock.peerDependencies || {};
        const peerOptional = {};
        if (lock.peerDependenciesMeta) {
          for (const [name, meta] of Object.entries(lock.peerDependenciesMeta)) {
            if (meta.optional && peer[name] !== void 0) {
              peerOptional[name] = peer[name];
              delete peer[name];
            }
          }
        }
        for (const name of Object.keys(optional)) {
          delete prod[name];
        }
        const lockWS = {};
        const workspaces = mapWorkspaces.virtual({
          cwd: this.path,
          lockfile: s.data
        });
        for (const [name, path] of workspaces.entries()) {
          lockWS[name] = `file:${path}`;
        }
        const rootNames = new Set(root.edgesOut.keys());
        const lockByType = { dev, optional, peer, peerOptional, prod, workspace: lockWS };
        for (const type in lockByType) {
          const deps = lockByType[type];
          for (const name in deps) {
            const edge = root.edgesOut.get(name);
            if (!edge || edge.type !== type || edge.spec !== deps[name]) {
              return this[flagsSuspect] = true;
            }
            rootNames.delete(name);
          }
        }
        if (rootNames.size) {
          return this[flagsSuspect] = true;
        }
      }
      // links is the set of metadata, and nodes is the map of non-Link nodes
      // Set the targets to nodes in the set, if we have them (we might not)
      // XXX build-ideal-tree also has a #resolveLinks, is there overlap?
      async #resolveLinks(links, nodes) {
        for (const [location, meta] of links.entries()) {
          const targetPath = resolve(this.path, meta.resolved);
          const targetLoc = relpath(this.path, targetPath);
          const target = nodes.get(targetLoc);
          if (!target) {
            const err = new Error(
              `Missing target in lock file: "${targetLoc}" is referenced by "${location}" but does not exist.
To fix:
1. rm package-lock.json
2. npm install`
            );
            err.code = "EMISSINGTARGET";
            throw err;
          }
          const link = this.#loadLink(location, targetLoc, target, meta);
          nodes.set(location, link);
          nodes.set(targetLoc, link.target);
          if (!link.target.parent) {
            await PackageJson.normalize(link.realpath).then((p) => link.target.package = p.content).catch(() => null);
          }
        }
      }
      #assignBundles(nodes) {
        for (const [location, node] of nodes) {
          if (!location || node.isLink && !node.target.location) {
            continue;
          }
          const { name, parent, package: { inBundle } } = node;
          if (!parent) {
            continue;
          }
          const { package: ppkg } = parent;
          const { inBundle: parentBundled } = ppkg;
          if (inBundle && !parentBundled && parent.edgesOut.has(node.name)) {
            if (!ppkg.bundleDependencies) {
              ppkg.bundleDependencies = [name];
            } else {
              ppkg.bundleDependencies.push(name);
            }
          }
        }
      }
      #loadNode(location, sw, loadOverrides) {
        const p = this.virtualTree ? this.virtualTree.realpath : this.path;
        const path = resolve(p, location);
        if (!sw.name) {
          sw.name = nameFromFolder(path);
        }
        const node = new Node({
          installLinks: this.installLinks,
          legacyPeerDeps: this.legacyPeerDeps,
          root: this.virtualTree,
          path,
          realpath: path,
          integrity: sw.integrity,
          patched: sw.patched,
          packageExtensionsApplied: sw.packageExtensionsApplied,
          npmExtensionApplied: sw.npmExtensionApplied,
          resolved: consistentResolve(sw.resolved, this.path, path),
          pkg: sw,
          loadOverrides,
          // cast to boolean because they're undefined in the lock file when false
          extraneous: !!sw.extraneous,
          devOptional: !!(sw.devOptional || sw.dev || sw.optional),
          peer: !!sw.peer,
          optional: !!sw.optional,
          dev: !!sw.dev
        });
        return node;
      }
      #loadLink(location, targetLoc, target) {
        const path = resolve(this.path, location);
        const link = new Link({
          installLinks: this.installLinks,
          legacyPeerDeps: this.legacyPeerDeps,
          path,
          realpath: resolve(this.path, targetLoc),
          target,
          pkg: target && target.package
        });
        link.extraneous = target.extraneous;
        link.devOptional = target.devOptional;
        link.peer = target.peer;
        link.optional = target.optional;
        link.dev = target.dev;
        return link;
      }
    };
  }
});

// node_modules/promise-all-reject-late/index.js
var require_promise_all_reject_late = __commonJS({
  "node_modules/promise-all-reject-late/index.js"(exports, module) {
    var allSettled = Promise.allSettled ? (promises) => Promise.allSettled(promises) : (promises) => {
      const reflections = [];
      for (let i = 0; i < promises.length; i++) {
        reflections[i] = Promise.resolve(promises[i]).then((value) => ({
          status: "fulfilled",
          value
        }), (reason) => ({
          status: "rejected",
          reason
        }));
      }
      return Promise.all(reflections);
    };
    module.exports = (promises) => allSettled(promises).then((results) => {
      let er = null;
      const ret = new Array(results.length);
      results.forEach((result, i) => {
        if (result.status === "rejected")
          throw result.reason;
        else
          ret[i] = result.value;
      });
      return ret;
    });
  }
});

// node_modules/@npmcli/arborist/lib/script-allowed.js
var require_script_allowed = __commonJS({
  "node_modules/@npmcli/arborist/lib/script-allowed.js"(exports, module) {
    var { resolve, sep } = __require("node:path");
    var npa = require_npa();
    var semver = require_semver();
    var versionFromTgz = require_version_from_tgz();
    var isScriptAllowed = (node, policy) => {
      if (node.inBundle) {
        return null;
      }
      if (!policy || typeof policy !== "object") {
        return null;
      }
      let anyAllow = false;
      let anyDeny = false;
      for (const [key, value] of Object.entries(policy)) {
        if (!matches(node, key, value === false)) {
          continue;
        }
        if (value === false) {
          anyDeny = true;
          continue;
        }
        if (value === true) {
          anyAllow = true;
        }
      }
      if (anyDeny) {
        return false;
      }
      if (anyAllow) {
        return true;
      }
      return null;
    };
    var matches = (node, key, failClosed) => {
      let parsed;
      try {
        parsed = npa(key, node?.root?.path);
      } catch {
        return false;
      }
      switch (parsed.type) {
        case "tag":
        case "range":
        case "version":
          return matchRegistry(node, parsed, failClosed);
        case "git":
          return matchGit(node, parsed);
        case "file":
        case "directory":
          return matchFileOrDir(node, parsed);
        case "remote":
          return matchRemote(node, parsed);
        case "alias":
          return false;
        /* istanbul ignore next: switch above covers every npa type we expect;
           defensive fallback for future npa types. */
        default:
          return false;
      }
    };
    var isStoreBacked = (node) => {
      if (node?.isInStore) {
        return true;
      }
      const paths = [node?.path, node?.realpath].filter((p) => typeof p === "string");
      const roots = [node?.root?.path, node?.root?.realpath].filter((p) => typeof p === "string");
      for (const root of roots) {
        const store = resolve(root, "node_modules", ".store");
        if (paths.some((path) => path.startsWith(`${store}${sep}`))) {
          return true;
        }
      }
      return false;
    };
    var resolvedSourceSpecs = (node) => {
      const specs = [];
      const seen = /* @__PURE__ */ new Set();
      const add = (spec) => {
        if (typeof spec !== "string" || spec === "" || seen.has(spec)) {
          return;
        }
        seen.add(spec);
        specs.push(spec);
      };
      add(node?.resolved);
      if (!node?.resolved && !isStoreBacked(node) && node?.linksIn && typeof node.linksIn[Symbol.iterator] === "function") {
        let hasIncomingLink = false;
        for (const link of node.linksIn) {
          hasIncomingLink = true;
          add(link.resolved);
        }
        if (hasIncomingLink) {
          add(node.realpath);
          add(node.path);
        }
      }
      return specs;
    };
    var matchRegistry = (node, parsed, failClosed) => {
      if (!isRegistryNode(node)) {
        return false;
      }
      const trusted = getTrustedRegistryIdentity(node);
      if (!trusted || trusted.name !== parsed.name) {
        return false;
      }
      if (parsed.type === "tag") {
        return false;
      }
      if (parsed.type === "range") {
        if (parsed.fetchSpec === "*" || parsed.rawSpec === "" || parsed.rawSpec === "*") {
          return true;
        }
        if (!isExactVersionDisjunction(parsed.fetchSpec)) {
          return false;
        }
        if (!trusted.version) {
          return failClosed;
        }
        return semver.satisfies(trusted.version, parsed.fetchSpec, { loose: true });
      }
      if (parsed.type === "version") {
        if (!trusted.version) {
          return failClosed;
        }
        return trusted.version === parsed.fetchSpec;
      }
      return false;
    };
    var getTrustedRegistryIdentity = (node) => {
      if (node.resolved && typeof node.resolved === "string") {
        const parsed = versionFromTgz("", node.resolved);
        if (parsed && parsed.name && parsed.version) {
          return parsed;
        }
      }
      const name = nameFromEdges(node);
      if (name) {
        return { name, version: null };
      }
      return null;
    };
    var nameFromEdges = (node) => {
      const name = nameFromEdgeSet(node?.edgesIn);
      if (name || !isStoreBacked(node) || node?.edgesIn?.size !== 0) {
        return name;
      }
      let linkName = null;
      if (node?.linksIn && typeof node.linksIn[Symbol.iterator] === "function") {
        for (const link of node.linksIn) {
          if (!link.isRegistryDependency) {
            return null;
          }
          const name2 = nameFromEdgeSet(link.edgesIn);
          if (!name2 || linkName && linkName !== name2) {
            return null;
          }
          linkName = name2;
        }
      }
      return linkName;
    };
    var nameFromEdgeSet = (edgesIn) => {
      if (!edgesIn || typeof edgesIn[Symbol.iterator] !== "function") {
        return null;
      }
      for (const edge of edgesIn) {
        let parsed;
        try {
          parsed = npa.resolve(edge.name, edge.spec);
        } catch {
          continue;
        }
        if (parsed.type === "alias" && parsed.subSpec && parsed.subSpec.registry) {
          return parsed.subSpec.name;
        }
        if (parsed.registry) {
          return parsed.name;
        }
      }
      return null;
    };
    var isExactVersionDisjunction = (rangeSpec) => {
      if (typeof rangeSpec !== "string" || rangeSpec.trim() === "") {
        return false;
      }
      const parts = rangeSpec.split("||").map((p) => p.trim());
      if (parts.length === 0) {
        return false;
      }
      return parts.every((p) => p !== "" && semver.valid(p) !== null);
    };
    var matchGit = (node, parsed) => {
      if (!node.resolved || !node.resolved.startsWith("git")) {
        return false;
      }
      let nodeParsed;
      try {
        nodeParsed = npa(node.resolved);
      } catch {
        return false;
      }
      const noCommittish = { noCommittish: true };
      const keyHost = parsed.hosted?.ssh(noCommittish);
      const nodeHost = nodeParsed.hosted?.ssh(noCommittish);
      if (keyHost && nodeHost) {
        if (keyHost !== nodeHost) {
          return false;
        }
      } else if (parsed.fetchSpec && nodeParsed.fetchSpec) {
        if (parsed.fetchSpec !== nodeParsed.fetchSpec) {
          return false;
        }
      } else {
        return false;
      }
      const keyCommittish = parsed.gitCommittish || parsed.hosted?.committish;
      if (!keyCommittish) {
        return true;
      }
      const nodeCommittish = nodeParsed.gitCommittish || nodeParsed.hosted?.committish || "";
      if (!nodeCommittish) {
        return false;
      }
      return nodeCommittish.startsWith(keyCommittish);
    };
    var matchFileOrDir = (node, parsed) => {
      const absoluteFileSpec = parsed.fetchSpec && `file:${parsed.fetchSpec}`;
      return resolvedSourceSpecs(node).some(
        (resolved) => resolved === parsed.saveSpec || resolved === parsed.fetchSpec || resolved === absoluteFileSpec
      );
    };
    var matchRemote = (node, parsed) => {
      return resolvedSourceSpecs(node).some((resolved) => resolved === parsed.fetchSpec || resolved === parsed.saveSpec);
    };
    var isRegistryNode = (node) => {
      if (typeof node.isRegistryDependency === "boolean") {
        if (node.isRegistryDependency) {
          return true;
        }
        if (isStoreBacked(node) && node.edgesIn?.size === 0 && node.linksIn?.size > 0) {
          return [...node.linksIn].every((link) => link.isRegistryDependency);
        }
        return false;
      }
      if (!node.resolved) {
        return !!node.version;
      }
      return /^https?:\/\/[^/]+\/.+\/-\/[^/]+-\d/.test(node.resolved);
    };
    var trustedDisplay = (node) => {
      const trusted = getTrustedRegistryIdentity(node);
      return {
        name: trusted && trusted.name || node.name || null,
        version: trusted && trusted.version || node.version || null
      };
    };
    module.exports = isScriptAllowed;
    module.exports.isScriptAllowed = isScriptAllowed;
    module.exports.matches = matches;
    module.exports.isExactVersionDisjunction = isExactVersionDisjunction;
    module.exports.getTrustedRegistryIdentity = getTrustedRegistryIdentity;
    module.exports.resolvedSourceSpecs = resolvedSourceSpecs;
    module.exports.matchFileOrDir = matchFileOrDir;
    module.exports.trustedDisplay = trustedDisplay;
  }
});

// node_modules/@npmcli/arborist/lib/arborist/rebuild.js
var require_rebuild = __commonJS({
  "node_modules/@npmcli/arborist/lib/arborist/rebuild.js"(exports, module) {
    var PackageJson = require_lib9();
    var binLinks = require_lib26();
    var localeCompare = require_string_locale_compare()("en");
    var promiseAllRejectLate = require_promise_all_reject_late();
    var runScript = require_run_script();
    var { callLimit: promiseCallLimit } = require_commonjs3();
    var { depth: dfwalk } = require_lib20();
    var { isNodeGypPackage, defaultGypInstallScript } = require_lib16();
    var { promiseRetry } = require_lib4();
    var { log, time } = require_lib();
    var { resolve, delimiter } = __require("node:path");
    var { isScriptAllowed } = require_script_allowed();
    var boolEnv = (b) => b ? "1" : "";
    var sortNodes = (a, b) => a.depth - b.depth || localeCompare(a.path, b.path);
    var _checkBins = /* @__PURE__ */ Symbol.for("checkBins");
    var _handleOptionalFailure = /* @__PURE__ */ Symbol.for("handleOptionalFailure");
    var _trashList = /* @__PURE__ */ Symbol.for("trashList");
    module.exports = (cls) => class Builder extends cls {
      #doHandleOptionalFailure;
      #oldMeta = null;
      #queues = {
        preinstall: [],
        install: [],
        postinstall: [],
        prepare: [],
        bin: []
      };
      async rebuild({ nodes, handleOptionalFailure = false } = {}) {
        if (this.options.ignoreScripts && !this.options.binLinks) {
          return;
        }
        this.#doHandleOptionalFailure = handleOptionalFailure;
        if (!nodes) {
          nodes = await this.#loadDefaultNodes();
        }
        const timeEnd = time.start("build");
        const {
          depNodes,
          linkNodes
        } = this.#retrieveNodesByType(nodes);
        await this.#build(depNodes, {});
        if (linkNodes.size) {
          this.#queues = {
            preinstall: [],
            install: [],
            postinstall: [],
            prepare: [],
            bin: []
          };
          await this.#build(linkNodes, { type: "links" });
        }
        timeEnd();
      }
      // if we don't have a set of nodes, then just rebuild
      // the actual tree on disk.
      async #loadDefaultNodes() {
        let nodes;
        const tree = await this.loadActual();
        let filterSet;
        if (!this.options.workspacesEnabled) {
          filterSet = this.excludeWorkspacesDependencySet(tree);
          nodes = tree.inventory.filter(
            (node) => filterSet.has(node) || node.isProjectRoot
          );
        } else if (this.options.workspaces.length) {
          filterSet = this.workspaceDependencySet(
            tree,
            this.options.workspaces,
            this.options.includeWorkspaceRoot
          );
          nodes = tree.inventory.filter((node) => filterSet.has(node));
        } else {
          nodes = tree.inventory.values();
        }
        return nodes;
      }
      #retrieveNodesByType(nodes) {
        const depNodes = /* @__PURE__ */ new Set();
        const linkNodes = /* @__PURE__ */ new Set();
        const storeNodes = /* @__PURE__ */ new Set();
        for (const node of nodes) {
          if (node.isStoreLink) {
            storeNodes.add(node);
          } else if (node.isLink) {
            linkNodes.add(node);
          } else {
            depNodes.add(node);
          }
        }
        for (const node of storeNodes) {
          depNodes.add(node);
        }
        if (!this.options.global) {
          for (const node of linkNodes) {
            depNodes.delete(node.target);
          }
        }
        return {
          depNodes,
          linkNodes
        };
      }
      async #build(nodes, { type = "deps" }) {
        const timeEnd = time.start(`build:${type}`);
        await this.#buildQueues(nodes);
        if (!this.options.ignoreScripts) {
          await this.#runScripts("preinstall");
        }
        if (type === "links") {
          if (!this.options.ignoreScripts) {
            await this.#runScripts("prepare");
          }
        }
        if (this.options.binLinks) {
          await this.#linkAllBins();
        }
        if (!this.options.ignoreScripts) {
          await this.#runScripts("install");
          await this.#runScripts("postinstall");
        }
        timeEnd();
      }
      async #buildQueues(nodes) {
        const timeEnd = time.start("build:queue");
        const set = /* @__PURE__ */ new Set();
        const promises = [];
        for (const node of nodes) {
          promises.push(this.#addToBuildSet(node, set));
          if (this.options.rebuildBundle !== false) {
            const bd = node.package.bundleDependencies;
            if (bd && bd.length) {
              dfwalk({
                tree: node,
                leave: (node2) => promises.push(this.#addToBuildSet(node2, set)),
                getChildren: (node2) => [...node2.children.values()],
                filter: (node2) => node2.inBundle
              });
            }
          }
        }
        await promiseAllRejectLate(promises);
        const queue = [...set].sort(sortNodes);
        for (const node of queue) {
          const { package: { bin, scripts = {} } } = node.target;
          const { preinstall, install, postinstall, prepare } = scripts;
          const tests = { bin, preinstall, install, postinstall, prepare };
          const scriptsAllowed = this.options.dangerouslyAllowAllScripts || node.isWorkspace || isScriptAllowed(node.target, this.options.allowScripts) === true;
          for (const [key, has] of Object.entries(tests)) {
            if (!has) {
              continue;
            }
            if (key !== "bin" && !scriptsAllowed) {
              continue;
            }
            this.#queues[key].push(node);
          }
        }
        timeEnd();
      }
      async [_checkBins](node) {
        if (!node.globalTop || this.options.force) {
          return;
        }
        const { path, package: pkg } = node;
        await binLinks.checkBins({ pkg, path, top: true, global: true });
      }
      async #addToBuildSet(node, set, refreshed = false) {
        if (set.has(node)) {
          return;
        }
        if (this.#oldMeta === null) {
          const { root: { meta } } = node;
          this.#oldMeta = meta && meta.loadedFromDisk && !(meta.originalLockfileVersion >= 2);
        }
        const { package: pkg, hasInstallScript } = node.target;
        const { gypfile, bin, scripts = {} } = pkg;
        const { preinstall, install, postinstall, prepare } = scripts;
        const anyScript = preinstall || install || postinstall || prepare;
        if (!refreshed && !anyScript && (hasInstallScript || this.#oldMeta)) {
          set.add(node);
          const { content: pkg2 } = await PackageJson.normalize(node.path).catch(() => {
            return { content: {} };
          });
          set.delete(node);
          const { scripts: scripts2 = {} } = pkg2;
          node.package.scripts = scripts2;
          return this.#addToBuildSet(node, set, true);
        }
        const isGyp = gypfile !== false && !install && !preinstall && await isNodeGypPackage(node.path);
        if (bin || preinstall || install || postinstall || prepare || isGyp) {
          if (bin) {
            await this[_checkBins](node);
          }
          if (isGyp) {
            scripts.install = defaultGypInstallScript;
            node.package.scripts = scripts;
          }
          set.add(node);
        }
      }
      async #runScripts(event) {
        const queue = this.#queues[event];
        if (!queue.length) {
          return;
        }
        const timeEnd = time.start(`build:run:${event}`);
        const stdio = this.options.foregroundScripts ? "inherit" : "pipe";
        const limit = this.options.foregroundScripts ? 1 : void 0;
        await promiseCallLimit(queue.map((node) => async () => {
          const {
            path,
            name,
            integrity,
            resolved,
            optional,
            peer,
            dev,
            devOptional,
            package: pkg,
            location,
            isInStore
          } = node.target;
          if (this[_trashList].has(path) || node.isLink && node.target?.isInStore) {
            return;
          }
          const timeEndLocation = time.start(`build:run:${event}:${location}`);
          log.info("run", pkg._id, event, location, pkg.scripts[event]);
          const env = {
            npm_package_resolved: resolved,
            npm_package_integrity: integrity,
            npm_package_json: resolve(path, "package.json"),
            npm_package_optional: boolEnv(optional),
            npm_package_dev: boolEnv(dev),
            npm_package_peer: boolEnv(peer),
            npm_package_dev_optional: boolEnv(devOptional && !dev && !optional)
          };
          if (isInStore) {
            const storeNodeModules = resolve(path, ...name.split("/").map(() => ".."));
            env.NODE_PATH = [storeNodeModules, process.env.NODE_PATH].filter(Boolean).join(delimiter);
          }
          const runOpts = {
            event,
            path,
            pkg,
            stdio,
            env,
            scriptShell: this.options.scriptShell
          };
          const p = runScript(runOpts).catch((er) => {
            const { code, signal } = er;
            log.info("run", pkg._id, event, { code, signal });
            throw er;
          }).then(({ args, code, signal, stdout, stderr }) => {
            this.scriptsRun.add({
              pkg,
              path,
              event,
              // I do not know why this needs to be on THIS line but refactoring
              // this function would be quite a process
              // eslint-disable-next-line promise/always-return
              cmd: args && args[args.length - 1],
              env,
              code,
              signal,
              stdout,
              stderr
            });
            log.info("run", pkg._id, event, { code, signal });
          });
          await (this.#doHandleOptionalFailure ? this[_handleOptionalFailure](node, p) : p);
          timeEndLocation();
        }), { limit });
        timeEnd();
      }
      async #linkAllBins() {
        const queue = this.#queues.bin;
        if (!queue.length) {
          return;
        }
        const timeEnd = time.start("build:link");
        const promises = [];
        for (const node of queue.sort(sortNodes)) {
          promises.push(this.#createBinLinks(node));
        }
        await promiseAllRejectLate(promises);
        timeEnd();
      }
      async #createBinLinks(node) {
        if (this[_trashList].has(node.path)) {
          return;
        }
        const timeEnd = time.start(`build:link:${node.location}`);
        const p = promiseRetry((retry) => binLinks({
          pkg: node.package,
          path: node.path,
          top: !!(node.isTop || node.globalTop),
          force: this.options.force,
          global: !!node.globalTop
        }).catch(
          /* istanbul ignore next - Windows-only transient antivirus locks */
          (err) => {
            if (process.platform === "win32" && (err.code === "EPERM" || err.code === "EACCES" || err.code === "EBUSY")) {
              return retry(err);
            }
            throw err;
          }
        ), { retries: 5, minTimeout: 500 });
        await (this.#doHandleOptionalFailure ? this[_handleOptionalFailure](node, p) : p);
        timeEnd();
      }
    };
  }
});

// node_modules/@npmcli/arborist/lib/diff.js
var require_diff = __commonJS({
  "node_modules/@npmcli/arborist/lib/diff.js"(exports, module) {
    var { depth } = require_lib20();
    var { existsSync } = __require("node:fs");
    var ssri = require_lib12();
    var Diff = class _Diff {
      constructor({ actual, ideal, filterSet, omit }) {
        this.omit = omit;
        this.filterSet = filterSet;
        this.children = [];
        this.actual = actual;
        this.ideal = ideal;
        if (this.ideal) {
          this.resolved = this.ideal.resolved;
          this.integrity = this.ideal.integrity;
        }
        this.action = getAction(this);
        this.parent = null;
        this.leaves = [];
        this.unchanged = [];
        this.removed = [];
      }
      static calculate({
        actual,
        ideal,
        filterNodes = [],
        omit = /* @__PURE__ */ new Set()
      }) {
        const filterSet = /* @__PURE__ */ new Set();
        const extraneous = /* @__PURE__ */ new Set();
        for (const filterNode of filterNodes) {
          const { root } = filterNode;
          if (root !== ideal && root !== actual) {
            throw new Error("invalid filterNode: outside idealTree/actualTree");
          }
          const rootTarget = root.target;
          const edge = [...rootTarget.edgesOut.values()].filter((e) => {
            return e.to && (e.to === filterNode || e.to.target === filterNode);
          })[0];
          filterSet.add(root);
          filterSet.add(rootTarget);
          filterSet.add(ideal);
          filterSet.add(actual);
          if (edge && edge.to) {
            filterSet.add(edge.to);
            filterSet.add(edge.to.target);
          }
          filterSet.add(filterNode);
          depth({
            tree: filterNode,
            visit: (node) => filterSet.add(node),
            getChildren: (node) => {
              const orig = node;
              node = node.target;
              const loc = node.location;
              const idealNode = ideal.inventory.get(loc);
              const ideals = !idealNode ? [] : [...idealNode.edgesOut.values()].filter((e) => e.to).map((e) => e.to);
              const actualNode = actual.inventory.get(loc);
              const actuals = !actualNode ? [] : [...actualNode.edgesOut.values()].filter((e) => e.to).map((e) => e.to);
              if (actualNode) {
                for (const child of actualNode.children.values()) {
                  if (child.extraneous) {
                    extraneous.add(child);
                  }
                }
              }
              const result = ideals.concat(actuals);
              if (orig.isLink) {
                result.push(node);
              }
              return result;
            }
          });
        }
        for (const extra of extraneous) {
          filterSet.add(extra);
        }
        return depth({
          tree: new _Diff({ actual, ideal, filterSet, omit }),
          getChildren,
          leave
        });
      }
    };
    var getAction = ({ actual, ideal }) => {
      if (!ideal) {
        return "REMOVE";
      }
      if (!actual) {
        return ideal.inDepBundle ? null : "ADD";
      }
      if (ideal.isRoot && actual.isRoot) {
        return null;
      }
      if (ideal.version !== actual.version) {
        return "CHANGE";
      }
      if ((ideal.patched?.integrity || null) !== (actual.patched?.integrity || null)) {
        return "CHANGE";
      }
      if (ideal.patchRemoved) {
        return "CHANGE";
      }
      const binsExist = ideal.binPaths.every((path) => existsSync(path));
      const noIntegrity = !ideal.integrity && !actual.integrity;
      const noResolved = !ideal.resolved && !actual.resolved;
      const resolvedMatch = ideal.resolved && ideal.resolved === actual.resolved;
      if (noIntegrity && binsExist && (resolvedMatch || noResolved)) {
        return null;
      }
      const integrityMismatch = !ideal.integrity || !actual.integrity || !ssri.parse(ideal.integrity).match(actual.integrity);
      if (integrityMismatch || !binsExist) {
        return "CHANGE";
      }
      return null;
    };
    var allChildren = (node) => {
      if (!node) {
        return /* @__PURE__ */ new Map();
      }
      if (node.isRoot && node.isLink) {
        return allChildren(node.target);
      }
      const kids = /* @__PURE__ */ new Map();
      for (const n of [node, ...node.fsChildren]) {
        for (const kid of n.children.values()) {
          kids.set(kid.path, kid);
        }
      }
      return kids;
    };
    var getChildren = (diff) => {
      const children = [];
      const {
        actual,
        ideal,
        unchanged,
        removed,
        filterSet,
        omit
      } = diff;
      const actualKids = allChildren(actual);
      const idealKids = allChildren(ideal);
      const paths = /* @__PURE__ */ new Set([...actualKids.keys(), ...idealKids.keys()]);
      for (const path of paths) {
        const actual2 = actualKids.get(path);
        const ideal2 = idealKids.get(path);
        diffNode({
          actual: actual2,
          ideal: ideal2,
          children,
          unchanged,
          removed,
          filterSet,
          omit
        });
      }
      if (diff.leaves && !children.length) {
        diff.leaves.push(diff);
      }
      return children;
    };
    var diffNode = ({
      actual,
      ideal,
      children,
      unchanged,
      removed,
      filterSet,
      omit
    }) => {
      if (filterSet.size && !(filterSet.has(ideal) || filterSet.has(actual))) {
        return;
      }
      if (ideal?.shouldOmit?.(omit)) {
        ideal.inert = true;
      }
      if (ideal?.inert) {
        ideal = void 0;
      }
      if (!actual && !ideal) {
        return;
      }
      const action = getAction({ actual, ideal });
      if (action) {
        if (action === "REMOVE") {
          removed.push(actual);
        }
        children.push(new Diff({ actual, ideal, filterSet, omit }));
      } else {
        unchanged.push(ideal);
        const bd = ideal.package.bundleDependencies;
        if (actual && bd && bd.length) {
          const bundledChildren = [];
          for (const node of actual.children.values()) {
            if (node.inBundle) {
              bundledChildren.push(node);
            }
          }
          for (const node of bundledChildren) {
            node.parent = ideal;
          }
        }
        children.push(...getChildren({
          actual,
          ideal,
          unchanged,
          removed,
          filterSet,
          omit
        }));
      }
    };
    var leave = (diff, children) => {
      children.forEach((kid) => {
        kid.parent = diff;
        diff.leaves.push(...kid.leaves);
        diff.unchanged.push(...kid.unchanged);
        diff.removed.push(...kid.removed);
      });
      diff.children = children;
      return diff;
    };
    module.exports = Diff;
  }
});

// node_modules/@npmcli/arborist/lib/signals.js
var require_signals2 = __commonJS({
  "node_modules/@npmcli/arborist/lib/signals.js"(exports, module) {
    var platform = global.__ARBORIST_FAKE_PLATFORM__ || process.platform;
    module.exports = [
      "SIGABRT",
      "SIGALRM",
      "SIGHUP",
      "SIGINT",
      "SIGTERM"
    ];
    if (platform !== "win32") {
      module.exports.push(
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (platform === "linux") {
      module.exports.push(
        "SIGIO",
        "SIGPOLL",
        "SIGPWR",
        "SIGSTKFLT",
        "SIGUNUSED"
      );
    }
  }
});

// node_modules/@npmcli/arborist/lib/signal-handling.js
var require_signal_handling = __commonJS({
  "node_modules/@npmcli/arborist/lib/signal-handling.js"(exports, module) {
    var signals = require_signals2();
    module.exports = Object.assign((fn) => setup(fn), { process });
    var setup = (fn) => {
      const { process: process2 } = module.exports;
      const sigListeners = { loaded: false };
      const unload = () => {
        if (!sigListeners.loaded) {
          return;
        }
        for (const sig of signals) {
          try {
            process2.removeListener(sig, sigListeners[sig]);
          } catch {
          }
        }
        process2.removeListener("beforeExit", onBeforeExit);
        sigListeners.loaded = false;
      };
      const onBeforeExit = () => {
        unload();
        process2.kill(process2.pid, signalReceived);
        setTimeout(() => {
        }, 500);
      };
      let signalReceived = null;
      const listener = (sig, fn2) => () => {
        signalReceived = sig;
        unload();
        if (process2.listeners(sig).length < 1) {
          process2.once("beforeExit", onBeforeExit);
        }
        fn2({ signal: sig });
      };
      for (const sig of signals) {
        sigListeners[sig] = listener(sig, fn);
        const max = process2.getMaxListeners();
        try {
          const { length } = process2.listeners(sig);
          if (length >= max) {
            process2.setMaxListeners(length + 1);
          }
          process2.on(sig, sigListeners[sig]);
        } catch {
        }
      }
      sigListeners.loaded = true;
      return unload;
    };
  }
});

// node_modules/@npmcli/arborist/lib/retire-path.js
var require_retire_path = __commonJS({
  "node_modules/@npmcli/arborist/lib/retire-path.js"(exports, module) {
    var crypto = __require("node:crypto");
    var { dirname, basename, resolve } = __require("node:path");
    var pathSafeHash = (s) => crypto.createHash("sha1").update(s).digest("base64").replace(/[^a-zA-Z0-9]+/g, "").slice(0, 8);
    var retirePath = (from) => {
      const d = dirname(from);
      const b = basename(from);
      const hash = pathSafeHash(from);
      return resolve(d, `.${b}-${hash}`);
    };
    module.exports = retirePath;
  }
});

// node_modules/@npmcli/arborist/lib/isolated-classes.js
var require_isolated_classes = __commonJS({
  "node_modules/@npmcli/arborist/lib/isolated-classes.js"(exports, module) {
    var CaseInsensitiveMap = require_case_insensitive_map();
    var { resolve } = __require("node:path");
    var IsolatedNode = class {
      binPaths = [];
      children = new CaseInsensitiveMap();
      edgesIn = /* @__PURE__ */ new Set();
      edgesOut = new CaseInsensitiveMap();
      fsChildren = /* @__PURE__ */ new Set();
      integrity = null;
      inventory = /* @__PURE__ */ new Map();
      isInStore = false;
      inBundle = false;
      isRegistryDependency = false;
      isRootDependency = false;
      linksIn = /* @__PURE__ */ new Set();
      meta = { loadedFromDisk: false };
      optional = false;
      patched = null;
      parent = null;
      root = null;
      tops = /* @__PURE__ */ new Set();
      workspaces = /* @__PURE__ */ new Map();
      constructor(options) {
        this.location = options.location;
        this.name = options.name;
        this.package = options.package;
        this.path = options.path;
        this.realpath = !this.isLink ? this.path : resolve(options.realpath);
        if (options.parent) {
          this.parent = options.parent;
        }
        if (options.resolved) {
          this.resolved = options.resolved;
        }
        if (options.root) {
          this.root = options.root;
        }
        if (options.isInStore) {
          this.isInStore = true;
        }
        if (options.inBundle) {
          this.inBundle = true;
        }
        if (options.isRegistryDependency) {
          this.isRegistryDependency = true;
        }
        if (options.isRootDependency) {
          this.isRootDependency = true;
        }
        if (options.optional) {
          this.optional = true;
        }
        if (options.patched) {
          this.patched = options.patched;
        }
      }
      get isRoot() {
        return this === this.root;
      }
      // The idealGraph is where this is set to true
      get isProjectRoot() {
        return false;
      }
      get inDepBundle() {
        return false;
      }
      get isLink() {
        return false;
      }
      get isTop() {
        return !this.parent;
      }
      /* istanbul ignore next -- emulate lib/node.js */
      get global() {
        return false;
      }
      get globalTop() {
        return false;
      }
      /* istanbul ignore next -- emulate lib/node.js */
      set target(t) {
      }
      get target() {
        return this;
      }
      /* istanbul ignore next -- emulate lib/node.js */
      getBundler() {
        return null;
      }
      /* istanbul ignore next -- emulate lib/node.js */
      get hasInstallScript() {
        const { hasInstallScript, scripts } = this.package;
        const { install, preinstall, postinstall } = scripts || {};
        return !!(hasInstallScript || install || preinstall || postinstall);
      }
      /* istanbul ignore next -- emulate lib/node.js */
      get packageName() {
        return this.package.name || null;
      }
      get version() {
        return this.package.version;
      }
    };
    var IsolatedLink = class extends IsolatedNode {
      #target;
      isStoreLink = false;
      constructor(options) {
        super(options);
        this.#target = options.target;
        if (options.isStoreLink) {
          this.isStoreLink = true;
        }
      }
      get isLink() {
        return true;
      }
      set target(t) {
        this.#target = t;
      }
      get target() {
        return this.#target;
      }
    };
    module.exports = { IsolatedNode, IsolatedLink };
  }
});

// node_modules/@npmcli/arborist/lib/arborist/reify.js
var require_reify = __commonJS({
  "node_modules/@npmcli/arborist/lib/arborist/reify.js"(exports, module) {
    var PackageJson = require_lib9();
    var hgi = require_lib3();
    var npa = require_npa();
    var packageContents = require_lib15();
    var pacote = require_lib19();
    var { pickRegistry } = require_lib18();
    var promiseAllRejectLate = require_promise_all_reject_late();
    var runScript = require_run_script();
    var { callLimit: promiseCallLimit } = require_commonjs3();
    var { depth: dfwalk } = require_lib20();
    var { dirname, resolve, relative, join, sep } = __require("node:path");
    var { log, time } = require_lib();
    var { existsSync, realpathSync } = __require("node:fs");
    var { lstat, mkdir, readdir, readlink, rm, symlink } = __require("node:fs/promises");
    var { moveFile } = require_lib13();
    var { subset, intersects } = require_semver();
    var { walkUp } = require_commonjs();
    var AuditReport = require_audit_report();
    var Diff = require_diff();
    var calcDepFlags = require_calc_dep_flags();
    var debug = require_debug();
    var onExit = require_signal_handling();
    var optionalSet = require_optional_set();
    var relpath = require_relpath();
    var { applyPatchToDir, patchIntegrity } = require_patch();
    var { readFile } = __require("node:fs/promises");
    var retirePath = require_retire_path();
    var treeCheck = require_tree_check();
    var Shrinkwrap = require_shrinkwrap();
    var { defaultLockfileVersion } = Shrinkwrap;
    var { saveTypeMap, hasSubKey } = require_add_rm_pkg_deps();
    var { IsolatedNode, IsolatedLink } = require_isolated_classes();
    var _retireShallowNodes = /* @__PURE__ */ Symbol.for("retireShallowNodes");
    var _loadBundlesAndUpdateTrees = /* @__PURE__ */ Symbol.for("loadBundlesAndUpdateTrees");
    var _submitQuickAudit = /* @__PURE__ */ Symbol("submitQuickAudit");
    var _unpackNewModules = /* @__PURE__ */ Symbol.for("unpackNewModules");
    var _build = /* @__PURE__ */ Symbol.for("build");
    var _trashList = /* @__PURE__ */ Symbol.for("trashList");
    var _handleOptionalFailure = /* @__PURE__ */ Symbol.for("handleOptionalFailure");
    var _loadTrees = /* @__PURE__ */ Symbol.for("loadTrees");
    var _checkBins = /* @__PURE__ */ Symbol.for("checkBins");
    var _diffTrees = /* @__PURE__ */ Symbol.for("diffTrees");
    var _createSparseTree = /* @__PURE__ */ Symbol.for("createSparseTree");
    var _reifyNode = /* @__PURE__ */ Symbol.for("reifyNode");
    var _updateAll = /* @__PURE__ */ Symbol.for("updateAll");
    var _updateNames = /* @__PURE__ */ Symbol.for("updateNames");
    var _moveContents = /* @__PURE__ */ Symbol.for("moveContents");
    var _moveBackRetiredUnchanged = /* @__PURE__ */ Symbol.for("moveBackRetiredUnchanged");
    var _removeTrash = /* @__PURE__ */ Symbol.for("removeTrash");
    var _renamePath = /* @__PURE__ */ Symbol.for("renamePath");
    var _rollbackRetireShallowNodes = /* @__PURE__ */ Symbol.for("rollbackRetireShallowNodes");
    var _rollbackCreateSparseTree = /* @__PURE__ */ Symbol.for("rollbackCreateSparseTree");
    var _rollbackMoveBackRetiredUnchanged = /* @__PURE__ */ Symbol.for("rollbackMoveBackRetiredUnchanged");
    var _saveIdealTree = /* @__PURE__ */ Symbol.for("saveIdealTree");
    var _resolvedAdd = /* @__PURE__ */ Symbol.for("resolvedAdd");
    var _addNodeToTrashList = /* @__PURE__ */ Symbol.for("addNodeToTrashList");
    module.exports = (cls) => class Reifier extends cls {
      #bundleMissing = /* @__PURE__ */ new Set();
      // child nodes we'd EXPECT to be included in a bundle, but aren't
      #bundleUnpacked = /* @__PURE__ */ new Set();
      // the nodes we unpack to read their bundles
      #nmValidated = /* @__PURE__ */ new Set();
      #omit;
      #retiredPaths = {};
      #retiredUnchanged = {};
      #sparseTreeDirs = /* @__PURE__ */ new Set();
      #sparseTreeRoots = /* @__PURE__ */ new Set();
      #linkedActualForDiff = null;
      // Under the linked strategy the audit runs against this non-isolated ideal tree.
      // The isolated tree's inventory has no queryable indexes and its edges route through symlinks, so auditing it reports no vulnerabilities.
      #linkedIdealForAudit = null;
      constructor(options) {
        super(options);
        this[_trashList] = /* @__PURE__ */ new Set();
      }
      // public method
      async reify(options = {}) {
        const linked = !this.options.global && (options.installStrategy || this.options.installStrategy) === "linked";
        if (this.options.packageLockOnly && this.options.global) {
          const er = new Error("cannot generate lockfile for global packages");
          er.code = "ESHRINKWRAPGLOBAL";
          throw er;
        }
        this.#omit = new Set(options.omit);
        this.addTracker("reify");
        const timeEnd = time.start("reify");
        if (!this.options.packageLockOnly && !this.options.dryRun) {
          await mkdir(resolve(this.path), { recursive: true });
          await this.#validateNodeModules(resolve(this.path, "node_modules"));
        }
        await this[_loadTrees](options);
        const oldTree = this.idealTree;
        let isolatedTree = null;
        if (linked) {
          this.idealTree = await this.createIsolatedTree();
          isolatedTree = this.idealTree;
          if (this.actualTree) {
            this.#linkedActualForDiff = this.#buildLinkedActualForDiff(
              this.idealTree,
              this.actualTree
            );
          }
          this.#linkedIdealForAudit = oldTree;
        }
        try {
          await this[_diffTrees]();
          await this.#reifyPackages();
          if (linked) {
            if (!this.options.dryRun && !this.options.packageLockOnly) {
              await this.#cleanOrphanedStoreEntries();
            }
          } else if (!this.options.dryRun && !this.options.packageLockOnly) {
            const filtered = this.options.workspaces.length > 0 || !this.options.workspacesEnabled;
            if (!filtered) {
              await this.#removeStaleStoreDir();
            }
          }
        } finally {
          if (linked) {
            this.idealTree = oldTree;
          }
          this.#linkedIdealForAudit = null;
          this.#linkedActualForDiff = null;
        }
        await this[_saveIdealTree](options);
        for (const node of this.idealTree.inventory.values()) {
          if (node.inert) {
            node.parent = null;
          }
        }
        for (const path of this[_trashList]) {
          const loc = relpath(this.idealTree.realpath, path);
          const node = this.idealTree.inventory.get(loc);
          if (node && node.root === this.idealTree) {
            node.parent = null;
          }
        }
        if (this.diff && this.diff.filterSet.size && !linked) {
          const reroot = /* @__PURE__ */ new Set();
          const { filterSet } = this.diff;
          const seen = /* @__PURE__ */ new Set();
          for (const [loc, ideal] of this.idealTree.inventory.entries()) {
            seen.add(loc);
            if (filterSet.has(ideal)) {
              continue;
            }
            const actual = this.actualTree.inventory.get(loc);
            if (!actual) {
              ideal.root = null;
            } else {
              if ([...actual.linksIn].some((link) => filterSet.has(link))) {
                seen.add(actual.location);
                continue;
              }
              const { realpath, isLink } = actual;
              if (isLink && ideal.isLink && ideal.realpath === realpath) {
                continue;
              } else {
                reroot.add(actual);
              }
            }
          }
          for (const [loc, actual] of this.actualTree.inventory.entries()) {
            if (seen.has(loc)) {
              continue;
            }
            seen.add(loc);
            if (filterSet.has(actual)) {
              continue;
            }
            reroot.add(actual);
          }
          for (const actual of reroot) {
            actual.root = this.idealTree;
          }
          for (const top of this.idealTree.tops) {
            if (top.linksIn.size === 0) {
              top.root = null;
            }
          }
          calcDepFlags(this.idealTree);
        }
        if (!linked) {
          this.idealTree.meta.filename = this.idealTree.realpath + "/node_modules/.package-lock.json";
          this.idealTree.meta.hiddenLockfile = true;
          this.idealTree.meta.lockfileVersion = defaultLockfileVersion;
        }
        this.actualTree = this.idealTree;
        this.idealTree = null;
        if (!this.options.global && !this.options.dryRun) {
          if (linked) {
            await this.#saveLinkedHiddenLockfile(isolatedTree);
          } else {
            await this.actualTree.meta.save();
          }
          const ignoreScripts = !!this.options.ignoreScripts;
          if (!this.options.dryRun && !ignoreScripts && this.diff && this.diff.children.length) {
            const { path, package: pkg } = this.actualTree.target;
            const stdio = this.options.foregroundScripts ? "inherit" : "pipe";
            const { scripts = {} } = pkg;
            for (const event of ["predependencies", "dependencies", "postdependencies"]) {
              if (Object.prototype.hasOwnProperty.call(scripts, event)) {
                log.info("run", pkg._id, event, scripts[event]);
                await time.start(`reify:run:${event}`, () => runScript({
                  event,
                  path,
                  pkg,
                  stdio,
                  scriptShell: this.options.scriptShell
                }));
              }
            }
          }
        }
        this.auditReport = await this.auditReport;
        this.finishTracker("reify");
        timeEnd();
        return treeCheck(this.actualTree);
      }
      async #reifyPackages() {
        if (this.options.dryRun) {
          return;
        }
        if (this.options.packageLockOnly) {
          return this[_submitQuickAudit]();
        }
        let reifyTerminated = null;
        const removeHandler = onExit(({ signal }) => {
          removeHandler();
          reifyTerminated = Object.assign(new Error("process terminated"), {
            signal
          });
          return false;
        });
        const steps = [
          [_rollbackRetireShallowNodes, [
            _retireShallowNodes
          ]],
          [_rollbackCreateSparseTree, [
            _createSparseTree,
            _loadBundlesAndUpdateTrees,
            _submitQuickAudit,
            _unpackNewModules
          ]],
          [_rollbackMoveBackRetiredUnchanged, [
            _moveBackRetiredUnchanged,
            _build
          ]]
        ];
        for (const [rollback, actions] of steps) {
          for (const action of actions) {
            try {
              await this[action]();
              if (reifyTerminated) {
                throw reifyTerminated;
              }
            } catch (er) {
              await this[rollback](er);
              throw er;
            }
          }
        }
        await this[_removeTrash]();
        if (reifyTerminated) {
          throw reifyTerminated;
        }
        removeHandler();
      }
      // when doing a local install, we load everything and figure it all out.
      // when doing a global install, we *only* care about the explicit requests.
      [_loadTrees](options) {
        const timeEnd = time.start("reify:loadTrees");
        const bitOpt = {
          ...options,
          complete: this.options.packageLockOnly || this.options.dryRun
        };
        if (this.options.packageLockOnly) {
          return this.buildIdealTree(bitOpt).then(timeEnd);
        }
        const actualOpt = this.options.global ? {
          ignoreMissing: true,
          global: true,
          filter: (node, kid) => {
            if (this.explicitRequests.size === 0 || !node.isProjectRoot) {
              return true;
            }
            if (this.idealTree.edgesOut.has(kid)) {
              return true;
            }
            const hasExplicit = [...this.explicitRequests].some((edge) => edge.name === kid);
            if (hasExplicit) {
              return true;
            }
            return false;
          }
        } : { ignoreMissing: true };
        if (!this.options.global) {
          return Promise.all([
            this.loadActual(actualOpt),
            this.buildIdealTree(bitOpt)
          ]).then(timeEnd);
        }
        return this.buildIdealTree(bitOpt).then(() => this.loadActual(actualOpt)).then(timeEnd);
      }
      [_diffTrees]() {
        if (this.options.packageLockOnly) {
          return;
        }
        const timeEnd = time.start("reify:diffTrees");
        const includeWorkspaces = this.options.workspacesEnabled;
        const includeRootDeps = !includeWorkspaces || this.options.includeWorkspaceRoot && this.options.workspaces.length > 0;
        const filterNodes = [];
        if (this.options.global && this.explicitRequests.size) {
          const idealTree = this.idealTree.target;
          const actualTree = this.actualTree.target;
          for (const { name } of this.explicitRequests) {
            const ideal = idealTree.children.get(name);
            if (ideal) {
              filterNodes.push(ideal);
            }
            const actual = actualTree.children.get(name);
            if (actual) {
              filterNodes.push(actual);
            }
          }
        } else {
          if (includeWorkspaces) {
            for (const ws of this.options.workspaces) {
              const ideal = this.idealTree.children.get(ws);
              if (ideal) {
                filterNodes.push(ideal);
              }
              if (!this.#linkedActualForDiff) {
                const actual = this.actualTree.children.get(ws);
                if (actual) {
                  filterNodes.push(actual);
                }
              }
            }
          }
          if (includeRootDeps) {
            const trees = this.#linkedActualForDiff ? [this.idealTree] : [this.idealTree, this.actualTree];
            for (const tree of trees) {
              for (const { type, to } of tree.edgesOut.values()) {
                if (type !== "workspace" && to) {
                  filterNodes.push(to);
                }
              }
            }
          }
        }
        this.diff = Diff.calculate({
          omit: this.#omit,
          filterNodes,
          actual: this.#linkedActualForDiff || this.actualTree,
          ideal: this.idealTree
        });
        timeEnd();
      }
      // add the node and all its bins to the list of things to be
      // removed later on in the process.  optionally, also mark them
      // as a retired paths, so that we move them out of the way and
      // replace them when rolling back on failure.
      [_addNodeToTrashList](node, retire = false) {
        const paths = [node.path, ...node.binPaths];
        const moves = this.#retiredPaths;
        log.silly("reify", "mark", retire ? "retired" : "deleted", paths);
        for (const path of paths) {
          if (retire) {
            const retired = retirePath(path);
            moves[path] = retired;
            this[_trashList].add(retired);
          } else {
            this[_trashList].add(path);
          }
        }
      }
      // move aside the shallowest nodes in the tree that have to be
      // changed or removed, so that we can rollback if necessary.
      [_retireShallowNodes]() {
        const timeEnd = time.start("reify:retireShallow");
        const moves = this.#retiredPaths = {};
        for (const diff of this.diff.children) {
          if (diff.action === "CHANGE" || diff.action === "REMOVE") {
            this[_addNodeToTrashList](diff.actual, true);
          }
        }
        log.silly("reify", "moves", moves);
        const movePromises = Object.entries(moves).map(([from, to]) => this[_renamePath](from, to));
        return promiseAllRejectLate(movePromises).then(timeEnd);
      }
      [_renamePath](from, to, didMkdirp = false) {
        return moveFile(from, to).catch((er) => {
          if (er.code === "ENOENT") {
            return didMkdirp ? null : mkdir(dirname(to), { recursive: true }).then(() => this[_renamePath](from, to, true));
          } else if (er.code === "EEXIST" || er.code === "ENOTEMPTY") {
            return rm(to, { recursive: true, force: true }).then(() => moveFile(from, to));
          } else {
            throw er;
          }
        });
      }
      [_rollbackRetireShallowNodes](er) {
        const timeEnd = time.start("reify:rollback:retireShallow");
        const moves = this.#retiredPaths;
        const movePromises = Object.entries(moves).map(([from, to]) => this[_renamePath](to, from));
        return promiseAllRejectLate(movePromises).catch(() => {
        }).then(timeEnd).then(() => {
          throw er;
        });
      }
      [_createSparseTree]() {
        const timeEnd = time.start("reify:createSparse");
        const leaves = this.diff.leaves.filter((diff) => {
          return (diff.action === "ADD" || diff.action === "CHANGE") && !this.#sparseTreeDirs.has(diff.ideal.path) && !diff.ideal.isLink;
        }).map((diff) => diff.ideal);
        const dirsChecked = /* @__PURE__ */ new Set();
        return promiseAllRejectLate(leaves.map(async (node) => {
          for (const d of walkUp(node.path)) {
            if (d === node.top.path) {
              break;
            }
            if (dirsChecked.has(d)) {
              continue;
            }
            dirsChecked.add(d);
            const st = await lstat(d).catch(() => null);
            if (st && !st.isDirectory()) {
              const retired = retirePath(d);
              this.#retiredPaths[d] = retired;
              this[_trashList].add(retired);
              await this[_renamePath](d, retired);
            }
          }
          this.#sparseTreeDirs.add(node.path);
          const made = await mkdir(node.path, { recursive: true });
          if (made) {
            this.#sparseTreeRoots.add(made);
          }
        })).then(timeEnd);
      }
      [_rollbackCreateSparseTree](er) {
        const timeEnd = time.start("reify:rollback:createSparse");
        const roots = this.#sparseTreeRoots;
        const failures = [];
        const targets = [...roots, ...Object.keys(this.#retiredPaths)];
        const unlinks = targets.map((path) => rm(path, { recursive: true, force: true }).catch((er2) => failures.push([path, er2])));
        return promiseAllRejectLate(unlinks).then(() => {
          if (failures.length) {
            log.warn("cleanup", "Failed to remove some directories", failures);
          }
        }).then(timeEnd).then(() => this[_rollbackRetireShallowNodes](er));
      }
      // create a symlink for Links, extract for Nodes
      // return the node object, since we usually want that
      // handle optional dep failures here
      // If reifying fails, and the node is optional, add it and its optionalSet
      // to the trash list
      // Always return the node.
      [_reifyNode](node) {
        const timeEnd = time.start(`reifyNode:${node.location}`);
        this.addTracker("reify", node.name, node.location);
        const p = Promise.resolve().then(async () => {
          await this[_checkBins](node);
          await this.#extractOrLink(node);
          const { _id, deprecated } = node.package;
          if (deprecated) {
            log.warn("deprecated", `${_id}: ${deprecated}`);
          }
        });
        return this[_handleOptionalFailure](node, p).then(() => {
          this.finishTracker("reify", node.name, node.location);
          timeEnd();
          return node;
        });
      }
      // do not allow node_modules to be a symlink
      async #validateNodeModules(nm) {
        if (this.options.force || this.#nmValidated.has(nm)) {
          return;
        }
        const st = await lstat(nm).catch(() => null);
        if (!st || st.isDirectory()) {
          this.#nmValidated.add(nm);
          return;
        }
        log.warn("reify", "Removing non-directory", nm);
        await rm(nm, { recursive: true, force: true });
      }
      async #extractOrLink(node) {
        const nm = resolve(node.parent.path, "node_modules");
        await this.#validateNodeModules(nm);
        if (!node.isLink) {
          let res = null;
          if (node.resolved) {
            const registryResolved = this.#registryResolved(node.resolved);
            if (registryResolved) {
              res = `${node.name}@${registryResolved}`;
            }
          } else if (node.package.name && node.version) {
            res = `${node.package.name}@${node.version}`;
          }
          if (!res) {
            const warning = "invalid or damaged lockfile detected\nplease re-try this operation once it completes\nso that the damage can be corrected, or perform\na fresh install with no lockfile if the problem persists.";
            log.warn("reify", warning);
            log.verbose("reify", "unrecognized node in tree", node.path);
            node.parent = null;
            node.fsParent = null;
            this[_addNodeToTrashList](node);
            return;
          }
          await debug(async () => {
            const st = await lstat(node.path).catch(() => null);
            if (st && !st.isDirectory()) {
              debug.log("unpacking into a non-directory", node);
              throw Object.assign(new Error("ENOTDIR: not a directory"), {
                code: "ENOTDIR",
                path: node.path
              });
            }
          });
          await pacote.extract(res, node.path, {
            ...this.options,
            resolved: node.resolved,
            integrity: node.integrity,
            // A node counts as "root" for allow-* enforcement if it satisfies at least one valid dependency edge declared by the project root or a workspace.
            // node.parent is unsafe here: after hoisting, transitive packages can have the project root as their tree parent.
            // In the linked strategy the store node has no edgesIn, so isolated-reifier precomputes isRootDependency from the source node's edges.
            _isRoot: node.isRootDependency || [...node.edgesIn].some(
              (e) => e.valid && (e.from?.isProjectRoot || e.from?.isWorkspace)
            ),
            // pacote's npa re-parses our `name@URL` spec as type=remote, so allowRemote would mis-fire on registry tarballs.
            // Override only when we can prove the URL is registry-mediated; see #isRegistryResolvedTarball.
            ...this.#isRegistryResolvedTarball(node) ? { allowRemote: "all" } : {}
          });
          if (node.isInStore) {
            const { content: pkg } = await PackageJson.normalize(node.path);
            node.package.scripts = pkg.scripts;
          }
          await this.#applyPatch(node);
          return;
        }
        if (node.isUndeclaredWorkspaceLink) {
          return;
        }
        await rm(node.path, { recursive: true, force: true });
        const dir = dirname(node.path);
        const target = node.realpath;
        let rel;
        if (node.resolved?.startsWith("file:")) {
          rel = this.#calculateRelativePath(node, dir, target, nm);
        } else {
          rel = relative(dir, target);
        }
        await mkdir(dir, { recursive: true });
        return symlink(rel, node.path, "junction");
      }
      // apply a registered patch to a freshly extracted node, after extract and before rebuild
      async #applyPatch(node) {
        if (!node.patched) {
          return;
        }
        const { path: patchPath, integrity } = node.patched;
        let contents;
        try {
          contents = await readFile(resolve(this.path, patchPath));
        } catch {
          throw Object.assign(
            new Error(`patch file not found: ${patchPath}`),
            { code: "EPATCHNOTFOUND", path: patchPath, node: node.name }
          );
        }
        if (patchIntegrity(contents) !== integrity) {
          throw Object.assign(
            new Error(`patch file ${patchPath} does not match the recorded integrity`),
            { code: "EPATCHINTEGRITY", path: patchPath, node: node.name }
          );
        }
        try {
          await applyPatchToDir({ patch: contents, cwd: node.path });
        } catch (er) {
          if (this.options.ignorePatchFailures) {
            if (node.isInStore) {
              throw Object.assign(
                new Error(`Cannot skip the failed patch for ${node.name} under install-strategy=linked. Fix the patch or install with a different strategy.`),
                { code: "EPATCHFAILED", path: patchPath, node: node.name }
              );
            }
            log.warn("patch", `failed to apply ${patchPath} to ${node.name}: ${er.message}`);
            log.warn("patch", `${node.name} was installed unpatched; package.json still declares this patch, so the lockfile is out of sync and \`npm ci\` will fail until the patch is fixed or its patchedDependencies entry is removed`);
            node.patched = null;
            return;
          }
          throw er;
        }
      }
      // if the node is optional, then the failure of the promise is nonfatal
      // just add it and its optional set to the trash list.
      [_handleOptionalFailure](node, p) {
        return (node.optional ? p.catch((er) => {
          if (typeof er?.code === "string" && er.code.startsWith("EPATCH")) {
            throw er;
          }
          const set = optionalSet(node);
          for (const node2 of set) {
            log.verbose("reify", "failed optional dependency", node2.path);
            node2.inert = true;
            this[_addNodeToTrashList](node2);
          }
        }) : p).then(() => node);
      }
      #calculateRelativePath(node, dir, target) {
        let hasRootOverride = [...node.edgesIn].some((edge) => edge.from.isRoot && edge.overrides);
        if (!hasRootOverride && node.root) {
          const rootPackage = node.root.target;
          hasRootOverride = !!(rootPackage && rootPackage.package.overrides && rootPackage.package.overrides[node.name]);
        }
        if (!hasRootOverride) {
          return relative(dir, target);
        }
        const overrideSpec = node.root?.target?.package?.overrides?.[node.name];
        if (typeof overrideSpec === "string" && overrideSpec.startsWith("file:")) {
          const overridePath = overrideSpec.replace(/^file:/, "");
          const rootDir = node.root.target.path;
          return relative(dir, resolve(rootDir, overridePath));
        }
        const filePath = node.resolved.replace(/^file:/, "");
        return join(filePath);
      }
      // Serialize the hidden lockfile from the isolated tree, which mirrors the on-disk .store/symlink layout.
      // Its children are every materialized node_modules entry: store package dirs and all symlinks.
      async #saveLinkedHiddenLockfile(isolatedTree) {
        const path = isolatedTree.realpath;
        const meta = new Shrinkwrap({
          path,
          hiddenLockfile: true,
          lockfileVersion: defaultLockfileVersion,
          resolveOptions: this.options
        });
        meta.reset();
        meta.filename = resolve(path, "node_modules/.package-lock.json");
        const storeRe = /^(.*\/\.store\/.+?)\/node_modules\//;
        const containers = /* @__PURE__ */ new Set();
        const nodes = /* @__PURE__ */ new Set();
        for (const node of isolatedTree.children.values()) {
          if (node.isUndeclaredWorkspaceLink) {
            continue;
          }
          nodes.add(node);
          const m = node.location.replace(/\\/g, "/").match(storeRe);
          if (m) {
            containers.add(m[1]);
          }
        }
        for (const ws of isolatedTree.fsChildren) {
          nodes.add(ws);
        }
        for (const node of nodes) {
          meta.add(node);
        }
        for (const loc of containers) {
          meta.data.packages[loc] = {};
        }
        await meta.save();
      }
      // Build a flat actual tree wrapper for linked installs so the diff can correctly match store entries that already exist on disk.
      // The proxy tree from createIsolatedTree() is flat (all children on root), but loadActual() produces a nested tree where store entries are deep link targets.
      // This wrapper surfaces them at the root level for comparison.
      #buildLinkedActualForDiff(idealTree, actualTree) {
        const combined = /* @__PURE__ */ new Map();
        for (const child of idealTree.children.values()) {
          if (combined.has(child.path) || !existsSync(child.path)) {
            continue;
          }
          if (child.isLink && child.resolved?.startsWith("file:.store/") && !existsSync(child.realpath)) {
            continue;
          }
          if (child.isLink && this.#linkTargetMismatch(child)) {
            continue;
          }
          let entry;
          if (child.isLink) {
            entry = new IsolatedLink(child);
          } else {
            entry = new IsolatedNode(child);
          }
          if (child.isLink && combined.has(child.realpath)) {
            entry.target = combined.get(child.realpath);
          }
          combined.set(child.path, entry);
        }
        const origGet = actualTree.children.get.bind(actualTree.children);
        const combinedGet = combined.get.bind(combined);
        combined.get = (key) => combinedGet(key) || origGet(key);
        let wrapper;
        if (actualTree.isLink) {
          wrapper = new IsolatedLink(actualTree);
        } else {
          wrapper = new IsolatedNode(actualTree);
        }
        wrapper.root = wrapper;
        wrapper.binPaths = actualTree.binPaths;
        wrapper.children = combined;
        wrapper.edgesOut = actualTree.edgesOut;
        wrapper.fsChildren = /* @__PURE__ */ new Set();
        wrapper.integrity = actualTree.integrity;
        wrapper.inventory = actualTree.inventory;
        return wrapper;
      }
      // True when the link's on-disk target resolves to a different path than its ideal target.
      // The caller only invokes this once both paths exist, so realpathSync won't throw.
      #linkTargetMismatch(child) {
        return realpathSync(child.path) !== realpathSync(child.realpath);
      }
      // When extracting a registry-resolved package, the spec we hand to pacote is name@URL.
      // pacote re-parses that with npa and gets spec.type === 'remote', so without an override the allow-remote gate would fire on every registry tarball (both =none and =root mis-fire).
      // Returns true only when we are confident this is a registry-mediated install.
      #isRegistryResolvedTarball(node) {
        if (!node.resolved || !node.isRegistryDependency) {
          return false;
        }
        try {
          const resolvedURL = new URL(this.#registryResolved(node.resolved));
          const registry = new URL(pickRegistry(npa(node.name), this.options));
          const registryPath = registry.pathname.replace(/\/?$/, "/");
          return resolvedURL.origin === registry.origin && (registryPath === "/" || resolvedURL.pathname.startsWith(registryPath));
        } catch {
          return false;
        }
      }
      #registryResolved(resolved) {
        try {
          const resolvedURL = hgi.parseUrl(resolved);
          const registryURL = new URL(this.registry);
          const registryPath = registryURL.pathname.replace(/\/$/, "");
          let matchURL = null;
          try {
            matchURL = new URL(this.options.replaceRegistryHost);
          } catch {
          }
          const matchHost = matchURL?.hostname ?? this.options.replaceRegistryHost;
          const matchPath = matchURL?.pathname.replace(/\/$/, "") ?? null;
          const hasPathPrefix = (pathname, prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`);
          const hostMatches = this.options.replaceRegistryHost === "always" || matchHost === resolvedURL.hostname;
          const pathMatches = !matchPath || hasPathPrefix(resolvedURL.pathname, matchPath);
          if (!hostMatches || !pathMatches) {
            return resolved;
          }
          resolvedURL.protocol = registryURL.protocol;
          resolvedURL.hostname = registryURL.hostname;
          resolvedURL.port = registryURL.port;
          if (matchPath) {
            resolvedURL.pathname = registryPath + resolvedURL.pathname.slice(matchPath.length);
          } else if (registryPath && !hasPathPrefix(resolvedURL.pathname, registryPath)) {
            resolvedURL.pathname = registryPath + resolvedURL.pathname;
          }
          return resolvedURL.toString();
        } catch {
          return void 0;
        }
      }
      // bundles are *sort of* like shrinkwraps, in that the branch is defined
      // by the contents of the package.  however, in their case, rather than
      // shipping a virtual tree that must be reified, they ship an entire
      // reified actual tree that must be unpacked and not modified.
      [_loadBundlesAndUpdateTrees](depth = 0, bundlesByDepth) {
        let maxBundleDepth;
        if (!bundlesByDepth) {
          bundlesByDepth = /* @__PURE__ */ new Map();
          maxBundleDepth = -1;
          dfwalk({
            tree: this.diff,
            visit: (diff) => {
              const node = diff.ideal;
              if (!node) {
                return;
              }
              if (node.isProjectRoot) {
                return;
              }
              const { bundleDependencies } = node.package;
              if (bundleDependencies && bundleDependencies.length) {
                maxBundleDepth = Math.max(maxBundleDepth, node.depth);
                if (!bundlesByDepth.has(node.depth)) {
                  bundlesByDepth.set(node.depth, [node]);
                } else {
                  bundlesByDepth.get(node.depth).push(node);
                }
              }
            },
            getChildren: (diff) => diff.children
          });
          bundlesByDepth.set("maxBundleDepth", maxBundleDepth);
        } else {
          maxBundleDepth = bundlesByDepth.get("maxBundleDepth");
        }
        if (depth === 0) {
          time.start("reify:loadBundles");
        }
        if (depth > maxBundleDepth) {
          if (maxBundleDepth !== -1) {
            this.#pruneBundledMetadeps(bundlesByDepth);
            this[_diffTrees]();
          }
          time.end("reify:loadBundles");
          return;
        }
        const set = (bundlesByDepth.get(depth) || []).filter((node) => node.root === this.idealTree && node.target !== node.root && !this[_trashList].has(node.path));
        if (!set.length) {
          return this[_loadBundlesAndUpdateTrees](depth + 1, bundlesByDepth);
        }
        return promiseCallLimit(set.map((node) => {
          return () => {
            this.#bundleUnpacked.add(node);
            return this[_reifyNode](node);
          };
        }), { rejectLate: true }).then((nodes) => promiseAllRejectLate(nodes.map(async (node) => {
          const arb = new this.constructor({
            ...this.options,
            path: node.path
          });
          const notTransplanted = new Set(node.children.keys());
          await arb.loadActual({
            root: node,
            // don't transplant any sparse folders we created
            // loadActual will set node.package to {} for empty directories
            // if by chance there are some empty folders in the node_modules
            // tree for some other reason, then ok, ignore those too.
            transplantFilter: (node2) => {
              if (node2.package._id) {
                notTransplanted.delete(node2.name);
                return true;
              } else {
                return false;
              }
            }
          });
          for (const name of notTransplanted) {
            this.#bundleMissing.add(node.children.get(name));
          }
        }))).then(() => this[_loadBundlesAndUpdateTrees](depth + 1, bundlesByDepth));
      }
      // https://github.com/npm/cli/issues/1597#issuecomment-667639545
      #pruneBundledMetadeps(bundlesByDepth) {
        const bundleShadowed = /* @__PURE__ */ new Set();
        for (const bundles of bundlesByDepth.values()) {
          if (!Array.isArray(bundles)) {
            continue;
          }
          for (const node of bundles) {
            for (const name of node.children.keys()) {
              const shadow = node.parent.resolve(name);
              if (!shadow) {
                continue;
              }
              bundleShadowed.add(shadow);
              shadow.extraneous = true;
            }
          }
        }
        for (const shadow of bundleShadowed) {
          for (const shadDep of shadow.edgesOut.values()) {
            if (shadDep.to) {
              bundleShadowed.add(shadDep.to);
              shadDep.to.extraneous = true;
            }
          }
        }
        let changed;
        do {
          changed = false;
          for (const shadow of bundleShadowed) {
            for (const edge of shadow.edgesIn) {
              if (!bundleShadowed.has(edge.from)) {
                shadow.extraneous = false;
                bundleShadowed.delete(shadow);
                changed = true;
                break;
              }
            }
          }
        } while (changed);
        for (const shadow of bundleShadowed) {
          this[_addNodeToTrashList](shadow);
          shadow.root = null;
        }
      }
      async [_submitQuickAudit]() {
        if (this.options.audit === false) {
          this.auditReport = null;
          return;
        }
        const timeEnd = time.start("reify:audit");
        const options = { ...this.options };
        const tree = this.#linkedIdealForAudit || this.idealTree;
        if (this.options.workspaces.length) {
          options.filterSet = this.workspaceDependencySet(
            tree,
            this.options.workspaces,
            this.options.includeWorkspaceRoot
          );
        }
        this.auditReport = AuditReport.load(tree, options).then((res) => {
          timeEnd();
          return res;
        });
      }
      // ok!  actually unpack stuff into their target locations!
      // The sparse tree has already been created, so we walk the diff
      // kicking off each unpack job.  If any fail, we rm the sparse
      // tree entirely and try to put everything back where it was.
      [_unpackNewModules]() {
        const timeEnd = time.start("reify:unpack");
        const unpacks = [];
        dfwalk({
          tree: this.diff,
          visit: (diff) => {
            if (diff.action !== "CHANGE" && diff.action !== "ADD") {
              return;
            }
            const node = diff.ideal;
            const bd = this.#bundleUnpacked.has(node);
            const bundleMissing = this.#bundleMissing.has(node);
            const doUnpack = node && // can't unpack if removed!
            // root node already exists
            !node.isRoot && // already unpacked to read bundle
            !bd && // already unpacked by another dep's bundle
            (bundleMissing || !node.inDepBundle);
            if (doUnpack) {
              unpacks.push(this[_reifyNode](node));
            }
          },
          getChildren: (diff) => diff.children
        });
        return promiseAllRejectLate(unpacks).then(timeEnd);
      }
      // This is the part where we move back the unchanging nodes that were
      // the children of a node that did change.  If this fails, the rollback
      // is a three-step process.  First, we try to move the retired unchanged
      // nodes BACK to their retirement folders, then delete the sparse tree,
      // then move everything out of retirement.
      [_moveBackRetiredUnchanged]() {
        const timeEnd = time.start("reify:unretire");
        const moves = this.#retiredPaths;
        this.#retiredUnchanged = {};
        return promiseAllRejectLate(this.diff.children.map((diff) => {
          if (diff.action !== "CHANGE" && diff.action !== "REMOVE") {
            return;
          }
          const { path: realFolder } = diff.actual;
          const retireFolder = moves[realFolder];
          debug(() => {
            if (!retireFolder) {
              const er = new Error("trying to un-retire but not retired");
              throw Object.assign(er, {
                realFolder,
                retireFolder,
                actual: diff.actual,
                ideal: diff.ideal,
                action: diff.action
              });
            }
          });
          this.#retiredUnchanged[retireFolder] = [];
          return promiseAllRejectLate(diff.unchanged.map((node) => {
            if (node.isLink) {
              return mkdir(dirname(node.path), { recursive: true, force: true }).then(() => this[_reifyNode](node));
            }
            if (node.inDepBundle && !this.#bundleMissing.has(node)) {
              return;
            }
            this.#retiredUnchanged[retireFolder].push(node);
            const rel = relative(realFolder, node.path);
            const fromPath = resolve(retireFolder, rel);
            const bd = node.package.bundleDependencies;
            const dir = bd && bd.length ? node.path + "/node_modules" : node.path;
            return mkdir(dir, { recursive: true }).then(() => this[_moveContents](node, fromPath));
          }));
        })).then(timeEnd);
      }
      // move the contents from the fromPath to the node.path
      [_moveContents](node, fromPath) {
        return packageContents({
          path: fromPath,
          depth: 1,
          packageJsonCache: /* @__PURE__ */ new Map([[fromPath + "/package.json", node.package]])
        }).then((res) => promiseAllRejectLate(res.map((path) => {
          const rel = relative(fromPath, path);
          const to = resolve(node.path, rel);
          return this[_renamePath](path, to);
        })));
      }
      [_rollbackMoveBackRetiredUnchanged](er) {
        const moves = this.#retiredPaths;
        const realFolders = new Map(Object.entries(moves).map(([k, v]) => [v, k]));
        const promises = Object.entries(this.#retiredUnchanged).map(([retireFolder, nodes]) => promiseAllRejectLate(nodes.map((node) => {
          const realFolder = realFolders.get(retireFolder);
          const rel = relative(realFolder, node.path);
          const fromPath = resolve(retireFolder, rel);
          return this[_moveContents]({ ...node, path: fromPath }, node.path);
        })));
        return promiseAllRejectLate(promises).then(() => this[_rollbackCreateSparseTree](er));
      }
      [_build]() {
        const timeEnd = time.start("reify:build");
        const nodes = [];
        dfwalk({
          tree: this.diff,
          leave: (diff) => {
            if (!diff.ideal.isProjectRoot) {
              nodes.push(diff.ideal);
            }
          },
          // process adds before changes, ignore removals
          getChildren: (diff) => diff && diff.children,
          filter: (diff) => diff.action === "ADD" || diff.action === "CHANGE"
        });
        for (const node of this.diff.unchanged) {
          const tree = node.root.target;
          const linkedFromRoot = node.parent === tree && !node.inert || node.target.fsTop === tree;
          if (node.isLink && linkedFromRoot) {
            nodes.push(node);
          }
        }
        return this.rebuild({ nodes, handleOptionalFailure: true }).then(timeEnd);
      }
      // the tree is pretty much built now, so it's cleanup time.
      // remove the retired folders, and any deleted nodes
      // If this fails, there isn't much we can do but tell the user about it.
      // Thankfully, it's pretty unlikely that it'll fail, since rm is a node builtin.
      async [_removeTrash]() {
        const timeEnd = time.start("reify:trash");
        const promises = [];
        const failures = [];
        const _rm = (path) => rm(path, { recursive: true, force: true }).catch((er) => failures.push([path, er]));
        for (const path of this[_trashList]) {
          promises.push(_rm(path));
        }
        await promiseAllRejectLate(promises);
        if (failures.length) {
          log.warn("cleanup", "Failed to remove some directories", failures);
        }
        timeEnd();
      }
      // Remove the root .store left behind by a previous linked install when reifying under a non-linked strategy.
      async #removeStaleStoreDir() {
        const storeDir = resolve(this.path, "node_modules", ".store");
        if (!existsSync(storeDir)) {
          return;
        }
        log.silly("reify", "removing stale .store from a previous linked install");
        await rm(storeDir, { recursive: true, force: true }).catch(
          /* istanbul ignore next -- rm with force rarely fails */
          (er) => log.warn("cleanup", "Failed to remove stale .store directory", er)
        );
      }
      // After a linked install, scan node_modules/.store/ and remove any directories that are not referenced by the current ideal tree.
      // Store entries become orphaned when dependencies are updated or removed, because the diff never sees the old store keys.
      // Then sweep the top-level node_modules/ for orphaned symlinks (e.g. an uninstalled dep whose store entry was just removed) so we don't leave dangling links.
      async #cleanOrphanedStoreEntries() {
        const nmDir = resolve(this.path, "node_modules");
        const storeDir = resolve(nmDir, ".store");
        let entries;
        try {
          const topLevel = await readdir(storeDir, { withFileTypes: true });
          entries = [];
          for (const ent of topLevel) {
            if (ent.name.startsWith("@")) {
              let scoped;
              try {
                scoped = await readdir(resolve(storeDir, ent.name));
              } catch {
                continue;
              }
              for (const name of scoped) {
                entries.push(`${ent.name}/${name}`);
              }
            } else {
              entries.push(ent.name);
            }
          }
        } catch {
          entries = null;
        }
        const validKeys = /* @__PURE__ */ new Set();
        const nmDirs = /* @__PURE__ */ new Map();
        const binsByDir = /* @__PURE__ */ new Map();
        const NM_PREFIX = "node_modules/";
        const STORE_MARKER = "/.store/";
        for (const child of this.idealTree.children.values()) {
          const loc = child.location.replace(/\\/g, "/");
          if (child.isInStore) {
            const parts = loc.split("/");
            const key = parts[2].startsWith("@") ? `${parts[2]}/${parts[3]}` : parts[2];
            validKeys.add(key);
            continue;
          }
          if (child.isLink && child.isUndeclaredWorkspaceLink) {
            continue;
          }
          const nmIdx = loc.lastIndexOf(NM_PREFIX);
          if (nmIdx === -1 || loc.includes(STORE_MARKER)) {
            continue;
          }
          const prefix = loc.slice(0, nmIdx);
          const dir = resolve(this.path, prefix, "node_modules");
          const rest = loc.slice(nmIdx + NM_PREFIX.length);
          let entry;
          if (rest.startsWith("@")) {
            const [scope, name] = rest.split("/");
            entry = `${scope}${sep}${name}`;
          } else {
            entry = rest.split("/")[0];
          }
          let set = nmDirs.get(dir);
          if (!set) {
            set = /* @__PURE__ */ new Set();
            nmDirs.set(dir, set);
          }
          set.add(entry);
          const bin = child.package?.bin;
          if (bin && typeof bin === "object") {
            let binSet = binsByDir.get(dir);
            if (!binSet) {
              binSet = /* @__PURE__ */ new Set();
              binsByDir.set(dir, binSet);
            }
            for (const bn of Object.keys(bin)) {
              binSet.add(bn);
            }
          }
        }
        const filteredNames = this.options.workspaces;
        const isFiltered = Array.isArray(filteredNames) && filteredNames.length > 0;
        if (isFiltered) {
          const allowedDirs = /* @__PURE__ */ new Set();
          for (const ws of this.idealTree.fsChildren) {
            if (filteredNames.includes(ws.packageName) || filteredNames.includes(ws.name)) {
              allowedDirs.add(resolve(ws.path, "node_modules"));
            }
          }
          if (this.options.includeWorkspaceRoot) {
            allowedDirs.add(nmDir);
          }
          for (const dir of [...nmDirs.keys()]) {
            if (!allowedDirs.has(dir)) {
              nmDirs.delete(dir);
            }
          }
          for (const dir of allowedDirs) {
            if (!nmDirs.has(dir)) {
              nmDirs.set(dir, /* @__PURE__ */ new Set());
            }
          }
        } else {
          if (!nmDirs.has(nmDir)) {
            nmDirs.set(nmDir, /* @__PURE__ */ new Set());
          }
          for (const ws of this.idealTree.fsChildren) {
            const wsNmDir = resolve(ws.path, "node_modules");
            if (!nmDirs.has(wsNmDir)) {
              nmDirs.set(wsNmDir, /* @__PURE__ */ new Set());
            }
          }
        }
        if (entries) {
          const orphaned = entries.filter((e) => !validKeys.has(e));
          if (orphaned.length) {
            log.silly("reify", "cleaning orphaned store entries", orphaned);
            await promiseAllRejectLate(
              orphaned.map(
                (e) => rm(resolve(storeDir, e), { recursive: true, force: true }).catch(
                  /* istanbul ignore next -- rm with force rarely fails */
                  (er) => log.warn("cleanup", `Failed to remove orphaned store entry ${e}`, er)
                )
              )
            );
            const scopes = new Set(
              orphaned.filter((e) => e.startsWith("@")).map((e) => e.split("/")[0])
            );
            await promiseAllRejectLate(
              [...scopes].map(async (scope) => {
                const scopeDir = resolve(storeDir, scope);
                try {
                  const remaining = await readdir(scopeDir);
                  if (!remaining.length) {
                    await rm(scopeDir, { recursive: true, force: true });
                  }
                } catch {
                }
              })
            );
          }
        }
        for (const [dir, valid] of nmDirs) {
          await this.#cleanOrphanedTopLevelLinks(dir, valid);
          await this.#cleanStaleBinLinks(dir, binsByDir.get(dir));
        }
      }
      // Remove stale bin shims left in node_modules/.bin after an uninstall under linked, where the diff never emits an action to drop them.
      // A shim is stale when no still-linked package provides its name, or when it is a dangling symlink; matching by name handles both POSIX symlinks and Windows .cmd/.ps1 shims.
      async #cleanStaleBinLinks(nmDir, validBins = /* @__PURE__ */ new Set()) {
        const binDir = resolve(nmDir, ".bin");
        let names;
        try {
          names = await readdir(binDir);
        } catch {
          return;
        }
        const stale = names.filter((name) => {
          const base = name.replace(/\.(cmd|ps1)$/, "");
          return !validBins.has(base) || !existsSync(resolve(binDir, name));
        });
        if (!stale.length) {
          return;
        }
        log.silly("reify", "cleaning stale bin links", stale);
        await promiseAllRejectLate(
          stale.map(
            (name) => rm(resolve(binDir, name), { force: true }).catch(
              /* istanbul ignore next -- rm with force rarely fails */
              (er) => log.warn("cleanup", `Failed to remove stale bin link ${name}`, er)
            )
          )
        );
      }
      // Remove node_modules/ entries that aren't represented in the ideal tree.
      // Run for the project root and each workspace's node_modules.
      // The linked diff path can't see these because #buildLinkedActualForDiff derives the actual tree from the ideal, so removed deps are never compared.
      // Two kinds of stale entry are removed:
      //   - symlinks whose target resolves inside the project root — store links (node_modules/.store/...) and workspace self-links (e.g. node_modules/<ws> -> ../packages/<ws>) that npm itself created.
      //   - real package directories — hoisted-layout deps left behind when switching from the hoisted strategy to linked, where every valid top-level entry is a symlink.
      // Symlinks pointing outside the project (e.g. `npm link foo` without --save targeting the global prefix, or hand-made `ln -s` to an external path) and non-package real directories are preserved.
      async #cleanOrphanedTopLevelLinks(nmDir, validTopLevel) {
        const projectPrefix = resolve(this.path) + sep;
        let dirents;
        try {
          dirents = await readdir(nmDir, { withFileTypes: true });
        } catch {
          return;
        }
        const isOurOrphan = async (linkPath) => {
          let target;
          try {
            target = await readlink(linkPath);
          } catch {
            return false;
          }
          return resolve(dirname(linkPath), target).startsWith(projectPrefix);
        };
        const isStaleRealPkg = (dirent, entPath) => dirent.isDirectory() && existsSync(resolve(entPath, "package.json"));
        const isOrphan = async (dirent, entPath) => dirent.isSymbolicLink() && await isOurOrphan(entPath) || isStaleRealPkg(dirent, entPath);
        const orphaned = [];
        const scopes = /* @__PURE__ */ new Set();
        for (const ent of dirents) {
          if (ent.name.startsWith(".")) {
            continue;
          }
          if (ent.name.startsWith("@")) {
            let scoped;
            try {
              scoped = await readdir(resolve(nmDir, ent.name), { withFileTypes: true });
            } catch {
              continue;
            }
            for (const pkgEnt of scoped) {
              const key = `${ent.name}${sep}${pkgEnt.name}`;
              if (!validTopLevel.has(key) && await isOrphan(pkgEnt, resolve(nmDir, key))) {
                orphaned.push(key);
                scopes.add(ent.name);
              }
            }
          } else if (!validTopLevel.has(ent.name) && await isOrphan(ent, resolve(nmDir, ent.name))) {
            orphaned.push(ent.name);
          }
        }
        if (!orphaned.length) {
          return;
        }
        log.silly("reify", "cleaning orphaned top-level entries", orphaned);
        await promiseAllRejectLate(
          orphaned.map(
            (name) => rm(resolve(nmDir, name), { recursive: true, force: true }).catch(
              /* istanbul ignore next -- rm with force rarely fails */
              (er) => log.warn("cleanup", `Failed to remove orphaned entry ${name}`, er)
            )
          )
        );
        await promiseAllRejectLate(
          [...scopes].map(async (scope) => {
            const scopeDir = resolve(nmDir, scope);
            try {
              const remaining = await readdir(scopeDir);
              if (!remaining.length) {
                await rm(scopeDir, { recursive: true, force: true });
              }
            } catch {
            }
          })
        );
      }
      // last but not least, we save the ideal tree metadata to the package-lock
      // or shrinkwrap file, and any additions or removals to package.json
      async [_saveIdealTree](options) {
        const save = !(options.save === false);
        const hasUpdates = this[_updateAll] || this[_updateNames].length;
        const saveIdealTree = !(!save && !hasUpdates || this.options.global || this.options.dryRun);
        if (!saveIdealTree) {
          return false;
        }
        const timeEnd = time.start("reify:save");
        const updatedTrees = /* @__PURE__ */ new Set();
        const updateNodes = (nodes) => {
          for (const { name, tree: addTree } of nodes) {
            const edge = addTree.edgesOut.get(name);
            const pkg = addTree.package;
            const req = npa.resolve(name, edge.spec, addTree.realpath);
            const { rawSpec, subSpec } = req;
            const spec = subSpec ? subSpec.rawSpec : rawSpec;
            const child = edge.to;
            if (!child || !addTree.isTop) {
              continue;
            }
            let newSpec;
            const isLocalDep = req.type === "directory" || req.type === "file";
            if (req.registry) {
              const version = child.version;
              const prefixRange = version ? this.options.savePrefix + version : "*";
              const isRange = (subSpec || req).type === "range";
              let range = spec;
              if (!isRange || spec === "*" || subset(prefixRange, spec, { loose: true })) {
                range = prefixRange;
              }
              const pname = child.packageName;
              const alias = name !== pname;
              newSpec = alias ? `npm:${pname}@${range}` : range;
            } else if (req.hosted) {
              const h = req.hosted;
              const opt = { noCommittish: false };
              if (h.https && (h.auth || h.default === "https")) {
                newSpec = `git+${h.https(opt)}`;
              } else {
                newSpec = h.shortcut(opt);
              }
            } else if (isLocalDep) {
              if (edge.type === "workspace") {
                const { version } = edge.to.target;
                const prefixRange = version ? this.options.savePrefix + version : "*";
                newSpec = prefixRange;
              } else {
                const p = req.fetchSpec.replace(/^file:/, "");
                const rel = relpath(addTree.realpath, p);
                newSpec = `file:${rel}`;
              }
            } else {
              newSpec = req.saveSpec;
            }
            if (options.saveType) {
              const depType = saveTypeMap.get(options.saveType);
              pkg[depType][name] = newSpec;
              if (options.saveType === "prod" && pkg.optionalDependencies) {
                delete pkg.optionalDependencies[name];
              }
            } else {
              if (hasSubKey(pkg, "dependencies", name)) {
                pkg.dependencies[name] = newSpec;
              }
              if (hasSubKey(pkg, "devDependencies", name)) {
                pkg.devDependencies[name] = newSpec;
                if (hasSubKey(pkg, "peerDependencies", name) && (isLocalDep || !intersects(newSpec, pkg.peerDependencies[name]))) {
                  pkg.peerDependencies[name] = newSpec;
                }
                if (hasSubKey(pkg, "optionalDependencies", name) && (isLocalDep || !intersects(newSpec, pkg.optionalDependencies[name]))) {
                  pkg.optionalDependencies[name] = newSpec;
                }
              } else {
                if (hasSubKey(pkg, "peerDependencies", name)) {
                  pkg.peerDependencies[name] = newSpec;
                }
                if (hasSubKey(pkg, "optionalDependencies", name)) {
                  pkg.optionalDependencies[name] = newSpec;
                }
              }
            }
            updatedTrees.add(addTree);
          }
        };
        const exactVersion = (node) => {
          for (const edge of node.edgesIn) {
            try {
              if (subset(edge.spec, node.version)) {
                return false;
              }
            } catch {
            }
          }
          return true;
        };
        const retrieveUpdatedNodes = (names) => {
          const filterDirectDependencies = (node) => !node.isRoot && node.resolveParent && node.resolveParent.isRoot && (!names || names.includes(node.name)) && exactVersion(node);
          const directDeps = this.idealTree.inventory.filter(filterDirectDependencies);
          const nodes = [];
          for (const node of directDeps) {
            for (const edgeIn of node.edgesIn) {
              nodes.push({
                name: node.name,
                tree: edgeIn.from.target
              });
            }
          }
          return nodes;
        };
        if (save) {
          if (this[_updateAll]) {
            const nodes = retrieveUpdatedNodes();
            updateNodes(nodes);
          } else {
            if (this[_resolvedAdd].length) {
              updateNodes(this[_resolvedAdd]);
            }
            if (this[_updateNames].length) {
              const nodes = retrieveUpdatedNodes(this[_updateNames]);
              updateNodes(nodes);
            }
            for (const { from: tree } of this.explicitRequests) {
              updatedTrees.add(tree);
            }
          }
        }
        if (save) {
          for (const tree of updatedTrees) {
            tree.package = tree.package;
            const pkgJson = await PackageJson.load(tree.path, { create: true });
            const {
              dependencies = {},
              devDependencies = {},
              optionalDependencies = {},
              peerDependencies = {},
              // bundleDependencies is not required by PackageJson like the other
              // fields here PackageJson also doesn't omit an empty array for this
              // field so defaulting this to an empty array would add that field to
              // every package.json file.
              bundleDependencies,
              // resolvePatchedDependencies drops entries orphaned by uninstall; persist that removal
              patchedDependencies
            } = tree.package;
            pkgJson.update({
              dependencies,
              devDependencies,
              optionalDependencies,
              peerDependencies,
              bundleDependencies,
              patchedDependencies
            });
            await pkgJson.save();
          }
        }
        if (this.options.usePackageLock) {
          let format = this.idealTree.package[/* @__PURE__ */ Symbol.for("indent")];
          if (format === void 0) {
            format = "  ";
          }
          await this.idealTree.meta.save({
            format: this.options.formatPackageLock && format ? format : this.options.formatPackageLock
          });
        }
        timeEnd();
        return true;
      }
    };
  }
});

// node_modules/@npmcli/arborist/lib/arborist/isolated-reifier.js
var require_isolated_reifier = __commonJS({
  "node_modules/@npmcli/arborist/lib/arborist/isolated-reifier.js"(exports, module) {
    var { join } = __require("node:path");
    var { depth } = require_lib20();
    var crypto = __require("node:crypto");
    var { IsolatedNode, IsolatedLink } = require_isolated_classes();
    var nameFromFolder = require_lib10();
    var getKey = (startNode) => {
      const deps = [];
      const branch = [];
      depth({
        tree: startNode,
        getChildren: (node) => node.dependencies,
        visit: (node) => {
          branch.push(`${node.packageName}@${node.version}`);
          const patch = node.patched ? `::patch:${node.patched.integrity}` : "";
          deps.push(`${branch.join("->")}::${node.resolved}${patch}`);
        },
        leave: () => {
          branch.pop();
        }
      });
      deps.sort();
      const hash = crypto.createHash("shake256", { outputLength: 16 }).update(deps.join(",")).digest("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/m, "");
      const patchSuffix = startNode.patched ? "+patch" : "";
      return `${startNode.packageName}@${startNode.version}-${hash}${patchSuffix}`;
    };
    module.exports = (cls) => class IsolatedReifier extends cls {
      #externalProxies = /* @__PURE__ */ new Map();
      #omit = /* @__PURE__ */ new Set();
      #rootDeclaredDeps = /* @__PURE__ */ new Set();
      #processedEdges = /* @__PURE__ */ new Set();
      #workspaceProxies = /* @__PURE__ */ new Map();
      #generateChild(node, location, pkg, isInStore, root, inBundle = false) {
        const newChild = new IsolatedNode({
          isInStore,
          inBundle,
          isRegistryDependency: node.isRegistryDependency,
          isRootDependency: node.isRootDependency,
          location,
          name: node.packageName || node.name,
          optional: node.optional,
          package: pkg,
          parent: root,
          patched: node.patched,
          path: join(this.idealGraph.localPath, location),
          resolved: node.resolved,
          root
        });
        newChild.top = { path: this.idealGraph.localPath };
        root.children.set(newChild.location, newChild);
        root.inventory.set(newChild.location, newChild);
      }
      /**
       * Create an ideal graph.
       *
       * An implementation of npm RFC-0042
       * https://github.com/npm/rfcs/blob/main/accepted/0042-isolated-mode.md
       *
       * This entire file should be considered technical debt that will be resolved with an Arborist refactor or rewrite.
       * Embedded logic in Nodes and Links, and the incremental state of building trees and reifying contains too many assumptions to do a linked mode properly.
       *
       * Instead, this approach takes a tree built from build-ideal-tree, and returns a new tree-like structure without the embedded logic of Node and Link classes.
       *
       * Since the RFC requires leaving the package-lock in place, this approach temporarily replaces the tree state for a couple of steps of reifying.
       *
       **/
      async makeIdealGraph() {
        const idealTree = this.idealTree;
        this.#omit = new Set(this.options.omit);
        const omit = this.#omit;
        const rootPkg = idealTree.package;
        this.#rootDeclaredDeps = new Set(Object.keys(Object.assign(
          {},
          rootPkg.dependencies,
          !omit.has("dev") && rootPkg.devDependencies,
          !omit.has("optional") && rootPkg.optionalDependencies,
          !omit.has("peer") && rootPkg.peerDependencies
        )));
        this.idealGraph = {
          external: [],
          isProjectRoot: true,
          localLocation: idealTree.location,
          localPath: idealTree.path,
          path: idealTree.path
        };
        this.counter = 0;
        const fsChildren = Array.from(idealTree.fsChildren.values()).filter((w) => !w.extraneous);
        this.idealGraph.workspaces = await Promise.all(fsChildren.map((w) => this.#workspaceProxy(w)));
        const processed = /* @__PURE__ */ new Set();
        const queue = [idealTree, ...idealTree.fsChildren];
        while (queue.length !== 0) {
          const next = queue.pop();
          if (processed.has(next.location)) {
            continue;
          }
          processed.add(next.location);
          next.edgesOut.forEach((edge) => {
            if (edge.to && !(next.package.bundleDependencies || next.package.bundledDependencies || []).includes(edge.to.name) && !edge.to.shouldOmit?.(omit)) {
              queue.push(edge.to);
            }
          });
          const isLocalFileDep = next.isLink && next.resolved?.startsWith("file:");
          if (isLocalFileDep && !idealTree.fsChildren.has(next) && !idealTree.fsChildren.has(next.target)) {
            this.idealGraph.workspaces.push(await this.#workspaceProxy(next.target));
          } else if (!next.isProjectRoot && !next.isWorkspace && !next.inert && !idealTree.fsChildren.has(next) && !idealTree.fsChildren.has(next.target)) {
            this.idealGraph.external.push(await this.#externalProxy(next));
          }
        }
        await this.#assignCommonProperties(idealTree, this.idealGraph);
      }
      async #workspaceProxy(node) {
        if (this.#workspaceProxies.has(node)) {
          return this.#workspaceProxies.get(node);
        }
        const result = {};
        this.#workspaceProxies.set(node, result);
        result.localLocation = node.location;
        result.localPath = node.path;
        result.isWorkspace = true;
        result.resolved = node.resolved;
        await this.#assignCommonProperties(node, result);
        return result;
      }
      async #externalProxy(node) {
        if (this.#externalProxies.has(node)) {
          return this.#externalProxies.get(node);
        }
        const result = {};
        this.#externalProxies.set(node, result);
        await this.#assignCommonProperties(node, result);
        result.optional = node.optional;
        result.resolved = node.resolved;
        result.version = node.version;
        result.isRegistryDependency = node.isRegistryDependency;
        result.isRootDependency = [...node.edgesIn].some(
          (e) => e.valid && (e.from?.isProjectRoot || e.from?.isWorkspace)
        );
        return result;
      }
      async #assignCommonProperties(node, result) {
        result.root = this.idealGraph;
        result.id = this.counter++;
        result.name = result.isWorkspace ? node.packageName || node.name : node.name;
        result.packageName = nameFromFolder(node.packageName || node.path);
        result.patched = node.patched;
        result.package = { ...node.package };
        result.package.bundleDependencies = void 0;
        let edges = [...node.edgesOut.values()].filter(
          (edge) => edge.to?.target && !(node.package.bundledDependencies || node.package.bundleDependencies)?.includes(edge.to.name)
        );
        if ((node.isProjectRoot || node.isWorkspace) && this.#omit.size) {
          edges = edges.filter((edge) => {
            if (edge.dev && this.#omit.has("dev")) {
              return false;
            }
            if (edge.optional && this.#omit.has("optional")) {
              return false;
            }
            if (edge.peer && this.#omit.has("peer")) {
              return false;
            }
            return true;
          });
        }
        let nonOptionalDeps = edges.filter((edge) => !edge.optional).map((edge) => edge.to.target);
        if (node.isProjectRoot) {
          nonOptionalDeps = nonOptionalDeps.filter((n) => !n.isWorkspace || this.#rootDeclaredDeps.has(n.packageName));
        }
        const peerDeps = node.package.peerDependencies;
        if (peerDeps && node.legacyPeerDeps) {
          const edgeNames = new Set(edges.map((edge) => edge.name));
          for (const peerName in peerDeps) {
            if (!edgeNames.has(peerName)) {
              const resolved = node.resolve(peerName);
              if (resolved && resolved !== node && !resolved.inert) {
                nonOptionalDeps.push(resolved.target);
              }
            }
          }
        }
        const fileLinkTargets = new Set(edges.filter((e) => e.to?.isLink && e.to.resolved?.startsWith("file:")).map((e) => e.to.target));
        const isLocal = (n) => n.isWorkspace || node.fsChildren?.has(n) || fileLinkTargets.has(n);
        const optionalDeps = edges.filter((edge) => edge.optional).map((edge) => edge.to.target);
        const peerMeta = node.package.peerDependenciesMeta;
        if (peerMeta) {
          const resolvedNames = new Set([...nonOptionalDeps, ...optionalDeps].map((n) => n.name));
          for (const peerName in peerMeta) {
            if (!peerMeta[peerName]?.optional || resolvedNames.has(peerName)) {
              continue;
            }
            const resolved = node.resolve(peerName)?.target;
            if (resolved && resolved !== node && !resolved.inert && !isLocal(resolved)) {
              optionalDeps.push(resolved);
            }
          }
        }
        result.localDependencies = await Promise.all(nonOptionalDeps.filter(isLocal).map((n) => this.#workspaceProxy(n)));
        result.externalDependencies = await Promise.all(nonOptionalDeps.filter((n) => !isLocal(n) && !n.inert).map((n) => this.#externalProxy(n)));
        result.externalOptionalDependencies = await Promise.all(optionalDeps.filter((n) => !n.inert).map((n) => this.#externalProxy(n)));
        result.dependencies = [
          ...result.externalDependencies,
          ...result.localDependencies,
          ...result.externalOptionalDependencies
        ];
      }
      async #createBundledTree() {
        const idealTree = this.idealTree;
        const queue = [];
        for (const [, edge] of idealTree.edgesOut) {
          if (edge.to && (idealTree.package.bundleDependencies || idealTree.package.bundledDependencies || []).includes(edge.to.name)) {
            queue.push({ from: idealTree, to: edge.to });
          }
        }
        for (const child of idealTree.fsChildren) {
          for (const [, edge] of child.edgesOut) {
            if (edge.to && (child.package.bundleDependencies || child.package.bundledDependencies || []).includes(edge.to.name)) {
              queue.push({ from: child, to: edge.to });
            }
          }
        }
        const processed = /* @__PURE__ */ new Set();
        const nodes = /* @__PURE__ */ new Map();
        const edges = [];
        while (queue.length !== 0) {
          const nextEdge = queue.pop();
          const key = `${nextEdge.from.location}=>${nextEdge.to.location}`;
          if (processed.has(key)) {
            continue;
          }
          processed.add(key);
          const from = nextEdge.from;
          if (!from.isRoot && !from.isWorkspace) {
            nodes.set(from.location, { location: from.location, resolved: from.resolved, name: from.name, optional: from.optional, pkg: { ...from.package, bundleDependencies: void 0 } });
          }
          const to = nextEdge.to;
          nodes.set(to.location, { location: to.location, resolved: to.resolved, name: to.name, optional: to.optional, pkg: { ...to.package, bundleDependencies: void 0 } });
          edges.push({ from: from.isRoot ? "root" : from.location, to: to.location });
          to.edgesOut.forEach((edge) => {
            if (edge.to) {
              queue.push({ from: edge.from, to: edge.to });
            }
          });
        }
        return { edges, nodes };
      }
      async createIsolatedTree() {
        await this.makeIdealGraph();
        const bundledTree = await this.#createBundledTree();
        const root = new IsolatedNode(this.idealGraph);
        root.root = root;
        root.inventory.set("", root);
        const processed = /* @__PURE__ */ new Set();
        for (const c of this.idealGraph.workspaces) {
          const wsName = c.packageName;
          const workspace = new IsolatedNode({
            location: c.localLocation,
            name: wsName,
            package: c.package,
            path: c.localPath,
            resolved: c.resolved
          });
          root.fsChildren.add(workspace);
          root.inventory.set(workspace.location, workspace);
          root.workspaces.set(wsName, workspace.path);
          const isDeclared = this.#rootDeclaredDeps.has(wsName);
          const wsLink = new IsolatedLink({
            location: isDeclared ? join("node_modules", wsName) : join(c.localLocation, "node_modules", wsName),
            name: wsName,
            package: workspace.package,
            parent: root,
            path: isDeclared ? join(root.path, "node_modules", wsName) : join(root.path, c.localLocation, "node_modules", wsName),
            realpath: workspace.path,
            root,
            target: workspace
          });
          if (!isDeclared) {
            wsLink.isUndeclaredWorkspaceLink = true;
          }
          root.children.set(wsName, wsLink);
          root.inventory.set(wsLink.location, wsLink);
          workspace.linksIn.add(wsLink);
        }
        this.idealGraph.external.forEach((c) => {
          const key = getKey(c);
          if (processed.has(key)) {
            return;
          }
          processed.add(key);
          const location = join("node_modules", ".store", key, "node_modules", c.packageName);
          this.#generateChild(c, location, c.package, true, root);
        });
        bundledTree.nodes.forEach((node) => {
          this.#generateChild(node, node.location, node.pkg, false, root, true);
        });
        bundledTree.edges.forEach((edge) => {
          const from = edge.from === "root" ? root : root.inventory.get(edge.from);
          const to = root.inventory.get(edge.to);
          const newEdge = { optional: false, from, to };
          from.edgesOut.set(to.name, newEdge);
          to.edgesIn.add(newEdge);
        });
        this.#processEdges(this.idealGraph, false, root);
        for (const node of this.idealGraph.workspaces) {
          this.#processEdges(node, false, root);
        }
        return root;
      }
      #processEdges(node, externalEdge, root) {
        const key = getKey(node);
        if (this.#processedEdges.has(key)) {
          return;
        }
        this.#processedEdges.add(key);
        let from, nmFolder;
        if (externalEdge) {
          const fromLocation = join("node_modules", ".store", key, "node_modules", node.packageName);
          from = root.children.get(fromLocation);
          nmFolder = join("node_modules", ".store", key, "node_modules");
        } else {
          from = node.isProjectRoot ? root : root.inventory.get(node.localLocation);
          nmFolder = join(node.localLocation, "node_modules");
        }
        if (!from) {
          return;
        }
        for (const dep of node.localDependencies) {
          this.#processEdges(dep, false, root);
          this.#processDeps(dep, false, false, root, from, nmFolder);
        }
        for (const dep of node.externalDependencies) {
          this.#processEdges(dep, true, root);
          this.#processDeps(dep, false, true, root, from, nmFolder);
        }
        for (const dep of node.externalOptionalDependencies) {
          this.#processEdges(dep, true, root);
          this.#processDeps(dep, true, true, root, from, nmFolder);
        }
      }
      #processDeps(dep, optional, external, root, from, nmFolder) {
        const toKey = getKey(dep);
        let target;
        if (external) {
          const toLocation = join("node_modules", ".store", toKey, "node_modules", dep.packageName);
          target = root.children.get(toLocation);
        } else {
          target = root.inventory.get(dep.localLocation);
        }
        if (!target) {
          return;
        }
        if (dep.package.bin) {
          for (const bn in dep.package.bin) {
            target.binPaths.push(join(dep.root.localPath, nmFolder, ".bin", bn));
          }
        }
        const pkg = {
          _id: dep.package._id,
          bin: target.package.bin,
          bundleDependencies: void 0,
          deprecated: void 0,
          scripts: dep.package.scripts,
          version: dep.package.version
        };
        const link = new IsolatedLink({
          isStoreLink: true,
          location: join(nmFolder, dep.name),
          name: toKey,
          optional,
          parent: root,
          package: pkg,
          path: join(dep.root.localPath, nmFolder, dep.name),
          realpath: target.path,
          resolved: external ? `file:.store/${toKey}/node_modules/${dep.packageName}` : dep.resolved,
          root,
          target
        });
        link.top = { path: dep.root.localPath };
        const newEdge1 = { optional, from, to: link };
        from.edgesOut.set(dep.name, newEdge1);
        link.edgesIn.add(newEdge1);
        const newEdge2 = { optional: false, from: link, to: target };
        link.edgesOut.set(dep.name, newEdge2);
        target.edgesIn.add(newEdge2);
        root.children.set(link.location, link);
      }
    };
  }
});

// node_modules/@npmcli/arborist/lib/arborist/index.js
var require_arborist = __commonJS({
  "node_modules/@npmcli/arborist/lib/arborist/index.js"(exports, module) {
    var { resolve } = __require("node:path");
    var { homedir } = __require("node:os");
    var { depth } = require_lib20();
    var mapWorkspaces = require_lib11();
    var { log, time } = require_lib();
    var { saveTypeMap } = require_add_rm_pkg_deps();
    var AuditReport = require_audit_report();
    var relpath = require_relpath();
    var PackumentCache = require_packument_cache();
    var mixins = [
      require_tracker2(),
      require_build_ideal_tree(),
      require_load_actual(),
      require_load_virtual(),
      require_rebuild(),
      require_reify(),
      require_isolated_reifier()
    ];
    var _setWorkspaces = /* @__PURE__ */ Symbol.for("setWorkspaces");
    var Base = mixins.reduce((a, b) => b(a), __require("node:events"));
    var lockfileVersion = (lfv) => {
      if (lfv === 1 || lfv === 2 || lfv === 3) {
        return lfv;
      }
      if (lfv === void 0 || lfv === null) {
        return null;
      }
      throw new TypeError("Invalid lockfileVersion config: " + lfv);
    };
    var Arborist = class extends Base {
      constructor(options = {}) {
        const timeEnd = time.start("arborist:ctor");
        super(options);
        const registry = options.registry || "https://registry.npmjs.org";
        options.registry = this.registry = registry.replace(/(?<!\/)\/+$/, "") + "/";
        const {
          actualTree,
          global: global2,
          idealTree = null,
          installLinks = false,
          legacyPeerDeps = false,
          virtualTree,
          workspaces
        } = options;
        if (workspaces?.length && global2) {
          throw new Error("Cannot operate on workspaces in global mode");
        }
        this.actualTree = actualTree;
        this.idealTree = idealTree;
        this.installLinks = installLinks;
        this.legacyPeerDeps = legacyPeerDeps;
        this.virtualTree = virtualTree;
        this.options = {
          nodeVersion: process.version,
          ...options,
          Arborist: this.constructor,
          allowScripts: options.allowScripts ?? null,
          binLinks: "binLinks" in options ? !!options.binLinks : true,
          cache: options.cache || `${homedir()}/.npm/_cacache`,
          dangerouslyAllowAllScripts: !!options.dangerouslyAllowAllScripts,
          dryRun: !!options.dryRun,
          formatPackageLock: "formatPackageLock" in options ? !!options.formatPackageLock : true,
          force: !!options.force,
          global: !!options.global,
          ignoreScripts: !!options.ignoreScripts,
          installStrategy: options.global ? "shallow" : options.installStrategy ? options.installStrategy : "hoisted",
          lockfileVersion: lockfileVersion(options.lockfileVersion),
          packageLockOnly: !!options.packageLockOnly,
          packumentCache: options.packumentCache || new PackumentCache(),
          path: options.path || ".",
          rebuildBundle: "rebuildBundle" in options ? !!options.rebuildBundle : true,
          replaceRegistryHost: options.replaceRegistryHost,
          savePrefix: "savePrefix" in options ? options.savePrefix : "^",
          scriptShell: options.scriptShell,
          usePackageLock: "packageLock" in options ? options.packageLock : true,
          workspaces: options.workspaces || [],
          workspacesEnabled: options.workspacesEnabled !== false
        };
        this.replaceRegistryHost = this.options.replaceRegistryHost = !this.options.replaceRegistryHost || this.options.replaceRegistryHost === "npmjs" ? "registry.npmjs.org" : this.options.replaceRegistryHost;
        if (options.saveType && !saveTypeMap.get(options.saveType)) {
          throw new Error(`Invalid saveType ${options.saveType}`);
        }
        this.cache = resolve(this.options.cache);
        this.diff = null;
        this.path = resolve(this.options.path);
        this.scriptsRun = /* @__PURE__ */ new Set();
        timeEnd();
      }
      // TODO: We should change these to static functions instead
      //   of methods for the next major version
      // Get the actual nodes corresponding to a root node's child workspaces,
      // given a list of workspace names.
      workspaceNodes(tree, workspaces) {
        const wsMap = tree.workspaces;
        if (!wsMap) {
          log.warn("workspaces", "filter set, but no workspaces present");
          return [];
        }
        const nodes = [];
        for (const name of workspaces) {
          const path = wsMap.get(name);
          if (!path) {
            log.warn("workspaces", `${name} in filter set, but not in workspaces`);
            continue;
          }
          const loc = relpath(tree.realpath, path);
          const node = tree.inventory.get(loc);
          if (!node) {
            log.warn("workspaces", `${name} in filter set, but no workspace folder present`);
            continue;
          }
          nodes.push(node);
        }
        return nodes;
      }
      // returns a set of workspace nodes and all their deps
      // TODO why is includeWorkspaceRoot a param?
      // TODO why is workspaces a param?
      workspaceDependencySet(tree, workspaces, includeWorkspaceRoot) {
        const wsNodes = this.workspaceNodes(tree, workspaces);
        if (includeWorkspaceRoot) {
          for (const edge of tree.edgesOut.values()) {
            if (edge.type !== "workspace" && edge.to) {
              wsNodes.push(edge.to);
            }
          }
        }
        const wsDepSet = new Set(wsNodes);
        const extraneous = /* @__PURE__ */ new Set();
        for (const node of wsDepSet) {
          for (const edge of node.edgesOut.values()) {
            const dep = edge.to;
            if (dep) {
              wsDepSet.add(dep);
              if (dep.isLink) {
                wsDepSet.add(dep.target);
              }
            }
          }
          for (const child of node.children.values()) {
            if (child.extraneous) {
              extraneous.add(child);
            }
          }
        }
        for (const extra of extraneous) {
          wsDepSet.add(extra);
        }
        return wsDepSet;
      }
      // returns a set of root dependencies, excluding dependencies that are
      // exclusively workspace dependencies
      excludeWorkspacesDependencySet(tree) {
        const rootDepSet = /* @__PURE__ */ new Set();
        depth({
          tree,
          visit: (node) => {
            for (const { to } of node.edgesOut.values()) {
              if (!to || to.isWorkspace) {
                continue;
              }
              for (const edgeIn of to.edgesIn.values()) {
                if (edgeIn.from.isRoot || rootDepSet.has(edgeIn.from)) {
                  rootDepSet.add(to);
                }
              }
            }
            return node;
          },
          filter: (node) => node,
          getChildren: (node, tree2) => [...tree2.edgesOut.values()].map((edge) => edge.to)
        });
        return rootDepSet;
      }
      async [_setWorkspaces](node) {
        const workspaces = await mapWorkspaces({
          cwd: node.path,
          pkg: node.package
        });
        if (node && workspaces.size) {
          node.workspaces = workspaces;
        }
        return node;
      }
      async audit(options = {}) {
        this.addTracker("audit");
        if (this.options.global) {
          throw Object.assign(
            new Error("`npm audit` does not support testing globals"),
            { code: "EAUDITGLOBAL" }
          );
        }
        options = { ...this.options, ...options };
        const timeEnd = time.start("audit");
        let tree;
        if (options.packageLock === false) {
          await this.loadActual(options);
          await this.buildIdealTree();
          tree = this.idealTree;
        } else {
          tree = await this.loadVirtual();
        }
        if (this.options.workspaces.length) {
          options.filterSet = this.workspaceDependencySet(
            tree,
            this.options.workspaces,
            this.options.includeWorkspaceRoot
          );
        }
        if (!options.workspacesEnabled) {
          options.filterSet = this.excludeWorkspacesDependencySet(tree);
        }
        this.auditReport = await AuditReport.load(tree, options);
        const ret = options.fix ? this.reify(options) : this.auditReport;
        timeEnd();
        this.finishTracker("audit");
        return ret;
      }
      // Build an ideal tree (or reuse an already-built one) and return the
      // resulting lockfile contents as a string, without writing to disk.
      // Useful for callers that want to inspect, diff, or store a lockfile
      // somewhere other than the project's `package-lock.json`.
      async lockfileString(options = {}) {
        await this.buildIdealTree(options);
        return this.idealTree.meta.toString(options);
      }
      async dedupe(options = {}) {
        options = { ...this.options, ...options };
        const tree = await this.loadVirtual().catch(() => this.loadActual());
        const names = [];
        for (const name of tree.inventory.query("name")) {
          if (tree.inventory.query("name", name).size > 1) {
            names.push(name);
          }
        }
        return this.reify({
          ...options,
          preferDedupe: true,
          update: { names }
        });
      }
    };
    module.exports = Arborist;
  }
});

// node_modules/@npmcli/arborist/lib/index.js
var require_lib29 = __commonJS({
  "node_modules/@npmcli/arborist/lib/index.js"(exports, module) {
    module.exports = require_arborist();
    module.exports.Arborist = module.exports;
    module.exports.Node = require_node3();
    module.exports.Link = require_link();
    module.exports.Edge = require_edge();
    module.exports.Shrinkwrap = require_shrinkwrap();
    module.exports.PackageExtensions = require_package_extensions();
    module.exports.NpmExtension = require_npm_extension();
  }
});

// node_modules/libnpmpack/lib/index.js
var require_lib30 = __commonJS({
  "node_modules/libnpmpack/lib/index.js"(exports, module) {
    var pacote = require_lib19();
    var npa = require_npa();
    var runScript = require_run_script();
    var path = __require("node:path");
    var Arborist = require_lib29();
    var { writeFile } = __require("node:fs/promises");
    module.exports = pack;
    async function pack(spec = "file:.", opts = {}) {
      spec = npa(spec);
      if (spec.type === "directory") {
        opts = { ...opts, allowDirectory: "all" };
      }
      const manifest = await pacote.manifest(spec, { ...opts, Arborist, _isRoot: true });
      if (spec.type === "directory") {
        const hasBundled = manifest.bundleDependencies?.length > 0;
        const hasOverrides = manifest.overrides && typeof manifest.overrides === "object" && Object.keys(manifest.overrides).length > 0;
        if (hasBundled && hasOverrides) {
          const arb = new Arborist({ path: spec.fetchSpec });
          const tree = await arb.loadActual();
          const offenders = /* @__PURE__ */ new Set();
          for (const node of tree.inventory.values()) {
            if (node.isRoot) {
              continue;
            }
            if (!node.inBundle || node.inDepBundle) {
              continue;
            }
            if (node.overridden) {
              offenders.add(node.name);
            }
          }
          if (offenders.size) {
            const names = [...offenders].sort();
            const list = names.join(", ");
            const isOne = names.length === 1;
            throw Object.assign(
              new Error(`Cannot pack or publish: "overrides" ${isOne ? "affects a bundled package" : "affect bundled packages"} (${list}). Consumers do not apply your package's overrides, so the published bundle will produce invalid dependency edges. Remove ${isOne ? "this package" : "these packages"} from "bundledDependencies"/"bundleDependencies" or from "overrides" before publishing.`),
              { code: "EBUNDLEOVERRIDE", packages: names }
            );
          }
        }
      }
      const stdio = opts.foregroundScripts ? "inherit" : "pipe";
      if (spec.type === "directory" && !opts.ignoreScripts) {
        await runScript({
          ...opts,
          event: "prepack",
          path: spec.fetchSpec,
          stdio,
          pkg: manifest
        });
      }
      const tarballOpts = {
        ...opts,
        Arborist,
        integrity: manifest._integrity
      };
      if (spec.registry) {
        tarballOpts.allowRemote = "all";
      }
      const tarball = await pacote.tarball(manifest._resolved, tarballOpts);
      if (opts.dryRun === false) {
        const filename = `${manifest.name}-${manifest.version}.tgz`.replace(/^@/, "").replace(/[/\\]/g, "-");
        const destination = path.resolve(opts.packDestination, filename);
        await writeFile(destination, tarball);
      }
      if (spec.type === "directory" && !opts.ignoreScripts) {
        await runScript({
          ...opts,
          event: "postpack",
          path: spec.fetchSpec,
          stdio,
          pkg: manifest,
          env: {
            npm_package_from: tarball.from,
            npm_package_resolved: tarball.resolved,
            npm_package_integrity: tarball.integrity
          }
        });
      }
      return tarball;
    }
  }
});
export default require_lib30();
