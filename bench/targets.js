/** The performance targets, each judged on its worst case so that a miss cannot hide in an average. */

const worst = (rows, ratio, pick) => rows.reduce((w, r) => (w === null || pick(r.ratios[ratio], w.ratios[ratio]) ? r : w), null);
const rowName = (r) => (r.kind === "value" ? r.name : `${r.name}'`);
const misses = (rows, test) => rows.filter(test).map(rowName);

/** The kernels issue #17 wants at least 2x faster than the hand-written loop (WebAssembly SIMD). */
export const EXP_HEAVY = new Set(["sigmoid", "tanh", "softplus", "gelu", "gelu_erf", "mish", "elu", "selu"]);

export function judgeTargets({ elementwise, float32, coldStart }) {
  const heavy32 = float32.filter((r) => EXP_HEAVY.has(r.name));
  const slowestHeavy32 = worst(heavy32, "compiledOverHand", (a, b) => a > b);
  const heavy = elementwise.filter((r) => EXP_HEAVY.has(r.name));
  const slowestHeavy = worst(heavy, "compiledOverHand", (a, b) => a > b);
  const cheap = elementwise.filter((r) => !EXP_HEAVY.has(r.name));
  const slowestCheap = worst(cheap, "compiledOverHand", (a, b) => a > b);
  const slowest = worst(elementwise, "jsOverHand", (a, b) => a > b);
  const closestTf = worst(elementwise, "tfjsOverCompiled", (a, b) => a < b);
  const closestMathjs = worst(elementwise, "mathjsOverCompiled", (a, b) => a < b);
  const closestTfWasm = worst(float32, "tfjsWasmOverCompiled", (a, b) => a < b);
  return [
    {
      target: "exp-heavy kernels and their gradients at least 2x faster than the hand-written loops (compiled, WebAssembly SIMD)",
      met: slowestHeavy.ratios.compiledOverHand <= 0.5,
      worst: `${rowName(slowestHeavy)} ${slowestHeavy.ratios.compiledOverHand.toFixed(2)}x`,
      misses: misses(heavy, (r) => r.ratios.compiledOverHand > 0.5),
    },
    {
      target: "the same on float32 data (dtype \"float32\" against the hand-written loops over Float32Arrays)",
      met: slowestHeavy32.ratios.compiledOverHand <= 0.5,
      worst: `${rowName(slowestHeavy32)} ${slowestHeavy32.ratios.compiledOverHand.toFixed(2)}x`,
      misses: misses(heavy32, (r) => r.ratios.compiledOverHand > 0.5),
    },
    {
      target: "the other compiled kernels within 1.2x of the hand-written loops",
      met: slowestCheap.ratios.compiledOverHand <= 1.2,
      worst: `${rowName(slowestCheap)} ${slowestCheap.ratios.compiledOverHand.toFixed(2)}x`,
      misses: misses(cheap, (r) => r.ratios.compiledOverHand > 1.2),
    },
    {
      target: "JavaScript kernels (backend \"js\") within 1.2x of the hand-written loops",
      met: slowest.ratios.jsOverHand <= 1.2,
      worst: `${rowName(slowest)} ${slowest.ratios.jsOverHand.toFixed(2)}x`,
      misses: misses(elementwise, (r) => r.ratios.jsOverHand > 1.2),
    },
    {
      target: "faster than TF.js CPU on every activation and gradient",
      met: closestTf.ratios.tfjsOverCompiled > 1,
      worst: `${rowName(closestTf)} ${closestTf.ratios.tfjsOverCompiled.toFixed(2)}x`,
      misses: misses(elementwise, (r) => r.ratios.tfjsOverCompiled <= 1),
    },
    {
      target: "faster than TF.js WASM (XNNPACK) on every activation and gradient, on float32 data as it computes",
      met: closestTfWasm.ratios.tfjsWasmOverCompiled > 1,
      worst: `${rowName(closestTfWasm)} ${closestTfWasm.ratios.tfjsWasmOverCompiled.toFixed(2)}x`,
      misses: misses(float32, (r) => r.ratios.tfjsWasmOverCompiled <= 1),
    },
    {
      target: "at least 20x faster than mathjs",
      met: closestMathjs.ratios.mathjsOverCompiled >= 20,
      worst: `${rowName(closestMathjs)} ${closestMathjs.ratios.mathjsOverCompiled.toFixed(0)}x`,
      misses: misses(elementwise, (r) => r.ratios.mathjsOverCompiled < 20),
    },
    {
      target: "new MathForge() under 50 ms (first call, fresh process)",
      met: coldStart.newMathForgeMs < 50,
      worst: `${coldStart.newMathForgeMs.toFixed(2)} ms`,
      misses: coldStart.newMathForgeMs < 50 ? [] : ["new MathForge()"],
    },
  ];
}
