import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  require_lib2 as require_lib
} from "./chunk-GF3WE5YB.js";
import "./chunk-PXCHAHIT.js";
import "./chunk-LL6KGBOI.js";
import "./chunk-FMINVKSF.js";
import "./chunk-2RZSGZTM.js";
import "./chunk-UZUV7YZO.js";
export default require_lib();
