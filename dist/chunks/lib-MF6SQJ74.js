import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  require_lib3 as require_lib
} from "./chunk-7V56SBZ3.js";
import "./chunk-P5SU3SAN.js";
import "./chunk-MOA3HH42.js";
import "./chunk-ED6KCKSI.js";
import "./chunk-X43E5E7K.js";
import "./chunk-QJ2HLUE6.js";
import "./chunk-GVN5TAG5.js";
import "./chunk-YKJQQCXC.js";
export default require_lib();
