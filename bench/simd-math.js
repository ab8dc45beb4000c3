/**
 * `node bench/simd-math.js [--smoke]`: the WebAssembly SIMD exp, expm1, log, log1p, erf, erfc, tanh, sigmoid and
 * softplus (src/core/wasm) against the best hand-written JavaScript loop (Math.*, stdlib's erf and erfc), in one
 * process, on 1e6 random doubles.
 * "wasm" runs the kernel on data already in WebAssembly memory; "wasm+copy" also copies the input in and the
 * output out of it, as a kernel over the user's own Float64Array must; "f32" is the float32 kernel (four lanes)
 * on the same values rounded to float32, in WebAssembly memory.
 */
import process from "node:process";
import erf from "@stdlib/math-base-special-erf";
import erfc from "@stdlib/math-base-special-erfc";
import { SimdMath } from "../dist/core/wasm/simd-math.js";
import { instantiate, vectorMap, webAssembly } from "../dist/core/wasm/map.js";
import { runJobs } from "./measure.js";

const smoke = process.argv.includes("--smoke");
const N = smoke ? 1000 : 1_000_000;

const HAND = {
  exp: Math.exp,
  expm1: Math.expm1,
  log: Math.log,
  log1p: Math.log1p,
  erf,
  erfc,
  tanh: Math.tanh,
  sigmoid: (x) => {
    const e = Math.exp(-Math.abs(x));
    return x >= 0 ? 1 / (1 + e) : e / (1 + e);
  },
  softplus: (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
};
const names = Object.keys(HAND);
const { memory, exports } = instantiate(
  webAssembly,
  names.flatMap((name) => [
    { name, body: vectorMap((f, x) => new SimdMath(f)[name](x)) },
    { name: `${name}_f32`, body: vectorMap((f, x) => new SimdMath(f)[name](x), "f32x4") },
  ]),
  N * 16 + 64,
);
const inWasm = new Float64Array(memory.buffer, 0, N);
const outWasm = new Float64Array(memory.buffer, N * 8, N);
const inWasm32 = new Float32Array(memory.buffer, 0, N);

let seed = 7;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
/** Inputs in [-10, 10] (the main benchmark's range), and in (0, 20] for the logarithms. */
const inputs = (name) => Float64Array.from({ length: N }, () => (name.startsWith("log") ? random() * 20 + 1e-9 : random() * 20 - 10));
const out = new Float64Array(N);

const jobs = [];
for (const name of names) {
  const xs = inputs(name);
  const f = HAND[name];
  jobs.push({ key: `${name}:hand`, fn: () => { for (let i = 0; i < N; i++) out[i] = f(xs[i]); } });
  jobs.push({ key: `${name}:wasm`, fn: () => exports[name](0, N * 8, N / 2), options: { beforeEach: () => inWasm.set(xs) } });
  jobs.push({ key: `${name}:wasm+copy`, fn: () => { inWasm.set(xs); exports[name](0, N * 8, N / 2); out.set(outWasm); } });
  const xs32 = Float32Array.from(xs);
  jobs.push({ key: `${name}:wasm f32`, fn: () => exports[`${name}_f32`](0, N * 4, N / 4), options: { beforeEach: () => inWasm32.set(xs32) } });
}
const medians = await runJobs(jobs, { smoke });
const ns = (key) => (medians.get(key) * 1e6) / N;
const rows = names.map((name) => [name, ns(`${name}:hand`), ns(`${name}:wasm`), ns(`${name}:wasm+copy`), ns(`${name}:wasm f32`)]);
const pad = (s, w) => String(s).padStart(w);
process.stdout.write(`WebAssembly SIMD (f64x2, and f32x4 for f32) vs the hand-written loop, median ns per element, ${N} doubles${smoke ? " (smoke: numbers mean nothing)" : ""}\n`);
process.stdout.write(`${"function".padEnd(9)} ${pad("hand", 8)} ${pad("wasm", 8)} ${pad("wasm+copy", 10)} ${pad("wasm/hand", 10)} ${pad("+copy/hand", 11)} ${pad("f32", 8)} ${pad("f32/hand", 9)}\n`);
for (const [name, hand, wasm, copy, f32] of rows) {
  process.stdout.write(`${name.padEnd(9)} ${pad(hand.toFixed(2), 8)} ${pad(wasm.toFixed(2), 8)} ${pad(copy.toFixed(2), 10)} ${pad((wasm / hand).toFixed(2) + "x", 10)} ${pad((copy / hand).toFixed(2) + "x", 11)} ${pad(f32.toFixed(2), 8)} ${pad((f32 / hand).toFixed(2) + "x", 9)}\n`);
}
