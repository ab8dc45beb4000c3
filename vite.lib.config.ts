// The library's bundles, built by scripts/build.js with Vite (rolldown) in library mode:
// - mode "cjs": the CommonJS entry (dist/cjs/), the library and neurogebra/plot with their dependencies external.
//   tsc cannot emit it: in CommonJS it turns import("vega") into require(), which fails on vega's top-level
//   await; rolldown keeps the dynamic import.
// - mode "browser": one minified ES module of the library with its dependencies inlined (dist/browser/), for a
//   <script type="module"> without a bundler; named exports, so bundlers still drop what is not imported.
// - mode "vendor": the modules that alone import third-party code (VENDOR), each bundled with that code inlined
//   over tsc's output of it, so the package has no dependencies: users install neither the ~220 @stdlib packages
//   behind the special functions nor commander and csv-parse (ARCHITECTURE.md, "Runtime dependencies").
import { type Plugin, type UserConfig, defineConfig } from "vite";
import pkg from "./package.json" with { type: "json" };

// Left to the package manager: dependencies (none today) and the optional peers (vega, vega-lite, resvg).
// Unminified Node-side bundles keep the license comments of what they inline and the pure annotations, not JSDoc
// (the declarations carry the library's, and the inlined packages' would be most of their size).
const comments = { legal: true, annotation: true, jsdoc: false };
const dependencies = [...Object.keys((pkg as { dependencies?: object }).dependencies ?? {}), ...Object.keys(pkg.peerDependencies)];
const external = (id: string) => id.startsWith("node:") || dependencies.some((d) => id === d || id.startsWith(`${d}/`));

/**
 * Vendor modules by their path in dist/ (without .js): the only modules importing devDependencies at run time.
 * The library's run everywhere; the CLI's run in Node, where the CommonJS they inline may require() built-ins.
 */
export const VENDOR = {
  library: { "core/functions/stdlib": "src/core/functions/stdlib.ts" },
  cli: { "cli/commander": "src/cli/commander.ts", "cli/csv-parse": "src/cli/csv-parse.ts" },
};

/**
 * Third-party packages the bundles replace, by the expression each module exports instead (8 kB gzipped less in
 * the browser bundle). stdlib-js's special functions call its own ports of FreeBSD's libm for the elementary
 * functions, which the engine's Math has (V8 and SpiderMonkey port the same fdlibm routines); its typed arrays and
 * defineProperty carry a polyfill for engines before ES2015, below the bundles' ES2022 target; its `format` only
 * words errors our kernels never let it throw, so a plain %-substitution does; and `debug`, the development logger
 * stdlib's polygamma reports through, becomes a logger that says nothing. The special-function test runs the
 * mpmath fixtures on the built package too, so the replacement is tested where it ships.
 */
const REPLACED: Readonly<Record<string, string>> = {
  "@stdlib/math-base-special-exp": "Math.exp",
  "@stdlib/math-base-special-ln": "Math.log",
  "@stdlib/math-base-special-log1p": "Math.log1p",
  "@stdlib/math-base-special-expm1": "Math.expm1",
  "@stdlib/math-base-special-pow": "Math.pow",
  "@stdlib/math-base-special-sin": "Math.sin",
  "@stdlib/math-base-special-cos": "Math.cos",
  "@stdlib/math-base-special-tan": "Math.tan",
  "@stdlib/array-float64": "Float64Array",
  "@stdlib/array-uint32": "Uint32Array",
  "@stdlib/array-uint16": "Uint16Array",
  "@stdlib/array-uint8": "Uint8Array",
  "@stdlib/utils-define-property": "Object.defineProperty",
  "@stdlib/string-format": "(text, ...values) => { let i = 0; return String(text).replace(/%[a-z]/g, () => String(values[i++])); }",
  debug: "() => () => {}",
};
const REPLACEMENT = "\0replaced:";
const replaced: Plugin = {
  name: "neurogebra-replaced-packages",
  enforce: "pre",
  resolveId: (id) => (Object.hasOwn(REPLACED, id) ? `${REPLACEMENT}${id}` : undefined),
  load: (id) => (id.startsWith(REPLACEMENT) ? `module.exports = ${REPLACED[id.slice(REPLACEMENT.length)]};` : undefined),
};
const plugins = [replaced];

const browser: UserConfig = {
  plugins,
  build: {
    outDir: "dist/browser",
    emptyOutDir: true,
    target: "es2022",
    lib: { entry: { neurogebra: "src/index.ts" }, formats: ["es"], fileName: (_format, name) => `${name}.js` },
    // Vite's library mode keeps the whitespace of ES modules; this one is for a <script type="module"> or a CDN,
    // so it is minified as an application's build would be (bundlers import dist/index.js, one module per file).
    rollupOptions: { output: { minify: { codegen: true } } },
  },
};

const commonjs: UserConfig = {
  plugins,
  build: {
    outDir: "dist/cjs",
    emptyOutDir: true,
    minify: false,
    target: "node20",
    lib: { entry: { index: "src/index.ts", node: "src/node.ts", "plot/index": "src/plot/index.ts" }, formats: ["cjs"], fileName: (_format, name) => `${name}.js` },
    rollupOptions: {
      external,
      output: { chunkFileNames: "chunks/[name]-[hash].js", comments },
    },
  },
};

const vendor = (entry: Record<string, string>, platform: "neutral" | "node"): UserConfig => ({
  plugins,
  build: {
    outDir: "dist",
    emptyOutDir: false,
    minify: false,
    target: "es2022",
    lib: { entry, formats: ["es"], fileName: (_format, name) => `${name}.js` },
    rollupOptions: { external, platform, output: { chunkFileNames: `vendor/${platform}-[name]-[hash].js`, comments } },
  },
});

const modes: Record<string, UserConfig> = { browser, cjs: commonjs, vendor: vendor(VENDOR.library, "neutral"), "vendor-cli": vendor(VENDOR.cli, "node") };

export default defineConfig(({ mode }) => {
  const config = modes[mode];
  if (config === undefined) throw new Error(`vite.lib.config.ts: no build mode "${mode}" (modes: ${Object.keys(modes).join(", ")})`);
  return config;
});
