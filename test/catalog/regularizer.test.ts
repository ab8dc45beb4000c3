// The regularizer category: Neurogebra's names and defaults, its formulas without their epsilons, the values
// SCAD and MCP are known by (Fan & Li 2001, Zhang 2010) and the thresholding their derivatives induce, and the
// vector forms beside the scalar stand-ins. Accuracy against the high-precision oracle is in contract.test.ts
// (and vector-contract.test.ts for the vector forms).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArgumentError, Expression, MathForge, type Tensor, freeSymbols, parse } from "../../src/index.js";
import { relativeError } from "../support/oracle.js";

const forge = new MathForge();
const reference = JSON.parse(readFileSync(new URL("../fixtures/neurogebra-catalog.json", import.meta.url), "utf8")) as {
  categories: Record<string, { name: string; formula: string; params: string[] }[]>;
};
const neurogebra = reference.categories["regularizer"]!;

/** Neurogebra's defaults (src/neurogebra/repository/regularizers.py of Neurogebra 2.5), epsilons included. */
const NEUROGEBRA_DEFAULTS: Record<string, Record<string, number>> = {
  l1: { lambda_reg: 0.01 },
  l2: { lambda_reg: 0.01 },
  elastic_net: { lambda_reg: 0.01, alpha: 0.5 },
  weight_decay: { lambda_reg: 0.01 },
  l1_l2: { l1_reg: 0.01, l2_reg: 0.01 },
  log_barrier: { lambda_reg: 0.01, epsilon: 1e-8 },
  sqrt_reg: { lambda_reg: 0.01, epsilon: 1e-8 },
  cauchy_reg: { lambda_reg: 0.01, sigma: 1 },
  entropy_reg: { lambda_reg: 0.01, epsilon: 1e-8 },
  kl_divergence_reg: { lambda_reg: 0.01, epsilon: 1e-8 },
  gradient_penalty: { lambda_reg: 10 },
  total_variation: { lambda_reg: 0.01 },
  tikhonov: { lambda_reg: 0.01, w_prior: 0 },
  group_lasso: { lambda_reg: 0.01, epsilon: 1e-8 },
  scad: { lambda_reg: 0.01, a: 3.7 },
  mcp: { lambda_reg: 0.01, gamma_mcp: 3 },
  max_norm: { max_val: 3 },
  orthogonal_reg: { lambda_reg: 0.01 },
  label_smoothing: { epsilon_smooth: 0.1, K: 10 },
  confidence_penalty: { lambda_reg: 0.1, epsilon: 1e-8 },
};
/** Entries whose epsilon guarded a log or a square root: removed here. sqrt_reg's epsilon defines the penalty and stays. */
const EPSILON_REMOVED = ["log_barrier", "entropy_reg", "kl_divergence_reg", "group_lasso", "confidence_penalty"];

/** Interior points of each input, away from the ends Neurogebra's epsilons change. */
const INTERIOR: Record<string, readonly number[]> = {
  w: [-0.8, -0.3, 0.2, 0.9],
  p: [0.05, 0.3, 0.9],
  q: [0.4, 0.02],
  grad_norm: [0.25, 1.5],
  w_i: [-0.4, 1.2],
  w_j: [0.6],
  w1: [-0.7, 0.4],
  w2: [0.3, -1.1],
  y: [0, 0.3, 1],
};

/** Every combination of the interior points of the given inputs. */
function grid(variables: readonly string[]): Record<string, number>[] {
  return variables.reduce<Record<string, number>[]>((acc, v) => acc.flatMap((pt) => INTERIOR[v]!.map((x) => ({ ...pt, [v]: x }))), [{}]);
}

const num = (x: unknown): number => x as number;

describe("regularizer category", () => {
  it("holds one entry for each of Neurogebra's 20 regularizers, and the six vector forms", () => {
    expect(neurogebra.length).toBe(20);
    const ours = forge.listAll({ category: "regularizer" });
    expect(ours.length).toBe(26);
    expect(ours.slice(0, 20)).toEqual(neurogebra.map((e) => e.name));
    expect(ours.slice(20)).toEqual(["group_lasso_vector", "gradient_penalty_vector", "orthogonal_reg_vector", "label_smoothing_vector", "max_norm_vector", "total_variation_vector"]);
  });

  it.each(neurogebra.map((e) => [e.name, e] as const))("resolves Neurogebra's %s with its inputs and defaults", (name, ng) => {
    const e = forge.get(name);
    expect(e.name).toBe(name);
    expect(e.metadata.category).toBe("regularizer");
    const defaults = { ...NEUROGEBRA_DEFAULTS[name]! };
    if (EPSILON_REMOVED.includes(name)) {
      delete defaults["epsilon"];
      expect(e.metadata.conventions?.join(" ")).toContain("epsilon is removed");
    }
    expect(e.params).toEqual(defaults);
    expect(Object.keys(NEUROGEBRA_DEFAULTS[name]!).sort()).toEqual([...ng.params].sort());
    // The inputs are the free symbols of Neurogebra's formula that are not its parameters.
    const inputs = freeSymbols(parse(ng.formula)).filter((s) => !ng.params.includes(s));
    expect([...e.variables].sort()).toEqual(inputs.sort());
  });

  it.each(neurogebra.map((e) => [e.name, e] as const))("agrees with Neurogebra's formula for %s where its epsilon is 0", (name, ng) => {
    const ours = forge.get(name);
    // With epsilon = 0 written into the text: a symbolic epsilon in sqrt(w1**2 + w2**2 + epsilon) sends the
    // stability rewrites into a LimitError (a core defect, reproduced by sqrt(x**2 + y**2 + 1)).
    const formula = EPSILON_REMOVED.includes(name) ? ng.formula.replaceAll("epsilon", "0") : ng.formula;
    const params = { ...NEUROGEBRA_DEFAULTS[name]! };
    if (EPSILON_REMOVED.includes(name)) delete params["epsilon"];
    const theirs = new Expression(`neurogebra_${name}`, formula, {
      params,
      variables: [...ours.variables],
    });
    const points = grid(ours.variables);
    expect(points.length).toBeGreaterThanOrEqual(2);
    for (const point of points) expect(relativeError(num(ours.eval(point)), num(theirs.eval(point))), JSON.stringify(point)).toBeLessThan(1e-13);
  });

  it("is exact at p = 0 and p = 1 where Neurogebra's epsilons are not", () => {
    const entropy = forge.get("entropy_reg");
    expect(entropy.eval({ p: 0 })).toBe(0);
    expect(entropy.eval({ p: 1 })).toBe(0);
    expect(relativeError(num(entropy.eval({ p: 0.5 })), 0.006931471805599453)).toBeLessThan(1e-15);
    // Neurogebra's form gives a negative penalty at p = 0: -lambda*log(1 + 1e-8).
    const withEpsilon = new Expression("ng_entropy", neurogebra.find((e) => e.name === "entropy_reg")!.formula, { params: { lambda_reg: 0.01, epsilon: 1e-8 } });
    expect(num(withEpsilon.eval({ p: 0 }))).toBeLessThan(0);

    const kl = forge.get("kl_divergence_reg", { params: { lambda_reg: 1 } });
    expect(kl.eval({ p: 0, q: 0 })).toBe(0);
    expect(kl.eval({ p: 1, q: 1 })).toBe(0);
    expect(kl.eval({ p: 0.3, q: 0.3 })).toBe(0);
    expect(relativeError(num(kl.eval({ p: 0, q: 0.3 })), -Math.log1p(-0.3))).toBeLessThan(1e-15);
    expect(relativeError(num(kl.eval({ p: 1, q: 0.3 })), -Math.log(0.3))).toBeLessThan(1e-15);
    expect(kl.eval({ p: 0.3, q: 0 })).toBe(Infinity);
    expect(kl.eval({ p: 0.3, q: 1 })).toBe(Infinity);
    // Ng's sparse autoencoder: target rate 0.05, mean activation 0.2 (the double nearest mpmath's value).
    expect(relativeError(num(kl.eval({ p: 0.2, q: 0.05 })), 0.13977866668265077)).toBeLessThan(1e-14);

    const confidence = forge.get("confidence_penalty", { params: { lambda_reg: 1 } });
    expect(confidence.eval({ p: 0 })).toBe(0);
    // -lambda*1*log(1) is -0, which compares equal to 0.
    expect(num(confidence.eval({ p: 1 })) === 0).toBe(true);
    expect(relativeError(num(confidence.eval({ p: 1 / Math.E })), 1 / Math.E)).toBeLessThan(1e-15);
  });

  it("keeps log_barrier and cauchy_reg exact near the bound and in the tails", () => {
    const barrier = forge.get("log_barrier");
    expect(barrier.eval({ w: 1 })).toBe(Infinity);
    expect(barrier.eval({ w: -1 })).toBe(Infinity);
    expect(barrier.eval({ w: 0 })).toBe(0);
    // w = 1 - 2**-30 (the double nearest mpmath's value); -0.01*log1p(-w*w) misses it by 2e-11.
    expect(relativeError(num(barrier.eval({ w: 1 - 2 ** -30 })), 0.20101268236704076)).toBeLessThan(1e-14);
    expect(() => barrier.eval({ w: 1.5 })).toThrow(ArgumentError);
    // 0.01*log(1 + 1e600) (mpmath); the formula as written overflows to Infinity.
    expect(relativeError(num(forge.get("cauchy_reg").eval({ w: 1e300 })), 13.815510557964274)).toBeLessThan(1e-15);
    expect(num(forge.get("group_lasso", { params: { lambda_reg: 1 } }).eval({ w1: 3e200, w2: 4e200 }))).toBeCloseTo(5e200, -186);
    expect(forge.get("group_lasso").gradient("w1").eval({ w1: 0, w2: 0 })).toBe(0);
  });

  it("refuses parameters outside their domains", () => {
    expect(() => forge.get("scad", { params: { a: 1.5 } }).eval(1)).toThrow(ArgumentError);
    expect(() => forge.get("mcp", { params: { gamma_mcp: 0.5 } }).eval(1)).toThrow(ArgumentError);
    expect(() => forge.get("cauchy_reg", { params: { sigma: 0 } }).eval(1)).toThrow(ArgumentError);
    expect(() => forge.get("entropy_reg").eval({ p: -0.1 })).toThrow("entropy_reg: p must be a probability in [0, 1], got -0.1.");
    expect(() => forge.get("gradient_penalty").eval({ grad_norm: -1 })).toThrow(ArgumentError);
  });

  it("gives the gradients the frameworks use", () => {
    // weight_decay's gradient is the decay term of torch.optim.SGD(weight_decay=lambda): one step multiplies w by 1 - lr*lambda.
    const step = (w: number) => w - 0.1 * num(forge.get("weight_decay").gradient("w").eval(w));
    expect(step(2)).toBeCloseTo(2 * (1 - 0.1 * 0.01), 15);
    // Keras's L2(l2=0.01) is l2*sum(w**2) (no 1/2); L1L2 adds l1*sum(|w|).
    expect(forge.get("l2").eval({ w: [1, -2, 3] }, { reduction: "sum" })).toBeCloseTo(0.14, 15);
    expect(forge.get("l1_l2").eval({ w: [1, -2, 3] }, { reduction: "sum" })).toBeCloseTo(0.2, 15);
    expect(forge.get("l1").gradient("w").eval({ w: [-2, 0, 3] })).toEqual(Float64Array.from([-0.01, 0, 0.01]));
    // WGAN-GP with lambda = 10 (Gulrajani et al.): a gradient of norm 5 costs 160.
    expect(forge.get("gradient_penalty").eval({ grad_norm: 5 })).toBe(160);
    // PyTorch's label smoothing with 0.1 over 10 classes: 0.91 for the true class, 0.01 for the others.
    expect(forge.get("label_smoothing").eval({ y: [1, 0] })).toEqual(Float64Array.from([0.91, 0.01]));
  });
});

describe("SCAD (Fan & Li 2001) and MCP (Zhang 2010)", () => {
  const scad = forge.get("scad", { params: { a: 3.7, lambda_reg: 1 } });
  const mcp = forge.get("mcp", { params: { gamma_mcp: 3, lambda_reg: 1 } });

  it("takes the values of the papers", () => {
    // lambda = 1, a = 3.7: |w| up to lambda, ((2a|w| - w**2 - 1)/(2(a - 1)) up to a, (a + 1)/2 beyond.
    expect(scad.eval(0.5)).toBe(0.5);
    expect(scad.eval(-1)).toBe(1);
    expect(relativeError(num(scad.eval(2)), 49 / 27)).toBeLessThan(1e-15);
    expect(relativeError(num(scad.eval(3.7)), 2.35)).toBeLessThan(1e-15);
    expect(scad.eval(-100)).toBe(2.35);
    // lambda = 1, gamma = 3: |w| - w**2/6 up to 3, 3/2 beyond.
    expect(relativeError(num(mcp.eval(1)), 5 / 6)).toBeLessThan(1e-15);
    expect(mcp.eval(3)).toBe(1.5);
    expect(mcp.eval(-50)).toBe(1.5);
    // Neurogebra's defaults lambda = 0.01: flat at (a + 1)*lambda**2/2 beyond a*lambda = 0.037.
    expect(relativeError(num(forge.get("scad").eval(1)), 4.7e-4 / 2)).toBeLessThan(1e-14);
  });

  it("has Fan & Li's derivative p'(w) and Zhang's (lambda - |w|/gamma)_+", () => {
    const a = 3.7;
    const fanLi = (t: number) => Math.sign(t) * (Math.abs(t) <= 1 ? 1 : Math.max(a - Math.abs(t), 0) / (a - 1));
    const zhang = (t: number) => Math.sign(t) * Math.max(1 - Math.abs(t) / 3, 0);
    const ws = [-6, -3.7, -2.5, -1, -0.4, 0, 0.4, 1, 1.2, 2.5, 3.69, 3.7, 6];
    const ds = scad.gradient("w").eval({ w: ws });
    const dm = mcp.gradient("w").eval({ w: ws });
    ws.forEach((w, k) => {
      expect(ds[k]! - fanLi(w), `scad'(${w})`).toBeCloseTo(0, 15);
      expect(dm[k]! - zhang(w), `mcp'(${w})`).toBeCloseTo(0, 15);
    });
  });

  // Points inside each piece (both signs), away from the joins, for the defaults and for lambda = 1.
  const pieces = {
    scad: [
      [{ a: 3.7, lambda_reg: 1 }, [[0.3, 0.9], [1.5, 3], [5, 40]]],
      [{ a: 3.7, lambda_reg: 0.01 }, [[0.004], [0.02, 0.03], [0.5]]],
    ],
    mcp: [
      [{ gamma_mcp: 3, lambda_reg: 1 }, [[0.5, 2.5], [4, 40]]],
      [{ gamma_mcp: 3, lambda_reg: 0.01 }, [[0.01, 0.025], [0.2]]],
    ],
  } as const;

  it.each(Object.entries(pieces).flatMap(([name, sets]) => sets.map(([params, ps]) => [name, params, ps] as const)))(
    "%s at %j: derivatives in every input and parameter match central finite differences on each piece",
    (name, params, ps) => {
      const e = forge.get(name, { params: { ...params } });
      for (const v of ["w", ...Object.keys(params)]) {
        const d = e.gradient(v);
        for (const piece of ps) {
          for (const w of piece.flatMap((x) => [x, -x])) {
            const at = { ...params, w } as Record<string, number>;
            const x = at[v]!;
            const h = 1e-6 * Math.max(Math.abs(x), 1e-3);
            const f = (t: number) => num(forge.get(name, { params: { ...params, ...(v === "w" ? {} : { [v]: t }) } }).eval(v === "w" ? t : w));
            const fd = (f(x + h) - f(x - h)) / (2 * h);
            const exact = num(d.eval({ ...at }));
            expect(Math.abs(fd - exact), `d/d${v} at w = ${w}`).toBeLessThan(1e-7 * Math.max(1, Math.abs(exact)));
          }
        }
      }
    },
  );

  /** The minimiser of (z - w)**2/2 + penalty(w), by brute force on a fine grid between 0 and z. */
  function threshold(e: Expression, z: number): number {
    const n = 400_001;
    const w = Float64Array.from({ length: n }, (_, k) => (z * k) / (n - 1));
    const pen = e.eval({ w }) as Float64Array;
    let best = 0;
    for (let k = 1; k < n; k++) if ((z - w[k]!) ** 2 / 2 + pen[k]! < (z - w[best]!) ** 2 / 2 + pen[best]!) best = k;
    return w[best]!;
  }
  const zs = [-6, -3.2, -2.5, -1.7, -0.6, 0.6, 1.2, 1.9, 2.2, 3, 3.6, 4, 8];

  it("induces Fan & Li's thresholding rule (eq. 2.8, a = 3.7), and its fixed points satisfy w - z + scad'(w) = 0", () => {
    const a = 3.7;
    const rule = (z: number) =>
      Math.abs(z) <= 2 ? Math.sign(z) * Math.max(Math.abs(z) - 1, 0) : Math.abs(z) <= a ? ((a - 1) * z - Math.sign(z) * a) / (a - 2) : z;
    for (const z of zs) {
      const w = rule(z);
      expect(Math.abs(threshold(scad, z) - w), `z = ${z}`).toBeLessThan(2e-5 * Math.max(1, Math.abs(z)));
      if (w !== 0) expect(w - z + num(scad.gradient("w").eval(w)), `stationarity at z = ${z}`).toBeCloseTo(0, 13);
      else expect(Math.abs(z)).toBeLessThanOrEqual(1);
    }
  });

  it("induces Zhang's firm thresholding (gamma = 3), and its fixed points satisfy w - z + mcp'(w) = 0", () => {
    const rule = (z: number) => (Math.abs(z) <= 3 ? (Math.sign(z) * Math.max(Math.abs(z) - 1, 0)) / (1 - 1 / 3) : z);
    for (const z of zs) {
      const w = rule(z);
      expect(Math.abs(threshold(mcp, z) - w), `z = ${z}`).toBeLessThan(2e-5 * Math.max(1, Math.abs(z)));
      if (w !== 0) expect(w - z + num(mcp.gradient("w").eval(w)), `stationarity at z = ${z}`).toBeCloseTo(0, 13);
    }
  });
});

describe("vector forms beside Neurogebra's scalar stand-ins", () => {
  const rowValues = (x: unknown): number[] => Array.from(x as Float64Array);

  it("group_lasso_vector: Yuan & Lin's sqrt(group size)*||w||, Neurogebra's group_lasso times sqrt(2) for two weights", () => {
    const e = forge.get("group_lasso_vector", { params: { lambda_reg: 1 } });
    expect(rowValues(e.eval([3, 4]))[0]).toBeCloseTo(5 * Math.SQRT2, 14);
    expect(rowValues(e.eval([3, 4]))[0]! / num(forge.get("group_lasso", { params: { lambda_reg: 1 } }).eval({ w1: 3, w2: 4 }))).toBeCloseTo(Math.SQRT2, 15);
    expect(rowValues(e.eval([1, 1, 1, 1]))[0]).toBe(4);
    expect(rowValues(e.gradient("w").eval([0, 0, 0]))).toEqual([0, 0, 0]);
    expect(rowValues(e.gradient("w").eval([3, 4]))).toEqual([(Math.SQRT2 * 3) / 5, (Math.SQRT2 * 4) / 5]);
  });

  it("gradient_penalty_vector: lambda*(||g|| - 1)**2 of the gradient itself", () => {
    const e = forge.get("gradient_penalty_vector");
    const t = e.eval({ gradient: [[3, 4], [0.6, 0.8], [0, 0]] }) as Tensor;
    expect(Array.from(t.data)).toEqual([160, 0, 10]);
    expect(num(forge.get("gradient_penalty").eval({ grad_norm: 5 }))).toBe(160);
    expect(rowValues(e.gradient("gradient").eval([0, 0]))).toEqual([0, 0]);
    // 2*lambda*(||g|| - 1)*g/||g|| at g = (3, 4): 2*10*4*(0.6, 0.8).
    const d = rowValues(e.gradient("gradient").eval([3, 4]));
    expect(d[0]).toBeCloseTo(48, 12);
    expect(d[1]).toBeCloseTo(64, 12);
  });

  it("orthogonal_reg_vector: lambda*(w1 . w2)**2, zero for orthogonal vectors", () => {
    const e = forge.get("orthogonal_reg_vector", { params: { lambda_reg: 1 } });
    expect(rowValues(e.eval({ w1: [1, 2, 0], w2: [-2, 1, 5] }))).toEqual([0]);
    expect(rowValues(e.eval({ w1: [1, 2, 3], w2: [4, 5, 6] }))).toEqual([1024]);
    expect(rowValues(e.eval({ w1: [1.5], w2: [-2] }))[0]).toBe(num(forge.get("orthogonal_reg", { params: { lambda_reg: 1 } }).eval({ w1: 1.5, w2: -2 })));
    expect(rowValues(e.gradient("w1").eval({ w1: [1, 2, 3], w2: [4, 5, 6] }))).toEqual([256, 320, 384]);
  });

  it("label_smoothing_vector: PyTorch's mix with the number of classes taken from the row", () => {
    const e = forge.get("label_smoothing_vector");
    const oneHot = Array.from({ length: 10 }, (_, k) => (k === 3 ? 1 : 0));
    const smoothed = rowValues(e.eval(oneHot));
    const scalar = forge.get("label_smoothing");
    smoothed.forEach((s, k) => expect(s).toBe(num(scalar.eval({ y: oneHot[k]! }))));
    expect(smoothed.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    const four = rowValues(forge.get("label_smoothing_vector", { params: { epsilon_smooth: 0.2 } }).eval([0, 1, 0, 0]));
    [0.05, 0.85, 0.05, 0.05].forEach((want, k) => expect(four[k]).toBeCloseTo(want, 15));
  });

  it("max_norm_vector: max(0, ||w||**2 - c**2), Neurogebra's max_norm for one weight", () => {
    const e = forge.get("max_norm_vector");
    const t = e.eval({ w: [[1, 2, 2], [1, 2, 3]] }) as Tensor;
    expect(Array.from(t.data)).toEqual([0, 5]);
    expect(rowValues(e.eval([-4]))).toEqual([7]);
    expect(forge.get("max_norm").eval(-4)).toBe(7);
    // Inside the ball and on its boundary (a Max tie) the gradient is 0; outside it is 2*w.
    expect(rowValues(e.gradient("w").eval([1, 2, 2]))).toEqual([0, 0, 0]);
    expect(rowValues(e.gradient("w").eval([1, 2, 3]))).toEqual([2, 4, 6]);
  });

  it("total_variation_vector: the sum of Neurogebra's total_variation over neighbours, each end with one term", () => {
    const e = forge.get("total_variation_vector", { params: { lambda_reg: 1 } });
    const w = [1, 3, 2, 5, 5]; // steps +2, -1, +3, 0
    expect(rowValues(e.eval(w))).toEqual([6]);
    const pair = forge.get("total_variation", { params: { lambda_reg: 1 } });
    expect(w.slice(1).reduce((sum, v, k) => sum + num(pair.eval({ w_i: v, w_j: w[k]! })), 0)).toBe(6);
    // d/dw[k] = sign(w[k] - w[k-1]) - sign(w[k+1] - w[k]), with the missing neighbour's term absent at the ends.
    expect(rowValues(e.gradient("w").eval(w))).toEqual([-1, 1 + 1, -1 - 1, 1 - 0, 0]);
    expect(rowValues(e.eval([7]))).toEqual([0]);
    expect(rowValues(e.gradient("w").eval([7]))).toEqual([0]);
  });
});
