import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  require_dist
} from "./chunk-OXLVX3PC.js";
import {
  require_commonjs as require_commonjs2,
  require_lib as require_lib8,
  require_lib3 as require_lib9,
  require_lib4 as require_lib10,
  require_lib7 as require_lib11
} from "./chunk-DB3HVEMO.js";
import {
  require_commonjs
} from "./chunk-PXCHAHIT.js";
import {
  require_index_min,
  require_lib2,
  require_lib4,
  require_lib5,
  require_lib6,
  require_lib7
} from "./chunk-LL6KGBOI.js";
import {
  require_lib,
  require_lib3,
  require_npa
} from "./chunk-FMINVKSF.js";
import {
  __commonJS,
  __require
} from "./chunk-UZUV7YZO.js";

// node_modules/npm-bundled/lib/index.js
var require_lib12 = __commonJS({
  "node_modules/npm-bundled/lib/index.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var path = __require("path");
    var EE = __require("events").EventEmitter;
    var normalizePackageBin = require_lib4();
    var BundleWalker = class _BundleWalker extends EE {
      constructor(opt) {
        opt = opt || {};
        super(opt);
        this.path = path.resolve(opt.path || process.cwd());
        this.parent = opt.parent || null;
        if (this.parent) {
          this.result = this.parent.result;
          if (!this.parent.parent) {
            const base = path.basename(this.path);
            const scope = path.basename(path.dirname(this.path));
            this.result.add(/^@/.test(scope) ? scope + "/" + base : base);
          }
          this.root = this.parent.root;
          this.packageJsonCache = this.parent.packageJsonCache;
        } else {
          this.result = /* @__PURE__ */ new Set();
          this.root = this.path;
          this.packageJsonCache = opt.packageJsonCache || /* @__PURE__ */ new Map();
        }
        this.seen = /* @__PURE__ */ new Set();
        this.didDone = false;
        this.children = 0;
        this.node_modules = [];
        this.package = null;
        this.bundle = null;
      }
      addListener(ev, fn) {
        return this.on(ev, fn);
      }
      on(ev, fn) {
        const ret = super.on(ev, fn);
        if (ev === "done" && this.didDone) {
          this.emit("done", this.result);
        }
        return ret;
      }
      done() {
        if (!this.didDone) {
          this.didDone = true;
          if (!this.parent) {
            const res = Array.from(this.result);
            this.result = res;
            this.emit("done", res);
          } else {
            this.emit("done");
          }
        }
      }
      start() {
        const pj = path.resolve(this.path, "package.json");
        if (this.packageJsonCache.has(pj)) {
          this.onPackage(this.packageJsonCache.get(pj));
        } else {
          this.readPackageJson(pj);
        }
        return this;
      }
      readPackageJson(pj) {
        fs.readFile(pj, (er, data) => er ? this.done() : this.onPackageJson(pj, data));
      }
      onPackageJson(pj, data) {
        try {
          this.package = normalizePackageBin(JSON.parse(data + ""));
        } catch (er) {
          return this.done();
        }
        this.packageJsonCache.set(pj, this.package);
        this.onPackage(this.package);
      }
      allDepsBundled(pkg) {
        return Object.keys(pkg.dependencies || {}).concat(
          Object.keys(pkg.optionalDependencies || {})
        );
      }
      onPackage(pkg) {
        const bdRaw = this.parent ? this.allDepsBundled(pkg) : pkg.bundleDependencies || pkg.bundledDependencies || [];
        const bd = Array.from(new Set(
          Array.isArray(bdRaw) ? bdRaw : bdRaw === true ? this.allDepsBundled(pkg) : Object.keys(bdRaw)
        ));
        if (!bd.length) {
          return this.done();
        }
        this.bundle = bd;
        this.readModules();
      }
      readModules() {
        readdirNodeModules(this.path + "/node_modules", (er, nm) => er ? this.onReaddir([]) : this.onReaddir(nm));
      }
      onReaddir(nm) {
        this.node_modules = nm;
        this.bundle.forEach((dep) => this.childDep(dep));
        if (this.children === 0) {
          this.done();
        }
      }
      childDep(dep) {
        if (this.node_modules.indexOf(dep) !== -1) {
          if (!this.seen.has(dep)) {
            this.seen.add(dep);
            this.child(dep);
          }
        } else if (this.parent) {
          this.parent.childDep(dep);
        }
      }
      child(dep) {
        const p = this.path + "/node_modules/" + dep;
        this.children += 1;
        const child = new _BundleWalker({
          path: p,
          parent: this
        });
        child.on("done", () => {
          if (--this.children === 0) {
            this.done();
          }
        });
        child.start();
      }
    };
    var BundleWalkerSync = class _BundleWalkerSync extends BundleWalker {
      start() {
        super.start();
        this.done();
        return this;
      }
      readPackageJson(pj) {
        try {
          this.onPackageJson(pj, fs.readFileSync(pj));
        } catch {
        }
        return this;
      }
      readModules() {
        try {
          this.onReaddir(readdirNodeModulesSync(this.path + "/node_modules"));
        } catch {
          this.onReaddir([]);
        }
      }
      child(dep) {
        new _BundleWalkerSync({
          path: this.path + "/node_modules/" + dep,
          parent: this
        }).start();
      }
    };
    var readdirNodeModules = (nm, cb) => {
      fs.readdir(nm, (er, set) => {
        if (er) {
          cb(er);
        } else {
          const scopes = set.filter((f) => /^@/.test(f));
          if (!scopes.length) {
            cb(null, set);
          } else {
            const unscoped = set.filter((f) => !/^@/.test(f));
            let count = scopes.length;
            scopes.forEach((scope) => {
              fs.readdir(nm + "/" + scope, (readdirEr, pkgs) => {
                if (readdirEr || !pkgs.length) {
                  unscoped.push(scope);
                } else {
                  unscoped.push.apply(unscoped, pkgs.map((p) => scope + "/" + p));
                }
                if (--count === 0) {
                  cb(null, unscoped);
                }
              });
            });
          }
        }
      });
    };
    var readdirNodeModulesSync = (nm) => {
      const set = fs.readdirSync(nm);
      const unscoped = set.filter((f) => !/^@/.test(f));
      const scopes = set.filter((f) => /^@/.test(f)).map((scope) => {
        try {
          const pkgs = fs.readdirSync(nm + "/" + scope);
          return pkgs.length ? pkgs.map((p) => scope + "/" + p) : [scope];
        } catch (er) {
          return [scope];
        }
      }).reduce((a, b) => a.concat(b), []);
      return unscoped.concat(scopes);
    };
    var walk = (options, callback) => {
      const p = new Promise((resolve, reject) => {
        new BundleWalker(options).on("done", resolve).on("error", reject).start();
      });
      return callback ? p.then((res) => callback(null, res), callback) : p;
    };
    var walkSync = (options) => {
      return new BundleWalkerSync(options).start().result;
    };
    module.exports = walk;
    walk.sync = walkSync;
    walk.BundleWalker = BundleWalker;
    walk.BundleWalkerSync = BundleWalkerSync;
  }
});

// node_modules/@npmcli/installed-package-contents/lib/index.js
var require_lib13 = __commonJS({
  "node_modules/@npmcli/installed-package-contents/lib/index.js"(exports, module) {
    var bundled = require_lib12();
    var { readFile, readdir, stat } = __require("fs/promises");
    var { resolve, basename, dirname } = __require("path");
    var normalizePackageBin = require_lib4();
    var readPackage = ({ path, packageJsonCache }) => packageJsonCache.has(path) ? Promise.resolve(packageJsonCache.get(path)) : readFile(path).then((json) => {
      const pkg = normalizePackageBin(JSON.parse(json));
      packageJsonCache.set(path, pkg);
      return pkg;
    }).catch(() => null);
    var normalized = /* @__PURE__ */ Symbol("package data has been normalized");
    var rpj = ({ path, packageJsonCache }) => readPackage({ path, packageJsonCache }).then((pkg) => {
      if (!pkg || pkg[normalized]) {
        return pkg;
      }
      if (pkg.bundledDependencies && !pkg.bundleDependencies) {
        pkg.bundleDependencies = pkg.bundledDependencies;
        delete pkg.bundledDependencies;
      }
      const bd = pkg.bundleDependencies;
      if (bd === true) {
        pkg.bundleDependencies = [
          ...Object.keys(pkg.dependencies || {}),
          ...Object.keys(pkg.optionalDependencies || {})
        ];
      }
      if (typeof bd === "object" && !Array.isArray(bd)) {
        pkg.bundleDependencies = Object.keys(bd);
      }
      pkg[normalized] = true;
      return pkg;
    });
    var pkgContents = async ({
      path,
      depth = 1,
      currentDepth = 0,
      pkg = null,
      result = null,
      packageJsonCache = null
    }) => {
      if (!result) {
        result = /* @__PURE__ */ new Set();
      }
      if (!packageJsonCache) {
        packageJsonCache = /* @__PURE__ */ new Map();
      }
      if (pkg === true) {
        return rpj({ path: path + "/package.json", packageJsonCache }).then((p) => pkgContents({
          path,
          depth,
          currentDepth,
          pkg: p,
          result,
          packageJsonCache
        }));
      }
      if (pkg) {
        if (pkg.bin) {
          const dir = dirname(path);
          const scope = basename(dir);
          const nm = /^@.+/.test(scope) ? dirname(dir) : dir;
          const binFiles = [];
          Object.keys(pkg.bin).forEach((b) => {
            const base = resolve(nm, ".bin", b);
            binFiles.push(base, base + ".cmd", base + ".ps1");
          });
          const bins = await Promise.all(
            binFiles.map((b) => stat(b).then(() => b).catch(() => null))
          );
          bins.filter((b) => b).forEach((b) => result.add(b));
        }
      }
      if (currentDepth >= depth) {
        result.add(path);
        return result;
      }
      const [dirEntries, bundleDeps] = await Promise.all([
        readdir(path, { withFileTypes: true }),
        currentDepth === 0 && pkg && pkg.bundleDependencies ? bundled({ path, packageJsonCache }) : null
      ]).catch(() => []);
      if (!dirEntries) {
        return result;
      }
      if (!dirEntries.length && !bundleDeps && currentDepth !== 0) {
        result.add(path);
        return result;
      }
      const recursePromises = [];
      for (const entry of dirEntries) {
        const p = resolve(path, entry.name);
        if (entry.isDirectory() === false) {
          result.add(p);
          continue;
        }
        if (currentDepth !== 0 || entry.name !== "node_modules") {
          if (currentDepth < depth - 1) {
            recursePromises.push(pkgContents({
              path: p,
              packageJsonCache,
              depth,
              currentDepth: currentDepth + 1,
              result
            }));
          } else {
            result.add(p);
          }
          continue;
        }
      }
      if (bundleDeps) {
        recursePromises.push(...bundleDeps.map((dep) => {
          const p = resolve(path, "node_modules", dep);
          return pkgContents({
            path: p,
            packageJsonCache,
            pkg: true,
            depth,
            currentDepth: currentDepth + 1,
            result
          });
        }));
      }
      if (recursePromises.length) {
        await Promise.all(recursePromises);
      }
      return result;
    };
    module.exports = ({ path, ...opts }) => pkgContents({
      path: resolve(path),
      ...opts,
      pkg: true
    }).then((results) => [...results]);
  }
});

// node_modules/tar/dist/commonjs/index.min.js
var require_index_min2 = __commonJS({
  "node_modules/tar/dist/commonjs/index.min.js"(exports) {
    "use strict";
    var d = (s, e) => () => (e || s((e = { exports: {} }).exports, e), e.exports);
    var We = d((F) => {
      "use strict";
      var Do = F && F.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(F, "__esModule", { value: true });
      F.Minipass = F.isWritable = F.isReadable = F.isStream = void 0;
      var kr = typeof process == "object" && process ? process : { stdout: null, stderr: null }, ss = __require("node:events"), qr = Do(__require("node:stream")), Po = __require("node:string_decoder"), No = (s) => !!s && typeof s == "object" && (s instanceof Zt || s instanceof qr.default || (0, F.isReadable)(s) || (0, F.isWritable)(s));
      F.isStream = No;
      var Mo = (s) => !!s && typeof s == "object" && s instanceof ss.EventEmitter && typeof s.pipe == "function" && s.pipe !== qr.default.Writable.prototype.pipe;
      F.isReadable = Mo;
      var Lo = (s) => !!s && typeof s == "object" && s instanceof ss.EventEmitter && typeof s.write == "function" && typeof s.end == "function";
      F.isWritable = Lo;
      var ce = /* @__PURE__ */ Symbol("EOF"), ue = /* @__PURE__ */ Symbol("maybeEmitEnd"), we = /* @__PURE__ */ Symbol("emittedEnd"), jt = /* @__PURE__ */ Symbol("emittingEnd"), dt = /* @__PURE__ */ Symbol("emittedError"), Ut = /* @__PURE__ */ Symbol("closed"), xr = /* @__PURE__ */ Symbol("read"), qt = /* @__PURE__ */ Symbol("flush"), jr = /* @__PURE__ */ Symbol("flushChunk"), K = /* @__PURE__ */ Symbol("encoding"), Ue = /* @__PURE__ */ Symbol("decoder"), R = /* @__PURE__ */ Symbol("flowing"), mt = /* @__PURE__ */ Symbol("paused"), qe = /* @__PURE__ */ Symbol("resume"), O = /* @__PURE__ */ Symbol("buffer"), I = /* @__PURE__ */ Symbol("pipes"), v = /* @__PURE__ */ Symbol("bufferLength"), Xi = /* @__PURE__ */ Symbol("bufferPush"), Wt = /* @__PURE__ */ Symbol("bufferShift"), N = /* @__PURE__ */ Symbol("objectMode"), E = /* @__PURE__ */ Symbol("destroyed"), Qi = /* @__PURE__ */ Symbol("error"), Ji = /* @__PURE__ */ Symbol("emitData"), Ur = /* @__PURE__ */ Symbol("emitEnd"), es = /* @__PURE__ */ Symbol("emitEnd2"), J = /* @__PURE__ */ Symbol("async"), ts = /* @__PURE__ */ Symbol("abort"), Ht = /* @__PURE__ */ Symbol("aborted"), pt = /* @__PURE__ */ Symbol("signal"), Ne = /* @__PURE__ */ Symbol("dataListeners"), x = /* @__PURE__ */ Symbol("discarded"), _t = (s) => Promise.resolve().then(s), Ao = (s) => s(), Io = (s) => s === "end" || s === "finish" || s === "prefinish", Fo = (s) => s instanceof ArrayBuffer || !!s && typeof s == "object" && s.constructor && s.constructor.name === "ArrayBuffer" && s.byteLength >= 0, Co = (s) => !Buffer.isBuffer(s) && ArrayBuffer.isView(s), Gt = class {
        src;
        dest;
        opts;
        ondrain;
        constructor(e, t, i) {
          this.src = e, this.dest = t, this.opts = i, this.ondrain = () => e[qe](), this.dest.on("drain", this.ondrain);
        }
        unpipe() {
          this.dest.removeListener("drain", this.ondrain);
        }
        proxyErrors(e) {
        }
        end() {
          this.unpipe(), this.opts.end && this.dest.end();
        }
      }, is = class extends Gt {
        unpipe() {
          this.src.removeListener("error", this.proxyErrors), super.unpipe();
        }
        constructor(e, t, i) {
          super(e, t, i), this.proxyErrors = (r) => this.dest.emit("error", r), e.on("error", this.proxyErrors);
        }
      }, Bo = (s) => !!s.objectMode, zo = (s) => !s.objectMode && !!s.encoding && s.encoding !== "buffer", Zt = class extends ss.EventEmitter {
        [R] = false;
        [mt] = false;
        [I] = [];
        [O] = [];
        [N];
        [K];
        [J];
        [Ue];
        [ce] = false;
        [we] = false;
        [jt] = false;
        [Ut] = false;
        [dt] = null;
        [v] = 0;
        [E] = false;
        [pt];
        [Ht] = false;
        [Ne] = 0;
        [x] = false;
        writable = true;
        readable = true;
        constructor(...e) {
          let t = e[0] || {};
          if (super(), t.objectMode && typeof t.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
          Bo(t) ? (this[N] = true, this[K] = null) : zo(t) ? (this[K] = t.encoding, this[N] = false) : (this[N] = false, this[K] = null), this[J] = !!t.async, this[Ue] = this[K] ? new Po.StringDecoder(this[K]) : null, t && t.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[O] }), t && t.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[I] });
          let { signal: i } = t;
          i && (this[pt] = i, i.aborted ? this[ts]() : i.addEventListener("abort", () => this[ts]()));
        }
        get bufferLength() {
          return this[v];
        }
        get encoding() {
          return this[K];
        }
        set encoding(e) {
          throw new Error("Encoding must be set at instantiation time");
        }
        setEncoding(e) {
          throw new Error("Encoding must be set at instantiation time");
        }
        get objectMode() {
          return this[N];
        }
        set objectMode(e) {
          throw new Error("objectMode must be set at instantiation time");
        }
        get async() {
          return this[J];
        }
        set async(e) {
          this[J] = this[J] || !!e;
        }
        [ts]() {
          this[Ht] = true, this.emit("abort", this[pt]?.reason), this.destroy(this[pt]?.reason);
        }
        get aborted() {
          return this[Ht];
        }
        set aborted(e) {
        }
        write(e, t, i) {
          if (this[Ht]) return false;
          if (this[ce]) throw new Error("write after end");
          if (this[E]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
          typeof t == "function" && (i = t, t = "utf8"), t || (t = "utf8");
          let r = this[J] ? _t : Ao;
          if (!this[N] && !Buffer.isBuffer(e)) {
            if (Co(e)) e = Buffer.from(e.buffer, e.byteOffset, e.byteLength);
            else if (Fo(e)) e = Buffer.from(e);
            else if (typeof e != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
          }
          return this[N] ? (this[R] && this[v] !== 0 && this[qt](true), this[R] ? this.emit("data", e) : this[Xi](e), this[v] !== 0 && this.emit("readable"), i && r(i), this[R]) : e.length ? (typeof e == "string" && !(t === this[K] && !this[Ue]?.lastNeed) && (e = Buffer.from(e, t)), Buffer.isBuffer(e) && this[K] && (e = this[Ue].write(e)), this[R] && this[v] !== 0 && this[qt](true), this[R] ? this.emit("data", e) : this[Xi](e), this[v] !== 0 && this.emit("readable"), i && r(i), this[R]) : (this[v] !== 0 && this.emit("readable"), i && r(i), this[R]);
        }
        read(e) {
          if (this[E]) return null;
          if (this[x] = false, this[v] === 0 || e === 0 || e && e > this[v]) return this[ue](), null;
          this[N] && (e = null), this[O].length > 1 && !this[N] && (this[O] = [this[K] ? this[O].join("") : Buffer.concat(this[O], this[v])]);
          let t = this[xr](e || null, this[O][0]);
          return this[ue](), t;
        }
        [xr](e, t) {
          if (this[N]) this[Wt]();
          else {
            let i = t;
            e === i.length || e === null ? this[Wt]() : typeof i == "string" ? (this[O][0] = i.slice(e), t = i.slice(0, e), this[v] -= e) : (this[O][0] = i.subarray(e), t = i.subarray(0, e), this[v] -= e);
          }
          return this.emit("data", t), !this[O].length && !this[ce] && this.emit("drain"), t;
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, e = void 0), typeof t == "function" && (i = t, t = "utf8"), e !== void 0 && this.write(e, t), i && this.once("end", i), this[ce] = true, this.writable = false, (this[R] || !this[mt]) && this[ue](), this;
        }
        [qe]() {
          this[E] || (!this[Ne] && !this[I].length && (this[x] = true), this[mt] = false, this[R] = true, this.emit("resume"), this[O].length ? this[qt]() : this[ce] ? this[ue]() : this.emit("drain"));
        }
        resume() {
          return this[qe]();
        }
        pause() {
          this[R] = false, this[mt] = true, this[x] = false;
        }
        get destroyed() {
          return this[E];
        }
        get flowing() {
          return this[R];
        }
        get paused() {
          return this[mt];
        }
        [Xi](e) {
          this[N] ? this[v] += 1 : this[v] += e.length, this[O].push(e);
        }
        [Wt]() {
          return this[N] ? this[v] -= 1 : this[v] -= this[O][0].length, this[O].shift();
        }
        [qt](e = false) {
          do
            ;
          while (this[jr](this[Wt]()) && this[O].length);
          !e && !this[O].length && !this[ce] && this.emit("drain");
        }
        [jr](e) {
          return this.emit("data", e), this[R];
        }
        pipe(e, t) {
          if (this[E]) return e;
          this[x] = false;
          let i = this[we];
          return t = t || {}, e === kr.stdout || e === kr.stderr ? t.end = false : t.end = t.end !== false, t.proxyErrors = !!t.proxyErrors, i ? t.end && e.end() : (this[I].push(t.proxyErrors ? new is(this, e, t) : new Gt(this, e, t)), this[J] ? _t(() => this[qe]()) : this[qe]()), e;
        }
        unpipe(e) {
          let t = this[I].find((i) => i.dest === e);
          t && (this[I].length === 1 ? (this[R] && this[Ne] === 0 && (this[R] = false), this[I] = []) : this[I].splice(this[I].indexOf(t), 1), t.unpipe());
        }
        addListener(e, t) {
          return this.on(e, t);
        }
        on(e, t) {
          let i = super.on(e, t);
          if (e === "data") this[x] = false, this[Ne]++, !this[I].length && !this[R] && this[qe]();
          else if (e === "readable" && this[v] !== 0) super.emit("readable");
          else if (Io(e) && this[we]) super.emit(e), this.removeAllListeners(e);
          else if (e === "error" && this[dt]) {
            let r = t;
            this[J] ? _t(() => r.call(this, this[dt])) : r.call(this, this[dt]);
          }
          return i;
        }
        removeListener(e, t) {
          return this.off(e, t);
        }
        off(e, t) {
          let i = super.off(e, t);
          return e === "data" && (this[Ne] = this.listeners("data").length, this[Ne] === 0 && !this[x] && !this[I].length && (this[R] = false)), i;
        }
        removeAllListeners(e) {
          let t = super.removeAllListeners(e);
          return (e === "data" || e === void 0) && (this[Ne] = 0, !this[x] && !this[I].length && (this[R] = false)), t;
        }
        get emittedEnd() {
          return this[we];
        }
        [ue]() {
          !this[jt] && !this[we] && !this[E] && this[O].length === 0 && this[ce] && (this[jt] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ut] && this.emit("close"), this[jt] = false);
        }
        emit(e, ...t) {
          let i = t[0];
          if (e !== "error" && e !== "close" && e !== E && this[E]) return false;
          if (e === "data") return !this[N] && !i ? false : this[J] ? (_t(() => this[Ji](i)), true) : this[Ji](i);
          if (e === "end") return this[Ur]();
          if (e === "close") {
            if (this[Ut] = true, !this[we] && !this[E]) return false;
            let n = super.emit("close");
            return this.removeAllListeners("close"), n;
          } else if (e === "error") {
            this[dt] = i, super.emit(Qi, i);
            let n = !this[pt] || this.listeners("error").length ? super.emit("error", i) : false;
            return this[ue](), n;
          } else if (e === "resume") {
            let n = super.emit("resume");
            return this[ue](), n;
          } else if (e === "finish" || e === "prefinish") {
            let n = super.emit(e);
            return this.removeAllListeners(e), n;
          }
          let r = super.emit(e, ...t);
          return this[ue](), r;
        }
        [Ji](e) {
          for (let i of this[I]) i.dest.write(e) === false && this.pause();
          let t = this[x] ? false : super.emit("data", e);
          return this[ue](), t;
        }
        [Ur]() {
          return this[we] ? false : (this[we] = true, this.readable = false, this[J] ? (_t(() => this[es]()), true) : this[es]());
        }
        [es]() {
          if (this[Ue]) {
            let t = this[Ue].end();
            if (t) {
              for (let i of this[I]) i.dest.write(t);
              this[x] || super.emit("data", t);
            }
          }
          for (let t of this[I]) t.end();
          let e = super.emit("end");
          return this.removeAllListeners("end"), e;
        }
        async collect() {
          let e = Object.assign([], { dataLength: 0 });
          this[N] || (e.dataLength = 0);
          let t = this.promise();
          return this.on("data", (i) => {
            e.push(i), this[N] || (e.dataLength += i.length);
          }), await t, e;
        }
        async concat() {
          if (this[N]) throw new Error("cannot concat in objectMode");
          let e = await this.collect();
          return this[K] ? e.join("") : Buffer.concat(e, e.dataLength);
        }
        async promise() {
          return new Promise((e, t) => {
            this.on(E, () => t(new Error("stream destroyed"))), this.on("error", (i) => t(i)), this.on("end", () => e());
          });
        }
        [Symbol.asyncIterator]() {
          this[x] = false;
          let e = false, t = async () => (this.pause(), e = true, { value: void 0, done: true });
          return { next: () => {
            if (e) return t();
            let r = this.read();
            if (r !== null) return Promise.resolve({ done: false, value: r });
            if (this[ce]) return t();
            let n, o, a = (u) => {
              this.off("data", h), this.off("end", l), this.off(E, c), t(), o(u);
            }, h = (u) => {
              this.off("error", a), this.off("end", l), this.off(E, c), this.pause(), n({ value: u, done: !!this[ce] });
            }, l = () => {
              this.off("error", a), this.off("data", h), this.off(E, c), t(), n({ done: true, value: void 0 });
            }, c = () => a(new Error("stream destroyed"));
            return new Promise((u, b) => {
              o = b, n = u, this.once(E, c), this.once("error", a), this.once("end", l), this.once("data", h);
            });
          }, throw: t, return: t, [Symbol.asyncIterator]() {
            return this;
          }, [Symbol.asyncDispose]: async () => {
          } };
        }
        [Symbol.iterator]() {
          this[x] = false;
          let e = false, t = () => (this.pause(), this.off(Qi, t), this.off(E, t), this.off("end", t), e = true, { done: true, value: void 0 }), i = () => {
            if (e) return t();
            let r = this.read();
            return r === null ? t() : { done: false, value: r };
          };
          return this.once("end", t), this.once(Qi, t), this.once(E, t), { next: i, throw: t, return: t, [Symbol.iterator]() {
            return this;
          }, [Symbol.dispose]: () => {
          } };
        }
        destroy(e) {
          if (this[E]) return e ? this.emit("error", e) : this.emit(E), this;
          this[E] = true, this[x] = true, this[O].length = 0, this[v] = 0;
          let t = this;
          return typeof t.close == "function" && !this[Ut] && t.close(), e ? this.emit("error", e) : this.emit(E), this;
        }
        static get isStream() {
          return F.isStream;
        }
      };
      F.Minipass = Zt;
    });
    var Ke = d((W) => {
      "use strict";
      var Wr = W && W.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(W, "__esModule", { value: true });
      W.WriteStreamSync = W.WriteStream = W.ReadStreamSync = W.ReadStream = void 0;
      var ko = Wr(__require("events")), z = Wr(__require("fs")), xo = We(), jo = z.default.writev, Ee = /* @__PURE__ */ Symbol("_autoClose"), $ = /* @__PURE__ */ Symbol("_close"), wt = /* @__PURE__ */ Symbol("_ended"), p = /* @__PURE__ */ Symbol("_fd"), rs = /* @__PURE__ */ Symbol("_finished"), de = /* @__PURE__ */ Symbol("_flags"), ns = /* @__PURE__ */ Symbol("_flush"), ls = /* @__PURE__ */ Symbol("_handleChunk"), cs = /* @__PURE__ */ Symbol("_makeBuf"), Et = /* @__PURE__ */ Symbol("_mode"), Yt = /* @__PURE__ */ Symbol("_needDrain"), Ze = /* @__PURE__ */ Symbol("_onerror"), Ye = /* @__PURE__ */ Symbol("_onopen"), os = /* @__PURE__ */ Symbol("_onread"), He = /* @__PURE__ */ Symbol("_onwrite"), be = /* @__PURE__ */ Symbol("_open"), V = /* @__PURE__ */ Symbol("_path"), ye = /* @__PURE__ */ Symbol("_pos"), ee = /* @__PURE__ */ Symbol("_queue"), Ge = /* @__PURE__ */ Symbol("_read"), as = /* @__PURE__ */ Symbol("_readSize"), fe = /* @__PURE__ */ Symbol("_reading"), yt = /* @__PURE__ */ Symbol("_remain"), hs = /* @__PURE__ */ Symbol("_size"), Kt = /* @__PURE__ */ Symbol("_write"), Me = /* @__PURE__ */ Symbol("_writing"), Vt = /* @__PURE__ */ Symbol("_defaultFlag"), Le = /* @__PURE__ */ Symbol("_errored"), $t = class extends xo.Minipass {
        [Le] = false;
        [p];
        [V];
        [as];
        [fe] = false;
        [hs];
        [yt];
        [Ee];
        constructor(e, t) {
          if (t = t || {}, super(t), this.readable = true, this.writable = false, typeof e != "string") throw new TypeError("path must be a string");
          this[Le] = false, this[p] = typeof t.fd == "number" ? t.fd : void 0, this[V] = e, this[as] = t.readSize || 16 * 1024 * 1024, this[fe] = false, this[hs] = typeof t.size == "number" ? t.size : 1 / 0, this[yt] = this[hs], this[Ee] = typeof t.autoClose == "boolean" ? t.autoClose : true, typeof this[p] == "number" ? this[Ge]() : this[be]();
        }
        get fd() {
          return this[p];
        }
        get path() {
          return this[V];
        }
        write() {
          throw new TypeError("this is a readable stream");
        }
        end() {
          throw new TypeError("this is a readable stream");
        }
        [be]() {
          z.default.open(this[V], "r", (e, t) => this[Ye](e, t));
        }
        [Ye](e, t) {
          e ? this[Ze](e) : (this[p] = t, this.emit("open", t), this[Ge]());
        }
        [cs]() {
          return Buffer.allocUnsafe(Math.min(this[as], this[yt]));
        }
        [Ge]() {
          if (!this[fe]) {
            this[fe] = true;
            let e = this[cs]();
            if (e.length === 0) return process.nextTick(() => this[os](null, 0, e));
            z.default.read(this[p], e, 0, e.length, null, (t, i, r) => this[os](t, i, r));
          }
        }
        [os](e, t, i) {
          this[fe] = false, e ? this[Ze](e) : this[ls](t, i) && this[Ge]();
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.close(e, (t) => t ? this.emit("error", t) : this.emit("close"));
          }
        }
        [Ze](e) {
          this[fe] = true, this[$](), this.emit("error", e);
        }
        [ls](e, t) {
          let i = false;
          return this[yt] -= e, e > 0 && (i = super.write(e < t.length ? t.subarray(0, e) : t)), (e === 0 || this[yt] <= 0) && (i = false, this[$](), super.end()), i;
        }
        emit(e, ...t) {
          switch (e) {
            case "prefinish":
            case "finish":
              return false;
            case "drain":
              return typeof this[p] == "number" && this[Ge](), false;
            case "error":
              return this[Le] ? false : (this[Le] = true, super.emit(e, ...t));
            default:
              return super.emit(e, ...t);
          }
        }
      };
      W.ReadStream = $t;
      var us = class extends $t {
        [be]() {
          let e = true;
          try {
            this[Ye](null, z.default.openSync(this[V], "r")), e = false;
          } finally {
            e && this[$]();
          }
        }
        [Ge]() {
          let e = true;
          try {
            if (!this[fe]) {
              this[fe] = true;
              do {
                let t = this[cs](), i = t.length === 0 ? 0 : z.default.readSync(this[p], t, 0, t.length, null);
                if (!this[ls](i, t)) break;
              } while (true);
              this[fe] = false;
            }
            e = false;
          } finally {
            e && this[$]();
          }
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.closeSync(e), this.emit("close");
          }
        }
      };
      W.ReadStreamSync = us;
      var Xt = class extends ko.default {
        readable = false;
        writable = true;
        [Le] = false;
        [Me] = false;
        [wt] = false;
        [ee] = [];
        [Yt] = false;
        [V];
        [Et];
        [Ee];
        [p];
        [Vt];
        [de];
        [rs] = false;
        [ye];
        constructor(e, t) {
          t = t || {}, super(t), this[V] = e, this[p] = typeof t.fd == "number" ? t.fd : void 0, this[Et] = t.mode === void 0 ? 438 : t.mode, this[ye] = typeof t.start == "number" ? t.start : void 0, this[Ee] = typeof t.autoClose == "boolean" ? t.autoClose : true;
          let i = this[ye] !== void 0 ? "r+" : "w";
          this[Vt] = t.flags === void 0, this[de] = t.flags === void 0 ? i : t.flags, this[p] === void 0 && this[be]();
        }
        emit(e, ...t) {
          if (e === "error") {
            if (this[Le]) return false;
            this[Le] = true;
          }
          return super.emit(e, ...t);
        }
        get fd() {
          return this[p];
        }
        get path() {
          return this[V];
        }
        [Ze](e) {
          this[$](), this[Me] = true, this.emit("error", e);
        }
        [be]() {
          z.default.open(this[V], this[de], this[Et], (e, t) => this[Ye](e, t));
        }
        [Ye](e, t) {
          this[Vt] && this[de] === "r+" && e && e.code === "ENOENT" ? (this[de] = "w", this[be]()) : e ? this[Ze](e) : (this[p] = t, this.emit("open", t), this[Me] || this[ns]());
        }
        end(e, t) {
          return e && this.write(e, t), this[wt] = true, !this[Me] && !this[ee].length && typeof this[p] == "number" && this[He](null, 0), this;
        }
        write(e, t) {
          return typeof e == "string" && (e = Buffer.from(e, t)), this[wt] ? (this.emit("error", new Error("write() after end()")), false) : this[p] === void 0 || this[Me] || this[ee].length ? (this[ee].push(e), this[Yt] = true, false) : (this[Me] = true, this[Kt](e), true);
        }
        [Kt](e) {
          z.default.write(this[p], e, 0, e.length, this[ye], (t, i) => this[He](t, i));
        }
        [He](e, t) {
          e ? this[Ze](e) : (this[ye] !== void 0 && typeof t == "number" && (this[ye] += t), this[ee].length ? this[ns]() : (this[Me] = false, this[wt] && !this[rs] ? (this[rs] = true, this[$](), this.emit("finish")) : this[Yt] && (this[Yt] = false, this.emit("drain"))));
        }
        [ns]() {
          if (this[ee].length === 0) this[wt] && this[He](null, 0);
          else if (this[ee].length === 1) this[Kt](this[ee].pop());
          else {
            let e = this[ee];
            this[ee] = [], jo(this[p], e, this[ye], (t, i) => this[He](t, i));
          }
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.close(e, (t) => t ? this.emit("error", t) : this.emit("close"));
          }
        }
      };
      W.WriteStream = Xt;
      var fs = class extends Xt {
        [be]() {
          let e;
          if (this[Vt] && this[de] === "r+") try {
            e = z.default.openSync(this[V], this[de], this[Et]);
          } catch (t) {
            if (t?.code === "ENOENT") return this[de] = "w", this[be]();
            throw t;
          }
          else e = z.default.openSync(this[V], this[de], this[Et]);
          this[Ye](null, e);
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.closeSync(e), this.emit("close");
          }
        }
        [Kt](e) {
          let t = true;
          try {
            this[He](null, z.default.writeSync(this[p], e, 0, e.length, this[ye])), t = false;
          } finally {
            if (t) try {
              this[$]();
            } catch {
            }
          }
        }
      };
      W.WriteStreamSync = fs;
    });
    var Qt = d((S) => {
      "use strict";
      Object.defineProperty(S, "__esModule", { value: true });
      S.dealias = S.isNoFile = S.isFile = S.isAsync = S.isSync = S.isAsyncNoFile = S.isSyncNoFile = S.isAsyncFile = S.isSyncFile = void 0;
      var Uo = /* @__PURE__ */ new Map([["C", "cwd"], ["f", "file"], ["z", "gzip"], ["P", "preservePaths"], ["U", "unlink"], ["strip-components", "strip"], ["stripComponents", "strip"], ["keep-newer", "newer"], ["keepNewer", "newer"], ["keep-newer-files", "newer"], ["keepNewerFiles", "newer"], ["k", "keep"], ["keep-existing", "keep"], ["keepExisting", "keep"], ["m", "noMtime"], ["no-mtime", "noMtime"], ["p", "preserveOwner"], ["L", "follow"], ["h", "follow"], ["onentry", "onReadEntry"]]), qo = (s) => !!s.sync && !!s.file;
      S.isSyncFile = qo;
      var Wo = (s) => !s.sync && !!s.file;
      S.isAsyncFile = Wo;
      var Ho = (s) => !!s.sync && !s.file;
      S.isSyncNoFile = Ho;
      var Go = (s) => !s.sync && !s.file;
      S.isAsyncNoFile = Go;
      var Zo = (s) => !!s.sync;
      S.isSync = Zo;
      var Yo = (s) => !s.sync;
      S.isAsync = Yo;
      var Ko = (s) => !!s.file;
      S.isFile = Ko;
      var Vo = (s) => !s.file;
      S.isNoFile = Vo;
      var $o = (s) => {
        let e = Uo.get(s);
        return e || s;
      }, Xo = (s = {}) => {
        if (!s) return {};
        let e = {};
        for (let [t, i] of Object.entries(s)) {
          let r = $o(t);
          e[r] = i;
        }
        return e.chmod === void 0 && e.noChmod === false && (e.chmod = true), delete e.noChmod, e;
      };
      S.dealias = Xo;
    });
    var Ve = d((Jt) => {
      "use strict";
      Object.defineProperty(Jt, "__esModule", { value: true });
      Jt.makeCommand = void 0;
      var bt = Qt(), Qo = (s, e, t, i, r) => Object.assign((n = [], o, a) => {
        Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (a = o, o = void 0), o = o ? Array.from(o) : [];
        let h = (0, bt.dealias)(n);
        if (r?.(h, o), (0, bt.isSyncFile)(h)) {
          if (typeof a == "function") throw new TypeError("callback not supported for sync tar functions");
          return s(h, o);
        } else if ((0, bt.isAsyncFile)(h)) {
          let l = e(h, o);
          return a ? l.then(() => a(), a) : l;
        } else if ((0, bt.isSyncNoFile)(h)) {
          if (typeof a == "function") throw new TypeError("callback not supported for sync tar functions");
          return t(h, o);
        } else if ((0, bt.isAsyncNoFile)(h)) {
          if (typeof a == "function") throw new TypeError("callback only supported with file option");
          return i(h, o);
        }
        throw new Error("impossible options??");
      }, { syncFile: s, asyncFile: e, syncNoFile: t, asyncNoFile: i, validate: r });
      Jt.makeCommand = Qo;
    });
    var ds = d(($e) => {
      "use strict";
      var Jo = $e && $e.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty($e, "__esModule", { value: true });
      $e.constants = void 0;
      var ea = Jo(__require("zlib")), ta = ea.default.constants || { ZLIB_VERNUM: 4736 };
      $e.constants = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 1 / 0, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_LGWIN: 2, BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31 }, ta));
    });
    var Ps = d((f) => {
      "use strict";
      var ia = f && f.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), sa = f && f.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), ra = f && f.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ia(t, e, i[r]);
          return sa(t, e), t;
        };
      })(), na = f && f.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(f, "__esModule", { value: true });
      f.ZstdDecompress = f.ZstdCompress = f.BrotliDecompress = f.BrotliCompress = f.Unzip = f.InflateRaw = f.DeflateRaw = f.Gunzip = f.Gzip = f.Inflate = f.Deflate = f.Zlib = f.ZlibError = f.constants = void 0;
      var _s = na(__require("assert")), Ae = __require("buffer"), oa = We(), Hr = ra(__require("zlib")), te = ds(), aa = ds();
      Object.defineProperty(f, "constants", { enumerable: true, get: function() {
        return aa.constants;
      } });
      var ha = Ae.Buffer.concat, Gr = Object.getOwnPropertyDescriptor(Ae.Buffer, "concat"), la = (s) => s, ms = Gr?.writable === true || Gr?.set !== void 0 ? (s) => {
        Ae.Buffer.concat = s ? la : ha;
      } : (s) => {
      }, Ie = /* @__PURE__ */ Symbol("_superWrite"), Fe = class extends Error {
        code;
        errno;
        constructor(e, t) {
          super("zlib: " + e.message, { cause: e }), this.code = e.code, this.errno = e.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + e.message, Error.captureStackTrace(this, t ?? this.constructor);
        }
        get name() {
          return "ZlibError";
        }
      };
      f.ZlibError = Fe;
      var ps = /* @__PURE__ */ Symbol("flushFlag"), St = class extends oa.Minipass {
        #e = false;
        #i = false;
        #s;
        #n;
        #r;
        #t;
        #o;
        get sawError() {
          return this.#e;
        }
        get handle() {
          return this.#t;
        }
        get flushFlag() {
          return this.#s;
        }
        constructor(e, t) {
          if (!e || typeof e != "object") throw new TypeError("invalid options for ZlibBase constructor");
          if (super(e), this.#s = e.flush ?? 0, this.#n = e.finishFlush ?? 0, this.#r = e.fullFlushFlag ?? 0, typeof Hr[t] != "function") throw new TypeError("Compression method not supported: " + t);
          try {
            this.#t = new Hr[t](e);
          } catch (i) {
            throw new Fe(i, this.constructor);
          }
          this.#o = (i) => {
            this.#e || (this.#e = true, this.close(), this.emit("error", i));
          }, this.#t?.on("error", (i) => this.#o(new Fe(i))), this.once("end", () => this.close);
        }
        close() {
          this.#t && (this.#t.close(), this.#t = void 0, this.emit("close"));
        }
        reset() {
          if (!this.#e) return (0, _s.default)(this.#t, "zlib binding closed"), this.#t.reset?.();
        }
        flush(e) {
          this.ended || (typeof e != "number" && (e = this.#r), this.write(Object.assign(Ae.Buffer.alloc(0), { [ps]: e })));
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, t = void 0, e = void 0), typeof t == "function" && (i = t, t = void 0), e && (t ? this.write(e, t) : this.write(e)), this.flush(this.#n), this.#i = true, super.end(i);
        }
        get ended() {
          return this.#i;
        }
        [Ie](e) {
          return super.write(e);
        }
        write(e, t, i) {
          if (typeof t == "function" && (i = t, t = "utf8"), typeof e == "string" && (e = Ae.Buffer.from(e, t)), this.#e) return;
          (0, _s.default)(this.#t, "zlib binding closed");
          let r = this.#t._handle, n = r.close;
          r.close = () => {
          };
          let o = this.#t.close;
          this.#t.close = () => {
          }, ms(true);
          let a;
          try {
            let l = typeof e[ps] == "number" ? e[ps] : this.#s;
            a = this.#t._processChunk(e, l), ms(false);
          } catch (l) {
            ms(false), this.#o(new Fe(l, this.write));
          } finally {
            this.#t && (this.#t._handle = r, r.close = n, this.#t.close = o, this.#t.removeAllListeners("error"));
          }
          this.#t && this.#t.on("error", (l) => this.#o(new Fe(l, this.write)));
          let h;
          if (a) if (Array.isArray(a) && a.length > 0) {
            let l = a[0];
            h = this[Ie](Ae.Buffer.from(l));
            for (let c = 1; c < a.length; c++) h = this[Ie](a[c]);
          } else h = this[Ie](Ae.Buffer.from(a));
          return i && i(), h;
        }
      }, ie = class extends St {
        #e;
        #i;
        constructor(e, t) {
          e = e || {}, e.flush = e.flush || te.constants.Z_NO_FLUSH, e.finishFlush = e.finishFlush || te.constants.Z_FINISH, e.fullFlushFlag = te.constants.Z_FULL_FLUSH, super(e, t), this.#e = e.level, this.#i = e.strategy;
        }
        params(e, t) {
          if (!this.sawError) {
            if (!this.handle) throw new Error("cannot switch params when binding is closed");
            if (!this.handle.params) throw new Error("not supported in this implementation");
            if (this.#e !== e || this.#i !== t) {
              this.flush(te.constants.Z_SYNC_FLUSH), (0, _s.default)(this.handle, "zlib binding closed");
              let i = this.handle.flush;
              this.handle.flush = (r, n) => {
                typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
              };
              try {
                this.handle.params(e, t);
              } finally {
                this.handle.flush = i;
              }
              this.handle && (this.#e = e, this.#i = t);
            }
          }
        }
      };
      f.Zlib = ie;
      var ws = class extends ie {
        constructor(e) {
          super(e, "Deflate");
        }
      };
      f.Deflate = ws;
      var ys = class extends ie {
        constructor(e) {
          super(e, "Inflate");
        }
      };
      f.Inflate = ys;
      var Es = class extends ie {
        #e;
        constructor(e) {
          super(e, "Gzip"), this.#e = e && !!e.portable;
        }
        [Ie](e) {
          return this.#e ? (this.#e = false, e[9] = 255, super[Ie](e)) : super[Ie](e);
        }
      };
      f.Gzip = Es;
      var bs = class extends ie {
        constructor(e) {
          super(e, "Gunzip");
        }
      };
      f.Gunzip = bs;
      var Ss = class extends ie {
        constructor(e) {
          super(e, "DeflateRaw");
        }
      };
      f.DeflateRaw = Ss;
      var gs = class extends ie {
        constructor(e) {
          super(e, "InflateRaw");
        }
      };
      f.InflateRaw = gs;
      var Rs = class extends ie {
        constructor(e) {
          super(e, "Unzip");
        }
      };
      f.Unzip = Rs;
      var ei = class extends St {
        constructor(e, t) {
          e = e || {}, e.flush = e.flush || te.constants.BROTLI_OPERATION_PROCESS, e.finishFlush = e.finishFlush || te.constants.BROTLI_OPERATION_FINISH, e.fullFlushFlag = te.constants.BROTLI_OPERATION_FLUSH, super(e, t);
        }
      }, Os = class extends ei {
        constructor(e) {
          super(e, "BrotliCompress");
        }
      };
      f.BrotliCompress = Os;
      var vs = class extends ei {
        constructor(e) {
          super(e, "BrotliDecompress");
        }
      };
      f.BrotliDecompress = vs;
      var ti = class extends St {
        constructor(e, t) {
          e = e || {}, e.flush = e.flush || te.constants.ZSTD_e_continue, e.finishFlush = e.finishFlush || te.constants.ZSTD_e_end, e.fullFlushFlag = te.constants.ZSTD_e_flush, super(e, t);
        }
      }, Ts = class extends ti {
        constructor(e) {
          super(e, "ZstdCompress");
        }
      };
      f.ZstdCompress = Ts;
      var Ds = class extends ti {
        constructor(e) {
          super(e, "ZstdDecompress");
        }
      };
      f.ZstdDecompress = Ds;
    });
    var Kr = d((Xe) => {
      "use strict";
      Object.defineProperty(Xe, "__esModule", { value: true });
      Xe.parse = Xe.encode = void 0;
      var ca = (s, e) => {
        if (Number.isSafeInteger(s)) s < 0 ? fa(s, e) : ua(s, e);
        else throw Error("cannot encode number outside of javascript safe integer range");
        return e;
      };
      Xe.encode = ca;
      var ua = (s, e) => {
        e[0] = 128;
        for (var t = e.length; t > 1; t--) e[t - 1] = s & 255, s = Math.floor(s / 256);
      }, fa = (s, e) => {
        e[0] = 255;
        var t = false;
        s = s * -1;
        for (var i = e.length; i > 1; i--) {
          var r = s & 255;
          s = Math.floor(s / 256), t ? e[i - 1] = Zr(r) : r === 0 ? e[i - 1] = 0 : (t = true, e[i - 1] = Yr(r));
        }
      }, da = (s) => {
        let e = s[0], t = e === 128 ? pa(s.subarray(1, s.length)) : e === 255 ? ma(s) : null;
        if (t === null) throw Error("invalid base256 encoding");
        if (!Number.isSafeInteger(t)) throw Error("parsed number outside of javascript safe integer range");
        return t;
      };
      Xe.parse = da;
      var ma = (s) => {
        for (var e = s.length, t = 0, i = false, r = e - 1; r > -1; r--) {
          var n = Number(s[r]), o;
          i ? o = Zr(n) : n === 0 ? o = n : (i = true, o = Yr(n)), o !== 0 && (t -= o * Math.pow(256, e - r - 1));
        }
        return t;
      }, pa = (s) => {
        for (var e = s.length, t = 0, i = e - 1; i > -1; i--) {
          var r = Number(s[i]);
          r !== 0 && (t += r * Math.pow(256, e - i - 1));
        }
        return t;
      }, Zr = (s) => (255 ^ s) & 255, Yr = (s) => (255 ^ s) + 1 & 255;
    });
    var Ns = d((C) => {
      "use strict";
      Object.defineProperty(C, "__esModule", { value: true });
      C.code = C.name = C.normalFsTypes = C.isName = C.isCode = void 0;
      var _a = (s) => C.name.has(s);
      C.isCode = _a;
      var wa = (s) => C.code.has(s);
      C.isName = wa;
      C.normalFsTypes = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
      C.name = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
      C.code = new Map(Array.from(C.name).map((s) => [s[1], s[0]]));
    });
    var et = d((se) => {
      "use strict";
      var ya = se && se.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), Ea = se && se.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), Vr = se && se.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ya(t, e, i[r]);
          return Ea(t, e), t;
        };
      })();
      Object.defineProperty(se, "__esModule", { value: true });
      se.Header = void 0;
      var Qe = __require("node:path"), $r = Vr(Kr()), Je = Vr(Ns()), ba = (s) => s === void 0 || s < 0 ? void 0 : s, As = class {
        cksumValid = false;
        needPax = false;
        nullBlock = false;
        block;
        path;
        mode;
        uid;
        gid;
        size;
        cksum;
        #e = "Unsupported";
        linkpath;
        uname;
        gname;
        devmaj = 0;
        devmin = 0;
        atime;
        ctime;
        mtime;
        charset;
        comment;
        constructor(e, t = 0, i, r) {
          Buffer.isBuffer(e) ? this.decode(e, t || 0, i, r) : e && this.#i(e);
        }
        decode(e, t, i, r) {
          if (t || (t = 0), !e || !(e.length >= t + 512)) throw new Error("need 512 bytes for header");
          let n = Ce(e, t + 156, 1), o = Je.normalFsTypes.has(n), a = o ? i : void 0, h = o ? r : void 0;
          if (this.path = a?.path ?? Ce(e, t, 100), this.mode = a?.mode ?? h?.mode ?? Se(e, t + 100, 8), this.uid = a?.uid ?? h?.uid ?? Se(e, t + 108, 8), this.gid = a?.gid ?? h?.gid ?? Se(e, t + 116, 8), this.size = ba(a?.size ?? h?.size ?? Se(e, t + 124, 12)), this.mtime = a?.mtime ?? h?.mtime ?? Ms(e, t + 136, 12), this.cksum = Se(e, t + 148, 12), h && this.#i(h, true), a && this.#i(a), Je.isCode(n) && (this.#e = n || "0"), this.#e === "0" && this.path.slice(-1) === "/" && (this.#e = "5"), this.#e === "5" && (this.size = 0), this.linkpath = Ce(e, t + 157, 100), e.subarray(t + 257, t + 265).toString() === "ustar\x0000") if (this.uname = a?.uname ?? h?.uname ?? Ce(e, t + 265, 32), this.gname = a?.gname ?? h?.gname ?? Ce(e, t + 297, 32), this.devmaj = a?.devmaj ?? h?.devmaj ?? Se(e, t + 329, 8) ?? 0, this.devmin = a?.devmin ?? h?.devmin ?? Se(e, t + 337, 8) ?? 0, e[t + 475] !== 0) {
            let c = Ce(e, t + 345, 155);
            this.path = c + "/" + this.path;
          } else {
            let c = Ce(e, t + 345, 130);
            c && (this.path = c + "/" + this.path), this.atime = i?.atime ?? r?.atime ?? Ms(e, t + 476, 12), this.ctime = i?.ctime ?? r?.ctime ?? Ms(e, t + 488, 12);
          }
          let l = 256;
          for (let c = t; c < t + 148; c++) l += e[c];
          for (let c = t + 156; c < t + 512; c++) l += e[c];
          this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
        }
        #i(e, t = false) {
          Object.assign(this, Object.fromEntries(Object.entries(e).filter(([i, r]) => !(r == null || i === "size" && Number(r) < 0 || i === "path" && t || i === "linkpath" && t || i === "global"))));
        }
        encode(e, t = 0) {
          if (e || (e = this.block = Buffer.alloc(512)), this.#e === "Unsupported" && (this.#e = "0"), !(e.length >= t + 512)) throw new Error("need 512 bytes for header");
          let i = this.ctime || this.atime ? 130 : 155, r = Sa(this.path || "", i), n = r[0], o = r[1];
          this.needPax = !!r[2], this.needPax = Be(e, t, 100, n) || this.needPax, this.needPax = ge(e, t + 100, 8, this.mode) || this.needPax, this.needPax = ge(e, t + 108, 8, this.uid) || this.needPax, this.needPax = ge(e, t + 116, 8, this.gid) || this.needPax, this.needPax = ge(e, t + 124, 12, this.size) || this.needPax, this.needPax = Ls(e, t + 136, 12, this.mtime) || this.needPax, e[t + 156] = Number(this.#e.codePointAt(0)), this.needPax = Be(e, t + 157, 100, this.linkpath) || this.needPax, e.write("ustar\x0000", t + 257, 8), this.needPax = Be(e, t + 265, 32, this.uname) || this.needPax, this.needPax = Be(e, t + 297, 32, this.gname) || this.needPax, this.needPax = ge(e, t + 329, 8, this.devmaj) || this.needPax, this.needPax = ge(e, t + 337, 8, this.devmin) || this.needPax, this.needPax = Be(e, t + 345, i, o) || this.needPax, e[t + 475] !== 0 ? this.needPax = Be(e, t + 345, 155, o) || this.needPax : (this.needPax = Be(e, t + 345, 130, o) || this.needPax, this.needPax = Ls(e, t + 476, 12, this.atime) || this.needPax, this.needPax = Ls(e, t + 488, 12, this.ctime) || this.needPax);
          let a = 256;
          for (let h = t; h < t + 148; h++) a += e[h];
          for (let h = t + 156; h < t + 512; h++) a += e[h];
          return this.cksum = a, ge(e, t + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
        }
        get type() {
          return this.#e === "Unsupported" ? this.#e : Je.name.get(this.#e);
        }
        get typeKey() {
          return this.#e;
        }
        set type(e) {
          let t = String(Je.code.get(e));
          if (Je.isCode(t) || t === "Unsupported") this.#e = t;
          else if (Je.isCode(e)) this.#e = e;
          else throw new TypeError("invalid entry type: " + e);
        }
      };
      se.Header = As;
      var Sa = (s, e) => {
        let i = s, r = "", n, o = Qe.posix.parse(s).root || ".";
        if (Buffer.byteLength(i) < 100) n = [i, r, false];
        else {
          r = Qe.posix.dirname(i), i = Qe.posix.basename(i);
          do
            Buffer.byteLength(i) <= 100 && Buffer.byteLength(r) <= e ? n = [i, r, false] : Buffer.byteLength(i) > 100 && Buffer.byteLength(r) <= e ? n = [i.slice(0, 99), r, true] : (i = Qe.posix.join(Qe.posix.basename(r), i), r = Qe.posix.dirname(r));
          while (r !== o && n === void 0);
          n || (n = [s.slice(0, 99), "", true]);
        }
        return n;
      }, Ce = (s, e, t) => s.subarray(e, e + t).toString("utf8").replace(/\0.*/, ""), Ms = (s, e, t) => ga(Se(s, e, t)), ga = (s) => s === void 0 ? void 0 : new Date(s * 1e3), Se = (s, e, t) => Number(s[e]) & 128 ? $r.parse(s.subarray(e, e + t)) : Oa(s, e, t), Ra = (s) => isNaN(s) ? void 0 : s, Oa = (s, e, t) => Ra(parseInt(s.subarray(e, e + t).toString("utf8").replace(/\0.*$/, "").trim(), 8)), va = { 12: 8589934591, 8: 2097151 }, ge = (s, e, t, i) => i === void 0 ? false : i > va[t] || i < 0 ? ($r.encode(i, s.subarray(e, e + t)), true) : (Ta(s, e, t, i), false), Ta = (s, e, t, i) => s.write(Da(i, t), e, t, "ascii"), Da = (s, e) => Pa(Math.floor(s).toString(8), e), Pa = (s, e) => (s.length === e - 1 ? s : new Array(e - s.length - 1).join("0") + s + " ") + "\0", Ls = (s, e, t, i) => i === void 0 ? false : ge(s, e, t, i.getTime() / 1e3), Na = new Array(156).join("\0"), Be = (s, e, t, i) => i === void 0 ? false : (s.write(i + Na, e, t, "utf8"), i.length !== Buffer.byteLength(i) || i.length > t);
    });
    var si = d((ii) => {
      "use strict";
      Object.defineProperty(ii, "__esModule", { value: true });
      ii.Pax = void 0;
      var Ma = __require("node:path"), La = et(), Is = class s {
        atime;
        mtime;
        ctime;
        charset;
        comment;
        gid;
        uid;
        gname;
        uname;
        linkpath;
        dev;
        ino;
        nlink;
        path;
        size;
        mode;
        global;
        constructor(e, t = false) {
          this.atime = e.atime, this.charset = e.charset, this.comment = e.comment, this.ctime = e.ctime, this.dev = e.dev, this.gid = e.gid, this.global = t, this.gname = e.gname, this.ino = e.ino, this.linkpath = e.linkpath, this.mtime = e.mtime, this.nlink = e.nlink, this.path = e.path, this.size = e.size, this.uid = e.uid, this.uname = e.uname;
        }
        encode() {
          let e = this.encodeBody();
          if (e === "") return Buffer.allocUnsafe(0);
          let t = Buffer.byteLength(e), i = 512 * Math.ceil(1 + t / 512), r = Buffer.allocUnsafe(i);
          for (let n = 0; n < 512; n++) r[n] = 0;
          new La.Header({ path: ("PaxHeader/" + (0, Ma.basename)(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: t, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(e, 512, t, "utf8");
          for (let n = t + 512; n < r.length; n++) r[n] = 0;
          return r;
        }
        encodeBody() {
          return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
        }
        encodeField(e) {
          if (this[e] === void 0) return "";
          let t = this[e], i = t instanceof Date ? t.getTime() / 1e3 : t, r = " " + (e === "dev" || e === "ino" || e === "nlink" ? "SCHILY." : "") + e + "=" + i + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
          return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
        }
        static parse(e, t, i = false) {
          return new s(Aa(Ia(e), t), i);
        }
      };
      ii.Pax = Is;
      var Aa = (s, e) => e ? Object.assign({}, e, s) : s, Ia = (s) => s.replace(/\n$/, "").split(`
`).reduce(Fa, /* @__PURE__ */ Object.create(null)), Fa = (s, e) => {
        let t = parseInt(e, 10);
        if (t !== Buffer.byteLength(e) + 1) return s;
        e = e.slice((t + " ").length);
        let i = e.split("="), r = i.shift();
        if (!r) return s;
        let n = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), o = i.join("=").replace(/\0.*/, "");
        switch (n) {
          case "path":
          case "linkpath":
          case "type":
          case "charset":
          case "comment":
          case "gname":
          case "uname":
            s[n] = o;
            break;
          case "ctime":
          case "atime":
          case "mtime":
            s[n] = new Date(Number(o) * 1e3);
            break;
          case "size":
            let a = +o;
            a >= 0 && (s[n] = a);
            break;
          case "gid":
          case "uid":
          case "dev":
          case "ino":
          case "nlink":
          case "mode":
            s[n] = +o;
            break;
        }
        return s;
      };
    });
    var tt = d((ri) => {
      "use strict";
      Object.defineProperty(ri, "__esModule", { value: true });
      ri.normalizeWindowsPath = void 0;
      var Ca = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
      ri.normalizeWindowsPath = Ca !== "win32" ? (s) => String(s) : (s) => String(s).replaceAll(/\\/g, "/");
    });
    var Cs = d((oi) => {
      "use strict";
      Object.defineProperty(oi, "__esModule", { value: true });
      oi.ReadEntry = void 0;
      var Ba = We(), ni = tt(), Fs = class extends Ba.Minipass {
        extended;
        globalExtended;
        header;
        startBlockSize;
        blockRemain;
        remain;
        type;
        meta = false;
        ignore = false;
        path;
        mode;
        uid;
        gid;
        uname;
        gname;
        size = 0;
        mtime;
        atime;
        ctime;
        linkpath;
        dev;
        ino;
        nlink;
        invalid = false;
        absolute;
        unsupported = false;
        constructor(e, t, i) {
          switch (super({}), this.pause(), this.extended = t, this.globalExtended = i, this.header = e, this.remain = e.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = e.type, this.type) {
            case "File":
            case "OldFile":
            case "Link":
            case "SymbolicLink":
            case "CharacterDevice":
            case "BlockDevice":
            case "Directory":
            case "FIFO":
            case "ContiguousFile":
            case "GNUDumpDir":
              break;
            case "NextFileHasLongLinkpath":
            case "NextFileHasLongPath":
            case "OldGnuLongPath":
            case "GlobalExtendedHeader":
            case "ExtendedHeader":
            case "OldExtendedHeader":
              this.meta = true;
              break;
            default:
              this.ignore = true;
          }
          if (!e.path) throw new Error("no path provided for tar.ReadEntry");
          this.path = (0, ni.normalizeWindowsPath)(e.path), this.mode = e.mode, this.mode && (this.mode = this.mode & 4095), this.uid = e.uid, this.gid = e.gid, this.uname = e.uname, this.gname = e.gname, this.size = this.remain, this.mtime = e.mtime, this.atime = e.atime, this.ctime = e.ctime, this.linkpath = e.linkpath ? (0, ni.normalizeWindowsPath)(e.linkpath) : void 0, this.uname = e.uname, this.gname = e.gname, t && this.#e(t), i && this.#e(i, true);
        }
        write(e) {
          let t = e.length;
          if (t > this.blockRemain) throw new Error("writing more to entry than is appropriate");
          let i = this.remain, r = this.blockRemain;
          return this.remain = Math.max(0, i - t), this.blockRemain = Math.max(0, r - t), this.ignore ? true : i >= t ? super.write(e) : super.write(e.subarray(0, i));
        }
        #e(e, t = false) {
          e.path && (e.path = (0, ni.normalizeWindowsPath)(e.path)), e.linkpath && (e.linkpath = (0, ni.normalizeWindowsPath)(e.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(e).filter(([i, r]) => !(r == null || i === "path" && t))));
        }
      };
      oi.ReadEntry = Fs;
    });
    var hi = d((ai) => {
      "use strict";
      Object.defineProperty(ai, "__esModule", { value: true });
      ai.warnMethod = void 0;
      var za = (s, e, t, i = {}) => {
        s.file && (i.file = s.file), s.cwd && (i.cwd = s.cwd), i.code = t instanceof Error && t.code || e, i.tarCode = e, !s.strict && i.recoverable !== false ? (t instanceof Error && (i = Object.assign(t, i), t = t.message), s.emit("warn", e, t, i)) : t instanceof Error ? s.emit("error", Object.assign(t, i)) : s.emit("error", Object.assign(new Error(`${e}: ${t}`), i));
      };
      ai.warnMethod = za;
    });
    var _i = d((pi) => {
      "use strict";
      Object.defineProperty(pi, "__esModule", { value: true });
      pi.Parser = void 0;
      var ka = __require("events"), Bs = Ps(), Xr = et(), Qr = si(), xa = Cs(), ja = hi(), Ua = 1024 * 1024, qs = Buffer.from([31, 139]), Ws = Buffer.from([40, 181, 47, 253]), qa = Math.max(qs.length, Ws.length), H = /* @__PURE__ */ Symbol("state"), ze = /* @__PURE__ */ Symbol("writeEntry"), me = /* @__PURE__ */ Symbol("readEntry"), zs = /* @__PURE__ */ Symbol("nextEntry"), Jr = /* @__PURE__ */ Symbol("processEntry"), re = /* @__PURE__ */ Symbol("extendedHeader"), gt = /* @__PURE__ */ Symbol("globalExtendedHeader"), Re = /* @__PURE__ */ Symbol("meta"), en = /* @__PURE__ */ Symbol("emitMeta"), _ = /* @__PURE__ */ Symbol("buffer"), pe = /* @__PURE__ */ Symbol("queue"), Oe = /* @__PURE__ */ Symbol("ended"), ks = /* @__PURE__ */ Symbol("emittedEnd"), ke = /* @__PURE__ */ Symbol("emit"), y = /* @__PURE__ */ Symbol("unzip"), li = /* @__PURE__ */ Symbol("consumeChunk"), ci = /* @__PURE__ */ Symbol("consumeChunkSub"), xs = /* @__PURE__ */ Symbol("consumeBody"), tn = /* @__PURE__ */ Symbol("consumeMeta"), sn = /* @__PURE__ */ Symbol("consumeHeader"), Rt = /* @__PURE__ */ Symbol("consuming"), js = /* @__PURE__ */ Symbol("bufferConcat"), ui = /* @__PURE__ */ Symbol("maybeEnd"), it = /* @__PURE__ */ Symbol("writing"), ne = /* @__PURE__ */ Symbol("aborted"), fi = /* @__PURE__ */ Symbol("onDone"), xe = /* @__PURE__ */ Symbol("sawValidEntry"), di = /* @__PURE__ */ Symbol("sawNullBlock"), mi = /* @__PURE__ */ Symbol("sawEOF"), rn = /* @__PURE__ */ Symbol("closeStream"), Wa = 1e3, Ot = /* @__PURE__ */ Symbol("compressedBytesRead"), Us = /* @__PURE__ */ Symbol("decompressedBytesRead"), nn = /* @__PURE__ */ Symbol("checkDecompressionRatio"), Ha = () => true, Hs = class extends ka.EventEmitter {
        file;
        strict;
        maxMetaEntrySize;
        filter;
        brotli;
        zstd;
        maxDecompressionRatio;
        writable = true;
        readable = false;
        [pe] = [];
        [_];
        [me];
        [ze];
        [H] = "begin";
        [Re] = "";
        [re];
        [gt];
        [Oe] = false;
        [y];
        [ne] = false;
        [xe];
        [di] = false;
        [mi] = false;
        [it] = false;
        [Rt] = false;
        [ks] = false;
        [Ot] = 0;
        [Us] = 0;
        constructor(e = {}) {
          super(), this.file = e.file || "", this.on(fi, () => {
            (this[H] === "begin" || this[xe] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
          }), e.ondone ? this.on(fi, e.ondone) : this.on(fi, () => {
            this.emit("prefinish"), this.emit("finish"), this.emit("end");
          }), this.strict = !!e.strict, this.maxDecompressionRatio = typeof e.maxDecompressionRatio == "number" ? e.maxDecompressionRatio : Wa, this.maxMetaEntrySize = e.maxMetaEntrySize || Ua, this.filter = typeof e.filter == "function" ? e.filter : Ha;
          let t = e.file && (e.file.endsWith(".tar.br") || e.file.endsWith(".tbr"));
          this.brotli = !(e.gzip || e.zstd) && e.brotli !== void 0 ? e.brotli : t ? void 0 : false;
          let i = e.file && (e.file.endsWith(".tar.zst") || e.file.endsWith(".tzst"));
          this.zstd = !(e.gzip || e.brotli) && e.zstd !== void 0 ? e.zstd : i ? true : void 0, this.on("end", () => this[rn]()), typeof e.onwarn == "function" && this.on("warn", e.onwarn), typeof e.onReadEntry == "function" && this.on("entry", e.onReadEntry);
        }
        warn(e, t, i = {}) {
          (0, ja.warnMethod)(this, e, t, i);
        }
        [sn](e, t) {
          this[xe] === void 0 && (this[xe] = false);
          let i;
          try {
            i = new Xr.Header(e, t, this[re], this[gt]);
          } catch (r) {
            return this.warn("TAR_ENTRY_INVALID", r);
          }
          if (i.nullBlock) this[di] ? (this[mi] = true, this[H] === "begin" && (this[H] = "header"), this[ke]("eof")) : (this[di] = true, this[ke]("nullBlock"));
          else if (this[di] = false, !i.cksumValid) this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: i });
          else if (!i.path) this.warn("TAR_ENTRY_INVALID", "path is required", { header: i });
          else {
            let r = i.type;
            if (/^(Symbolic)?Link$/.test(r) && !i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath required", { header: i });
            else if (!/^(Symbolic)?Link$/.test(r) && !/^(Global)?ExtendedHeader$/.test(r) && i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", { header: i });
            else {
              let n = this[ze] = new xa.ReadEntry(i, this[re], this[gt]);
              if (!this[xe]) if (n.remain) {
                let o = () => {
                  n.invalid || (this[xe] = true);
                };
                n.on("end", o);
              } else this[xe] = true;
              n.meta ? n.size > this.maxMetaEntrySize ? (n.ignore = true, this[ke]("ignoredEntry", n), this[H] = "ignore", n.resume()) : n.size > 0 && (this[Re] = "", n.on("data", (o) => this[Re] += o), this[H] = "meta") : (this[re] = void 0, n.ignore = n.ignore || !this.filter(n.path, n), n.ignore ? (this[ke]("ignoredEntry", n), this[H] = n.remain ? "ignore" : "header", n.resume()) : (n.remain ? this[H] = "body" : (this[H] = "header", n.end()), this[me] ? this[pe].push(n) : (this[pe].push(n), this[zs]())));
            }
          }
        }
        [rn]() {
          queueMicrotask(() => this.emit("close"));
        }
        [Jr](e) {
          let t = true;
          if (!e) this[me] = void 0, t = false;
          else if (Array.isArray(e)) {
            let [i, ...r] = e;
            this.emit(i, ...r);
          } else this[me] = e, this.emit("entry", e), e.emittedEnd || (e.on("end", () => this[zs]()), t = false);
          return t;
        }
        [zs]() {
          do
            ;
          while (this[Jr](this[pe].shift()));
          if (this[pe].length === 0) {
            let e = this[me];
            !e || e.flowing || e.size === e.remain ? this[it] || this.emit("drain") : e.once("drain", () => this.emit("drain"));
          }
        }
        [xs](e, t) {
          let i = this[ze];
          if (!i) throw new Error("attempt to consume body without entry??");
          let r = i.blockRemain ?? 0, n = r >= e.length && t === 0 ? e : e.subarray(t, t + r);
          return i.write(n), i.blockRemain || (this[H] = "header", this[ze] = void 0, i.end()), n.length;
        }
        [tn](e, t) {
          let i = this[ze], r = this[xs](e, t);
          return !this[ze] && i && this[en](i), r;
        }
        [ke](e, t, i) {
          this[pe].length === 0 && !this[me] ? this.emit(e, t, i) : this[pe].push([e, t, i]);
        }
        [en](e) {
          switch (this[ke]("meta", this[Re]), e.type) {
            case "ExtendedHeader":
            case "OldExtendedHeader":
              this[re] = Qr.Pax.parse(this[Re], this[re], false);
              break;
            case "GlobalExtendedHeader":
              this[gt] = Qr.Pax.parse(this[Re], this[gt], true);
              break;
            case "NextFileHasLongPath":
            case "OldGnuLongPath": {
              let t = this[re] ?? /* @__PURE__ */ Object.create(null);
              this[re] = t, t.path = this[Re].replace(/\0.*/, "");
              break;
            }
            case "NextFileHasLongLinkpath": {
              let t = this[re] || /* @__PURE__ */ Object.create(null);
              this[re] = t, t.linkpath = this[Re].replace(/\0.*/, "");
              break;
            }
            default:
              throw new Error("unknown meta: " + e.type);
          }
        }
        abort(e) {
          if (!this[ne]) {
            if (this[y]) {
              let t = this[y];
              t.write = () => true, t.end = () => t, t.emit = () => false, t.destroy?.();
            }
            this[ne] = true, this.emit("abort", e), this.warn("TAR_ABORT", e, { recoverable: false });
          }
        }
        [nn](e) {
          this[Us] += e.length;
          let t = this[Us] / this[Ot];
          return t > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${t.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
        }
        write(e, t, i) {
          if (typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, typeof t == "string" ? t : "utf8")), this[ne]) return i?.(), false;
          if ((this[y] === void 0 || this.brotli === void 0 && this[y] === false) && e) {
            if (this[_] && (e = Buffer.concat([this[_], e]), this[_] = void 0), e.length < qa) return this[_] = e, i?.(), true;
            for (let h = 0; this[y] === void 0 && h < qs.length; h++) e[h] !== qs[h] && (this[y] = false);
            let o = false;
            if (this[y] === false && this.zstd !== false) {
              o = true;
              for (let h = 0; h < Ws.length; h++) if (e[h] !== Ws[h]) {
                o = false;
                break;
              }
            }
            let a = this.brotli === void 0 && !o;
            if (this[y] === false && a) if (e.length < 512) if (this[Oe]) this.brotli = true;
            else return this[_] = e, i?.(), true;
            else try {
              new Xr.Header(e.subarray(0, 512)), this.brotli = false;
            } catch {
              this.brotli = true;
            }
            if (this[y] === void 0 || this[y] === false && (this.brotli || o)) {
              let h = this[Oe];
              this[Oe] = false, this[y] = this[y] === void 0 ? new Bs.Unzip({}) : o ? new Bs.ZstdDecompress({}) : new Bs.BrotliDecompress({}), this[y].on("data", (c) => {
                this[nn](c) && this[li](c);
              }), this[y].on("error", (c) => {
                this[ne] || this.abort(c);
              }), this[y].on("end", () => {
                this[Oe] = true, this[li]();
              }), this[it] = true, this[Ot] += e.length;
              let l = !!this[y][h ? "end" : "write"](e);
              return this[it] = false, i?.(), l;
            }
          }
          this[it] = true, this[y] ? (this[Ot] += e.length, this[y].write(e)) : this[li](e), this[it] = false;
          let n = this[pe].length > 0 ? false : this[me] ? this[me].flowing : true;
          return !n && this[pe].length === 0 && this[me]?.once("drain", () => this.emit("drain")), i?.(), n;
        }
        [js](e) {
          e && !this[ne] && (this[_] = this[_] ? Buffer.concat([this[_], e]) : e);
        }
        [ui]() {
          if (this[Oe] && !this[ks] && !this[ne] && !this[Rt]) {
            this[ks] = true;
            let e = this[ze];
            if (e?.blockRemain) {
              let t = this[_] ? this[_].length : 0;
              this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${e.blockRemain} more bytes, only ${t} available)`, { entry: e }), this[_] && e.write(this[_]), e.end();
            }
            this[ke](fi);
          }
        }
        [li](e) {
          if (this[Rt] && e) this[js](e);
          else if (!e && !this[_]) this[ui]();
          else if (e) {
            if (this[Rt] = true, this[_]) {
              this[js](e);
              let t = this[_];
              this[_] = void 0, this[ci](t);
            } else this[ci](e);
            for (; this[_] && this[_]?.length >= 512 && !this[ne] && !this[mi]; ) {
              let t = this[_];
              this[_] = void 0, this[ci](t);
            }
            this[Rt] = false;
          }
          (!this[_] || this[Oe]) && this[ui]();
        }
        [ci](e) {
          let t = 0, i = e.length;
          for (; t + 512 <= i && !this[ne] && !this[mi]; ) switch (this[H]) {
            case "begin":
            case "header":
              this[sn](e, t), t += 512;
              break;
            case "ignore":
            case "body":
              t += this[xs](e, t);
              break;
            case "meta":
              t += this[tn](e, t);
              break;
            default:
              throw new Error("invalid state: " + this[H]);
          }
          t < i && (this[_] = this[_] ? Buffer.concat([e.subarray(t), this[_]]) : e.subarray(t));
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, t = void 0, e = void 0), typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, t)), i && this.once("finish", i), this[ne] || (this[y] ? (e && (this[Ot] += e.length, this[y].write(e)), this[y].end()) : (this[Oe] = true, (this.brotli === void 0 || this.zstd === void 0) && (e = e || Buffer.alloc(0)), e && this.write(e), this[ui]())), this;
        }
      };
      pi.Parser = Hs;
    });
    var yi = d((wi) => {
      "use strict";
      Object.defineProperty(wi, "__esModule", { value: true });
      wi.stripTrailingSlashes = void 0;
      var Ga = (s) => {
        let e = s.length - 1, t = -1;
        for (; e > -1 && s.charAt(e) === "/"; ) t = e, e--;
        return t === -1 ? s : s.slice(0, t);
      };
      wi.stripTrailingSlashes = Ga;
    });
    var rt = d((B) => {
      "use strict";
      var Za = B && B.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), Ya = B && B.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), Ka = B && B.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && Za(t, e, i[r]);
          return Ya(t, e), t;
        };
      })(), Va = B && B.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(B, "__esModule", { value: true });
      B.list = B.filesFilter = void 0;
      var $a = Ka(Ke()), st = Va(__require("node:fs")), on = __require("path"), Xa = Ve(), Ei = _i(), Gs = yi(), Qa = (s) => {
        let e = s.onReadEntry;
        s.onReadEntry = e ? (t) => {
          e(t), t.resume();
        } : (t) => t.resume();
      }, Ja = (s, e) => {
        let t = new Map(e.map((o) => [(0, Gs.stripTrailingSlashes)(o), true])), i = s.filter, r = 100, n = (o, a = "", h = 0) => {
          if (h >= r) return t.set(o, false), false;
          let l = a || (0, on.parse)(o).root || ".", c;
          if (o === l) c = false;
          else {
            let u = t.get(o);
            c = u !== void 0 ? u : n((0, on.dirname)(o), l, h + 1);
          }
          return t.set(o, c), c;
        };
        s.filter = i ? (o, a) => i(o, a) && n((0, Gs.stripTrailingSlashes)(o)) : (o) => n((0, Gs.stripTrailingSlashes)(o));
      };
      B.filesFilter = Ja;
      var eh = (s) => {
        let e = new Ei.Parser(s), t = s.file, i;
        try {
          i = st.default.openSync(t, "r");
          let r = st.default.fstatSync(i), n = s.maxReadSize || 16 * 1024 * 1024;
          if (r.size < n) {
            let o = Buffer.allocUnsafe(r.size), a = st.default.readSync(i, o, 0, r.size, 0);
            e.end(a === o.byteLength ? o : o.subarray(0, a));
          } else {
            let o = 0, a = Buffer.allocUnsafe(n);
            for (; o < r.size; ) {
              let h = st.default.readSync(i, a, 0, n, o);
              if (h === 0) break;
              o += h, e.write(a.subarray(0, h));
            }
            e.end();
          }
        } finally {
          if (typeof i == "number") try {
            st.default.closeSync(i);
          } catch {
          }
        }
      }, th = (s, e) => {
        let t = new Ei.Parser(s), i = s.maxReadSize || 16 * 1024 * 1024, r = s.file;
        return new Promise((o, a) => {
          t.on("error", a), t.on("end", o), st.default.stat(r, (h, l) => {
            if (h) a(h);
            else {
              let c = new $a.ReadStream(r, { readSize: i, size: l.size });
              c.on("error", a), c.pipe(t);
            }
          });
        });
      };
      B.list = (0, Xa.makeCommand)(eh, th, (s) => new Ei.Parser(s), (s) => new Ei.Parser(s), (s, e) => {
        e?.length && (0, B.filesFilter)(s, e), s.noResume || Qa(s);
      });
    });
    var an = d((bi) => {
      "use strict";
      Object.defineProperty(bi, "__esModule", { value: true });
      bi.modeFix = void 0;
      var ih = (s, e, t) => (s &= 4095, t && (s = (s | 384) & -19), e && (s & 256 && (s |= 64), s & 32 && (s |= 8), s & 4 && (s |= 1)), s);
      bi.modeFix = ih;
    });
    var Zs = d((Si) => {
      "use strict";
      Object.defineProperty(Si, "__esModule", { value: true });
      Si.stripAbsolutePath = void 0;
      var sh = __require("node:path"), { isAbsolute: rh, parse: hn } = sh.win32, nh = (s) => {
        let e = "", t = hn(s);
        for (; rh(s) || t.root; ) {
          let i = s.charAt(0) === "/" && s.slice(0, 4) !== "//?/" ? "/" : t.root;
          s = s.slice(i.length), e += i, t = hn(s);
        }
        return [e, s];
      };
      Si.stripAbsolutePath = nh;
    });
    var Ks = d((nt) => {
      "use strict";
      Object.defineProperty(nt, "__esModule", { value: true });
      nt.decode = nt.encode = void 0;
      var gi = ["|", "<", ">", "?", ":"], Ys = gi.map((s) => String.fromCodePoint(61440 + Number(s.codePointAt(0)))), oh = new Map(gi.map((s, e) => [s, Ys[e]])), ah = new Map(Ys.map((s, e) => [s, gi[e]])), hh = (s) => gi.reduce((e, t) => e.split(t).join(oh.get(t)), s);
      nt.encode = hh;
      var lh = (s) => Ys.reduce((e, t) => e.split(t).join(ah.get(t)), s);
      nt.decode = lh;
    });
    var nr = d((M) => {
      "use strict";
      var ch = M && M.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), uh = M && M.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), fh = M && M.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ch(t, e, i[r]);
          return uh(t, e), t;
        };
      })(), mn = M && M.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(M, "__esModule", { value: true });
      M.WriteEntryTar = M.WriteEntrySync = M.WriteEntry = void 0;
      var ae = mn(__require("fs")), pn = We(), ln = mn(__require("path")), _n = et(), wn = an(), oe = tt(), yn = Qt(), En = si(), bn = Zs(), dh = yi(), Sn = hi(), mh = fh(Ks()), gn = (s, e) => e ? (s = (0, oe.normalizeWindowsPath)(s).replace(/^\.(\/|$)/, ""), (0, dh.stripTrailingSlashes)(e) + "/" + s) : (0, oe.normalizeWindowsPath)(s), ph = 16 * 1024 * 1024, cn = /* @__PURE__ */ Symbol("process"), un = /* @__PURE__ */ Symbol("file"), fn = /* @__PURE__ */ Symbol("directory"), $s = /* @__PURE__ */ Symbol("symlink"), dn = /* @__PURE__ */ Symbol("hardlink"), vt = /* @__PURE__ */ Symbol("header"), Ri = /* @__PURE__ */ Symbol("read"), Xs = /* @__PURE__ */ Symbol("lstat"), Oi = /* @__PURE__ */ Symbol("onlstat"), Qs = /* @__PURE__ */ Symbol("onread"), Js = /* @__PURE__ */ Symbol("onreadlink"), er = /* @__PURE__ */ Symbol("openfile"), tr = /* @__PURE__ */ Symbol("onopenfile"), ve = /* @__PURE__ */ Symbol("close"), vi = /* @__PURE__ */ Symbol("mode"), ir = /* @__PURE__ */ Symbol("awaitDrain"), Vs = /* @__PURE__ */ Symbol("ondrain"), he = /* @__PURE__ */ Symbol("prefix"), Ti = class extends pn.Minipass {
        path;
        portable;
        myuid = process.getuid && process.getuid() || 0;
        myuser = process.env.USER || "";
        maxReadSize;
        linkCache;
        statCache;
        preservePaths;
        cwd;
        strict;
        mtime;
        noPax;
        noMtime;
        prefix;
        fd;
        blockLen = 0;
        blockRemain = 0;
        buf;
        pos = 0;
        remain = 0;
        length = 0;
        offset = 0;
        win32;
        absolute;
        header;
        type;
        linkpath;
        stat;
        onWriteEntry;
        #e = false;
        constructor(e, t = {}) {
          let i = (0, yn.dealias)(t);
          super(), this.path = (0, oe.normalizeWindowsPath)(e), this.portable = !!i.portable, this.maxReadSize = i.maxReadSize || ph, this.linkCache = i.linkCache || /* @__PURE__ */ new Map(), this.statCache = i.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i.preservePaths, this.cwd = (0, oe.normalizeWindowsPath)(i.cwd || process.cwd()), this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.mtime = i.mtime, this.prefix = i.prefix ? (0, oe.normalizeWindowsPath)(i.prefix) : void 0, this.onWriteEntry = i.onWriteEntry, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
          let r = false;
          if (!this.preservePaths) {
            let [o, a] = (0, bn.stripAbsolutePath)(this.path);
            o && typeof a == "string" && (this.path = a, r = o);
          }
          this.win32 = !!i.win32 || process.platform === "win32", this.win32 && (this.path = mh.decode(this.path.replaceAll(/\\/g, "/")), e = e.replaceAll(/\\/g, "/")), this.absolute = (0, oe.normalizeWindowsPath)(i.absolute || ln.default.resolve(this.cwd, e)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
          let n = this.statCache.get(this.absolute);
          n ? this[Oi](n) : this[Xs]();
        }
        warn(e, t, i = {}) {
          return (0, Sn.warnMethod)(this, e, t, i);
        }
        emit(e, ...t) {
          return e === "error" && (this.#e = true), super.emit(e, ...t);
        }
        [Xs]() {
          ae.default.lstat(this.absolute, (e, t) => {
            if (e) return this.emit("error", e);
            this[Oi](t);
          });
        }
        [Oi](e) {
          this.statCache.set(this.absolute, e), this.stat = e, e.isFile() || (e.size = 0), this.type = _h(e), this.emit("stat", e), this[cn]();
        }
        [cn]() {
          switch (this.type) {
            case "File":
              return this[un]();
            case "Directory":
              return this[fn]();
            case "SymbolicLink":
              return this[$s]();
            default:
              return this.end();
          }
        }
        [vi](e) {
          return (0, wn.modeFix)(e, this.type === "Directory", this.portable);
        }
        [he](e) {
          return gn(e, this.prefix);
        }
        [vt]() {
          if (!this.stat) throw new Error("cannot write header before stat");
          this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new _n.Header({ path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, mode: this[vi](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new En.Pax({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
          let e = this.header?.block;
          if (!e) throw new Error("failed to encode header");
          super.write(e);
        }
        [fn]() {
          if (!this.stat) throw new Error("cannot create directory entry without stat");
          this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[vt](), this.end();
        }
        [$s]() {
          ae.default.readlink(this.absolute, (e, t) => {
            if (e) return this.emit("error", e);
            this[Js](t);
          });
        }
        [Js](e) {
          this.linkpath = (0, oe.normalizeWindowsPath)(e), this[vt](), this.end();
        }
        [dn](e) {
          if (!this.stat) throw new Error("cannot create link entry without stat");
          this.type = "Link", this.linkpath = (0, oe.normalizeWindowsPath)(ln.default.relative(this.cwd, e)), this.stat.size = 0, this[vt](), this.end();
        }
        [un]() {
          if (!this.stat) throw new Error("cannot create file entry without stat");
          if (this.stat.nlink > 1) {
            let e = `${this.stat.dev}:${this.stat.ino}`, t = this.linkCache.get(e);
            if (t?.indexOf(this.cwd) === 0) return this[dn](t);
            this.linkCache.set(e, this.absolute);
          }
          if (this[vt](), this.stat.size === 0) return this.end();
          this[er]();
        }
        [er]() {
          ae.default.open(this.absolute, "r", (e, t) => {
            if (e) return this.emit("error", e);
            this[tr](t);
          });
        }
        [tr](e) {
          if (this.fd = e, this.#e) return this[ve]();
          if (!this.stat) throw new Error("should stat before calling onopenfile");
          this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
          let t = Math.min(this.blockLen, this.maxReadSize);
          this.buf = Buffer.allocUnsafe(t), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[Ri]();
        }
        [Ri]() {
          let { fd: e, buf: t, offset: i, length: r, pos: n } = this;
          if (e === void 0 || t === void 0) throw new Error("cannot read file without first opening");
          ae.default.read(e, t, i, r, n, (o, a) => {
            if (o) return this[ve](() => this.emit("error", o));
            this[Qs](a);
          });
        }
        [ve](e = () => {
        }) {
          this.fd !== void 0 && ae.default.close(this.fd, e);
        }
        [Qs](e) {
          if (e <= 0 && this.remain > 0) {
            let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
            return this[ve](() => this.emit("error", r));
          }
          if (e > this.remain) {
            let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
            return this[ve](() => this.emit("error", r));
          }
          if (!this.buf) throw new Error("should have created buffer prior to reading");
          if (e === this.remain) for (let r = e; r < this.length && e < this.blockRemain; r++) this.buf[r + this.offset] = 0, e++, this.remain++;
          let t = this.offset === 0 && e === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + e);
          this.write(t) ? this[Vs]() : this[ir](() => this[Vs]());
        }
        [ir](e) {
          this.once("drain", e);
        }
        write(e, t, i) {
          if (typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, typeof t == "string" ? t : "utf8")), this.blockRemain < e.length) {
            let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
            return this.emit("error", r);
          }
          return this.remain -= e.length, this.blockRemain -= e.length, this.pos += e.length, this.offset += e.length, super.write(e, null, i);
        }
        [Vs]() {
          if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[ve]((e) => e ? this.emit("error", e) : this.end());
          if (!this.buf) throw new Error("buffer lost somehow in ONDRAIN");
          this.offset >= this.length && (this.buf = Buffer.allocUnsafe(Math.min(this.blockRemain, this.buf.length)), this.offset = 0), this.length = this.buf.length - this.offset, this[Ri]();
        }
      };
      M.WriteEntry = Ti;
      var sr = class extends Ti {
        sync = true;
        [Xs]() {
          this[Oi](ae.default.lstatSync(this.absolute));
        }
        [$s]() {
          this[Js](ae.default.readlinkSync(this.absolute));
        }
        [er]() {
          this[tr](ae.default.openSync(this.absolute, "r"));
        }
        [Ri]() {
          let e = true;
          try {
            let { fd: t, buf: i, offset: r, length: n, pos: o } = this;
            if (t === void 0 || i === void 0) throw new Error("fd and buf must be set in READ method");
            let a = ae.default.readSync(t, i, r, n, o);
            this[Qs](a), e = false;
          } finally {
            if (e) try {
              this[ve](() => {
              });
            } catch {
            }
          }
        }
        [ir](e) {
          e();
        }
        [ve](e = () => {
        }) {
          this.fd !== void 0 && ae.default.closeSync(this.fd), e();
        }
      };
      M.WriteEntrySync = sr;
      var rr = class extends pn.Minipass {
        blockLen = 0;
        blockRemain = 0;
        buf = 0;
        pos = 0;
        remain = 0;
        length = 0;
        preservePaths;
        portable;
        strict;
        noPax;
        noMtime;
        readEntry;
        type;
        prefix;
        path;
        mode;
        uid;
        gid;
        uname;
        gname;
        header;
        mtime;
        atime;
        ctime;
        linkpath;
        size;
        onWriteEntry;
        warn(e, t, i = {}) {
          return (0, Sn.warnMethod)(this, e, t, i);
        }
        constructor(e, t = {}) {
          let i = (0, yn.dealias)(t);
          super(), this.preservePaths = !!i.preservePaths, this.portable = !!i.portable, this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.onWriteEntry = i.onWriteEntry, this.readEntry = e;
          let { type: r } = e;
          if (r === "Unsupported") throw new Error("writing entry that should be ignored");
          this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i.prefix, this.path = (0, oe.normalizeWindowsPath)(e.path), this.mode = e.mode !== void 0 ? this[vi](e.mode) : void 0, this.uid = this.portable ? void 0 : e.uid, this.gid = this.portable ? void 0 : e.gid, this.uname = this.portable ? void 0 : e.uname, this.gname = this.portable ? void 0 : e.gname, this.size = e.size, this.mtime = this.noMtime ? void 0 : i.mtime || e.mtime, this.atime = this.portable ? void 0 : e.atime, this.ctime = this.portable ? void 0 : e.ctime, this.linkpath = e.linkpath !== void 0 ? (0, oe.normalizeWindowsPath)(e.linkpath) : void 0, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
          let n = false;
          if (!this.preservePaths) {
            let [a, h] = (0, bn.stripAbsolutePath)(this.path);
            a && typeof h == "string" && (this.path = h, n = a);
          }
          this.remain = e.size, this.blockRemain = e.startBlockSize, this.onWriteEntry?.(this), this.header = new _n.Header({ path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new En.Pax({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
          let o = this.header?.block;
          if (!o) throw new Error("failed to encode header");
          super.write(o), e.pipe(this);
        }
        [he](e) {
          return gn(e, this.prefix);
        }
        [vi](e) {
          return (0, wn.modeFix)(e, this.type === "Directory", this.portable);
        }
        write(e, t, i) {
          typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, typeof t == "string" ? t : "utf8"));
          let r = e.length;
          if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
          return this.blockRemain -= r, super.write(e, i);
        }
        end(e, t, i) {
          return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof e == "function" && (i = e, t = void 0, e = void 0), typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, t ?? "utf8")), i && this.once("finish", i), e ? super.end(e, i) : super.end(i), this;
        }
      };
      M.WriteEntryTar = rr;
      var _h = (s) => s.isFile() ? "File" : s.isDirectory() ? "Directory" : s.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
    });
    var Rn = d((at) => {
      "use strict";
      Object.defineProperty(at, "__esModule", { value: true });
      at.Node = at.Yallist = void 0;
      var or = class s {
        tail;
        head;
        length = 0;
        static create(e = []) {
          return new s(e);
        }
        constructor(e = []) {
          for (let t of e) this.push(t);
        }
        *[Symbol.iterator]() {
          for (let e = this.head; e; e = e.next) yield e.value;
        }
        removeNode(e) {
          if (e.list !== this) throw new Error("removing node which does not belong to this list");
          let t = e.next, i = e.prev;
          return t && (t.prev = i), i && (i.next = t), e === this.head && (this.head = t), e === this.tail && (this.tail = i), this.length--, e.next = void 0, e.prev = void 0, e.list = void 0, t;
        }
        unshiftNode(e) {
          if (e === this.head) return;
          e.list && e.list.removeNode(e);
          let t = this.head;
          e.list = this, e.next = t, t && (t.prev = e), this.head = e, this.tail || (this.tail = e), this.length++;
        }
        pushNode(e) {
          if (e === this.tail) return;
          e.list && e.list.removeNode(e);
          let t = this.tail;
          e.list = this, e.prev = t, t && (t.next = e), this.tail = e, this.head || (this.head = e), this.length++;
        }
        push(...e) {
          for (let t = 0, i = e.length; t < i; t++) yh(this, e[t]);
          return this.length;
        }
        unshift(...e) {
          for (var t = 0, i = e.length; t < i; t++) Eh(this, e[t]);
          return this.length;
        }
        pop() {
          if (!this.tail) return;
          let e = this.tail.value, t = this.tail;
          return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, t.list = void 0, this.length--, e;
        }
        shift() {
          if (!this.head) return;
          let e = this.head.value, t = this.head;
          return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, t.list = void 0, this.length--, e;
        }
        forEach(e, t) {
          t = t || this;
          for (let i = this.head, r = 0; i; r++) e.call(t, i.value, r, this), i = i.next;
        }
        forEachReverse(e, t) {
          t = t || this;
          for (let i = this.tail, r = this.length - 1; i; r--) e.call(t, i.value, r, this), i = i.prev;
        }
        get(e) {
          let t = 0, i = this.head;
          for (; i && t < e; t++) i = i.next;
          if (t === e && i) return i.value;
        }
        getReverse(e) {
          let t = 0, i = this.tail;
          for (; i && t < e; t++) i = i.prev;
          if (t === e && i) return i.value;
        }
        map(e, t) {
          t = t || this;
          let i = new s();
          for (let r = this.head; r; ) i.push(e.call(t, r.value, this)), r = r.next;
          return i;
        }
        mapReverse(e, t) {
          t = t || this;
          var i = new s();
          for (let r = this.tail; r; ) i.push(e.call(t, r.value, this)), r = r.prev;
          return i;
        }
        reduce(e, t) {
          let i, r = this.head;
          if (arguments.length > 1) i = t;
          else if (this.head) r = this.head.next, i = this.head.value;
          else throw new TypeError("Reduce of empty list with no initial value");
          for (var n = 0; r; n++) i = e(i, r.value, n), r = r.next;
          return i;
        }
        reduceReverse(e, t) {
          let i, r = this.tail;
          if (arguments.length > 1) i = t;
          else if (this.tail) r = this.tail.prev, i = this.tail.value;
          else throw new TypeError("Reduce of empty list with no initial value");
          for (let n = this.length - 1; r; n--) i = e(i, r.value, n), r = r.prev;
          return i;
        }
        toArray() {
          let e = new Array(this.length);
          for (let t = 0, i = this.head; i; t++) e[t] = i.value, i = i.next;
          return e;
        }
        toArrayReverse() {
          let e = new Array(this.length);
          for (let t = 0, i = this.tail; i; t++) e[t] = i.value, i = i.prev;
          return e;
        }
        slice(e = 0, t = this.length) {
          t < 0 && (t += this.length), e < 0 && (e += this.length);
          let i = new s();
          if (t < e || t < 0) return i;
          e < 0 && (e = 0), t > this.length && (t = this.length);
          let r = this.head, n = 0;
          for (n = 0; r && n < e; n++) r = r.next;
          for (; r && n < t; n++, r = r.next) i.push(r.value);
          return i;
        }
        sliceReverse(e = 0, t = this.length) {
          t < 0 && (t += this.length), e < 0 && (e += this.length);
          let i = new s();
          if (t < e || t < 0) return i;
          e < 0 && (e = 0), t > this.length && (t = this.length);
          let r = this.length, n = this.tail;
          for (; n && r > t; r--) n = n.prev;
          for (; n && r > e; r--, n = n.prev) i.push(n.value);
          return i;
        }
        splice(e, t = 0, ...i) {
          e > this.length && (e = this.length - 1), e < 0 && (e = this.length + e);
          let r = this.head;
          for (let o = 0; r && o < e; o++) r = r.next;
          let n = [];
          for (let o = 0; r && o < t; o++) n.push(r.value), r = this.removeNode(r);
          r ? r !== this.tail && (r = r.prev) : r = this.tail;
          for (let o of i) r = wh(this, r, o);
          return n;
        }
        reverse() {
          let e = this.head, t = this.tail;
          for (let i = e; i; i = i.prev) {
            let r = i.prev;
            i.prev = i.next, i.next = r;
          }
          return this.head = t, this.tail = e, this;
        }
      };
      at.Yallist = or;
      function wh(s, e, t) {
        let i = e, r = e ? e.next : s.head, n = new ot(t, i, r, s);
        return n.next === void 0 && (s.tail = n), n.prev === void 0 && (s.head = n), s.length++, n;
      }
      function yh(s, e) {
        s.tail = new ot(e, s.tail, void 0, s), s.head || (s.head = s.tail), s.length++;
      }
      function Eh(s, e) {
        s.head = new ot(e, void 0, s.head, s), s.tail || (s.tail = s.head), s.length++;
      }
      var ot = class {
        list;
        next;
        prev;
        value;
        constructor(e, t, i, r) {
          this.list = r, this.value = e, t ? (t.next = this, this.prev = t) : this.prev = void 0, i ? (i.prev = this, this.next = i) : this.next = void 0;
        }
      };
      at.Node = ot;
    });
    var Ci = d((L) => {
      "use strict";
      var bh = L && L.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), Sh = L && L.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), gh = L && L.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && bh(t, e, i[r]);
          return Sh(t, e), t;
        };
      })(), Pn = L && L.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(L, "__esModule", { value: true });
      L.PackSync = L.Pack = L.PackJob = void 0;
      var Ii = Pn(__require("fs")), fr = nr(), Nt = class {
        path;
        absolute;
        entry;
        stat;
        readdir;
        pending = false;
        pendingLink = false;
        ignore = false;
        piped = false;
        constructor(e, t) {
          this.path = e || "./", this.absolute = t;
        }
      };
      L.PackJob = Nt;
      var Rh = We(), ar = gh(Ps()), Oh = Rn(), vh = hi(), On = Buffer.alloc(1024), Pi = /* @__PURE__ */ Symbol("onStat"), Tt = /* @__PURE__ */ Symbol("ended"), X = /* @__PURE__ */ Symbol("queue"), Dt = /* @__PURE__ */ Symbol("pendingLinks"), Te = /* @__PURE__ */ Symbol("current"), je = /* @__PURE__ */ Symbol("process"), Pt = /* @__PURE__ */ Symbol("processing"), Di = /* @__PURE__ */ Symbol("processJob"), Q = /* @__PURE__ */ Symbol("jobs"), hr = /* @__PURE__ */ Symbol("jobDone"), Ni = /* @__PURE__ */ Symbol("addFSEntry"), vn = /* @__PURE__ */ Symbol("addTarEntry"), dr = /* @__PURE__ */ Symbol("stat"), mr = /* @__PURE__ */ Symbol("readdir"), Mi = /* @__PURE__ */ Symbol("onreaddir"), Li = /* @__PURE__ */ Symbol("pipe"), Tn = /* @__PURE__ */ Symbol("entry"), lr = /* @__PURE__ */ Symbol("entryOpt"), Ai = /* @__PURE__ */ Symbol("writeEntryClass"), Nn = /* @__PURE__ */ Symbol("write"), cr = /* @__PURE__ */ Symbol("ondrain"), Dn = Pn(__require("path")), ur = tt(), Fi = class extends Rh.Minipass {
        sync = false;
        opt;
        cwd;
        maxReadSize;
        preservePaths;
        strict;
        noPax;
        prefix;
        linkCache;
        statCache;
        file;
        portable;
        zip;
        readdirCache;
        noDirRecurse;
        follow;
        noMtime;
        mtime;
        filter;
        jobs;
        [Ai];
        onWriteEntry;
        [X];
        [Dt] = /* @__PURE__ */ new Map();
        [Q] = 0;
        [Pt] = false;
        [Tt] = false;
        constructor(e = {}) {
          if (super(), this.opt = e, this.file = e.file || "", this.cwd = e.cwd || process.cwd(), this.maxReadSize = e.maxReadSize, this.preservePaths = !!e.preservePaths, this.strict = !!e.strict, this.noPax = !!e.noPax, this.prefix = (0, ur.normalizeWindowsPath)(e.prefix || ""), this.linkCache = e.linkCache || /* @__PURE__ */ new Map(), this.statCache = e.statCache || /* @__PURE__ */ new Map(), this.readdirCache = e.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = e.onWriteEntry, this[Ai] = fr.WriteEntry, typeof e.onwarn == "function" && this.on("warn", e.onwarn), this.portable = !!e.portable, e.gzip || e.brotli || e.zstd) {
            if ((e.gzip ? 1 : 0) + (e.brotli ? 1 : 0) + (e.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
            if (e.gzip && (typeof e.gzip != "object" && (e.gzip = {}), this.portable && (e.gzip.portable = true), this.zip = new ar.Gzip(e.gzip)), e.brotli && (typeof e.brotli != "object" && (e.brotli = {}), this.zip = new ar.BrotliCompress(e.brotli)), e.zstd && (typeof e.zstd != "object" && (e.zstd = {}), this.zip = new ar.ZstdCompress(e.zstd)), !this.zip) throw new Error("impossible");
            let t = this.zip;
            t.on("data", (i) => super.write(i)), t.on("end", () => super.end()), t.on("drain", () => this[cr]()), this.on("resume", () => t.resume());
          } else this.on("drain", this[cr]);
          this.noDirRecurse = !!e.noDirRecurse, this.follow = !!e.follow, this.noMtime = !!e.noMtime, e.mtime && (this.mtime = e.mtime), this.filter = typeof e.filter == "function" ? e.filter : () => true, this[X] = new Oh.Yallist(), this[Q] = 0, this.jobs = Number(e.jobs) || 4, this[Pt] = false, this[Tt] = false;
        }
        [Nn](e) {
          return super.write(e);
        }
        add(e) {
          return this.write(e), this;
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, e = void 0), typeof t == "function" && (i = t, t = void 0), e && this.add(e), this[Tt] = true, this[je](), i && i(), this;
        }
        write(e) {
          if (this[Tt]) throw new Error("write after end");
          return typeof e == "string" ? this[Ni](e) : this[vn](e), this.flowing;
        }
        [vn](e) {
          let t = (0, ur.normalizeWindowsPath)(Dn.default.resolve(this.cwd, e.path));
          if (!this.filter(e.path, e)) e.resume();
          else {
            let i = new Nt(e.path, t);
            i.entry = new fr.WriteEntryTar(e, this[lr](i)), i.entry.on("end", () => this[hr](i)), this[Q] += 1, this[X].push(i);
          }
          this[je]();
        }
        [Ni](e) {
          let t = (0, ur.normalizeWindowsPath)(Dn.default.resolve(this.cwd, e));
          this[X].push(new Nt(e, t)), this[je]();
        }
        [dr](e) {
          e.pending = true, this[Q] += 1;
          let t = this.follow ? "stat" : "lstat";
          Ii.default[t](e.absolute, (i, r) => {
            e.pending = false, this[Q] -= 1, i ? this.emit("error", i) : this[Pi](e, r);
          });
        }
        [Pi](e, t) {
          if (this.statCache.set(e.absolute, t), e.stat = t, !this.filter(e.path, t)) e.ignore = true;
          else if (t.isFile() && t.nlink > 1 && !this.linkCache.get(`${t.dev}:${t.ino}`) && !this.sync) if (e === this[Te]) this[Di](e);
          else {
            let i = `${t.dev}:${t.ino}`, r = this[Dt].get(i);
            r ? r.push(e) : this[Dt].set(i, [e]), e.pendingLink = true, e.pending = true;
          }
          this[je]();
        }
        [mr](e) {
          e.pending = true, this[Q] += 1, Ii.default.readdir(e.absolute, (t, i) => {
            if (e.pending = false, this[Q] -= 1, t) return this.emit("error", t);
            this[Mi](e, i);
          });
        }
        [Mi](e, t) {
          this.readdirCache.set(e.absolute, t), e.readdir = t, this[je]();
        }
        [je]() {
          if (!this[Pt]) {
            this[Pt] = true;
            for (let e = this[X].head; e && this[Q] < this.jobs; e = e.next) if (this[Di](e.value), e.value.ignore) {
              let t = e.next;
              this[X].removeNode(e), e.next = t;
            }
            this[Pt] = false, this[Tt] && this[X].length === 0 && this[Q] === 0 && (this.zip ? this.zip.end(On) : (super.write(On), super.end()));
          }
        }
        get [Te]() {
          return this[X] && this[X].head && this[X].head.value;
        }
        [hr](e) {
          this[X].shift(), this[Q] -= 1;
          let { stat: t } = e;
          if (t && t.isFile() && t.nlink > 1) {
            let i = `${t.dev}:${t.ino}`, r = this[Dt].get(i);
            if (r) {
              this[Dt].delete(i);
              for (let n of r) n.pending = false, this[Di](n);
            }
          }
          this[je]();
        }
        [Di](e) {
          if (e.pending && e.pendingLink && e === this[Te] && (e.pending = false, e.pendingLink = false), !e.pending) {
            if (e.entry) {
              e === this[Te] && !e.piped && this[Li](e);
              return;
            }
            if (!e.stat) {
              let t = this.statCache.get(e.absolute);
              t ? this[Pi](e, t) : this[dr](e);
            }
            if (e.stat && !e.ignore) {
              if (!this.noDirRecurse && e.stat.isDirectory() && !e.readdir) {
                let t = this.readdirCache.get(e.absolute);
                if (t ? this[Mi](e, t) : this[mr](e), !e.readdir) return;
              }
              if (e.entry = this[Tn](e), !e.entry) {
                e.ignore = true;
                return;
              }
              e === this[Te] && !e.piped && this[Li](e);
            }
          }
        }
        [lr](e) {
          return { onwarn: (t, i, r) => this.warn(t, i, r), noPax: this.noPax, cwd: this.cwd, absolute: e.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
        }
        [Tn](e) {
          this[Q] += 1;
          try {
            return new this[Ai](e.path, this[lr](e)).on("end", () => this[hr](e)).on("error", (i) => this.emit("error", i));
          } catch (t) {
            this.emit("error", t);
          }
        }
        [cr]() {
          this[Te] && this[Te].entry && this[Te].entry.resume();
        }
        [Li](e) {
          e.piped = true, e.readdir && e.readdir.forEach((r) => {
            let n = e.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
            this[Ni](o + r);
          });
          let t = e.entry, i = this.zip;
          if (!t) throw new Error("cannot pipe without source");
          i ? t.on("data", (r) => {
            i.write(r) || t.pause();
          }) : t.on("data", (r) => {
            super.write(r) || t.pause();
          });
        }
        pause() {
          return this.zip && this.zip.pause(), super.pause();
        }
        warn(e, t, i = {}) {
          (0, vh.warnMethod)(this, e, t, i);
        }
      };
      L.Pack = Fi;
      var pr = class extends Fi {
        sync = true;
        constructor(e) {
          super(e), this[Ai] = fr.WriteEntrySync;
        }
        pause() {
        }
        resume() {
        }
        [dr](e) {
          let t = this.follow ? "statSync" : "lstatSync";
          this[Pi](e, Ii.default[t](e.absolute));
        }
        [mr](e) {
          this[Mi](e, Ii.default.readdirSync(e.absolute));
        }
        [Li](e) {
          let t = e.entry, i = this.zip;
          if (e.readdir && e.readdir.forEach((r) => {
            let n = e.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
            this[Ni](o + r);
          }), !t) throw new Error("Cannot pipe without source");
          i ? t.on("data", (r) => {
            i.write(r);
          }) : t.on("data", (r) => {
            super[Nn](r);
          });
        }
      };
      L.PackSync = pr;
    });
    var _r = d((ht) => {
      "use strict";
      var Th = ht && ht.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(ht, "__esModule", { value: true });
      ht.create = void 0;
      var Mn = Ke(), Ln = Th(__require("node:path")), An = rt(), Dh = Ve(), Bi = Ci(), Ph = (s, e) => {
        let t = new Bi.PackSync(s), i = new Mn.WriteStreamSync(s.file, { mode: s.mode || 438 });
        t.pipe(i), In(t, e);
      }, Nh = (s, e) => {
        let t = new Bi.Pack(s), i = new Mn.WriteStream(s.file, { mode: s.mode || 438 });
        t.pipe(i);
        let r = new Promise((n, o) => {
          i.on("error", o), i.on("close", n), t.on("error", o);
        });
        return Fn(t, e).catch((n) => t.emit("error", n)), r;
      }, In = (s, e) => {
        e.forEach((t) => {
          t.charAt(0) === "@" ? (0, An.list)({ file: Ln.default.resolve(s.cwd, t.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s.add(i) }) : s.add(t);
        }), s.end();
      }, Fn = async (s, e) => {
        for (let t of e) t.charAt(0) === "@" ? await (0, An.list)({ file: Ln.default.resolve(String(s.cwd), t.slice(1)), noResume: true, onReadEntry: (i) => {
          s.add(i);
        } }) : s.add(t);
        s.end();
      }, Mh = (s, e) => {
        let t = new Bi.PackSync(s);
        return In(t, e), t;
      }, Lh = (s, e) => {
        let t = new Bi.Pack(s);
        return Fn(t, e).catch((i) => t.emit("error", i)), t;
      };
      ht.create = (0, Dh.makeCommand)(Ph, Nh, Mh, Lh, (s, e) => {
        if (!e?.length) throw new TypeError("no paths specified to add to archive");
      });
    });
    var Wn = d((lt) => {
      "use strict";
      var Ah = lt && lt.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(lt, "__esModule", { value: true });
      lt.getWriteFlag = void 0;
      var zn = Ah(__require("fs")), Ih = process.env.__FAKE_PLATFORM__ || process.platform, kn = Ih === "win32", { O_CREAT: xn, O_NOFOLLOW: Cn, O_TRUNC: jn, O_WRONLY: Un } = zn.default.constants, qn = Number(process.env.__FAKE_FS_O_FILENAME__) || zn.default.constants.UV_FS_O_FILEMAP || 0, Fh = kn && !!qn, Ch = 512 * 1024, Bh = qn | jn | xn | Un, Bn = !kn && typeof Cn == "number" ? Cn | jn | xn | Un : null;
      lt.getWriteFlag = Bn !== null ? () => Bn : Fh ? (s) => s < Ch ? Bh : "w" : () => "w";
    });
    var Gn = d((le) => {
      "use strict";
      var Hn = le && le.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(le, "__esModule", { value: true });
      le.chownrSync = le.chownr = void 0;
      var ki = Hn(__require("node:fs")), Mt = Hn(__require("node:path")), wr = (s, e, t) => {
        try {
          return ki.default.lchownSync(s, e, t);
        } catch (i) {
          if (i?.code !== "ENOENT") throw i;
        }
      }, zi = (s, e, t, i) => {
        ki.default.lchown(s, e, t, (r) => {
          i(r && r?.code !== "ENOENT" ? r : null);
        });
      }, zh = (s, e, t, i, r) => {
        if (e.isDirectory()) (0, le.chownr)(Mt.default.resolve(s, e.name), t, i, (n) => {
          if (n) return r(n);
          let o = Mt.default.resolve(s, e.name);
          zi(o, t, i, r);
        });
        else {
          let n = Mt.default.resolve(s, e.name);
          zi(n, t, i, r);
        }
      }, kh = (s, e, t, i) => {
        ki.default.readdir(s, { withFileTypes: true }, (r, n) => {
          if (r) {
            if (r.code === "ENOENT") return i();
            if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i(r);
          }
          if (r || !n.length) return zi(s, e, t, i);
          let o = n.length, a = null, h = (l) => {
            if (!a) {
              if (l) return i(a = l);
              if (--o === 0) return zi(s, e, t, i);
            }
          };
          for (let l of n) zh(s, l, e, t, h);
        });
      };
      le.chownr = kh;
      var xh = (s, e, t, i) => {
        e.isDirectory() && (0, le.chownrSync)(Mt.default.resolve(s, e.name), t, i), wr(Mt.default.resolve(s, e.name), t, i);
      }, jh = (s, e, t) => {
        let i;
        try {
          i = ki.default.readdirSync(s, { withFileTypes: true });
        } catch (r) {
          let n = r;
          if (n?.code === "ENOENT") return;
          if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return wr(s, e, t);
          throw n;
        }
        for (let r of i) xh(s, r, e, t);
        return wr(s, e, t);
      };
      le.chownrSync = jh;
    });
    var Zn = d((xi) => {
      "use strict";
      Object.defineProperty(xi, "__esModule", { value: true });
      xi.CwdError = void 0;
      var yr = class extends Error {
        path;
        code;
        syscall = "chdir";
        constructor(e, t) {
          super(`${t}: Cannot cd into '${e}'`), this.path = e, this.code = t;
        }
        get name() {
          return "CwdError";
        }
      };
      xi.CwdError = yr;
    });
    var br = d((ji) => {
      "use strict";
      Object.defineProperty(ji, "__esModule", { value: true });
      ji.SymlinkError = void 0;
      var Er = class extends Error {
        path;
        symlink;
        syscall = "symlink";
        code = "TAR_SYMLINK_ERROR";
        constructor(e, t) {
          super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = e, this.path = t;
        }
        get name() {
          return "SymlinkError";
        }
      };
      ji.SymlinkError = Er;
    });
    var Xn = d((De) => {
      "use strict";
      var gr = De && De.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(De, "__esModule", { value: true });
      De.mkdirSync = De.mkdir = void 0;
      var Yn = Gn(), j = gr(__require("node:fs")), Uh = gr(__require("node:fs/promises")), Ui = gr(__require("node:path")), Kn = Zn(), _e = tt(), Vn = br(), qh = (s, e) => {
        j.default.stat(s, (t, i) => {
          (t || !i.isDirectory()) && (t = new Kn.CwdError(s, t?.code || "ENOTDIR")), e(t);
        });
      }, Wh = (s, e, t) => {
        s = (0, _e.normalizeWindowsPath)(s);
        let i = e.umask ?? 18, r = e.mode | 448, n = (r & i) !== 0, o = e.uid, a = e.gid, h = typeof o == "number" && typeof a == "number" && (o !== e.processUid || a !== e.processGid), l = e.preserve, c = e.unlink, u = (0, _e.normalizeWindowsPath)(e.cwd), b = (w, P) => {
          w ? t(w) : P && h ? (0, Yn.chownr)(P, o, a, (xt) => b(xt)) : n ? j.default.chmod(s, r, t) : t();
        };
        if (s === u) return qh(s, b);
        if (l) return Uh.default.mkdir(s, { mode: r, recursive: true }).then((w) => b(null, w ?? void 0), b);
        let A = (0, _e.normalizeWindowsPath)(Ui.default.relative(u, s)).split("/");
        Sr(u, A, r, c, u, void 0, b);
      };
      De.mkdir = Wh;
      var Sr = (s, e, t, i, r, n, o) => {
        if (e.length === 0) return o(null, n);
        let a = e.shift(), h = (0, _e.normalizeWindowsPath)(Ui.default.resolve(s + "/" + a));
        j.default.mkdir(h, t, $n(h, e, t, i, r, n, o));
      }, $n = (s, e, t, i, r, n, o) => (a) => {
        a ? j.default.lstat(s, (h, l) => {
          if (h) h.path = h.path && (0, _e.normalizeWindowsPath)(h.path), o(h);
          else if (l.isDirectory()) Sr(s, e, t, i, r, n, o);
          else if (i) j.default.unlink(s, (c) => {
            if (c) return o(c);
            j.default.mkdir(s, t, $n(s, e, t, i, r, n, o));
          });
          else {
            if (l.isSymbolicLink()) return o(new Vn.SymlinkError(s, s + "/" + e.join("/")));
            o(a);
          }
        }) : (n = n || s, Sr(s, e, t, i, r, n, o));
      }, Hh = (s) => {
        let e = false, t;
        try {
          e = j.default.statSync(s).isDirectory();
        } catch (i) {
          t = i?.code;
        } finally {
          if (!e) throw new Kn.CwdError(s, t ?? "ENOTDIR");
        }
      }, Gh = (s, e) => {
        s = (0, _e.normalizeWindowsPath)(s);
        let t = e.umask ?? 18, i = e.mode | 448, r = (i & t) !== 0, n = e.uid, o = e.gid, a = typeof n == "number" && typeof o == "number" && (n !== e.processUid || o !== e.processGid), h = e.preserve, l = e.unlink, c = (0, _e.normalizeWindowsPath)(e.cwd), u = (w) => {
          w && a && (0, Yn.chownrSync)(w, n, o), r && j.default.chmodSync(s, i);
        };
        if (s === c) return Hh(c), u();
        if (h) return u(j.default.mkdirSync(s, { mode: i, recursive: true }) ?? void 0);
        let D = (0, _e.normalizeWindowsPath)(Ui.default.relative(c, s)).split("/"), A;
        for (let w = D.shift(), P = c; w && (P += "/" + w); w = D.shift()) {
          P = (0, _e.normalizeWindowsPath)(Ui.default.resolve(P));
          try {
            j.default.mkdirSync(P, i), A = A || P;
          } catch {
            let xt = j.default.lstatSync(P);
            if (xt.isDirectory()) continue;
            if (l) {
              j.default.unlinkSync(P), j.default.mkdirSync(P, i), A = A || P;
              continue;
            } else if (xt.isSymbolicLink()) return new Vn.SymlinkError(P, P + "/" + D.join("/"));
          }
        }
        return u(A);
      };
      De.mkdirSync = Gh;
    });
    var Jn = d((qi) => {
      "use strict";
      Object.defineProperty(qi, "__esModule", { value: true });
      qi.normalizeUnicode = void 0;
      var Rr = /* @__PURE__ */ Object.create(null), Qn = 1e4, ct = /* @__PURE__ */ new Set(), Zh = (s) => {
        ct.has(s) ? ct.delete(s) : Rr[s] = s.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"), ct.add(s);
        let e = Rr[s], t = ct.size - Qn;
        if (t > Qn / 10) {
          for (let i of ct) if (ct.delete(i), delete Rr[i], --t <= 0) break;
        }
        return e;
      };
      qi.normalizeUnicode = Zh;
    });
    var to = d((Wi) => {
      "use strict";
      Object.defineProperty(Wi, "__esModule", { value: true });
      Wi.PathReservations = void 0;
      var eo = __require("node:path"), Yh = Jn(), Kh = yi(), Vh = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform, $h = Vh === "win32", Xh = (s) => s.split("/").slice(0, -1).reduce((t, i) => {
        let r = t.at(-1);
        return r !== void 0 && (i = (0, eo.join)(r, i)), t.push(i || "/"), t;
      }, []), Or = class {
        #e = /* @__PURE__ */ new Map();
        #i = /* @__PURE__ */ new Map();
        #s = /* @__PURE__ */ new Set();
        reserve(e, t) {
          e = $h ? ["win32 parallelization disabled"] : e.map((r) => (0, Kh.stripTrailingSlashes)((0, eo.join)((0, Yh.normalizeUnicode)(r))));
          let i = new Set(e.map((r) => Xh(r)).reduce((r, n) => r.concat(n)));
          this.#i.set(t, { dirs: i, paths: e });
          for (let r of e) {
            let n = this.#e.get(r);
            n ? n.push(t) : this.#e.set(r, [t]);
          }
          for (let r of i) {
            let n = this.#e.get(r);
            if (!n) this.#e.set(r, [/* @__PURE__ */ new Set([t])]);
            else {
              let o = n.at(-1);
              o instanceof Set ? o.add(t) : n.push(/* @__PURE__ */ new Set([t]));
            }
          }
          return this.#r(t);
        }
        #n(e) {
          let t = this.#i.get(e);
          if (!t) throw new Error("function does not have any path reservations");
          return { paths: t.paths.map((i) => this.#e.get(i)), dirs: [...t.dirs].map((i) => this.#e.get(i)) };
        }
        check(e) {
          let { paths: t, dirs: i } = this.#n(e);
          return t.every((r) => r && r[0] === e) && i.every((r) => r && r[0] instanceof Set && r[0].has(e));
        }
        #r(e) {
          return this.#s.has(e) || !this.check(e) ? false : (this.#s.add(e), e(() => this.#t(e)), true);
        }
        #t(e) {
          if (!this.#s.has(e)) return false;
          let t = this.#i.get(e);
          if (!t) throw new Error("invalid reservation");
          let { paths: i, dirs: r } = t, n = /* @__PURE__ */ new Set();
          for (let o of i) {
            let a = this.#e.get(o);
            if (!a || a?.[0] !== e) continue;
            let h = a[1];
            if (!h) {
              this.#e.delete(o);
              continue;
            }
            if (a.shift(), typeof h == "function") n.add(h);
            else for (let l of h) n.add(l);
          }
          for (let o of r) {
            let a = this.#e.get(o), h = a?.[0];
            if (!(!a || !(h instanceof Set))) if (h.size === 1 && a.length === 1) {
              this.#e.delete(o);
              continue;
            } else if (h.size === 1) {
              a.shift();
              let l = a[0];
              typeof l == "function" && n.add(l);
            } else h.delete(e);
          }
          return this.#s.delete(e), n.forEach((o) => this.#r(o)), true;
        }
      };
      Wi.PathReservations = Or;
    });
    var io = d((Hi) => {
      "use strict";
      Object.defineProperty(Hi, "__esModule", { value: true });
      Hi.umask = void 0;
      var Qh = () => process.umask();
      Hi.umask = Qh;
    });
    var Cr = d((k) => {
      "use strict";
      var Jh = k && k.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), el = k && k.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), fo = k && k.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && Jh(t, e, i[r]);
          return el(t, e), t;
        };
      })(), Fr = k && k.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(k, "__esModule", { value: true });
      k.UnpackSync = k.Unpack = void 0;
      var tl = fo(Ke()), il = Fr(__require("node:assert")), mo = __require("node:crypto"), m = Fr(__require("node:fs")), g = Fr(__require("node:path")), po = Wn(), _o = Xn(), U = tt(), sl = _i(), rl = Zs(), so = fo(Ks()), nl = to(), wo = br(), ol = io(), ro = /* @__PURE__ */ Symbol("onEntry"), Pr = /* @__PURE__ */ Symbol("checkFs"), no = /* @__PURE__ */ Symbol("checkFs2"), Nr = /* @__PURE__ */ Symbol("isReusable"), G = /* @__PURE__ */ Symbol("makeFs"), Mr = /* @__PURE__ */ Symbol("file"), Lr = /* @__PURE__ */ Symbol("directory"), Zi = /* @__PURE__ */ Symbol("link"), oo = /* @__PURE__ */ Symbol("symlink"), ao = /* @__PURE__ */ Symbol("hardlink"), At = /* @__PURE__ */ Symbol("ensureNoSymlink"), ho = /* @__PURE__ */ Symbol("unsupported"), lo = /* @__PURE__ */ Symbol("checkPath"), vr = /* @__PURE__ */ Symbol("stripAbsolutePath"), Pe = /* @__PURE__ */ Symbol("mkdir"), T = /* @__PURE__ */ Symbol("onError"), Gi = /* @__PURE__ */ Symbol("pending"), co = /* @__PURE__ */ Symbol("pend"), ut = /* @__PURE__ */ Symbol("unpend"), Tr = /* @__PURE__ */ Symbol("ended"), Dr = /* @__PURE__ */ Symbol("maybeClose"), Ar = /* @__PURE__ */ Symbol("skip"), It = /* @__PURE__ */ Symbol("doChown"), Ft = /* @__PURE__ */ Symbol("uid"), Ct = /* @__PURE__ */ Symbol("gid"), Bt = /* @__PURE__ */ Symbol("checkedCwd"), al = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform, zt = al === "win32", hl = 1024, ll = (s, e) => {
        if (!zt) return m.default.unlink(s, e);
        let t = s + ".DELETE." + (0, mo.randomBytes)(16).toString("hex");
        m.default.rename(s, t, (i) => {
          if (i) return e(i);
          m.default.unlink(t, e);
        });
      }, cl = (s) => {
        if (!zt) return m.default.unlinkSync(s);
        let e = s + ".DELETE." + (0, mo.randomBytes)(16).toString("hex");
        m.default.renameSync(s, e), m.default.unlinkSync(e);
      }, uo = (s, e, t) => s !== void 0 && s === s >>> 0 ? s : e !== void 0 && e === e >>> 0 ? e : t, Yi = class extends sl.Parser {
        [Tr] = false;
        [Bt] = false;
        [Gi] = 0;
        reservations = new nl.PathReservations();
        transform;
        writable = true;
        readable = false;
        uid;
        gid;
        setOwner;
        preserveOwner;
        processGid;
        processUid;
        maxDepth;
        forceChown;
        win32;
        newer;
        keep;
        noMtime;
        preservePaths;
        unlink;
        cwd;
        strip;
        processUmask;
        umask;
        dmode;
        fmode;
        chmod;
        constructor(e = {}) {
          if (e.ondone = () => {
            this[Tr] = true, this[Dr]();
          }, super(e), this.transform = e.transform, this.chmod = !!e.chmod, typeof e.uid == "number" || typeof e.gid == "number") {
            if (typeof e.uid != "number" || typeof e.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
            if (e.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
            this.uid = e.uid, this.gid = e.gid, this.setOwner = true;
          } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
          this.preserveOwner = e.preserveOwner === void 0 && typeof e.uid != "number" ? process.getuid?.() === 0 : !!e.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof e.maxDepth == "number" ? e.maxDepth : hl, this.forceChown = e.forceChown === true, this.win32 = !!e.win32 || zt, this.newer = !!e.newer, this.keep = !!e.keep, this.noMtime = !!e.noMtime, this.preservePaths = !!e.preservePaths, this.unlink = !!e.unlink, this.cwd = (0, U.normalizeWindowsPath)(g.default.resolve(e.cwd || process.cwd())), this.strip = Number(e.strip) || 0, this.processUmask = this.chmod ? typeof e.processUmask == "number" ? e.processUmask : (0, ol.umask)() : 0, this.umask = typeof e.umask == "number" ? e.umask : this.processUmask, this.dmode = e.dmode || 511 & ~this.umask, this.fmode = e.fmode || 438 & ~this.umask, this.on("entry", (t) => this[ro](t));
        }
        warn(e, t, i = {}) {
          return (e === "TAR_BAD_ARCHIVE" || e === "TAR_ABORT") && (i.recoverable = false), super.warn(e, t, i);
        }
        [Dr]() {
          this[Tr] && this[Gi] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
        }
        [vr](e, t) {
          let i = e[t], { type: r } = e;
          if (!i || this.preservePaths) return true;
          let [n, o] = (0, rl.stripAbsolutePath)(i), a = o.replaceAll(/\\/g, "/").split("/");
          if (a.includes("..") || zt && /^[a-z]:\.\.$/i.test(a[0] ?? "")) {
            if (t === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${t} contains '..'`, { entry: e, [t]: i }), false;
            let h = g.default.posix.dirname(e.path), l = g.default.posix.normalize(g.default.posix.join(h, a.join("/")));
            if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${t} escapes extraction directory`, { entry: e, [t]: i }), false;
          }
          return n && (e[t] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${t}`, { entry: e, [t]: i })), true;
        }
        [lo](e) {
          let t = (0, U.normalizeWindowsPath)(e.path), i = t.split("/");
          if (this.strip) {
            if (i.length < this.strip) return false;
            if (e.type === "Link") {
              let r = (0, U.normalizeWindowsPath)(String(e.linkpath)).split("/");
              if (r.length >= this.strip) e.linkpath = r.slice(this.strip).join("/");
              else return false;
            }
            i.splice(0, this.strip), e.path = i.join("/");
          }
          if (isFinite(this.maxDepth) && i.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: e, path: t, depth: i.length, maxDepth: this.maxDepth }), false;
          if (!this[vr](e, "path") || !this[vr](e, "linkpath")) return false;
          if (e.absolute = g.default.isAbsolute(e.path) ? (0, U.normalizeWindowsPath)(g.default.resolve(e.path)) : (0, U.normalizeWindowsPath)(g.default.resolve(this.cwd, e.path)), !this.preservePaths && typeof e.absolute == "string" && e.absolute.indexOf(this.cwd + "/") !== 0 && e.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: e, path: (0, U.normalizeWindowsPath)(e.path), resolvedPath: e.absolute, cwd: this.cwd }), false;
          if (e.absolute === this.cwd && e.type !== "Directory" && e.type !== "GNUDumpDir") return false;
          if (this.win32) {
            let { root: r } = g.default.win32.parse(String(e.absolute));
            e.absolute = r + so.encode(String(e.absolute).slice(r.length));
            let { root: n } = g.default.win32.parse(e.path);
            e.path = n + so.encode(e.path.slice(n.length));
          }
          return true;
        }
        [ro](e) {
          if (!this[lo](e)) return e.resume();
          switch (il.default.equal(typeof e.absolute, "string"), e.type) {
            case "Directory":
            case "GNUDumpDir":
              e.mode && (e.mode = e.mode | 448);
            case "File":
            case "OldFile":
            case "ContiguousFile":
            case "Link":
            case "SymbolicLink":
              return this[Pr](e);
            default:
              return this[ho](e);
          }
        }
        [T](e, t) {
          e.name === "CwdError" ? this.emit("error", e) : (this.warn("TAR_ENTRY_ERROR", e, { entry: t }), this[ut](), t.resume());
        }
        [Pe](e, t, i) {
          (0, _o.mkdir)((0, U.normalizeWindowsPath)(e), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: t }, i);
        }
        [It](e) {
          return this.forceChown || this.preserveOwner && (typeof e.uid == "number" && e.uid !== this.processUid || typeof e.gid == "number" && e.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
        }
        [Ft](e) {
          return uo(this.uid, e.uid, this.processUid);
        }
        [Ct](e) {
          return uo(this.gid, e.gid, this.processGid);
        }
        [Mr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.fmode, r = new tl.WriteStream(String(e.absolute), { flags: (0, po.getWriteFlag)(e.size), mode: i, autoClose: false });
          r.on("error", (h) => {
            r.fd && m.default.close(r.fd, () => {
            }), r.write = () => true, this[T](h, e), t();
          });
          let n = 1, o = (h) => {
            if (h) {
              r.fd && m.default.close(r.fd, () => {
              }), this[T](h, e), t();
              return;
            }
            --n === 0 && r.fd !== void 0 && m.default.close(r.fd, (l) => {
              l ? this[T](l, e) : this[ut](), t();
            });
          };
          r.on("finish", () => {
            let h = String(e.absolute), l = r.fd;
            if (typeof l == "number" && e.mtime && !this.noMtime) {
              n++;
              let c = e.atime || /* @__PURE__ */ new Date(), u = e.mtime;
              m.default.futimes(l, c, u, (b) => b ? m.default.utimes(h, c, u, (D) => o(D && b)) : o());
            }
            if (typeof l == "number" && this[It](e)) {
              n++;
              let c = this[Ft](e), u = this[Ct](e);
              typeof c == "number" && typeof u == "number" && m.default.fchown(l, c, u, (b) => b ? m.default.chown(h, c, u, (D) => o(D && b)) : o());
            }
            o();
          });
          let a = this.transform && this.transform(e) || e;
          a !== e && (a.on("error", (h) => {
            this[T](h, e), t();
          }), e.pipe(a)), a.pipe(r);
        }
        [Lr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.dmode;
          this[Pe](String(e.absolute), i, (r) => {
            if (r) {
              this[T](r, e), t();
              return;
            }
            let n = 1, o = () => {
              --n === 0 && (t(), this[ut](), e.resume());
            };
            e.mtime && !this.noMtime && (n++, m.default.utimes(String(e.absolute), e.atime || /* @__PURE__ */ new Date(), e.mtime, o)), this[It](e) && (n++, m.default.chown(String(e.absolute), Number(this[Ft](e)), Number(this[Ct](e)), o)), o();
          });
        }
        [ho](e) {
          e.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${e.type}`, { entry: e }), e.resume();
        }
        [oo](e, t) {
          let i = (0, U.normalizeWindowsPath)(g.default.relative(this.cwd, g.default.resolve(g.default.dirname(String(e.absolute)), String(e.linkpath)))).split("/");
          this[At](e, this.cwd, i, () => this[Zi](e, String(e.linkpath), "symlink", t), (r) => {
            this[T](r, e), t();
          });
        }
        [ao](e, t) {
          let i = (0, U.normalizeWindowsPath)(g.default.resolve(this.cwd, String(e.linkpath))), r = (0, U.normalizeWindowsPath)(String(e.linkpath)).split("/");
          this[At](e, this.cwd, r, () => this[Zi](e, i, "link", t), (n) => {
            this[T](n, e), t();
          });
        }
        [At](e, t, i, r, n) {
          let o = i.shift();
          if (this.preservePaths || o === void 0) return r();
          let a = g.default.resolve(t, o);
          m.default.lstat(a, (h, l) => {
            if (h) return r();
            if (l?.isSymbolicLink()) return n(new wo.SymlinkError(a, g.default.resolve(a, i.join("/"))));
            this[At](e, a, i, r, n);
          });
        }
        [co]() {
          this[Gi]++;
        }
        [ut]() {
          this[Gi]--, this[Dr]();
        }
        [Ar](e) {
          this[ut](), e.resume();
        }
        [Nr](e, t) {
          return e.type === "File" && !this.unlink && t.isFile() && t.nlink <= 1 && !zt;
        }
        [Pr](e) {
          this[co]();
          let t = [e.path];
          e.linkpath && t.push(e.linkpath), this.reservations.reserve(t, (i) => this[no](e, i));
        }
        [no](e, t) {
          let i = (a) => {
            t(a);
          }, r = () => {
            this[Pe](this.cwd, this.dmode, (a) => {
              if (a) {
                this[T](a, e), i();
                return;
              }
              this[Bt] = true, n();
            });
          }, n = () => {
            if (e.absolute !== this.cwd) {
              let a = (0, U.normalizeWindowsPath)(g.default.dirname(String(e.absolute)));
              if (a !== this.cwd) return this[Pe](a, this.dmode, (h) => {
                if (h) {
                  this[T](h, e), i();
                  return;
                }
                o();
              });
            }
            o();
          }, o = () => {
            m.default.lstat(String(e.absolute), (a, h) => {
              if (h && (this.keep || this.newer && h.mtime > (e.mtime ?? h.mtime))) {
                this[Ar](e), i();
                return;
              }
              if (a || this[Nr](e, h)) return this[G](null, e, i);
              if (h.isDirectory()) {
                if (e.type === "Directory") {
                  let l = this.chmod && e.mode && (h.mode & 4095) !== e.mode, c = (u) => this[G](u ?? null, e, i);
                  return l ? m.default.chmod(String(e.absolute), Number(e.mode), c) : c();
                }
                if (e.absolute !== this.cwd) return m.default.rmdir(String(e.absolute), (l) => this[G](l ?? null, e, i));
              }
              if (e.absolute === this.cwd) return this[G](null, e, i);
              ll(String(e.absolute), (l) => this[G](l ?? null, e, i));
            });
          };
          this[Bt] ? n() : r();
        }
        [G](e, t, i) {
          if (e) {
            this[T](e, t), i();
            return;
          }
          switch (t.type) {
            case "File":
            case "OldFile":
            case "ContiguousFile":
              return this[Mr](t, i);
            case "Link":
              return this[ao](t, i);
            case "SymbolicLink":
              return this[oo](t, i);
            case "Directory":
            case "GNUDumpDir":
              return this[Lr](t, i);
          }
        }
        [Zi](e, t, i, r) {
          m.default[i](t, String(e.absolute), (n) => {
            n ? this[T](n, e) : (this[ut](), e.resume()), r();
          });
        }
      };
      k.Unpack = Yi;
      var Lt = (s) => {
        try {
          return [null, s()];
        } catch (e) {
          return [e, null];
        }
      }, Ir = class extends Yi {
        sync = true;
        [G](e, t) {
          return super[G](e, t, () => {
          });
        }
        [Pr](e) {
          if (!this[Bt]) {
            let n = this[Pe](this.cwd, this.dmode);
            if (n) return this[T](n, e);
            this[Bt] = true;
          }
          if (e.absolute !== this.cwd) {
            let n = (0, U.normalizeWindowsPath)(g.default.dirname(String(e.absolute)));
            if (n !== this.cwd) {
              let o = this[Pe](n, this.dmode);
              if (o) return this[T](o, e);
            }
          }
          let [t, i] = Lt(() => m.default.lstatSync(String(e.absolute)));
          if (i && (this.keep || this.newer && i.mtime > (e.mtime ?? i.mtime))) return this[Ar](e);
          if (t || this[Nr](e, i)) return this[G](null, e);
          if (i.isDirectory()) {
            if (e.type === "Directory") {
              let o = this.chmod && e.mode && (i.mode & 4095) !== e.mode, [a] = o ? Lt(() => {
                m.default.chmodSync(String(e.absolute), Number(e.mode));
              }) : [];
              return this[G](a, e);
            }
            let [n] = Lt(() => m.default.rmdirSync(String(e.absolute)));
            this[G](n, e);
          }
          let [r] = e.absolute === this.cwd ? [] : Lt(() => cl(String(e.absolute)));
          this[G](r, e);
        }
        [Mr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.fmode, r = (a) => {
            let h;
            try {
              m.default.closeSync(n);
            } catch (l) {
              h = l;
            }
            (a || h) && this[T](a || h, e), t();
          }, n;
          try {
            n = m.default.openSync(String(e.absolute), (0, po.getWriteFlag)(e.size), i);
          } catch (a) {
            return r(a);
          }
          let o = this.transform && this.transform(e) || e;
          o !== e && (o.on("error", (a) => this[T](a, e)), e.pipe(o)), o.on("data", (a) => {
            try {
              m.default.writeSync(n, a, 0, a.length);
            } catch (h) {
              r(h);
            }
          }), o.on("end", () => {
            let a = null;
            if (e.mtime && !this.noMtime) {
              let h = e.atime || /* @__PURE__ */ new Date(), l = e.mtime;
              try {
                m.default.futimesSync(n, h, l);
              } catch (c) {
                try {
                  m.default.utimesSync(String(e.absolute), h, l);
                } catch {
                  a = c;
                }
              }
            }
            if (this[It](e)) {
              let h = this[Ft](e), l = this[Ct](e);
              try {
                m.default.fchownSync(n, Number(h), Number(l));
              } catch (c) {
                try {
                  m.default.chownSync(String(e.absolute), Number(h), Number(l));
                } catch {
                  a = a || c;
                }
              }
            }
            r(a);
          });
        }
        [Lr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.dmode, r = this[Pe](String(e.absolute), i);
          if (r) {
            this[T](r, e), t();
            return;
          }
          if (e.mtime && !this.noMtime) try {
            m.default.utimesSync(String(e.absolute), e.atime || /* @__PURE__ */ new Date(), e.mtime);
          } catch {
          }
          if (this[It](e)) try {
            m.default.chownSync(String(e.absolute), Number(this[Ft](e)), Number(this[Ct](e)));
          } catch {
          }
          t(), e.resume();
        }
        [Pe](e, t) {
          try {
            return (0, _o.mkdirSync)((0, U.normalizeWindowsPath)(e), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: t });
          } catch (i) {
            return i;
          }
        }
        [At](e, t, i, r, n) {
          if (this.preservePaths || i.length === 0) return r();
          let o = t;
          for (let a of i) {
            o = g.default.resolve(o, a);
            let [h, l] = Lt(() => m.default.lstatSync(o));
            if (h) return r();
            if (l.isSymbolicLink()) return n(new wo.SymlinkError(o, g.default.resolve(t, i.join("/"))));
          }
          r();
        }
        [Zi](e, t, i, r) {
          let n = `${i}Sync`;
          try {
            m.default[n](t, String(e.absolute)), r(), e.resume();
          } catch (o) {
            return this[T](o, e);
          }
        }
      };
      k.UnpackSync = Ir;
    });
    var Br = d((Z) => {
      "use strict";
      var ul = Z && Z.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), fl = Z && Z.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), dl = Z && Z.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ul(t, e, i[r]);
          return fl(t, e), t;
        };
      })(), ml = Z && Z.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(Z, "__esModule", { value: true });
      Z.extract = void 0;
      var yo = dl(Ke()), Eo = ml(__require("node:fs")), pl = rt(), _l = Ve(), Ki = Cr(), wl = (s) => {
        let e = new Ki.UnpackSync(s), t = s.file, i = Eo.default.statSync(t), r = s.maxReadSize || 16 * 1024 * 1024;
        new yo.ReadStreamSync(t, { readSize: r, size: i.size }).pipe(e);
      }, yl = (s, e) => {
        let t = new Ki.Unpack(s), i = s.maxReadSize || 16 * 1024 * 1024, r = s.file;
        return new Promise((o, a) => {
          t.on("error", a), t.on("close", o), Eo.default.stat(r, (h, l) => {
            if (h) a(h);
            else {
              let c = new yo.ReadStream(r, { readSize: i, size: l.size });
              c.on("error", a), c.pipe(t);
            }
          });
        });
      };
      Z.extract = (0, _l.makeCommand)(wl, yl, (s) => new Ki.UnpackSync(s), (s) => new Ki.Unpack(s), (s, e) => {
        e?.length && (0, pl.filesFilter)(s, e);
      });
    });
    var Vi = d((ft) => {
      "use strict";
      var bo = ft && ft.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(ft, "__esModule", { value: true });
      ft.replace = void 0;
      var So = Ke(), q = bo(__require("node:fs")), go = bo(__require("node:path")), Ro = et(), Oo = rt(), El = Ve(), bl = Qt(), vo = Ci(), Sl = (s, e) => {
        let t = new vo.PackSync(s), i = true, r, n;
        try {
          try {
            r = q.default.openSync(s.file, "r+");
          } catch (h) {
            if (h?.code === "ENOENT") r = q.default.openSync(s.file, "w+");
            else throw h;
          }
          let o = q.default.fstatSync(r), a = Buffer.alloc(512);
          e: for (n = 0; n < o.size; n += 512) {
            for (let c = 0, u = 0; c < 512; c += u) {
              if (u = q.default.readSync(r, a, c, a.length - c, n + c), n === 0 && a[0] === 31 && a[1] === 139) throw new Error("cannot append to compressed archives");
              if (!u) break e;
            }
            let h = new Ro.Header(a);
            if (!h.cksumValid) break;
            let l = 512 * Math.ceil((h.size || 0) / 512);
            if (n + l + 512 > o.size) break;
            n += l, s.mtimeCache && h.mtime && s.mtimeCache.set(String(h.path), h.mtime);
          }
          i = false, gl(s, t, n, r, e);
        } finally {
          if (i) try {
            q.default.closeSync(r);
          } catch {
          }
        }
      }, gl = (s, e, t, i, r) => {
        let n = new So.WriteStreamSync(s.file, { fd: i, start: t });
        e.pipe(n), Ol(e, r);
      }, Rl = (s, e) => {
        e = Array.from(e);
        let t = new vo.Pack(s), i = (n, o, a) => {
          let h = (D, A) => {
            D ? q.default.close(n, (w) => a(D)) : a(null, A);
          }, l = 0;
          if (o === 0) return h(null, 0);
          let c = 0, u = Buffer.alloc(512), b = (D, A) => {
            if (D || A === void 0) return h(D);
            if (c += A, c < 512 && A) return q.default.read(n, u, c, u.length - c, l + c, b);
            if (l === 0 && u[0] === 31 && u[1] === 139) return h(new Error("cannot append to compressed archives"));
            if (c < 512) return h(null, l);
            let w = new Ro.Header(u);
            if (!w.cksumValid) return h(null, l);
            let P = 512 * Math.ceil((w.size ?? 0) / 512);
            if (l + P + 512 > o || (l += P + 512, l >= o)) return h(null, l);
            s.mtimeCache && w.mtime && s.mtimeCache.set(String(w.path), w.mtime), c = 0, q.default.read(n, u, 0, 512, l, b);
          };
          q.default.read(n, u, 0, 512, l, b);
        };
        return new Promise((n, o) => {
          t.on("error", o);
          let a = "r+", h = (l, c) => {
            if (l && l.code === "ENOENT" && a === "r+") return a = "w+", q.default.open(s.file, a, h);
            if (l || !c) return o(l);
            q.default.fstat(c, (u, b) => {
              if (u) return q.default.close(c, () => o(u));
              i(c, b.size, (D, A) => {
                if (D) return o(D);
                let w = new So.WriteStream(s.file, { fd: c, start: A });
                t.pipe(w), w.on("error", o), w.on("close", n), vl(t, e);
              });
            });
          };
          q.default.open(s.file, a, h);
        });
      }, Ol = (s, e) => {
        e.forEach((t) => {
          t.charAt(0) === "@" ? (0, Oo.list)({ file: go.default.resolve(s.cwd, t.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s.add(i) }) : s.add(t);
        }), s.end();
      }, vl = async (s, e) => {
        for (let t of e) t.charAt(0) === "@" ? await (0, Oo.list)({ file: go.default.resolve(String(s.cwd), t.slice(1)), noResume: true, onReadEntry: (i) => s.add(i) }) : s.add(t);
        s.end();
      };
      ft.replace = (0, El.makeCommand)(Sl, Rl, () => {
        throw new TypeError("file is required");
      }, () => {
        throw new TypeError("file is required");
      }, (s, e) => {
        if (!(0, bl.isFile)(s)) throw new TypeError("file is required");
        if (s.gzip || s.brotli || s.zstd || s.file.endsWith(".br") || s.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
        if (!e?.length) throw new TypeError("no paths specified to add/replace");
      });
    });
    var zr = d(($i) => {
      "use strict";
      Object.defineProperty($i, "__esModule", { value: true });
      $i.update = void 0;
      var Tl = Ve(), kt = Vi();
      $i.update = (0, Tl.makeCommand)(kt.replace.syncFile, kt.replace.asyncFile, kt.replace.syncNoFile, kt.replace.asyncNoFile, (s, e = []) => {
        kt.replace.validate?.(s, e), Dl(s);
      });
      var Dl = (s) => {
        let e = s.filter;
        s.mtimeCache || (s.mtimeCache = /* @__PURE__ */ new Map()), s.filter = e ? (t, i) => e(t, i) && !((s.mtimeCache?.get(t) ?? i.mtime ?? 0) > (i.mtime ?? 0)) : (t, i) => !((s.mtimeCache?.get(t) ?? i.mtime ?? 0) > (i.mtime ?? 0));
      };
    });
    var To = exports && exports.__createBinding || (Object.create ? (function(s, e, t, i) {
      i === void 0 && (i = t);
      var r = Object.getOwnPropertyDescriptor(e, t);
      (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
        return e[t];
      } }), Object.defineProperty(s, i, r);
    }) : (function(s, e, t, i) {
      i === void 0 && (i = t), s[i] = e[t];
    }));
    var Pl = exports && exports.__setModuleDefault || (Object.create ? (function(s, e) {
      Object.defineProperty(s, "default", { enumerable: true, value: e });
    }) : function(s, e) {
      s.default = e;
    });
    var Y = exports && exports.__exportStar || function(s, e) {
      for (var t in s) t !== "default" && !Object.prototype.hasOwnProperty.call(e, t) && To(e, s, t);
    };
    var Nl = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var s = function(e) {
        return s = Object.getOwnPropertyNames || function(t) {
          var i = [];
          for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
          return i;
        }, s(e);
      };
      return function(e) {
        if (e && e.__esModule) return e;
        var t = {};
        if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && To(t, e, i[r]);
        return Pl(t, e), t;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.u = exports.types = exports.r = exports.t = exports.x = exports.c = void 0;
    Y(_r(), exports);
    var Ml = _r();
    Object.defineProperty(exports, "c", { enumerable: true, get: function() {
      return Ml.create;
    } });
    Y(Br(), exports);
    var Ll = Br();
    Object.defineProperty(exports, "x", { enumerable: true, get: function() {
      return Ll.extract;
    } });
    Y(et(), exports);
    Y(rt(), exports);
    var Al = rt();
    Object.defineProperty(exports, "t", { enumerable: true, get: function() {
      return Al.list;
    } });
    Y(Ci(), exports);
    Y(_i(), exports);
    Y(si(), exports);
    Y(Cs(), exports);
    Y(Vi(), exports);
    var Il = Vi();
    Object.defineProperty(exports, "r", { enumerable: true, get: function() {
      return Il.replace;
    } });
    exports.types = Nl(Ns());
    Y(Cr(), exports);
    Y(zr(), exports);
    var Fl = zr();
    Object.defineProperty(exports, "u", { enumerable: true, get: function() {
      return Fl.update;
    } });
    Y(nr(), exports);
  }
});

// node_modules/pacote/lib/util/protected.js
var require_protected = __commonJS({
  "node_modules/pacote/lib/util/protected.js"(exports, module) {
    module.exports = {
      cacheFetches: /* @__PURE__ */ Symbol.for("pacote.Fetcher._cacheFetches"),
      readPackageJson: /* @__PURE__ */ Symbol.for("package.Fetcher._readPackageJson"),
      tarballFromResolved: /* @__PURE__ */ Symbol.for("pacote.Fetcher._tarballFromResolved")
    };
  }
});

// node_modules/pacote/lib/util/cache-dir.js
var require_cache_dir = __commonJS({
  "node_modules/pacote/lib/util/cache-dir.js"(exports, module) {
    var { resolve } = __require("node:path");
    var { tmpdir, homedir } = __require("node:os");
    module.exports = (fakePlatform = false) => {
      const temp = tmpdir();
      const uidOrPid = process.getuid ? process.getuid() : process.pid;
      const home = homedir() || resolve(temp, "npm-" + uidOrPid);
      const platform = fakePlatform || process.platform;
      const cacheExtra = platform === "win32" ? "npm-cache" : ".npm";
      const cacheRoot = platform === "win32" && process.env.LOCALAPPDATA || home;
      return {
        cacache: resolve(cacheRoot, cacheExtra, "_cacache"),
        tufcache: resolve(cacheRoot, cacheExtra, "_tuf")
      };
    };
  }
});

// node_modules/pacote/lib/util/is-package-bin.js
var require_is_package_bin = __commonJS({
  "node_modules/pacote/lib/util/is-package-bin.js"(exports, module) {
    var binObj = (name, bin) => typeof bin === "string" ? { [name]: bin } : bin;
    var hasBin = (pkg, path) => {
      const bin = binObj(pkg.name, pkg.bin);
      const p = path.replace(/^[^\\/]*\//, "");
      for (const kv of Object.entries(bin)) {
        if (kv[1] === p) {
          return true;
        }
      }
      return false;
    };
    module.exports = (pkg, path) => pkg && pkg.bin ? hasBin(pkg, path) : false;
  }
});

// node_modules/pacote/lib/util/trailing-slashes.js
var require_trailing_slashes = __commonJS({
  "node_modules/pacote/lib/util/trailing-slashes.js"(exports, module) {
    var removeTrailingSlashes = (input) => {
      let output = input;
      while (output.endsWith("/")) {
        output = output.slice(0, -1);
      }
      return output;
    };
    module.exports = removeTrailingSlashes;
  }
});

// node_modules/ignore-walk/lib/index.js
var require_lib14 = __commonJS({
  "node_modules/ignore-walk/lib/index.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var path = __require("path");
    var EE = __require("events").EventEmitter;
    var Minimatch = require_commonjs().Minimatch;
    var Walker = class _Walker extends EE {
      constructor(opts) {
        opts = opts || {};
        super(opts);
        this.isSymbolicLink = opts.isSymbolicLink;
        this.path = opts.path || process.cwd();
        this.basename = path.basename(this.path);
        this.ignoreFiles = opts.ignoreFiles || [".ignore"];
        this.ignoreRules = {};
        this.parent = opts.parent || null;
        this.includeEmpty = !!opts.includeEmpty;
        this.root = this.parent ? this.parent.root : this.path;
        this.follow = !!opts.follow;
        this.result = this.parent ? this.parent.result : /* @__PURE__ */ new Set();
        this.entries = null;
        this.sawError = false;
        this.exact = opts.exact;
      }
      sort(a, b) {
        return a.localeCompare(b, "en");
      }
      emit(ev, data) {
        let ret = false;
        if (!(this.sawError && ev === "error")) {
          if (ev === "error") {
            this.sawError = true;
          } else if (ev === "done" && !this.parent) {
            data = Array.from(data).map((e) => /^@/.test(e) ? `./${e}` : e).sort(this.sort);
            this.result = data;
          }
          if (ev === "error" && this.parent) {
            ret = this.parent.emit("error", data);
          } else {
            ret = super.emit(ev, data);
          }
        }
        return ret;
      }
      start() {
        fs.readdir(this.path, (er, entries) => er ? this.emit("error", er) : this.onReaddir(entries));
        return this;
      }
      isIgnoreFile(e) {
        return e !== "." && e !== ".." && this.ignoreFiles.indexOf(e) !== -1;
      }
      onReaddir(entries) {
        this.entries = entries;
        if (entries.length === 0) {
          if (this.includeEmpty) {
            this.result.add(this.path.slice(this.root.length + 1));
          }
          this.emit("done", this.result);
        } else {
          const hasIg = this.entries.some((e) => this.isIgnoreFile(e));
          if (hasIg) {
            this.addIgnoreFiles();
          } else {
            this.filterEntries();
          }
        }
      }
      addIgnoreFiles() {
        const newIg = this.entries.filter((e) => this.isIgnoreFile(e));
        let igCount = newIg.length;
        const then = () => {
          if (--igCount === 0) {
            this.filterEntries();
          }
        };
        newIg.forEach((e) => this.addIgnoreFile(e, then));
      }
      addIgnoreFile(file, then) {
        const ig = path.resolve(this.path, file);
        fs.readFile(ig, "utf8", (er, data) => er ? this.emit("error", er) : this.onReadIgnoreFile(file, data, then));
      }
      onReadIgnoreFile(file, data, then) {
        const mmopt = {
          matchBase: true,
          dot: true,
          flipNegate: true,
          nocase: true
        };
        const rules = data.split(/\r?\n/).filter((line) => !/^#|^$/.test(line.trim())).map((rule) => {
          return new Minimatch(rule.trim(), mmopt);
        });
        this.ignoreRules[file] = rules;
        then();
      }
      filterEntries() {
        const filtered = this.entries.map((entry) => {
          const passFile = this.filterEntry(entry);
          const passDir = this.filterEntry(entry, true);
          return passFile || passDir ? [entry, passFile, passDir] : false;
        }).filter((e) => e);
        let entryCount = filtered.length;
        if (entryCount === 0) {
          this.emit("done", this.result);
        } else {
          const then = () => {
            if (--entryCount === 0) {
              this.emit("done", this.result);
            }
          };
          filtered.forEach((filt) => {
            const entry = filt[0];
            const file = filt[1];
            const dir = filt[2];
            this.stat({ entry, file, dir }, then);
          });
        }
      }
      onstat({ st, entry, file, dir, isSymbolicLink }, then) {
        const abs = this.path + "/" + entry;
        if (!st.isDirectory()) {
          if (file) {
            this.result.add(abs.slice(this.root.length + 1));
          }
          then();
        } else {
          if (dir) {
            this.walker(entry, { isSymbolicLink, exact: file || this.filterEntry(entry + "/") }, then);
          } else {
            then();
          }
        }
      }
      stat({ entry, file, dir }, then) {
        const abs = this.path + "/" + entry;
        fs.lstat(abs, (lstatErr, lstatResult) => {
          if (lstatErr) {
            this.emit("error", lstatErr);
          } else {
            const isSymbolicLink = lstatResult.isSymbolicLink();
            if (this.follow && isSymbolicLink) {
              fs.stat(abs, (statErr, statResult) => {
                if (statErr) {
                  this.emit("error", statErr);
                } else {
                  this.onstat({ st: statResult, entry, file, dir, isSymbolicLink }, then);
                }
              });
            } else {
              this.onstat({ st: lstatResult, entry, file, dir, isSymbolicLink }, then);
            }
          }
        });
      }
      walkerOpt(entry, opts) {
        return {
          path: this.path + "/" + entry,
          parent: this,
          ignoreFiles: this.ignoreFiles,
          follow: this.follow,
          includeEmpty: this.includeEmpty,
          ...opts
        };
      }
      walker(entry, opts, then) {
        new _Walker(this.walkerOpt(entry, opts)).on("done", then).start();
      }
      filterEntry(entry, partial, entryBasename) {
        let included = true;
        if (this.parent && this.parent.filterEntry) {
          const parentEntry = this.basename + "/" + entry;
          const parentBasename = entryBasename || entry;
          included = this.parent.filterEntry(parentEntry, partial, parentBasename);
          if (!included && !this.exact) {
            return false;
          }
        }
        this.ignoreFiles.forEach((f) => {
          if (this.ignoreRules[f]) {
            this.ignoreRules[f].forEach((rule) => {
              if (rule.negate !== included) {
                const isRelativeRule = entryBasename && rule.globParts.some(
                  (part) => part.length <= (part.slice(-1)[0] ? 1 : 2)
                );
                const match = rule.match("/" + entry) || rule.match(entry) || !!partial && (rule.match("/" + entry + "/") || rule.match(entry + "/") || rule.negate && (rule.match("/" + entry, true) || rule.match(entry, true)) || isRelativeRule && (rule.match("/" + entryBasename + "/") || rule.match(entryBasename + "/") || rule.negate && (rule.match("/" + entryBasename, true) || rule.match(entryBasename, true))));
                if (match) {
                  included = rule.negate;
                }
              }
            });
          }
        });
        return included;
      }
    };
    var WalkerSync = class _WalkerSync extends Walker {
      start() {
        this.onReaddir(fs.readdirSync(this.path));
        return this;
      }
      addIgnoreFile(file, then) {
        const ig = path.resolve(this.path, file);
        this.onReadIgnoreFile(file, fs.readFileSync(ig, "utf8"), then);
      }
      stat({ entry, file, dir }, then) {
        const abs = this.path + "/" + entry;
        let st = fs.lstatSync(abs);
        const isSymbolicLink = st.isSymbolicLink();
        if (this.follow && isSymbolicLink) {
          st = fs.statSync(abs);
        }
        this.onstat({ st, entry, file, dir, isSymbolicLink }, then);
      }
      walker(entry, opts, then) {
        new _WalkerSync(this.walkerOpt(entry, opts)).start();
        then();
      }
    };
    var walk = (opts, callback) => {
      const p = new Promise((resolve, reject) => {
        new Walker(opts).on("done", resolve).on("error", reject).start();
      });
      return callback ? p.then((res) => callback(null, res), callback) : p;
    };
    var walkSync = (opts) => new WalkerSync(opts).start().result;
    module.exports = walk;
    walk.sync = walkSync;
    walk.Walker = Walker;
    walk.WalkerSync = WalkerSync;
  }
});

// node_modules/npm-packlist/lib/index.js
var require_lib15 = __commonJS({
  "node_modules/npm-packlist/lib/index.js"(exports, module) {
    "use strict";
    var { Walker: IgnoreWalker } = require_lib14();
    var { globSync } = require_index_min();
    var { readFileSync: readFile } = __require("node:fs");
    var { basename, dirname, extname, join, relative, resolve, sep } = __require("node:path");
    var { log } = require_lib();
    var defaultRules = /* @__PURE__ */ Symbol("npm-packlist.rules.default");
    var globalRules = /* @__PURE__ */ Symbol("npm-packlist.rules.global");
    var strictRules = /* @__PURE__ */ Symbol("npm-packlist.rules.strict");
    var nameIsBadForWindows = (file) => /\*/.test(file);
    var defaults = [
      ".npmignore",
      ".gitignore",
      "**/.git",
      "**/.svn",
      "**/.hg",
      "**/CVS",
      "**/.git/**",
      "**/.svn/**",
      "**/.hg/**",
      "**/CVS/**",
      "/.lock-wscript",
      "/.wafpickle-*",
      "/build/config.gypi",
      "npm-debug.log",
      "**/.npmrc",
      ".*.swp",
      ".DS_Store",
      "**/.DS_Store/**",
      "._*",
      "**/._*/**",
      "*.orig",
      "/archived-packages/**"
    ];
    var strictDefaults = [
      // these are forcibly excluded
      "/.git"
    ];
    var normalizePath = (path) => path.split("\\").join("/");
    var readOutOfTreeIgnoreFiles = (root, rel, result = []) => {
      for (const file of [".npmignore", ".gitignore"]) {
        try {
          const ignoreContent = readFile(join(root, file), { encoding: "utf8" });
          result.push(ignoreContent);
          break;
        } catch (err) {
          if (err.code !== "ENOENT") {
            throw err;
          }
        }
      }
      if (!rel) {
        return result;
      }
      const firstRel = rel.split(sep, 1)[0];
      const newRoot = join(root, firstRel);
      const newRel = relative(newRoot, join(root, rel));
      return readOutOfTreeIgnoreFiles(newRoot, newRel, result);
    };
    var PackWalker = class _PackWalker extends IgnoreWalker {
      constructor(tree, opts) {
        const options = {
          ...opts,
          includeEmpty: false,
          follow: false,
          // we path.resolve() here because ignore-walk doesn't do it and we want full paths
          path: resolve(opts?.path || tree.path).replace(/\\/g, "/"),
          // globalRules belongs on the root walker only. Child walkers reach it through
          // parent.filterEntry, where package.json rules can still override it; reapplying
          // globalRules at the child level would defeat that override.
          ignoreFiles: opts?.ignoreFiles || (opts?.parent ? [
            defaultRules,
            "package.json",
            ".npmignore",
            ".gitignore",
            strictRules
          ] : [
            defaultRules,
            globalRules,
            "package.json",
            ".npmignore",
            ".gitignore",
            strictRules
          ])
        };
        super(options);
        this.isPackage = options.isPackage;
        this.seen = options.seen || /* @__PURE__ */ new Set();
        this.tree = tree;
        this.globalIgnoreFile = options.globalIgnoreFile || null;
        this.globalIgnoreRules = options.globalIgnoreRules || null;
        const additionalDefaults = [];
        if (options.prefix && options.workspaces) {
          const path = normalizePath(options.path);
          const prefix = normalizePath(options.prefix);
          const workspaces = options.workspaces.map((ws) => normalizePath(ws));
          if (path !== prefix && workspaces.includes(path)) {
            const relpath = relative(options.prefix, dirname(options.path));
            additionalDefaults.push(...readOutOfTreeIgnoreFiles(options.prefix, relpath));
          } else if (path === prefix) {
            additionalDefaults.push(...workspaces.map((w) => normalizePath(relative(options.path, w))));
          }
        }
        this.injectRules(defaultRules, [...defaults, ...additionalDefaults]);
        if (this.globalIgnoreRules === null && this.globalIgnoreFile) {
          try {
            this.globalIgnoreRules = readFile(this.globalIgnoreFile, { encoding: "utf8" });
          } catch (err) {
            if (err.code !== "ENOENT") {
              throw err;
            }
            this.globalIgnoreRules = "";
          }
        }
        if (this.globalIgnoreRules) {
          this.injectRules(globalRules, [this.globalIgnoreRules]);
          if (this.globalIgnoreFile) {
            log.silly("global-ignore-file", `applied rules from ${this.globalIgnoreFile}`);
          }
        }
        if (!this.isPackage) {
          this.injectRules(strictRules, [...strictDefaults]);
        }
      }
      // overridden method: we intercept the reading of the package.json file here so that we can
      // process it into both the package.json file rules as well as the strictRules synthetic rule set
      addIgnoreFile(file, callback) {
        if (file !== "package.json" || !this.isPackage) {
          return super.addIgnoreFile(file, callback);
        }
        return this.processPackage(callback);
      }
      // overridden method: if we're done, but we're a package, then we also need to evaluate bundles
      // before we actually emit our done event
      emit(ev, data) {
        if (ev !== "done" || !this.isPackage) {
          return super.emit(ev, data);
        }
        this.gatherBundles().then(() => {
          super.emit("done", this.result);
        });
        return true;
      }
      // overridden method: before actually filtering, we make sure that we've removed the rules for
      // files that should no longer take effect due to our order of precedence
      filterEntries() {
        if (this.ignoreRules["package.json"]) {
          this.ignoreRules[".npmignore"] = null;
          this.ignoreRules[".gitignore"] = null;
        } else if (this.ignoreRules[".npmignore"]) {
          this.ignoreRules[".gitignore"] = null;
        } else if (this.ignoreRules[".gitignore"] && !this.ignoreRules[".npmignore"] && !this.parent) {
          log.warn(
            "gitignore-fallback",
            "No .npmignore file found, using .gitignore for file exclusion. Consider creating a .npmignore file to explicitly control published files."
          );
        }
        return super.filterEntries();
      }
      // overridden method: we never want to include anything that isn't a file or directory
      onstat(opts, callback) {
        if (!opts.st.isFile() && !opts.st.isDirectory()) {
          return callback();
        }
        return super.onstat(opts, callback);
      }
      // overridden method: we want to refuse to pack files that are invalid, node-tar protects us from
      // a lot of them but not all
      stat(opts, callback) {
        if (nameIsBadForWindows(opts.entry)) {
          return callback();
        }
        return super.stat(opts, callback);
      }
      // overridden method: this is called to create options for a child walker when we step
      // in to a normal child directory (this will never be a bundle). the default method here
      // copies the root's `ignoreFiles` value, but we don't want to respect package.json for
      // subdirectories, so we override it with a list that intentionally omits package.json
      walkerOpt(entry, opts) {
        let ignoreFiles = null;
        if (this.tree.workspaces) {
          const workspaceDirs = [...this.tree.workspaces.values()].map((dir) => dir.replace(/\\/g, "/"));
          const entryPath = join(this.path, entry).replace(/\\/g, "/");
          if (workspaceDirs.includes(entryPath)) {
            ignoreFiles = [
              defaultRules,
              "package.json",
              ".npmignore",
              ".gitignore",
              strictRules
            ];
          }
        } else {
          ignoreFiles = [
            defaultRules,
            ".npmignore",
            ".gitignore",
            strictRules
          ];
        }
        return {
          ...super.walkerOpt(entry, opts),
          ignoreFiles
        };
      }
      // overridden method: we want child walkers to be instances of this class, not ignore-walk
      walker(entry, opts, callback) {
        new _PackWalker(this.tree, this.walkerOpt(entry, opts)).on("done", callback).start();
      }
      // overridden method: we use a custom sort method to help compressibility
      sort(a, b) {
        const exta = extname(a).toLowerCase();
        const extb = extname(b).toLowerCase();
        const basea = basename(a).toLowerCase();
        const baseb = basename(b).toLowerCase();
        return exta.localeCompare(extb, "en") || basea.localeCompare(baseb, "en") || a.localeCompare(b, "en");
      }
      // convenience method: this joins the given rules with newlines, appends a trailing newline,
      // and calls the internal onReadIgnoreFile method
      injectRules(filename, rules, callback = () => {
      }) {
        this.onReadIgnoreFile(filename, `${rules.join("\n")}
`, callback);
      }
      // custom method: this is called by addIgnoreFile when we find a package.json, it uses the
      // arborist tree to pull both default rules and strict rules for the package
      processPackage(callback) {
        const {
          bin,
          browser,
          files,
          main,
          patchedDependencies
        } = this.tree.package;
        const ignores = [];
        const strict = [
          ...strictDefaults,
          "!/package.json",
          "!/readme{,.*[^~$]}",
          "!/copying{,.*[^~$]}",
          "!/license{,.*[^~$]}",
          "!/licence{,.*[^~$]}",
          "/.git",
          "/node_modules",
          ".npmrc",
          "/package-lock.json",
          "/npm-shrinkwrap.json",
          "/yarn.lock",
          "/pnpm-lock.yaml",
          "/bun.lockb",
          "/bun.lock",
          "/.npm-extension.mjs",
          "/.npm-extension.cjs"
        ];
        if (files) {
          for (const entry of files) {
            const isNegation = entry.startsWith("!");
            const pattern = (isNegation ? entry.replace(/^!+/, "") : entry).replace(/^\.?\//, "").replace(/\/+$/, "");
            if (!pattern) {
              continue;
            }
            let matches = [];
            try {
              matches = globSync(pattern, { cwd: this.path, withFileTypes: true, dot: true });
            } catch {
            }
            const prefix = isNegation ? "" : "!";
            for (const match of matches) {
              const rel = match.relativePosix();
              if (!rel) {
                continue;
              }
              if (match.isDirectory()) {
                ignores.push(`${prefix}/${rel}`);
                ignores.push(`${prefix}/${rel}/**`);
                continue;
              }
              if (match.isFile()) {
                ignores.push(`${prefix}/${rel}`);
              }
            }
          }
          this.injectRules("package.json", ["*", ...ignores]);
        }
        if (browser) {
          strict.push(`!/${browser}`);
        }
        if (main) {
          strict.push(`!/${main}`);
        }
        if (bin) {
          for (const key in bin) {
            strict.push(`!/${bin[key]}`);
          }
        }
        if (this.tree.isProjectRoot && patchedDependencies && typeof patchedDependencies === "object") {
          for (const patchPath of Object.values(patchedDependencies)) {
            if (typeof patchPath !== "string") {
              continue;
            }
            const rel = normalizePath(patchPath).replace(/^\.?\//, "").replace(/\/+$/, "");
            if (!rel || rel.startsWith("/") || rel === ".." || rel.startsWith("../") || rel.includes("/../")) {
              continue;
            }
            const parentGlob = `!/${normalizePath(dirname(rel))}/**`;
            if (files && (ignores.includes(`!/${rel}`) || ignores.includes(parentGlob))) {
              log.warn(
                "patched-dependencies",
                `excluding "${rel}" from the package tarball: patch files in patchedDependencies must not be published`
              );
            }
            strict.push(`/${rel}`);
          }
        }
        this.injectRules(strictRules, strict, callback);
      }
      // custom method: after we've finished gathering the files for the root package, we call this
      // before emitting the 'done' event in order to gather all of the files for bundled deps
      async gatherBundles() {
        if (this.seen.has(this.tree)) {
          return;
        }
        this.seen.add(this.tree);
        let toBundle;
        if (this.tree.isProjectRoot) {
          const { bundleDependencies } = this.tree.package;
          toBundle = bundleDependencies || [];
        } else {
          const { dependencies, optionalDependencies } = this.tree.package;
          toBundle = Object.keys(dependencies || {}).concat(Object.keys(optionalDependencies || {}));
        }
        for (const dep of toBundle) {
          const edge = this.tree.edgesOut.get(dep);
          if (!edge || edge.peer || edge.dev) {
            continue;
          }
          const node = this.tree.edgesOut.get(dep).to;
          if (!node) {
            continue;
          }
          const path = node.path;
          const tree = node.target;
          const walkerOpts = {
            path,
            isPackage: true,
            ignoreFiles: [],
            seen: this.seen
            // pass through seen so we can prevent infinite circular loops
          };
          if (node.isLink) {
            walkerOpts.ignoreFiles.push(defaultRules);
          }
          walkerOpts.ignoreFiles.push("package.json");
          if (node.isLink) {
            walkerOpts.ignoreFiles.push(".npmignore");
            walkerOpts.ignoreFiles.push(".gitignore");
          }
          walkerOpts.ignoreFiles.push(strictRules);
          const walker = new _PackWalker(tree, walkerOpts);
          const bundled = await new Promise((pResolve, pReject) => {
            walker.on("error", pReject);
            walker.on("done", pResolve);
            walker.start();
          });
          const relativeFrom = relative(this.root, walker.path);
          for (const file of bundled) {
            this.result.add(join(relativeFrom, file).replace(/\\/g, "/"));
          }
        }
      }
    };
    var walk = (tree, options, callback) => {
      if (typeof options === "function") {
        callback = options;
        options = {};
      }
      const p = new Promise((pResolve, pReject) => {
        new PackWalker(tree, { ...options, isPackage: true }).on("done", pResolve).on("error", pReject).start();
      });
      return callback ? p.then((res) => callback(null, res), callback) : p;
    };
    module.exports = walk;
    walk.Walker = PackWalker;
  }
});

// node_modules/@npmcli/run-script/lib/set-path.js
var require_set_path = __commonJS({
  "node_modules/@npmcli/run-script/lib/set-path.js"(exports, module) {
    var { log } = require_lib();
    var { resolve, dirname, delimiter } = __require("path");
    var nodeGypPath = resolve(__bundleDir, "node-gyp-bin");
    var setPATH = (projectPath, binPaths, env) => {
      const PATH = Object.keys(env).filter((p2) => /^path$/i.test(p2) && env[p2]).map((p2) => env[p2].split(delimiter)).reduce((set, p2) => set.concat(p2.filter((concatted) => !set.includes(concatted))), []).join(delimiter);
      const pathArr = [];
      if (binPaths) {
        for (const bin of binPaths) {
          if (bin.includes(delimiter)) {
            const event = env.npm_lifecycle_event;
            const context = event ? `"${event}" script` : "script execution";
            log.warn("run-script", `Path contains delimiter ("${delimiter}"), ${context} may not behave as expected.`);
          }
        }
        pathArr.push(...binPaths);
      }
      let p = projectPath;
      let pp;
      do {
        pathArr.push(resolve(p, "node_modules", ".bin"));
        pp = p;
        p = dirname(p);
      } while (p !== pp);
      pathArr.push(nodeGypPath, PATH);
      const pathVal = pathArr.join(delimiter);
      for (const key of Object.keys(env)) {
        if (/^path$/i.test(key)) {
          env[key] = pathVal;
        }
      }
      return env;
    };
    module.exports = setPATH;
  }
});

// node_modules/@npmcli/run-script/lib/make-spawn-args.js
var require_make_spawn_args = __commonJS({
  "node_modules/@npmcli/run-script/lib/make-spawn-args.js"(exports, module) {
    var setPATH = require_set_path();
    var { resolve } = __require("path");
    var npmConfigNodeGyp;
    var makeSpawnArgs = (options) => {
      const {
        args,
        binPaths,
        cmd,
        env,
        event,
        nodeGyp,
        path,
        scriptShell = true,
        stdio,
        stdioString
      } = options;
      if (nodeGyp) {
        npmConfigNodeGyp = nodeGyp;
      } else if (env.npm_config_node_gyp) {
        npmConfigNodeGyp = env.npm_config_node_gyp;
      } else {
        npmConfigNodeGyp = __require.resolve("node-gyp/bin/node-gyp.js");
      }
      const spawnEnv = setPATH(path, binPaths, {
        // we need to at least save the PATH environment var
        ...process.env,
        ...env,
        npm_package_json: resolve(path, "package.json"),
        npm_lifecycle_event: event,
        npm_lifecycle_script: cmd,
        npm_config_node_gyp: npmConfigNodeGyp
      });
      const spawnOpts = {
        env: spawnEnv,
        stdioString,
        stdio,
        cwd: path,
        shell: scriptShell
      };
      return [cmd, args, spawnOpts];
    };
    module.exports = makeSpawnArgs;
  }
});

// node_modules/@npmcli/run-script/lib/package-envs.js
var require_package_envs = __commonJS({
  "node_modules/@npmcli/run-script/lib/package-envs.js"(exports, module) {
    var packageEnvs = (vals, prefix, env = {}) => {
      for (const [key, val] of Object.entries(vals)) {
        if (val === void 0) {
          continue;
        } else if (val === null || val === false) {
          env[`${prefix}${key}`] = "";
        } else if (Array.isArray(val)) {
          val.forEach((item, index) => {
            packageEnvs({ [`${key}_${index}`]: item }, `${prefix}`, env);
          });
        } else if (typeof val === "object") {
          packageEnvs(val, `${prefix}${key}_`, env);
        } else {
          env[`${prefix}${key}`] = String(val);
        }
      }
      return env;
    };
    module.exports = (pkg) => {
      return packageEnvs({
        name: pkg.name,
        version: pkg.version,
        config: pkg.config,
        engines: pkg.engines,
        bin: pkg.bin
      }, "npm_package_");
    };
  }
});

// node_modules/@npmcli/node-gyp/lib/index.js
var require_lib16 = __commonJS({
  "node_modules/@npmcli/node-gyp/lib/index.js"(exports, module) {
    var util = __require("util");
    var fs = __require("fs");
    var { stat } = fs.promises || { stat: util.promisify(fs.stat) };
    async function isNodeGypPackage(path) {
      return await stat(`${path}/binding.gyp`).then((st) => st.isFile()).catch(() => false);
    }
    module.exports = {
      isNodeGypPackage,
      defaultGypInstallScript: "node-gyp rebuild"
    };
  }
});

// node_modules/@npmcli/run-script/lib/signal-manager.js
var require_signal_manager = __commonJS({
  "node_modules/@npmcli/run-script/lib/signal-manager.js"(exports, module) {
    var runningProcs = /* @__PURE__ */ new Set();
    var handlersInstalled = false;
    var forwardedSignals = [
      "SIGINT",
      "SIGTERM"
    ];
    var handleSignal = (signal) => {
      for (const proc of runningProcs) {
        proc.kill(signal);
      }
    };
    var setupListeners = () => {
      for (const signal of forwardedSignals) {
        process.on(signal, handleSignal);
      }
      handlersInstalled = true;
    };
    var cleanupListeners = () => {
      if (runningProcs.size === 0) {
        for (const signal of forwardedSignals) {
          process.removeListener(signal, handleSignal);
        }
        handlersInstalled = false;
      }
    };
    var add = (proc) => {
      runningProcs.add(proc);
      if (!handlersInstalled) {
        setupListeners();
      }
      proc.once("exit", () => {
        runningProcs.delete(proc);
        cleanupListeners();
      });
    };
    module.exports = {
      add,
      handleSignal,
      forwardedSignals
    };
  }
});

// node_modules/@npmcli/run-script/lib/run-script-pkg.js
var require_run_script_pkg = __commonJS({
  "node_modules/@npmcli/run-script/lib/run-script-pkg.js"(exports, module) {
    var makeSpawnArgs = require_make_spawn_args();
    var promiseSpawn = require_lib2();
    var packageEnvs = require_package_envs();
    var { isNodeGypPackage, defaultGypInstallScript } = require_lib16();
    var signalManager = require_signal_manager();
    var runScriptPkg = async (options) => {
      const {
        args = [],
        binPaths = false,
        env = {},
        event,
        nodeGyp,
        path,
        pkg,
        scriptShell,
        // how long to wait for a process.kill signal
        // only exposed here so that we can make the test go a bit faster.
        signalTimeout = 500,
        stdio = "pipe",
        stdioString
      } = options;
      const { scripts = {}, gypfile } = pkg;
      let cmd = null;
      if (options.cmd) {
        cmd = options.cmd;
      } else if (pkg.scripts && pkg.scripts[event]) {
        cmd = pkg.scripts[event];
      } else if (
        // If there is no preinstall or install script, default to rebuilding node-gyp packages.
        event === "install" && !scripts.install && !scripts.preinstall && gypfile !== false && await isNodeGypPackage(path)
      ) {
        cmd = defaultGypInstallScript;
      }
      if (!cmd) {
        return { code: 0, signal: null };
      }
      let inputEnd = () => {
      };
      if (stdio === "inherit") {
        const { log, input } = require_lib();
        if (pkg._id) {
          log.notice("run", `${pkg._id} ${event}`);
        } else {
          log.notice("run", event);
        }
        log.notice("run", `${cmd.trim()} ${args?.join(" ")}`.trim());
        inputEnd = input.start();
      }
      const [spawnShell, spawnArgs, spawnOpts] = makeSpawnArgs({
        args,
        binPaths,
        cmd,
        env: { ...env, ...packageEnvs(pkg) },
        event,
        nodeGyp,
        path,
        scriptShell,
        stdio,
        stdioString
      });
      const p = promiseSpawn(spawnShell, spawnArgs, spawnOpts, {
        event,
        script: cmd,
        pkgid: pkg._id,
        path
      });
      if (stdio === "inherit") {
        signalManager.add(p.process);
      }
      if (p.stdin) {
        p.stdin.end();
      }
      return p.catch((er) => {
        const { signal } = er;
        if (stdio === "inherit" && signal) {
          process.kill(process.pid, signal);
          return new Promise((res, rej) => setTimeout(() => rej(er), signalTimeout));
        } else {
          throw er;
        }
      }).finally(inputEnd);
    };
    module.exports = runScriptPkg;
  }
});

// node_modules/@npmcli/run-script/lib/validate-options.js
var require_validate_options = __commonJS({
  "node_modules/@npmcli/run-script/lib/validate-options.js"(exports, module) {
    var validateOptions = (options) => {
      if (typeof options !== "object" || !options) {
        throw new TypeError("invalid options object provided to runScript");
      }
      const {
        event,
        path,
        scriptShell,
        env = {},
        stdio = "pipe",
        args = [],
        cmd
      } = options;
      if (!event || typeof event !== "string") {
        throw new TypeError("valid event not provided to runScript");
      }
      if (!path || typeof path !== "string") {
        throw new TypeError("valid path not provided to runScript");
      }
      if (scriptShell !== void 0 && typeof scriptShell !== "string") {
        throw new TypeError("invalid scriptShell option provided to runScript");
      }
      if (typeof env !== "object" || !env) {
        throw new TypeError("invalid env option provided to runScript");
      }
      if (typeof stdio !== "string" && !Array.isArray(stdio)) {
        throw new TypeError("invalid stdio option provided to runScript");
      }
      if (!Array.isArray(args) || args.some((a) => typeof a !== "string")) {
        throw new TypeError("invalid args option provided to runScript");
      }
      if (cmd !== void 0 && typeof cmd !== "string") {
        throw new TypeError("invalid cmd option provided to runScript");
      }
    };
    module.exports = validateOptions;
  }
});

// node_modules/@npmcli/run-script/lib/run-script.js
var require_run_script = __commonJS({
  "node_modules/@npmcli/run-script/lib/run-script.js"(exports, module) {
    var PackageJson = require_lib7();
    var runScriptPkg = require_run_script_pkg();
    var validateOptions = require_validate_options();
    var runScript = async (options) => {
      validateOptions(options);
      if (options.pkg) {
        return runScriptPkg(options);
      }
      const { content: pkg } = await PackageJson.normalize(options.path);
      return runScriptPkg({ ...options, pkg });
    };
    module.exports = runScript;
  }
});

// node_modules/pacote/lib/file.js
var require_file = __commonJS({
  "node_modules/pacote/lib/file.js"(exports, module) {
    var { resolve } = __require("node:path");
    var { stat, chmod } = __require("node:fs/promises");
    var cacache = require_lib10();
    var fsm = require_lib9();
    var Fetcher = require_fetcher();
    var _ = require_protected();
    var FileFetcher = class extends Fetcher {
      constructor(spec, opts) {
        super(spec, opts);
        this.resolved = this.spec.fetchSpec;
      }
      get types() {
        return ["file"];
      }
      manifest() {
        if (this.package) {
          return Promise.resolve(this.package);
        }
        return cacache.tmp.withTmp(this.cache, this.opts, (dir) => this.extract(dir).then(() => this[_.readPackageJson](dir)).then((mani) => this.package = {
          ...mani,
          _integrity: this.integrity && String(this.integrity),
          _resolved: this.resolved,
          _from: this.from
        }));
      }
      #exeBins(pkg, dest) {
        if (!pkg.bin) {
          return Promise.resolve();
        }
        return Promise.all(Object.keys(pkg.bin).map(async (k) => {
          const script = resolve(dest, pkg.bin[k]);
          try {
            const st = await stat(script);
            const mode = st.mode | 73;
            if (mode === st.mode) {
              return;
            }
            await chmod(script, mode);
          } catch {
          }
        }));
      }
      extract(dest) {
        return super.extract(dest).then((result) => this.package ? result : this[_.readPackageJson](dest).then((pkg) => this.#exeBins(pkg, dest)).then(() => result));
      }
      [_.tarballFromResolved]() {
        return new fsm.ReadStream(this.resolved);
      }
      packument() {
        return this.manifest().then((mani) => ({
          name: mani.name,
          "dist-tags": {
            [this.defaultTag]: mani.version
          },
          versions: {
            [mani.version]: {
              ...mani,
              dist: {
                tarball: `file:${this.resolved}`,
                integrity: this.integrity && String(this.integrity)
              }
            }
          }
        }));
      }
    };
    module.exports = FileFetcher;
  }
});

// node_modules/pacote/lib/util/tar-create-options.js
var require_tar_create_options = __commonJS({
  "node_modules/pacote/lib/util/tar-create-options.js"(exports, module) {
    var isPackageBin = require_is_package_bin();
    var tarCreateOptions = (manifest) => ({
      cwd: manifest._resolved,
      prefix: "package/",
      portable: true,
      gzip: {
        // forcing the level to 9 seems to avoid some
        // platform specific optimizations that cause
        // integrity mismatch errors due to differing
        // end results after compression
        level: 9
      },
      // ensure that package bins are always executable
      // Note that npm-packlist is already filtering out
      // anything that is not a regular file, ignored by
      // .npmignore or package.json "files", etc.
      filter: (path, stat) => {
        if (isPackageBin(manifest, path)) {
          stat.mode |= 73;
        }
        return true;
      },
      // Provide a specific date in the 1980s for the benefit of zip,
      // which is confounded by files dated at the Unix epoch 0.
      mtime: /* @__PURE__ */ new Date("1985-10-26T08:15:00.000Z")
    });
    module.exports = tarCreateOptions;
  }
});

// node_modules/pacote/lib/dir.js
var require_dir = __commonJS({
  "node_modules/pacote/lib/dir.js"(exports, module) {
    var { resolve, join } = __require("node:path");
    var { mkdtemp, writeFile, rm } = __require("node:fs/promises");
    var { tmpdir } = __require("node:os");
    var packlist = require_lib15();
    var runScript = require_run_script();
    var tar = require_index_min2();
    var { Minipass } = require_commonjs2();
    var PackageJson = require_lib7();
    var Fetcher = require_fetcher();
    var FileFetcher = require_file();
    var _ = require_protected();
    var tarCreateOptions = require_tar_create_options();
    var DirFetcher = class extends Fetcher {
      constructor(spec, opts) {
        super(spec, opts);
        this.resolved = this.spec.fetchSpec;
        this.tree = opts.tree || null;
        this.Arborist = opts.Arborist || null;
      }
      // exposes tarCreateOptions as public API
      static tarCreateOptions(manifest) {
        return tarCreateOptions(manifest);
      }
      get types() {
        return ["directory"];
      }
      #prepareDir() {
        return this.manifest().then((mani) => {
          if (!mani.scripts || !mani.scripts.prepare) {
            return;
          }
          if (this.opts.ignoreScripts) {
            return;
          }
          const stdio = this.opts.foregroundScripts ? "inherit" : "pipe";
          return runScript({
            // this || undefined is because runScript will be unhappy with the default null value
            scriptShell: this.opts.scriptShell || void 0,
            pkg: mani,
            event: "prepare",
            path: this.resolved,
            stdio,
            env: {
              npm_package_resolved: this.resolved,
              npm_package_integrity: this.integrity,
              npm_package_json: resolve(this.resolved, "package.json")
            }
          });
        });
      }
      [_.tarballFromResolved]() {
        if (!this.tree && !this.Arborist) {
          throw new Error("DirFetcher requires either a tree or an Arborist constructor to pack");
        }
        const stream = new Minipass();
        stream.resolved = this.resolved;
        stream.integrity = this.integrity;
        const { prefix, workspaces, globalIgnoreFile } = this.opts;
        this.#prepareDir().then(async () => {
          if (!this.tree) {
            const arb = new this.Arborist({ path: this.resolved });
            this.tree = await arb.loadActual();
          }
          return packlist(this.tree, { path: this.resolved, prefix, workspaces, globalIgnoreFile });
        }).then(async (files) => {
          const { options, cleanup } = await this.#tarOptions();
          const source = tar.c(options, files);
          source.once("end", cleanup);
          source.once("error", cleanup);
          return source.on("error", (er) => stream.emit("error", er)).pipe(stream);
        }).catch((er) => stream.emit("error", er));
        return stream;
      }
      // Build the tar create options.
      // When the packed package.json declares patchedDependencies, redirect it to a stripped copy so project-local patches never ship.
      // Non-patched packs are unchanged.
      async #tarOptions() {
        const options = tarCreateOptions(this.package);
        const pkgJson = await PackageJson.load(this.resolved);
        if (!("patchedDependencies" in pkgJson.content)) {
          return { options, cleanup: () => {
          } };
        }
        delete pkgJson.content.patchedDependencies;
        const { content } = pkgJson;
        const indent = content[/* @__PURE__ */ Symbol.for("indent")];
        const newline = content[/* @__PURE__ */ Symbol.for("newline")];
        const stripped = `${JSON.stringify(content, null, indent)}
`.replace(/\n/g, newline);
        const dir = await mkdtemp(join(tmpdir(), "pacote-pack-"));
        const strippedPath = join(dir, "package.json");
        try {
          await writeFile(strippedPath, stripped);
        } catch (er) {
          await rm(dir, { recursive: true, force: true });
          throw er;
        }
        const size = Buffer.byteLength(stripped);
        options.onWriteEntry = (entry) => {
          if (entry.path === "package.json") {
            entry.absolute = strippedPath;
            entry.stat.size = size;
            entry.stat.nlink = 1;
          }
        };
        return { options, cleanup: () => rm(dir, { recursive: true, force: true }) };
      }
      manifest() {
        if (this.package) {
          return Promise.resolve(this.package);
        }
        return this[_.readPackageJson](this.resolved).then((mani) => this.package = {
          ...mani,
          _integrity: this.integrity && String(this.integrity),
          _resolved: this.resolved,
          _from: this.from
        });
      }
      packument() {
        return FileFetcher.prototype.packument.apply(this);
      }
    };
    module.exports = DirFetcher;
  }
});

// node_modules/pacote/package.json
var require_package = __commonJS({
  "node_modules/pacote/package.json"(exports, module) {
    module.exports = {
      name: "pacote",
      version: "22.0.0",
      description: "JavaScript package downloader",
      author: "GitHub Inc.",
      bin: {
        pacote: "bin/index.js"
      },
      license: "ISC",
      main: "lib/index.js",
      scripts: {
        test: "tap",
        snap: "tap",
        lint: "npm run eslint",
        postlint: "template-oss-check",
        lintfix: "npm run eslint -- --fix",
        posttest: "npm run lint",
        "template-oss-apply": "template-oss-apply --force",
        eslint: 'eslint "**/*.{js,cjs,ts,mjs,jsx,tsx}"'
      },
      tap: {
        timeout: 300,
        "nyc-arg": [
          "--exclude",
          "tap-snapshots/**"
        ]
      },
      devDependencies: {
        "@npmcli/arborist": "^9.0.2",
        "@npmcli/eslint-config": "^7.0.0",
        "@npmcli/template-oss": "5.1.0",
        "hosted-git-info": "^10.1.1",
        "mutate-fs": "^2.1.1",
        nock: "^13.2.4",
        "npm-registry-mock": "^1.3.2",
        rimraf: "^6.0.1",
        tap: "^16.0.1"
      },
      files: [
        "bin/",
        "lib/"
      ],
      keywords: [
        "packages",
        "npm",
        "git"
      ],
      dependencies: {
        "@gar/promise-retry": "^1.0.0",
        "@npmcli/git": "^8.0.0",
        "@npmcli/installed-package-contents": "^5.0.0",
        "@npmcli/package-json": "^8.0.0",
        "@npmcli/promise-spawn": "^10.0.0",
        "@npmcli/run-script": "^11.0.0",
        cacache: "^21.0.1",
        "fs-minipass": "^3.0.0",
        minipass: "^7.0.2",
        "npm-package-arg": "^14.0.0",
        "npm-packlist": "^11.2.0",
        "npm-pick-manifest": "^12.0.0",
        "npm-registry-fetch": "^20.0.1",
        "proc-log": "^7.0.0",
        sigstore: "^5.0.0",
        ssri: "^14.0.0",
        tar: "^7.4.3"
      },
      engines: {
        node: "^22.22.2 || ^24.15.0 || >=26.0.0"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/npm/pacote.git"
      },
      templateOSS: {
        "//@npmcli/template-oss": "This file is partially managed by @npmcli/template-oss. Edits may be overwritten.",
        version: "5.1.0",
        windowsCI: false,
        publish: "true",
        updateNpm: false
      }
    };
  }
});

// node_modules/pacote/lib/remote.js
var require_remote = __commonJS({
  "node_modules/pacote/lib/remote.js"(exports, module) {
    var fetch = require_lib11();
    var { Minipass } = require_commonjs2();
    var Fetcher = require_fetcher();
    var FileFetcher = require_file();
    var _ = require_protected();
    var pacoteVersion = require_package().version;
    var RemoteFetcher = class extends Fetcher {
      constructor(spec, opts) {
        super(spec, opts);
        this.resolved = this.spec.fetchSpec;
        const resolvedURL = new URL(this.resolved);
        if (this.replaceRegistryHost !== "never" && (this.replaceRegistryHost === "always" || this.replaceRegistryHost === resolvedURL.host)) {
          this.resolved = new URL(resolvedURL.pathname, this.registry).href;
        }
        const nameat = this.spec.name ? `${this.spec.name}@` : "";
        this.pkgid = opts.pkgid ? opts.pkgid : `remote:${nameat}${this.resolved}`;
      }
      // Don't need to cache tarball fetches in pacote, because make-fetch-happen
      // will write into cacache anyway.
      get [_.cacheFetches]() {
        return false;
      }
      [_.tarballFromResolved]() {
        const stream = new Minipass();
        stream.hasIntegrityEmitter = true;
        const fetchOpts = {
          ...this.opts,
          headers: this.#headers(),
          spec: this.spec,
          integrity: this.integrity,
          algorithms: [this.pickIntegrityAlgorithm()]
        };
        fetch(this.resolved, fetchOpts).then((res) => {
          res.body.on(
            "error",
            /* istanbul ignore next - exceedingly rare and hard to simulate */
            (er) => stream.emit("error", er)
          );
          res.body.on("integrity", (i) => {
            this.integrity = i;
            stream.emit("integrity", i);
          });
          res.body.pipe(stream);
        }).catch((er) => stream.emit("error", er));
        return stream;
      }
      #headers() {
        return {
          // npm will override this, but ensure that we always send *something*
          "user-agent": this.opts.userAgent || `pacote/${pacoteVersion} node/${process.version}`,
          ...this.opts.headers || {},
          "pacote-version": pacoteVersion,
          "pacote-req-type": "tarball",
          "pacote-pkg-id": this.pkgid,
          ...this.integrity ? { "pacote-integrity": String(this.integrity) } : {},
          ...this.opts.headers || {}
        };
      }
      get types() {
        return ["remote"];
      }
      // getting a packument and/or manifest is the same as with a file: spec.
      // unpack the tarball stream, and then read from the package.json file.
      packument() {
        return FileFetcher.prototype.packument.apply(this);
      }
      manifest() {
        return FileFetcher.prototype.manifest.apply(this);
      }
    };
    module.exports = RemoteFetcher;
  }
});

// node_modules/pacote/lib/util/add-git-sha.js
var require_add_git_sha = __commonJS({
  "node_modules/pacote/lib/util/add-git-sha.js"(exports, module) {
    var addGitSha = (spec, sha) => {
      if (spec.hosted) {
        const h = spec.hosted;
        const opt = { noCommittish: true };
        const base = h.https && (h.auth || h.default === "https") ? h.https(opt) : h.shortcut(opt);
        return `${base}#${sha}`;
      } else {
        const hashIndex = spec.rawSpec.indexOf("#");
        const base = hashIndex === -1 ? spec.rawSpec : spec.rawSpec.slice(0, hashIndex);
        return `${base}#${sha}`;
      }
    };
    module.exports = addGitSha;
  }
});

// node_modules/pacote/lib/util/npm.js
var require_npm = __commonJS({
  "node_modules/pacote/lib/util/npm.js"(exports, module) {
    var spawn = require_lib2();
    module.exports = (npmBin, npmCommand, cwd, env, extra) => {
      const isJS = npmBin.endsWith(".js");
      const cmd = isJS ? process.execPath : npmBin;
      const args = (isJS ? [npmBin] : []).concat(npmCommand);
      return spawn(cmd, args, { cwd, env }, extra);
    };
  }
});

// node_modules/pacote/lib/git.js
var require_git = __commonJS({
  "node_modules/pacote/lib/git.js"(exports, module) {
    var cacache = require_lib10();
    var git = require_lib6();
    var npa = require_npa();
    var pickManifest = require_lib5();
    var { Minipass } = require_commonjs2();
    var { log } = require_lib();
    var DirFetcher = require_dir();
    var Fetcher = require_fetcher();
    var FileFetcher = require_file();
    var RemoteFetcher = require_remote();
    var _ = require_protected();
    var addGitSha = require_add_git_sha();
    var npm = require_npm();
    var hashre = /^[a-f0-9]{40,64}$/;
    var repoUrl = (h, opts) => h.sshurl && !(h.https && (h.auth || h.default === "https")) && addGitPlus(h.sshurl(opts)) || h.https && addGitPlus(h.https(opts));
    var addGitPlus = (url) => url && `git+${url}`.replace(/^(git\+)+/, "git+");
    var checkoutError = (expected, found) => {
      const err = new Error(`Commit mismatch: expected SHA ${expected} and cloned HEAD ${found}`);
      err.code = "EGITCHECKOUT";
      err.sha = expected;
      err.head = found;
      return err;
    };
    var GitFetcher = class extends Fetcher {
      constructor(spec, opts) {
        super(spec, opts);
        if (this.opts.integrity) {
          delete this.opts.integrity;
          log.warn(`skipping integrity check for git dependency ${this.spec.fetchSpec}`);
        }
        this.resolvedRef = null;
        if (this.spec.hosted) {
          this.from = this.spec.hosted.shortcut({ noCommittish: false });
        }
        if (this.spec.gitCommittish && hashre.test(this.spec.gitCommittish)) {
          this.resolvedSha = this.spec.gitCommittish;
          this.resolved = this.spec.hosted ? repoUrl(this.spec.hosted, { noCommittish: false }) : this.spec.rawSpec;
        } else {
          this.resolvedSha = "";
        }
        this.Arborist = opts.Arborist || null;
      }
      // just exposed to make it easier to test all the combinations
      static repoUrl(hosted, opts) {
        return repoUrl(hosted, opts);
      }
      get types() {
        return ["git"];
      }
      resolve() {
        if (this.resolved) {
          return super.resolve();
        }
        const h = this.spec.hosted;
        return h ? this.#resolvedFromHosted(h) : this.#resolvedFromRepo(this.spec.fetchSpec);
      }
      // first try https, since that's faster and passphrase-less for
      // public repos, and supports private repos when auth is provided.
      // Fall back to SSH to support private repos
      // NB: we always store the https url in resolved field if auth
      // is present, otherwise ssh if the hosted type provides it
      #resolvedFromHosted(hosted) {
        return this.#resolvedFromRepo(hosted.https && hosted.https()).catch((er) => {
          if (er instanceof git.errors.GitPathspecError) {
            throw er;
          }
          const ssh = hosted.sshurl && hosted.sshurl();
          if (!ssh || hosted.auth) {
            throw er;
          }
          return this.#resolvedFromRepo(ssh);
        });
      }
      #resolvedFromRepo(gitRemote) {
        if (!gitRemote) {
          return Promise.reject(new Error(`No git url for ${this.spec}`));
        }
        const gitRange = this.spec.gitRange;
        const name = this.spec.name;
        return git.revs(gitRemote, this.opts).then((remoteRefs) => {
          return gitRange ? pickManifest({
            versions: remoteRefs.versions,
            "dist-tags": remoteRefs["dist-tags"],
            name
          }, gitRange, this.opts) : this.spec.gitCommittish ? remoteRefs.refs[this.spec.gitCommittish] || remoteRefs.refs[remoteRefs.shas[this.spec.gitCommittish]] : remoteRefs.refs.HEAD;
        }).then((revDoc) => {
          if (!revDoc || !revDoc.sha) {
            return this.#resolvedFromClone();
          }
          this.resolvedRef = revDoc;
          this.resolvedSha = revDoc.sha;
          this.#addGitSha(revDoc.sha);
          return this.resolved;
        });
      }
      #setResolvedWithSha(withSha) {
        this.resolved = !this.spec.hosted ? withSha : repoUrl(npa(withSha).hosted, { noCommittish: false });
      }
      // when we get the git sha, we affix it to our spec to build up
      // either a git url with a hash, or a tarball download URL
      #addGitSha(sha) {
        this.#setResolvedWithSha(addGitSha(this.spec, sha));
      }
      #resolvedFromClone() {
        return this.#clone(() => this.resolved);
      }
      #prepareDir(dir) {
        return this[_.readPackageJson](dir).then((mani) => {
          const scripts = mani.scripts;
          if (!mani.workspaces && (!scripts || !(scripts.postinstall || scripts.build || scripts.preinstall || scripts.install || scripts.prepack || scripts.prepare))) {
            return;
          }
          if (this.opts.ignoreScripts) {
            return;
          }
          const noPrepare = !process.env._PACOTE_NO_PREPARE_ ? [] : process.env._PACOTE_NO_PREPARE_.split("\n");
          if (noPrepare.includes(this.resolved)) {
            log.info("prepare", "skip prepare, already seen", this.resolved);
            return;
          }
          noPrepare.push(this.resolved);
          return npm(
            this.npmBin,
            [].concat(this.npmInstallCmd).concat(this.npmCliConfig),
            dir,
            { ...process.env, _PACOTE_NO_PREPARE_: noPrepare.join("\n") },
            { message: "git dep preparation failed" }
          );
        });
      }
      [_.tarballFromResolved]() {
        const stream = new Minipass();
        stream.resolved = this.resolved;
        stream.from = this.from;
        this.#clone((dir) => this.#prepareDir(dir).then(() => new Promise((res, rej) => {
          if (!this.Arborist) {
            throw new Error("GitFetcher requires an Arborist constructor to pack a tarball");
          }
          const df = new DirFetcher(`file:${dir}`, {
            ...this.opts,
            Arborist: this.Arborist,
            resolved: null,
            integrity: null
          });
          const dirStream = df[_.tarballFromResolved]();
          dirStream.on("error", rej);
          dirStream.on("end", res);
          dirStream.pipe(stream);
        }))).catch(
          /* istanbul ignore next: very unlikely and hard to test */
          (er) => stream.emit("error", er)
        );
        return stream;
      }
      // clone a git repo into a temp folder (or fetch and unpack if possible)
      // handler accepts a directory, and returns a promise that resolves
      // when we're done with it, at which point, cacache deletes it
      //
      // TODO: after cloning, create a tarball of the folder, and add to the cache
      // with cacache.put.stream(), using a key that's deterministic based on the
      // spec and repo, so that we don't ever clone the same thing multiple times.
      #clone(handler, tarballOk = true) {
        const o = { tmpPrefix: "git-clone" };
        const ref = this.resolvedSha || this.spec.gitCommittish;
        const h = this.spec.hosted;
        const resolved = this.resolved;
        tarballOk = tarballOk && h && resolved === repoUrl(h, { noCommittish: false }) && h.tarball;
        return cacache.tmp.withTmp(this.cache, o, async (tmp) => {
          if (tarballOk) {
            const nameat = this.spec.name ? `${this.spec.name}@` : "";
            return new RemoteFetcher(h.tarball({ noCommittish: false }), {
              ...this.opts,
              allowGitIgnore: true,
              pkgid: `git:${nameat}${this.resolved}`,
              resolved: this.resolved,
              integrity: null
              // it'll always be different, if we have one
            }).extract(tmp).then(() => handler(`${tmp}${this.spec.gitSubdir || ""}`), (er) => {
              if (typeof er.statusCode === "number" && er.statusCode >= 400 || /^TAR_/.test(er.code)) {
                return this.#clone(handler, false);
              } else {
                throw er;
              }
            });
          }
          const sha = await (h ? this.#cloneHosted(ref, tmp) : this.#cloneRepo(this.spec.fetchSpec, ref, tmp));
          if (this.resolvedSha && this.resolvedSha !== sha) {
            throw checkoutError(this.resolvedSha, sha);
          }
          this.resolvedSha = sha;
          if (!this.resolved) {
            await this.#addGitSha(sha);
          }
          return handler(`${tmp}${this.spec.gitSubdir || ""}`);
        });
      }
      // first try https, since that's faster and passphrase-less for
      // public repos, and supports private repos when auth is provided.
      // Fall back to SSH to support private repos
      // NB: we always store the https url in resolved field if auth
      // is present, otherwise ssh if the hosted type provides it
      #cloneHosted(ref, tmp) {
        const hosted = this.spec.hosted;
        return this.#cloneRepo(hosted.https({ noCommittish: true }), ref, tmp).catch((er) => {
          if (er instanceof git.errors.GitPathspecError) {
            throw er;
          }
          const ssh = hosted.sshurl && hosted.sshurl({ noCommittish: true });
          if (!ssh || hosted.auth) {
            throw er;
          }
          return this.#cloneRepo(ssh, ref, tmp);
        });
      }
      #cloneRepo(repo, ref, tmp) {
        const { opts, spec } = this;
        return git.clone(repo, ref, tmp, { ...opts, spec });
      }
      manifest() {
        if (this.package) {
          return Promise.resolve(this.package);
        }
        return this.spec.hosted && this.resolved ? FileFetcher.prototype.manifest.apply(this) : this.#clone((dir) => this[_.readPackageJson](dir).then((mani) => this.package = {
          ...mani,
          _resolved: this.resolved,
          _from: this.from
        }));
      }
      packument() {
        return FileFetcher.prototype.packument.apply(this);
      }
    };
    module.exports = GitFetcher;
  }
});

// node_modules/pacote/lib/registry.js
var require_registry = __commonJS({
  "node_modules/pacote/lib/registry.js"(exports, module) {
    var crypto = __require("node:crypto");
    var PackageJson = require_lib7();
    var pickManifest = require_lib5();
    var ssri = require_lib8();
    var npa = require_npa();
    var sigstore = { verify: (...args) => require_dist().verify(...args) };
    var fetch = require_lib11();
    var Fetcher = require_fetcher();
    var RemoteFetcher = require_remote();
    var pacoteVersion = require_package().version;
    var removeTrailingSlashes = require_trailing_slashes();
    var _ = require_protected();
    var corgiDoc = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";
    var fullDoc = "application/json";
    var MISSING_TIME_CUTOFF = "2015-01-01T00:00:00.000Z";
    var RegistryFetcher = class extends Fetcher {
      #cacheKey;
      constructor(spec, opts) {
        super(spec, opts);
        this.packumentCache = this.opts.packumentCache || null;
        this.registry = fetch.pickRegistry(spec, opts);
        this.packumentUrl = `${removeTrailingSlashes(this.registry)}/${this.spec.escapedName}`;
        this.#cacheKey = `${this.fullMetadata ? "full" : "corgi"}:${this.packumentUrl}`;
        const parsed = new URL(this.registry);
        const regKey = `//${parsed.host}${parsed.pathname}`;
        if (this.opts[`${regKey}:_keys`]) {
          this.registryKeys = this.opts[`${regKey}:_keys`];
        }
      }
      async resolve() {
        await this.manifest();
        if (!this.resolved) {
          throw Object.assign(
            new Error("Invalid package manifest: no `dist.tarball` field"),
            { package: this.spec.toString() }
          );
        }
        return this.resolved;
      }
      #headers() {
        return {
          // npm will override UA, but ensure that we always send *something*
          "user-agent": this.opts.userAgent || `pacote/${pacoteVersion} node/${process.version}`,
          ...this.opts.headers || {},
          "pacote-version": pacoteVersion,
          "pacote-req-type": "packument",
          "pacote-pkg-id": `registry:${this.spec.name}`,
          accept: this.fullMetadata ? fullDoc : corgiDoc
        };
      }
      async packument() {
        if (this.packumentCache?.has(this.#cacheKey)) {
          return this.packumentCache.get(this.#cacheKey);
        }
        try {
          const res = await fetch(this.packumentUrl, {
            ...this.opts,
            headers: this.#headers(),
            spec: this.spec,
            // never check integrity for packuments themselves
            integrity: null
          });
          const packument = await res.json();
          const contentLength = res.headers.get("content-length");
          if (contentLength) {
            packument._contentLength = Number(contentLength);
          }
          this.packumentCache?.set(this.#cacheKey, packument);
          return packument;
        } catch (err) {
          this.packumentCache?.delete(this.#cacheKey);
          if (err.code !== "E404" || this.fullMetadata) {
            throw err;
          }
          this.fullMetadata = true;
          return this.packument();
        }
      }
      async manifest() {
        if (this.package) {
          return this.package;
        }
        if (this.opts.verifySignatures) {
          this.fullMetadata = true;
        }
        const packument = await this.packument();
        const steps = PackageJson.normalizeSteps.filter((s) => s !== "_attributes");
        const mani = await new PackageJson().fromContent(pickManifest(packument, this.spec.fetchSpec, {
          ...this.opts,
          defaultTag: this.defaultTag,
          before: this.before
        })).normalize({ steps }).then((p) => p.content);
        const time = packument.time?.[mani.version];
        if (time) {
          mani._time = time;
        }
        const { dist } = mani;
        if (dist) {
          this.resolved = mani._resolved = dist.tarball;
          mani._from = this.from;
          const distIntegrity = dist.integrity ? ssri.parse(dist.integrity) : dist.shasum ? ssri.fromHex(dist.shasum, "sha1", { ...this.opts }) : null;
          if (distIntegrity) {
            if (this.integrity && !this.integrity.match(distIntegrity)) {
              for (const algo of Object.keys(this.integrity)) {
                if (distIntegrity[algo]) {
                  throw Object.assign(new Error(
                    `Integrity checksum failed when using ${algo}: wanted ${this.integrity} but got ${distIntegrity}.`
                  ), { code: "EINTEGRITY" });
                }
              }
            }
            this.integrity = distIntegrity;
          }
        }
        if (this.integrity) {
          mani._integrity = String(this.integrity);
          if (dist.signatures) {
            if (this.opts.verifySignatures) {
              const message = `${mani._id}:${mani._integrity}`;
              for (const signature of dist.signatures) {
                const publicKey = this.registryKeys && this.registryKeys.filter((key) => key.keyid === signature.keyid)[0];
                if (!publicKey) {
                  throw Object.assign(new Error(
                    `${mani._id} has a registry signature with keyid: ${signature.keyid} but no corresponding public key can be found`
                  ), { code: "EMISSINGSIGNATUREKEY" });
                }
                const publishedTime = Date.parse(mani._time || MISSING_TIME_CUTOFF);
                const validPublicKey = !publicKey.expires || publishedTime < Date.parse(publicKey.expires);
                if (!validPublicKey) {
                  throw Object.assign(new Error(
                    `${mani._id} has a registry signature with keyid: ${signature.keyid} but the corresponding public key has expired ${publicKey.expires}`
                  ), { code: "EEXPIREDSIGNATUREKEY" });
                }
                const verifier = crypto.createVerify("SHA256");
                verifier.write(message);
                verifier.end();
                const valid = verifier.verify(
                  publicKey.pemkey,
                  signature.sig,
                  "base64"
                );
                if (!valid) {
                  throw Object.assign(new Error(
                    `${mani._id} has an invalid registry signature with keyid: ${publicKey.keyid} and signature: ${signature.sig}`
                  ), {
                    code: "EINTEGRITYSIGNATURE",
                    keyid: publicKey.keyid,
                    signature: signature.sig,
                    resolved: mani._resolved,
                    integrity: mani._integrity
                  });
                }
              }
              mani._signatures = dist.signatures;
            } else {
              mani._signatures = dist.signatures;
            }
          }
          if (dist.attestations) {
            if (this.opts.verifyAttestations) {
              const attestationsPath = new URL(dist.attestations.url).pathname;
              const attestationsUrl = new URL(attestationsPath, this.registry).href;
              const res = await fetch(attestationsUrl, {
                ...this.opts,
                // disable integrity check for attestations json payload, we check the
                // integrity in the verification steps below
                integrity: null
              });
              const { attestations } = await res.json();
              const bundles = attestations.map(({ predicateType, bundle }) => {
                const statement = JSON.parse(
                  Buffer.from(bundle.dsseEnvelope.payload, "base64").toString("utf8")
                );
                const keyid = bundle.dsseEnvelope.signatures[0].keyid;
                const signature = bundle.dsseEnvelope.signatures[0].sig;
                return {
                  predicateType,
                  bundle,
                  statement,
                  keyid,
                  signature
                };
              });
              const attestationKeyIds = bundles.map((b) => b.keyid).filter((k) => !!k);
              const attestationRegistryKeys = (this.registryKeys || []).filter((key) => attestationKeyIds.includes(key.keyid));
              if (attestationKeyIds.length > 0 && !attestationRegistryKeys.length) {
                throw Object.assign(new Error(
                  `${mani._id} has attestations but no corresponding public key(s) can be found`
                ), { code: "EMISSINGSIGNATUREKEY" });
              }
              for (const { predicateType, bundle, keyid, signature, statement } of bundles) {
                const publicKey = attestationRegistryKeys.find((key) => key.keyid === keyid);
                if (keyid) {
                  if (!publicKey) {
                    throw Object.assign(new Error(
                      `${mani._id} has attestations with keyid: ${keyid} but no corresponding public key can be found`
                    ), { code: "EMISSINGSIGNATUREKEY" });
                  }
                  const integratedTime = new Date(
                    Number(
                      bundle.verificationMaterial.tlogEntries[0].integratedTime
                    ) * 1e3
                  );
                  const validPublicKey = !publicKey.expires || integratedTime < Date.parse(publicKey.expires);
                  if (!validPublicKey) {
                    throw Object.assign(new Error(
                      `${mani._id} has attestations with keyid: ${keyid} but the corresponding public key has expired ${publicKey.expires}`
                    ), { code: "EEXPIREDSIGNATUREKEY" });
                  }
                }
                const subject = {
                  name: statement.subject[0].name,
                  sha512: statement.subject[0].digest.sha512
                };
                const purl = this.spec.type === "version" ? npa.toPurl(this.spec) : this.spec;
                if (subject.name !== purl) {
                  throw Object.assign(new Error(
                    `${mani._id} package name and version (PURL): ${purl} doesn't match what was signed: ${subject.name}`
                  ), { code: "EATTESTATIONSUBJECT" });
                }
                const integrityHexDigest = ssri.parse(this.integrity).hexDigest();
                if (subject.sha512 !== integrityHexDigest) {
                  throw Object.assign(new Error(
                    `${mani._id} package integrity (hex digest): ${integrityHexDigest} doesn't match what was signed: ${subject.sha512}`
                  ), { code: "EATTESTATIONSUBJECT" });
                }
                try {
                  const options = {
                    tufCachePath: this.tufCache,
                    tufForceCache: true,
                    keySelector: publicKey ? () => publicKey.pemkey : void 0
                  };
                  await sigstore.verify(bundle, options);
                } catch (e) {
                  throw Object.assign(new Error(
                    `${mani._id} failed to verify attestation: ${e.message}`
                  ), {
                    code: "EATTESTATIONVERIFY",
                    predicateType,
                    keyid,
                    signature,
                    resolved: mani._resolved,
                    integrity: mani._integrity
                  });
                }
              }
              mani._attestations = dist.attestations;
              mani._attestationBundles = attestations;
            } else {
              mani._attestations = dist.attestations;
            }
          }
        }
        this.package = mani;
        return this.package;
      }
      [_.tarballFromResolved]() {
        return new RemoteFetcher(this.resolved, {
          ...this.opts,
          resolved: this.resolved,
          pkgid: `registry:${this.spec.name}@${this.resolved}`
        })[_.tarballFromResolved]();
      }
      get types() {
        return [
          "tag",
          "version",
          "range"
        ];
      }
    };
    module.exports = RegistryFetcher;
  }
});

// node_modules/pacote/lib/fetcher.js
var require_fetcher = __commonJS({
  "node_modules/pacote/lib/fetcher.js"(exports, module) {
    var { basename, dirname } = __require("node:path");
    var { rm, mkdir } = __require("node:fs/promises");
    var PackageJson = require_lib7();
    var cacache = require_lib10();
    var fsm = require_lib9();
    var getContents = require_lib13();
    var npa = require_npa();
    var { promiseRetry } = require_lib3();
    var ssri = require_lib8();
    var tar = require_index_min2();
    var { Minipass } = require_commonjs2();
    var { log } = require_lib();
    var _ = require_protected();
    var cacheDir = require_cache_dir();
    var isPackageBin = require_is_package_bin();
    var removeTrailingSlashes = require_trailing_slashes();
    var packageJsonPrepare = (p) => PackageJson.prepare(p).then((pkg) => pkg.content);
    var packageJsonNormalize = (p) => PackageJson.normalize(p).then((pkg) => pkg.content);
    var FetcherBase = class {
      constructor(spec, opts) {
        if (!opts || typeof opts !== "object") {
          throw new TypeError("options object is required");
        }
        this.spec = npa(spec, opts.where);
        this.allowGitIgnore = !!opts.allowGitIgnore;
        this.from = this.spec.registry ? `${this.spec.name}@${this.spec.rawSpec}` : this.spec.saveSpec;
        this.#assertType();
        this.opts = { ...opts };
        this.cache = opts.cache || cacheDir().cacache;
        this.tufCache = opts.tufCache || cacheDir().tufcache;
        this.resolved = opts.resolved || null;
        this.defaultIntegrityAlgorithm = opts.defaultIntegrityAlgorithm || "sha512";
        if (typeof opts.integrity === "string") {
          this.opts.integrity = ssri.parse(opts.integrity);
        }
        this.package = null;
        this.type = this.constructor.name;
        this.fmode = opts.fmode || 438;
        this.dmode = opts.dmode || 511;
        this.umask = opts.umask || 0;
        this.preferOnline = !!opts.preferOnline;
        this.preferOffline = !!opts.preferOffline;
        this.offline = !!opts.offline;
        this.before = opts.before;
        this.fullMetadata = this.before ? true : !!opts.fullMetadata;
        this.fullReadJson = !!opts.fullReadJson;
        this[_.readPackageJson] = this.fullReadJson ? packageJsonPrepare : packageJsonNormalize;
        this.replaceRegistryHost = !opts.replaceRegistryHost || opts.replaceRegistryHost === "npmjs" ? "registry.npmjs.org" : opts.replaceRegistryHost;
        this.defaultTag = opts.defaultTag || "latest";
        this.registry = removeTrailingSlashes(opts.registry || "https://registry.npmjs.org");
        this.npmBin = opts.npmBin || "npm";
        this.npmInstallCmd = opts.npmInstallCmd || ["install", "--force"];
        this.npmCliConfig = opts.npmCliConfig || [
          `--cache=${dirname(this.cache)}`,
          `--prefer-offline=${!!this.preferOffline}`,
          `--prefer-online=${!!this.preferOnline}`,
          `--offline=${!!this.offline}`,
          ...this.before ? [`--before=${this.before.toISOString()}`] : [],
          "--no-progress",
          "--no-save",
          "--no-audit",
          // override any omit settings from the environment
          "--include=dev",
          "--include=peer",
          "--include=optional",
          // we need the actual things, not just the lockfile
          "--no-package-lock-only",
          "--no-dry-run",
          // override npm_config_global from the parent process: this inner
          // `npm install` is preparing deps inside a tmp git clone, and it
          // must reify into that clone's cwd, never the outer global prefix.
          "--global=false"
        ];
      }
      get integrity() {
        return this.opts.integrity || null;
      }
      set integrity(i) {
        if (!i) {
          return;
        }
        i = ssri.parse(i);
        const current = this.opts.integrity;
        if (current) {
          current.merge(i);
        } else {
          this.opts.integrity = i;
        }
      }
      get notImplementedError() {
        return new Error("not implemented in this fetcher type: " + this.type);
      }
      // override in child classes
      // Returns a Promise that resolves to this.resolved string value
      resolve() {
        return this.resolved ? Promise.resolve(this.resolved) : Promise.reject(this.notImplementedError);
      }
      packument() {
        return Promise.reject(this.notImplementedError);
      }
      // override in child class
      // returns a manifest containing:
      // - name
      // - version
      // - _resolved
      // - _integrity
      // - plus whatever else was in there (corgi, full metadata, or pj file)
      manifest() {
        return Promise.reject(this.notImplementedError);
      }
      // private, should be overridden.
      // Note that they should *not* calculate or check integrity or cache,
      // but *just*  return the raw tarball data stream.
      [_.tarballFromResolved]() {
        throw this.notImplementedError;
      }
      // public, should not be overridden
      tarball() {
        return this.tarballStream((stream) => stream.concat().then((data) => {
          data.integrity = this.integrity && String(this.integrity);
          data.resolved = this.resolved;
          data.from = this.from;
          return data;
        }));
      }
      // private
      // Note: cacache will raise a EINTEGRITY error if the integrity doesn't match
      #tarballFromCache() {
        const startTime = Date.now();
        const stream = cacache.get.stream.byDigest(this.cache, this.integrity, this.opts);
        const elapsedTime = Date.now() - startTime;
        log.http(
          "cache",
          `${this.spec} ${elapsedTime}ms (cache hit)`
        );
        return stream;
      }
      get [_.cacheFetches]() {
        return true;
      }
      #istream(stream) {
        if (!this.opts.cache || !this[_.cacheFetches]) {
          if (stream.hasIntegrityEmitter) {
            stream.on("integrity", (i) => this.integrity = i);
            return stream;
          }
          const istream = ssri.integrityStream(this.opts);
          istream.on("integrity", (i) => this.integrity = i);
          stream.on("error", (err) => istream.emit("error", err));
          return stream.pipe(istream);
        }
        const middleStream = new Minipass();
        stream.on("error", (err) => middleStream.emit("error", err));
        stream.pipe(middleStream, { end: false });
        const cstream = cacache.put.stream(
          this.opts.cache,
          `pacote:tarball:${this.from}`,
          this.opts
        );
        cstream.on("integrity", (i) => this.integrity = i);
        cstream.on("error", (err) => stream.emit("error", err));
        stream.pipe(cstream);
        cstream.promise().catch(() => {
        }).then(() => middleStream.end());
        return middleStream;
      }
      pickIntegrityAlgorithm() {
        return this.integrity ? this.integrity.pickAlgorithm(this.opts) : this.defaultIntegrityAlgorithm;
      }
      // TODO: check error class, once those are rolled out to our deps
      isDataCorruptionError(er) {
        return er.code === "EINTEGRITY" || er.code === "Z_DATA_ERROR";
      }
      // override the types getter
      get types() {
        return false;
      }
      #assertType() {
        if (this.types && !this.types.includes(this.spec.type)) {
          throw new TypeError(`Wrong spec type (${this.spec.type}) for ${this.constructor.name}. Supported types: ${this.types.join(", ")}`);
        }
      }
      // We allow ENOENTs from cacache, but not anywhere else.
      // An ENOENT trying to read a tgz file, for example, is Right Out.
      isRetriableError(er) {
        return this.isDataCorruptionError(er) || er.code === "ENOENT" || er.code === "EISDIR";
      }
      // Mostly internal, but has some uses
      // Pass in a function which returns a promise
      // Function will be called 1 or more times with streams that may fail.
      // Retries:
      // Function MUST handle errors on the stream by rejecting the promise,
      // so that retry logic can pick it up and either retry or fail whatever
      // promise it was making (ie, failing extraction, etc.)
      //
      // The return value of this method is a Promise that resolves the same
      // as whatever the streamHandler resolves to.
      //
      // This should never be overridden by child classes, but it is public.
      tarballStream(streamHandler) {
        const fromCache = !this.preferOnline && this.integrity && this.resolved ? streamHandler(this.#tarballFromCache()).catch((er) => {
          if (this.isDataCorruptionError(er)) {
            log.warn("tarball", `cached data for ${this.spec} (${this.integrity}) seems to be corrupted. Refreshing cache.`);
            return this.cleanupCached().then(() => {
              throw er;
            });
          } else {
            throw er;
          }
        }) : null;
        const fromResolved = (er) => {
          if (er) {
            if (!this.isRetriableError(er)) {
              throw er;
            }
            log.silly("tarball", `no local data for ${this.spec}. Extracting by manifest.`);
          }
          return this.resolve().then(() => promiseRetry((tryAgain) => streamHandler(this.#istream(this[_.tarballFromResolved]())).catch((streamErr) => {
            if (this.isRetriableError(streamErr)) {
              log.warn("tarball", `tarball data for ${this.spec} (${this.integrity}) seems to be corrupted. Trying again.`);
              return this.cleanupCached().then(() => tryAgain(streamErr));
            }
            throw streamErr;
          }), { retries: 1, minTimeout: 0, maxTimeout: 0 }));
        };
        return fromCache ? fromCache.catch(fromResolved) : fromResolved();
      }
      cleanupCached() {
        return cacache.rm.content(this.cache, this.integrity, this.opts);
      }
      #empty(path) {
        return getContents({ path, depth: 1 }).then((contents) => Promise.all(
          contents.map((entry) => rm(entry, { recursive: true, force: true }))
        ));
      }
      async #mkdir(dest) {
        await this.#empty(dest);
        return await mkdir(dest, { recursive: true });
      }
      // extraction is always the same.  the only difference is where
      // the tarball comes from.
      async extract(dest) {
        await this.#mkdir(dest);
        return this.tarballStream((tarball) => this.#extract(dest, tarball));
      }
      #toFile(dest) {
        return this.tarballStream((str) => new Promise((res, rej) => {
          const writer = new fsm.WriteStream(dest);
          str.on("error", (er) => writer.emit("error", er));
          writer.on("error", (er) => rej(er));
          writer.on("close", () => res({
            integrity: this.integrity && String(this.integrity),
            resolved: this.resolved,
            from: this.from
          }));
          str.pipe(writer);
        }));
      }
      // don't use this.#mkdir because we don't want to rimraf anything
      async tarballFile(dest) {
        const dir = dirname(dest);
        await mkdir(dir, { recursive: true });
        return this.#toFile(dest);
      }
      #extract(dest, tarball) {
        const extractor = tar.x(this.#tarxOptions({ cwd: dest }));
        const p = new Promise((resolve, reject) => {
          extractor.on("end", () => {
            resolve({
              resolved: this.resolved,
              integrity: this.integrity && String(this.integrity),
              from: this.from
            });
          });
          extractor.on("error", (er) => {
            log.warn("tar", er.message);
            log.silly("tar", er);
            reject(er);
          });
          tarball.on("error", (er) => reject(er));
        });
        tarball.pipe(extractor);
        return p;
      }
      // always ensure that entries are at least as permissive as our configured
      // dmode/fmode, but never more permissive than the umask allows.
      #entryMode(path, mode, type) {
        const m = /Directory|GNUDumpDir/.test(type) ? this.dmode : /File$/.test(type) ? this.fmode : (
          /* istanbul ignore next - should never happen in a pkg */
          0
        );
        const exe = isPackageBin(this.package, path) ? 73 : 0;
        return (mode | m) & ~this.umask | exe | 384;
      }
      #tarxOptions({ cwd }) {
        const sawIgnores = /* @__PURE__ */ new Set();
        return {
          cwd,
          noChmod: true,
          noMtime: true,
          filter: (name, entry) => {
            if (/Link$/.test(entry.type)) {
              return false;
            }
            entry.mode = this.#entryMode(entry.path, entry.mode, entry.type);
            if (/File$/.test(entry.type)) {
              const base = basename(entry.path);
              if (base === ".npmignore") {
                sawIgnores.add(entry.path);
              } else if (base === ".gitignore" && !this.allowGitIgnore) {
                const ni = entry.path.replace(/\.gitignore$/, ".npmignore");
                if (sawIgnores.has(ni)) {
                  return false;
                }
                entry.path = ni;
              }
              return true;
            }
          },
          strip: 1,
          onwarn: (
            /* istanbul ignore next - we can trust that tar logs */
            (code, msg, data) => {
              log.warn("tar", code, msg);
              log.silly("tar", code, msg, data);
            }
          ),
          umask: this.umask,
          // always ignore ownership info from tarball metadata
          preserveOwner: false
        };
      }
    };
    module.exports = FetcherBase;
    var GitFetcher = require_git();
    var RegistryFetcher = require_registry();
    var FileFetcher = require_file();
    var DirFetcher = require_dir();
    var RemoteFetcher = require_remote();
    var canUse = ({ allow = "all", isRoot = false, allowType, spec }) => {
      if (allow === "all") {
        return true;
      }
      if (allow !== "none" && isRoot) {
        return true;
      }
      throw Object.assign(
        new Error(`Fetching${allow === "root" ? " non-root" : ""} packages of type "${allowType}" have been disabled`),
        {
          code: `EALLOW${allowType.toUpperCase()}`,
          package: spec.toString()
        }
      );
    };
    FetcherBase.get = (rawSpec, opts = {}) => {
      const spec = npa(rawSpec, opts.where);
      switch (spec.type) {
        case "git":
          canUse({ allow: opts.allowGit, isRoot: opts._isRoot, allowType: "git", spec });
          return new GitFetcher(spec, opts);
        case "remote":
          canUse({ allow: opts.allowRemote, isRoot: opts._isRoot, allowType: "remote", spec });
          return new RemoteFetcher(spec, opts);
        case "version":
        case "range":
        case "tag":
        case "alias":
          canUse({ allow: opts.allowRegistry, isRoot: opts._isRoot, allowType: "registry", spec });
          return new RegistryFetcher(spec.subSpec || spec, opts);
        case "file":
          canUse({ allow: opts.allowFile, isRoot: opts._isRoot, allowType: "file", spec });
          return new FileFetcher(spec, opts);
        case "directory":
          canUse({ allow: opts.allowDirectory, isRoot: opts._isRoot, allowType: "directory", spec });
          return new DirFetcher(spec, opts);
        default:
          throw new TypeError("Unknown spec type: " + spec.type);
      }
    };
  }
});

// node_modules/pacote/lib/index.js
var require_lib17 = __commonJS({
  "node_modules/pacote/lib/index.js"(exports, module) {
    var { get } = require_fetcher();
    var GitFetcher = require_git();
    var RegistryFetcher = require_registry();
    var FileFetcher = require_file();
    var DirFetcher = require_dir();
    var RemoteFetcher = require_remote();
    var tarball = (spec, opts) => get(spec, opts).tarball();
    tarball.stream = (spec, handler, opts) => get(spec, opts).tarballStream(handler);
    tarball.file = (spec, dest, opts) => get(spec, opts).tarballFile(dest);
    module.exports = {
      GitFetcher,
      RegistryFetcher,
      FileFetcher,
      DirFetcher,
      RemoteFetcher,
      resolve: (spec, opts) => get(spec, opts).resolve(),
      extract: (spec, dest, opts) => get(spec, opts).extract(dest),
      manifest: (spec, opts) => get(spec, opts).manifest(),
      packument: (spec, opts) => get(spec, opts).packument(),
      tarball
    };
  }
});

export {
  require_lib13 as require_lib,
  require_lib16 as require_lib2,
  require_run_script,
  require_lib17 as require_lib3
};
