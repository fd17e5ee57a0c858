import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  require_lib3 as require_lib
} from "./chunk-PRFG75QP.js";
import "./chunk-ENQEKOT7.js";
import "./chunk-ARIYZWV3.js";
import "./chunk-ED6KCKSI.js";
import "./chunk-X43E5E7K.js";
import "./chunk-GWTCLZ6L.js";
import "./chunk-URHFIMYG.js";
import "./chunk-RV6AQKPW.js";
import "./chunk-YKJQQCXC.js";
export default require_lib();
