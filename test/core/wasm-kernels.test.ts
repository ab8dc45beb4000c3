/**
 * The WebAssembly SIMD kernels against the same mpmath fixtures as the JavaScript ones: every activation and
 * loss, and every first derivative, that has a WebAssembly form, at every fixture point and parameter set.
 * A cell the JavaScript kernel gets within 1e-12 (the catalog contract) must be within 1e-12 on the
 * WebAssembly path too; the paths must agree on every special value (NaN, ±Infinity, ±0).
 */
import { describe, expect, it } from "vitest";
import { Expression, MathForge, compile, parse, wasmSimdAvailable } from "../../src/index.js";
import { parseDouble, readOracle, relativeError } from "../support/oracle.js";

const TOLERANCE = 1e-12;
const forge = new MathForge();
const oracle = readOracle();
const entries = forge.listAll().filter((name) => ["activation", "loss"].includes(forge.get(name).metadata?.category ?? "") && oracle.has(name));

/** The exp-heavy kernels the WebAssembly path exists for (issue #17): each must have a WebAssembly form. */
const MUST_HAVE_WASM = ["sigmoid", "tanh", "softplus", "gelu", "gelu_erf", "mish", "elu", "selu", "swish", "log_sigmoid", "bce_with_logits"];

/** The entry at `params`, or its derivative with respect to `variable`. */
function expressionFor(name: string, variable: string | undefined, params: Record<string, number>): Expression {
  const base = forge.get(name).withParams(params);
  return variable === undefined ? base : base.gradient(variable);
}

describe("WebAssembly SIMD kernels on the mpmath fixtures", () => {
  it("runs on this host (Node 20 has WebAssembly SIMD)", () => {
    expect(wasmSimdAvailable()).toBe(true);
  });

  const withWasm = new Set<string>();
  it.each(entries)("%s: every cell within 1e-12 on the JavaScript path is within 1e-12 on the WebAssembly path", (name) => {
    const entry = oracle.get(name)!;
    let compared = 0;
    for (const set of entry.sets) {
      const inputs = entry.variables.map((v) => Float64Array.from(set.points.map((row) => parseDouble(row[set.columns.indexOf(v)]!))));
      for (const column of set.columns.filter((c) => c === "value" || (c.startsWith("d/d") && entry.variables.includes(c.slice(3))))) {
        const expr = expressionFor(name, column === "value" ? undefined : column.slice(3), set.params);
        const params = Object.values(expr.params);
        const js = expr.compile({ backend: "js" }).map(inputs, params);
        let simd: Float64Array;
        try {
          simd = expr.compile({ backend: "wasm" }).map(inputs, params);
        } catch (error) {
          // Only a missing WebAssembly form may send a formula to the JavaScript path.
          expect((error as Error).message).toMatch(/has no WebAssembly kernel/);
          continue;
        }
        withWasm.add(column === "value" ? name : `${name}'`);
        set.points.forEach((row, i) => {
          const want = parseDouble(row[set.columns.indexOf(column)]!);
          if (relativeError(js[i]!, want) <= TOLERANCE) {
            expect(relativeError(simd[i]!, want), `${name} ${column} at ${row.slice(0, entry.variables.length).join(", ")}: wasm ${simd[i]}, js ${js[i]}, oracle ${want}`).toBeLessThanOrEqual(TOLERANCE);
          }
          const special = (v: number) => (Number.isNaN(v) ? "NaN" : !Number.isFinite(v) || v === 0 ? String(Object.is(v, -0) ? "-0" : v) : "finite");
          expect(special(simd[i]!), `${name} ${column} at row ${i}: wasm ${simd[i]}, js ${js[i]}`).toBe(special(js[i]!));
          compared++;
        });
      }
    }
    if (withWasm.has(name)) expect(compared).toBeGreaterThan(50);
  });

  it("covers the exp-heavy kernels and their derivatives", () => {
    for (const name of MUST_HAVE_WASM) {
      expect(withWasm.has(name), `${name} has a WebAssembly kernel`).toBe(true);
      expect(withWasm.has(`${name}'`), `${name}' has a WebAssembly kernel`).toBe(true);
    }
  });
});

describe("choosing the backend", () => {
  const xs = Float64Array.from({ length: 1000 }, (_, i) => i / 50 - 10);

  it("auto runs WebAssembly on long arrays and JavaScript on short ones, with the same values", () => {
    const e = parse("x*tanh(softplus(x))");
    const [auto, js, wasm] = (["auto", "js", "wasm"] as const).map((backend) => compile(e, { inputs: ["x"], backend }));
    const [a, j, w] = [auto!.map([xs]), js!.map([xs]), wasm!.map([xs])];
    expect([...a]).toEqual([...w]);
    a.forEach((v, i) => expect(relativeError(v, j[i]!)).toBeLessThanOrEqual(1e-15));
    expect([...auto!.map([xs.subarray(0, 10)])]).toEqual([...j.subarray(0, 10)]);
  });

  it("broadcasts numbers and parameters, over odd lengths and any array type", () => {
    const e = parse("alpha*(exp(x) - 1) + y");
    const f = compile(e, { inputs: ["x", "y"], params: ["alpha"], backend: "wasm" });
    const g = compile(e, { inputs: ["x", "y"], params: ["alpha"], backend: "js" });
    const x = Array.from({ length: 4097 }, (_, i) => Math.sin(i));
    for (const y of [2, Float32Array.from(x)] as const) {
      const [a, b] = [f.map([x, y], [0.7]), g.map([x, y], [0.7])];
      a.forEach((v, i) => expect(relativeError(v, b[i]!), `at ${i}`).toBeLessThanOrEqual(1e-15));
    }
  });

  it("shared exps and branches skipped when no lane takes them agree with the JavaScript kernel", () => {
    // Runs of one sign and of large values (whole vectors take one branch) and alternating ones (mixed vectors).
    const specials = [NaN, Infinity, -Infinity, 0, -0, 1e-300, -1e-300, 39.9, 40, 40.1, 149, 151, 700, -700, 1e300, -1e300];
    const x = [...specials, ...specials.map((v) => -v), ...Array.from({ length: 600 }, (_, i) => (i < 300 ? 1 : -1) * (i % 7 === 0 ? 160 + i : (i % 23) - 11.5 + i / 1000))];
    const formulas = [
      "sigmoid(2*x) + x*dsigmoid(2*x)",
      "softplus(x) - sigmoid(x)*dsigmoid(x)",
      "x*sigmoid(x) + exp(x)/(1 + exp(x))",
      "Piecewise((4*exp(-2*x), x > 150), (x*sigmoid(x), True))",
      "Piecewise((x, x > 0), (expm1(x) + sigmoid(x), True))",
    ];
    for (const text of formulas) {
      const [w, j] = (["wasm", "js"] as const).map((backend) => compile(parse(text), { inputs: ["x"], backend, stable: false }).map([x]));
      x.forEach((v, i) => {
        const special = (y: number) => (Number.isNaN(y) ? "NaN" : !Number.isFinite(y) || y === 0 ? String(Object.is(y, -0) ? "-0" : y) : "finite");
        expect(special(w![i]!), `${text} at ${v}: wasm ${w![i]}, js ${j![i]}`).toBe(special(j![i]!));
        if (special(j![i]!) === "finite") expect(relativeError(w![i]!, j![i]!), `${text} at ${v}`).toBeLessThanOrEqual(1e-14);
      });
    }
  });

  it("forcing wasm on a formula without a WebAssembly form is an error that names what is missing", () => {
    expect(() => compile(parse("sin(x)"), { inputs: ["x"], backend: "wasm" }).map([xs])).toThrow(/has no WebAssembly kernel: it needs the function sin\. Use backend "auto" or "js"\./);
    expect(() => compile(parse("x**2.5"), { inputs: ["x"], backend: "wasm" }).map([xs])).toThrow(/the power \*\*2\.5/);
    expect([...compile(parse("sin(x)"), { inputs: ["x"] }).map([xs])].slice(0, 3)).toEqual([...xs.subarray(0, 3)].map(Math.sin));
  });

  it("an unknown backend is an ArgumentError listing the allowed ones", () => {
    expect(() => compile(parse("x"), { inputs: ["x"], backend: "gpu" as never })).toThrow('compile: options.backend must be one of "auto", "js", "wasm", got "gpu".');
    expect(() => new Expression("e", "exp(x)").compile({ backend: "simd" as never })).toThrow(/options.backend must be one of/);
  });
});
