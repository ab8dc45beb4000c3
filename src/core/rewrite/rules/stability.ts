/**
 * Stability rewrites, applied by the compiler before code generation: each right side equals its left side
 * in exact arithmetic and evaluates without overflow, NaN or cancellation where the true value is a finite
 * double. Each rule's comment names the failure it prevents. Rules run bottom-up, so composite forms are
 * written in terms of what their parts have already become (square roots of u**2 + b are hypot by then).
 */
import { HALF, type Node, call, isNum, mul, pow, rat } from "../../node.js";
import { isInteger, isRational } from "../../number.js";
import type { Rule } from "../engine.js";
import type { Bindings } from "../match.js";
import { LOGISTIC } from "./algebra.js";
import { all, constantValue, halfOddInteger, hasEvenPower, integerIn, nonNegative, positiveConstant, provablyNonNegative } from "./guards.js";
import { SPECIAL_STABILITY } from "./special-stability.js";

/** u - tanh(u) = u**3/3 - 2u**5/15 + ...: through u**15 the error is below 2e-17 (relative) for |u| < 0.1. */
const U_MINUS_TANH_SERIES =
  "_u**3*(1/3 + _u**2*(-2/15 + _u**2*(17/315 + _u**2*(-62/2835 + _u**2*(1382/155925 + _u**2*(-21844/6081075 + _u**2*929569/638512875))))))";

const SECH2_SOFTPLUS = "Piecewise((4*(1 + exp(_z))**2/((1 + exp(_z))**2 + 1)**2, _z < 150), (4*exp(-2*_z), True))";

const symbolicB = (b: Bindings): boolean => Number.isNaN(constantValue(b._b));

/** r with r**2 = n for a square in canonical form (x**2, 4*x**2, x**4*y**2, 9/4), or undefined. */
function squareRoot(n: Node): Node | undefined {
  if (n.kind === "mul") {
    const roots = n.args.map(squareRoot);
    return roots.every((r) => r !== undefined) ? mul(...roots) : undefined;
  }
  if (n.kind === "pow" && isNum(n.args[1]!) && isInteger(n.args[1].num) && n.args[1].value % 2 === 0) return pow(n.args[0]!, rat(n.args[1].value / 2, 1));
  if (isNum(n) && isRational(n.num) && n.value > 0) {
    const root = pow(n, HALF);
    return isNum(root) ? root : undefined;
  }
  return undefined;
}

export const STABILITY: readonly Rule[] = [
  ...LOGISTIC,
  ...SPECIAL_STABILITY,
  // Not a stability fix but half the work: one exp instead of two for the logistic derivative.
  { name: "dsigmoid", lhs: "sigmoid(_u)*sigmoid(-_u)", rhs: "dsigmoid(_u)" },
  // 1/cosh(softplus(z))**2 (mish's derivative) is 4*w**2/(w**2 + 1)**2 with w = 1 + exp(z), which shares exp(z)
  // with tanh(softplus(z)) below; past z = 150 it is 4*exp(-2z) to double precision, before w**4 overflows.
  { name: "sech squared softplus", lhs: "cosh(softplus(_z))**(-2)", rhs: SECH2_SOFTPLUS },
  // The same after the general sech-squared rule has fired first (4*dsigmoid(2u) = 1/cosh(u)**2).
  { name: "dsigmoid of softplus", lhs: "dsigmoid(2*softplus(_z))", rhs: `${SECH2_SOFTPLUS}/4` },
  // 1/cosh(u)**2 = 4*sigmoid(2u)*sigmoid(-2u): finite for every u and one exp; before the general sech power.
  { name: "sech squared", lhs: "cosh(_u)**(-2)", rhs: "4*dsigmoid(2*_u)" },
  // tanh(softplus(z)) (mish) from one exp: with n = e**z*(e**z + 2) it is n/(n + 2), which is 1 to double
  // precision for z > 20, where n would overflow.
  { name: "tanh softplus", lhs: "tanh(softplus(_z))", rhs: "Piecewise((1, _z > 20), (exp(_z)*(exp(_z) + 2)/(exp(_z)*(exp(_z) + 2) + 2), True))" },
  // sigmoid(u) underflows to 0 for u < -745, and log(0) = -inf where the true value is u.
  { name: "log sigmoid", lhs: "log(sigmoid(_u))", rhs: "-softplus(-_u)" },
  // exp(u) overflows for u > 709 (log(inf) = inf); before log1p, which would keep the overflow.
  { name: "softplus", lhs: "log(1 + exp(_u))", rhs: "softplus(_u)" },
  // 1 + u rounds u away for |u| < 1e-16.
  { name: "log1p", lhs: "log(1 + _u)", rhs: "log1p(_u)" },
  // The same after a constant merged into the sum: log(2*x + 2) is log1p(2*x + 1), exact where 2*x + 2 is near 1.
  { name: "log1p shifted", lhs: "log(_u + _c)", rhs: "log1p(_u + _c - 1)", guard: (b) => isNum(b._c!) && Number.isFinite(b._c.value) && !isNum(b._u!) },
  // log1p(u) - u cancels for small u (its value is about -u**2/2): no correct digit for |u| < 1e-8.
  { name: "log1pmx", lhs: "_c*log1p(_u) - _c*_u", rhs: "_c*log1pmx(_u)" },
  // exp(u) - 1 cancels for |u| < 1e-8 (no correct digit at 1e-17).
  { name: "expm1", lhs: "_c*exp(_u) - _c", rhs: "_c*expm1(_u)" },
  // u - tanh(u) cancels for small u: no correct digit for |u| < 1e-5. Before 1 - tanh, which would take the 1 of
  // u = 2*x + 1 and leave the cancellation.
  { name: "u - tanh", lhs: "_c*_u - _c*tanh(_u)", rhs: `_c*Piecewise((${U_MINUS_TANH_SERIES}, Abs(_u) < 1/10), (_u - tanh(_u), True))` },
  // 1 - tanh(u)**2 is 0 for |u| > 19 (true value 4*exp(-2|u|)); before 1 - tanh, which would match it.
  { name: "1 - tanh²", lhs: "_c - _c*tanh(_u)**2", rhs: "4*_c*dsigmoid(2*_u)" },
  // 1 + tanh(u) is 0 for u < -19 (true value 2*exp(2u)).
  { name: "1 + tanh", lhs: "_c + _c*tanh(_u)", rhs: "2*_c*sigmoid(2*_u)" },
  // 1 - tanh(u) is 0 for u > 19.
  { name: "1 - tanh", lhs: "_c - _c*tanh(_u)", rhs: "2*_c*sigmoid(-2*_u)" },
  // 1 + erf(u) is 0 for u < -6 (true value erfc(-u) ~ exp(-u**2)).
  { name: "1 + erf", lhs: "_c + _c*erf(_u)", rhs: "_c*erfc(-_u)" },
  // 1 - erf(u) is 0 for u > 6.
  { name: "1 - erf", lhs: "_c - _c*erf(_u)", rhs: "_c*erfc(_u)" },
  // cosh(u) overflows for |u| > 710 and cosh(u)**2 for |u| > 355, while 1/cosh(u)**n is a finite double.
  { name: "sech power", lhs: "cosh(_u)**_n", rhs: "(2*exp(-Abs(_u))*sigmoid(2*Abs(_u)))**(-_n)", guard: integerIn("_n", -Infinity, -1) },
  // sinh(u)/cosh(u) is inf/inf = NaN for |u| > 710.
  { name: "sinh/cosh", lhs: "sinh(_u)/cosh(_u)", rhs: "tanh(_u)" },
  // cosh(u) overflows for |u| > 710, and cosh(u) rounds to 1 for |u| < 1e-8 (true value u**2/2).
  {
    name: "log cosh",
    lhs: "log(cosh(_u))",
    rhs: "Piecewise((log1p(2*sinh(_u/2)**2), Abs(_u) < 1), (Abs(_u) + log1p(exp(-2*Abs(_u))) - log(2), True))",
  },
  // With a parameter b, u + sqrt(u**2 + b) cancels for u -> -inf; b/(sqrt(u**2 + b) - u) does not. (A constant b
  // becomes hypot first and is handled by the hypot rules below.)
  {
    name: "u + sqrt",
    lhs: "_k*_u + _k*sqrt(_u**2 + _b)",
    rhs: "_k*Piecewise((_b/(sqrt(_u**2 + _b) - _u), _u < 0), (_u + sqrt(_u**2 + _b), True))",
    guard: symbolicB,
  },
  // 1 + u/sqrt(u**2 + b) cancels for u -> -inf, the derivative of the form above.
  {
    name: "1 + u/sqrt",
    lhs: "_k + _k*_u/sqrt(_u**2 + _b)",
    rhs: "_k*Piecewise((_b/(sqrt(_u**2 + _b)*(sqrt(_u**2 + _b) - _u)), _u < 0), (1 + _u/sqrt(_u**2 + _b), True))",
    guard: symbolicB,
  },
  // u**2 + v**2 overflows for |u| > 1e154 (and underflows below 1e-154). Squares are recognised in canonical
  // form: 4*x**2 is (2*x)**2, x**4 is (x**2)**2.
  {
    name: "hypot",
    lhs: "(_a + _b)**_e",
    rhs: (b) => pow(call("hypot", [squareRoot(b._a!)!, squareRoot(b._b!)!]), mul(rat(2, 1), b._e!)),
    guard: all(halfOddInteger("_e"), (b) => squareRoot(b._a!) !== undefined && squareRoot(b._b!) !== undefined),
  },
  // The same with a constant b = c**2.
  { name: "hypot with constant", lhs: "(_u**2 + _b)**_e", rhs: "hypot(_u, sqrt(_b))**(2*_e)", guard: all(positiveConstant("_b"), halfOddInteger("_e")) },
  // The same with a symbolic b that is non-negative by its form (y**2 + 1 in sqrt(x**2 + y**2 + 1)).
  { name: "hypot with non-negative", lhs: "(_u**2 + _b)**_e", rhs: "hypot(_u, sqrt(_b))**(2*_e)", guard: all(halfOddInteger("_e"), nonNegative("_b")) },
  // A symbolic b (a parameter) may be negative, where hypot does not apply: the plain form stays for b < 0.
  // Only for a b not known to be non-negative and without a square of its own (y**2 + eps): the plain form of
  // the fallback would match again with another u, and again.
  {
    name: "hypot with parameter",
    lhs: "(_u**2 + _b)**_e",
    rhs: "Piecewise((hypot(_u, sqrt(_b))**(2*_e), _b >= 0), ((_u**2 + _b)**_e, True))",
    guard: all(halfOddInteger("_e"), (b) => Number.isNaN(constantValue(b._b)) && !provablyNonNegative(b._b!) && !hasEvenPower(b._b!)),
  },
  // u + sqrt(u**2 + c**2) cancels for u -> -inf (0 for u < -1e8*c); c**2/(sqrt(u**2 + c**2) - u) does not.
  {
    name: "u + hypot",
    lhs: "_k*_u + _k*hypot(_u, _c)",
    rhs: "_k*Piecewise((_c**2/(hypot(_u, _c) + Abs(_u)), _u < 0), (hypot(_u, _c) + Abs(_u), True))",
  },
  // sqrt(u**2 + c**2) - u cancels for u -> +inf.
  {
    name: "hypot - u",
    lhs: "_k*hypot(_u, _c) - _k*_u",
    rhs: "_k*Piecewise((_c**2/(hypot(_u, _c) + Abs(_u)), _u > 0), (hypot(_u, _c) + Abs(_u), True))",
  },
  // k*(sqrt(u**2 + c**2) - c) cancels for |u| << c (0 for |u| < 1e-8*c); the else branch loses at most 2 bits.
  // After the rules in u, which take more terms: hypot(2*x + 1, 1) - 2*x - 1 is hypot - u, not hypot - 1.
  {
    name: "hypot - c",
    lhs: "_k*hypot(_u, _c) - _k*_c",
    rhs: "_k*Piecewise((_u**2/(hypot(_u, _c) + _c), Abs(_u) < _c), (hypot(_u, _c) - _c, True))",
  },
  // 1 + u/sqrt(u**2 + c**2) cancels for u -> -inf.
  {
    name: "1 + u/hypot",
    lhs: "_k + _k*_u/hypot(_u, _c)",
    rhs: "_k*Piecewise((_c**2/(hypot(_u, _c)*(hypot(_u, _c) + Abs(_u))), _u < 0), (1 + Abs(_u)/hypot(_u, _c), True))",
  },
  // 1 - u/sqrt(u**2 + c**2) cancels for u -> +inf.
  {
    name: "1 - u/hypot",
    lhs: "_k - _k*_u/hypot(_u, _c)",
    rhs: "_k*Piecewise((_c**2/(hypot(_u, _c)*(hypot(_u, _c) + Abs(_u))), _u > 0), (1 + Abs(_u)/hypot(_u, _c), True))",
  },
  // u/(1 + |u|) is inf/inf = NaN at u = ±inf; for |u| > 1, sign(u)/(1 + 1/|u|) is as exact and gives ±1 there.
  {
    name: "softsign",
    lhs: "_u/(1 + Abs(_u))",
    rhs: "Piecewise((sign(_u)/(1 + 1/Abs(_u)), Abs(_u) > 1), (_u/(1 + Abs(_u)), True))",
  },
];
