import fc from "fast-check";
import { type Node, add, call, div, mul, num, piecewise, pow, rat, rel, sub, sym, TRUE } from "../../src/core/index.js";
import { RELATIONS } from "../../src/core/node.js";

/** Leaves: the symbols x, y, alpha and small exact or float constants. */
const leaf: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom("x", "y", "alpha").map(sym),
  fc.integer({ min: -5, max: 5 }).map((n) => rat(n, 1)),
  fc.tuple(fc.integer({ min: -7, max: 7 }), fc.integer({ min: 1, max: 6 })).map(([p, q]) => rat(p, q)),
  fc.double({ min: -4, max: 4, noNaN: true, noDefaultInfinity: true }).map(num),
);

const smooth = ["exp", "tanh", "sin", "cos", "atan", "sigmoid", "softplus", "erf", "asinh"] as const;
const kinked = ["Abs", "sign", "floor"] as const;

/**
 * Random expressions over x, y, alpha. `smoothOnly` keeps to functions that are differentiable everywhere on
 * the reals and to operations defined everywhere (no division, no logs), for derivative checks.
 */
export function expression(options: { smoothOnly?: boolean; depth?: number } = {}): fc.Arbitrary<Node> {
  const { smoothOnly = false, depth = 4 } = options;
  const tree = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", maxDepth: depth },
      leaf,
      fc.tuple(tie("node"), tie("node")).map(([a, b]) => add(a, b)),
      fc.tuple(tie("node"), tie("node")).map(([a, b]) => sub(a, b)),
      fc.tuple(tie("node"), tie("node")).map(([a, b]) => mul(a, b)),
      fc.tuple(tie("node"), fc.integer({ min: 0, max: 3 })).map(([a, n]) => pow(a, rat(n, 1))),
      fc.tuple(fc.constantFrom(...smooth), tie("node")).map(([f, a]) => call(f, [a])),
      ...(smoothOnly
        ? []
        : [
            fc.tuple(tie("node"), tie("node")).map(([a, b]) => div(a, b)),
            fc.tuple(fc.constantFrom(...kinked), tie("node")).map(([f, a]) => call(f, [a])),
            fc.tuple(tie("node"), tie("node")).map(([a, b]) => call("Max", [a, b])),
            fc.tuple(tie("node"), tie("node")).map(([a, b]) => call("Min", [b, a])),
            fc.tuple(tie("node")).map(([a]) => call("log", [a])),
            fc.tuple(tie("node")).map(([a]) => call("Heaviside", [a, rat(0, 1)])),
            fc.tuple(tie("node"), tie("node"), tie("node"), fc.constantFrom(...RELATIONS)).map(([a, b, c, op]) => piecewise([[a, rel(op, c, rat(0, 1))], [b, TRUE]])),
          ]),
    ),
  }));
  return tree.node;
}

/** Inputs including the special values every kernel must handle the IEEE way. */
export const specialInput = fc.oneof(
  fc.double({ min: -20, max: 20, noNaN: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e-300, -1e-300, 710, -710, 1e300, -1e300),
);
