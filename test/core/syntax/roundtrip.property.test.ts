import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Node, type RelOp, FALSE, TRUE, add, call, mul, num, piecewise, pow, rat, rel, sym } from "../../../src/core/node.js";
import { parse, printText } from "../../../src/core/syntax/index.js";

const leaf: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom("x", "y", "alpha", "y_pred", "pi", "E").map(sym),
  fc.integer({ min: -5, max: 5 }).map((n) => rat(n, 1)),
  fc.tuple(fc.integer({ min: -7, max: 7 }), fc.integer({ min: 1, max: 6 })).map(([p, q]) => rat(p, q)),
  fc.constantFrom(0.5, -0.25, 0.044715, 1e-8, 2.5e21, -3.75, Infinity, -Infinity, NaN).map(num),
);

const relation = (sub: fc.Arbitrary<Node>) =>
  fc.tuple(fc.constantFrom<RelOp>(">", ">=", "<", "<=", "==", "!="), sub, sub).map(([op, a, b]) => rel(op, a, b));

const { expr } = fc.letrec<{ expr: Node }>((tie) => {
  const sub = tie("expr");
  return {
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.array(sub, { minLength: 2, maxLength: 3 }).map((args) => add(...args)),
      fc.array(sub, { minLength: 2, maxLength: 3 }).map((args) => mul(...args)),
      fc.tuple(sub, fc.oneof(sub, fc.constantFrom(rat(2, 1), rat(-1, 1), rat(1, 2), rat(-1, 2), rat(1, 3)))).map(([b, e]) => pow(b, e)),
      fc.tuple(fc.constantFrom("exp", "log", "tanh", "sin", "Abs"), sub).map(([f, a]) => call(f, [a])),
      fc.tuple(fc.constantFrom("Max", "Min"), fc.array(sub, { minLength: 2, maxLength: 3 })).map(([f, args]) => call(f, args)),
      fc.tuple(sub, fc.option(sub, { nil: undefined })).map(([a, h0]) => call("Heaviside", h0 ? [a, h0] : [a])),
      fc.tuple(sub, relation(sub), sub, fc.constantFrom(TRUE, FALSE)).map(([a, c, b, last]) =>
        piecewise([
          [a, c],
          [b, last],
        ]),
      ),
    ),
  };
});

describe("parse(printText(e)) === e", () => {
  it("holds for random expressions", () => {
    fc.assert(
      fc.property(expr, (e) => {
        const text = printText(e);
        expect(parse(text), text).toBe(e);
      }),
      { numRuns: 2000 },
    );
  });

  it("holds for random relations", () => {
    fc.assert(
      fc.property(relation(expr), (e) => {
        expect(parse(printText(e))).toBe(e);
      }),
      { numRuns: 500 },
    );
  });
});

describe("products that mix a number and a sum read back as themselves", () => {
  const x = sym("x");
  const sum = add(x, rat(1, 1));
  const cases = [
    mul(rat(-1, 1), sum, call("exp", [x])),
    mul(num(Infinity), add(x, rat(-1, 1)), call("Max", [x, rat(0, 1)])),
    mul(rat(-3, 2), pow(add(rat(1, 1), pow(rat(2, 1), rat(1, 3))), rat(-1, 1))),
    mul(rat(2, 3), sum, pow(sym("y"), rat(-2, 1)), call("tanh", [x])),
  ];
  for (const e of cases) {
    it(printText(e), () => {
      expect(parse(printText(e))).toBe(e);
    });
  }
});
