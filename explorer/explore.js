// `npm run explore [-- --port PORT]`: builds the explorer app with Vite, then serves it (default port 5178).
import { join } from "node:path";
import console from "node:console";
import process from "node:process";
import { parseArgs } from "node:util";
import { build } from "vite";
import { serve } from "./serve.js";

const here = import.meta.dirname;
const { values } = parseArgs({ options: { port: { type: "string", default: "5178" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`error: --port must be an integer from 0 to 65535, got '${values.port}'.`);
  process.exit(2);
}
await build({ configFile: join(here, "vite.config.ts") });
try {
  const { url } = await serve(join(here, "dist"), port);
  console.log(`neurogebra explorer: ${url} (Ctrl-C stops it)`);
} catch (error) {
  console.error(`error: cannot serve on port ${port}: ${error.message}`);
  process.exit(1);
}
