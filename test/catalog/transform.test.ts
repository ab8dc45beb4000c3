// The transform category: Neurogebra's names (and the one it shares with our vector l2_normalize), inputs
// against parameters, and the reference numbers of scikit-learn's scalers, PyTorch's initialisation scales and
// the Transformer's positional encodings. Accuracy against the high-precision oracle is in contract.test.ts
// (elementwise) and vector-contract.test.ts (the scalers).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArgumentError, MathForge, type Tensor } from "../../src/index.js";
import { relativeError } from "../support/oracle.js";

const forge = new MathForge();
const reference = JSON.parse(readFileSync(new URL("../fixtures/neurogebra-catalog.json", import.meta.url), "utf8")) as {
  categories: Record<string, { name: string; formula: string; params: string[] }[]>;
};
const neurogebra = reference.categories["transform"]!;

/** Neurogebra names taken by our vector form: the scalar stand-in has its own name, stated in both entries. */
const TAKEN: Record<string, { vectorForm: string; scalarName: string }> = {
  l2_normalize: { vectorForm: "l2_normalize", scalarName: "l2_normalize_elem" },
};
/** The array forms: statistics computed from each row, as scikit-learn's scalers. */
const SCALERS = ["min_max_scaler", "standard_scaler", "robust_scaler"];

const rows = (name: string, x: number[][]): number[][] => (forge.get(name).eval({ x }) as Tensor).toArray() as number[][];
const expectRows = (got: number[][], want: number[][], tolerance = 0) =>
  got.forEach((r, k) => r.forEach((v, m) => expect(relativeError(v, want[k]![m]!), `[${k}][${m}]: ${v} vs ${want[k]![m]}`).toBeLessThanOrEqual(tolerance)));
const transpose = (m: number[][]): number[][] => m[0]!.map((_, c) => m.map((r) => r[c]!));

describe("transform category", () => {
  it("holds Neurogebra's 33 transforms, our vector l2_normalize and the three scalers", () => {
    expect(neurogebra.length).toBe(33);
    const listed = forge.listAll({ category: "transform" });
    expect(listed.length).toBe(33 + 1 + SCALERS.length);
    expect(listed).toEqual(expect.arrayContaining([...SCALERS, "l2_normalize", "l2_normalize_elem"]));
    expect(forge.categories()).toContain("transform");
  });

  it.each(neurogebra.map((e) => [e.name, e] as const))("resolves Neurogebra's %s", (name, ng) => {
    const taken = TAKEN[name];
    const e = forge.get(taken?.scalarName ?? name);
    expect(e.metadata.category).toBe("transform");
    expect(e.output).toBe("elementwise");
    if (taken !== undefined) {
      expect(forge.get(name).name).toBe(taken.vectorForm);
      expect(forge.get(name).output).toBe("vector");
      expect(e.metadata.conventions?.join(" ")).toContain(`forge.get("${name}")`);
      expect(forge.get(name).metadata.conventions?.join(" ")).toContain(taken.scalarName);
    }
    // Every Neurogebra parameter is a parameter here or an input (the fans, pos and i, the previous values).
    const known = [...e.variables, ...Object.keys(e.params)];
    for (const p of ng.params) expect(known, `${name}: ${p}`).toContain(p);
    // Neurogebra's + 1e-8 epsilons are gone, and said so.
    expect(e.toString()).not.toContain("1.0e-8");
    if (ng.formula.includes("1.0e-8")) expect(e.metadata.conventions?.join(" ")).toContain("+ 1e-8");
  });

  it("divides without an epsilon: IEEE results where Neurogebra adds 1e-8", () => {
    expect(forge.get("min_max_normalize").eval(0.25)).toBe(0.25);
    expect(forge.get("min_max_normalize", { params: { x_min: 2, x_max: 2 } }).eval(3)).toBe(Infinity);
    expect(forge.get("z_score_normalize", { params: { mu: 1, sigma: 0 } }).eval(1)).toBeNaN();
    expect(forge.get("l2_normalize_elem", { params: { norm_l2: 4 } }).eval(2)).toBe(0.5);
    expect(forge.get("log_return").eval({ x: 2, x_prev: 1 })).toBe(Math.LN2);
    expect(() => forge.get("log_return").eval({ x: 2, x_prev: 0 })).toThrow(ArgumentError);
    expect(() => forge.get("sqrt_transform").eval(-1)).toThrow(ArgumentError);
  });

  it("keeps the stable forms exact where Neurogebra's cancel", () => {
    // ((1 + x)**l - 1)/l at x = 1e-20 is 0 in doubles; the true value is x (to 1e-20 relative).
    expect(forge.get("yeo_johnson_positive").eval(1e-20)).toBe(1e-20);
    expect(forge.get("box_cox_approx").eval(1 + 2 ** -40)).toBe(2 ** -40 - 2 ** -82);
    expect(forge.get("softplus_transform").eval(1000)).toBe(1000);
    expect(forge.get("sigmoid_transform").eval(-800)).toBe(0);
    expect(forge.get("log_transform").eval(1e-300)).toBe(1e-300);
  });

  it("matches PyTorch's torch.nn.init scales (torch/nn/init.py: xavier_*_ with gain, kaiming_*_ with a and fan_in)", () => {
    // mpmath at 40 digits of PyTorch's documented formulas, at fan_in = 3, fan_out = 5.
    const at = (name: string, params: Record<string, number> = {}) => {
      const e = forge.get(name, { params });
      return e.eval(e.variables.includes("fan_out") ? { fan_in: 3, fan_out: 5 } : { fan_in: 3 }) as number;
    };
    expect(relativeError(at("xavier_uniform_bound"), 0.8660254037844386)).toBeLessThan(1e-15);
    expect(relativeError(at("xavier_uniform_bound", { gain: 5 / 3 }), 1.4433756729740643)).toBeLessThan(1e-15);
    expect(relativeError(at("xavier_normal_std"), 0.5)).toBeLessThan(1e-15);
    expect(relativeError(at("he_uniform_bound"), 1.4142135623730951)).toBeLessThan(1e-15);
    expect(relativeError(at("he_uniform_bound", { a: 0.2 }), 1.3867504905630728)).toBeLessThan(1e-15);
    expect(relativeError(at("he_normal_std"), 0.816496580927726)).toBeLessThan(1e-15);
    expect(relativeError(at("he_normal_std", { a: 0.2 }), 0.8006407690254357)).toBeLessThan(1e-15);
    expect(relativeError(at("lecun_normal_std"), 0.5773502691896257)).toBeLessThan(1e-15);
    // PyTorch's own order of operations: bound = sqrt(3)*std, std = gain/sqrt(fan) with gain = sqrt(2/(1 + a**2)).
    const gain = Math.sqrt(2 / (1 + 0.2 ** 2));
    expect(relativeError(at("he_uniform_bound", { a: 0.2 }), Math.sqrt(3) * (gain / Math.sqrt(3)))).toBeLessThan(1e-15);
    expect(relativeError(at("xavier_uniform_bound"), Math.sqrt(3) * Math.sqrt(2 / 8))).toBeLessThan(1e-15);
    expect(forge.get("glorot_uniform_bound").name).toBe("xavier_uniform_bound");
    expect(forge.get("kaiming_normal_std").name).toBe("he_normal_std");
  });

  it("gives the Transformer's sinusoidal positional encodings (Vaswani et al. 2017, section 3.5) for d_model = 4", () => {
    // PE(pos, 2i) = sin(pos/10000**(2i/4)), PE(pos, 2i + 1) = cos(...): rows pos = 0..3, columns 2i, 2i + 1 for
    // i = 0, 1; mpmath at 40 digits.
    const table = [
      [0, 1, 0, 1],
      [0.8414709848078965, 0.5403023058681398, 0.009999833334166664, 0.9999500004166653],
      [0.9092974268256817, -0.4161468365471424, 0.01999866669333308, 0.9998000066665778],
      [0.1411200080598672, -0.9899924966004454, 0.02999550020249566, 0.9995500337489875],
    ];
    const sin = forge.get("positional_enc_sin", { params: { d_model: 4 } });
    const cos = forge.get("positional_enc_cos", { params: { d_model: 4 } });
    table.forEach((row, pos) => {
      for (const i of [0, 1]) {
        expect(relativeError(sin.eval({ pos, i }) as number, row[2 * i]!), `sin pos ${pos} i ${i}`).toBeLessThan(1e-15);
        expect(relativeError(cos.eval({ pos, i }) as number, row[2 * i + 1]!), `cos pos ${pos} i ${i}`).toBeLessThan(1e-15);
      }
    });
    expect(sin.variables).toEqual(["pos", "i"]);
    expect(forge.get("positional_enc_sin").params).toEqual({ d_model: 512 });
  });

  describe("scikit-learn's scalers along the last axis (sklearn/preprocessing/_data.py, docstring examples, commit 0023f635)", () => {
    // scikit-learn scales columns; these entries scale rows, so each example is given transposed.
    it("min_max_scaler is MinMaxScaler", () => {
      // MinMaxScaler docstring: data = [[-1, 2], [-0.5, 6], [0, 10], [1, 18]] transforms to
      // [[0, 0], [0.25, 0.25], [0.5, 0.5], [1, 1]].
      const data = [[-1, 2], [-0.5, 6], [0, 10], [1, 18]];
      expectRows(rows("min_max_scaler", transpose(data)), transpose([[0, 0], [0.25, 0.25], [0.5, 0.5], [1, 1]]));
    });

    it("standard_scaler is StandardScaler (population standard deviation)", () => {
      // StandardScaler docstring: data = [[0, 0], [0, 0], [1, 1], [1, 1]], mean_ = [0.5, 0.5], transforms to
      // [[-1, -1], [-1, -1], [1, 1], [1, 1]].
      const data = [[0, 0], [0, 0], [1, 1], [1, 1]];
      expectRows(rows("standard_scaler", transpose(data)), transpose([[-1, -1], [-1, -1], [1, 1], [1, 1]]));
      // ddof = 0: [1, 2, 3, 4] has mean 2.5 and standard deviation sqrt(1.25).
      expectRows(rows("standard_scaler", [[1, 2, 3, 4]]), [[-1.5, -0.5, 0.5, 1.5].map((v) => v / Math.sqrt(1.25))], 2.3e-16);
    });

    it("robust_scaler is RobustScaler (median, quantile_range = (25, 75), linear interpolation)", () => {
      // RobustScaler docstring: X = [[1, -2, 2], [-2, 1, 3], [4, 1, -2]] transforms to
      // [[0, -2, 0], [-1, 0, 0.4], [1, 0, -1.6]].
      const X = [[1, -2, 2], [-2, 1, 3], [4, 1, -2]];
      expectRows(rows("robust_scaler", transpose(X)), transpose([[0, -2, 0], [-1, 0, 0.4], [1, 0, -1.6]]));
      // Quartiles between order statistics: [1, 5, 2, 8] has median 3.5, quartiles 1.75 and 5.75 (NumPy's linear method).
      expectRows(rows("robust_scaler", [[1, 5, 2, 8]]), [[-0.625, 0.375, -0.375, 1.125]]);
    });

    it("divides a constant row (a zero range, deviation or IQR) by 1, as _handle_zeros_in_scale", () => {
      expectRows(rows("min_max_scaler", [[3, 3, 3]]), [[0, 0, 0]]);
      expectRows(rows("standard_scaler", [[2, 2, 2, 2]]), [[0, 0, 0, 0]]);
      // More than half the values equal: IQR 0, so x - median.
      expectRows(rows("robust_scaler", [[1, 1, 1, 1, 5]]), [[0, 0, 0, 0, 4]]);
    });

    it("makes a row with NaN all NaN and leaves the other rows alone", () => {
      for (const name of SCALERS) {
        const out = rows(name, [[1, NaN, 3], [1, 2, 4]]);
        expect(out[0]!.every(Number.isNaN), name).toBe(true);
        expect(out[1]!.some(Number.isNaN), name).toBe(false);
      }
    });

    it("differentiates through the order statistics: the Jacobian of min-max scaling", () => {
      // x = [1, 4, 2]: y = (x - 1)/3; dy/dx[k] = (delta - w_min[k])/3 - (x - 1)*(w_max[k] - w_min[k])/9, with the
      // minimum at element 0 and the maximum at element 1.
      const J = (forge.get("min_max_scaler").jacobian("x").eval({ x: [[1, 4, 2]] }) as Tensor).toArray() as number[][][];
      expectRows(J[0]!, [[0, 0, 0], [0, 0, 0], [-2 / 9, -1 / 9, 1 / 3]], 1e-15);
    });
  });
});
