import type { CatalogEntry } from "../entry.js";
import softmax from "./softmax.js";
import log_softmax from "./log_softmax.js";
import softmin from "./softmin.js";
import sparsemax from "./sparsemax.js";
import glu from "./glu.js";
import logsumexp from "./logsumexp.js";
import layer_norm from "./layer_norm.js";
import dot from "./dot.js";
import l1_norm from "./l1_norm.js";
import l2_norm from "./l2_norm.js";
import lp_norm from "./lp_norm.js";
import linf_norm from "./linf_norm.js";
import cosine_similarity from "./cosine_similarity.js";
import euclidean_distance from "./euclidean_distance.js";
import manhattan_distance from "./manhattan_distance.js";

/** Linear algebra: normalisers, gates, reductions, norms and distances along the last axis (index notation), in listing order. */
export const LINALG: readonly CatalogEntry[] = [
  softmax,
  log_softmax,
  softmin,
  sparsemax,
  glu,
  logsumexp,
  layer_norm,
  dot,
  l1_norm,
  l2_norm,
  lp_norm,
  linf_norm,
  cosine_similarity,
  euclidean_distance,
  manhattan_distance,
];
