import { ACTIVATIONS } from "./activations/index.js";
import { LOSSES } from "./losses/index.js";
import { VECTORS } from "./vector/index.js";
import { ALGEBRA } from "./algebra/index.js";
import { STATISTICS } from "./statistics/index.js";
import { CALCULUS } from "./calculus/index.js";
import type { CatalogEntry } from "./entry.js";

export type { CatalogEntry, Category, EntryMetadata } from "./entry.js";

/** The whole catalog, in listing order. Names are unique (checked by the contract test). */
export const CATALOG: readonly CatalogEntry[] = [...ACTIVATIONS, ...LOSSES, ...VECTORS, ...ALGEBRA, ...STATISTICS, ...CALCULUS];
