import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  require_lib3 as require_lib
} from "./chunk-BXZE2FTG.js";
import "./chunk-23Y7RT7J.js";
import "./chunk-DEEVSYT4.js";
import "./chunk-ED6KCKSI.js";
import "./chunk-X43E5E7K.js";
import "./chunk-XN76DAI7.js";
import "./chunk-XNTF4DZC.js";
import "./chunk-ZQF4GEQH.js";
import "./chunk-YKJQQCXC.js";
export default require_lib();
