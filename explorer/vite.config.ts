// The explorer app: a static single-page app in explorer/dist, importing the library from its sources.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const src = fileURLToPath(new URL("../src/", import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  resolve: { alias: [{ find: /^neurogebra\/plot$/, replacement: `${src}plot/index.ts` }, { find: /^neurogebra$/, replacement: `${src}index.ts` }] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // plotSvg's lazy import("vega") cannot split here: vega-embed imports vega anyway.
      onwarn: (warning, warn) => warning.code !== "INEFFECTIVE_DYNAMIC_IMPORT" && warn(warning),
    },
  },
  logLevel: "warn",
});
