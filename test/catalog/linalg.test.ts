// The linalg category: Neurogebra's 24 names beside our vector forms, how the colliding name resolves, inputs
// against parameters, the stable two-logit scores, and values against NumPy and SciPy on fixed examples.
// Accuracy against the high-precision oracle is in contract.test.ts (elementwise) and vector-contract.test.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArgumentError, MathForge } from "../../src/index.js";

const forge = new MathForge();
const reference = JSON.parse(readFileSync(new URL("../fixtures/neurogebra-catalog.json", import.meta.url), "utf8")) as {
  categories: Record<string, { name: string; formula: string; params: string[] }[]>;
};
const neurogebra = reference.categories["linalg"]!;
const value = (name: string, args: Record<string, number>, params?: Record<string, number>): number => forge.get(name, params ? { params } : undefined).eval(args) as number;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** The value of a formula along the last axis for one row. */
const vec = (name: string, args: Record<string, number[]>): number => (forge.get(name).eval(args) as Float64Array)[0]!;

/**
 * Neurogebra names already taken by our vector form, which keeps the name (what PyTorch means by it); Neurogebra's
 * scalar stand-in has its own name, stated in both entries' conventions.
 */
const TAKEN: Record<string, { standIn: string }> = {
  cosine_similarity: { standIn: "cosine_similarity_from_norms" },
};

describe("linalg category", () => {
  it("holds one entry for each of Neurogebra's 24 linalg formulas", () => {
    expect(neurogebra.length).toBe(24);
    const listed = new Set(forge.listAll({ category: "linalg" }));
    for (const { name } of neurogebra) expect(listed.has(TAKEN[name]?.standIn ?? name), name).toBe(true);
  });

  it.each(neurogebra.map((e) => [e.name, e] as const))("resolves Neurogebra's %s", (name, ng) => {
    const taken = TAKEN[name];
    const e = forge.get(taken?.standIn ?? name);
    expect(e.metadata.category).toBe("linalg");
    if (taken !== undefined) {
      const vector = forge.get(name);
      expect(vector.name).toBe(name);
      expect(vector.metadata.category).toBe("linalg");
      expect(vector.output).not.toBe("elementwise");
      expect(vector.metadata.conventions?.join(" ")).toContain(taken.standIn);
      expect(e.metadata.conventions?.join(" ")).toContain(`forge.get("${name}")`);
    }
    // Every Neurogebra parameter is an input or a parameter here; no epsilon that only dodges a division by zero.
    const known = [...e.variables, ...Object.keys(e.params)];
    for (const p of ng.params) expect(known, `${name}: ${p}`).toContain(p);
    expect(e.symbolicExpr.toString()).not.toMatch(/1\.0e-8|1e-08|1e-8/);
  });

  it("separates inputs from parameters", () => {
    expect(forge.get("cosine_similarity_from_norms").variables).toEqual(["dot_xy", "norm_x", "norm_y"]);
    expect(forge.get("scaled_dot_product").variables).toEqual(["dot_qk"]);
    expect(forge.get("scaled_dot_product").params).toEqual({ d_k: 64 });
    expect(forge.get("layer_norm_elem").variables).toEqual(["x"]);
    expect(forge.get("layer_norm_elem").trainableParams).toEqual(["gamma_ln", "beta_ln"]);
    expect(forge.get("batch_norm_elem").params).toEqual({ mu_batch: 0, var_batch: 1, gamma_bn: 1, beta_bn: 0, epsilon: 1e-5 });
    expect(forge.get("determinant_2x2").variables).toEqual(["a", "b", "c", "d"]);
  });

  it("gives the two-logit scores without Neurogebra's 1e-8, exact for logits of ±1000", () => {
    // torch.softmax(torch.tensor([1., 2.], dtype=torch.float64), 0)[0] = 1/(1 + e) (mpmath: 0.26894142136999512075).
    expect(value("softmax_score", { x: 1, y: 2 })).toBe(0.2689414213699951);
    expect(value("log_softmax_score", { x: 1, y: 2 })).toBe(-1.3132616875182228);
    expect(value("softmax_score", { x: 1000, y: -1000 })).toBe(1);
    expect(value("softmax_score", { x: -1000, y: 1000 })).toBe(0);
    expect(value("softmax_score", { x: 1000, y: 1000 })).toBe(0.5);
    expect(value("softmax_score", { x: -20, y: -20 })).toBe(0.5);
    expect(value("log_softmax_score", { x: -1000, y: 1000 })).toBe(-2000);
    expect(value("log_softmax_score", { x: 1000, y: 1000 })).toBe(-Math.LN2);
    expect(value("log_softmax_score", { x: 1000, y: -1000 })).toBe(-0);
    // d/dx log_softmax_score = 1 - softmax_score.
    expect(forge.get("log_softmax_score").gradient("x").eval({ x: -1000, y: 1000 })).toBe(1);
    expect(forge.get("softmax_score").gradient("y").eval({ x: 1000, y: 1000 })).toBe(-0.25);
  });

  it("matches NumPy's 2x2 determinant, trace and eigenvalues", () => {
    const m = { a: 1.5, b: -2, c: 0.75, d: 3 };
    // numpy.linalg.det([[1.5, -2.0], [0.75, 3.0]]) = 6.0; numpy.trace = 4.5.
    expect(value("determinant_2x2", m)).toBe(6);
    expect(value("trace_2x2", { a: m.a, d: m.d })).toBe(4.5);
    // max(numpy.linalg.eigvals([[1.0, 2.0], [3.0, 4.0]])) = 5.372281323269014; of [[-4, 1], [2, -3]]: -2.0.
    expect(value("eigenvalue_2x2", { a: 1, b: 2, c: 3, d: 4 })).toBe(5.372281323269014);
    expect(value("eigenvalue_2x2", { a: -4, b: 1, c: 2, d: -3 })).toBe(-2);
    // Where a + d < 0 the root would cancel: max(numpy.linalg.eigvals([[-1e10, 0.3], [0.3, 0.3]])) = 0.300000000009.
    expect(value("eigenvalue_2x2", { a: -1e10, b: 0.3, c: 0.3, d: 0.3 })).toBe(0.300000000009);
    // Complex eigenvalues (rotation by 90 degrees): NaN, as documented.
    expect(value("eigenvalue_2x2", { a: 0, b: -1, c: 1, d: 0 })).toBeNaN();
  });

  it("sums its per-element terms to SciPy's distances", () => {
    const u = [1.5, -2, 0, 3.25];
    const v = [0.5, 1, 0, -4];
    const terms = (name: string, params?: Record<string, number>) => u.map((x, k) => value(name, { x, y: v[k]! }, params));
    // scipy.spatial.distance.canberra(u, v) = 2.5 (the 0/0 term is 0, as here).
    expect(sum(terms("canberra_dist_elem"))).toBe(2.5);
    // scipy.spatial.distance.minkowski(u, v, 3) = 7.423386718843285; with p = 1.5: 8.71266648869197.
    expect(sum(terms("minkowski_dist_elem")) ** (1 / 3)).toBeCloseTo(7.423386718843285, 14);
    expect(sum(terms("minkowski_dist_elem", { p: 1.5 })) ** (1 / 1.5)).toBeCloseTo(8.71266648869197, 14);
    expect(sum(terms("manhattan_dist_elem"))).toBe(11.25);
    expect(Math.sqrt(sum(terms("euclidean_dist_elem")))).toBe(vec("euclidean_distance", { x: u, y: v }));
    // scipy.spatial.distance.chebyshev([1.5, -2.0], [0.5, 1.0]) = 3.0: the points (x, a) and (y, b).
    expect(value("chebyshev_dist", { x: 1.5, a: -2, b: 1, y: 0.5 })).toBe(3);
    // scipy.spatial.distance.mahalanobis([3.0], [0.5], [[1/2.5**2]]) = 1.0.
    expect(value("mahalanobis_1d", { x: 3 }, { mu: 0.5, sigma: 2.5 })).toBe(1);
  });

  it("gives SciPy's distances along the last axis (minkowski, canberra, and mahalanobis with a diagonal covariance)", () => {
    const u = [1.5, -2, 0, 3.25];
    const v = [0.5, 1, 0, -4];
    expect(vec("canberra_distance", { x: u, y: v })).toBe(2.5);
    expect(vec("minkowski_distance", { x: u, y: v })).toBe(7.423386718843285);
    expect((forge.get("minkowski_distance", { params: { p: 1.5 } }).eval({ x: u, y: v }) as Float64Array)[0]).toBe(8.71266648869197);
    // scipy.spatial.distance.seuclidean(u, v, [0.5, 2.0, 1.0, 4.0]) = 4.431774475308959, i.e. mahalanobis with VI = diag(1/V).
    expect(vec("mahalanobis", { x: u, y: v, variance: [0.5, 2, 1, 4] })).toBe(4.431774475308959);
    // scipy.spatial.distance.chebyshev(u, v) = 7.25; the gradient goes to the element of the maximum.
    expect(vec("chebyshev_distance", { x: u, y: v })).toBe(7.25);
    expect(forge.get("chebyshev_distance").gradient("x").eval({ x: u, y: v })).toEqual(Float64Array.from([0, -0, 0, 1]));
    expect(forge.get("linf_distance").name).toBe("chebyshev_distance");
    expect(forge.get("mahalanobis").gradient("x").eval({ x: u, y: u, variance: [0.5, 2, 1, 4] })).toEqual(new Float64Array(4));
    expect(() => forge.get("mahalanobis").eval({ x: u, y: v, variance: [0.5, -2, 1, 4] })).toThrow(/variance must be a positive variance/);
    expect(() => forge.get("minkowski_distance", { params: { p: 0.5 } }).eval({ x: u, y: v })).toThrow(ArgumentError);
    // Batches: one distance per row.
    expect(forge.get("canberra_distance").eval({ x: [u, v], y: [v, v] })).toEqual(expect.objectContaining({ shape: [2] }));
  });

  it("treats canberra's 0/0 as SciPy does and without an epsilon elsewhere", () => {
    expect(value("canberra_dist_elem", { x: 0, y: 0 })).toBe(0);
    expect(value("canberra_dist_elem", { x: 1e-8, y: 0 })).toBe(1);
    expect(value("canberra_dist_elem", { x: -3, y: 5 })).toBe(1);
    expect(value("canberra_dist_elem", { x: 3, y: 5 })).toBe(0.25);
    expect(forge.get("canberra_dist_elem").gradient("x").eval({ x: -1000, y: 0.3 })).toBe(0);
  });

  it("agrees with the vector forms it stands in for", () => {
    const x = [0.5, -1, 2, 3.5];
    const y = [1, 0.25, -2, 0.75];
    const cos = vec("cosine_similarity", { x, y });
    const fromNorms = value("cosine_similarity_from_norms", { dot_xy: vec("dot", { x, y }), norm_x: vec("l2_norm", { x }), norm_y: vec("l2_norm", { x: y }) });
    expect(Math.abs(fromNorms - cos)).toBeLessThan(1e-15);
    expect(sum(x.map((t, k) => value("dot_product_elem", { x: t, y: y[k]! })))).toBe(vec("dot", { x, y }));
    expect(Math.sqrt(sum(x.map((t) => value("frobenius_elem", { x: t }))))).toBe(vec("l2_norm", { x }));
    // layer_norm_elem with the row's mean and sigma = sqrt(var + 1e-5) is PyTorch's layer_norm, i.e. ours:
    // numpy: mean 1.25, biased var 2.8125, (3.5 - 1.25)/sqrt(2.8125 + 1e-5) = 1.3416384013670581.
    const row = (forge.get("layer_norm").eval({ x }) as Float64Array);
    expect(row[3]).toBeCloseTo(1.3416384013670581, 15);
    expect(value("layer_norm_elem", { x: 3.5 }, { mu: 1.25, sigma: Math.sqrt(2.8125 + 1e-5) })).toBeCloseTo(1.3416384013670581, 15);
    // numpy: 1.5*(2.0 - 0.25)/np.sqrt(0.8 + 1e-5) - 0.1 = 2.8348208778953072 (torch.nn.functional.batch_norm's formula).
    expect(value("batch_norm_elem", { x: 2 }, { mu_batch: 0.25, var_batch: 0.8, gamma_bn: 1.5, beta_bn: -0.1, epsilon: 1e-5 })).toBeCloseTo(2.8348208778953072, 15);
    expect(value("scaled_dot_product", { dot_qk: 16 })).toBe(2);
    expect(value("vector_projection_scalar", { dot_ab: 6, norm_b: 2 })).toBe(1.5);
    expect(value("orthogonal_residual_elem", { a: 3, b: 2 }, { proj_coeff: 1.5 })).toBe(0);
  });

  it("rejects norms and scales outside their domains with an ArgumentError naming them", () => {
    expect(() => value("cosine_similarity_from_norms", { dot_xy: 0, norm_x: 0, norm_y: 1 })).toThrow(ArgumentError);
    expect(() => value("cosine_similarity_from_norms", { dot_xy: 0, norm_x: 1, norm_y: -1 })).toThrow(/norm_y must be a positive norm/);
    expect(() => value("vector_projection_scalar", { dot_ab: 1, norm_b: 0 })).toThrow(/norm_b must be a positive norm/);
    expect(() => value("layer_norm_elem", { x: 1 }, { sigma: 0 })).toThrow(/sigma must be a positive standard deviation/);
    expect(() => value("batch_norm_elem", { x: 1 }, { var_batch: -1 })).toThrow(/var_batch must be a non-negative variance/);
    expect(() => value("lp_norm_elem", { x: 1 }, { p: -2 })).toThrow(/p must be a positive exponent/);
  });

  it("is found by search", () => {
    expect(forge.search("determinant")).toContain("determinant_2x2");
    expect(forge.search("attention").slice(0, 8)).toContain("scaled_dot_product");
  });
});
