import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  require_lib2 as require_lib
} from "./chunk-BOBHO3PZ.js";
import "./chunk-X43E5E7K.js";
import "./chunk-GWTCLZ6L.js";
import "./chunk-URHFIMYG.js";
import "./chunk-RV6AQKPW.js";
import "./chunk-YKJQQCXC.js";
export default require_lib();
