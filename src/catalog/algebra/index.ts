import type { CatalogEntry } from "../entry.js";
import linear_function from "./linear_function.js";
import quadratic from "./quadratic.js";
import cubic from "./cubic.js";
import quartic from "./quartic.js";
import monomial from "./monomial.js";
import power_law from "./power_law.js";
import inverse_square from "./inverse_square.js";
import square_root from "./square_root.js";
import nth_root from "./nth_root.js";
import exp_decay from "./exp_decay.js";
import exp_growth from "./exp_growth.js";
import double_exponential from "./double_exponential.js";
import logarithmic from "./logarithmic.js";
import log_linear from "./log_linear.js";
import logistic_curve from "./logistic_curve.js";
import gompertz from "./gompertz.js";
import richards_curve from "./richards_curve.js";
import standard_normal_cdf from "./standard_normal_cdf.js";
import hill_equation from "./hill_equation.js";
import michaelis_menten from "./michaelis_menten.js";
import gaussian_curve from "./gaussian_curve.js";
import cauchy_distribution from "./cauchy_distribution.js";
import student_t from "./student_t.js";
import rayleigh from "./rayleigh.js";
import laplace_distribution from "./laplace_distribution.js";
import beta_distribution from "./beta_distribution.js";
import sinusoidal from "./sinusoidal.js";
import damped_oscillation from "./damped_oscillation.js";
import fourier_term from "./fourier_term.js";
import sawtooth_approx from "./sawtooth_approx.js";
import square_wave_approx from "./square_wave_approx.js";
import rbf_kernel from "./rbf_kernel.js";
import polynomial_kernel from "./polynomial_kernel.js";
import laplacian_kernel from "./laplacian_kernel.js";
import rational_quadratic_kernel from "./rational_quadratic_kernel.js";
import matern_12_kernel from "./matern_12_kernel.js";
import matern_32_kernel from "./matern_32_kernel.js";
import periodic_kernel from "./periodic_kernel.js";
import rational from "./rational.js";
import lorentzian from "./lorentzian.js";
import heaviside from "./heaviside.js";
import ramp from "./ramp.js";
import absolute_value from "./absolute_value.js";
import sign_function from "./sign_function.js";
import clamp from "./clamp.js";
import lerp from "./lerp.js";
import smoothstep from "./smoothstep.js";
import smootherstep from "./smootherstep.js";

/** Neurogebra's algebra category: curve families, densities, kernels and piecewise helpers. */
export const ALGEBRA: readonly CatalogEntry[] = [
  linear_function,
  quadratic,
  cubic,
  quartic,
  monomial,
  power_law,
  inverse_square,
  square_root,
  nth_root,
  exp_decay,
  exp_growth,
  double_exponential,
  logarithmic,
  log_linear,
  logistic_curve,
  gompertz,
  richards_curve,
  standard_normal_cdf,
  hill_equation,
  michaelis_menten,
  gaussian_curve,
  cauchy_distribution,
  student_t,
  rayleigh,
  laplace_distribution,
  beta_distribution,
  sinusoidal,
  damped_oscillation,
  fourier_term,
  sawtooth_approx,
  square_wave_approx,
  rbf_kernel,
  polynomial_kernel,
  laplacian_kernel,
  rational_quadratic_kernel,
  matern_12_kernel,
  matern_32_kernel,
  periodic_kernel,
  rational,
  lorentzian,
  heaviside,
  ramp,
  absolute_value,
  sign_function,
  clamp,
  lerp,
  smoothstep,
  smootherstep,
];
