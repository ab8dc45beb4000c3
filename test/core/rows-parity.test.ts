// The row compiler against the reference interpreter of index notation, on every vector entry of the catalog
// and its derivative (gradient or Jacobian), at random rows: the same numbers, as for elementwise formulas.
import { describe, expect, it } from "vitest";
import { CATALOG, MathForge, compileRows, evaluateRow, parse, usesIndexNotation } from "../../src/index.js";
import { relativeError } from "../support/oracle.js";

const forge = new MathForge();
const N = 4;
const ROWS = 3;

function data(seed: number, count: number, lo: number, hi: number): Float64Array {
  let state = seed;
  return Float64Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return lo + ((hi - lo) * state) / 2 ** 32;
  });
}

describe.each(CATALOG.filter((e) => usesIndexNotation(parse(e.formula))).map((e) => [e.name] as const))("%s", (name) => {
  const e = forge.get(name);
  const v = e.variables[0]!;
  it.each([["formula", e], ["derivative", e.derivative(v)]] as const)("compiled %s equals the interpreter", (_, expr) => {
    const f = expr.compileRows();
    const compiledPlain = compileRows(expr.symbolicExpr, { inputs: expr.variables, params: Object.keys(expr.params), indices: f.indices, extents: f.extents, vectors: expr.variables.filter((_u, k) => f.roles[k] === "vector"), stable: false });
    const inputs = expr.variables.map((u, k) => {
      if (f.indexInputs.includes(u)) return Float64Array.from([2, 0, 3]);
      const probability = name.includes("categorical") && u === "y_pred";
      return f.roles[k] === "vector" ? data(31 + k, ROWS * N, probability ? 0.05 : -3, probability ? 0.95 : 3) : data(37 + k, ROWS, -3, 3);
    });
    const params = Object.values(expr.params);
    const stable = f.run(inputs, ROWS, N, params);
    const plain = compiledPlain.run(inputs, ROWS, N, params);
    const lengths = f.lengths(N, params);
    const per = lengths.reduce((a, b) => a * b, 1);
    for (let r = 0; r < ROWS; r++) {
      for (let q = 0; q < per; q++) {
        const env = new Map<string, number | ArrayLike<number>>([["n", N], ...Object.entries(expr.params)]);
        expr.variables.forEach((u, k) => env.set(u, f.roles[k] === "vector" ? inputs[k]!.subarray(r * N, (r + 1) * N) : inputs[k]![r]!));
        // q in the mixed radix of the output lengths, the last index fastest.
        for (let d = f.indices.length - 1, rest = q; d >= 0; rest = Math.floor(rest / lengths[d]!), d--) env.set(f.indices[d]!, rest % lengths[d]!);
        const want = evaluateRow(expr.symbolicExpr, env);
        expect(relativeError(plain[r * per + q]!, want), `row ${r}, element ${q}: plain`).toBeLessThan(1e-13);
        expect(relativeError(stable[r * per + q]!, want), `row ${r}, element ${q}: stable`).toBeLessThan(1e-12);
      }
    }
  });
});
