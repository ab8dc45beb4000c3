import type { CatalogEntry } from "../entry.js";
import normal_pdf from "./normal_pdf.js";
import standard_normal_pdf from "./standard_normal_pdf.js";
import uniform_pdf from "./uniform_pdf.js";
import exponential_pdf from "./exponential_pdf.js";
import laplace_pdf from "./laplace_pdf.js";
import cauchy_pdf from "./cauchy_pdf.js";
import log_normal_pdf from "./log_normal_pdf.js";
import rayleigh_pdf from "./rayleigh_pdf.js";
import gumbel_pdf from "./gumbel_pdf.js";
import beta_pdf from "./beta_pdf.js";
import chi_squared_kernel from "./chi_squared_kernel.js";
import chi_squared_pdf from "./chi_squared_pdf.js";
import gamma_pdf from "./gamma_pdf.js";
import student_t_kernel from "./student_t_kernel.js";
import student_t_pdf from "./student_t_pdf.js";
import normal_cdf from "./normal_cdf.js";
import normal_logpdf from "./normal_logpdf.js";
import logistic_cdf from "./logistic_cdf.js";
import exponential_cdf from "./exponential_cdf.js";
import exponential_survival from "./exponential_survival.js";
import weibull_survival from "./weibull_survival.js";
import binary_entropy from "./binary_entropy.js";
import cross_entropy_elem from "./cross_entropy_elem.js";
import kl_divergence_elem from "./kl_divergence_elem.js";
import js_divergence_elem from "./js_divergence_elem.js";
import mutual_info_bound from "./mutual_info_bound.js";
import z_score from "./z_score.js";
import t_statistic from "./t_statistic.js";
import coefficient_of_variation from "./coefficient_of_variation.js";
import pooled_variance from "./pooled_variance.js";
import standard_error from "./standard_error.js";
import bayes_posterior_kernel from "./bayes_posterior_kernel.js";
import evidence_lower_bound from "./evidence_lower_bound.js";
import pearson_r_component from "./pearson_r_component.js";
import linear_regression_pred from "./linear_regression_pred.js";
import logistic_regression_pred from "./logistic_regression_pred.js";
import mgf_normal from "./mgf_normal.js";
import mgf_exponential from "./mgf_exponential.js";
import characteristic_normal from "./characteristic_normal.js";
import characteristic_normal_imag from "./characteristic_normal_imag.js";

/** Every statistics entry, in the order listAll shows them: densities, CDFs and survival functions, information, statistics, models. */
export const STATISTICS: readonly CatalogEntry[] = [
  normal_pdf,
  standard_normal_pdf,
  uniform_pdf,
  exponential_pdf,
  laplace_pdf,
  cauchy_pdf,
  log_normal_pdf,
  rayleigh_pdf,
  gumbel_pdf,
  beta_pdf,
  chi_squared_kernel,
  chi_squared_pdf,
  gamma_pdf,
  student_t_kernel,
  student_t_pdf,
  normal_cdf,
  normal_logpdf,
  logistic_cdf,
  exponential_cdf,
  exponential_survival,
  weibull_survival,
  binary_entropy,
  cross_entropy_elem,
  kl_divergence_elem,
  js_divergence_elem,
  mutual_info_bound,
  z_score,
  t_statistic,
  coefficient_of_variation,
  pooled_variance,
  standard_error,
  bayes_posterior_kernel,
  evidence_lower_bound,
  pearson_r_component,
  linear_regression_pred,
  logistic_regression_pred,
  mgf_normal,
  mgf_exponential,
  characteristic_normal,
  characteristic_normal_imag,
];
