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

  it("reports malformed index notation as typed errors", () => {
    expect(() => parse("Sum(x[j], j, 0, n)")).toThrow(ParseError);
    expect(() => parse("Sum(x[j], (j, 0))")).toThrow(/limits of a Sum are \(index, lower, upper\)/);
    expect(() => parse("x[i")).toThrow(ParseError);
    expect(() => parse("Sum(x[j], (2, 0, n))")).toThrow(/index of a Sum must be a name/);
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
    expect(printText(shiftExponentialSums(parse(LSE)))).toBe("ReduceMax(x[j], (j, 0, n - 1)) + log1p(SumExpBelowMax(x[j], (j, 0, n - 1)))");
    expect(printText(shiftExponentialSums(parse(SOFTMAX)))).toBe(
      "exp(-ReduceMax(x[j], (j, 0, n - 1)) + x[i])/Sum(exp(-ReduceMax(x[j], (j, 0, n - 1)) + x[j]), (j, 0, n - 1))",
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
