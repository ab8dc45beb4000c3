/**
 * The vectorized exp, expm1, log, log1p, tanh, sigmoid and softplus of src/core/wasm, on their own, before any
 * kernel uses them: against correctly rounded mpmath values (scripts/fixtures/elementary.py), against Math.*
 * (or the stable textbook form) on over a million random points each across the double range, and exactly at
 * the special values.
 */
import { readFileSync } from "node:fs";
import erf from "@stdlib/math-base-special-erf";
import erfc from "@stdlib/math-base-special-erfc";
import { describe, expect, it } from "vitest";
import { SimdMath } from "../../src/core/wasm/simd-math.js";
import { instantiate, vectorMap, webAssembly } from "../../src/core/wasm/map.js";

const ELEMENTARY = ["exp", "expm1", "log", "log1p"] as const;
const FUNCTIONS = [...ELEMENTARY, "erf", "erfc", "tanh", "sigmoid", "softplus"] as const;
/** The references of Math.* and the textbook forms of the others, for the random and special points. */
const REFERENCE: Record<Name, (x: number) => number> = {
  exp: Math.exp,
  expm1: Math.expm1,
  log: Math.log,
  log1p: Math.log1p,
  erf,
  erfc,
  tanh: Math.tanh,
  sigmoid: (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
  softplus: (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
};
type Name = (typeof FUNCTIONS)[number];
const fixture = JSON.parse(readFileSync(new URL("../fixtures/elementary.json", import.meta.url), "utf8")) as { functions: Record<Name, [number, number][]> };

/**
 * ulp bounds (in the kernel's own precision): erfc's tail is a product of e^(-hi^2), e^(-lo (a + hi)) and
 * its polynomial over x, four roundings (still 1e-15 relative, a thousand times inside the 1e-12 contract).
 */
const BOUND: Partial<Record<Name, number>> = { erfc: 3 };

const CAPACITY = 1 << 21;
const { memory, exports } = instantiate(
  webAssembly!,
  FUNCTIONS.flatMap((name) => [
    { name, body: vectorMap((f, x) => new SimdMath(f)[name](x)) },
    { name: `${name}_f32`, body: vectorMap((f, x) => new SimdMath(f)[name](x), "f32x4") },
    { name: `${name}_for32`, body: vectorMap((f, x) => new SimdMath(f, "float32")[name](x)) },
  ]),
  CAPACITY * 16,
);

/** Runs the WebAssembly `name` over `xs` (any length: an odd count exercises the last-pair path); `suffix` picks a variant. */
function run(name: Name, xs: ArrayLike<number>, suffix = ""): Float64Array {
  const src = new Float64Array(memory.buffer, 0, CAPACITY);
  const dst = new Float64Array(memory.buffer, CAPACITY * 8, CAPACITY);
  src.set(xs);
  exports[name + suffix]!(0, CAPACITY * 8, Math.ceil(xs.length / 2));
  return dst.slice(0, xs.length);
}

/** Distance in units of the last place of `want` (subnormal spacing below the normal range). */
function ulps(got: number, want: number): number {
  if (Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want))) return 0;
  if (!Number.isFinite(got) || !Number.isFinite(want)) return Infinity;
  const exponent = Math.max(Math.floor(Math.log2(Math.abs(want))), -1022);
  return Math.abs(got - want) / 2 ** (exponent - 52);
}

function worst(name: Name, xs: readonly number[], want: (x: number) => number) {
  const got = run(name, xs);
  let max = 0;
  let at = NaN;
  xs.forEach((x, i) => {
    const e = ulps(got[i]!, want(x));
    if (e > max) [max, at] = [e, x];
  });
  return { max, at, got: run(name, [at])[0], want: want(at) };
}

/** Random doubles: mantissa uniform, exponent uniform over [lo, hi], sign as given. */
function spread(count: number, lo: number, hi: number, signs: readonly number[], seed: number): number[] {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => signs[Math.floor(next() * signs.length)]! * (1 + next()) * 2 ** Math.floor(lo + next() * (hi - lo + 1)));
}

/** Zeros, infinities, NaN, subnormals, overflow and underflow thresholds, the domain edges. */
const SPECIALS = [0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, -1e-300, 1e300, -1e300,
  1.7976931348623157e308, -1.7976931348623157e308, 709.78, 709.79, 710, -708.4, -745.1, -745.2, -1100, 1100, -1, 1, -0.5];

describe("vectorized elementary functions (WebAssembly f64x2)", () => {
  it.each(FUNCTIONS)("%s is within 2 ulp (erfc: 3) of the correctly rounded value at every mpmath point", (name) => {
    const points = fixture.functions[name];
    expect(points.length).toBeGreaterThan(1000);
    const byX = new Map(points);
    const r = worst(name, points.map(([x]) => x), (x) => byX.get(x)!);
    expect(r.max, `worst at ${r.at}: got ${r.got}, want ${r.want}`).toBeLessThanOrEqual(BOUND[name] ?? 2);
  });

  const RANDOM: Record<Name, number[]> = {
    exp: [...spread(1 << 20, -60, 9, [1, -1], 1), ...spread(1 << 19, -1074, 0, [1, -1], 2)].filter((x) => x < 709.78),
    expm1: [...spread(1 << 20, -60, 9, [1, -1], 3), ...spread(1 << 19, -1074, 0, [1, -1], 4)].filter((x) => x < 709.78),
    log: [...spread(1 << 20, -1074, 1023, [1], 5), ...spread(1 << 19, -1, 0, [1], 6)],
    log1p: [...spread(1 << 20, -1074, 1023, [1], 7), ...spread(1 << 19, -1074, -1, [-1], 8)],
    erf: spread(1 << 20, -1074, 5, [1, -1], 12),
    erfc: [...spread(1 << 20, -1074, 4, [1, -1], 13), ...spread(1 << 18, 4, 4, [1], 14)].filter((x) => x < 26.5),
    tanh: spread(1 << 20, -1074, 6, [1, -1], 9),
    sigmoid: spread(1 << 20, -1074, 10, [1, -1], 10),
    softplus: spread(1 << 20, -1074, 10, [1, -1], 11),
  };
  it.each(FUNCTIONS)("%s is within 4 ulp (erfc: 5) of its double-precision reference on a million random points and more", (name) => {
    const r = worst(name, RANDOM[name], REFERENCE[name]);
    // Math.* is within 1 ulp in V8 (fdlibm), stdlib's erf and erfc within 2, the stable textbook forms of
    // sigmoid and softplus within 3.
    expect(r.max, `worst at ${r.at}: got ${r.got}, reference ${r.want}`).toBeLessThanOrEqual((BOUND[name] ?? 2) + 2);
  });

  it.each(FUNCTIONS)("%s agrees with its reference exactly at ±0, ±Infinity, NaN, overflow, underflow and the domain edges", (name) => {
    const got = run(name, SPECIALS);
    const want = SPECIALS.map(REFERENCE[name]);
    const exactlyAt = SPECIALS.filter((x) => !Number.isFinite(want[SPECIALS.indexOf(x)]!) || want[SPECIALS.indexOf(x)] === 0 || x === 0 || !Number.isFinite(x));
    for (const x of exactlyAt) {
      const i = SPECIALS.indexOf(x);
      expect(Object.is(got[i], want[i]) || (Number.isNaN(got[i]) && Number.isNaN(want[i])), `${name}(${x}): got ${got[i]}, want ${want[i]}`).toBe(true);
    }
    SPECIALS.forEach((x, i) => expect(ulps(got[i]!, want[i]!), `${name}(${x})`).toBeLessThanOrEqual(2));
  });
});

/** Runs the float32 kernel `name` over `xs` (rounded to float32; any length). */
function run32(name: Name, xs: ArrayLike<number>): Float32Array {
  const src = new Float32Array(memory.buffer, 0, CAPACITY);
  const dst = new Float32Array(memory.buffer, CAPACITY * 4, CAPACITY);
  src.set(xs);
  exports[`${name}_f32`]!(0, CAPACITY * 4, Math.ceil(xs.length / 4));
  return dst.slice(0, xs.length);
}

/** Distance in float32 units of the last place of `want` (subnormal spacing 2^-149 below 2^-126). */
function ulps32(got: number, want: number): number {
  if (Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want))) return 0;
  if (!Number.isFinite(got) || !Number.isFinite(want)) return Infinity;
  const exponent = Math.max(Math.floor(Math.log2(Math.abs(want))), -126);
  return Math.abs(got - want) / 2 ** (exponent - 23);
}

describe("vectorized elementary functions (WebAssembly f32x4)", () => {
  // Float32 inputs across the float32 range (and the float64 fixture points, rounded), against the float64
  // reference rounded to float32: the bound the float32 kernels promise.
  const f32Points = (name: Name) =>
    Float32Array.from([...(name.startsWith("log") ? spread(1 << 19, -149, 127, [1], 21) : spread(1 << 19, -149, 7, [1, -1], 22)), ...fixture.functions[name].map(([x]) => x)]);
  it.each(FUNCTIONS)("%s is within 2 float32 ulp (erfc: 3) of the float64 result rounded", (name) => {
    const xs = f32Points(name).filter((x) => (name.startsWith("log") ? x > -1 : true));
    const got = run32(name, xs);
    let [max, at] = [0, NaN];
    xs.forEach((x, i) => {
      const e = ulps32(got[i]!, Math.fround(REFERENCE[name](x)));
      if (e > max) [max, at] = [e, x];
    });
    expect(max, `worst at ${at}: got ${run32(name, [at])[0]}, want ${Math.fround(REFERENCE[name](at))}`).toBeLessThanOrEqual(BOUND[name] ?? 2);
  });

  const SPECIALS32 = [0, -0, Infinity, -Infinity, NaN, 1e-45, -1e-45, 1.1754943508222875e-38, 3.4028234663852886e38, -3.4028234663852886e38, 88.7, 89, -87.3, -103.9, -104, -1, 1, -0.5, 1e30, -1e30];
  it.each(FUNCTIONS)("%s at float32's special values", (name) => {
    const got = run32(name, SPECIALS32);
    SPECIALS32.forEach((x, i) => {
      const want = Math.fround(REFERENCE[name](Math.fround(x)));
      expect(ulps32(got[i]!, want), `${name}(${x}): got ${got[i]}, want ${want}`).toBeLessThanOrEqual(want === 0 || !Number.isFinite(want) ? 0 : 2);
    });
  });
});

describe("vectorized elementary functions in double lanes for float32 results", () => {
  // The relaxed routines (shorter polynomials, one exp in erfc) that float32 kernels computing in doubles use:
  // within 2^-33 relative of the correctly rounded value at every mpmath point whose value is a normal float32
  // (below, float32 keeps fewer bits than that error reaches), and exact where the double routines are.
  it.each(FUNCTIONS)("%s is within 2^-33 relative of mpmath where its value is a normal float32", (name) => {
    const points = fixture.functions[name].filter(([, want]) => Math.abs(want) >= 2 ** -126 && Math.abs(want) <= 3.4e38);
    const got = run(name, points.map(([x]) => x), "_for32");
    let [max, at] = [0, NaN];
    points.forEach(([x, want], i) => {
      const e = Math.abs(got[i]! - want) / Math.abs(want);
      if (!(e <= max)) [max, at] = [e, x];
    });
    expect(max, `worst at ${at}`).toBeLessThanOrEqual(2 ** -33);
    const special = run(name, SPECIALS, "_for32");
    const double = run(name, SPECIALS);
    SPECIALS.forEach((x, i) => {
      if (!Number.isFinite(double[i]!) || double[i] === 0) expect(Object.is(special[i], double[i]) || (Number.isNaN(special[i]) && Number.isNaN(double[i])), `${name}(${x})`).toBe(true);
    });
  });
});
