// Index notation: x[i], Sum(f, (j, a, b)), KroneckerDelta; parsing, SymPy printing, derivatives, row kernels.
import { describe, expect, it } from "vitest";
import { ArgumentError, ParseError, compileRows, diff, evaluateRow, freeSymbols, parse, printLatex, printText, shiftExponentialSums } from "../../src/index.js";

const SOFTMAX = "exp(x[i])/Sum(exp(x[j]), (j, 0, n - 1))";
const LSE = "log(Sum(exp(x[j]), (j, 0, n - 1)))";

describe("index notation", () => {
  it("parses and prints as SymPy", () => {
    expect(printText(parse(SOFTMAX))).toBe(SOFTMAX);
    expect(printText(parse("y_pred[y_true]"))).toBe("y_pred[y_true]");
    expect(printLatex(parse(SOFTMAX))).toBe("\\frac{e^{x_{i}}}{\\sum_{j} e^{x_{j}}}");
    expect(printLatex(parse("y_pred[j]"))).toBe("{y_{pred}}_{j}");
    expect(parse(printText(parse(LSE)))).toBe(parse(LSE));
  });

  it("binds the index of a Sum: it is not free", () => {
    expect(freeSymbols(parse(LSE))).toEqual(["n", "x"]);
    expect(freeSymbols(parse(SOFTMAX))).toEqual(["i", "n", "x"]);
  });

  it("canonicalises Sums: constants out, sums split, deltas collapse", () => {
    expect(parse("Sum(2*x[j], (j, 0, n - 1))")).toBe(parse("2*Sum(x[j], (j, 0, n - 1))"));
    expect(parse("Sum(a, (j, 0, n - 1))")).toBe(parse("a*n"));
    expect(parse("Sum(x[j] + y[j], (j, 0, n - 1))")).toBe(parse("Sum(x[j], (j, 0, n - 1)) + Sum(y[j], (j, 0, n - 1))"));
    expect(parse("Sum(x[j]*KroneckerDelta(j, k), (j, 0, n - 1))")).toBe(parse("x[k]"));
    expect(parse("Sum(KroneckerDelta(k, j), (j, 0, n - 1))")).toBe(parse("1"));
    expect(parse("KroneckerDelta(i, i)")).toBe(parse("1"));
  });

  it("differentiates with respect to an element: d x[j]/d x[i] is a delta", () => {
    expect(printText(diff(parse("x[j]"), "x"))).toBe("KroneckerDelta(i, j)");
    expect(printText(diff(parse(LSE), "x"))).toBe(SOFTMAX);
    expect(printText(diff(parse(SOFTMAX), "x", { index: "k" }))).toBe(
      "(-exp(x[i])*exp(x[k]) + exp(x[i])*KroneckerDelta(i, k)*Sum(exp(x[j]), (j, 0, n - 1)))/Sum(exp(x[j]), (j, 0, n - 1))**2",
    );
    expect(printText(diff(parse("-y_pred[y_true] + log(Sum(exp(y_pred[j]), (j, 0, n - 1)))"), "y_pred"))).toBe(
      "exp(y_pred[i])/Sum(exp(y_pred[j]), (j, 0, n - 1)) - KroneckerDelta(i, y_true)",
    );
  });

  it("collapses a delta in a Sum over part of the row only inside that part", () => {
    // Total variation of a row, sum of |w[j+1] - w[j]| for j < n - 1: its gradient at w is the difference of
    // the signs of the neighbouring steps, one sign at each end.
    const tv = parse("Sum(Abs(w[j + 1] - w[j]), (j, 0, n - 2))");
    const gradient = diff(tv, "w");
    expect(printText(gradient)).toBe(
      "-Piecewise((0, i > n - 2), (sign(w[i + 1] - w[i]), True)) + Piecewise((0, i < 1), (sign(-w[i - 1] + w[i]), True))",
    );
    const w = [1, 3, 2, 5]; // steps +2, -1, +3
    const at = (i: number) => evaluateRow(gradient, new Map<string, number | number[]>([["w", w], ["n", w.length], ["i", i]]));
    expect(w.map((_, i) => at(i))).toEqual([-1, 1 + 1, -1 - 1, 1]);
    // Guards that no index of the row can meet are left out (k > n - 1 below).
    expect(parse("Sum(x[j]*KroneckerDelta(j, k), (j, 1, n - 1))")).toBe(parse("Piecewise((0, k < 1), (x[k], True))"));
    expect(parse("Sum(x[j]*KroneckerDelta(j + 2, k), (j, 0, n - 1))")).toBe(parse("Piecewise((0, k < 2), (x[k - 2], True))"));
    expect(parse("Sum(x[j]*KroneckerDelta(j, 3), (j, 0, n - 1))")).toBe(parse("Piecewise((0, 3 > n - 1), (x[3], True))"));
    expect(parse("Sum(x[j]*KroneckerDelta(j, -1), (j, 0, n - 1))")).toBe(parse("0"));
  });

  it("reports malformed index notation as typed errors", () => {
    expect(() => parse("Sum(x[j], j, 0, n)")).toThrow(ParseError);
    expect(() => parse("Sum(x[j], (j, 0))")).toThrow(/limits of a Sum are \(index, lower, upper\)/);
    expect(() => parse("x[i")).toThrow(ParseError);
    expect(() => parse("Sum(x[j], (2, 0, n))")).toThrow(/index of Sum must be a name/);
    expect(() => compileRows(parse("x[i] + x"), { inputs: ["x"] })).toThrow(/'x' is indexed .* and also used bare/);
    expect(() => compileRows(parse("x[i] + z"), { inputs: ["x"] })).toThrow(ArgumentError);
  });
});

describe("reference interpreter of index notation", () => {
  it("evaluates a row as written", () => {
    const env = new Map<string, number | number[]>([["x", [1, 2, 3]], ["n", 3], ["i", 2]]);
    expect(evaluateRow(parse(SOFTMAX), env)).toBeCloseTo(0.6652409557748219, 15);
    expect(evaluateRow(parse(LSE), new Map<string, number | number[]>([["x", [1000, 1000]], ["n", 2]]))).toBe(Infinity);
    expect(() => evaluateRow(parse("x[i]"), new Map([["i", 0], ["n", 1]]))).toThrow(/No array given for 'x'/);
    expect(() => evaluateRow(parse("x[i]"), new Map<string, number | number[]>([["x", [1]], ["i", 3]]))).toThrow(/Index 3 of 'x' is outside \[0, 0\]/);
  });
});

describe("row kernels", () => {
  it("computes a Sum that does not depend on i once per row", () => {
    const f = compileRows(parse(SOFTMAX), { inputs: ["x"] });
    expect(f.indices).toEqual(["i"]);
    expect(f.source.match(/for \(let j/g)).toHaveLength(2); // the max shift and the sum, outside the loop over i
    expect(f.source.indexOf("for (let i")).toBeGreaterThan(f.source.lastIndexOf("for (let j"));
    const out = f.run([[1, 2, 3, 1000, 1000, -1000]], 2, 3);
    expect(out[3]).toBe(0.5);
    expect(out[5]).toBe(0);
  });

  it("shifts sums of exponentials by their maximum", () => {
    expect(printText(shiftExponentialSums(parse(LSE)))).toBe("MaxShift(x[j], (j, 0, n - 1)) + log1p(SumExpBelowMax(x[j], (j, 0, n - 1)))");
    expect(printText(shiftExponentialSums(parse(SOFTMAX)))).toBe(
      "exp(-MaxShift(x[j], (j, 0, n - 1)) + x[i])/Sum(exp(-MaxShift(x[j], (j, 0, n - 1)) + x[j]), (j, 0, n - 1))",
    );
    const lse = compileRows(parse(LSE), { inputs: ["x"] });
    expect(lse.run([[1000, 1000, -Infinity, 0, NaN, 1]], 3, 2)).toEqual(new Float64Array([1000 + Math.LN2, 0, NaN]));
    expect(compileRows(parse(LSE), { inputs: ["x"], stable: false }).run([[1000, 1000]], 1, 2)[0]).toBe(Infinity);
  });

  it("caches kernels by their exact names", () => {
    const node = parse("Sum(x[j], (j, 0, n - 1))");
    const a = compileRows(node, { inputs: ["x"], params: ["a,b"] });
    const b = compileRows(node, { inputs: ["x"], params: ["a", "b"] });
    expect(a).not.toBe(b);
    expect(compileRows(node, { inputs: ["x"], params: ["a", "b"] })).toBe(b);
  });

  it("gathers by a class index and checks it", () => {
    const f = compileRows(parse("-y_pred[y_true] + log(Sum(exp(y_pred[j]), (j, 0, n - 1)))"), { inputs: ["y_pred", "y_true"] });
    expect(f.roles).toEqual(["vector", "row"]);
    expect(f.run([[2, 1, 0.1], [0]], 1, 3)[0]).toBeCloseTo(0.4170300162778335, 15);
    expect(() => f.run([[2, 1, 0.1], [3]], 1, 3)).toThrow(/y_true\[0\]: a class index must be an integer in \[0, 2\], got 3/);
    expect(() => f.run([[2, 1, 0.1], [0.5]], 1, 3)).toThrow(ArgumentError);
    expect(() => f.run([[2, 1], [0]], 1, 3)).toThrow(/needs 3 values \(1 row of 3\), got 2/);
  });
});

describe("reductions other than Sum: ReduceMax and SparsemaxThreshold", () => {
  const MAX = "ReduceMax(Abs(x[j]), (j, 0, n - 1))";
  const TAU = "SparsemaxThreshold(x[j], (j, 0, n - 1))";
  const row = (text: string, x: number[], i?: number) => evaluateRow(parse(text), new Map<string, number | number[]>([["x", x], ["n", x.length], ...(i === undefined ? [] : [["i", i] as [string, number]])]));

  it("parse in SymPy's tuple form, print back, and bind their index", () => {
    for (const text of [MAX, TAU]) {
      expect(printText(parse(text))).toBe(text);
      expect(freeSymbols(parse(text))).toEqual(["n", "x"]);
    }
    expect(printLatex(parse(MAX))).toBe("\\max_{j} \\left|x_{j}\\right|");
    expect(printLatex(parse(TAU))).toBe("\\tau_{j}\\left(x_{j}\\right)");
    expect(() => parse("ReduceMax(x[j], j)")).toThrow(/ReduceMax takes its index and bounds as a tuple/);
  });

  it("compute the max and sparsemax's threshold (Martins & Astudillo's Algorithm 1)", () => {
    expect(row(MAX, [3, -7, 2])).toBe(7);
    expect(row(MAX, [1, -Infinity, Infinity])).toBe(Infinity);
    expect(row(MAX, [1, NaN, 2])).toBeNaN();
    // Sorted z = (3, 2, 1): k = 2 (1 + 2*2 > 5, 1 + 3*1 = 4 < 6), tau = (3 + 2 - 1)/2 = 2.
    expect(row(TAU, [1, 3, 2.5])).toBe(2.25);
    expect(row(TAU, [0, 0, 0])).toBe(-1 / 3);
    expect(row(TAU, [-Infinity, 0, 0.5])).toBe(-0.25);
    for (const bad of [[1, NaN, 2], [1, Infinity, 2], [-Infinity, -Infinity]]) expect(row(TAU, bad)).toBeNaN();
  });

  it("differentiate through the terms they select: even split at ties, the support for the threshold", () => {
    const dMax = diff(parse(MAX), "x");
    expect(printText(dMax)).toBe("Piecewise((1, Eq(Abs(x[i]), ReduceMax(Abs(x[j]), (j, 0, n - 1)))), (0, True))*sign(x[i])/Sum(Piecewise((1, Eq(Abs(x[j_1]), ReduceMax(Abs(x[j]), (j, 0, n - 1)))), (0, True)), (j_1, 0, n - 1))");
    expect([0, 1, 2].map((i) => row(printText(dMax), [3, -3, 3], i))).toEqual([1 / 3, -1 / 3, 1 / 3]);
    expect([0, 1].map((i) => row(printText(dMax), [Infinity, 1], i))).toEqual([1, 0]);
    const dTau = diff(parse(TAU), "x");
    expect([0, 1, 2].map((i) => row(printText(dTau), [1, 3, 2.5], i))).toEqual([0, 0.5, 0.5]);
  });

  it("run in row kernels as in the interpreter, sorting a copy of each row", () => {
    const x = [1, 3, 2.5, 0, 0, 0, 1e4, -1e4, 0];
    const f = compileRows(parse(`Max(0, x[i] - ${TAU})`), { inputs: ["x"] });
    expect([...f.run([x], 3, 3)]).toEqual([0, 0.75, 0.25, 1 / 3, 1 / 3, 1 / 3, 1, 0, 0]);
    expect(x).toEqual([1, 3, 2.5, 0, 0, 0, 1e4, -1e4, 0]);
    expect([...compileRows(parse(MAX), { inputs: ["x"] }).run([x], 3, 3)]).toEqual([3, 0, 1e4]);
  });
});

describe("output lengths other than n", () => {
  const GLU = "x[i]*sigmoid(x[i + n/2])";
  const half = parse("n/2");

  it("loop over n/2 values per row, and n/2 by n for a Jacobian", () => {
    const f = compileRows(parse(GLU), { inputs: ["x"], extents: [half] });
    expect(f.lengths(4)).toEqual([2]);
    const out = f.run([[1, 2, 0, 0, 3, -1, 2, 1]], 2, 4);
    // sigmoid(y) = e/(1 + e) with e = exp(y), as the library computes it.
    expect([...out]).toEqual([0.5, 1, 3 * (Math.exp(2) / (1 + Math.exp(2))), -(Math.exp(1) / (1 + Math.exp(1)))]);
    const J = compileRows(diff(parse(GLU), "x", { index: "k" }), { inputs: ["x"], indices: ["i", "k"], extents: [half, parse("n")] });
    expect(J.lengths(4)).toEqual([2, 4]);
    expect(J.run([[1, 2, 0, 0]], 1, 4)).toHaveLength(8);
  });

  it("refuse a row length that does not give a whole number, and lengths that use other names", () => {
    const f = compileRows(parse(GLU), { inputs: ["x"], extents: [half] });
    expect(() => f.run([[1, 2, 3]], 1, 3)).toThrow(ArgumentError);
    expect(() => f.run([[1, 2, 3]], 1, 3)).toThrow("The output has n/2 values per row, which for a last axis of length 3 is 1.5: the length of the last axis must make it a whole number.");
    expect(() => compileRows(parse(GLU), { inputs: ["x"], extents: [parse("n/m")] })).toThrow(/may use only the row length 'n' and the parameters, not 'm'/);
  });
});
