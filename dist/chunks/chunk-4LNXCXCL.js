import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  __commonJS,
  __require
} from "./chunk-UZUV7YZO.js";

// node_modules/walk-up-path/dist/commonjs/index.js
var require_commonjs = __commonJS({
  "node_modules/walk-up-path/dist/commonjs/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.walkUp = void 0;
    var path_1 = __require("path");
    var walkUp = function* (path) {
      for (path = (0, path_1.resolve)(path); path; ) {
        yield path;
        const pp = (0, path_1.dirname)(path);
        if (pp === path) {
          break;
        } else {
          path = pp;
        }
      }
    };
    exports.walkUp = walkUp;
  }
});

export {
  require_commonjs
};
