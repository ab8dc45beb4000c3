/**
 * Elementwise evaluation of each activation and its gradient over doubles in [-10, 10], six ways:
 * neurogebra's eval (allocates its output), its compiled kernel into a preallocated output (the default
 * backend: WebAssembly SIMD where the formula has a form, else JavaScript), the JavaScript kernel alone
 * (backend "js"), the hand-written loop, mathjs and TensorFlow.js (float32). Times are reported per element, so mathjs, far slower, runs on
 * a tenth of the elements without skewing the ratios.
 */
import { FUNCTIONS } from "./functions.js";

export const METHODS = ["eval", "compiled", "js", "hand", "mathjs", "tfjs"];

/** Deterministic inputs (a linear congruential generator), so that every run times the same branches. */
export function uniformInputs(n, lo = -10, hi = 10) {
  const xs = new Float64Array(n);
  let state = 12345;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    xs[i] = lo + ((hi - lo) * state) / 2 ** 32;
  }
  return xs;
}

/** The ways to compute one function (value or gradient) over xs, each returning its output array. */
function contenders({ forge, tf, math }, spec, kind, xs, mathXs, tfX) {
  const base = forge.get(spec.name);
  const expr = kind === "value" ? base : base.gradient("x");
  const compiled = expr.compile();
  const js = expr.compile({ backend: "js" });
  const params = Object.values(expr.params);
  const out = new Float64Array(xs.length);
  const hand = kind === "value" ? spec.hand : spec.handGradient;
  const code = math.compile(kind === "value" ? spec.mathjs : spec.mathjsGradient);
  const mathOut = new Float64Array(mathXs.length);
  const tfFn = kind === "value" ? (x) => spec.tf(tf, x) : tf.grad((x) => spec.tf(tf, x));
  return {
    eval: () => expr.eval({ x: xs }),
    compiled: () => compiled.map([xs], params, out),
    js: () => js.map([xs], params, out),
    hand: () => hand(xs, out),
    mathjs: () => {
      for (let i = 0; i < mathXs.length; i++) mathOut[i] = code.evaluate({ x: mathXs[i] });
      return mathOut;
    },
    tfjs: () => {
      const y = tf.tidy(() => tfFn(tfX));
      const values = y.dataSync();
      y.dispose();
      return values;
    },
  };
}

/** Relative tolerance of each method against the hand-written loop: float32 for TF.js, naive formulas for mathjs. */
const TOLERANCE = { eval: 1e-9, compiled: 1e-9, js: 1e-9, mathjs: 1e-9, tfjs: 1e-4 };

/** Refuses to time methods that compute something else: a benchmark of a wrong kernel is worthless. */
function checkAgreement(label, runs) {
  const reference = runs.hand();
  const expected = Float64Array.from(reference);
  for (const method of Object.keys(TOLERANCE)) {
    const got = runs[method]();
    for (let i = 0; i < got.length; i++) {
      const error = Math.abs(got[i] - expected[i]);
      if (!(error <= TOLERANCE[method] * (1 + Math.abs(expected[i])))) {
        throw new Error(`${label}: ${method} gives ${got[i]} at element ${i}, the hand-written loop ${expected[i]}.`);
      }
    }
  }
}

export function elementwiseJobs(ctx, { smoke }) {
  const n = smoke ? 1000 : 1_000_000;
  const xs = uniformInputs(n);
  const mathXs = xs.subarray(0, n / 10);
  const tfX = ctx.tf.tensor1d(Float32Array.from(xs));
  const sizes = { eval: n, compiled: n, js: n, hand: n, mathjs: mathXs.length, tfjs: n };
  const jobs = [];
  const rows = [];
  for (const spec of FUNCTIONS) {
    for (const kind of ["value", "gradient"]) {
      const label = kind === "value" ? spec.name : `${spec.name}'`;
      const runs = contenders(ctx, spec, kind, xs, mathXs, tfX);
      checkAgreement(label, runs);
      for (const method of METHODS) {
        // mathjs needs about a second per pass: a fixed count of passes instead of a time budget.
        const options = method === "mathjs" ? { time: 0, iterations: 3 } : {};
        jobs.push({ key: `elementwise|${label}|${method}`, label: `elementwise: ${label} · ${method}`, fn: runs[method], options });
      }
      rows.push({ name: spec.name, kind, label });
    }
  }
  const summarize = (medians) =>
    rows.map(({ name, kind, label }) => {
      const ns = Object.fromEntries(METHODS.map((m) => [m, (medians.get(`elementwise|${label}|${m}`) * 1e6) / sizes[m]]));
      return {
        name,
        kind,
        nsPerElement: ns,
        ratios: {
          compiledOverHand: ns.compiled / ns.hand,
          jsOverHand: ns.js / ns.hand,
          evalOverHand: ns.eval / ns.hand,
          mathjsOverCompiled: ns.mathjs / ns.compiled,
          tfjsOverCompiled: ns.tfjs / ns.compiled,
        },
      };
    });
  return { jobs, summarize, sizes };
}
