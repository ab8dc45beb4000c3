/**
 * Sparsemax's threshold (Martins & Astudillo, From Softmax to Sparsemax, 2016): the tau with
 * Sum(Max(f(j) - tau, 0)) = 1, so that sparsemax(x)[i] = Max(x[i] - tau(x), 0) is the Euclidean projection of
 * x onto the probability simplex. A reduction along the last axis like Sum: it needs the whole row (a sort),
 * so its kernel is `reduce`, which the row compiler calls on the row's values.
 */
import { ZERO, add, call, neg } from "../node.js";
import { reductionRecord, selectionDerivative } from "./indexed.js";
import type { FunctionRecord } from "./record.js";

/**
 * tau from the values sorted in decreasing order z(1) >= z(2) >= ...: with k the largest m such that
 * 1 + m z(m) > z(1) + ... + z(m), tau = (z(1) + ... + z(k) - 1)/k (the paper's Algorithm 1). The values are
 * shifted by their maximum first, so the sums hold only numbers <= 0 (no cancellation) and tau - max is exact
 * to rounding whatever the size of the logits. NaN or +Infinity in the row, or an all -Infinity row, give NaN.
 */
export function sparsemaxThreshold(values: Float64Array): number {
  values.sort();
  const max = values[values.length - 1] ?? NaN;
  if (!(max - max === 0)) return NaN;
  let [sum, k, top] = [0, 0, 0];
  for (let m = 1; m <= values.length; m++) {
    const z = values[values.length - m]! - max;
    sum += z;
    if (1 + m * z > sum) [k, top] = [m, sum];
  }
  return max + (top - 1) / k;
}

export const SparsemaxThreshold: FunctionRecord = {
  ...reductionRecord("SparsemaxThreshold", sparsemaxThreshold, "SparsemaxThreshold(f, (j, a, b)): the tau with Sum(Max(f - tau, 0)) = 1 over the index j (Martins & Astudillo 2016)."),
  // On the support S = {j : f(j) > tau} tau moves by the mean of the f' there: d tau = Sum_S f'(j) / |S|.
  derivative: selectionDerivative("SparsemaxThreshold", (term, tau) => call("Heaviside", [add(term, neg(tau)), ZERO])),
  latex: ([body, j]) => `\\tau_{${j}}\\left(${body}\\right)`,
};

export const SPARSEMAX: readonly FunctionRecord[] = [SparsemaxThreshold];
