import { type Node, call, diff, div, freeSymbols, rat, sub, substitute, sym } from "../core/index.js";

/** Sum of an array with Neumaier's compensated summation: error independent of the length, for any signs. */
export function compensatedSum(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  // Non-finite terms make the compensation NaN; the plain sum then carries the IEEE result.
  return Number.isFinite(compensation) ? sum + compensation : sum;
}

/**
 * Mean of an array: the compensated sum divided by the length. When that sum overflows although every value
 * is finite (the mean of [1e308, 1e308]), the values are summed scaled by a power of two (exact, so no new
 * rounding) and the mean scaled back: the mean of finite doubles is finite and as accurate as the sum.
 */
export function compensatedMean(values: ArrayLike<number>): number {
  const n = values.length;
  const sum = compensatedSum(values);
  if (Number.isFinite(sum) || !allFinite(values)) return sum / n;
  // 2**-k with 2**k >= n keeps every partial sum below the largest value, so none overflows.
  const k = Math.ceil(Math.log2(n)) + 1;
  const down = 2 ** -k;
  const scaled = new Float64Array(n);
  for (let i = 0; i < n; i++) scaled[i] = values[i]! * down;
  return (compensatedSum(scaled) / n) * 2 ** k;
}

function allFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return false;
  return true;
}

export type Reduction = "none" | "mean" | "sum";
export const REDUCTIONS: readonly Reduction[] = ["none", "mean", "sum"];

/** The sum, or the mean, of values: compensated. */
export function reduceValues(values: ArrayLike<number>, reduction: "mean" | "sum"): number {
  return reduction === "sum" ? compensatedSum(values) : compensatedMean(values);
}

/** A name like `base` that the formula does not use. */
function fresh(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  for (let k = 1; taken.has(name); k++) name = `${base}_${k}`;
  return name;
}

/**
 * d(reduce(f))/d(variable) as a tree: reduce(f) is Sum(f[x := x[j]], (j, 0, n - 1)) over the n elements (divided
 * by n for the mean), and the derivative is taken at element `index`. For an input the Sum's deltas collapse
 * to the per-element derivative (scaled by 1/n for the mean); for a parameter the Sum remains: one number.
 */
export function reducedDerivative(f: Node, inputs: readonly string[], variable: string, reduction: "mean" | "sum"): { node: Node; index: string; size: string } {
  const taken = new Set(freeSymbols(f));
  const [j, index, size] = [fresh("j", taken), fresh("i", taken), fresh("n", taken)];
  const element = substitute(f, new Map(inputs.map((v) => [v, call("Indexed", [sym(v), sym(j)])] as const)));
  const total = call("Sum", [element, sym(j), rat(0, 1), sub(sym(size), rat(1, 1))]);
  const reduced = reduction === "sum" ? total : div(total, sym(size));
  return { node: diff(reduced, variable, { index }), index, size };
}
