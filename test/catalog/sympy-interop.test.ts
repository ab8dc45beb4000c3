// The printed text means in SymPy what it means here (docs/sympy.md): SymPy parsed every printed formula and
// every printed derivative of every catalog entry, with the documented definitions of the engine's own
// functions, and evaluated it (scripts/fixtures/sympy_interop.py).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOG, MathForge, functionNames, functionRecord, printText } from "../../src/index.js";
import { parseDouble, relativeError } from "../support/oracle.js";

interface InteropEntry {
  params: Record<string, number>;
  texts: Record<string, string>;
  points: Record<string, string>[];
}
const fixture = JSON.parse(readFileSync(new URL("../fixtures/sympy-interop.json", import.meta.url), "utf8")) as {
  functions: Record<string, string>;
  entries: Record<string, InteropEntry>;
};
const forge = new MathForge();
const REGENERATE = "regenerate with python3 scripts/fixtures/sympy_interop.py";

describe("SymPy interop of printed formulas and derivatives", () => {
  it("knows every function the engine can print: SymPy's own or defined in docs/sympy.md", () => {
    const printed = functionNames().filter((n) => functionRecord(n)?.name === n);
    expect(printed.filter((n) => !Object.hasOwn(fixture.functions, n)), REGENERATE).toEqual([]);
    expect(Object.entries(fixture.functions).filter(([, where]) => where === "docs/sympy.md").map(([n]) => n).sort()).toEqual(
      ["MaxShift", "Quantile", "QuantileWeight", "ReduceMax", "SparsemaxThreshold", "SumExpBelowMax", "digammadiff", "dsigmoid", "erfcx", "expm1", "gammadensity", "gammainc", "gammaincc", "hypot", "log1p", "log1pmx", "sigmoid", "softplus"],
    );
  });

  // Formulas along an axis are read by SymPy with IndexedBase names: test/core/syntax/sympy-indexed.test.ts.
  describe.each(CATALOG.filter((e) => forge.get(e.name).output === "elementwise").map((e) => [e.name, e] as const))("%s", (name, entry) => {
    it("prints the text SymPy read, and SymPy's values of it agree with ours", () => {
      const f = fixture.entries[name];
      expect(f, REGENERATE).toBeDefined();
      const expr = forge.get(name);
      const wrt = [...entry.variables, ...Object.keys(entry.params ?? {})];
      const ours = new Map([["value", expr], ...wrt.map((w) => [`d/d${w}`, expr.gradient(w)] as const)]);
      expect(Object.keys(f!.texts)).toEqual([...ours.keys()]);
      expect(f!.params).toEqual(entry.params ?? {});
      for (const [column, e] of ours) expect(printText(e.symbolicExpr), `${column}: ${REGENERATE}`).toBe(f!.texts[column]);
      expect(f!.points.length).toBe(3);
      for (const p of f!.points) {
        const point = Object.fromEntries(entry.variables.map((v) => [v, parseDouble(p[v]!)]));
        for (const [column, e] of ours) expect(relativeError(e.eval(point) as number, parseDouble(p[column]!)), `${column} at ${JSON.stringify(point)}`).toBeLessThan(1e-12);
      }
    });
  });
});
