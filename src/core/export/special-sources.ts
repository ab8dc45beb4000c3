/**
 * The special-function helpers of the code export, each algorithm written once in a small C-like notation that
 * special.ts prints as JavaScript, TypeScript, C and Python: one statement a line; `let` declarations;
 * `if`/`else if`/`else`, `while` and counted `for` blocks in braces, a one-line `if (COND) STATEMENT;`; calls of
 * exp, log, log1p, expm1, sqrt, fabs, floor, pow, sin, tan, fmax, fmin, isnan, erf, erfc, gamma, lgamma, the
 * constants INF and NAN, the tables below and the other helpers. Literals divided by a counter are written with
 * a point (C's integer division); a `let` holding a comparison is an int in C. A counted `for` runs between
 * whole numbers (Python's range: a bound that is not a literal is converted with int()).
 * A local array of doubles, zero-filled, is `let NAME[SIZE];` with SIZE a literal (a Float64Array in JavaScript,
 * a local `double NAME[SIZE]` in C, so SIZE stays small, a list of np.float64 in Python); its elements are read
 * as `NAME[INDEX]` and assigned as `NAME[INDEX] = VALUE;` (or `+=`, ...), INDEX a whole number: a counter
 * expression or a `long NAME = VALUE;` (VALUE whole, or truncated in C and Python). A parameter is a double
 * `x`, an array of doubles `v[]` (a Float64Array, `double *`) or a whole number `long m`. `sort(v, m);` sorts the
 * first m elements of an array in place, ascending, with no NaN among them (a typed array's sort, qsort, sorted).
 */
import { DIGAMMA_ASYMPTOTIC, STIRLING_CORRECTION } from "../functions/gamma.js";

/** A constant table, printed into each language as an array. */
export interface Table {
  readonly values: readonly number[];
  readonly doc: string;
}

export const TABLES: ReadonlyMap<string, Table> = new Map<string, Table>([
  ["LANCZOS", {
    doc: "Godfrey's Lanczos coefficients (g = 7, n = 9): gamma(z + 1) = sqrt(2pi)*t**(z + 1/2)*exp(-t)*sum, t = z + 7.5, relative error below 1e-15",
    values: [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7],
  }],
  ["LGAMMA1P", {
    doc: "(-1)**k*(zeta(k) - 1)/k for k = 2, 3, ..., 31 (mpmath): the series of log(gamma(1 + z)) + log1p(z) - (1 - euler)*z, below 1e-17 for |z| <= 1/2",
    values: [
      0.3224670334241132, -0.0673523010531981, 0.020580808427784546, -0.007385551028673986, 0.0028905103307415234, -0.001192753911703261, 0.0005096695247430425,
      -0.00022315475845357939, 9.945751278180853e-5, -4.492623673813314e-5, 2.050721277567069e-5, -9.439488275268397e-6, 4.374866789907488e-6, -2.039215753801366e-6,
      9.55141213040742e-7, -4.492469198764566e-7, 2.1207184805554665e-7, -1.0043224823968099e-7, 4.7698101693639804e-8, -2.2711094608943164e-8, 1.0838659214896955e-8,
      -5.183475041970047e-9, 2.4836745438024785e-9, -1.1921401405860912e-9, 5.731367241678862e-10, -2.7595228851242334e-10, 1.330476437424449e-10, -6.4229645638381e-11,
      3.1044247747322276e-11, -1.5021384080754142e-11,
    ],
  }],
  ["DIGAMMA_ASYMPTOTIC", { doc: "B(2k)/(2k) for k = 1..7: psi(y) ~ log(y) - 1/(2y) - sum of these over y**(2k)", values: DIGAMMA_ASYMPTOTIC }],
  ["DIGAMMA_ROOT", {
    doc: "psi^(k)(x0)/k! for k = 1..20 (mpmath), x0 = 1.4616321449683622 + 9.549995429965697e-17 the positive zero of digamma: its Taylor series, below 1e-17 relative for |x - x0| < 0.2",
    values: [
      0.9676722454476212, -0.4427631689835921, 0.258499760955651, -0.16394270544240652, 0.10782405069126237, -0.07219956125645471, 0.04880428816414311, -0.03316112647484736,
      0.022597648232218104, -0.01542476590494896, 0.010538791616612175, -0.007204534386356869, 0.004926781395729853, -0.003369801655439328, 0.002305126326734928,
      -0.0015769367714301972, 0.0010788252019162967, -0.0007380709389960052, 0.000504953265834602, -0.0003454680251063077,
    ],
  }],
  ["POLYGAMMA_ASYMPTOTIC", {
    doc: "B(2k)/(2k)! for k = 1..7: psi^(n)(y) ~ (-1)**(n+1)*((n-1)!/y**n + n!/(2y**(n+1)) + sum of these times (2k+n-1)!/y**(2k+n))",
    values: [1 / 12, -1 / 720, 1 / 30240, -1 / 1209600, 1 / 47900160, -691 / 1307674368000, 1 / 74724249600],
  }],
  ["STIRLING_CORRECTION", { doc: "B(2k)/(2k(2k - 1)) for k = 1..7: log(gamma(s)) minus Stirling's formula is the sum of these over s**(2k - 1)", values: STIRLING_CORRECTION }],
  // W. J. Cody, Rational Chebyshev approximations for the error function, Math. Comp. 23 (1969), as in SPECFUN's CALERF.
  ["CODY_A", { doc: "Cody: erf(x) = x*P(x**2)/Q(x**2) for |x| <= 0.46875, the numerator (Cody's order: the leading coefficient last, the others from the highest power down)", values: [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315] }],
  ["CODY_B", { doc: "Cody: the denominator of erf for |x| <= 0.46875 (monic)", values: [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171] }],
  ["CODY_C", {
    doc: "Cody: exp(x**2)*erfc(x) = P(x)/Q(x) for 0.46875 <= x <= 4, the numerator (Cody's order: the leading coefficient last, the others from the highest power down)",
    values: [0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769, 1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-08],
  }],
  ["CODY_D", {
    doc: "Cody: the denominator for 0.46875 <= x <= 4 (monic)",
    values: [15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597, 4362.619090143247, 3439.3676741437216, 1230.3393548037495],
  }],
  ["CODY_P", {
    doc: "Cody: exp(x**2)*erfc(x) = (1/sqrt(pi) - w*P(w)/Q(w))/x, w = 1/x**2, for x > 4, the numerator (Cody's order: the leading coefficient last, the others from the highest power down)",
    values: [0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378, 0.016315387137302097],
  }],
  ["CODY_Q", { doc: "Cody: the denominator for x > 4 (monic)", values: [2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918] }],
  ["GILES_CENTRAL", {
    doc: "Giles (2010), single-precision erfinv for w = -log(1 - x**2) < 5, in w - 2.5 (about 1e-7 relative: the start of Newton's method)",
    values: [2.81022636e-8, 3.43273939e-7, -3.5233877e-6, -4.39150654e-6, 0.00021858087, -0.00125372503, -0.00417768164, 0.246640727, 1.50140941],
  }],
  ["GILES_TAIL", {
    doc: "Giles (2010), single-precision erfinv for w >= 5, in sqrt(w) - 3",
    values: [-0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047, 1.00167406, 2.83297682],
  }],
]);

/** A helper in the notation: parameters, a doc line and the body (one statement a line). */
export interface Helper {
  readonly params: readonly string[];
  readonly doc: string;
  readonly body: string;
}

const PI = "3.141592653589793";
const SQRT_PI_HALF = "0.886226925452758";

export const HELPERS: ReadonlyMap<string, Helper> = new Map<string, Helper>([
  ["lanczos_sum", {
    params: ["z"],
    doc: "The Lanczos sum of gamma(z + 1), for z >= -1/2.",
    body: `
let series = LANCZOS[0];
for (let i = 1; i < 9; i++) {
  series += LANCZOS[i] / (z + i);
}
return series;`,
  }],
  ["lgamma1p", {
    params: ["z"],
    doc: "log(gamma(1 + z)) for |z| <= 1/2, accurate to its last bits also near its zeros z = 0 and z = 1.",
    body: `
let p = LGAMMA1P[29];
for (let i = 28; i >= 0; i--) {
  p = p * z + LGAMMA1P[i];
}
return -log1p(z) + z * (0.42278433509846713 + z * p);`,
  }],
  ["gamma", {
    params: ["x"],
    doc: "Gamma function: Lanczos for x >= 1/2, gamma(x + 1)/x below, the reflection formula for x < 0; about 1e-14 relative (x * 1e-16 near the overflow at 171.6).",
    body: `
if (isnan(x) || x == -INF) return NAN;
if (x > 171.7) return INF;
if (x == 0.0) return 1.0 / x;
if (x < 0.0) {
  if (x == floor(x)) return NAN;
  // sin(pi*x) from x = n + r, |r| <= 1/2 (both exact): (-1)**n*sin(pi*r)
  let n = floor(x + 0.5);
  let sine = sin(${PI} * (x - n));
  if (n - 2.0 * floor(n / 2.0) != 0.0) sine = -sine;
  if (x > -170.0) return ${PI} / (sine * gamma(1.0 - x));
  // gamma(1 - x) overflows: the quotient in logs, a subnormal result
  let magnitude = exp(log(${PI} / fabs(sine)) - lgamma(1.0 - x));
  if (sine < 0.0) return -magnitude;
  return magnitude;
}
if (x < 0.5) return gamma(x + 1.0) / x;
let z = x - 1.0;
let t = z + 7.5;
// t**(z + 1/2) as a square, so that it does not overflow before exp(-t) scales it
let half = pow(t, 0.5 * (z + 0.5));
return 2.5066282746310007 * lanczos_sum(z) * (half * exp(-t)) * half;`,
  }],
  ["loggamma", {
    params: ["x"],
    doc: "log|gamma(x)|: the series of log(gamma(1 + z)) for 1/2 <= x < 5/2 (exact near the zeros at 1 and 2), Lanczos in logs above, the reflection formula for x < 0; about 1e-15 relative away from the negative zeros.",
    body: `
if (isnan(x)) return NAN;
if (x == INF || x == -INF) return x;
if (x <= 0.0 && x == floor(x)) return INF;
if (x < 0.0) {
  return log(${PI} / fabs(sin(${PI} * (x - floor(x + 0.5))))) - loggamma(1.0 - x);
}
if (x < 0.5) return lgamma1p(x) - log(x);
if (x < 1.5) return lgamma1p(x - 1.0);
if (x < 2.5) return log1p(x - 2.0) + lgamma1p(x - 2.0);
let z = x - 1.0;
let t = z + 7.5;
return 0.9189385332046728 + (z + 0.5) * log(t) - t + log(lanczos_sum(z));`,
  }],
  ["digamma", {
    params: ["x"],
    doc: "digamma(x) (SciPy's values at the poles): the recurrence psi(x) = psi(x + 1) - 1/x up to x >= 16, then the asymptotic series; the Taylor series near the positive zero, the reflection formula for x < 0.",
    body: `
if (isnan(x) || x == -INF) return NAN;
if (x == INF) return INF;
if (x <= 0.0 && x == floor(x)) {
  if (x == 0.0) return -1.0 / x;
  return NAN;
}
if (x < 0.0) {
  // psi(x) = psi(1 - x) - pi/tan(pi*x), with x - round(x) exact
  return digamma(1.0 - x) - ${PI} / tan(${PI} * (x - floor(x + 0.5)));
}
// near the zero x0, its Taylor series in x - x0 (x0 in two parts, the first subtracted exactly)
let d = x - 1.4616321449683622 - 9.549995429965697e-17;
if (fabs(d) < 0.2) {
  let q = DIGAMMA_ROOT[19];
  for (let i = 18; i >= 0; i--) {
    q = q * d + DIGAMMA_ROOT[i];
  }
  return q * d;
}
let shift = 0.0;
let y = x;
while (y < 16.0) {
  shift += 1.0 / y;
  y += 1.0;
}
let w = 1.0 / (y * y);
let p = DIGAMMA_ASYMPTOTIC[6];
for (let i = 5; i >= 0; i--) {
  p = p * w + DIGAMMA_ASYMPTOTIC[i];
}
return log(y) - 0.5 / y - w * p - shift;`,
  }],
  ["polygamma", {
    params: ["n", "x"],
    doc: "polygamma(n, x) for integer n >= 0 (NaN for another n and for n > 170, where n! overflows; SciPy's values at the poles): for n >= 1 the recurrence up to x >= 16 + n, then the asymptotic series; for x < 0 the reflection formula, cot's n-th derivative a polynomial in cot.",
    body: `
if (isnan(n) || isnan(x) || n < 0.0 || n != floor(n) || n > 170.0) return NAN;
if (n == 0.0) return digamma(x);
if (x == -INF) return NAN;
if (x == INF) return 0.0;
// psi^(n) has the sign (-1)**(n+1) for x > 0
let odd = n - 2.0 * floor(n / 2.0) != 0.0;
if (x <= 0.0 && x == floor(x)) {
  if (odd) return INF;
  return -INF;
}
let factorial = 1.0;
let k = 2.0;
while (k <= n) {
  factorial *= k;
  k += 1.0;
}
// for x < 0 psi^(n)(1 - x), reflected below
let y = x;
if (x < 0.0) y = 1.0 - x;
// n!/y**k as n!*y**(-k/2)*y**(-k/2), so that it underflows only where the value does (n!*y**-k is 1e-66 at n = 170,
// y = 186, where y**-k alone underflows)
let shift = 0.0;
while (y < 16.0 + n) {
  let power = pow(y, -0.5 * (n + 1.0));
  shift += factorial * power * power;
  y += 1.0;
}
let w = 1.0 / (y * y);
let root = pow(y, -0.5 * n);
let term = factorial / n * root * root;
let after = pow(y, -0.5 * (n + 1.0));
let series = term + 0.5 * factorial * after * after;
for (let j = 1; j < 8; j++) {
  term *= (2 * j + n - 2.0) * (2 * j + n - 1.0) * w;
  series += POLYGAMMA_ASYMPTOTIC[j - 1] * term;
}
let value = shift + series;
if (!odd) value = -value;
if (x > 0.0) return value;
// psi^(n)(x) = (-1)**n*psi^(n)(1 - x) - pi**(n+1)*cot^(n)(pi*x), with cot^(n)(z) = n!*P_n(cot(z)), P_0(c) = c and
// P_(k+1)(c) = -(1 + c**2)*P_k'(c)/(k + 1): the coefficients of c**0, c**1, ... (of one sign; divided by k + 1 so that
// they stay below 1e17 where those of n!*P_n overflow, past n = 163), computed in place
let a[176];
a[1] = 1.0;
for (let i = 0; i < n; i++) {
  let below = 0.0;
  for (let j = 0; j < i + 3; j++) {
    let old = a[j];
    a[j] = -((j + 1.0) * a[j + 1] + (j - 1.0) * below) / (i + 1.0);
    below = old;
  }
}
// cot(pi*r), r = x - round(x) (exact): near r = 1/2 as tan(pi*(1/2 - |r|)) (exact then), so that it is 0 at the half-integers
let r = x - floor(x + 0.5);
let c = 0.0;
if (fabs(r) < 0.25) {
  c = 1.0 / tan(${PI} * r);
} else {
  c = tan(${PI} * (0.5 - fabs(r)));
  if (r < 0.0) c = -c;
}
let p = 0.0;
for (let j = n + 1; j >= 0; j--) {
  p = p * c + a[j];
}
if (odd) value = -value;
return value - factorial * (pow(${PI}, n + 1.0) * p);`,
  }],
  ["beta_large", {
    params: ["a", "b", "log_factor"],
    doc: "beta(a, b)*exp(log_factor) for a >= b >= 1 in the Lanczos form (as Boost): the powers, of ratios near 1, in one exp; relative error about 1e-16*|log(beta)|.",
    body: `
let bgh = b + 6.5;
let cgh = a + b + 6.5;
let ratio = lanczos_sum(a - 1.0) * (lanczos_sum(b - 1.0) / lanczos_sum(a + b - 1.0));
// sqrt(2pi)*exp(-6.5)*ratio*(agh/cgh)**(a - 1/2)*(bgh/cgh)**b/sqrt(bgh), with agh = a + 6.5 and agh/cgh = 1 - b/cgh
return 2.5066282746310007 * 0.0015034391929775724 * ratio * exp((a - 0.5) * log1p(-b / cgh) + b * log(bgh / cgh) + log_factor) / sqrt(bgh);`,
  }],
  ["beta", {
    params: ["a", "b"],
    doc: "Beta function: the gamma quotient while a + b < 171, the Lanczos form beyond (for b < 1 through B(a, b) = B(a, b + 1)*(a + b)/b).",
    body: `
if (isnan(a) || isnan(b)) return NAN;
if (!(a > 0.0 && b > 0.0)) return gamma(a) * gamma(b) / gamma(a + b);
let big = fmax(a, b);
let small = fmin(a, b);
if (big + small < 171.0) return gamma(big) / gamma(big + small) * gamma(small);
if (small < 1.0) return beta_large(big, small + 1.0, log(big + small) - log(small));
return beta_large(big, small, 0.0);`,
  }],
  ["digammadiff", {
    params: ["x", "h"],
    doc: "digamma(x) - digamma(x + h) without cancellation for x, x + h > 0: both shifted above 16 (terms of one sign), then the asymptotic series differenced term by term; elsewhere the plain difference.",
    body: `
let y = x + h;
if (!(x > 0.0 && y > 0.0 && x < INF && y < INF) || h == 0.0) return digamma(x) - digamma(y);
let shift = 0.0;
let j = 0.0;
while (fmin(x, y) + j < 16.0) {
  shift -= h / fmax(x + j, y + j) / fmin(x + j, y + j);
  j += 1.0;
}
let big = x + j;
let l = log1p(h / big);
let series = -l - h / (big + h) / (2.0 * big);
let power = 1.0 / (big * big);
for (let k = 1; k < 8; k++) {
  series -= DIGAMMA_ASYMPTOTIC[k - 1] * power * -expm1(-2.0 * k * l);
  power /= big * big;
}
return shift + series;`,
  }],
  ["erfcx", {
    params: ["x"],
    doc: "exp(x**2)*erfc(x): the product below 2, Laplace's continued fraction of erfc above (modified Lentz), 1/(x*sqrt(pi)) past 1e8; about 1e-14 relative (x**2*1e-16 for x < 0).",
    body: `
if (isnan(x)) return NAN;
if (x < 2.0) return exp(x * x) * erfc(x);
if (x > 1e8) return 0.5641895835477563 / x;
let f = x;
let c = x;
let d = 0.0;
for (let k = 1; k < 5000; k++) {
  d = 1.0 / (x + 0.5 * k * d);
  c = x + 0.5 * k / c;
  f *= c * d;
  if (fabs(c * d - 1.0) < 1e-16) break;
}
return 0.5641895835477563 / f;`,
  }],
  ["log1pmx", {
    params: ["x"],
    doc: "log(1 + x) - x: for -1/2 <= x <= 1 the series -u*x + 2u*sum(u**(2k)/(2k + 1)), u = x/(2 + x) (|u| <= 1/3, 20 terms: below 1e-17; every term of one sign where x < 0, the second at most a twelfth of the first where x > 0), the difference itself elsewhere (at most 2 bits cancel); -inf at -1 and inf, NaN below -1; about 1e-15 relative.",
    body: `
if (isnan(x) || x < -1.0) return NAN;
if (x == -1.0 || x == INF) return -INF;
if (x < -0.5 || x > 1.0) return log1p(x) - x;
let u = x / (2.0 + x);
let u2 = u * u;
let s = 0.0;
for (let k = 20; k >= 1; k--) {
  s = (s + 1.0 / (2.0 * k + 1.0)) * u2;
}
return -u * x + 2.0 * u * s;`,
  }],
  ["erfinv_start", {
    params: ["x"],
    doc: "Giles' single-precision erfinv (about 1e-7 relative): the start of Newton's method.",
    body: `
let w = -log((1.0 - x) * (1.0 + x));
let p = 0.0;
if (w < 5.0) {
  w -= 2.5;
  p = GILES_CENTRAL[0];
  for (let i = 1; i < 9; i++) {
    p = p * w + GILES_CENTRAL[i];
  }
} else {
  w = sqrt(w) - 3.0;
  p = GILES_TAIL[0];
  for (let i = 1; i < 9; i++) {
    p = p * w + GILES_TAIL[i];
  }
}
return p * x;`,
  }],
  ["erfcinv_tail", {
    params: ["c"],
    doc: "erfcinv(c) for 0 < c <= 1/2: Newton's method on log(erfc(y)) = log(c), with log(erfc(y)) = log(erfcx(y)) - y**2 (no underflow down to the subnormal c), from Giles' start or, below 1e-8, the asymptotic solution.",
    body: `
let y = 0.0;
if (c >= 1e-8) {
  y = erfinv_start(1.0 - c);
} else {
  let t = -log(c);
  y = sqrt(t - 0.5 * log(${PI} * t));
}
let target = log(c);
for (let i = 0; i < 8; i++) {
  let e = erfcx(y);
  let step = (log(e) - y * y - target) * ${SQRT_PI_HALF} * e;
  y += step;
  if (fabs(step) <= 1e-16 * y) break;
}
return y;`,
  }],
  ["erfinv", {
    params: ["x"],
    doc: "Inverse error function: Newton's method on erf(y) = x from Giles' start for |x| <= 1/2, erfcinv(1 - |x|) beyond (1 - |x| is exact there).",
    body: `
if (isnan(x) || fabs(x) > 1.0) return NAN;
if (fabs(x) == 1.0) return x * INF;
if (fabs(x) > 0.5) {
  let tail = erfcinv_tail(1.0 - fabs(x));
  if (x < 0.0) return -tail;
  return tail;
}
let y = erfinv_start(x);
for (let i = 0; i < 4; i++) {
  let step = (erf(y) - x) * ${SQRT_PI_HALF} * exp(y * y);
  y -= step;
  if (fabs(step) <= 1e-16 * fabs(y)) break;
}
return y;`,
  }],
  ["erfcinv", {
    params: ["c"],
    doc: "Inverse complementary error function on [0, 2]: erfinv(1 - c) where 1 - c is exact (1/2 <= c <= 3/2), the tail solution elsewhere (by symmetry above 3/2).",
    body: `
if (isnan(c) || c < 0.0 || c > 2.0) return NAN;
if (c == 0.0) return INF;
if (c == 2.0) return -INF;
if (c > 1.5) return -erfcinv_tail(2.0 - c);
if (c >= 0.5) return erfinv(1.0 - c);
return erfcinv_tail(c);`,
  }],
  ["density_exponent", {
    params: ["s", "x"],
    doc: "s*log(x/s) + s - x without cancellation: with d = (x - s)/s it is s*(log1p(d) - d), for -0.8 < d < 3 by the series in u = d/(2 + d).",
    body: `
let d = (x - s) / s;
if (!(d > -0.8 && d < 3.0)) return s * log(x / s) + (s - x);
let u = d / (2.0 + d);
let u2 = u * u;
let series = 0.0;
let power = u2;
for (let k = 1; k < 200; k++) {
  let term = power / (2 * k + 1);
  series += term;
  if (term < 1e-17 * series) break;
  power *= u2;
}
return s * (-d * u + 2.0 * u * series);`,
  }],
  ["gammadensity", {
    params: ["s", "x"],
    doc: "x**(s-1)*exp(-x)/gamma(s) without overflow: for s >= 10 in Stirling's form exp(s*log(x/s) + s - x)*sqrt(s/(2pi))/(x*exp(correction)), so no power, exp or gamma overflows alone.",
    body: `
if (x == INF && s > 0.0) return 0.0;
if (!(s > 0.0 && x > 0.0) || x == INF) return pow(x, s - 1.0) * exp(-x) / gamma(s);
if (s < 10.0) {
  if (x < 700.0) return pow(x, s - 1.0) * exp(-x) / gamma(s);
  return exp((s - 1.0) * log(x) - x - lgamma(s));
}
let w = 1.0 / (s * s);
let correction = STIRLING_CORRECTION[6];
for (let i = 5; i >= 0; i--) {
  correction = correction * w + STIRLING_CORRECTION[i];
}
return exp(density_exponent(s, x)) * sqrt(s / 6.283185307179586) / (x * exp(correction / s));`,
  }],
  ["gamma_series", {
    params: ["s", "x"],
    doc: "The sum over k >= 0 of x**k/((s + 1)...(s + k)): P(s, x) = x**s*exp(-x)/gamma(s + 1) times it (positive terms).",
    body: `
let term = 1.0;
let series = 1.0;
for (let k = 1; k < 10000000; k++) {
  term *= x / (s + k);
  series += term;
  if (term <= 1e-17 * series) break;
}
return series;`,
  }],
  ["legendre_fraction", {
    params: ["s", "x"],
    doc: "Legendre's continued fraction of uppergamma(s, x)/(x**s*exp(-x)), for x > s (modified Lentz).",
    body: `
let b = x + 1.0 - s;
let c = 1e300;
let d = 1.0 / b;
let h = d;
for (let i = 1; i < 10000000; i++) {
  let an = -i * (i - s);
  b += 2.0;
  d = an * d + b;
  if (fabs(d) < 1e-300) d = 1e-300;
  c = b + an / c;
  if (fabs(c) < 1e-300) c = 1e-300;
  d = 1.0 / d;
  let step = d * c;
  h *= step;
  if (fabs(step - 1.0) < 1e-16) break;
}
return h;`,
  }],
  ["small_upper", {
    params: ["s", "x"],
    doc: "Q(s, x) for s < 1 and x < 1.5, where 1 - P would cancel: (gamma(1 + s) - x**s - x**s*s*sum((-x)**k/(k!*(s + k)), k >= 1))/gamma(1 + s), with gamma(1 + s) - 1 and x**s - 1 through expm1.",
    body: `
let lg = 0.0;
if (s <= 0.5) {
  lg = lgamma1p(s);
} else {
  lg = log(s) + lgamma1p(s - 1.0);
}
let power = exp(s * log(x));
let term = 1.0;
let series = 0.0;
for (let k = 1; k < 200; k++) {
  term *= -x / k;
  series += term / (s + k);
  if (fabs(term) <= 1e-17 * fabs(series)) break;
}
return (expm1(lg) - expm1(s * log(x)) - power * s * series) / exp(lg);`,
  }],
  ["incomplete_gamma", {
    params: ["s", "x", "kind"],
    doc: "The incomplete gammas (kind 0: P, 1: Q, 2: lower, 3: upper; s > 0, x >= 0): of P and Q the one from its own expansion (the series for P where x <= s, the continued fraction for Q above, both with the exact gammadensity prefix), the other its complement; for s < 1 and x < 1.5 both directly.",
    body: `
if (isnan(s) || isnan(x) || !(s > 0.0) || x < 0.0) return NAN;
if (x == 0.0) {
  if (kind == 1.0) return 1.0;
  if (kind == 3.0) return gamma(s);
  return 0.0;
}
if (x == INF) {
  if (kind == 0.0) return 1.0;
  if (kind == 2.0) return gamma(s);
  return 0.0;
}
let p = 0.0;
let q = 0.0;
if (s < 1.0 && x < 1.5) {
  p = gammadensity(s, x) * x / s * gamma_series(s, x);
  q = small_upper(s, x);
} else if (x <= s) {
  let series = gamma_series(s, x);
  if (kind == 2.0) return exp(s * log(x) - x) / s * series;
  p = gammadensity(s, x) * x / s * series;
  q = 1.0 - p;
} else {
  let fraction = legendre_fraction(s, x);
  q = gammadensity(s, x) * x * fraction;
  // where gamma(s) overflows or q is subnormal, the upper gamma in one exp
  if (kind == 3.0 && !(s < 171.0 && q > 1e-290)) return exp(s * log(x) - x) * fraction;
  p = 1.0 - q;
}
if (kind == 0.0) return p;
if (kind == 1.0) return q;
if (kind == 2.0) return p * gamma(s);
return q * gamma(s);`,
  }],
  ["sparsemax_threshold", {
    params: ["v[]", "long m"],
    doc: "The threshold tau of sparsemax (sum of max(v - tau, 0) is 1), v's m values sorted in place: Martins & Astudillo (2016), Algorithm 1, on values shifted by their maximum (sums of numbers <= 0).",
    body: `
for (let j = 0; j < m; j++) {
  if (isnan(v[j])) return NAN;
}
sort(v, m);
let max = v[m - 1];
if (!(max - max == 0.0)) return NAN;
let sum = 0.0;
let top = 0.0;
let k = 0.0;
for (let j = 1; j < m + 1; j++) {
  let z = v[m - j] - max;
  sum += z;
  if (1.0 + j * z > sum) {
    k = j;
    top = sum;
  }
}
return max + (top - 1.0) / k;`,
  }],
  ["quantile", {
    params: ["v[]", "long m", "q"],
    doc: "NumPy's default (\"linear\") q-quantile of v's m values, sorted in place; NaN if one is NaN.",
    body: `
if (!(q >= 0.0 && q <= 1.0)) return NAN;
for (let j = 0; j < m; j++) {
  if (isnan(v[j])) return NAN;
}
sort(v, m);
let h = (m - 1.0) * q;
long lo = floor(h);
let g = h - lo;
let a = v[lo];
if (g == 0.0) return a;
let b = v[lo + 1];
if (a == b) return a;
if (g >= 0.5) return b - (b - a) * (1.0 - g);
return a + (b - a) * g;`,
  }],
  ["quantile_weight", {
    params: ["v[]", "long m", "q", "t"],
    doc: "d quantile / d v[t]: 1 - g at the lower order statistic, g at the next (ties ranked by position), 0 elsewhere.",
    body: `
if (!(q >= 0.0 && q <= 1.0)) return NAN;
for (let j = 0; j < m; j++) {
  if (isnan(v[j])) return NAN;
}
if (t != floor(t) || t < 0.0 || t >= m) return 0.0;
long s = t;
let rank = 0.0;
for (let j = 0; j < m; j++) {
  if (v[j] < v[s] || (v[j] == v[s] && j < s)) rank += 1.0;
}
let h = (m - 1.0) * q;
long lo = floor(h);
let g = h - lo;
if (rank == lo) return 1.0 - g;
if (rank == lo + 1) return g;
return 0.0;`,
  }],
  ["gammainc", { params: ["s", "x"], doc: "Regularized lower incomplete gamma P(s, x).", body: "\nreturn incomplete_gamma(s, x, 0.0);" }],
  ["gammaincc", { params: ["s", "x"], doc: "Regularized upper incomplete gamma Q(s, x).", body: "\nreturn incomplete_gamma(s, x, 1.0);" }],
  ["lowergamma", { params: ["s", "x"], doc: "Lower incomplete gamma (not regularized).", body: "\nreturn incomplete_gamma(s, x, 2.0);" }],
  ["uppergamma", { params: ["s", "x"], doc: "Upper incomplete gamma (not regularized).", body: "\nreturn incomplete_gamma(s, x, 3.0);" }],
]);
