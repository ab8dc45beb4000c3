/**
 * The float32 path (dtype "float32"): every activation and loss, and every first derivative, that has a
 * WebAssembly form, within 2 float32 ulp of the float64 result rounded to float32, at every committed mpmath
 * fixture point (inputs rounded to float32) and on dense random float32 points across the range, tails
 * included; where an input is a float32 value already, also within 2 ulp of the mpmath value rounded.
 */
import { describe, expect, it } from "vitest";
import { ArgumentError, Expression, MathForge, Tensor, compile, parse } from "../../src/index.js";
import { lower } from "../../src/core/compile/lower.js";
import { renderWasm } from "../../src/core/compile/wasm.js";
import { jsNeedsAtoms } from "../../src/core/compile/templates.js";
import { stabilize } from "../../src/core/rewrite/index.js";
import { parseDouble, readOracle, relativeError } from "../support/oracle.js";

const forge = new MathForge();
const oracle = readOracle();
const entries = forge.listAll().filter((name) => ["activation", "loss"].includes(forge.get(name).metadata?.category ?? "") && oracle.has(name));

/** Distance in float32 units of the last place of `want` (subnormal spacing 2^-149 below 2^-126). */
function ulps32(got: number, want: number): number {
  if (Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want))) return 0;
  if (got === want) return 0;
  if (!Number.isFinite(got) || !Number.isFinite(want)) return Infinity;
  const exponent = Math.max(Math.floor(Math.log2(Math.abs(want))), -126);
  return Math.abs(got - want) / 2 ** (exponent - 23);
}

/** The entry at `params`, or its derivative with respect to `variable`. */
function expressionFor(name: string, variable: string | undefined, params: Record<string, number>): Expression {
  const base = forge.get(name).withParams(params);
  return variable === undefined ? base : base.gradient(variable);
}

/** The float32 WebAssembly kernel's values, or undefined where the formula has no WebAssembly form. */
function float32Wasm(expr: Expression, inputs: Float32Array[], params: number[]): Float32Array | undefined {
  try {
    return expr.compile({ backend: "wasm", dtype: "float32" }).map(inputs, params);
  } catch (error) {
    expect((error as Error).message).toMatch(/has no WebAssembly kernel/);
    return undefined;
  }
}

/** Random float32 values: mantissa uniform, exponent uniform over [lo, hi], either sign. */
function spread(count: number, lo: number, hi: number, seed: number): Float32Array {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Float32Array.from({ length: count }, () => (next() < 0.5 ? -1 : 1) * (1 + next()) * 2 ** Math.floor(lo + next() * (hi - lo + 1)));
}

const SPECIALS = [0, -0, Infinity, -Infinity, NaN, 1e-45, -1e-45, 1e-30, -1e-30, 1e-10, -1e-10, 20, -20, 88.7, -88.7, 104, -104, 1e30, -1e30, 3.4028234663852886e38, -3.4028234663852886e38];

describe("float32 kernels on the mpmath fixtures", () => {
  const covered = new Set<string>();
  it.each(entries)("%s: within 2 float32 ulp of the float64 result rounded, and of the mpmath value rounded", (name) => {
    const entry = oracle.get(name)!;
    for (const set of entry.sets) {
      const doubles = entry.variables.map((v) => set.points.map((row) => parseDouble(row[set.columns.indexOf(v)]!)));
      const inputs = doubles.map((xs) => Float32Array.from(xs));
      const exactInFloat32 = set.points.map((_, i) => doubles.every((xs, k) => Object.is(xs[i], inputs[k]![i])));
      for (const column of set.columns.filter((c) => c === "value" || (c.startsWith("d/d") && entry.variables.includes(c.slice(3))))) {
        const expr = expressionFor(name, column === "value" ? undefined : column.slice(3), set.params);
        const params = Object.values(expr.params);
        const got = float32Wasm(expr, inputs, params);
        if (got === undefined) continue;
        covered.add(column === "value" ? name : `${name}'`);
        const double = expr.compile({ backend: "js" }).map(inputs, params);
        set.points.forEach((row, i) => {
          const at = `${name} ${column} at ${inputs.map((xs) => xs[i]).join(", ")}`;
          expect(ulps32(got[i]!, Math.fround(double[i]!)), `${at}: float32 ${got[i]}, float64 ${double[i]}`).toBeLessThanOrEqual(2);
          const want = parseDouble(row[set.columns.indexOf(column)]!);
          if (exactInFloat32[i] && relativeError(double[i]!, want) <= 1e-12) {
            expect(ulps32(got[i]!, Math.fround(want)), `${at}: float32 ${got[i]}, mpmath ${want}`).toBeLessThanOrEqual(2);
          }
        });
      }
    }
  });

  it("covers the exp-heavy kernels and their derivatives", () => {
    for (const name of ["sigmoid", "tanh", "softplus", "gelu", "gelu_erf", "mish", "elu", "selu", "swish", "log_sigmoid", "bce_with_logits"]) {
      expect(covered.has(name), name).toBe(true);
      expect(covered.has(`${name}'`), `${name}'`).toBe(true);
    }
  });
});

describe("float32 kernels on dense random points", () => {
  const withWasm = entries.filter((name) => float32Wasm(forge.get(name), forge.get(name).variables.map(() => new Float32Array(4)), Object.values(forge.get(name).params)) !== undefined);
  it.each(withWasm)("%s and its derivatives: within 2 float32 ulp of the float64 result rounded, over the float32 range and its special values", (name) => {
    const base = forge.get(name);
    const count = 1 << 15;
    // Every input over [-2^8, 2^8] in exponent steps down to the subnormals, then the special values against one another.
    const inputs = base.variables.map((_, k) => Float32Array.from([...spread(count, -149, 8, 17 + k), ...SPECIALS.flatMap((x, i) => SPECIALS.map((y) => (k === 0 ? x : y) + 0 * i))]));
    for (const expr of [base, ...base.variables.map((v) => base.gradient(v))]) {
      const params = Object.values(expr.params);
      const got = float32Wasm(expr, inputs, params);
      if (got === undefined) continue;
      const double = expr.compile({ backend: "js" }).map(inputs, params);
      let [worst, at] = [0, -1];
      got.forEach((g, i) => {
        const e = ulps32(g, Math.fround(double[i]!));
        if (e > worst) [worst, at] = [e, i];
      });
      expect(worst, `${expr.name} at ${inputs.map((xs) => xs[at]).join(", ")}: float32 ${got[at]}, float64 ${double[at]}`).toBeLessThanOrEqual(2);
    }
  });
});

describe("dtype", () => {
  const sigmoid = forge.get("sigmoid");
  const xs = Float32Array.from({ length: 1000 }, (_, i) => i / 50 - 10);

  it("eval returns a Float32Array for float32, and a Float64Array by default even for Float32Array inputs", () => {
    const f32 = sigmoid.eval(xs, { dtype: "float32" });
    const f64 = sigmoid.eval(xs);
    expect(f32).toBeInstanceOf(Float32Array);
    expect(f64).toBeInstanceOf(Float64Array);
    f32.forEach((v, i) => expect(ulps32(v, Math.fround(f64[i]!))).toBeLessThanOrEqual(2));
    expect(sigmoid.eval({ x: xs }, { dtype: "float64" })).toBeInstanceOf(Float64Array);
  });

  it("numbers, Tensors, row formulas and reductions: computed in doubles where there is no float32 kernel, rounded once", () => {
    expect(sigmoid.eval(3, { dtype: "float32" })).toBe(Math.fround(sigmoid.eval(3)));
    const t = sigmoid.eval([[1, 2], [3, 4]], { dtype: "float32" }) as Tensor<Float32Array>;
    expect(t.dtype).toBe("float32");
    expect(t.data).toBeInstanceOf(Float32Array);
    expect(t.shape).toEqual([2, 2]);
    const softmax = forge.get("softmax").eval([[1, 2], [3, 4]], { dtype: "float32" }) as Tensor<Float32Array>;
    expect([...softmax.data]).toEqual([...(forge.get("softmax").eval([[1, 2], [3, 4]]) as Tensor).data].map(Math.fround));
    const mse = forge.get("mse");
    expect(mse.eval({ y_pred: xs, y_true: 0.5 }, { dtype: "float32", reduction: "mean" })).toBe(Math.fround(mse.eval({ y_pred: xs, y_true: 0.5 }, { reduction: "mean" }) as number));
  });

  it("a formula without a WebAssembly form runs the JavaScript kernel in doubles and rounds once on the store", () => {
    const sin = compile(parse("sin(x)*exp(x)"), { inputs: ["x"], dtype: "float32" });
    const out = sin.map([xs]);
    expect(out).toBeInstanceOf(Float32Array);
    expect(sin.dtype).toBe("float32");
    expect([...out]).toEqual([...xs].map((x) => Math.fround(Math.sin(x) * Math.exp(x))));
    // Float64Array inputs are read as float32, as the WebAssembly kernel reads them.
    expect([...sin.map([Float64Array.from(xs, (x) => x * (1 + 1e-12))])]).toEqual([...out]);
  });

  it("single SIMD routines and selections among the input and float32 constants compute in four float32 lanes; composites in two float64 lanes, rounded on the store", () => {
    const lanes = (text: string) => {
      const rendered = renderWasm(lower(stabilize(parse(text)), ["x"], [], { atomicArgs: jsNeedsAtoms }), "a", "float32");
      return "lanes" in rendered ? [rendered.lanes, rendered.storage] : rendered.unsupported;
    };
    expect(lanes("tanh(x)")).toEqual(["f32x4", "v128"]);
    expect(lanes("exp(-x)/(1 + exp(-x))**2")).toEqual(["f32x4", "v128"]);
    expect(lanes("1/(1 + exp(-x))")).toEqual(["f32x4", "v128"]);
    expect(lanes("x*tanh(log(1 + exp(x)))")).toEqual(["f64x2", "float32Pair"]);
    expect(lanes("Max(x, 0)")).toEqual(["f32x4", "v128"]);
    expect(lanes("Piecewise((0, x <= 0), (1, x < 6), (0, True))")).toEqual(["f32x4", "v128"]);
    // 0.1 is no float32, and a sum rounds: double lanes.
    expect(lanes("Max(x, 0.1)")).toEqual(["f64x2", "float32Pair"]);
    expect(lanes("Max(x, 0) + 1")).toEqual(["f64x2", "float32Pair"]);
  });

  it("runs over odd lengths, broadcast numbers and parameters, into a caller's Float32Array", () => {
    const elu = forge.get("elu");
    const f = elu.compile({ dtype: "float32" });
    const g = elu.compile({ backend: "js", dtype: "float32" });
    const x = Float32Array.from({ length: 4099 }, (_, i) => 3 * Math.sin(i));
    const out = new Float32Array(x.length);
    expect(f.map([x], [0.7], out)).toBe(out);
    out.forEach((v, i) => expect(ulps32(v, g.map([x], [0.7])[i]!), `at ${i}`).toBeLessThanOrEqual(2));
    const sum = compile(parse("x*sigmoid(y)"), { inputs: ["x", "y"], dtype: "float32" });
    expect([...sum.map([x, 0.25])].slice(0, 3)).toEqual([...x.subarray(0, 3)].map((v) => Math.fround(v / (1 + Math.exp(-0.25)))));
  });

  it("a bad dtype or output array is an ArgumentError naming what is allowed", () => {
    expect(() => sigmoid.eval(xs, { dtype: "float16" as never })).toThrow(ArgumentError);
    expect(() => sigmoid.eval(xs, { dtype: "float16" as never })).toThrow('dtype of sigmoid.eval must be one of "float64", "float32", got "float16".');
    expect(() => compile(parse("x"), { inputs: ["x"], dtype: 32 as never })).toThrow('compile: options.dtype must be one of "float64", "float32", got 32.');
    expect(() => new Expression("e", "exp(x)").compile({ dtype: "int8" as never })).toThrow(/options.dtype must be one of "float64", "float32"/);
    expect(() => sigmoid.compile({ dtype: "float32" }).map([xs], [], new Float64Array(xs.length) as never)).toThrow(`'out' must be a Float32Array of length ${xs.length}.`);
    expect(() => new Tensor([1], [1], "float16" as never)).toThrow(/A Tensor's dtype must be one of/);
  });
});
