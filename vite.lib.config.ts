// The library's bundles, built by scripts/build.js with Vite (rolldown) in library mode:
// - mode "cjs": the CommonJS entry (dist/cjs/), the library and neurogebra/plot with their dependencies external.
//   tsc cannot emit it: in CommonJS it turns import("vega") into require(), which fails on vega's top-level
//   await; rolldown keeps the dynamic import.
// - mode "browser": one minified ES module of the library with its dependencies inlined (dist/browser/), for a
//   <script type="module"> without a bundler; named exports, so bundlers still drop what is not imported.
import { type UserConfig, defineConfig } from "vite";
import pkg from "./package.json" with { type: "json" };

// Left to the package manager: dependencies and the optional peers (vega, vega-lite, resvg).
const dependencies = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];

const browser: UserConfig = {
  build: {
    outDir: "dist/browser",
    emptyOutDir: true,
    target: "es2022",
    lib: { entry: { neurogebra: "src/index.ts" }, formats: ["es"], fileName: (_format, name) => `${name}.js` },
  },
};

const commonjs: UserConfig = {
  build: {
    outDir: "dist/cjs",
    emptyOutDir: true,
    minify: false,
    target: "node20",
    lib: { entry: { index: "src/index.ts", "plot/index": "src/plot/index.ts" }, formats: ["cjs"], fileName: (_format, name) => `${name}.js` },
    rollupOptions: {
      external: (id) => id.startsWith("node:") || dependencies.some((d) => id === d || id.startsWith(`${d}/`)),
      output: { chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
};

export default defineConfig(({ mode }) => (mode === "browser" ? browser : commonjs));
