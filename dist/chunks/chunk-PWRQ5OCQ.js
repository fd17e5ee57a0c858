import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  __commonJS,
  __require
} from "./chunk-UZUV7YZO.js";

// builtin-by-require:http
var require_http = __commonJS({
  "builtin-by-require:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

// builtin-by-require:https
var require_https = __commonJS({
  "builtin-by-require:https"(exports, module) {
    module.exports = __require("node:https");
  }
});

export {
  require_http,
  require_https
};
