// `npm run sizes`: what the library weighs. The browser bundle gzipped, what a bundler (Vite) keeps of the
// package for programs importing parts of it (scripts/bundle-size.mjs), and what `npm install neurogebra` puts
// in node_modules (scripts/install-size.mjs).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { gzipSync } from "node:zlib";
import { PARTS, bundleSize } from "./bundle-size.mjs";
import { report } from "./install-size.mjs";

const root = join(import.meta.dirname, "..");
const gz = (code) => gzipSync(code).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const out = (line) => process.stdout.write(`${line}\n`);

const bundle = readFileSync(join(root, "dist/browser/neurogebra.js"));
out(`browser bundle (dist/browser/neurogebra.js): ${kB(bundle.length)} minified, ${kB(gz(bundle))} gzipped`);

for (const [what, [module, names]] of Object.entries(PARTS)) {
  const size = await bundleSize(module, names);
  out(`a bundle importing ${what}: ${kB(size.minified)} minified, ${kB(size.gzipped)} gzipped`);
}
out(report());
