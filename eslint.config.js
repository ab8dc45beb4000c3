import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The library runs in browsers: core, catalog and forge import no Node built-in (node:fs, path, ...).
const NODE_BUILTINS = ["node:*", ...builtinModules.filter((m) => !m.startsWith("_"))];

/** Layers depend downward only: core <- catalog <- forge <- front ends (cli, plot, explorer). */
const layer = (files, forbidden, extra = []) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns: [...forbidden, ...extra] }] },
});

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "explorer/dist/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-new-func": "off",
    },
  },
  // The numeric optimisers in fit/ sit beside catalog, know nothing of formulas, and are used by forge.
  layer(["src/core/**/*.ts"], ["**/catalog/**", "**/fit/**", "**/forge/**", "**/cli/**", "**/plot/**"], NODE_BUILTINS),
  layer(["src/fit/**/*.ts"], ["**/catalog/**", "**/forge/**", "**/cli/**", "**/plot/**"], NODE_BUILTINS),
  layer(["src/catalog/**/*.ts"], ["**/fit/**", "**/forge/**", "**/cli/**", "**/plot/**"], NODE_BUILTINS),
  layer(["src/forge/**/*.ts"], ["**/cli/**", "**/plot/**"], NODE_BUILTINS),
  // The plot API runs in browsers too; the CLI may use it, not the reverse.
  layer(["src/plot/**/*.ts"], ["**/cli/**", "**/explorer/**"], NODE_BUILTINS),
  // The explorer app is a browser front end: it uses the library as a user would ("neurogebra", "neurogebra/plot").
  layer(["explorer/src/**/*.ts"], ["**/src/**", "**/cli/**"], NODE_BUILTINS),
);
