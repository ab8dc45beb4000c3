/**
 * Formulas along the last axis over a [1000, 1000] batch of logits in [-10, 10]: neurogebra's eval on a
 * Tensor (allocates its output), its row kernel into the same layout, a hand-written stable loop, and
 * TensorFlow.js's CPU backend (float32). Times per element.
 */
import { uniformInputs } from "./elementwise.js";

export const VECTOR_METHODS = ["eval", "rows", "hand", "tfjs"];

/** The maximum of row r and the sum of exp(x - max) over it: the stable core every library writes. */
function shifted(x, o, n) {
  let m = -Infinity;
  for (let j = 0; j < n; j++) m = Math.max(m, x[o + j]);
  let s = 0;
  for (let j = 0; j < n; j++) s += Math.exp(x[o + j] - m);
  return [m, s];
}

/** Hand-written loops around it. */
const HAND = {
  softmax(x, rows, n, out) {
    for (let r = 0, o = 0; r < rows; r++, o += n) {
      const [m, s] = shifted(x, o, n);
      for (let j = 0; j < n; j++) out[o + j] = Math.exp(x[o + j] - m) / s;
    }
    return out;
  },
  log_softmax(x, rows, n, out) {
    for (let r = 0, o = 0; r < rows; r++, o += n) {
      const [m, s] = shifted(x, o, n);
      const l = m + Math.log(s);
      for (let j = 0; j < n; j++) out[o + j] = x[o + j] - l;
    }
    return out;
  },
  logsumexp(x, rows, n, out) {
    for (let r = 0, o = 0; r < rows; r++, o += n) {
      const [m, s] = shifted(x, o, n);
      out[r] = m + Math.log(s);
    }
    return out;
  },
};
const TF = { softmax: (tf, x) => tf.softmax(x), log_softmax: (tf, x) => tf.logSoftmax(x), logsumexp: (tf, x) => tf.logSumExp(x, -1) };

export function vectorJobs({ lib, forge, tf }, { smoke }) {
  const [rows, n] = smoke ? [10, 100] : [1000, 1000];
  const data = uniformInputs(rows * n);
  const tensor = new lib.Tensor(data, [rows, n]);
  const tfX = tf.tensor2d(Float32Array.from(data), [rows, n]);
  const jobs = [];
  const names = Object.keys(HAND);
  for (const name of names) {
    const expr = forge.get(name);
    const kernel = expr.compileRows();
    const out = new Float64Array(name === "logsumexp" ? rows : rows * n);
    const runs = {
      eval: () => expr.eval(tensor).data,
      rows: () => kernel.run([data], rows, n),
      hand: () => HAND[name](data, rows, n, out),
      tfjs: () => {
        const y = tf.tidy(() => TF[name](tf, tfX));
        const values = y.dataSync();
        y.dispose();
        return values;
      },
    };
    const reference = Float64Array.from(runs.hand());
    for (const [method, tolerance] of [["eval", 1e-12], ["rows", 1e-12], ["tfjs", 1e-4]]) {
      const got = runs[method]();
      for (let i = 0; i < got.length; i++) {
        if (!(Math.abs(got[i] - reference[i]) <= tolerance * (1 + Math.abs(reference[i])))) throw new Error(`vector ${name}: ${method} gives ${got[i]} at ${i}, the hand-written loop ${reference[i]}.`);
      }
    }
    for (const method of VECTOR_METHODS) jobs.push({ key: `vector|${name}|${method}`, label: `vector: ${name} · ${method}`, fn: runs[method] });
  }
  const summarize = (medians) =>
    names.map((name) => {
      const ns = Object.fromEntries(VECTOR_METHODS.map((m) => [m, (medians.get(`vector|${name}|${m}`) * 1e6) / (rows * n)]));
      return { name, shape: [rows, n], nsPerElement: ns, ratios: { rowsOverHand: ns.rows / ns.hand, evalOverHand: ns.eval / ns.hand, tfjsOverRows: ns.tfjs / ns.rows } };
    });
  return { jobs, summarize };
}
