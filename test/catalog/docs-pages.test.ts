// The catalog's docs pages are generated from the records (scripts/catalog-docs.mjs): a stale page fails here.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPages } from "../../scripts/catalog-docs.mjs";
import { CATALOG } from "../../src/index.js";

const dir = new URL("../../docs/catalog/", import.meta.url);
const pages = renderPages(CATALOG);

describe("docs/catalog pages", () => {
  it("has one page per category and no other", () => {
    expect(existsSync(dir), "run: npm run build && node scripts/catalog-docs.mjs").toBe(true);
    expect(readdirSync(dir).sort()).toEqual([...pages.keys()].sort());
  });

  it.each([...pages])("%s is up to date (regenerate: npm run build && node scripts/catalog-docs.mjs)", (file, text) => {
    expect(readFileSync(new URL(file, dir), "utf8")).toBe(text);
  });

  it("documents every entry with its formula and metadata", () => {
    for (const e of CATALOG) {
      const page = pages.get(`${e.metadata.category}.md`)!;
      expect(page).toContain(`## ${e.name}\n`);
      expect(page).toContain(e.metadata.description);
    }
  });
});
