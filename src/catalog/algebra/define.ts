import type { CatalogEntry, EntryMetadata } from "../entry.js";

/** Shorthand for algebra entries: one input x unless the entry names its inputs. */
export function algebra(
  entry: Omit<CatalogEntry, "variables" | "metadata"> & { variables?: readonly string[]; metadata: Omit<EntryMetadata, "category"> },
): CatalogEntry {
  return { ...entry, variables: entry.variables ?? ["x"], metadata: { category: "algebra", ...entry.metadata } };
}
