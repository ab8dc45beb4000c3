/**
 * The gamma family under SymPy's names: gamma, loggamma, polygamma (with digamma and trigamma, which SymPy
 * writes as polygamma(0, x) and polygamma(1, x)), beta, and the incomplete gammas. Kernels are stdlib-js
 * (ports of Boost and Cephes) except where those miss the accuracy goal (the incomplete gammas for s > 20, and
 * the compiler's digammadiff and gammadensity, which have no stdlib-js counterpart); poles and infinities follow
 * SciPy's conventions. docs/functions.md documents all of it.
 */
import { ArgumentError } from "../errors.js";
import { type Node, ONE, ZERO, HALF, PI, call, isNum, mul, neg, pow, rat, sub } from "../node.js";
import { type FunctionRecord, binaryRecord, latexMacro, unaryRecord } from "./record.js";
import { beta as betaStd, digamma as digammaStd, gamma as gammaStd, gammainc as gammaincStd, gammaln as gammalnStd, polygamma as polygammaStd, trigamma as trigammaStd } from "./stdlib.js";

/** The value of an exact positive integer node no larger than `max`, else undefined. */
function smallPositiveInteger(x: Node, max: number): number | undefined {
  return isNum(x) && x.num.q === 1 && x.num.p >= 1 && x.num.p <= max ? x.num.p : undefined;
}

/** (n - 1)! for n <= 19, where it is still an exact double. */
function factorialOfPredecessor(n: number): number {
  let f = 1;
  for (let k = 2; k < n; k++) f *= k;
  return f;
}

/** gamma(n) = (n - 1)! and gamma(k + 1/2) = (2k - 1)!!/2**k * sqrt(pi), as SymPy evaluates them. */
function exactGamma(x: Node): Node | undefined {
  const n = smallPositiveInteger(x, 19);
  if (n !== undefined) return rat(factorialOfPredecessor(n), 1);
  if (isNum(x) && x.num.q === 2 && x.num.p > 0 && x.num.p < 40) {
    const k = (x.num.p - 1) / 2;
    let doubleFactorial = 1;
    for (let j = 1; j <= k; j++) doubleFactorial *= 2 * j - 1;
    return mul(rat(doubleFactorial, 2 ** k), pow(PI, HALF));
  }
  return undefined;
}

/**
 * stdlib-js's gamma, except below -170 where it flushes |gamma(x)| < 2e-308 to 0: there the subnormal value
 * is exp(gammaln(x)) with the sign (-1)**ceil(-x) of gamma on (-n, -n + 1).
 */
export function gammaKernel(x: number): number {
  const g = gammaStd(x);
  if (g !== 0 || !(x < -170) || Number.isInteger(x)) return g;
  return (Math.floor(x) % 2 === 0 ? 1 : -1) * Math.exp(gammalnStd(x));
}

export const gamma = unaryRecord(
  "gamma",
  gammaKernel,
  "gamma(x)*polygamma(0, x)",
  "Gamma function; gamma(n) = (n - 1)!. Poles at 0, -1, -2, ...: ±Infinity at ±0, NaN at negative integers (as SciPy).",
  { latex: latexMacro("\\Gamma"), autoEval: ([x]) => exactGamma(x!) },
);

export const loggamma = unaryRecord(
  "loggamma",
  gammalnStd,
  "polygamma(0, x)",
  "log(gamma(x)) without overflow; for x < 0 it is log|gamma(x)|, the real part of SymPy's loggamma (SciPy's gammaln).",
  {
    autoEval: ([x]) => {
      const n = smallPositiveInteger(x!, 19);
      return n === undefined ? undefined : call("log", [rat(factorialOfPredecessor(n), 1)]);
    },
  },
);

/** polygamma(n, x) for integer n >= 0, with SciPy's values at the poles x = 0, -1, -2, ... */
export function polygammaKernel(n: number, x: number): number {
  if (!Number.isInteger(n) || n < 0) return NaN;
  if (x <= 0 && Number.isInteger(x)) {
    // digamma: -1/x near 0, so -Infinity at +0 and +Infinity at -0, NaN at the sign-changing poles -1, -2, ...
    if (n === 0) return x === 0 ? (Object.is(x, -0) ? Infinity : -Infinity) : NaN;
    return n % 2 === 1 ? Infinity : -Infinity;
  }
  const value = n === 0 ? digammaStd(x) : n === 1 ? trigammaStd(x) : polygammaStd(n, x);
  // Near 0+ polygamma is (-1)**(n+1)*n!/x**(n+1); stdlib-js overflows to +Infinity for every n, so fix the sign.
  if (x > 0 && x < Infinity && Math.abs(value) === Infinity) return n % 2 === 1 ? Infinity : -Infinity;
  return value;
}

export const polygamma = binaryRecord(
  "polygamma",
  ["n", "x"],
  polygammaKernel,
  [{ none: "the order n is an integer index" }, "polygamma(n + 1, x)"],
  "Polygamma psi^(n)(x), the (n+1)-th derivative of log(gamma(x)), for integer n >= 0 (an ArgumentError for another number; NaN if a symbolic n evaluates to one).",
  {
    latex: ([n, x]) => (n === "0" ? `\\psi\\left(${x}\\right)` : `\\psi^{\\left(${n}\\right)}\\left(${x}\\right)`),
    autoEval: ([n]) => {
      // The order is an index, not a value in a domain: a number that is not one is malformed input.
      if (isNum(n!) && !(Number.isInteger(n!.value) && n!.value >= 0)) {
        throw new ArgumentError(`polygamma's order n must be a non-negative integer, got ${n!.num.q > 1 ? `${n!.num.p}/${n!.num.q}` : n!.value}.`);
      }
      return undefined;
    },
  },
);

/** digamma and trigamma are spellings of polygamma(0, x) and polygamma(1, x), as in SymPy. */
const polygammaSpelling = (name: string, order: number, kernel: (x: number) => number): FunctionRecord =>
  unaryRecord(name, kernel, `polygamma(${order + 1}, x)`, `polygamma(${order}, x), as SymPy writes it.`, {
    autoEval: ([x]) => call("polygamma", [rat(order, 1), x!]),
  });

export const digamma = polygammaSpelling("digamma", 0, (x) => polygammaKernel(0, x));
export const trigamma = polygammaSpelling("trigamma", 1, (x) => polygammaKernel(1, x));

/** B(2k)/(2k) for k = 1..7: the asymptotic series psi(x) ~ log(x) - 1/(2x) - sum B(2k)/(2k*x**(2k)). */
export const DIGAMMA_ASYMPTOTIC: readonly number[] = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12];

/**
 * polygamma(0, x) - polygamma(0, x + h) without cancellation for x, x + h > 0: both are shifted above 16 by
 * the recurrence psi(x) = psi(x + 1) - 1/x, whose terms h/((x + j)*(x + h + j)) have one sign, and there the
 * asymptotic series is differenced term by term through log1p and expm1 (truncation below 1e-18 relative).
 * Elsewhere (a negative argument, NaN, Infinity) it is the plain difference.
 */
export function digammaDifference(x: number, h: number): number {
  const y = x + h;
  if (!(x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y)) || h === 0) return polygammaKernel(0, x) - polygammaKernel(0, y);
  let shifted = 0;
  let sum = 0;
  // Dividing by the larger of x + j, y + j first keeps h/(x + j) from overflowing when h is huge.
  for (let j = 0; Math.min(x, y) + j < 16; j++, shifted++) sum -= h / Math.max(x + j, y + j) / Math.min(x + j, y + j);
  const X = x + shifted;
  const r = h / X;
  // log(X) - log(X + h) - 1/(2X) + 1/(2(X + h)), then the Bernoulli terms X**-2k - (X + h)**-2k.
  let series = -Math.log1p(r) - h / (X + h) / (2 * X);
  const l = Math.log1p(r);
  for (let k = 1, power = 1 / (X * X); k <= DIGAMMA_ASYMPTOTIC.length; k++, power /= X * X) {
    series -= DIGAMMA_ASYMPTOTIC[k - 1]! * power * -Math.expm1(-2 * k * l);
  }
  return sum + series;
}

export const digammadiff = binaryRecord(
  "digammadiff",
  ["x", "h"],
  digammaDifference,
  ["polygamma(1, x) - polygamma(1, x + h)", "-polygamma(1, x + h)"],
  "polygamma(0, x) - polygamma(0, x + h) without cancellation for small h (the compiler's form of that difference, in beta's partials).",
  {
    latex: ([x, h]) => `\\left(\\psi\\left(${x}\\right) - \\psi\\left(${x} + ${h}\\right)\\right)`,
  },
);

/** beta(a, b): stdlib-js for a, b > 0 (where it avoids overflow of the gammas); the gamma quotient elsewhere. */
export function betaKernel(a: number, b: number): number {
  return a > 0 && b > 0 ? betaStd(a, b) : (gammaKernel(a) * gammaKernel(b)) / gammaKernel(a + b);
}

export const beta = binaryRecord(
  "beta",
  ["a", "b"],
  betaKernel,
  ["beta(a, b)*(polygamma(0, a) - polygamma(0, a + b))", "beta(a, b)*(polygamma(0, b) - polygamma(0, a + b))"],
  "Beta function gamma(a)*gamma(b)/gamma(a + b), without overflow for large a, b > 0.",
  {
    latex: latexMacro("\\operatorname{B}"),
    autoEval: ([a, b]) => {
      const [p, q] = [smallPositiveInteger(a!, 19), smallPositiveInteger(b!, 19)];
      if (p === undefined || q === undefined || p + q > 19) return undefined;
      return rat(factorialOfPredecessor(p) * factorialOfPredecessor(q), factorialOfPredecessor(p + q));
    },
  },
);

const exp = (x: Node): Node => call("exp", [x]);

/**
 * s*log(x/s) + s - x, the exponent of the gamma density in Stirling's form, without cancellation: with
 * d = (x - s)/s it is s*(log1p(d) - d), for -0.8 < d < 3 through u = d/(2 + d) (|u| < 2/3) as
 * s*(-d*u + 2u*(u**2/3 + u**4/5 + ...)); outside, the direct form loses at most a factor 3 to cancellation.
 */
function densityExponent(s: number, x: number): number {
  const d = (x - s) / s;
  if (!(d > -0.8 && d < 3)) return s * Math.log(x / s) + (s - x);
  const u = d / (2 + d);
  const u2 = u * u;
  let series = 0;
  let power = u2;
  for (let k = 1; k < 200; k++, power *= u2) {
    const term = power / (2 * k + 1);
    series += term;
    if (term < 1e-17 * series) break;
  }
  return s * (-d * u + 2 * u * series);
}

/** B(2k)/(2k(2k - 1)) for k = 1..7: log(gamma(s)) - Stirling = sum of these over s**(2k - 1); below 1e-16 for s >= 10. */
export const STIRLING_CORRECTION: readonly number[] = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156];

/**
 * The gamma density x**(s-1)*exp(-x)/gamma(s) (the derivative of gammainc in x). For s >= 10 as
 * exp(s*log(x/s) + s - x)*sqrt(s/(2pi))/(x*exp(correction)), Stirling's form of gamma(s), so
 * the exponent is exact to its own rounding and the relative error stays near |log(result)|*1e-16 for every s;
 * x**(s-1), exp(-x) and gamma(s), which overflow or underflow separately, are never formed. For s < 10 the
 * plain product, and through logs where exp(-x) would be subnormal.
 */
export function gammaDensity(s: number, x: number): number {
  if (!(s > 0 && x > 0) || x === Infinity) return x === Infinity && s > 0 ? 0 : (Math.pow(x, s - 1) * Math.exp(-x)) / gammaKernel(s);
  if (s < 10) return x < 700 ? (Math.pow(x, s - 1) * Math.exp(-x)) / gammaKernel(s) : Math.exp((s - 1) * Math.log(x) - x - gammalnStd(s));
  let correction = 0;
  for (let k = STIRLING_CORRECTION.length - 1; k >= 0; k--) correction = correction / (s * s) + STIRLING_CORRECTION[k]!;
  correction /= s;
  return (Math.exp(densityExponent(s, x)) * Math.sqrt(s / (2 * Math.PI))) / (x * Math.exp(correction));
}

export const gammadensity = binaryRecord(
  "gammadensity",
  ["s", "x"],
  gammaDensity,
  ["gammadensity(s, x)*(log(x) - polygamma(0, s))", "gammadensity(s, x)*((s - 1)/x - 1)"],
  "x**(s-1)*exp(-x)/gamma(s) without overflow for any s (the compiler's form of that product: the gamma density, gammainc's derivative).",
  {
    latex: ([s, x]) => `\\frac{${x}^{${s} - 1} e^{-${x}}}{\\Gamma\\left(${s}\\right)}`,
  },
);

/**
 * The four incomplete gammas: stdlib-js's gammainc (Boost's algorithm) for s <= 20, regularizedGammaLarge above,
 * and the limits at x = Infinity that stdlib-js leaves NaN. `regularized` divides by gamma(s); `upper` integrates
 * from x to Infinity. The partial in s is a Meijer G-function, so it has none; at x = 0 and s = 1 they evaluate
 * as SymPy does.
 */
function incompleteGamma(name: string, regularized: boolean, upper: boolean, latex: (args: readonly string[]) => string, description: string): FunctionRecord {
  const density = `x**(s - 1)*exp(-x)${regularized ? "/gamma(s)" : ""}`;
  return {
    name,
    minArgs: 2,
    maxArgs: 2,
    params: ["s", "x"],
    kernel: (s: number, x: number) => {
      if (x === Infinity && s > 0) return upper ? 0 : regularized ? 1 : gammaKernel(s);
      if (s > 20 && x > 0 && x < Infinity) {
        const r = regularizedGammaLarge(s, x, upper);
        if (regularized) return r;
        // Not regularized: r*gamma(s) where both are normal doubles (s < 171.6); stdlib-js elsewhere.
        if (s < 171 && r > 1e-290) return r * gammaKernel(s);
      }
      const value = gammaincStd(x, s, regularized, upper);
      // stdlib-js flushes results below the normal range to 0 (uppergamma(1, 710) = 4.5e-309): there the
      // continued fraction times x**s*exp(-x), formed in one exp, still gives the subnormal value.
      if (upper && !regularized && value < 2.2250738585072014e-308 && x > s && x < Infinity) return Math.exp(s * Math.log(x) - x) * legendreFraction(s, x);
      return value;
    },
    partials: [{ none: "its derivative in s is a Meijer G-function" }, upper ? `-${density}` : density],
    latex,
    autoEval: ([s, x]) => {
      if (x === ZERO) return upper ? (regularized ? ONE : call("gamma", [s!])) : ZERO;
      if (s === ONE) return upper ? exp(neg(x!)) : sub(ONE, exp(neg(x!)));
      return undefined;
    },
    description,
  };
}

/** Legendre's continued fraction (modified Lentz) of uppergamma(s, x)/(x**s*exp(-x)), for x > s. */
function legendreFraction(s: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - s;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e7; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/**
 * P(s, x) or Q(s, x) for s > 20, where stdlib-js's gammainc misses by up to 1e-2 near x = s for s >= 1000 and by
 * 1e-3 in the far right tail for s >= 150 (Q(150, 1050) = 4.3e-267): the smaller of the two from its own expansion, the other as its complement (both are near
 * 1/2 where they meet, so 1 - the smaller does not cancel). For x <= s the series
 * P = x**s*exp(-x)/gamma(s + 1) * sum x**k/((s + 1)...(s + k)), for x > s Legendre's continued fraction for Q
 * (modified Lentz); the prefix is gammaDensity, exact for every s. Both take O(sqrt(s)) steps near x = s.
 */
function regularizedGammaLarge(s: number, x: number, upper: boolean): number {
  let smaller: number;
  if (x <= s) {
    let term = 1;
    let sum = 1;
    for (let k = 1; term > 1e-17 * sum && k < 1e7; k++) {
      term *= x / (s + k);
      sum += term;
    }
    smaller = ((gammaDensity(s, x) * x) / s) * sum;
  } else {
    smaller = gammaDensity(s, x) * x * legendreFraction(s, x);
  }
  return (x <= s) === upper ? 1 - smaller : smaller;
}

const regularizedLatex = (letter: string) => ([s, x]: readonly string[]) => `${letter}\\left(${s}, ${x}\\right)`;

export const lowergamma = incompleteGamma("lowergamma", false, false, latexMacro("\\gamma"),
  "Lower incomplete gamma, the integral of t**(s-1)*exp(-t) from 0 to x (not regularized, as SymPy); s > 0, x >= 0.");
export const uppergamma = incompleteGamma("uppergamma", false, true, latexMacro("\\Gamma"),
  "Upper incomplete gamma, the integral of t**(s-1)*exp(-t) from x to Infinity (not regularized, as SymPy); s > 0, x >= 0.");
export const gammainc = incompleteGamma("gammainc", true, false, regularizedLatex("P"),
  "Regularized lower incomplete gamma P(s, x) = lowergamma(s, x)/gamma(s) (SciPy's gammainc): the gamma and chi-squared CDFs. The compiler turns SymPy's quotient into it.");
export const gammaincc = incompleteGamma("gammaincc", true, true, regularizedLatex("Q"),
  "Regularized upper incomplete gamma Q(s, x) = uppergamma(s, x)/gamma(s) (SciPy's gammaincc), exact in the right tail.");

export const GAMMA_FAMILY: readonly FunctionRecord[] = [gamma, loggamma, polygamma, digamma, trigamma, digammadiff, beta, gammadensity, lowergamma, uppergamma, gammainc, gammaincc];
