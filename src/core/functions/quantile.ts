/**
 * Order statistics along an axis, as records like Sum: `Quantile(f, (j, a, b), q)` is the q-quantile of f over
 * j = a..b with linear interpolation between the order statistics (NumPy's default method, "linear"; R's type
 * 7): q = 0 is the minimum, 1/2 the median, 1 the maximum. Its derivative with respect to the elements is
 * `QuantileWeight(f, (j, a, b), q, t)`, the interpolation weight that element t carries, so that
 * d Quantile = Sum(QuantileWeight(f, (j, a, b), q, j) * df, (j, a, b)) and the deltas of d x[j]/d x[i] collapse
 * as in any Sum. Both are reductions: the row compiler and the row interpreter call their `reduce` on the row.
 */
import { ArgumentError, NotDifferentiableError } from "../errors.js";
import { type Node, ZERO, call, freeSymbols, mul, substitute, sym } from "../node.js";
import { boundIndices, checkIndex, notScalar } from "./indexed.js";
import type { FunctionRecord } from "./record.js";

/** Position of the q-quantile among m sorted values: the lower order statistic and the weight of the next. */
function position(m: number, q: number): { lo: number; g: number } {
  const h = (m - 1) * q;
  const lo = Math.floor(h);
  return { lo, g: h - lo };
}

const valid = (values: ArrayLike<number>, q: number): boolean => {
  if (values.length === 0 || !(q >= 0 && q <= 1)) return false;
  for (let k = 0; k < values.length; k++) if (Number.isNaN(values[k])) return false;
  return true;
};

/** The q-quantile of the values, interpolated as NumPy's quantile; NaN if a value is NaN or there is none. */
export function quantileOf(values: ArrayLike<number>, q: number): number {
  if (!valid(values, q)) return NaN;
  const sorted = Float64Array.from(values).sort();
  const { lo, g } = position(sorted.length, q);
  const a = sorted[lo]!;
  if (g === 0) return a;
  const b = sorted[lo + 1]!;
  if (a === b) return a;
  // NumPy's lerp: from the nearer end, so that q = 1 - q' mirrors q' exactly.
  return g >= 0.5 ? b - (b - a) * (1 - g) : a + (b - a) * g;
}

/**
 * d quantileOf(values, q) / d values[t]: 1 - g for the element at the lower order statistic, g for the one
 * at the next. Equal values are ranked by position (a stable sort), so at a tie the weight goes to one of them.
 */
export function quantileWeightOf(values: ArrayLike<number>, q: number, t: number): number {
  if (!valid(values, q)) return NaN;
  if (!Number.isInteger(t) || t < 0 || t >= values.length) return 0;
  const v = values[t]!;
  let rank = 0;
  for (let k = 0; k < values.length; k++) if (values[k]! < v || (values[k] === v && k < t)) rank++;
  const { lo, g } = position(values.length, q);
  return (rank === lo ? 1 - g : 0) + (rank === lo + 1 ? g : 0);
}

function checkLimits(name: string, j: Node, q: Node): undefined {
  checkIndex(name, j);
  if (q.kind === "num" && !(q.value >= 0 && q.value <= 1)) throw new ArgumentError(`The level of ${name} must be in [0, 1], got ${q.value}.`);
  return undefined;
}

export const Quantile: FunctionRecord = {
  name: "Quantile",
  minArgs: 5,
  maxArgs: 5,
  params: ["f", "j", "a", "b", "q"],
  binds: true,
  kernel: notScalar("Quantile"),
  partials: () => ZERO,
  reduce: (values, [q]) => quantileOf(values, q!),
  derivative: ([body, j, lo, hi, q], d, index) => {
    if (d(q!) !== ZERO) throw new NotDifferentiableError("Quantile", "q", "the level of a quantile is not differentiated: it is a fixed number in the catalog's formulas");
    // Sum over a fresh index m of weight(m)*d f(m): the deltas of d x[m]/d x[i] collapse it to weight(i), while
    // the weight keeps its own bound index j (a Sum over j itself would substitute into the weight's body).
    const taken = new Set([...freeSymbols(body!), ...boundIndices(body!), j!.name, index.name]);
    let m = 1;
    while (taken.has(`${j!.name}_${m}`)) m++;
    const at = sym(`${j!.name}_${m}`);
    return call("Sum", [mul(call("QuantileWeight", [body!, j!, lo!, hi!, q!, at]), d(substitute(body!, new Map([[j!.name, at]])))), at, lo!, hi!]);
  },
  autoEval: ([, j, , , q]) => checkLimits("Quantile", j!, q!),
  text: ([body, j, lo, hi, q]) => `Quantile(${body}, (${j}, ${lo}, ${hi}), ${q})`,
  latex: ([body, j, , , q]) => `Q_{${q}, ${j}}\\left(${body}\\right)`,
  description: "Quantile(f, (j, a, b), q): the q-quantile of f over j = a..b, interpolated linearly between order statistics (NumPy's default); q = 0 the minimum, 1/2 the median, 1 the maximum.",
};

export const QuantileWeight: FunctionRecord = {
  name: "QuantileWeight",
  minArgs: 6,
  maxArgs: 6,
  params: ["f", "j", "a", "b", "q", "t"],
  binds: true,
  kernel: notScalar("QuantileWeight"),
  partials: () => ZERO,
  reduce: (values, [q, t], from) => quantileWeightOf(values, q!, t! - from),
  // Piecewise constant in the elements (a step where two of them swap ranks): its derivative is 0.
  derivative: () => ZERO,
  autoEval: ([, j, , , q]) => checkLimits("QuantileWeight", j!, q!),
  text: ([body, j, lo, hi, q, t]) => `QuantileWeight(${body}, (${j}, ${lo}, ${hi}), ${q}, ${t})`,
  latex: ([body, j, , , q, t]) => `\\frac{\\partial Q_{${q}, ${j}}\\left(${body}\\right)}{\\partial \\left(${body}\\right)_{${j} = ${t}}}`,
  description: "QuantileWeight(f, (j, a, b), q, t): the derivative of Quantile(f, (j, a, b), q) with respect to f at j = t (1 - g and g for the two interpolated order statistics, 0 elsewhere).",
};

export const QUANTILES: readonly FunctionRecord[] = [Quantile, QuantileWeight];
