// The contract of catalog entries in index notation (along the last axis): metadata, printing, derivatives
// against finite differences, the stable kernel against the plain formula, NaN propagation, batches, and
// values and derivatives against the mpmath fixture (rows of logits ±1000 and ±1e4, 1e-300 probabilities).
import { describe, expect, it } from "vitest";
import { CATALOG, type CatalogEntry, Expression, MathForge, Tensor, compileRows, diff, parse, printLatex, printText, usesIndexNotation } from "../../src/index.js";
import { expectCompleteMetadata } from "../support/metadata.js";
import { parseDouble, readVectorOracle, relativeError } from "../support/oracle.js";

const forge = new MathForge();
const oracle = readVectorOracle();
const TOLERANCE = 1e-12;
/**
 * Derivatives of vector formulas are differences of terms (s - s**2 in softmax's Jacobian, 1 - s in
 * log_softmax's, y|x|**2 - (x.y)x in cosine similarity's) that in the tails are far smaller than the terms:
 * there an entry is judged against the largest magnitude among the row's values and derivative entries, to
 * 1e-15 of it, which is what any double evaluation of the formula (PyTorch's included) achieves. Values are
 * always judged to 1e-12 relative.
 */
const DERIVATIVE_SCALE_TOLERANCE = 1e-15;
const VECTOR_ENTRIES = CATALOG.filter((e) => usesIndexNotation(parse(e.formula)));
const N = 4;

/** Deterministic pseudo-random rows in [lo, hi]. */
function rows(count: number, seed: number, lo = -3, hi = 3): number[][] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return lo + ((hi - lo) * state) / 2 ** 32;
  };
  return Array.from({ length: count }, () => Array.from({ length: N }, next));
}

const isProbability = (entry: CatalogEntry, v: string) => entry.domains?.[v] !== undefined;

/** The inputs of an entry that are class indices (one integer per row). */
const classIndices = (entry: CatalogEntry): string[] => [...forge.get(entry.name).compileRows().indexInputs];

/** A batch of three valid rows for every variable: probabilities where the entry's domain asks, class indices. */
function batch(entry: CatalogEntry, seed: number): Record<string, number[][] | number[]> {
  return Object.fromEntries(entry.variables.map((v, k) => {
    if (classIndices(entry).includes(v)) return [v, [2, 0, 3]];
    return [v, isProbability(entry, v) ? rows(3, seed + k, 0.05, 0.95) : rows(3, seed + k)];
  }));
}

/** The values of an expression as nested arrays (every input nested, so the result is a Tensor). */
const values = (e: Expression, args: Record<string, unknown>) => (e.eval(args as Record<string, number[][]>) as Tensor).toArray() as number[] | number[][] | number[][][];
const row = (args: Record<string, number[][] | number[]>, v: string) => args[v] as number[][];


describe("vector catalog contract", () => {
  it("covers every entry in index notation with a fixture", () => {
    expect(VECTOR_ENTRIES.length).toBeGreaterThanOrEqual(15);
    const fixtures = new Set(Object.values(oracle).map((o) => o.name));
    expect(VECTOR_ENTRIES.map((e) => e.name).filter((n) => !fixtures.has(n))).toEqual([]);
  });

  describe.each(VECTOR_ENTRIES.map((e) => [e.name, e] as const))("%s", (name, entry) => {
    const expr = forge.get(name);
    const v = entry.variables[0]!;
    const vectorValued = expr.output === "vector";
    const derivative = vectorValued ? expr.jacobian(v) : expr.gradient(v);

    it("has complete metadata and its variables", () => {
      expectCompleteMetadata(entry);
      expect([...expr.variables]).toEqual([...entry.variables]);
    });

    it("prints its formula and derivative the same way (snapshot)", () => {
      const node = parse(entry.formula);
      expect({ text: printText(node), latex: printLatex(node), derivative: derivative.toString() }).toMatchSnapshot();
      expect(parse(printText(node))).toBe(node);
    });

    it("has hand-written derivatives equal to the derived ones", () => {
      const args = batch(entry, 5);
      for (const [u, formula] of Object.entries(entry.derivatives ?? {})) {
        const derived = new Expression("derived", diff(parse(entry.formula), u), { variables: [...entry.variables], params: { ...entry.params }, vectors: expr.variables.filter((w) => !classIndices(entry).includes(w)), indices: ["i"] });
        const hand = [values(expr.gradient(u), args)].flat(2) as number[];
        const want = [values(derived, args)].flat(2) as number[];
        expect(formula).toContain("[i]");
        hand.forEach((x, k) => expect(relativeError(x, want[k]!), `d/d${u} element ${k}`).toBeLessThan(1e-13));
      }
    });

    it("has a derivative that matches central finite differences", () => {
      const args = batch(entry, 7);
      const exact = values(derivative, args);
      const h = 1e-6;
      for (let r = 0; r < 3; r++) {
        for (let k = 0; k < N; k++) {
          const shifted = (d: number) => ({ ...args, [v]: row(args, v).map((xs, q) => (q === r ? xs.map((x, m) => (m === k ? x + d : x)) : xs)) });
          const plus = values(expr, shifted(h));
          const minus = values(expr, shifted(-h));
          for (let i = 0; i < (vectorValued ? N : 1); i++) {
            const fd = vectorValued ? ((plus as number[][])[r]![i]! - (minus as number[][])[r]![i]!) / (2 * h) : ((plus as number[])[r]! - (minus as number[])[r]!) / (2 * h);
            const want = vectorValued ? (exact as number[][][])[r]![i]![k]! : (exact as number[][])[r]![k]!;
            expect(Math.abs(fd - want), `row ${r}, d[${i}]/d${v}[${k}]`).toBeLessThan(1e-6 * (1 + Math.abs(want)));
          }
        }
      }
    });

    it("evaluates its stable kernel like its plain formula at ordinary points", () => {
      const args = batch(entry, 11);
      const f = expr.compileRows();
      const plain = compileRows(expr.symbolicExpr, { inputs: expr.variables, params: Object.keys(expr.params), stable: false });
      const flat = expr.variables.map((u) => Float64Array.from(args[u]!.flat()));
      const a = f.run(flat, 3, N, Object.values(expr.params));
      const b = plain.run(flat, 3, N, Object.values(expr.params));
      for (let k = 0; k < a.length; k++) expect(relativeError(a[k]!, b[k]!), `element ${k}`).toBeLessThan(1e-12);
    });

    it("evaluates a batch row by row, and broadcasts a single row against a batch", () => {
      const args = batch(entry, 13);
      const whole = values(expr, args) as unknown[];
      row(args, v).forEach((_, r) => {
        const one = Object.fromEntries(entry.variables.map((u) => [u, [args[u]![r]!]]));
        expect((values(expr, one) as unknown[])[0]).toEqual(whole[r]);
      });
      if (entry.variables.length === 2) {
        const [a, b] = entry.variables as [string, string];
        const broadcast = values(expr, { [a]: args[a], [b]: [args[b]![0]] }) as unknown[];
        expect(broadcast[0]).toEqual(whole[0]);
      }
    });

    it("propagates NaN within a row and nowhere else", () => {
      for (const u of entry.variables.filter((w) => !classIndices(entry).includes(w))) {
        const args = batch(entry, 17);
        const before = values(expr, args) as (number | number[])[];
        // Column 0 is the class that row 1 gathers (class indices 2, 0, 3), so every formula reads it.
        row(args, u)[1]![0] = NaN;
        const out = values(expr, args) as (number | number[])[];
        expect([out[1]].flat().some(Number.isNaN), `${u} = NaN in row 1`).toBe(true);
        // The other rows keep their values (a metric's row without positives is NaN before and after).
        expect([out[0], out[2]], "other rows").toEqual([before[0], before[2]]);
      }
    });

    const fixtures = Object.entries(oracle).filter(([, o]) => o.name === name);
    it.each(fixtures)("matches high-precision values and derivatives to 1e-12: %s", (_, fixture) => {
      const e = forge.get(name, { params: fixture.params });
      const d = fixture.vector ? e.jacobian(v) : e.gradient(v);
      const failures: string[] = [];
      for (const c of fixture.cases) {
        const args = Object.fromEntries(fixture.inputs.map((u, k) => {
          const row = c.inputs[k]!.map(parseDouble);
          // A class index is one number per row: the batch holds one row.
          return [u, fixture.classIndex && k === 1 ? row : [row]];
        }));
        const got = [values(e, args)].flat(3) as number[];
        const grad = [values(d, args)].flat(3) as number[];
        const want = [c.value].flat().map(parseDouble);
        const wantGrad = c.grad.flat().map(parseDouble);
        got.forEach((x, k) => relativeError(x, want[k]!) > TOLERANCE && failures.push(`value[${k}] at ${JSON.stringify(c.inputs)}: ${x} vs ${want[k]}`));
        const scale = Math.max(...wantGrad.map(Math.abs), ...want.map(Math.abs));
        grad.forEach((x, k) => {
          const ok = relativeError(x, wantGrad[k]!) <= TOLERANCE || Math.abs(x - wantGrad[k]!) <= DERIVATIVE_SCALE_TOLERANCE * scale;
          if (!ok) failures.push(`grad[${k}] at ${JSON.stringify(c.inputs)}: ${x} vs ${wantGrad[k]}`);
        });
      }
      expect(failures.slice(0, 8)).toEqual([]);
    });
  });
});
