import type { CatalogEntry } from "../entry.js";
import exp from "./exp.js";
import ln from "./ln.js";
import log2 from "./log2.js";
import log10 from "./log10.js";
import reciprocal from "./reciprocal.js";
import sqrt from "./sqrt.js";
import cbrt from "./cbrt.js";
import abs from "./abs.js";
import sin from "./sin.js";
import cos from "./cos.js";
import tan from "./tan.js";
import sec from "./sec.js";
import csc from "./csc.js";
import cot from "./cot.js";
import arcsin from "./arcsin.js";
import arccos from "./arccos.js";
import arctan from "./arctan.js";
import arctan2 from "./arctan2.js";
import sinh from "./sinh.js";
import cosh from "./cosh.js";
import hyperbolic_tangent from "./hyperbolic_tangent.js";
import sech from "./sech.js";
import arcsinh from "./arcsinh.js";
import arccosh from "./arccosh.js";
import arctanh from "./arctanh.js";
import erf from "./erf.js";
import erfc from "./erfc.js";
import gamma_function from "./gamma_function.js";
import digamma from "./digamma.js";
import beta_function from "./beta_function.js";
import sinc from "./sinc.js";
import taylor_exp from "./taylor_exp.js";
import taylor_sin from "./taylor_sin.js";
import taylor_cos from "./taylor_cos.js";
import taylor_ln1px from "./taylor_ln1px.js";
import taylor_arctan from "./taylor_arctan.js";
import gradient_descent_step from "./gradient_descent_step.js";
import chain_rule from "./chain_rule.js";
import product_rule from "./product_rule.js";
import quotient_rule from "./quotient_rule.js";
import finite_difference from "./finite_difference.js";
import trapezoidal_rule from "./trapezoidal_rule.js";
import simpsons_rule from "./simpsons_rule.js";
import laplace_kernel from "./laplace_kernel.js";
import fourier_kernel_real from "./fourier_kernel_real.js";
import fourier_kernel_imag from "./fourier_kernel_imag.js";
import wavelet_morlet from "./wavelet_morlet.js";
import wavelet_mexican_hat from "./wavelet_mexican_hat.js";

/** Every calculus entry, in Neurogebra's order. */
export const CALCULUS: readonly CatalogEntry[] = [
  exp,
  ln,
  log2,
  log10,
  reciprocal,
  sqrt,
  cbrt,
  abs,
  sin,
  cos,
  tan,
  sec,
  csc,
  cot,
  arcsin,
  arccos,
  arctan,
  arctan2,
  sinh,
  cosh,
  hyperbolic_tangent,
  sech,
  arcsinh,
  arccosh,
  arctanh,
  erf,
  erfc,
  gamma_function,
  digamma,
  beta_function,
  sinc,
  taylor_exp,
  taylor_sin,
  taylor_cos,
  taylor_ln1px,
  taylor_arctan,
  gradient_descent_step,
  chain_rule,
  product_rule,
  quotient_rule,
  finite_difference,
  trapezoidal_rule,
  simpsons_rule,
  laplace_kernel,
  fourier_kernel_real,
  fourier_kernel_imag,
  wavelet_morlet,
  wavelet_mexican_hat,
];
