import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, diff, diffN, evaluate, parse, printText } from "../../src/core/index.js";
import { expression } from "../support/arbitrary.js";

const d = (formula: string, v = "x") => printText(diff(parse(formula), v));

describe("diff", () => {
  it("gives readable results for polynomials", () => {
    expect(d("x**2")).toBe("2*x");
    const cube = parse("x**3");
    expect([1, 2, 3].map((k) => printText(diffN(cube, "x", k)))).toEqual(["3*x**2", "6*x", "6"]);
    expect(d("x**2*y + x*y**2", "x")).toBe("2*x*y + y**2");
    expect(d("x**2*y + x*y**2", "y")).toBe("x**2 + 2*x*y");
    expect(d("(y_pred - y_true)**2", "y_pred")).toBe("2*y_pred - 2*y_true");
    expect(d("x**2", "y")).toBe("0");
  });

  it("uses each function's declared partials through one chain rule", () => {
    expect(d("tanh(x)")).toBe("1 - tanh(x)**2");
    expect(d("exp(2*x)")).toBe("2*exp(2*x)");
    expect(d("log(x, 2)")).toBe("1/(x*log(2))");
    expect(d("sigmoid(x)")).toBe("(1 - sigmoid(x))*sigmoid(x)");
    expect(d("erf(x)")).toBe("2*exp(-x**2)/sqrt(pi)");
  });

  it("follows PyTorch's autograd at kinks", () => {
    const at = (formula: string, x: number, extra: Record<string, number> = {}) => evaluate(diff(parse(formula), "x"), { x, ...extra });
    expect(d("Max(0, x)")).toBe("Heaviside(x, 0)");
    expect(at("Max(0, x)", 0)).toBe(0);
    expect(at("Max(x, 0)", 0)).toBe(0);
    expect(at("Max(alpha*x, x)", 0, { alpha: 0.01 })).toBe(0.01);
    expect(at("Min(6, Max(0, x))", 0)).toBe(0);
    expect(at("Min(6, Max(0, x))", 6)).toBe(0);
    expect(at("Max(-1, Min(1, x))", 1)).toBe(0);
    expect(at("Max(-1, Min(1, x))", -1)).toBe(0);
    expect(at("Max(0, Min(1, (x + 3)/6))", 3)).toBe(0);
    expect(at("Max(0, Min(1, (x + 3)/6))", -3)).toBe(0);
    expect(d("Abs(x)")).toBe("sign(x)");
    expect(at("Abs(x)", 0)).toBe(0);
    expect(d("Heaviside(x)")).toBe("0");
    expect(d("sign(x)")).toBe("0");
    expect(d("Piecewise((x, x > 0), (alpha*(exp(x) - 1), True))")).toBe("Piecewise((1, x > 0), (alpha*exp(x), True))");
  });

  it("rejects a relation and a bad order", () => {
    expect(() => diff(parse("x > 0"), "x")).toThrow(ArgumentError);
    expect(() => diffN(parse("x"), "x", -1)).toThrow(/non-negative integer/);
  });

  it("agrees with a central finite difference at random points", () => {
    fc.assert(
      fc.property(expression({ smoothOnly: true }), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (e, x, y) => {
        const f = (t: number) => evaluate(e, { x: t, y, alpha: 0.7 });
        const exact = evaluate(diff(e, "x"), { x, y, alpha: 0.7 });
        const h = 1e-5;
        const fd = (f(x + h) - f(x - h)) / (2 * h);
        // Skip points where the function is too steep or large for a finite difference to be meaningful.
        fc.pre(Number.isFinite(exact) && Number.isFinite(fd) && Math.abs(exact) < 1e4 && Math.abs(f(x)) < 1e6);
        expect(Math.abs(fd - exact)).toBeLessThan(1e-4 * (1 + Math.abs(exact)));
      }),
      { numRuns: 300 },
    );
  });
});
