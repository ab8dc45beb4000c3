// The CommonJS entry (dist/cjs/): the library and neurogebra/plot bundled by Vite (rolldown) with their
// dependencies external. tsc cannot emit it: in CommonJS it turns import("vega") into require(), which fails
// on vega's top-level await; rolldown keeps the dynamic import.
import { defineConfig } from "vite";
import pkg from "./package.json" with { type: "json" };

const dependencies = Object.keys(pkg.dependencies);

export default defineConfig({
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
});
