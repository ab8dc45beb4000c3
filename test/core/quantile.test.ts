// Order statistics along an axis: Quantile(f, (j, a, b), q) and its derivative QuantileWeight, as records like
// Sum. Values against NumPy's quantile (its docstring example, the default "linear" method), the row compiler
// against the row interpreter, derivatives against finite differences, and the typed errors.
import { describe, expect, it } from "vitest";
import { NotDifferentiableError, ParseError, compileRows, diff, evaluateRow, freeSymbols, parse, printLatex, printText } from "../../src/index.js";

const Q = (q: string, body = "x[j]") => `Quantile(${body}, (j, 0, n - 1), ${q})`;
const rowsOf = (formula: string, data: number[][], indices?: string[]) =>
  [...compileRows(parse(formula), { inputs: ["x"], vectors: ["x"], ...(indices ? { indices } : {}) }).run([data.flat()], data.length, data[0]!.length)];

describe("Quantile", () => {
  it("parses and prints as SymPy writes a function of a Sum's limits, and binds its index", () => {
    const text = Q("1/4");
    expect(printText(parse(text))).toBe(text);
    expect(parse(printText(parse(text)))).toBe(parse(text));
    expect(freeSymbols(parse(text))).toEqual(["n", "x"]);
    expect(printLatex(parse(text))).toBe("Q_{\\frac{1}{4}, j}\\left(x_{j}\\right)");
    expect(printText(parse("QuantileWeight(x[j], (j, 0, n - 1), 1/2, i)"))).toBe("QuantileWeight(x[j], (j, 0, n - 1), 1/2, i)");
  });

  it("is NumPy's quantile with linear interpolation (numpy.quantile docstring: a = [[10, 7, 4], [3, 2, 1]])", () => {
    // np.quantile(a, 0.5, axis=1) is [7, 2]; np.quantile(a, 0.5) (all six) is 3.5.
    expect(rowsOf(Q("1/2"), [[10, 7, 4], [3, 2, 1]])).toEqual([7, 2]);
    expect(rowsOf(Q("1/2"), [[10, 7, 4, 3, 2, 1]])).toEqual([3.5]);
    // Minimum, quartiles, maximum of [1, 5, 2, 8]: h = 3q between the sorted values 1, 2, 5, 8.
    expect(["0", "1/4", "1/2", "3/4", "1"].map((q) => rowsOf(Q(q), [[1, 5, 2, 8]])[0])).toEqual([1, 1.75, 3.5, 5.75, 8]);
    // NumPy interpolates from the nearer order statistic, so q and 1 - q mirror exactly.
    expect(rowsOf(Q("0.9"), [[0, 0.3]])[0]).toBe(0.3 - 0.3 * (1 - 0.9));
    expect(rowsOf(Q("1/2"), [[-Infinity, 1, Infinity]])).toEqual([1]);
    expect(rowsOf(Q("1"), [[-Infinity, Infinity]])).toEqual([Infinity]);
    expect(rowsOf(Q("1/2"), [[1, NaN, 3], [1, 2, 3]])).toEqual([NaN, 2]);
    // Of a body, not only of an element.
    expect(rowsOf(Q("1", "Abs(x[j])"), [[-3, 2, 1]])).toEqual([3]);
  });

  it("evaluates in the row compiler as in the row interpreter, ties and infinities included", () => {
    const formulas = [Q("0"), Q("1/3"), Q("0.9"), `x[i] - ${Q("1/2")}`, `QuantileWeight(x[j], (j, 0, n - 1), 1/4, i)`];
    const data = [[3, -1, 3, 0.5, 2], [1, 1, 1, 1, 1], [-Infinity, 2, 7, Infinity, 0], [0.1, 0.2, 0.30000000000000004, -5, 9]];
    for (const f of formulas) {
      const compiled = compileRows(parse(f), { inputs: ["x"], vectors: ["x"] });
      const got = compiled.run([data.flat()], data.length, 5);
      data.forEach((row, r) => {
        const per = compiled.indices.length === 0 ? [undefined] : row.map((_, i) => i);
        per.forEach((i, k) => {
          const env = new Map<string, number | number[]>([["x", row], ["n", 5], ...(i === undefined ? [] : [["i", i] as [string, number]])]);
          expect(got[r * per.length + k], `${f} row ${r} element ${k}`).toBe(evaluateRow(parse(f), env));
        });
      });
    }
  });

  it("differentiates to the interpolation weights: a gradient that sums to 1 and matches finite differences", () => {
    const d = diff(parse(Q("1/4")), "x");
    expect(printText(d)).toBe("QuantileWeight(x[j], (j, 0, n - 1), 1/4, i)");
    const x = [0.3, -1.2, 2.5, 0.9, 1.7];
    const grad = rowsOf(printText(d), [x], ["i"]);
    // h = 4/4 = 1: the second smallest (-1.2, 0.3, ...) is the quartile, element 0.
    expect(grad).toEqual([1, 0, 0, 0, 0]);
    const g = rowsOf(printText(diff(parse(Q("0.6")), "x")), [x], ["i"]);
    expect(g.reduce((a, b) => a + b)).toBeCloseTo(1, 15);
    const h = 1e-7;
    x.forEach((_, k) => {
      const shifted = (s: number) => rowsOf(Q("0.6"), [x.map((v, m) => (m === k ? v + s : v))])[0]!;
      expect(Math.abs((shifted(h) - shifted(-h)) / (2 * h) - g[k]!), `element ${k}`).toBeLessThan(1e-8);
    });
  });

  it("differentiates with respect to a parameter of its body: a Sum of weights over a fresh index", () => {
    const f = parse("Quantile(a*x[j] + x[j]**2, (j, 0, n - 1), 0.3)");
    const d = diff(f, "a");
    expect(printText(d)).toBe("Sum(QuantileWeight(a*x[j] + x[j]**2, (j, 0, n - 1), 0.3, j_1)*x[j_1], (j_1, 0, n - 1))");
    const run = (node: typeof f, a: number) => compileRows(node, { inputs: ["x"], params: ["a"], vectors: ["x"] }).run([[0.3, -1.2, 2.5, 0.9, 1.7]], 1, 5, [a])[0]!;
    const h = 1e-6;
    expect(Math.abs(run(d, 0.7) - (run(f, 0.7 + h) - run(f, 0.7 - h)) / (2 * h))).toBeLessThan(1e-8);
  });

  it("reports malformed order statistics as typed errors", () => {
    expect(() => parse("Quantile(x[j], (j, 0, n - 1), 2)")).toThrow(/level of Quantile must be in \[0, 1\], got 2/);
    expect(() => parse("Quantile(x[j], (2, 0, n - 1), 0.5)")).toThrow(/index of Quantile must be a name/);
    expect(() => parse("Quantile(x[j], j, 0, n - 1, 0.5)")).toThrow(ParseError);
    expect(() => parse("Quantile(x[j], (j, 0, n - 1))")).toThrow(ParseError);
    expect(() => diff(parse("Quantile(x[j], (j, 0, n - 1), q)"), "q")).toThrow(NotDifferentiableError);
  });
});
