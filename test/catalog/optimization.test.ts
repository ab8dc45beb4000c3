// The optimization category: Neurogebra's names, the update rules against torch.optim run for a few steps,
// the schedules against torch.optim.lr_scheduler at chosen epochs, and the test functions at their known
// minima. The reference numbers come from scripts/fixtures/optimization_torch.py (torch's equations, restated
// from its source and evaluated with mpmath); accuracy over the whole input range is in contract.test.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArgumentError, MathForge } from "../../src/index.js";
import { parseDouble, relativeError } from "../support/oracle.js";

const forge = new MathForge();
const reference = JSON.parse(readFileSync(new URL("../fixtures/neurogebra-catalog.json", import.meta.url), "utf8")) as {
  categories: Record<string, { name: string; formula: string; params: string[] }[]>;
};
const neurogebra = reference.categories["optimization"]!;
const torch = JSON.parse(readFileSync(new URL("../fixtures/optimization-torch.json", import.meta.url), "utf8")) as {
  optimizers: { entry: string; params: Record<string, number>; w0: number; grads: number[]; steps: Record<string, string>[] }[];
  schedules: { entry: string; params: Record<string, number>; torch: string; gamma?: number; values: [number, string][] }[];
};
const value = (name: string, args: Record<string, number>, params?: Record<string, number>): number => forge.get(name, params ? { params } : {}).eval(args) as number;

/**
 * Neurogebra parameters that are not inputs or parameters here, and what took their place: its update rules
 * take finished moments (m_hat, v_hat) or a look-ahead gradient, where torch's rules read the state.
 */
const REPLACED: Record<string, Record<string, string>> = {
  nesterov_step: { grad_lookahead: "grad" },
  adam_step: { m_hat: "m", v_hat: "v" },
  adamw_step: { m_hat: "m", v_hat: "v" },
};

describe("optimization category", () => {
  it("holds Neurogebra's 27 optimization formulas and torch's one-cycle schedule", () => {
    expect(neurogebra).toHaveLength(27);
    const listed = forge.listAll({ category: "optimization" });
    expect(listed).toHaveLength(28);
    expect(listed.filter((n) => !neurogebra.some((e) => e.name === n))).toEqual(["one_cycle_lr"]);
    expect(forge.categories()).toContain("optimization");
  });

  it.each(neurogebra.map((e) => [e.name, e] as const))("resolves Neurogebra's %s", (name, ng) => {
    const e = forge.get(name);
    expect(e.metadata.category).toBe("optimization");
    expect(e.name).toBe(name);
    const known = [...e.variables, ...Object.keys(e.params)];
    for (const p of ng.params) expect(known, `${name}: ${p}`).toContain(REPLACED[name]?.[p] ?? p);
  });

  it("reads the optimizer state as inputs and the hyperparameters as parameters, with torch's defaults", () => {
    expect(forge.get("adam_step").variables).toEqual(["w", "grad", "m", "v", "t"]);
    expect(forge.get("adam_step").params).toEqual({ lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 });
    expect(forge.get("adamw_step").params).toEqual({ lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, lambda_wd: 0.01 });
    expect(forge.get("adagrad_step").params).toEqual({ lr: 0.01, eps: 1e-10 });
    expect(forge.get("rmsprop_step").params).toEqual({ lr: 0.01, rho: 0.99, eps: 1e-8 });
    expect(forge.get("momentum_step").variables).toEqual(["w", "grad", "v"]);
    for (const s of ["constant_lr", "step_decay_lr", "cosine_annealing_lr", "one_cycle_lr", "cyclical_lr"]) expect(forge.get(s).variables).toEqual(["epoch"]);
    // The step number counts from 1 (the bias correction divides by 0 at t = 0); a negative epoch is refused.
    expect(() => value("adam_step", { w: 1, grad: 0.1, m: 0, v: 0, t: 0 })).toThrow(ArgumentError);
    expect(() => value("adam_step", { w: 1, grad: 0.1, m: 0, v: 0, t: 0 })).toThrow(/t must be the step number \(counted from 1; the formula holds for any t > 0\)/);
    expect(() => value("cosine_annealing_lr", { epoch: -1 })).toThrow(/epoch must be the epoch \(or step\) count, from 0/);
  });
});

describe("update rules match torch.optim, step by step, to 1e-15", () => {
  // Each run starts from w0 with zero state and feeds the fixture's gradients; w is the entry's own output of
  // the previous step, the state is carried by its update rule (Adam's by adam_m_update and adam_v_update,
  // RMSprop's square average by adam_v_update with beta2 = rho), so errors would accumulate over the run.
  it.each(torch.optimizers.map((r) => [`${r.entry} ${JSON.stringify(r.params)}`, r] as const))("%s", (_label, run) => {
    const p = run.params;
    const step = forge.get(run.entry, { params: p });
    let w = run.w0;
    let a = 0; // the first state: momentum buffer, Adagrad's sum, RMSprop's average or Adam's m
    let b = 0; // Adam's v
    run.grads.forEach((g, k) => {
      const t = k + 1;
      const want = run.steps[k]!;
      switch (run.entry) {
        case "momentum_step":
        case "nesterov_step":
          w = step.eval({ w, grad: g, v: a }) as number;
          a = p["mu_momentum"]! * a + g;
          expect(relativeError(a, parseDouble(want["v"]!)), `buffer at step ${t}`).toBeLessThan(1e-15);
          break;
        case "adagrad_step":
          w = step.eval({ w, grad: g, G: a }) as number;
          a += g * g;
          break;
        case "rmsprop_step":
          w = step.eval({ w, grad: g, v_rms: a }) as number;
          a = value("adam_v_update", { v_adam: a, grad: g }, { beta2: p["rho"]! });
          expect(relativeError(a, parseDouble(want["v_rms"]!)), `square average at step ${t}`).toBeLessThan(1e-15);
          break;
        default: {
          w = step.eval({ w, grad: g, m: a, v: b, t }) as number;
          a = value("adam_m_update", { m: a, grad: g }, { beta1: p["beta1"]! });
          b = value("adam_v_update", { v_adam: b, grad: g }, { beta2: p["beta2"]! });
          expect(relativeError(a, parseDouble(want["m"]!)), `m at step ${t}`).toBeLessThan(1e-15);
          expect(relativeError(b, parseDouble(want["v"]!)), `v at step ${t}`).toBeLessThan(1e-15);
        }
      }
      expect(relativeError(w, parseDouble(want["w"]!)), `w after step ${t}`).toBeLessThan(1e-15);
    });
  });

  it("composes: adam_step is w - lr*m_hat/(sqrt(v_hat) + eps) of the updated, bias-corrected moments", () => {
    const [w, grad, m, v, t] = [0.7, -0.4, 0.05, 0.02, 3];
    const mNew = value("adam_m_update", { m, grad });
    const vNew = value("adam_v_update", { v_adam: v, grad });
    const mHat = value("adam_bias_correction_m", { m: mNew, t });
    const vHat = value("adam_bias_correction_v", { v_adam: vNew, t });
    expect(relativeError(value("adam_step", { w, grad, m, v, t }), w - (0.001 * mHat) / (Math.sqrt(vHat) + 1e-8))).toBeLessThan(1e-15);
    // AdamW with lambda_wd = 0 is Adam; sgd_step with weight_decay adds it to the gradient, as torch's SGD.
    expect(value("adamw_step", { w, grad, m, v, t }, { lambda_wd: 0 })).toBe(value("adam_step", { w, grad, m, v, t }));
    expect(value("sgd_step", { w: 2, grad: 0.5 }, { lr: 0.25, weight_decay: 0.5 })).toBe(2 - 0.25 * (0.5 + 0.5 * 2));
  });
});

describe("schedules match torch.optim.lr_scheduler", () => {
  // Closed forms of torch/optim/lr_scheduler.py at chosen epochs, to 1e-13: cos(pi*epoch/T_max) of a rounded
  // argument loses up to about 1e-14 where 1 + cos is small, and k_decay = -log(gamma) is rounded once.
  it.each(torch.schedules.map((s) => [s.torch, s] as const))("%s", (_label, s) => {
    const params = s.gamma === undefined ? s.params : { ...s.params, k_decay: -Math.log(s.gamma) };
    const e = forge.get(s.entry, { params });
    for (const [epoch, want] of s.values) expect(relativeError(e.eval({ epoch }) as number, parseDouble(want)), `epoch ${epoch}`).toBeLessThan(1e-13);
  });

  it("gives the numbers printed in torch's docstrings (torch/optim/lr_scheduler.py, the class examples)", () => {
    const at = (name: string, params: Record<string, number>) => [0, 1, 2, 3, 4, 5].map((epoch) => value(name, { epoch }, params));
    // The printed decimals, to the rounding of the arithmetic (torch's own doubles round the same way).
    const near = (got: number[], want: number[]) => want.forEach((w, k) => expect(Math.abs(got[k]! - w), `epoch ${k}`).toBeLessThanOrEqual(2e-16 * Math.abs(w)));
    // ConstantLR(factor=0.5, total_iters=4) with lr 0.05: 0.025 for epochs 0-3, then 0.05.
    expect(at("constant_lr", { lr_init: 0.05, factor: 0.5, total_iters: 4 })).toEqual([0.025, 0.025, 0.025, 0.025, 0.05, 0.05]);
    // LinearLR(start_factor=0.5, total_iters=4) with lr 0.05: 0.025, 0.03125, 0.0375, 0.04375, then 0.05.
    near(at("warmup_linear_lr", { lr_target: 0.05, warmup_steps: 4, start_factor: 0.5 }), [0.025, 0.03125, 0.0375, 0.04375, 0.05, 0.05]);
    // PolynomialLR(total_iters=4, power=1.0) with lr 0.001: 0.001, 0.00075, 0.0005, 0.00025, then 0.
    near(at("polynomial_decay_lr", { lr_init: 0.001, max_epochs: 4, power_lr: 1 }), [0.001, 0.00075, 0.0005, 0.00025, 0, 0]);
    // Neurogebra's own form at the defaults: constant_lr is lr_init, warmup starts from 0.
    expect(at("constant_lr", {})).toEqual([0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    expect(value("warmup_linear_lr", { epoch: 0 })).toBe(0);
  });

  it("keeps Neurogebra's one-cycle stand-in and T5's inverse square root", () => {
    // one_cycle_approx_lr is cosine annealing to 0.
    for (const epoch of [0, 13, 50, 99]) expect(value("one_cycle_approx_lr", { epoch })).toBe(value("cosine_annealing_lr", { epoch }, { lr_min: 0 }));
    // T5 (Raffel et al. 2020, 3.1.2): 1/sqrt(max(n, 10^4)): 0.01 for the first 10^4 steps, then 1/sqrt(n).
    expect([0, 5000, 10000, 40000, 1e6].map((epoch) => value("inverse_sqrt_lr", { epoch }))).toEqual([0.01, 0.01, 0.01, 0.005, 0.001]);
    // cyclical_lr: lr_min at 0 and every 2*step_size, lr_max in between.
    expect([0, 2000, 4000, 5000, 8000].map((epoch) => value("cyclical_lr", { epoch }))).toEqual([0.001, 0.006, 0.001, 0.0035, 0.001]);
    // one_cycle_lr: initial_lr = lr_max/25 at 0, lr_max at pct_start*total_steps - 1, min_lr at total_steps - 1.
    expect(value("one_cycle_lr", { epoch: 0 })).toBeCloseTo(0.004, 17);
    expect(value("one_cycle_lr", { epoch: 29 })).toBe(0.1);
    expect(value("one_cycle_lr", { epoch: 99 })).toBeCloseTo(4e-7, 21);
  });
});

describe("gradient clipping and averaging as torch", () => {
  it("clips by value with torch.clamp's bounds and gradient", () => {
    expect([-3, -1, 0.5, 1, 3].map((grad) => value("gradient_clip_value", { grad }))).toEqual([-1, -1, 0.5, 1, 1]);
    const d = forge.get("gradient_clip_value").gradient("grad");
    // torch.clamp's backward passes the gradient on the closed interval.
    expect([-3, -1, 0.5, 1, 3].map((grad) => d.eval({ grad }))).toEqual([0, 1, 1, 1, 0]);
    // A negative bound gives the bound everywhere, as torch.clamp(min > max).
    expect(value("gradient_clip_value", { grad: 5 }, { clip_val: -1 })).toBe(-1);
  });

  it("clips by norm with torch's 1e-6", () => {
    // torch/nn/utils/clip_grad.py, clip_grad_norm_: clip_coef = max_norm/(total_norm + 1e-6), clamped to 1.
    expect(value("gradient_clip_norm", { grad: 3, grad_norm: 10 })).toBe(3 * (1 / (10 + 1e-6)));
    expect(value("gradient_clip_norm", { grad: 0.3, grad_norm: 0.5 })).toBe(0.3);
    expect(value("ema_update", { param_ema: 1, param_new: 2 }, { alpha_ema: 0.25 })).toBe(1.25);
  });
});

describe("test functions have their known minima", () => {
  const grid = Array.from({ length: 41 }, (_, i) => -2 + i * 0.1);
  const minimum = (name: string, at: { x: number; y: number }, params: Record<string, number> = {}) => {
    const e = forge.get(name, { params });
    expect(e.eval(at), `${name} at its minimum`).toBe(0);
    for (const x of grid) for (const y of grid) expect(e.eval({ x, y }) as number, `${name} at (${x}, ${y})`).toBeGreaterThanOrEqual(0);
  };

  it("quadratic_bowl: 0 at (x_opt, y_opt), with zero gradient", () => {
    minimum("quadratic_bowl", { x: 0, y: 0 });
    minimum("quadratic_bowl", { x: 0.7, y: -1.3 }, { x_opt: 0.7, y_opt: -1.3, a_qb: 10, b_qb: 0.1 });
    const e = forge.get("quadratic_bowl", { params: { x_opt: 0.7, y_opt: -1.3 } });
    expect([e.gradient("x").eval({ x: 0.7, y: -1.3 }), e.gradient("y").eval({ x: 0.7, y: -1.3 })]).toEqual([0, 0]);
  });

  it("rosenbrock: 0 at (a_rb, a_rb**2), 24.2 at the classic start (-1.2, 1)", () => {
    minimum("rosenbrock", { x: 1, y: 1 });
    minimum("rosenbrock", { x: 0.5, y: 0.25 }, { a_rb: 0.5, b_rb: 2.5 });
    const e = forge.get("rosenbrock");
    expect([e.gradient("x").eval({ x: 1, y: 1 }), e.gradient("y").eval({ x: 1, y: 1 })]).toEqual([0, 0]);
    expect(e.eval({ x: -1.2, y: 1 })).toBeCloseTo(24.2, 13);
    expect(e.eval({ x: 0, y: 0 })).toBe(1);
  });

  it("rastrigin_2d: 0 at the origin, 2 at (1, 1)", () => {
    minimum("rastrigin_2d", { x: 0, y: 0 });
    const e = forge.get("rastrigin_2d");
    expect([e.gradient("x").eval({ x: 0, y: 0 }), e.gradient("y").eval({ x: 0, y: 0 })]).toEqual([0, 0]);
    expect(e.eval({ x: 1, y: 1 })).toBeCloseTo(2, 13);
  });

  it("ackley_2d: 0 at the origin, where it has no gradient (a cone)", () => {
    minimum("ackley_2d", { x: 0, y: 0 });
    const e = forge.get("ackley_2d");
    expect(e.gradient("x").eval({ x: 0, y: 0 })).toBeNaN();
    // 20*(1 - exp(-1/5)) at (1, 1), where the cosine terms give exp(1) and cancel e.
    expect(relativeError(e.eval({ x: 1, y: 1 }) as number, 3.6253849384403627)).toBeLessThan(1e-14);
  });
});
