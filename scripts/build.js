// `npm run build`: the ESM build (dist/, with the CLI) and the CommonJS entry (dist/cjs/), whose own package.json
// tells Node its .js files are CommonJS. Also run by the tests' global setup, so tests see what users get.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import process from "node:process";

const root = join(import.meta.dirname, "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
for (const config of ["tsconfig.build.json", "tsconfig.cjs.json"]) {
  execFileSync(process.execPath, [tsc, "-p", config], { cwd: root, stdio: "inherit" });
}
writeFileSync(join(root, "dist/cjs/package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
