/**
 * Stability rewrites, applied by the compiler before code generation: each right side equals its left side
 * in exact arithmetic and evaluates without overflow, NaN or cancellation where the true value is a finite
 * double. Each rule's comment names the failure it prevents. Rules run bottom-up, so composite forms are
 * written in terms of what their parts have already become (square roots of u**2 + b are hypot by then).
 */
import { HALF, type Node, ONE, TRUE, call, coeffAndRest, compareNodes, div, isNum, mul, neg, piecewise, pow, rat, rel, sub } from "../../node.js";
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

/**
 * u/v - 1 (or 1 - u/v, `flip`) without cancellation near u = v, where u - v is exact (Sterbenz); the rules
 * "u/v - 1" and "1/u - 1/v". Built from nodes, not substituted into text: u must be one canonical node
 * (2*x + 1, not (6*x + 3)/3 spread over the product), or the fallback would not be this very rewrite and would
 * be rewritten once more. The difference is taken in the order of the plain form, so that at u = v it is +0 as
 * the plain form's (r2_score's 1 - ss_res/ss_tot at a tie, when v > 0).
 */
function quotientMinusOne(u: Node, v: Node, flip = false): Node {
  const difference = flip ? sub(v, u) : sub(u, v);
  return piecewise([
    [div(difference, v), rel("<", call("Abs", [difference]), mul(HALF, call("Abs", [v])))],
    [flip ? sub(ONE, div(u, v)) : sub(div(u, v), ONE), TRUE],
  ]);
}

/** c*(1/u - 1/v) as c*(1 - u/v)/u, for c >= 0 or symbolic (a negative c is the same sum read as -c/v - (-c)/u). */
function reciprocalDifference(c: Node, u: Node, v: Node): Node {
  const difference = sub(div(ONE, u), div(ONE, v));
  const test = rel("<", call("Abs", [difference]), mul(HALF, call("Abs", [div(ONE, u)])));
  return mul(c, piecewise([[div(quotientMinusOne(u, v, true), u), test], [difference, TRUE]]));
}

/** Whether `part` occurs in `n` (each shared node visited once). */
function occursIn(part: Node, n: Node, seen = new Set<Node>()): boolean {
  if (n === part) return true;
  if (seen.has(n)) return false;
  seen.add(n);
  return n.args.some((a) => occursIn(part, a, seen));
}

const symbolicB = (b: Bindings): boolean => Number.isNaN(constantValue(b._b));

/** Whether a and b have opposite signs by their form (|u| and -hypot(u, 1)): a - b cannot cancel. */
const oppositeSigns = (a: Node, b: Node): boolean =>
  (provablyNonNegative(a) && provablyNonNegative(neg(b))) || (provablyNonNegative(neg(a)) && provablyNonNegative(b));

/** sqrt(u**2 + b) and its odd powers: the hypot rules write them (and their sums with u or c) without cancellation. */
const squareRootOfSquares = (b: Bindings): boolean => halfOddInteger("_e")(b) && hasEvenPower(b._u!);

/**
 * c*u/v - c with u/c a term without coefficient (p/q - 1, 1 - p/q, 3*p/q - 3): u/c is then computed as exactly
 * as u, and u/c - v is exact near the tie (Sterbenz). A coefficient such as 2 in u/c could overflow. Not where
 * u/c and v have opposite signs by their form (1 + |u|/hypot(u, 1)), which cannot cancel, nor where v is part
 * of u (1/y**2 - 1 read as (1/y)/y - 1: u/c - v would cancel as much, and rewrite itself again).
 */
function quotientMinusConstant(b: Bindings): boolean {
  if (!isNum(b._c!) || !Number.isFinite(b._c.value) || b._c.value === 0) return false;
  const w = div(b._u!, b._c);
  return Math.abs(coeffAndRest(w)[0].value) === 1 && !oppositeSigns(w, b._v!) && !occursIn(b._v!, w);
}

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
  // u/v - 1 cancels near u = v (p/q rounds, and the 1 it is near takes all its digits: (p - q)/q becomes this in
  // simplify); u - v is exact there (Sterbenz) and cannot overflow, as u and v have the same sign. Elsewhere,
  // and for infinities, zeros and NaN, the plain form.
  {
    name: "u/v - 1",
    lhs: "_u/_v - _c",
    rhs: ({ _c, _u, _v }) => {
      const negative = constantValue(_c) < 0;
      return mul(negative ? neg(_c!) : _c!, quotientMinusOne(div(_u!, _c!), _v!, negative));
    },
    guard: quotientMinusConstant,
  },
  // 1/u - 1/v cancels near u = v (the derivative of log1pmx((p - q)/q) simplifies to -1/q + 1/p). It is
  // (1 - u/v)/u with 1 - u/v as the rule above writes it: that Piecewise keeps the two divisions apart, where
  // (v - u)/(u*v) would overflow or underflow in u*v far before the result does. The test is on 1/u and 1/v,
  // which are finite or 0 where u or v is infinite (there the plain form is right); opposite signs fail it.
  {
    name: "1/u - 1/v",
    lhs: "_c/_u - _c/_v",
    rhs: ({ _c, _u, _v }) => (constantValue(_c) < 0 ? reciprocalDifference(neg(_c!), _v!, _u!) : reciprocalDifference(_c!, _u!, _v!)),
    // The sum also reads as -c/v - (-c)/u: one order, so that the test and the fallback are this rewrite again.
    guard: (b) => compareNodes(b._u!, b._v!) < 0 && !oppositeSigns(b._u!, b._v!),
  },
  // (1 + u)**e - 1 cancels for small u (after the hypot rules, whose sums it would otherwise take apart): (1 + 1e-10)**3 - 1 keeps 7 digits. expm1(e*log1p(u)) is exact there and
  // within |e*log1p(u)|*2e-16 relative where the power is far from 1, overflowing where the power does. For
  // 1 + u <= 0 (where an integer e gives the power a sign) and u = Infinity (where e*log1p(u) is NaN for e = 0),
  // the plain form; the tests are on u itself, as a condition on a NaN (log1p(u) for u < -1) gives NaN.
  { name: "(1 + u)**e - 1", lhs: "_c*(1 + _u)**_e - _c", guard: (b) => !squareRootOfSquares(b), rhs: "Piecewise((Piecewise((_c*expm1(_e*log1p(_u)), _u < oo), (_c*(1 + _u)**_e - _c, True)), _u > -1), (_c*(1 + _u)**_e - _c, True))" },
  // The same after a constant merged into the base, as "log1p shifted": (2*x + 2)**3 - 1 from u = 2*x + 1.
  {
    name: "(u + c)**e - 1",
    lhs: "_k*(_u + _c)**_e - _k",
    rhs: "Piecewise((Piecewise((_k*expm1(_e*log1p(_u + _c - 1)), _u < oo), (_k*(_u + _c)**_e - _k, True)), _u + _c > 0), (_k*(_u + _c)**_e - _k, True))",
    guard: (b) => isNum(b._c!) && Number.isFinite(b._c.value) && b._c.value !== 1 && !isNum(b._u!) && !squareRootOfSquares(b),
  },
  // u/(1 + |u|) is inf/inf = NaN at u = ±inf; for |u| > 1, sign(u)/(1 + 1/|u|) is as exact and gives ±1 there.
  {
    name: "softsign",
    lhs: "_u/(1 + Abs(_u))",
    rhs: "Piecewise((sign(_u)/(1 + 1/Abs(_u)), Abs(_u) > 1), (_u/(1 + Abs(_u)), True))",
  },
];
