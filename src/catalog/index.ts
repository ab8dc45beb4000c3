import { ACTIVATIONS } from "./activations/index.js";
import { LOSSES } from "./losses/index.js";
import { ALGEBRA } from "./algebra/index.js";
import { STATISTICS } from "./statistics/index.js";
import { CALCULUS } from "./calculus/index.js";
import { LINALG } from "./linalg/index.js";
import { TRANSFORMS } from "./transform/index.js";
import { REGULARIZERS } from "./regularizer/index.js";
import { OPTIMIZATION } from "./optimization/index.js";
import { METRICS } from "./metric/index.js";
import type { CatalogEntry } from "./entry.js";

export type { CatalogEntry, Category, EntryMetadata } from "./entry.js";

/** The whole catalog, in listing order. Names are unique (checked by the contract test). */
export const CATALOG: readonly CatalogEntry[] = [...ACTIVATIONS, ...LOSSES, ...ALGEBRA, ...STATISTICS, ...CALCULUS, ...LINALG, ...TRANSFORMS, ...REGULARIZERS, ...OPTIMIZATION, ...METRICS];
