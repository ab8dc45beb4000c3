// Reductions of finite doubles stay finite and exact to rounding, however large the values.
import { describe, expect, it } from "vitest";
import { Expression, compensatedMean, compensatedSum } from "../../src/index.js";

const MAX = Number.MAX_VALUE;
const P1023 = 2 ** 1023;

describe("compensatedMean", () => {
  // Each expected value is the exact mean of the doubles (a short hand computation), itself a double.
  it.each([
    [[1e308, 1e308], 1e308],
    [[MAX, MAX], MAX],
    [Array.from({ length: 1000 }, () => MAX), MAX],
    [[1.5 * P1023, 1.25 * P1023, 1.75 * P1023, P1023], 1.375 * P1023],
    [[MAX, MAX, -MAX, -MAX, 8], 1.6],
    // (MAX + MAX - MAX + 3)/4 = MAX/4 + 3/4, and 3/4 is far below half an ulp of MAX/4.
    [[MAX, MAX, -MAX, 3], MAX / 4],
    [[-MAX, -MAX, -MAX], -MAX],
    [[1, 2, 3, 4], 2.5],
  ])("mean of %j is %s", (values, mean) => {
    expect(compensatedMean(values)).toBe(mean);
  });

  it("keeps IEEE results for non-finite values and empty input", () => {
    expect(compensatedMean([Infinity, 1])).toBe(Infinity);
    expect(compensatedMean([Infinity, -Infinity])).toBeNaN();
    expect(compensatedMean([NaN, 1e308, 1e308])).toBeNaN();
    expect(compensatedMean([])).toBeNaN();
    expect(compensatedSum([1e308, 1e308])).toBe(Infinity);
  });

  it("is what eval's reduction 'mean' returns", () => {
    const e = new Expression("id", "x");
    expect(e.eval({ x: [1e308, 1e308] }, { reduction: "mean" })).toBe(1e308);
    expect(e.eval({ x: [1e308, 1e308] }, { reduction: "sum" })).toBe(Infinity);
  });
});
