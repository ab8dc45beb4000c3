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

/** Third-party code the library's bundles replace: `debug`, the development logger of stdlib-js's polygamma. */
const resolve = { alias: [{ find: /^debug$/, replacement: new URL("./scripts/vendor/debug.cjs", import.meta.url).pathname }] };

/**
 * stdlib-js's packages that the engine has built in, resolved to the built-in in every bundle (8 kB gzipped less
 * in the browser bundle). Its special functions call its own ports of FreeBSD's libm for the elementary functions,
 * which the engine's Math has (V8 and SpiderMonkey port the same fdlibm routines); its typed arrays and
 * defineProperty carry a polyfill for engines before ES2015, below the bundles' ES2022 target; and its `format`
 * only words errors our kernels never let it throw, so a plain %-substitution does. The special-function test runs
 * the mpmath fixtures on the built package too, so the replacement is tested where it ships.
 */
const ENGINE_BUILTINS: Readonly<Record<string, string>> = {
  "math-base-special-exp": "Math.exp",
  "math-base-special-ln": "Math.log",
  "math-base-special-log1p": "Math.log1p",
  "math-base-special-expm1": "Math.expm1",
  "math-base-special-pow": "Math.pow",
  "math-base-special-sin": "Math.sin",
  "math-base-special-cos": "Math.cos",
  "math-base-special-tan": "Math.tan",
  "array-float64": "Float64Array",
  "array-uint32": "Uint32Array",
  "array-uint16": "Uint16Array",
  "array-uint8": "Uint8Array",
  "utils-define-property": "Object.defineProperty",
  "string-format": "(text, ...values) => { let i = 0; return String(text).replace(/%[a-z]/g, () => String(values[i++])); }",
};
const BUILTIN = "\0engine-builtin:";
const engineBuiltins: Plugin = {
  name: "neurogebra-engine-builtins",
  enforce: "pre",
  resolveId(id) {
    const name = id.startsWith("@stdlib/") ? id.slice("@stdlib/".length) : "";
    return Object.hasOwn(ENGINE_BUILTINS, name) ? `${BUILTIN}${name}` : undefined;
  },
  load(id) {
    return id.startsWith(BUILTIN) ? `module.exports = ${ENGINE_BUILTINS[id.slice(BUILTIN.length)]};` : undefined;
  },
};
const plugins = [engineBuiltins];

const browser: UserConfig = {
  resolve,
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
  resolve,
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
  resolve,
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
