import { type Node, ONE, ZERO, HALF, E, call, div, isNum, neg, pow, coeffAndRest } from "../node.js";
import { type FunctionRecord, latexMacro, unaryRecord } from "./record.js";
import { log1pmx as log1pmxStd } from "./stdlib.js";

/** True when `a` has a negative numeric coefficient, as in -x or -2*y: odd functions pull the sign out. */
export const hasNegativeCoefficient = (a: Node): boolean => coeffAndRest(a)[0].value < 0;

const unary = (name: string, kernel: (x: number) => number, partial: string, description: string, extra: Partial<FunctionRecord> = {}): FunctionRecord =>
  unaryRecord(name, kernel, partial, description, { latex: latexMacro(`\\${name}`), ...extra });

/** Evaluates f(0) exactly, pulls the sign out of odd functions and drops it in even ones. */
export function oddOrEven(name: string, atZero: Node, parity: "odd" | "even") {
  return ([x]: readonly Node[]): Node | undefined => {
    if (x === ZERO) return atZero;
    if (!isNum(x!) && hasNegativeCoefficient(x!)) return parity === "odd" ? neg(call(name, [neg(x!)])) : call(name, [neg(x!)]);
    return undefined;
  };
}

export const exp = unary("exp", Math.exp, "exp(x)", "Exponential function e**x.", {
  latex: ([x]) => `e^{${x}}`,
  autoEval: ([x]) => {
    if (x === ZERO) return ONE;
    if (x === ONE) return E;
    if (x!.kind === "call" && x!.name === "log" && x!.args.length === 1) return x!.args[0];
    return undefined;
  },
});

export const log = {
  ...unary("log", Math.log, "1/x", "Natural logarithm; log(x, b) is the logarithm to base b."),
  maxArgs: 2,
  params: ["x", "b"],
  partials: ["1/x", "-log(x)/(b*log(b)**2)"],
  latex: ([x, b]) => (b === undefined ? `\\log\\left(${x}\\right)` : `\\log_{${b}}\\left(${x}\\right)`),
  autoEval: (args) => {
    const [x, b] = args as [Node, Node | undefined];
    if (b !== undefined) return div(call("log", [x]), call("log", [b]));
    if (x === ONE) return ZERO;
    if (x === E) return ONE;
    if (x.kind === "call" && x.name === "exp") return x.args[0];
    return undefined;
  },
} satisfies FunctionRecord;

export const sqrt: FunctionRecord = unary("sqrt", Math.sqrt, "1/(2*sqrt(x))", "Square root; stored as x**(1/2), as in SymPy.", {
  latex: ([x]) => `\\sqrt{${x}}`,
  autoEval: ([x]) => pow(x!, HALF),
});

export const log1p = unary("log1p", Math.log1p, "1/(1 + x)", "log(1 + x), exact for small x.", {
  latex: ([x]) => `\\log\\left(1 + ${x}\\right)`,
  autoEval: ([x]) => (x === ZERO ? ZERO : undefined),
});

export const expm1 = unary("expm1", Math.expm1, "exp(x)", "exp(x) - 1, exact for small x.", {
  latex: ([x]) => `\\left(e^{${x}} - 1\\right)`,
  autoEval: ([x]) => (x === ZERO ? ZERO : undefined),
});

/** stdlib's kernel, with the limits -Infinity at x = -1 and at Infinity where it gives NaN. */
const log1pmxKernel = (x: number): number => (x === -1 || x === Infinity ? -Infinity : log1pmxStd(x));

export const log1pmx = unary(
  "log1pmx",
  log1pmxKernel,
  // -x/(1 + x), exact near 0 and near -1 (1 + x exact there); from 1 on 1/(1 + x) - 1, which is -1 at Infinity (not inf/inf).
  "Piecewise((-x/(1 + x), x < 1), (1/(1 + x) - 1, True))",
  "log(1 + x) - x, exact for every x > -1 where the difference cancels (about -x**2/2 near 0); -Infinity at -1, NaN below (kernel: stdlib-js).",
  { latex: latexMacro("\\operatorname{log1pmx}"), autoEval: ([x]) => (x === ZERO ? ZERO : undefined) },
);

export const sin = unary("sin", Math.sin, "cos(x)", "Sine.", { autoEval: oddOrEven("sin", ZERO, "odd") });
export const cos = unary("cos", Math.cos, "-sin(x)", "Cosine.", { autoEval: oddOrEven("cos", ONE, "even") });
export const tan = unary("tan", Math.tan, "1 + tan(x)**2", "Tangent.", { autoEval: oddOrEven("tan", ZERO, "odd") });
export const asin = unary("asin", Math.asin, "1/sqrt(1 - x**2)", "Inverse sine.", { latex: latexMacro("\\arcsin"), autoEval: oddOrEven("asin", ZERO, "odd") });
export const acos = unary("acos", Math.acos, "-1/sqrt(1 - x**2)", "Inverse cosine.", { latex: latexMacro("\\arccos") });
export const atan = unary("atan", Math.atan, "1/(x**2 + 1)", "Inverse tangent.", { latex: latexMacro("\\arctan"), autoEval: oddOrEven("atan", ZERO, "odd") });
export const sinh = unary("sinh", Math.sinh, "cosh(x)", "Hyperbolic sine.", { autoEval: oddOrEven("sinh", ZERO, "odd") });
export const cosh = unary("cosh", Math.cosh, "sinh(x)", "Hyperbolic cosine.", { autoEval: oddOrEven("cosh", ONE, "even") });
export const tanh = unary("tanh", Math.tanh, "1 - tanh(x)**2", "Hyperbolic tangent.", { autoEval: oddOrEven("tanh", ZERO, "odd") });
export const asinh = unary("asinh", Math.asinh, "1/sqrt(x**2 + 1)", "Inverse hyperbolic sine.", { latex: latexMacro("\\operatorname{asinh}"), autoEval: oddOrEven("asinh", ZERO, "odd") });
export const acosh = unary("acosh", Math.acosh, "1/sqrt(x**2 - 1)", "Inverse hyperbolic cosine.", { latex: latexMacro("\\operatorname{acosh}") });
export const atanh = unary("atanh", Math.atanh, "1/(1 - x**2)", "Inverse hyperbolic tangent.", { latex: latexMacro("\\operatorname{atanh}"), autoEval: oddOrEven("atanh", ZERO, "odd") });

export const ELEMENTARY: readonly FunctionRecord[] = [exp, log, sqrt, log1p, expm1, log1pmx, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh];
