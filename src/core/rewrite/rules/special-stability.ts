/**
 * Stability rewrites for the special functions (gamma family, incomplete gammas, atan2's partials), part of
 * the compiler's STABILITY table. As there, each right side equals its left side in exact arithmetic, and
 * each comment names the failure it prevents.
 */
import { ONE, sub } from "../../node.js";
import type { Rule } from "../engine.js";

export const SPECIAL_STABILITY: readonly Rule[] = [
  // lowergamma(s, x) and gamma(s) both overflow for s > 171.6 (inf/inf = NaN); P(s, x) is in [0, 1].
  { name: "regularized lowergamma", lhs: "lowergamma(_s, _x)/gamma(_s)", rhs: "gammainc(_s, _x)" },
  // The same for the upper tail.
  { name: "regularized uppergamma", lhs: "uppergamma(_s, _x)/gamma(_s)", rhs: "gammaincc(_s, _x)" },
  // 1 - P(s, x) is 0 in the right tail (x >> s), where Q(s, x) is still a double.
  { name: "1 - gammainc", lhs: "_c - _c*gammainc(_s, _x)", rhs: "_c*gammaincc(_s, _x)" },
  // The same for 1 - Q(s, x) in the left tail.
  { name: "1 - gammaincc", lhs: "_c - _c*gammaincc(_s, _x)", rhs: "_c*gammainc(_s, _x)" },
  // psi(a) - psi(a + b) (beta's partials) cancels when |b| << a: no correct digit at b = 1e-10*a.
  { name: "digamma difference", lhs: "polygamma(0, _a) - polygamma(0, _a + _b)", rhs: "digammadiff(_a, _b)" },
  // gamma(x) overflows for x > 171.6, so log(gamma(x)) is inf where log|gamma(x)| is about x*log(x).
  { name: "log gamma", lhs: "log(gamma(_x))", rhs: "Piecewise((loggamma(_x), _x > 0), (log(gamma(_x)), True))" },
  // gamma(a)/gamma(b) is inf/inf = NaN once both exceed 171.6 (Student's t normalization at nu > 342); through
  // loggamma it loses about (a*log(a))*1e-16 relative, so only where a gamma overflows, and only for a, b > 0
  // (loggamma drops the sign of gamma).
  {
    name: "gamma ratio",
    lhs: "gamma(_a)/gamma(_b)",
    rhs: "Piecewise((exp(loggamma(_a) - loggamma(_b)), Min(_a, _b, Max(_a, _b) - 171) > 0), (gamma(_a)/gamma(_b), True))",
  },
  // x**(s-1)*exp(-x)/gamma(s) (the derivative of P(s, x), the gamma density) is inf*0/inf = NaN once x**(s-1)
  // overflows, and through logs it loses s*log(x)*1e-16 (1e-10 at s = 1e5); gammadensity keeps near 1e-16*|log(value)|.
  { name: "gamma density kernel", lhs: "_x**_e*exp(-_x)/gamma(_s)", rhs: "gammadensity(_s, _x)", guard: (b) => b._e === sub(b._s!, ONE) },
  // With another exponent, x**e*exp(-x)/gamma(s) is inf*0/inf = NaN once x**e overflows (e = 149, x = 710);
  // through logs it loses about (|e*log(x)| + x)*1e-16 relative.
  {
    name: "gamma density",
    lhs: "_x**_e*exp(-_x)/gamma(_s)",
    rhs: "Piecewise((0, Eq(_x, oo)), (exp(_e*log(_x) - _x - loggamma(_s)), Min(_x, _s) > 0), (_x**_e*exp(-_x)/gamma(_s), True))",
  },
  // x**e*exp(-x) (the derivative of lowergamma) is inf*0 = NaN once x**e overflows while exp(-x) underflows.
  // At x = Infinity both forms are inf*0 or inf - inf, where the limit is 0.
  { name: "power times exp", lhs: "_x**_e*exp(-_x)", rhs: "Piecewise((0, Eq(_x, oo)), (exp(_e*log(_x) - _x), _x > 0), (_x**_e*exp(-_x), True))" },
  // exp(erfcinv(u)**2) loses 2*erfcinv(u)**2 ulps (1e-10 relative at u = 1e-300, where erfcinv is 26); since
  // erfc(y) = u, it is erfcx(y)/u, which carries only the error of y (at u = 0, erfcx(inf)/0 would be NaN).
  { name: "exp erfcinv squared", lhs: "exp(erfcinv(_u)**2)", rhs: "Piecewise((erfcx(erfcinv(_u))/_u, _u > 0), (exp(erfcinv(_u)**2), True))" },
  // u/(u**2 + v**2) (atan2's partials) overflows or underflows in u**2 + v**2 for |u|, |v| beyond 1e154 or below
  // 1e-154 (NaN at u = v = 1e-300); u/hypot(u, v) and 1/hypot(u, v) do not, each within a few ulps.
  { name: "atan2 partial", lhs: "_u/(_u**2 + _v**2)", rhs: "sign(_u)/(hypot(1, _v/_u)*hypot(_u, _v))" },
];
