/**
 * Identities for `simplify`, as data. Each rule is exact for every real value of its variables
 * where the left side is defined. `_c` in a sum stands for a common coefficient (1 when absent).
 */
import type { Bindings, Rule } from "../engine.js";
import { mul, neg } from "../../node.js";
import { all, evenInteger, exactValues, integerIn } from "./guards.js";

/** A condition on the values at 0 (`_h`, `_k`) of two steps, when both are exact numbers. */
const valuesAtZero = (test: (h: number, k: number) => boolean) => (b: Bindings) => {
  const v = exactValues(b, "_h", "_k");
  return v !== undefined && test(v[0]!, v[1]!);
};

export const PYTHAGOREAN: readonly Rule[] = [
  { name: "sin² + cos²", lhs: "_c*sin(_u)**2 + _c*cos(_u)**2", rhs: "_c" },
  { name: "1 - sin²", lhs: "_c - _c*sin(_u)**2", rhs: "_c*cos(_u)**2" },
  { name: "1 - cos²", lhs: "_c - _c*cos(_u)**2", rhs: "_c*sin(_u)**2" },
  { name: "1 + tan²", lhs: "_c + _c*tan(_u)**2", rhs: "_c/cos(_u)**2" },
  { name: "cosh² - sinh²", lhs: "_c*cosh(_u)**2 - _c*sinh(_u)**2", rhs: "_c" },
  { name: "1 + sinh²", lhs: "_c + _c*sinh(_u)**2", rhs: "_c*cosh(_u)**2" },
  { name: "cosh² - 1", lhs: "_c*cosh(_u)**2 - _c", rhs: "_c*sinh(_u)**2" },
  { name: "1 - tanh²", lhs: "_c - _c*tanh(_u)**2", rhs: "_c/cosh(_u)**2" },
  { name: "sin/cos", lhs: "sin(_u)/cos(_u)", rhs: "tan(_u)" },
  { name: "sinh/cosh", lhs: "sinh(_u)/cosh(_u)", rhs: "tanh(_u)" },
  { name: "cosh + sinh", lhs: "cosh(_u) + sinh(_u)", rhs: "exp(_u)" },
  { name: "cosh - sinh", lhs: "cosh(_u) - sinh(_u)", rhs: "exp(-_u)" },
];

export const SIGNS: readonly Rule[] = [
  { name: "u*sign(u)", lhs: "_u*sign(_u)", rhs: "Abs(_u)" },
  { name: "Abs(u)*sign(u)", lhs: "Abs(_u)*sign(_u)", rhs: "_u" },
  { name: "even power of Abs", lhs: "Abs(_u)**_n", rhs: "_u**_n", guard: evenInteger("_n") },
  // Real u only, which is the library's domain: sqrt(u**2) = |u|.
  { name: "power of a square", lhs: "(_u**2)**_e", rhs: "Abs(_u)**(2*_e)" },
  { name: "exp product", lhs: "exp(_a)*exp(_b)", rhs: "exp(_a + _b)" },
];

export const STEPS: readonly Rule[] = [
  { name: "power of a 0/1 step", lhs: "Heaviside(_u, _h)**_n", rhs: "Heaviside(_u, _h)", guard: all(integerIn("_n", 1, Infinity), integerIn("_h", 0, 1)) },
  { name: "product of steps", lhs: "Heaviside(_u, _h)*Heaviside(_u, _k)", rhs: "Heaviside(_u, _h*_k)" },
  { name: "opposite steps", lhs: "Heaviside(_u, _h)*Heaviside(-_u, _k)", rhs: "0", guard: valuesAtZero((h, k) => h * k === 0) },
  { name: "complementary steps", lhs: "_c*Heaviside(_u, _h) + _c*Heaviside(-_u, _k)", rhs: "_c", guard: valuesAtZero((h, k) => h + k === 1) },
];

/** Recognising the logistic function: shorter, and stable (so the stability table uses them too). */
export const LOGISTIC: readonly Rule[] = [
  // exp(u)/(1 + exp(u)) is inf/inf for u > 709; 1/(1 + exp(-u)) too for u < -709.
  { name: "logistic", lhs: "(1 + exp(-_u))**_n", rhs: "sigmoid(_u)**(-_n)", guard: integerIn("_n", -Infinity, -1) },
  // exp(u) overflows for u > 709 while the product is at most 1.
  { name: "exp*sigmoid", lhs: "exp(_u)*sigmoid(-_u)", rhs: "sigmoid(_u)" },
  // The same raised to a power, as the product rule leaves it: exp(2u)*sigmoid(-u)**2 overflows for u > 354.
  // The argument of exp is compared in canonical form: exp(4*x + 2)*sigmoid(-2*x - 1)**2 is one.
  {
    name: "exp*sigmoid power",
    lhs: "exp(_v)*sigmoid(_w)**_n",
    rhs: "sigmoid(-_w)**_n",
    guard: all(integerIn("_n", 2, Infinity), (b) => mul(b._n!, neg(b._w!)) === b._v),
  },
  // 1 - sigmoid(u) cancels to 0 for u > 37 (true value exp(-u)).
  { name: "sigmoid complement", lhs: "_c - _c*sigmoid(_u)", rhs: "_c*sigmoid(-_u)" },
  { name: "sigmoid symmetry", lhs: "_c*sigmoid(_u) + _c*sigmoid(-_u)", rhs: "_c" },
];

export const ALGEBRA: readonly Rule[] = [...PYTHAGOREAN, ...SIGNS, ...STEPS, ...LOGISTIC];
