/**
 * The package's entry in Node: the library, with worker threads installed for long arrays (the `threads`
 * option of eval and map). Browsers and bundlers get src/index.ts, which imports nothing of Node.
 */
import { installNodeThreads } from "./threads/node.js";

export * from "./index.js";
export { installNodeThreads } from "./threads/node.js";

installNodeThreads();
