import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluate } from "../../../src/core/compile/interpret.js";
import { type Node, add, call, countOps, div, mul, pow, rat, sub, sym } from "../../../src/core/node.js";
import { parse } from "../../../src/core/syntax/parser.js";
import { expand, simplify } from "../../../src/core/rewrite/index.js";

const to = (f: (n: Node) => Node, input: string, expected: string) => expect(f(parse(input))).toBe(parse(expected));

describe("expand", () => {
  test.each([
    ["(x + 1)**2", "x**2 + 2*x + 1"],
    ["(x + 1)*(y + 2)", "x*y + 2*x + y + 2"],
    ["x*(x + y)**2", "x**3 + 2*x**2*y + x*y**2"],
    ["exp(x)*(1 + sin(x))", "exp(x) + exp(x)*sin(x)"],
  ])("%s -> %s", (input, expected) => to(expand, input, expected));
});

describe("simplify", () => {
  test.each([
    ["sin(x)**2 + cos(x)**2", "1"],
    ["2*sin(x)**2 + 2*cos(x)**2 + y", "y + 2"],
    ["cosh(x)**2 - sinh(x)**2", "1"],
    ["1 - cos(x)**2", "sin(x)**2"],
    ["sinh(u)/cosh(u)", "tanh(u)"],
    ["x*sign(x)", "Abs(x)"],
    ["Abs(x)*sign(x)", "x"],
    ["exp(a)*exp(b)", "exp(a + b)"],
    ["log(a) + log(b)", "log(a) + log(b)"],
    ["1/(1 + Abs(x)) - x*sign(x)/(1 + Abs(x))**2", "1/(1 + Abs(x))**2"],
    ["Heaviside(x, 1)**2", "Heaviside(x, 1)"],
    ["Heaviside(x, 0)**3", "Heaviside(x, 0)"],
    ["Heaviside(x, 0)*Heaviside(x, 1)", "Heaviside(x, 0)"],
    ["Heaviside(x, 0)*Heaviside(-x, 1)", "0"],
    ["Heaviside(x, 0) + Heaviside(-x, 1)", "1"],
    ["sqrt(x**2)", "Abs(x)"],
  ])("%s -> %s", (input, expected) => to(simplify, input, expected));

  test("exp(-x)/(1 + exp(-x))**2 gets no longer", () => {
    const input = parse("exp(-x)/(1 + exp(-x))**2");
    expect(countOps(simplify(input))).toBeLessThanOrEqual(countOps(input));
  });
});

/** Random expressions in x and y over the operations the rules know about. */
const expression: fc.Arbitrary<Node> = fc.letrec<{ e: Node }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(sym("x"), sym("y"), rat(1, 1), rat(2, 1), rat(-1, 2)),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => add(a, b)),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => sub(a, b)),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => mul(a, b)),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => div(a, add(rat(2, 1), call("Abs", [b])))),
    fc.tuple(tie("e"), fc.integer({ min: 2, max: 3 })).map(([a, n]) => pow(a, rat(n, 1))),
    fc.tuple(fc.constantFrom("exp", "sin", "cos", "tanh", "sigmoid", "Abs", "sign", "sinh", "cosh"), tie("e")).map(([f, a]) => call(f, [a])),
    tie("e").map((a) => call("Heaviside", [a, rat(1, 1)])),
  ),
})).e;

describe("simplify and expand keep the value", () => {
  for (const [name, f] of [["simplify", simplify], ["expand", expand]] as const) {
    test(name, () => {
      fc.assert(
        fc.property(expression, fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (e, x, y) => {
          const want = evaluate(e, { x, y });
          fc.pre(Number.isFinite(want) && Math.abs(want) <= 1e6);
          const out = f(e);
          if (name === "simplify") expect(countOps(out)).toBeLessThanOrEqual(countOps(e));
          const got = evaluate(out, { x, y });
          expect(Math.abs(got - want), `${e} -> ${out} at x=${x}, y=${y}`).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(want)));
        }),
        { numRuns: 300, seed: 20261128 },
      );
    });
  }
});
