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
import minkowski_distance from "./minkowski_distance.js";
import canberra_distance from "./canberra_distance.js";
import mahalanobis from "./mahalanobis.js";
import chebyshev_distance from "./chebyshev_distance.js";
import l1_norm_elem from "./l1_norm_elem.js";
import l2_norm_elem from "./l2_norm_elem.js";
import lp_norm_elem from "./lp_norm_elem.js";
import huber_norm_elem from "./huber_norm_elem.js";
import dot_product_elem from "./dot_product_elem.js";
import cosine_similarity_from_norms from "./cosine_similarity_from_norms.js";
import scaled_dot_product from "./scaled_dot_product.js";
import euclidean_dist_elem from "./euclidean_dist_elem.js";
import manhattan_dist_elem from "./manhattan_dist_elem.js";
import minkowski_dist_elem from "./minkowski_dist_elem.js";
import chebyshev_dist from "./chebyshev_dist.js";
import mahalanobis_1d from "./mahalanobis_1d.js";
import canberra_dist_elem from "./canberra_dist_elem.js";
import vector_projection_scalar from "./vector_projection_scalar.js";
import orthogonal_residual_elem from "./orthogonal_residual_elem.js";
import determinant_2x2 from "./determinant_2x2.js";
import trace_2x2 from "./trace_2x2.js";
import eigenvalue_2x2 from "./eigenvalue_2x2.js";
import frobenius_elem from "./frobenius_elem.js";
import sigmoid_kernel from "./sigmoid_kernel.js";
import softmax_score from "./softmax_score.js";
import log_softmax_score from "./log_softmax_score.js";
import layer_norm_elem from "./layer_norm_elem.js";
import batch_norm_elem from "./batch_norm_elem.js";

/**
 * Linear algebra, in listing order: normalisers, gates, reductions, norms and distances along the last axis
 * (index notation), then Neurogebra's linalg entries (per-element terms, scalar stand-ins, 2x2 closed forms).
 */
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
  minkowski_distance,
  canberra_distance,
  mahalanobis,
  chebyshev_distance,
  // Neurogebra's linalg entries: per-element terms, scalar stand-ins and 2x2 closed forms
  l1_norm_elem,
  l2_norm_elem,
  lp_norm_elem,
  huber_norm_elem,
  dot_product_elem,
  cosine_similarity_from_norms,
  scaled_dot_product,
  euclidean_dist_elem,
  manhattan_dist_elem,
  minkowski_dist_elem,
  chebyshev_dist,
  mahalanobis_1d,
  canberra_dist_elem,
  vector_projection_scalar,
  orthogonal_residual_elem,
  determinant_2x2,
  trace_2x2,
  eigenvalue_2x2,
  frobenius_elem,
  sigmoid_kernel,
  softmax_score,
  log_softmax_score,
  layer_norm_elem,
  batch_norm_elem,
];
