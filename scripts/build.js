// `npm run build`: the ESM build with its type declarations (dist/, with the CLI), its vendor modules rebuilt with
// their third-party code inlined (the package has no dependencies), then the CommonJS entry (dist/cjs/) with the
// same declarations and a package.json telling Node its .js files are CommonJS, and the browser bundle
// (dist/browser/); all are described in vite.lib.config.ts. Last, dist/THIRD_PARTY_NOTICES: the licenses and
// notices of every package whose code the bundles contain. Also run by the tests' global setup, so tests see what
// users get.
import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, sep } from "node:path";
import process from "node:process";
import { build } from "vite";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
// From scratch, so that no file of an earlier build is packed.
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
const bundled = new Set();
for (const mode of ["vendor", "vendor-cli", "cjs", "browser"]) {
  const outputs = [await build({ root, configFile: join(root, "vite.lib.config.ts"), mode, logLevel: "warn" })].flat();
  for (const chunk of outputs.flatMap((o) => o.output)) if (chunk.type === "chunk") for (const id of chunk.moduleIds) bundled.add(id);
}
// tsc's source maps of the vendor modules describe the code the bundles replaced (no longer pointing to them).
for (const file of readdirSync(dist, { recursive: true })) {
  if (file.endsWith(".js.map") && !readFileSync(join(dist, file.slice(0, -4)), "utf8").includes("//# sourceMappingURL=")) rmSync(join(dist, file));
}
// Declarations of everything but the CLI, which has no CommonJS entry.
for (const file of readdirSync(dist, { recursive: true })) {
  const top = file.split(sep)[0];
  if (file.endsWith(".d.ts") && !["cli", "cjs", "browser"].includes(top)) cpSync(join(dist, file), join(dist, "cjs", file));
}
writeFileSync(join(dist, "cjs/package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
writeFileSync(join(dist, "THIRD_PARTY_NOTICES"), notices(bundled));

/** The bundled packages (from the modules' paths), grouped by identical LICENSE and NOTICE texts. */
function notices(moduleIds) {
  const packages = new Map();
  for (const id of moduleIds) {
    const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll("\\", "/"));
    if (match !== null) packages.set(match[1], JSON.parse(readFileSync(join(match[1], "package.json"), "utf8")));
  }
  // LICENSE, license.md, NOTICE, ...: each file of the package's top directory whose name matches.
  const read = (dir, pattern) => readdirSync(dir).filter((f) => pattern.test(f)).sort().map((f) => readFileSync(join(dir, f), "utf8").trim()).join("\n\n");
  const groups = new Map();
  for (const [dir, manifest] of [...packages].sort((a, b) => a[1].name.localeCompare(b[1].name))) {
    const texts = [read(dir, /^notice(\.md|\.txt)?$/i), read(dir, /^licen[cs]e(\.md|\.txt)?$/i)].filter((t) => t !== "").join("\n\n");
    if (texts === "") throw new Error(`${manifest.name} is bundled into dist/ but ships no LICENSE file to copy into THIRD_PARTY_NOTICES`);
    groups.set(texts, [...(groups.get(texts) ?? []), `${manifest.name} ${manifest.version} (${manifest.license})`]);
  }
  const head = `neurogebra's published files contain code of the ${packages.size} packages below, bundled by scripts/build.js: the stdlib-js special functions (dist/core/functions/stdlib.js, the CommonJS entry dist/cjs/ and the browser bundle dist/browser/), and the CLI's commander and csv-parse (dist/cli/). Each group of packages is followed by its NOTICE and LICENSE texts.`;
  const sections = [...groups].map(([texts, names]) => `${"=".repeat(78)}\n${names.join("\n")}\n${"-".repeat(78)}\n${texts}`);
  return `${[head, ...sections].join("\n\n")}\n`;
}
