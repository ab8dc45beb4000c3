// Gradients under a reduction: d(reduce(f))/dv, built from Sum nodes. Per element for inputs, one number for
// parameters; kept by simplify/expand/rename/withParams, dropped by arithmetic.
import { describe, expect, it } from "vitest";
import { Expression, MathForge, Tensor, diff, parse, printText } from "../../src/index.js";
import { reducedDerivative } from "../../src/forge/reduce.js";

const forge = new MathForge();
const x = [-2, -0.5, 1, 3];

describe("reductions of gradients", () => {
  it("gives one number for a shared parameter: the gradient of the summed or averaged loss", () => {
    const g = forge.get("prelu").gradient("alpha");
    // d/dalpha of Max(alpha*x, x) is x where x < 0 (alpha = 0.25 < 1), 0 elsewhere.
    expect(g.eval({ x }, { reduction: "sum" })).toBe(-2.5);
    expect(g.eval({ x }, { reduction: "mean" })).toBe(-0.625);
    expect(g.eval({ x: [[-2, -0.5], [1, 3]] }, { reduction: "sum" })).toBe(-2.5);
    expect([...(g.eval({ x }) as Float64Array)]).toEqual([-2, -0.5, 0, 0]);
  });

  it("keeps per-element gradients for inputs, scaled by 1/N for the mean", () => {
    const g = forge.get("prelu").gradient("x");
    expect([...(g.eval({ x }, { reduction: "sum" }) as Float64Array)]).toEqual([0.25, 0.25, 1, 1]);
    expect([...(g.eval({ x }, { reduction: "mean" }) as Float64Array)]).toEqual([0.0625, 0.0625, 0.25, 0.25]);
    const nested = g.eval({ x: [[-2, -0.5], [1, 3]] }, { reduction: "mean" }) as Tensor;
    expect(nested.toArray()).toEqual([[0.0625, 0.0625], [0.25, 0.25]]);
  });

  it("gives the same after simplify, expand, rename and withParams; arithmetic makes a new formula", () => {
    const mse = forge.get("mse");
    const args = { y_pred: [1, 2, 3, 4], y_true: [1, 0, 4, 1] };
    const g = mse.gradient("y_pred");
    const expected = new Float64Array([0, 1, -0.5, 1.5]);
    expect(g.eval(args, { reduction: "mean" })).toEqual(expected);
    expect(g.simplify().eval(args, { reduction: "mean" })).toEqual(expected);
    expect(g.expand().eval(args, { reduction: "mean" })).toEqual(expected);
    expect(g.rename("g").eval(args, { reduction: "mean" })).toEqual(expected);
    expect(g.withParams({}).eval(args, { reduction: "mean" })).toEqual(expected);
    // 2*(y_pred - y_true) + 0 is an ordinary formula: its mean is a number.
    expect(g.add(0).eval(args, { reduction: "mean" })).toBe(2);
  });

  it("keeps the shape of an input the derivative no longer mentions", () => {
    const g = new Expression("c", "5*y").gradient("x");
    expect(g.eval({ y: [1, 2], x: [3, 4] }, { reduction: "sum" })).toEqual(new Float64Array([0, 0]));
    expect(forge.get("linear").gradient("x").eval({ x: [1, 2, 3] }, { reduction: "mean" })).toEqual(new Float64Array([1 / 3, 1 / 3, 1 / 3]));
  });

  it("broadcasts inputs before reducing, so a broadcast target counts once per element", () => {
    const g = forge.get("mse").gradient("y_true");
    expect(g.eval({ y_pred: [1, 2, 3], y_true: 1 }, { reduction: "sum" })).toEqual(new Float64Array([0, -2, -4]));
  });

  it("builds the reduced derivative as a tree of Sums", () => {
    const f = parse("Max(alpha*x, x)");
    const sum = reducedDerivative(f, ["x"], "alpha", "mean");
    expect(printText(sum.node)).toBe("Sum(Heaviside(alpha*x[j] - x[j], 1)*x[j], (j, 0, n - 1))/n");
    const perElement = reducedDerivative(f, ["x"], "x", "sum");
    expect(perElement.node).toBe(diff(parse("Max(alpha*x[i], x[i])"), "x"));
    // A formula that already uses i, j and n gets fresh names.
    expect(reducedDerivative(parse("i*j*n*x"), ["x", "i", "j", "n"], "x", "sum")).toMatchObject({ index: "i_1", size: "n_1" });
  });
});
