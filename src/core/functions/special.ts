import { type Node, ONE, ZERO, HALF, call, isNum, mul, neg, num, rat, sub } from "../node.js";
import { hasNegativeCoefficient } from "./elementary.js";
import { type FunctionRecord, latexMacro } from "./record.js";
import { erf as erfKernel, erfc as erfcKernel } from "./stdlib.js";

const nonNumericNegative = (x: Node) => !isNum(x) && hasNegativeCoefficient(x);

export const erf: FunctionRecord = {
  name: "erf",
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel: erfKernel,
  partials: ["2*exp(-x**2)/sqrt(pi)"],
  latex: latexMacro("\\operatorname{erf}"),
  autoEval: ([x]) => (x === ZERO ? ZERO : nonNumericNegative(x!) ? neg(call("erf", [neg(x!)])) : undefined),
  description: "Error function (kernel: stdlib-js, accurate to about 1 ulp).",
};

export const erfc: FunctionRecord = {
  name: "erfc",
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel: erfcKernel,
  partials: ["-2*exp(-x**2)/sqrt(pi)"],
  latex: latexMacro("\\operatorname{erfc}"),
  autoEval: ([x]) => (x === ZERO ? ONE : undefined),
  description: "Complementary error function 1 - erf(x), exact in the right tail (kernel: stdlib-js).",
};

/*
 * sigmoid, sigmoid' and softplus are computed from e = e^x of their argument, so that a compiled kernel that
 * has e^x anyway (mish', swish', gelu') computes one exp for all of them (lower.ts, `expForms`), and the
 * results are the same to the bit. Their branches test e or are taken by half the elements at most.
 */

/** The logistic function from e = e^x: e/(1 + e), and 1 where e overflows (x > 709.78). NaN stays NaN. */
export function sigmoidKernel(x: number): number {
  const e = Math.exp(x);
  return e === Infinity ? 1 : e / (1 + e);
}

export const sigmoid: FunctionRecord = {
  name: "sigmoid",
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel: sigmoidKernel,
  partials: ["sigmoid(x)*(1 - sigmoid(x))"],
  latex: latexMacro("\\sigma"),
  autoEval: ([x]) => (x === ZERO ? HALF : undefined),
  description: "The logistic function 1/(1 + exp(-x)), stable for every real x.",
};

/**
 * sigmoid(x)*sigmoid(-x) = e/(1 + e)^2 from e = e^x: the logistic density, exact in both tails (no difference
 * cancels). From e = 1e150 on (1 + e)^2 would overflow and the value is 1/e to the last bit, then e^-x where
 * e overflows (x > 709.78).
 */
export function dsigmoidKernel(x: number): number {
  const e = Math.exp(x);
  if (e > 1e150) return e === Infinity ? Math.exp(-x) : 1 / e;
  const d = 1 + e;
  return e / (d * d);
}

export const dsigmoid: FunctionRecord = {
  name: "dsigmoid",
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel: dsigmoidKernel,
  partials: ["dsigmoid(x)*(sigmoid(-x) - sigmoid(x))"],
  latex: latexMacro("\\sigma'"),
  autoEval: ([x]) => (x === ZERO ? rat(1, 4) : isNum(x!) || !hasNegativeCoefficient(x!) ? undefined : call("dsigmoid", [neg(x!)])),
  description: "Derivative of the logistic function, sigmoid(x)*sigmoid(-x) (the logistic density); the compiler's fused form of that product.",
};

/** log(1 + e) from e = e^x without overflow or cancellation: x + log1p(1/e) from x = 0 on (1/e is e^-x). */
export function softplusKernel(x: number): number {
  const e = Math.exp(x);
  return x >= 0 ? x + Math.log1p(1 / e) : Math.log1p(e);
}

export const softplus: FunctionRecord = {
  name: "softplus",
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel: softplusKernel,
  partials: ["sigmoid(x)"],
  latex: latexMacro("\\operatorname{softplus}"),
  description: "log(1 + exp(x)), stable for every real x.",
};

export const Abs: FunctionRecord = {
  name: "Abs",
  aliases: ["abs"],
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel: Math.abs,
  // PyTorch's autograd convention: d|x|/dx at 0 is 0, which sign(0) gives.
  partials: ["sign(x)"],
  latex: ([x]) => `\\left|${x}\\right|`,
  autoEval: ([x]) => {
    if (isNum(x!)) return x!.num.q !== 0 ? rat(Math.abs(x!.num.p), x!.num.q) : num(Math.abs(x!.value));
    if (x!.kind === "call" && (x!.name === "Abs" || x!.name === "exp" || x!.name === "sigmoid" || x!.name === "softplus")) return x;
    if (hasNegativeCoefficient(x!)) return call("Abs", [neg(x!)]);
    return undefined;
  },
  description: "Absolute value.",
};

/** Drops signs and absolute values, which hypot ignores: hypot(-x, Abs(y)) -> hypot(x, y). */
const unsigned = (x: Node): Node => (x.kind === "call" && x.name === "Abs" ? x.args[0]! : isNum(x) ? call("Abs", [x]) : nonNumericNegative(x) ? neg(x) : x);

export const hypot: FunctionRecord = {
  name: "hypot",
  minArgs: 2,
  maxArgs: 2,
  params: ["x", "y"],
  kernel: Math.hypot,
  partials: ["x/hypot(x, y)", "y/hypot(x, y)"],
  latex: latexMacro("\\operatorname{hypot}"),
  autoEval: (args) => {
    if (args[1] === ZERO) return call("Abs", [args[0]!]);
    if (args[0] === ZERO) return call("Abs", [args[1]!]);
    const [x, y] = args.map(unsigned) as [Node, Node];
    return x === args[0] && y === args[1] ? undefined : call("hypot", [x, y]);
  },
  description: "sqrt(x**2 + y**2) without overflow or underflow (the stability rewrites use it).",
};

export const sign: FunctionRecord = {
  name: "sign",
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel: Math.sign,
  partials: ["0"],
  latex: latexMacro("\\operatorname{sign}"),
  autoEval: ([x]) => (isNum(x!) && !Number.isNaN(x!.value) ? rat(Math.sign(x!.value), 1) : nonNumericNegative(x!) ? neg(call("sign", [neg(x!)])) : undefined),
  description: "Sign: -1, 0 or 1.",
};

export function heavisideKernel(x: number, h0 = 0.5): number {
  return x > 0 ? 1 : x < 0 ? 0 : x === 0 ? h0 : NaN;
}

export const Heaviside: FunctionRecord = {
  name: "Heaviside",
  minArgs: 1,
  maxArgs: 2,
  params: ["x", "h0"],
  kernel: heavisideKernel,
  partials: ["0", "0"],
  latex: ([x, h0]) => (h0 === undefined ? `\\theta\\left(${x}\\right)` : `\\theta_{${h0}}\\left(${x}\\right)`),
  autoEval: ([x, h0]) => {
    if (!isNum(x!) || Number.isNaN(x!.value)) return undefined;
    if (x!.value > 0) return ONE;
    if (x!.value < 0) return ZERO;
    return h0 ?? HALF;
  },
  description: "Unit step: 0 for x < 0, 1 for x > 0, and h0 (default 1/2) at 0.",
};

/**
 * Partial derivative of Max/Min with respect to argument i: a product of steps. At a tie the gradient goes to
 * one argument only, as PyTorch's relu, leaky_relu, relu6 and hardtanh do: to a constant argument first,
 * otherwise to the argument written first. So relu'(0) = 0 for Max(0, x) and Max(x, 0) alike, and
 * Max(alpha*x, x) has slope alpha at 0.
 */
function extremumPartial(kind: "Max" | "Min") {
  return (args: readonly Node[], i: number): Node => {
    const priority = (k: number) => (isNum(args[k]!) ? k - args.length : k);
    const steps = args.flatMap((aj, j) => {
      if (j === i) return [];
      const gap = kind === "Max" ? sub(args[i]!, aj) : sub(aj, args[i]!);
      return [call("Heaviside", [gap, priority(i) < priority(j) ? ONE : ZERO])];
    });
    return mul(...steps);
  };
}

function extremum(kind: "Max" | "Min", fold: (...xs: number[]) => number): FunctionRecord {
  return {
    name: kind,
    aliases: [kind.toLowerCase()],
    minArgs: 1,
    maxArgs: Infinity,
    params: ["x"],
    kernel: fold,
    partials: extremumPartial(kind),
    latex: latexMacro(`\\${kind.toLowerCase()}`),
    autoEval: (args) => {
      // Flatten nested calls, fold all numbers into one (kept where the first number stood), drop repeats.
      const flat = args.flatMap((a) => (a.kind === "call" && a.name === kind ? [...a.args] : [a]));
      const numbers = flat.filter(isNum);
      const out: Node[] = [];
      let folded = false;
      for (const a of flat) {
        if (isNum(a)) {
          if (folded) continue;
          folded = true;
          const values = numbers.map((n) => n.value);
          const best = fold(...values);
          out.push(numbers.find((n) => Object.is(n.value, best)) ?? num(best));
        } else if (!out.includes(a)) out.push(a);
      }
      if (out.length === 1) return out[0];
      if (out.length === args.length && out.every((a, k) => a === args[k])) return undefined;
      return call(kind, out);
    },
    description: `${kind === "Max" ? "Largest" : "Smallest"} of its arguments (any number of them).`,
  };
}

export const Max = extremum("Max", Math.max);
export const Min = extremum("Min", Math.min);

/** floor and ceiling: steps, so their derivative is 0 (as in PyTorch). */
function rounding(name: string, kernel: (x: number) => number, bracket: "floor" | "ceil", description: string): FunctionRecord {
  return {
    name,
    minArgs: 1,
    maxArgs: 1,
    params: ["x"],
    kernel,
    partials: ["0"],
    latex: ([x]) => `\\left\\l${bracket}{${x}}\\right\\r${bracket}`,
    autoEval: ([x]) => (isNum(x!) ? num(kernel(x!.value)) : undefined),
    description,
  };
}

export const floor = rounding("floor", Math.floor, "floor", "Largest integer not greater than x.");
export const ceiling = rounding("ceiling", Math.ceil, "ceil", "Smallest integer not less than x.");

export const SPECIAL: readonly FunctionRecord[] = [erf, erfc, sigmoid, dsigmoid, softplus, Abs, hypot, sign, Heaviside, Max, Min, floor, ceiling];
