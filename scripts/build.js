// `npm run build`: the ESM build with its type declarations (dist/, with the CLI), then the CommonJS entry
// (dist/cjs/) with the same declarations and a package.json telling Node its .js files are CommonJS, and the
// browser bundle (dist/browser/); both bundles are described in vite.lib.config.ts. Also run by the tests'
// global setup, so tests see what users get.
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, sep } from "node:path";
import process from "node:process";
import { build } from "vite";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
for (const mode of ["cjs", "browser"]) await build({ root, configFile: join(root, "vite.lib.config.ts"), mode, logLevel: "warn" });
// Declarations of everything but the CLI, which has no CommonJS entry.
for (const file of readdirSync(dist, { recursive: true })) {
  const top = file.split(sep)[0];
  if (file.endsWith(".d.ts") && !["cli", "cjs", "browser"].includes(top)) cpSync(join(dist, file), join(dist, "cjs", file));
}
writeFileSync(join(dist, "cjs/package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
