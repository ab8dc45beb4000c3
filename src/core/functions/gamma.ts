/**
 * The gamma family under SymPy's names: gamma, loggamma, polygamma (with digamma and trigamma, which SymPy
 * writes as polygamma(0, x) and polygamma(1, x)), beta, and the incomplete gammas. Kernels are stdlib-js
 * (ports of Boost and Cephes); poles and infinities follow SciPy's conventions, documented in docs/functions.md.
 */
import betaStd from "@stdlib/math-base-special-beta";
import digammaStd from "@stdlib/math-base-special-digamma";
import gammaStd from "@stdlib/math-base-special-gamma";
import gammaincStd from "@stdlib/math-base-special-gammainc";
import gammalnStd from "@stdlib/math-base-special-gammaln";
import polygammaStd from "@stdlib/math-base-special-polygamma";
import trigammaStd from "@stdlib/math-base-special-trigamma";
import { type Node, ONE, ZERO, HALF, PI, call, isNum, mul, neg, pow, rat, sub } from "../node.js";
import { type FunctionRecord, latexMacro, unaryRecord } from "./record.js";

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

export const polygamma: FunctionRecord = {
  name: "polygamma",
  minArgs: 2,
  maxArgs: 2,
  params: ["n", "x"],
  kernel: polygammaKernel,
  partials: [{ none: "the order n is an integer index" }, "polygamma(n + 1, x)"],
  latex: ([n, x]) => (n === "0" ? `\\psi\\left(${x}\\right)` : `\\psi^{\\left(${n}\\right)}\\left(${x}\\right)`),
  description: "Polygamma psi^(n)(x), the (n+1)-th derivative of log(gamma(x)), for integer n >= 0 (NaN otherwise).",
};

/** digamma and trigamma are spellings of polygamma(0, x) and polygamma(1, x), as in SymPy. */
const polygammaSpelling = (name: string, order: number, kernel: (x: number) => number): FunctionRecord =>
  unaryRecord(name, kernel, `polygamma(${order + 1}, x)`, `polygamma(${order}, x), as SymPy writes it.`, {
    autoEval: ([x]) => call("polygamma", [rat(order, 1), x!]),
  });

export const digamma = polygammaSpelling("digamma", 0, (x) => polygammaKernel(0, x));
export const trigamma = polygammaSpelling("trigamma", 1, (x) => polygammaKernel(1, x));

/** B(2k)/(2k) for k = 1..7: the asymptotic series psi(x) ~ log(x) - 1/(2x) - sum B(2k)/(2k*x**(2k)). */
const DIGAMMA_ASYMPTOTIC = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12];

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

export const digammadiff: FunctionRecord = {
  name: "digammadiff",
  minArgs: 2,
  maxArgs: 2,
  params: ["x", "h"],
  kernel: digammaDifference,
  partials: ["polygamma(1, x) - polygamma(1, x + h)", "-polygamma(1, x + h)"],
  latex: ([x, h]) => `\\left(\\psi\\left(${x}\\right) - \\psi\\left(${x} + ${h}\\right)\\right)`,
  description: "polygamma(0, x) - polygamma(0, x + h) without cancellation for small h (the compiler's form of that difference, in beta's partials).",
};

/** beta(a, b): stdlib-js for a, b > 0 (where it avoids overflow of the gammas); the gamma quotient elsewhere. */
export function betaKernel(a: number, b: number): number {
  return a > 0 && b > 0 ? betaStd(a, b) : (gammaKernel(a) * gammaKernel(b)) / gammaKernel(a + b);
}

export const beta: FunctionRecord = {
  name: "beta",
  minArgs: 2,
  maxArgs: 2,
  params: ["a", "b"],
  kernel: betaKernel,
  partials: ["beta(a, b)*(polygamma(0, a) - polygamma(0, a + b))", "beta(a, b)*(polygamma(0, b) - polygamma(0, a + b))"],
  latex: latexMacro("\\operatorname{B}"),
  autoEval: ([a, b]) => {
    const [p, q] = [smallPositiveInteger(a!, 19), smallPositiveInteger(b!, 19)];
    if (p === undefined || q === undefined || p + q > 19) return undefined;
    return rat(factorialOfPredecessor(p) * factorialOfPredecessor(q), factorialOfPredecessor(p + q));
  },
  description: "Beta function gamma(a)*gamma(b)/gamma(a + b), without overflow for large a, b > 0.",
};

const exp = (x: Node): Node => call("exp", [x]);

/**
 * The four incomplete gammas through stdlib-js's gammainc (Boost's algorithm), with the limits at x = Infinity
 * that it leaves NaN. `regularized` divides by gamma(s); `upper` integrates from x to Infinity. The partial in
 * s is a Meijer G-function, so it has none; at x = 0 and s = 1 they evaluate as SymPy does.
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
      return gammaincStd(x, s, regularized, upper);
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

const regularizedLatex = (letter: string) => ([s, x]: readonly string[]) => `${letter}\\left(${s}, ${x}\\right)`;

export const lowergamma = incompleteGamma("lowergamma", false, false, latexMacro("\\gamma"),
  "Lower incomplete gamma, the integral of t**(s-1)*exp(-t) from 0 to x (not regularized, as SymPy); s > 0, x >= 0.");
export const uppergamma = incompleteGamma("uppergamma", false, true, latexMacro("\\Gamma"),
  "Upper incomplete gamma, the integral of t**(s-1)*exp(-t) from x to Infinity (not regularized, as SymPy); s > 0, x >= 0.");
export const gammainc = incompleteGamma("gammainc", true, false, regularizedLatex("P"),
  "Regularized lower incomplete gamma P(s, x) = lowergamma(s, x)/gamma(s) (SciPy's gammainc): the gamma and chi-squared CDFs. The compiler turns SymPy's quotient into it.");
export const gammaincc = incompleteGamma("gammaincc", true, true, regularizedLatex("Q"),
  "Regularized upper incomplete gamma Q(s, x) = uppergamma(s, x)/gamma(s) (SciPy's gammaincc), exact in the right tail.");

export const GAMMA_FAMILY: readonly FunctionRecord[] = [gamma, loggamma, polygamma, digamma, trigamma, digammadiff, beta, lowergamma, uppergamma, gammainc, gammaincc];
