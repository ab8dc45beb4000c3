import { expect } from "vitest";
import type { CatalogEntry } from "../../src/index.js";

/** Every catalog entry documents what it is, when to use it, its trade-offs and its range. */
export function expectCompleteMetadata(entry: CatalogEntry): void {
  const m = entry.metadata;
  expect(m.description.length).toBeGreaterThan(10);
  expect(m.usage.length).toBeGreaterThan(10);
  expect(m.pros.length).toBeGreaterThan(0);
  expect(m.cons.length).toBeGreaterThan(0);
  expect(m.range.length).toBeGreaterThan(0);
  for (const t of entry.trainable ?? []) expect(Object.keys(entry.params ?? {})).toContain(t);
}
