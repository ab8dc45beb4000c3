import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-new-func": "off",
    },
  },
  {
    // Layers depend downward only: core <- catalog <- forge <- cli; the numeric optimisers in fit/ sit beside
    // catalog, know nothing of formulas, and are used by forge.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/catalog/**", "**/fit/**", "**/forge/**", "**/cli/**"] }],
    },
  },
  {
    files: ["src/fit/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/catalog/**", "**/forge/**", "**/cli/**"] }],
    },
  },
  {
    files: ["src/catalog/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/fit/**", "**/forge/**", "**/cli/**"] }],
    },
  },
  {
    files: ["src/forge/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/cli/**"] }],
    },
  },
);
