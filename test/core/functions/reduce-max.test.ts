// ReduceMax(f, (j, a, b)): the maximum along the last axis as a formula writes it (linf_norm,
// chebyshev_distance), with torch.amax's derivative (shared evenly among the maxima). The compiler's MaxShift
// is the max shift of log-sum-exp and differs at an infinite maximum; this one is the maximum itself.
import { describe, expect, it } from "vitest";
import { ParseError, compileRows, diff, evaluateRow, parse, printLatex, printText } from "../../../src/index.js";

const row = (text: string, values: Record<string, number[]>, n: number): number =>
  evaluateRow(parse(text), new Map<string, number | ArrayLike<number>>([["n", n], ...Object.entries(values)]));
const compiled = (text: string, inputs: number[][], n: number): Float64Array =>
  compileRows(parse(text), { inputs: inputs.map((_, k) => ["x", "y"][k]!) }).run(inputs.map((r) => Float64Array.from(r)), inputs[0]!.length / n, n);

describe("ReduceMax", () => {
  const text = "ReduceMax(Abs(x[j] - y[j]), (j, 0, n - 1))";

  it("parses, prints and typesets like Sum", () => {
    expect(printText(parse(text))).toBe(text);
    expect(printLatex(parse(text))).toBe("\\max_{j} \\left|x_{j} - y_{j}\\right|");
    expect(() => parse("ReduceMax(x[j], j)")).toThrow(ParseError);
    expect(() => parse("ReduceMax(x[j], (j, 0))")).toThrow(/limits of a ReduceMax are \(index, lower, upper\)/);
    expect(() => parse("ReduceMax(x[j], (2*j, 0, n - 1))")).toThrow(/index of ReduceMax must be a name/);
  });

  it("is the maximum in the row compiler and the interpreter alike, infinite and NaN included", () => {
    const x = [1.5, -2, 0, 3.25, Infinity, 0, NaN, 1];
    const y = [0.5, 1, 0, -4, 0, 0, 0, 1];
    // Two rows of four; scipy.spatial.distance.chebyshev([1.5, -2, 0, 3.25], [0.5, 1, 0, -4]) = 7.25.
    expect([...compiled(text, [x, y], 4)]).toEqual([7.25, NaN]);
    expect(compiled(text, [[Infinity, 0], [0, 0]], 2)[0]).toBe(Infinity);
    expect(row(text, { x: x.slice(0, 4), y: y.slice(0, 4) }, 4)).toBe(7.25);
    expect(row(text, { x: [Infinity, 0], y: [0, 0] }, 2)).toBe(Infinity);
  });

  it("shares its derivative evenly among the maxima, as torch.amax", () => {
    const d = diff(parse(text), "x");
    const grad = (x: number[], y: number[]) => [...compileRows(d, { inputs: ["x", "y"], indices: ["i"] }).run([Float64Array.from(x), Float64Array.from(y)], 1, x.length)];
    expect(grad([1.5, -2, 0, 3.25], [0.5, 1, 0, -4])).toEqual([0, -0, 0, 1]);
    expect(grad([-1.5, 0.25, 4], [0.5, -0.5, 2])).toEqual([-0.5, 0, 0.5]);
    expect(grad([1, 2, 3], [1, 2, 3])).toEqual([0, 0, 0]);
    // The derivative sums over an index of its own, so the collapsed delta leaves the maximum intact.
    expect(printText(d)).toContain("ReduceMax(Abs(x[j] - y[j]), (j, 0, n - 1))");
  });
});
