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

export type Reduction = "none" | "mean" | "sum";
export const REDUCTIONS: readonly Reduction[] = ["none", "mean", "sum"];
