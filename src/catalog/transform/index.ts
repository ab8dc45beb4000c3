import type { CatalogEntry } from "../entry.js";
import l2_normalize from "./l2_normalize.js";

/** Transforms of data and features, in listing order. */
export const TRANSFORMS: readonly CatalogEntry[] = [l2_normalize];
