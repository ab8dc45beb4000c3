import type { CatalogEntry } from "../entry.js";
import l1 from "./l1.js";
import l2 from "./l2.js";
import elastic_net from "./elastic_net.js";
import weight_decay from "./weight_decay.js";
import l1_l2 from "./l1_l2.js";
import log_barrier from "./log_barrier.js";
import sqrt_reg from "./sqrt_reg.js";
import cauchy_reg from "./cauchy_reg.js";
import entropy_reg from "./entropy_reg.js";
import kl_divergence_reg from "./kl_divergence_reg.js";
import gradient_penalty from "./gradient_penalty.js";
import total_variation from "./total_variation.js";
import tikhonov from "./tikhonov.js";
import group_lasso from "./group_lasso.js";
import scad from "./scad.js";
import mcp from "./mcp.js";
import max_norm from "./max_norm.js";
import orthogonal_reg from "./orthogonal_reg.js";
import label_smoothing from "./label_smoothing.js";
import confidence_penalty from "./confidence_penalty.js";
import group_lasso_vector from "./group_lasso_vector.js";
import gradient_penalty_vector from "./gradient_penalty_vector.js";
import orthogonal_reg_vector from "./orthogonal_reg_vector.js";
import label_smoothing_vector from "./label_smoothing_vector.js";
import max_norm_vector from "./max_norm_vector.js";
import total_variation_vector from "./total_variation_vector.js";

/**
 * Regularizers: penalties added to a loss (and label smoothing), Neurogebra's 20 in its listing order, then the
 * vector forms of its scalar stand-ins (along the last axis).
 */
export const REGULARIZERS: readonly CatalogEntry[] = [
  l1,
  l2,
  elastic_net,
  weight_decay,
  l1_l2,
  log_barrier,
  sqrt_reg,
  cauchy_reg,
  entropy_reg,
  kl_divergence_reg,
  gradient_penalty,
  total_variation,
  tikhonov,
  group_lasso,
  scad,
  mcp,
  max_norm,
  orthogonal_reg,
  label_smoothing,
  confidence_penalty,
  group_lasso_vector,
  gradient_penalty_vector,
  orthogonal_reg_vector,
  label_smoothing_vector,
  max_norm_vector,
  total_variation_vector,
];
