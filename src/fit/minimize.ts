/**
 * The training loop of the first-order optimisers: epochs over the data in (optionally) shuffled mini-batches,
 * one optimiser step per batch, projection onto bounds, and a stopping rule on the loss over all the data.
 * The objective comes from the caller as a callback over data indices; nothing here knows what a formula is.
 */
import { type Optimizer } from "./optimizers.js";

export interface MinimizeProblem {
  /** Number of unknowns. */
  readonly n: number;
  /** Number of data points. */
  readonly size: number;
  /**
   * The mean loss over the data points `batch` (all of them when undefined) at x; writes its gradient into
   * `grad` (length n).
   */
  evaluate(x: Float64Array, batch: Int32Array | undefined, grad: Float64Array): number;
}

export interface MinimizeOptions {
  readonly optimizer: Optimizer;
  /** Most optimiser steps (default DEFAULT_MAX_STEPS). */
  readonly maxIterations?: number;
  /** Converged when the loss over all data has not improved by a relative `tolerance` in 10 epochs and 100 steps (default 1e-9). */
  readonly tolerance?: number;
  /** Data points per step; default all (full-batch gradient descent). */
  readonly batchSize?: number;
  /** Seed of the shuffle of mini-batches, for reproducible runs (default 0). */
  readonly seed?: number;
  readonly lower?: Float64Array;
  readonly upper?: Float64Array;
  /** Called after every step with the step count and the loss (of the batch before the step); false stops. */
  readonly onIteration?: (iteration: number, x: Float64Array, loss: number) => boolean | void;
}

export type MinimizeStop = "tolerance" | "max-iterations" | "callback" | "non-finite";

export interface MinimizeResult {
  readonly x: Float64Array;
  /** The loss over all data at x. */
  readonly loss: number;
  readonly iterations: number;
  readonly epochs: number;
  readonly stop: MinimizeStop;
  readonly converged: boolean;
  /** The loss over all data at the start and after every epoch. */
  readonly history: number[];
}

export const MINIMIZE_STOP_MESSAGES: Readonly<Record<MinimizeStop, string>> = {
  tolerance: "the loss stopped improving (by less than the relative tolerance over 10 epochs and 100 steps)",
  "max-iterations": "maxIterations steps were taken before the loss stopped improving",
  callback: "onIteration returned false",
  "non-finite": "the loss or its gradient became non-finite (try a smaller learning rate)",
};

/**
 * How long the best loss must go without a relative improvement of `tolerance` before the run counts as
 * converged: 10 epochs and 100 steps, longer than the overshoots of momentum (about 1/(1 − β1) = 10 steps).
 */
const PATIENCE_EPOCHS = 10;
const PATIENCE_STEPS = 100;

export const DEFAULT_MAX_STEPS = 10000;

/** A small, fast, seedable generator (mulberry32); quality is ample for shuffling batches. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function minimize(problem: MinimizeProblem, x0: Float64Array, options: MinimizeOptions): MinimizeResult {
  const { n, size } = problem;
  const { optimizer, lower, upper } = options;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_STEPS;
  const tolerance = options.tolerance ?? 1e-9;
  const batchSize = Math.min(options.batchSize ?? size, size);
  const fullBatch = batchSize === size;
  const random = mulberry32(options.seed ?? 0);
  const order = Int32Array.from({ length: size }, (_, i) => i);
  const x = Float64Array.from(x0);
  const grad = new Float64Array(n);
  const scratch = new Float64Array(n);

  let loss = problem.evaluate(x, undefined, grad);
  const history = [loss];
  let best = loss;
  let bestEpoch = 0;
  let bestStep = 0;
  let iterations = 0;
  let epochs = 0;
  const finish = (stop: MinimizeStop): MinimizeResult => ({ x, loss, iterations, epochs, stop, converged: stop === "tolerance", history });
  if (!Number.isFinite(loss)) return finish("non-finite");

  for (;;) {
    if (!fullBatch) {
      // Fisher–Yates shuffle: every epoch visits every point once, in a seeded random order.
      for (let i = size - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i]!;
        order[i] = order[j]!;
        order[j] = t;
      }
    }
    for (let start = 0; start < size; start += batchSize) {
      // The full-batch gradient at x is already in grad (from the end of the previous epoch).
      const batchLoss = fullBatch ? loss : problem.evaluate(x, order.subarray(start, Math.min(start + batchSize, size)), grad);
      if (!Number.isFinite(batchLoss) || !grad.every(Number.isFinite)) return finish("non-finite");
      optimizer.step(x, grad);
      for (let j = 0; j < n; j++) x[j] = Math.min(Math.max(x[j]!, lower ? lower[j]! : -Infinity), upper ? upper[j]! : Infinity);
      iterations++;
      if (options.onIteration?.(iterations, x, batchLoss) === false) {
        loss = problem.evaluate(x, undefined, scratch);
        return finish("callback");
      }
      if (iterations >= maxIterations) {
        loss = problem.evaluate(x, undefined, scratch);
        history.push(loss);
        return finish("max-iterations");
      }
    }
    epochs++;
    loss = problem.evaluate(x, undefined, fullBatch ? grad : scratch);
    history.push(loss);
    if (!Number.isFinite(loss)) return finish("non-finite");
    if (loss < best - tolerance * Math.abs(best)) {
      best = loss;
      bestEpoch = epochs;
      bestStep = iterations;
    } else if (epochs - bestEpoch >= PATIENCE_EPOCHS && iterations - bestStep >= PATIENCE_STEPS) {
      return finish("tolerance");
    }
  }
}
