// The loss catalog: reference values of the issue, reductions, domains and errors. Accuracy against the
// high-precision oracle (values and gradients, tails included) is in contract.test.ts.
import { describe, expect, it } from "vitest";
import { ArgumentError, MathForge } from "../../src/index.js";

const forge = new MathForge();
const at = (name: string, y_pred: number, y_true: number): number => forge.get(name).eval({ y_pred, y_true }) as number;
const gradAt = (name: string, y_pred: number, y_true: number): number => forge.get(name).gradient("y_pred").eval({ y_pred, y_true }) as number;

describe("loss catalog", () => {
  it("lists the losses in order", () => {
    expect(forge.listAll({ category: "loss" })).toEqual([
      "mse", "mae", "huber", "smooth_l1", "log_cosh", "hinge", "squared_hinge", "quantile", "msle", "poisson",
      "binary_crossentropy", "bce_with_logits", "kl_div", "focal",
      "cross_entropy", "categorical_crossentropy", "sparse_categorical_crossentropy", "nll_loss",
    ]);
    for (const name of forge.listAll({ category: "loss" })) expect(forge.get(name).variables).toEqual(["y_pred", "y_true"]);
  });

  it("reproduces the reference values of the Python original", () => {
    expect(Math.abs(at("mse", 4.8, 5.0) - 0.04)).toBeLessThan(1e-15);
    expect(at("mse", 3, 5)).toBe(4);
    expect(at("mae", 3, 5)).toBe(2);
    expect(at("binary_crossentropy", 0.9, 1)).toBe(0.10536051565782628);
    expect(Math.abs(at("huber", 4.8, 5) - 0.02)).toBeLessThan(1e-15);
    expect(at("huber", 0, 5)).toBe(4.5);
    expect(at("hinge", 0.5, 1)).toBe(0.5);
    expect(at("hinge", -1, 1)).toBe(2);
    expect(at("squared_hinge", 0.5, 1)).toBe(0.25);
    // The Python original's log(cosh(d)) is 2 ulps above the true value 0.01986807184000734931 (mpmath, 40
    // digits); the stable form log1p(2*sinh(d/2)**2) gives 0.019868071840007353, 1 ulp above.
    expect(Math.abs(at("log_cosh", 4.8, 5) / 0.01986807184000736 - 1)).toBeLessThan(1e-15);
    expect(Math.abs(at("log_cosh", 4.8, 5) / 0.01986807184000735 - 1)).toBeLessThan(3e-16);
    expect(at("quantile", 3, 5)).toBe(1);
    expect(forge.compose("mse + 0.1*mae").eval({ y_pred: 3, y_true: 5 })).toBe(4.2);
    expect(forge.get("mse").gradient("y_pred").toString()).toBe("2*y_pred - 2*y_true");
  });

  it("returns the true value where the Python original overflows", () => {
    expect(at("log_cosh", 1000, 0)).toBe(999.3068528194401);
    expect(at("log_cosh", 0, 1000)).toBe(999.3068528194401);
    expect(gradAt("log_cosh", 1000, 0)).toBe(1);
    // bce_with_logits(z, y) = max(z, 0) - z*y + log1p(exp(-|z|)); exp(-1000) underflows to 0 in the last term.
    expect(at("bce_with_logits", 1000, 1)).toBe(0);
    expect(at("bce_with_logits", 1000, 0)).toBe(1000);
    expect(at("bce_with_logits", -1000, 1)).toBe(1000);
    expect(at("bce_with_logits", -1000, 0)).toBe(0);
    expect(at("bce_with_logits", 1000, 0.25)).toBe(750);
    expect(gradAt("bce_with_logits", 1000, 0.25)).toBe(0.75);
    expect(gradAt("bce_with_logits", -1000, 0.25)).toBe(-0.25);
    expect(gradAt("bce_with_logits", 0, 0.25)).toBe(0.25);
    expect(Number.isFinite(at("focal", 1000, 0)) && Number.isFinite(at("focal", -1000, 0))).toBe(true);
    expect(at("focal", 1000, 0)).toBe(750); // alpha_t = 0.75, CE = 1000, (1 - p_t)**2 = 1
  });

  it("clamps binary_crossentropy's logs at -100 as PyTorch's BCELoss, with a finite derivative", () => {
    expect(at("binary_crossentropy", 0, 0.3)).toBeCloseTo(30, 13);
    expect(at("binary_crossentropy", 1, 0.3)).toBeCloseTo(70, 13);
    expect(at("binary_crossentropy", 0, 1)).toBe(100);
    expect(at("binary_crossentropy", 0, 0)).toBe(0);
    expect(at("binary_crossentropy", 1, 1)).toBe(0);
    // The clamped term is constant, so only the other one contributes: 1 - y_true at 0, -y_true at 1.
    expect(gradAt("binary_crossentropy", 0, 0.3)).toBeCloseTo(0.7, 15);
    expect(gradAt("binary_crossentropy", 1, 0.3)).toBeCloseTo(-0.3, 15);
    expect(gradAt("binary_crossentropy", 0.9, 1)).toBeCloseTo(-1 / 0.9, 15);
  });

  it("gives kl_div 0 where y_true = 0, and poisson y_pred there", () => {
    expect(at("kl_div", 0.5, 0)).toBe(0);
    expect(gradAt("kl_div", 0.5, 0)).toBe(0);
    expect(at("kl_div", 0.25, 0.5)).toBe(0.5 * Math.log(2));
    // y_true/y_pred underflows here; the value (mpmath, 40 digits) needs log(y_true) - log(y_pred).
    expect(Math.abs(at("kl_div", 1e100, 1e-300) / -9.210340371976183e-298 - 1)).toBeLessThan(1e-15);
    expect(at("poisson", 2.5, 0)).toBe(2.5);
  });
});

describe("loss reductions", () => {
  const mse = forge.get("mse");
  const y_pred = [1, 2, 3, 4];
  const y_true = [1, 0, 5, 1];

  it("returns per-element values by default, and their sum or mean", () => {
    expect([...(mse.eval({ y_pred, y_true }) as Float64Array)]).toEqual([0, 4, 4, 9]);
    expect(mse.eval({ y_pred, y_true }, { reduction: "none" })).toEqual(new Float64Array([0, 4, 4, 9]));
    expect(mse.eval({ y_pred, y_true }, { reduction: "sum" })).toBe(17);
    expect(mse.eval({ y_pred, y_true }, { reduction: "mean" })).toBe(4.25);
  });

  it("sums with compensation: no digits lost mixing 1e8 and 1e-8 magnitudes", () => {
    const n = 1_000_000;
    const big = Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1e8 + i : 1e-8 * i));
    const zeros = new Float64Array(n);
    // Made with Python's fractions.Fraction: the exact sum of these doubles, correctly rounded (the same
    // array built with Python floats, which are the same IEEE doubles). A naive left-to-right sum gives
    // 50249999502380.375, 120 off.
    const SUM = 50249999502500.0;
    const MEAN = 50249999.5025;
    const mae = forge.get("mae");
    expect(mae.eval({ y_pred: big, y_true: zeros }, { reduction: "sum" })).toBe(SUM);
    expect(mae.eval({ y_pred: big, y_true: zeros }, { reduction: "mean" })).toBe(MEAN);
    let naive = 0;
    for (const v of big) naive += v;
    expect(naive).toBe(50249999502380.375);
  });

  it("scales the gradient of a reduced loss: per element, divided by n for the mean", () => {
    const g = mse.gradient("y_pred");
    expect(g.eval({ y_pred, y_true }, { reduction: "sum" })).toEqual(new Float64Array([0, 4, -4, 6]));
    expect(g.eval({ y_pred, y_true }, { reduction: "mean" })).toEqual(new Float64Array([0, 1, -1, 1.5]));
    expect(g.eval({ y_pred, y_true })).toEqual(new Float64Array([0, 4, -4, 6]));
  });

  it("broadcasts a number against an array", () => {
    expect(mse.eval({ y_pred, y_true: 1 }, { reduction: "sum" })).toBe(0 + 1 + 4 + 9);
  });

  it("propagates NaN: NaN at that index, and a NaN mean", () => {
    const out = mse.eval({ y_pred: [1, NaN, 3], y_true: [0, 0, 0] }) as Float64Array;
    expect(out[0]).toBe(1);
    expect(out[1]).toBeNaN();
    expect(out[2]).toBe(9);
    expect(mse.eval({ y_pred: [1, NaN, 3], y_true: [0, 0, 0] }, { reduction: "mean" })).toBeNaN();
    expect(forge.get("binary_crossentropy").eval({ y_pred: NaN, y_true: 1 })).toBeNaN();
  });
});

describe("loss errors", () => {
  it("rejects arrays of different lengths", () => {
    expect(() => forge.get("mse").eval({ y_pred: [1, 2, 3], y_true: [1, 2] })).toThrow(ArgumentError);
    expect(() => forge.get("mse").eval({ y_pred: [1, 2, 3], y_true: [1, 2] }, { reduction: "mean" })).toThrow(/length/);
  });

  it("rejects a probability outside [0, 1], naming the input, the index and the range", () => {
    const bce = forge.get("binary_crossentropy");
    expect(() => bce.eval({ y_pred: [0.2, 0.5, 1.5], y_true: [0, 1, 1] })).toThrow(
      "binary_crossentropy: y_pred must be a probability in [0, 1], got 1.5 at index 2.",
    );
    expect(() => bce.eval({ y_pred: 0.5, y_true: -0.1 })).toThrow("binary_crossentropy: y_true must be a probability in [0, 1], got -0.1.");
    expect(() => bce.gradient("y_pred").eval({ y_pred: 2, y_true: 1 })).toThrow(ArgumentError);
  });

  it("rejects a non-positive Poisson rate and negative KL inputs", () => {
    expect(() => forge.get("poisson").eval({ y_pred: [1, 0], y_true: [1, 1] })).toThrow(/poisson: y_pred must be a positive rate .* got 0 at index 1/);
    expect(() => forge.get("kl_div").eval({ y_pred: 0.5, y_true: -0.5 })).toThrow(/kl_div: y_true must be a probability/);
    expect(() => forge.get("msle").eval({ y_pred: -2, y_true: 0 })).toThrow(/msle: y_pred must be at least -1/);
  });

  it("rejects an unknown reduction", () => {
    expect(() => forge.get("mse").eval({ y_pred: [1], y_true: [0] }, { reduction: "avg" as "mean" })).toThrow(/Unknown reduction 'avg'/);
  });
});
