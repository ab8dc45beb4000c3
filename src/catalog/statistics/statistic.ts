import type { CatalogEntry, EntryMetadata } from "../entry.js";

/** Shorthand for statistics entries: one input x unless `variables` says otherwise. */
export function statistic(entry: Omit<CatalogEntry, "variables" | "metadata"> & { variables?: readonly string[]; metadata: Omit<EntryMetadata, "category"> }): CatalogEntry {
  return { ...entry, variables: entry.variables ?? ["x"], metadata: { category: "statistics", ...entry.metadata } };
}
