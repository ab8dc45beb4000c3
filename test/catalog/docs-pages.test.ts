// The catalog's docs pages are generated from the records: a stale page fails here (regenerate with
// `npm run build && node scripts/catalog-docs.mjs`).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error - a plain ESM script without type declarations
import { renderPages } from "../../scripts/catalog-docs.mjs";
import { CATALOG } from "../../src/index.js";

const root = new URL("../../", import.meta.url);

describe("catalog docs pages", () => {
  const pages = renderPages(CATALOG) as Map<string, string>;
  it.each([...pages.keys()])("%s is up to date", (path) => {
    const file = new URL(path, root);
    expect(existsSync(file), `${path} is missing: run node scripts/catalog-docs.mjs`).toBe(true);
    expect(readFileSync(file, "utf8"), `${path} is stale: run node scripts/catalog-docs.mjs`).toBe(pages.get(path));
  });

  it("has no page without a category", () => {
    const expected = [...pages.keys()].map((p) => p.slice("docs/catalog/".length)).sort();
    expect(readdirSync(new URL("docs/catalog/", root)).sort()).toEqual(expected);
  });
});
