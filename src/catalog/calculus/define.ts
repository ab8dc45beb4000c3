import type { CatalogEntry, EntryMetadata } from "../entry.js";

/** Shorthand for calculus entries: one input x unless the entry names its inputs. */
export function calculus(
  entry: Omit<CatalogEntry, "variables" | "metadata"> & { variables?: readonly string[]; metadata: Omit<EntryMetadata, "category"> },
): CatalogEntry {
  return { ...entry, variables: entry.variables ?? ["x"], metadata: { category: "calculus", ...entry.metadata } };
}
