// One contract for every elementwise catalog entry: adding an entry adds no test plumbing. Entries in index
// notation (softmax, cross_entropy, norms) have theirs in vector-contract.test.ts.
import { describe, expect, it } from "vitest";
import { CATALOG, MathForge, diff, evaluate, freeSymbols, parse, printLatex, printText, usesIndexNotation } from "../../src/index.js";
import { expectCompleteMetadata } from "../support/metadata.js";
import { parseDouble, readOracle, relativeError } from "../support/oracle.js";

const forge = new MathForge();
const oracle = { ...readOracle("activations"), ...readOracle("losses") };
const TOLERANCE = 1e-12;

/**
 * At ±Infinity the formulas are evaluated with IEEE arithmetic, as PyTorch and NumPy do. Where the formula is an
 * indeterminate form there (inf*0, inf/inf, inf - inf) the result is NaN instead of the limit; these are the
 * cases, listed so that any change, better or worse, is seen. Everywhere else the result is the limit.
 */
const NAN_AT_INFINITY: Record<string, readonly string[]> = {
  swish: ["value -Infinity", "grad -Infinity", "grad Infinity"],
  gelu: ["value -Infinity"],
  gelu_erf: ["value -Infinity", "grad -Infinity", "grad Infinity"],
  mish: ["value -Infinity", "grad -Infinity", "grad Infinity"],
  hard_swish: ["value -Infinity"],
  squareplus: ["grad Infinity"],
  lisht: ["grad -Infinity", "grad Infinity"],
  bent_identity: ["value -Infinity", "grad -Infinity", "grad Infinity"],
  gaussian: ["grad -Infinity", "grad Infinity"],
};
const worst: Record<string, { value: number; grad: number }> = {};

describe("catalog contract", () => {
  it("has unique names and aliases", () => {
    const names = CATALOG.flatMap((e) => [e.name, ...(e.metadata.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
  });

  const elementwise = CATALOG.filter((e) => !usesIndexNotation(parse(e.formula)));
  describe.each(elementwise.map((e) => [e.name, e] as const))("%s", (name, entry) => {
    const expr = forge.get(name);
    const env = (point: Record<string, number>) => ({ ...entry.params, ...point });
    const inDomain = (point: Record<string, number>) =>
      Object.entries(entry.domains ?? {}).every(([v, d]) => point[v] === undefined || (point[v]! >= d.min && point[v]! <= d.max));

    it("has complete metadata and consistent parameters", () => {
      expectCompleteMetadata(entry);
      expect([...expr.variables]).toEqual([...entry.variables]);
    });

    it("prints its formula and derivative the same way (snapshot)", () => {
      const node = parse(entry.formula);
      const grads = entry.variables.map((v) => printText(expr.gradient(v).symbolicExpr));
      expect({ text: printText(node), latex: printLatex(node), gradients: grads }).toMatchSnapshot();
      expect(parse(printText(node))).toBe(node);
    });

    it("has hand-written derivatives equal to the derived ones", () => {
      for (const [v, formula] of Object.entries(entry.derivatives ?? {})) {
        const derived = diff(parse(entry.formula), v);
        for (const x of [-7.3, -2.1, -0.4, 0.3, 1.7, 9.2]) {
          const point = Object.fromEntries(entry.variables.map((u, i) => [u, x + i * 0.37]));
          expect(relativeError(evaluate(parse(formula), env(point)), evaluate(derived, env(point))), `${v} at ${x}`).toBeLessThan(1e-13);
        }
      }
    });

    it("has a derivative that matches finite differences away from kinks", () => {
      const v = entry.variables[0]!;
      const g = expr.gradient(v);
      for (let k = 0; k < 40; k++) {
        const x = -4.95 + k * 0.2473;
        const point = Object.fromEntries(entry.variables.map((u, i) => [u, u === v ? x : 0.3 + i * 0.4]));
        if (!inDomain({ ...point, [v]: x - 1e-6 }) || !inDomain({ ...point, [v]: x + 1e-6 })) continue;
        const f = (t: number) => evaluate(expr.symbolicExpr, env({ ...point, [v]: t }));
        const h = 1e-6;
        const left = (f(x) - f(x - h)) / h;
        const right = (f(x + h) - f(x)) / h;
        if (!Number.isFinite(left) || Math.abs(left - right) > 1e-3 * (1 + Math.abs(left))) continue;
        const exact = g.eval(point) as number;
        expect(Math.abs((left + right) / 2 - exact), `at ${v} = ${x}`).toBeLessThan(1e-5 * (1 + Math.abs(exact)));
      }
    });

    it("evaluates its stable kernel like its plain formula at ordinary points", () => {
      const plain = parse(entry.formula);
      // Inside [-4, 4] the plain formulas are well-conditioned; in the tails they are what the rewrites fix.
      for (let k = 0; k < 25; k++) {
        const x = -4 + k * 0.3271;
        const point = Object.fromEntries(entry.variables.map((u, i) => [u, x + i * 0.61]));
        if (!inDomain(point)) continue;
        const want = evaluate(plain, env(point));
        if (!Number.isFinite(want)) continue;
        expect(relativeError(expr.eval(point) as number, want), `at ${x}`).toBeLessThan(1e-11);
      }
    });

    it("propagates NaN: a NaN input gives NaN, for the value and for a derivative that depends on it", () => {
      for (const v of entry.variables) {
        const point = Object.fromEntries(entry.variables.map((u) => [u, u === v ? NaN : 0.5]));
        expect(expr.eval(point), `${v} = NaN`).toBeNaN();
        const g = expr.gradient(entry.variables[0]!);
        if (g.variables.length > 0 && freeSymbols(g.symbolicExpr).includes(v)) expect(g.eval(point), `gradient at ${v} = NaN`).toBeNaN();
      }
    });

    const fixture = oracle[name];
    it.runIf(fixture !== undefined)("matches high-precision values and derivatives to 1e-12, tails included", () => {
      const variable = fixture!.variable;
      const g = expr.gradient(variable);
      let worstValue = 0;
      let worstGrad = 0;
      const failures: string[] = [];
      for (const p of fixture!.points) {
        const point = Object.fromEntries(entry.variables.map((u) => [u, parseDouble(p[u]!)]));
        const value = expr.eval(point) as number;
        const grad = g.eval(point) as number;
        const infinite = Object.values(point).find((x) => Math.abs(x) === Infinity);
        const excused = (what: string, got: number) => infinite !== undefined && Number.isNaN(got) && (NAN_AT_INFINITY[name] ?? []).includes(`${what} ${infinite}`);
        const ev = excused("value", value) ? 0 : relativeError(value, parseDouble(p.value!));
        const eg = p.grad === undefined || excused("grad", grad) ? 0 : relativeError(grad, parseDouble(p.grad));
        worstValue = Math.max(worstValue, ev);
        worstGrad = Math.max(worstGrad, eg);
        if (ev > TOLERANCE) failures.push(`value at ${JSON.stringify(point)}: ${value} vs ${p.value}`);
        if (eg > TOLERANCE) failures.push(`grad at ${JSON.stringify(point)}: ${grad} vs ${p.grad}`);
      }
      worst[name] = { value: worstValue, grad: worstGrad };
      expect(failures.slice(0, 8)).toEqual([]);
      for (const listed of NAN_AT_INFINITY[name] ?? []) {
        const [what, at] = listed.split(" ") as ["value" | "grad", string];
        expect(Number.isNaN((what === "value" ? expr : g).eval(Number(at)) as number), `${listed} is still NaN`).toBe(true);
      }
    });
  });

  it("reports the worst relative error per formula", () => {
    console.table(Object.fromEntries(Object.entries(worst).map(([n, w]) => [n, { value: w.value.toExponential(2), gradient: w.grad.toExponential(2) }])));
    expect(Object.keys(worst).length).toBeGreaterThan(0);
  });
});
