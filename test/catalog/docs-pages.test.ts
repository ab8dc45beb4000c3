// The catalog's docs pages (docs/catalog/<category>.md) are generated from the records: this fails when one is
// stale, so that the pages never drift from the catalog. Fix: node scripts/catalog-docs.mjs (after a build).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("has up-to-date generated docs pages for every category", () => {
  const script = fileURLToPath(new URL("../../scripts/catalog-docs.mjs", import.meta.url));
  expect(() => execFileSync(process.execPath, [script, "--check"], { encoding: "utf8", stdio: "pipe" })).not.toThrow();
});
