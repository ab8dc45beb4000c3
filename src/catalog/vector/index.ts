import type { CatalogEntry } from "../entry.js";
import softmax from "./softmax.js";
import log_softmax from "./log_softmax.js";
import softmin from "./softmin.js";
import logsumexp from "./logsumexp.js";
import dot from "./dot.js";
import l1_norm from "./l1_norm.js";
import l2_norm from "./l2_norm.js";
import lp_norm from "./lp_norm.js";
import l2_normalize from "./l2_normalize.js";
import cosine_similarity from "./cosine_similarity.js";
import euclidean_distance from "./euclidean_distance.js";
import manhattan_distance from "./manhattan_distance.js";
import layer_norm from "./layer_norm.js";

/** Formulas along the last axis (index notation), in listing order: normalisers, reductions, geometry. */
export const VECTORS: readonly CatalogEntry[] = [
  softmax,
  log_softmax,
  softmin,
  logsumexp,
  layer_norm,
  l2_normalize,
  dot,
  l1_norm,
  l2_norm,
  lp_norm,
  cosine_similarity,
  euclidean_distance,
  manhattan_distance,
];
