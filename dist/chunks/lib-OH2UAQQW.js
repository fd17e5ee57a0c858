import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  require_lib3 as require_lib
} from "./chunk-RRYBIDYA.js";
import "./chunk-QNHBLCQA.js";
import "./chunk-XGBPPRD2.js";
import "./chunk-PWRQ5OCQ.js";
import "./chunk-PXCHAHIT.js";
import "./chunk-CTIJB6ON.js";
import "./chunk-C7B4ESLV.js";
import "./chunk-YIZ5CPG4.js";
import "./chunk-UZUV7YZO.js";
export default require_lib();
