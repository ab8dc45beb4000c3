/**
 * Elementwise evaluation over float32 data (the same 1e6 values in [-10, 10], rounded to float32), three ways:
 * neurogebra's eval with dtype "float32" (allocates its Float32Array), its float32 kernel
 * (`compile({ dtype: "float32" })`) into a preallocated Float32Array, and the hand-written loop of
 * bench/functions.js run over Float32Arrays (it computes in doubles; the store rounds, as Math.fround does);
 * and TensorFlow.js, which computes in float32, on its CPU and its WebAssembly backends (like with like here).
 */
import { uniformInputs } from "./elementwise.js";
import { onBackend } from "./tf.js";

export const FLOAT32_METHODS = ["eval", "compiled", "hand", "tfjs", "tfjsWasm"];

/** Float32 agreement: 2 float32 ulp of the float64 result rounded, the path's documented bound (relative 2^-22, with room). */
const TOLERANCE = 2 ** -21;

/** TF.js computes in float32 throughout, and the composites (gelu, mish) op by op: its own relative tolerance. */
const TF_TOLERANCE = 1e-4;

export async function float32Jobs({ forge, tf }, { smoke }) {
  // A second instance of the module: its loops are specialised by V8 for Float32Arrays only, as a user's
  // float32 loop would be, without turning the float64 loops of the elementwise suite polymorphic.
  const { FUNCTIONS } = await import("./functions.js?float32");
  const n = smoke ? 1000 : 1_000_000;
  const xs = Float32Array.from(uniformInputs(n));
  const tensors = { cpu: onBackend(tf, "cpu", () => tf.tensor1d(xs)), wasm: onBackend(tf, "wasm", () => tf.tensor1d(xs)) };
  const jobs = [];
  const rows = [];
  for (const spec of FUNCTIONS) {
    for (const kind of ["value", "gradient"]) {
      const label = kind === "value" ? spec.name : `${spec.name}'`;
      const expr = kind === "value" ? forge.get(spec.name) : forge.get(spec.name).gradient("x");
      const compiled = expr.compile({ dtype: "float32" });
      const params = Object.values(expr.params);
      const out = new Float32Array(n);
      const handOut = new Float32Array(n);
      const hand = kind === "value" ? spec.hand : spec.handGradient;
      const tfFn = kind === "value" ? (x) => spec.tf(tf, x) : tf.grad((x) => spec.tf(tf, x));
      const onTf = (backend) => () =>
        onBackend(tf, backend, () => {
          const y = tf.tidy(() => tfFn(tensors[backend]));
          const values = y.dataSync();
          y.dispose();
          return values;
        });
      const runs = {
        eval: () => expr.eval({ x: xs }, { dtype: "float32" }),
        compiled: () => compiled.map([xs], params, out),
        hand: () => hand(xs, handOut),
        tfjs: onTf("cpu"),
        tfjsWasm: onTf("wasm"),
      };
      const want = runs.hand();
      for (const [method, tolerance, floor] of [["eval", TOLERANCE, 2 ** -149], ["compiled", TOLERANCE, 2 ** -149], ["tfjs", TF_TOLERANCE, TF_TOLERANCE], ["tfjsWasm", TF_TOLERANCE, TF_TOLERANCE]]) {
        const got = runs[method]();
        got.forEach((v, i) => {
          if (!(Math.abs(v - want[i]) <= tolerance * Math.abs(want[i]) + floor)) throw new Error(`${label} float32: ${method} gives ${v} at element ${i}, the hand-written loop ${want[i]}.`);
        });
      }
      for (const method of FLOAT32_METHODS) jobs.push({ key: `float32|${label}|${method}`, label: `float32: ${label} · ${method}`, fn: runs[method] });
      rows.push({ name: spec.name, kind, label });
    }
  }
  const summarize = (medians) =>
    rows.map(({ name, kind, label }) => {
      const ns = Object.fromEntries(FLOAT32_METHODS.map((m) => [m, (medians.get(`float32|${label}|${m}`) * 1e6) / n]));
      return { name, kind, nsPerElement: ns, ratios: { compiledOverHand: ns.compiled / ns.hand, evalOverHand: ns.eval / ns.hand, tfjsOverCompiled: ns.tfjs / ns.compiled, tfjsWasmOverCompiled: ns.tfjsWasm / ns.compiled } };
    });
  return { jobs, summarize };
}
