/**
 * Reciprocal trigonometric and hyperbolic functions, atan2, the real cube root and the unnormalized sinc, under
 * SymPy's names. Kernels are written so that they stay exact where the plain reciprocal fails: 1/cosh(x)
 * and 1/sinh(x) are 0 past |x| = 710, where the true values are still (subnormal) doubles.
 */
import { type Node, ONE, ZERO, call, isNum, neg, rat } from "../node.js";
import { hasNegativeCoefficient, oddOrEven } from "./elementary.js";
import { type FunctionRecord, binaryRecord, latexMacro, unaryRecord } from "./record.js";

const unary = (name: string, kernel: (x: number) => number, partial: string, latex: string, description: string, extra: Partial<FunctionRecord> = {}): FunctionRecord =>
  unaryRecord(name, kernel, partial, description, { latex: latexMacro(latex), ...extra });

// csc, cot, csch and coth at 0 are poles (SymPy's zoo): the call stays, and evaluates to ±Infinity.
const oddWithPole = (name: string) => (args: readonly Node[]) => (args[0] === ZERO ? undefined : oddOrEven(name, ZERO, "odd")(args));

export const sec = unary("sec", (x) => 1 / Math.cos(x), "sec(x)*tan(x)", "\\sec", "Secant 1/cos(x).", { autoEval: oddOrEven("sec", ONE, "even") });
export const csc = unary("csc", (x) => 1 / Math.sin(x), "-cot(x)*csc(x)", "\\csc", "Cosecant 1/sin(x).", { autoEval: oddWithPole("csc") });
export const cot = unary("cot", (x) => 1 / Math.tan(x), "-cot(x)**2 - 1", "\\cot", "Cotangent 1/tan(x).", { autoEval: oddWithPole("cot") });

/** 1/cosh(x) as 2t/(1 + t**2) with t = exp(-|x|): no overflow of cosh past |x| = 710. */
export function sechKernel(x: number): number {
  const t = Math.exp(-Math.abs(x));
  return (2 * t) / (1 + t * t);
}

/** 1/sinh(x); for |x| >= 1 as 2t/(1 - t**2) with t = exp(-|x|), which does not overflow past |x| = 710. */
export function cschKernel(x: number): number {
  if (!(Math.abs(x) >= 1)) return 1 / Math.sinh(x);
  const t = Math.exp(-Math.abs(x));
  return (Math.sign(x) * 2 * t) / (1 - t * t);
}

export const sech = unary("sech", sechKernel, "-sech(x)*tanh(x)", "\\operatorname{sech}", "Hyperbolic secant 1/cosh(x), exact for every real x.", {
  autoEval: oddOrEven("sech", ONE, "even"),
});
export const csch = unary("csch", cschKernel, "-coth(x)*csch(x)", "\\operatorname{csch}", "Hyperbolic cosecant 1/sinh(x), exact for every real x.", {
  autoEval: oddWithPole("csch"),
});
// SymPy writes d coth = -1/sinh(x)**2, which is 0 past |x| = 355 (sinh(x)**2 overflows); -csch(x)**2 is exact.
export const coth = unary("coth", (x) => 1 / Math.tanh(x), "-csch(x)**2", "\\coth", "Hyperbolic cotangent 1/tanh(x).", { autoEval: oddWithPole("coth") });

export const atan2 = binaryRecord(
  "atan2",
  ["y", "x"],
  Math.atan2,
  ["x/(x**2 + y**2)", "-y/(x**2 + y**2)"],
  "Angle of the point (x, y) from the positive x axis, in (-pi, pi]; IEEE signed zeros as Math.atan2 (atan2(0, 0) = 0).",
  {
    latex: latexMacro("\\operatorname{atan}_{2}"),
    autoEval: ([y, x]) => (y === ZERO && isNum(x!) && x!.value > 0 ? ZERO : undefined),
  },
);

/** The exact cube root of a perfect cube of a small integer. */
function exactCubeRoot(x: Node): Node | undefined {
  if (!isNum(x) || x.num.q !== 1) return undefined;
  const r = Math.round(Math.cbrt(x.num.p));
  return r * r * r === x.num.p ? rat(r, 1) : undefined;
}

export const cbrt = unary("cbrt", Math.cbrt, "1/(3*cbrt(x)**2)", "", "Real cube root (negative for negative x); SymPy's cbrt(x) is x**(1/3), complex for x < 0.", {
  latex: ([x]) => `\\sqrt[3]{${x}}`,
  autoEval: ([x]) => exactCubeRoot(x!) ?? (!isNum(x!) && hasNegativeCoefficient(x!) ? neg(call("cbrt", [neg(x!)])) : undefined),
});

/** sin(x)/x with its limits: 1 at 0 (no cancellation near 0: sin(x) is exact there) and 0 at ±Infinity. */
export function sincKernel(x: number): number {
  if (x === 0) return 1;
  if (Math.abs(x) === Infinity) return 0;
  return Math.sin(x) / x;
}

/**
 * d sinc = cos(x)/x - sin(x)/x**2 (SymPy's form) cancels near 0 (no correct digit at 1e-8, NaN at 0); below
 * |x| = 1/8 its Taylor series through x**11 is exact to 1e-18, and at 1/8 the plain form loses under 200 ulps.
 * At ±Infinity it is NaN (cos(x) has no limit) where the limit is 0.
 */
const DSINC =
  "Piecewise((x*(-1/3 + x**2*(1/30 + x**2*(-1/840 + x**2*(1/45360 + x**2*(-1/3991680 + x**2/518918400))))), Abs(x) < 1/8), (0, Eq(Abs(x), oo)), (cos(x)/x - sin(x)/x**2, True))";

export const sinc = unary("sinc", sincKernel, DSINC, "\\operatorname{sinc}", "Unnormalized sinc sin(x)/x as in SymPy (NumPy's sinc is the normalized sin(pi*x)/(pi*x)); 1 at 0.", {
  autoEval: oddOrEven("sinc", ONE, "even"),
});

export const TRIG: readonly FunctionRecord[] = [sec, csc, cot, sech, csch, coth, atan2, cbrt, sinc];
