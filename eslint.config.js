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
    // Layers depend downward only: core <- catalog <- forge <- cli.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/catalog/**", "**/forge/**", "**/cli/**"] }],
    },
  },
  {
    files: ["src/catalog/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/forge/**", "**/cli/**"] }],
    },
  },
  {
    files: ["src/forge/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/cli/**"] }],
    },
  },
);
