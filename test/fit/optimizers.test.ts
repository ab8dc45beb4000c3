// The first-order optimizers against hand computations of torch.optim's documented update rules (the algorithm
// boxes of torch.optim.SGD, Adam, AdamW and RMSprop), written out again here step by step, and their use through
// Expression.fit on noisy data.
import { describe, expect, it } from "vitest";
import { ArgumentError, Expression, MathForge, createOptimizer, type OptimizerName, type OptimizerOptions } from "../../src/index.js";

/** A fixed, non-quadratic problem: the gradient of (a − 3)² + a·b + b⁴. */
const gradient = ([a, b]: number[]): number[] => [2 * (a! - 3) + b!, a! + 4 * b! ** 3];
const START = [0.5, -1.25];

/** One hand-written run of five steps per rule, on plain numbers. */
type Hand = (theta: number[], g: number[], t: number, state: number[][]) => number[];

const hand: Record<string, { name: OptimizerName; options: OptimizerOptions; rule: Hand }> = {
  "SGD": { name: "sgd", options: { learningRate: 0.05 }, rule: (th, g) => th.map((p, i) => p - 0.05 * g[i]!) },
  "SGD with weight decay": { name: "sgd", options: { learningRate: 0.05, weightDecay: 0.1 }, rule: (th, g) => th.map((p, i) => p - 0.05 * (g[i]! + 0.1 * p)) },
  "SGD with momentum 0.9": {
    name: "momentum",
    options: { learningRate: 0.05 },
    rule: (th, g, t, [b]) =>
      th.map((p, i) => {
        b![i] = t === 1 ? g[i]! : 0.9 * b![i]! + g[i]!;
        return p - 0.05 * b![i]!;
      }),
  },
  "SGD with momentum and dampening": {
    name: "sgd",
    options: { learningRate: 0.05, momentum: 0.8, dampening: 0.3 },
    rule: (th, g, t, [b]) =>
      th.map((p, i) => {
        b![i] = t === 1 ? g[i]! : 0.8 * b![i]! + 0.7 * g[i]!;
        return p - 0.05 * b![i]!;
      }),
  },
  "SGD with Nesterov momentum": {
    name: "nesterov",
    options: { learningRate: 0.05 },
    rule: (th, g, t, [b]) =>
      th.map((p, i) => {
        b![i] = t === 1 ? g[i]! : 0.9 * b![i]! + g[i]!;
        return p - 0.05 * (g[i]! + 0.9 * b![i]!);
      }),
  },
  "Adam": {
    name: "adam",
    options: { learningRate: 0.1 },
    rule: (th, g, t, [m, v]) =>
      th.map((p, i) => {
        m![i] = 0.9 * m![i]! + 0.1 * g[i]!;
        v![i] = 0.999 * v![i]! + 0.001 * g[i]! * g[i]!;
        const mHat = m![i]! / (1 - 0.9 ** t);
        const vHat = v![i]! / (1 - 0.999 ** t);
        return p - (0.1 * mHat) / (Math.sqrt(vHat) + 1e-8);
      }),
  },
  "Adam with L2 weight decay": {
    name: "adam",
    options: { learningRate: 0.1, weightDecay: 0.5, betas: [0.8, 0.99], eps: 1e-6 },
    rule: (th, g, t, [m, v]) =>
      th.map((p, i) => {
        const gi = g[i]! + 0.5 * p;
        m![i] = 0.8 * m![i]! + 0.2 * gi;
        v![i] = 0.99 * v![i]! + 0.01 * gi * gi;
        return p - (0.1 * (m![i]! / (1 - 0.8 ** t))) / (Math.sqrt(v![i]! / (1 - 0.99 ** t)) + 1e-6);
      }),
  },
  "AdamW (decoupled decay 1e-2)": {
    name: "adamw",
    options: { learningRate: 0.1 },
    rule: (th, g, t, [m, v]) =>
      th.map((p, i) => {
        const decayed = p - 0.1 * 0.01 * p;
        m![i] = 0.9 * m![i]! + 0.1 * g[i]!;
        v![i] = 0.999 * v![i]! + 0.001 * g[i]! * g[i]!;
        return decayed - (0.1 * (m![i]! / (1 - 0.9 ** t))) / (Math.sqrt(v![i]! / (1 - 0.999 ** t)) + 1e-8);
      }),
  },
  "RMSprop": {
    name: "rmsprop",
    options: {},
    rule: (th, g, _t, [v]) =>
      th.map((p, i) => {
        v![i] = 0.99 * v![i]! + 0.01 * g[i]! * g[i]!;
        return p - (0.01 * g[i]!) / (Math.sqrt(v![i]!) + 1e-8);
      }),
  },
  "RMSprop centered with momentum": {
    name: "rmsprop",
    options: { learningRate: 0.02, alpha: 0.9, momentum: 0.5, centered: true },
    rule: (th, g, _t, [v, ga, b]) =>
      th.map((p, i) => {
        v![i] = 0.9 * v![i]! + 0.1 * g[i]! * g[i]!;
        ga![i] = 0.9 * ga![i]! + 0.1 * g[i]!;
        const vt = v![i]! - ga![i]! * ga![i]!;
        b![i] = 0.5 * b![i]! + g[i]! / (Math.sqrt(vt) + 1e-8);
        return p - 0.02 * b![i]!;
      }),
  },
};

describe("first-order optimizers follow torch.optim's update rules", () => {
  it.each(Object.entries(hand))("%s: five steps match the hand computation to 1e-15", (_label, { name, options, rule }) => {
    const optimizer = createOptimizer(name, 2, options);
    const params = Float64Array.from(START);
    let expected = [...START];
    const state = [[0, 0], [0, 0], [0, 0]];
    for (let t = 1; t <= 5; t++) {
      expected = rule(expected, gradient(expected), t, state);
      optimizer.step(params, Float64Array.from(gradient([...params])));
      expect(optimizer.t).toBe(t);
      for (let i = 0; i < 2; i++) expect(Math.abs(params[i]! - expected[i]!), `step ${t}, parameter ${i}`).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(expected[i]!)));
    }
    // Five steps moved the parameters: the comparison was not between two unchanged starts.
    expect(Math.abs(params[0]! - START[0]!)).toBeGreaterThan(1e-3);
  });

  it("Adam inside Expression.fit takes the same five full-batch steps", () => {
    const xs = [-1, 0, 0.5, 2];
    const ys = [-2.5, 0.5, 1.7, 5.2];
    const line = new Expression("line", "a*x + b", { params: { a: 0.2, b: -0.3 } });
    const seen: number[][] = [];
    line.fit({ x: xs }, ys, { method: "adam", learningRate: 0.05, maxIterations: 5, onIteration: (s) => void seen.push([s.params.a!, s.params.b!]) });
    // By hand: the gradient of the mean squared error, then Adam.
    let [a, b] = [0.2, -0.3];
    const m = [0, 0];
    const v = [0, 0];
    for (let t = 1; t <= 5; t++) {
      const r = xs.map((x, i) => a * x + b - ys[i]!);
      const g = [r.reduce((s, ri, i) => s + 2 * ri * xs[i]!, 0) / xs.length, r.reduce((s, ri) => s + 2 * ri, 0) / xs.length];
      const next = [a, b].map((p, i) => {
        m[i] = 0.9 * m[i]! + 0.1 * g[i]!;
        v[i] = 0.999 * v[i]! + 0.001 * g[i]! ** 2;
        return p - (0.05 * (m[i]! / (1 - 0.9 ** t))) / (Math.sqrt(v[i]! / (1 - 0.999 ** t)) + 1e-8);
      });
      [a, b] = next as [number, number];
      expect(Math.abs(seen[t - 1]![0]! - a)).toBeLessThanOrEqual(1e-15);
      expect(Math.abs(seen[t - 1]![1]! - b)).toBeLessThanOrEqual(1e-15);
    }
  });

  it("rejects hyperparameters outside their ranges", () => {
    expect(() => createOptimizer("adam", 1, { betas: [1, 0.9] })).toThrow(/betas\[0\] must be in \[0, 1\)/);
    expect(() => createOptimizer("sgd", 1, { learningRate: -1 })).toThrow(ArgumentError);
    expect(() => createOptimizer("nesterov", 1, { momentum: 0 })).toThrow(/Nesterov momentum needs momentum > 0/);
    expect(() => createOptimizer("rmsprop", 1, { alpha: 1.5 })).toThrow(/alpha must be in \[0, 1\)/);
  });
});

/** Seeded standard normal noise (a linear congruential generator and Box–Muller), independent of the library. */
function noise(seed: number, count: number, sigma: number): number[] {
  let state = seed;
  const uniform = () => ((state = (state * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
  return Array.from({ length: count }, () => sigma * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()));
}

describe("fitting with Adam converges on noisy data", () => {
  it("fits PReLU's slope to the least-squares value", () => {
    const xs = Array.from({ length: 200 }, (_, i) => -5 + (10 * i) / 199);
    const e = noise(7, xs.length, 0.05);
    const ys = xs.map((x, i) => (x > 0 ? x : 0.1 * x) + e[i]!);
    const prelu = new MathForge().get("prelu");
    const r = prelu.fit({ x: xs }, ys, { method: "adam", learningRate: 0.01, maxIterations: 5000 });
    // Least squares by hand: only the points with x < 0 depend on alpha, and linearly.
    const neg = xs.map((x, i) => [x, ys[i]!] as const).filter(([x]) => x < 0);
    const alpha = neg.reduce((s, [x, y]) => s + x * y, 0) / neg.reduce((s, [x]) => s + x * x, 0);
    expect(r.converged, r.message).toBe(true);
    expect(r.fitted).toEqual(["alpha"]);
    expect(r.params.alpha).toBeCloseTo(alpha, 4);
    expect(r.history.at(-1)!).toBeLessThan(r.history[0]!);
  });

  it("fits a*x**2 + b*x + c, with mini-batches from a seed, to the normal-equations solution", () => {
    const xs = Array.from({ length: 100 }, (_, i) => -2 + (4 * i) / 99);
    const e = noise(42, xs.length, 0.1);
    const ys = xs.map((x, i) => 1.5 * x * x - 0.5 * x + 2 + e[i]!);
    // Normal equations for [x², x, 1], solved by Cramer's rule.
    const cols = [xs.map((x) => x * x), xs, xs.map(() => 1)];
    const dot = (u: number[], w: number[]) => u.reduce((s, ui, i) => s + ui * w[i]!, 0);
    const A = cols.map((u) => cols.map((w) => dot(u, w)));
    const rhs = cols.map((u) => dot(u, ys));
    const det = (M: number[][]) => M[0]![0]! * (M[1]![1]! * M[2]![2]! - M[1]![2]! * M[2]![1]!) - M[0]![1]! * (M[1]![0]! * M[2]![2]! - M[1]![2]! * M[2]![0]!) + M[0]![2]! * (M[1]![0]! * M[2]![1]! - M[1]![1]! * M[2]![0]!);
    const solution = [0, 1, 2].map((k) => det(A.map((row, i) => row.map((v, j) => (j === k ? rhs[i]! : v)))) / det(A));
    const quadratic = new Expression("quadratic", "a*x**2 + b*x + c", { params: { a: 0, b: 0, c: 0 } });
    const full = quadratic.fit({ x: xs }, ys, { method: "adam", learningRate: 0.05, maxIterations: 20000 });
    expect(full.converged, full.message).toBe(true);
    [full.params.a, full.params.b, full.params.c].forEach((p, k) => expect(p).toBeCloseTo(solution[k]!, 4));
    const batched = quadratic.fit({ x: xs }, ys, { method: "adam", learningRate: 0.01, batchSize: 10, seed: 3, maxIterations: 20000 });
    [batched.params.a, batched.params.b, batched.params.c].forEach((p, k) => expect(p).toBeCloseTo(solution[k]!, 1));
    // The same seed gives the same run; another seed another one.
    const again = quadratic.fit({ x: xs }, ys, { method: "adam", learningRate: 0.01, batchSize: 10, seed: 3, maxIterations: 300 });
    const other = quadratic.fit({ x: xs }, ys, { method: "adam", learningRate: 0.01, batchSize: 10, seed: 4, maxIterations: 300 });
    const first = quadratic.fit({ x: xs }, ys, { method: "adam", learningRate: 0.01, batchSize: 10, seed: 3, maxIterations: 300 });
    expect(again.params).toEqual(first.params);
    expect(other.params).not.toEqual(first.params);
  });

  it("minimises other losses: the median line under the absolute error", () => {
    const xs = [0, 1, 2, 3, 4];
    const ys = [0, 1, 2, 3, 40];
    const line = new Expression("line", "a*x", { params: { a: 0.5 } });
    const r = line.fit({ x: xs }, ys, { loss: "mae", learningRate: 0.01, maxIterations: 5000 });
    expect(r.method).toBe("adam");
    expect(r.standardErrors).toBeUndefined();
    // The outlier pulls a least-squares slope far from 1; the absolute error keeps it near 1.
    expect(r.params.a).toBeCloseTo(1, 1);
    expect(() => line.fit({ x: xs }, ys, { loss: "mae", method: "lm" })).toThrow(/Levenberg–Marquardt minimises the sum of squares/);
    expect(() => line.fit({ x: xs }, ys, { loss: "bogus" })).toThrow(/Unknown loss 'bogus'/);
    const custom = new Expression("quartic", "(y_pred - y_true)**4");
    expect(line.fit({ x: xs }, ys, { loss: custom, method: "sgd", learningRate: 1e-5, maxIterations: 10 }).iterations).toBe(10);
  });
});

describe("the training loop stops honestly", () => {
  it("reports a diverging run as not converged, with a hint", () => {
    const line = new Expression("line", "a*x", { params: { a: 1 } });
    const r = line.fit({ x: [1, 2, 3] }, [2, 4, 6], { method: "sgd", learningRate: 10, maxIterations: 5000 });
    expect(r.converged).toBe(false);
    expect(r.message).toMatch(/non-finite .* smaller learning rate/);
  });
});
