// `npm run sizes`: what the library weighs. The browser bundle gzipped, what a bundler (Vite) keeps of the
// package for programs importing parts of it, and what `npm install neurogebra` puts in node_modules
// (scripts/install-size.mjs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { report } from "./install-size.mjs";

const root = join(import.meta.dirname, "..");
const gz = (code) => gzipSync(code).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const out = (line) => process.stdout.write(`${line}\n`);

const bundle = readFileSync(join(root, "dist/browser/neurogebra.js"));
out(`browser bundle (dist/browser/neurogebra.js): ${kB(bundle.length)} minified, ${kB(gz(bundle))} gzipped`);

const work = mkdtempSync(join(tmpdir(), "neurogebra-sizes-"));
try {
  // A bundler drops the modules a program does not use (package.json has "sideEffects": false).
  for (const [what, source] of [
    ["MathForge (core, catalog, forge)", `export { MathForge } from ${JSON.stringify(join(root, "dist/index.js"))};`],
    ["the core and the catalog (parse, diff, the printers, compile, compileRows, CATALOG)", `export { parse, diff, printLatex, printText, compile, compileRows, CATALOG } from ${JSON.stringify(join(root, "dist/index.js"))};`],
    ["parse, diff, printLatex, compile (the core alone)", `export { parse, diff, printLatex, compile } from ${JSON.stringify(join(root, "dist/index.js"))};`],
    ["plot from neurogebra/plot (vega loads only in plotSvg)", `export { plot } from ${JSON.stringify(join(root, "dist/plot/index.js"))};`],
  ]) {
    writeFileSync(join(work, "entry.js"), `${source}\n`);
    const result = await build({ root: work, logLevel: "silent", build: { write: false, lib: { entry: join(work, "entry.js"), formats: ["es"], fileName: "entry" }, rollupOptions: { external: ["vega", "vega-lite"] } } });
    const code = [result].flat()[0].output[0].code;
    out(`a bundle importing ${what}: ${kB(code.length)} minified, ${kB(gz(code))} gzipped`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
out(report());
