// What a program's bundle keeps of the built package: Vite builds a one-line entry that re-exports some of
// dist/'s names, minified as an application's production build is (whitespace too, which Vite's library mode
// keeps), so unused modules drop out ("sideEffects": false). Used by `npm run sizes` and test/package.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const ROOT = join(import.meta.dirname, "..");

/** The parts of the package issue #18 measures: what each imports from dist/. */
export const PARTS = {
  "MathForge (core, catalog, forge)": ["index.js", ["MathForge"]],
  "the core and the catalog (parse, diff, the printers, compile, compileRows, CATALOG)": ["index.js", ["parse", "diff", "printLatex", "printText", "compile", "compileRows", "CATALOG"]],
  "parse, diff, printLatex, compile (the core alone)": ["index.js", ["parse", "diff", "printLatex", "compile"]],
  "plot from neurogebra/plot (vega loads only in plotSvg)": ["plot/index.js", ["plot"]],
};

/** Minified and gzipped bytes of a bundle of the names `names` of dist/`module`. */
export async function bundleSize(module, names) {
  const work = mkdtempSync(join(tmpdir(), "neurogebra-bundle-"));
  try {
    writeFileSync(join(work, "entry.js"), `export { ${names.join(", ")} } from ${JSON.stringify(join(ROOT, "dist", module))};\n`);
    const result = await build({
      root: work,
      configFile: false,
      logLevel: "silent",
      build: { write: false, lib: { entry: join(work, "entry.js"), formats: ["es"], fileName: "entry" }, rollupOptions: { external: ["vega", "vega-lite"], output: { minify: { codegen: true } } } },
    });
    const code = [result].flat()[0].output[0].code;
    return { minified: code.length, gzipped: gzipSync(code).length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
