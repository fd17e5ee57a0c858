import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  require_lib2 as require_lib
} from "./chunk-E2YMU7J3.js";
import "./chunk-X43E5E7K.js";
import "./chunk-XN76DAI7.js";
import "./chunk-XNTF4DZC.js";
import "./chunk-ZQF4GEQH.js";
import "./chunk-YKJQQCXC.js";
export default require_lib();
