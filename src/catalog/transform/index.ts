import type { CatalogEntry } from "../entry.js";
import min_max_normalize from "./min_max_normalize.js";
import min_max_to_range from "./min_max_to_range.js";
import z_score_normalize from "./z_score_normalize.js";
import robust_scale from "./robust_scale.js";
import l2_normalize from "./l2_normalize.js";
import l2_normalize_elem from "./l2_normalize_elem.js";
import max_abs_scale from "./max_abs_scale.js";
import log_transform from "./log_transform.js";
import log10_transform from "./log10_transform.js";
import sqrt_transform from "./sqrt_transform.js";
import box_cox_approx from "./box_cox_approx.js";
import yeo_johnson_positive from "./yeo_johnson_positive.js";
import power_transform from "./power_transform.js";
import sigmoid_transform from "./sigmoid_transform.js";
import tanh_transform from "./tanh_transform.js";
import softplus_transform from "./softplus_transform.js";
import softsign_transform from "./softsign_transform.js";
import clip_transform from "./clip_transform.js";
import winsorize from "./winsorize.js";
import thermometer_bit from "./thermometer_bit.js";
import gaussian_basis from "./gaussian_basis.js";
import fourier_feature_sin from "./fourier_feature_sin.js";
import fourier_feature_cos from "./fourier_feature_cos.js";
import positional_enc_sin from "./positional_enc_sin.js";
import positional_enc_cos from "./positional_enc_cos.js";
import moving_average_weight from "./moving_average_weight.js";
import exponential_smoothing from "./exponential_smoothing.js";
import difference_transform from "./difference_transform.js";
import log_return from "./log_return.js";
import xavier_uniform_bound from "./xavier_uniform_bound.js";
import xavier_normal_std from "./xavier_normal_std.js";
import he_uniform_bound from "./he_uniform_bound.js";
import he_normal_std from "./he_normal_std.js";
import lecun_normal_std from "./lecun_normal_std.js";
import min_max_scaler from "./min_max_scaler.js";
import standard_scaler from "./standard_scaler.js";
import robust_scaler from "./robust_scaler.js";

/** Transforms of data and features (Neurogebra's transform category, then the array forms), in listing order. */
export const TRANSFORMS: readonly CatalogEntry[] = [
  min_max_normalize,
  min_max_to_range,
  z_score_normalize,
  robust_scale,
  l2_normalize,
  l2_normalize_elem,
  max_abs_scale,
  log_transform,
  log10_transform,
  sqrt_transform,
  box_cox_approx,
  yeo_johnson_positive,
  power_transform,
  sigmoid_transform,
  tanh_transform,
  softplus_transform,
  softsign_transform,
  clip_transform,
  winsorize,
  thermometer_bit,
  gaussian_basis,
  fourier_feature_sin,
  fourier_feature_cos,
  positional_enc_sin,
  positional_enc_cos,
  moving_average_weight,
  exponential_smoothing,
  difference_transform,
  log_return,
  xavier_uniform_bound,
  xavier_normal_std,
  he_uniform_bound,
  he_normal_std,
  lecun_normal_std,
  min_max_scaler,
  standard_scaler,
  robust_scaler,
];
