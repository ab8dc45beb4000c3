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
 * stdlib-js's special functions call its own ports of FreeBSD's libm for the elementary functions; the engine's
 * Math has them (V8 and SpiderMonkey port the same fdlibm routines), so the bundles use those: 8 kB gzipped less
 * in the browser bundle. stdlib's `format`, which only builds the messages of errors our kernels never let it
 * throw, becomes a plain %-substitution. The built package's special functions are checked against the mpmath
 * fixtures (test/core/functions/special-functions.test.ts), so the replacement is tested where it ships.
 */
const ENGINE_MATH: Readonly<Record<string, string>> = { exp: "exp", ln: "log", log1p: "log1p", expm1: "expm1", pow: "pow", sin: "sin", cos: "cos", tan: "tan" };
const STDLIB_SHIM = "\0stdlib-shim:";
const engineMath: Plugin = {
  name: "neurogebra-engine-math",
  enforce: "pre",
  resolveId(id) {
    const math = /^@stdlib\/math-base-special-(\w+)$/.exec(id)?.[1];
    if (math !== undefined && Object.hasOwn(ENGINE_MATH, math)) return `${STDLIB_SHIM}${ENGINE_MATH[math]}`;
    return id === "@stdlib/string-format" ? `${STDLIB_SHIM}format` : undefined;
  },
  load(id) {
    if (!id.startsWith(STDLIB_SHIM)) return undefined;
    const name = id.slice(STDLIB_SHIM.length);
    if (name === "format") return "module.exports = (text, ...values) => { let i = 0; return String(text).replace(/%[a-z]/g, () => String(values[i++])); };";
    return `module.exports = Math.${name};`;
  },
};
const plugins = [engineMath];

const browser: UserConfig = {
  resolve,
  plugins,
  build: {
    outDir: "dist/browser",
    emptyOutDir: true,
    target: "es2022",
    lib: { entry: { neurogebra: "src/index.ts" }, formats: ["es"], fileName: (_format, name) => `${name}.js` },
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
