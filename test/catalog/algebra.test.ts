// The algebra category: Neurogebra's names, how its colliding names resolve, inputs against parameters, and the
// forge API over the category. Accuracy against the high-precision oracle is in contract.test.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MathForge } from "../../src/index.js";

const forge = new MathForge();
const reference = JSON.parse(readFileSync(new URL("../fixtures/neurogebra-catalog.json", import.meta.url), "utf8")) as {
  categories: Record<string, { name: string; formula: string; params: string[] }[]>;
};
const neurogebra = reference.categories["algebra"]!;

/**
 * Neurogebra names that do not land in "algebra": the name was ours before (an activation, in Neurogebra's own
 * activations too), so the algebra curve has another name, documented in its conventions.
 */
const TAKEN: Record<string, { resolves: string; category: string; algebraName: string }> = {
  gaussian: { resolves: "gaussian", category: "activation", algebraName: "gaussian_curve" },
  logistic: { resolves: "sigmoid", category: "activation", algebraName: "logistic_curve" },
};

describe("algebra category", () => {
  it("holds one entry for each of Neurogebra's 48 algebra formulas", () => {
    expect(neurogebra.length).toBe(48);
    expect(forge.listAll({ category: "algebra" }).length).toBe(48);
    expect(forge.categories()).toContain("algebra");
  });

  it.each(neurogebra.map((e) => [e.name, e] as const))("resolves Neurogebra's %s", (name, ng) => {
    const taken = TAKEN[name];
    const e = forge.get(taken?.algebraName ?? name);
    expect(e.metadata.category).toBe("algebra");
    if (taken !== undefined) {
      expect(forge.get(name).metadata.category).toBe(taken.category);
      expect(forge.get(name).name).toBe(taken.resolves);
      expect(e.metadata.conventions?.join(" ")).toContain(`forge.get("${name}")`);
    }
    // Every Neurogebra parameter is a parameter here (epsilons removed) or an input (t; the kernels' y).
    const known = [...e.variables, ...Object.keys(e.params)];
    for (const p of ng.params.filter((p) => p !== "epsilon")) expect(known, `${name}: ${p}`).toContain(p);
    expect(Object.keys(e.params)).not.toContain("epsilon");
  });

  it("separates inputs from parameters", () => {
    for (const k of ["rbf_kernel", "polynomial_kernel", "laplacian_kernel", "rational_quadratic_kernel", "matern_12_kernel", "matern_32_kernel", "periodic_kernel"]) {
      expect(forge.get(k).variables).toEqual(["x", "y"]);
    }
    for (const k of ["lerp", "smoothstep", "smootherstep"]) expect(forge.get(k).variables).toEqual(["t"]);
    expect(forge.get("lerp").eval({ t: 0.25 })).toBe(0.25);
    expect(forge.get("lerp", { params: { a_val: 2, b_val: 4 } }).eval({ t: 0.5 })).toBe(3);
    expect(forge.get("gaussian_curve").variables).toEqual(["x"]);
    expect(forge.get("gaussian_curve").params).toEqual({ A: 1, mu: 0, sigma: 1 });
  });

  it("evaluates where Neurogebra's forms fail or add epsilons", () => {
    // student_t: Neurogebra's gamma_func is undefined; at nu = 1 it is the Cauchy density.
    expect(forge.get("student_t").eval(0)).toBeCloseTo(1 / Math.PI, 15);
    expect(forge.get("inverse_square").eval(0)).toBe(Infinity);
    expect(forge.get("inverse_square").eval(2)).toBe(0.25);
    expect(forge.get("logarithmic").eval(0)).toBe(-Infinity);
    expect(forge.get("square_root").eval(-4)).toBe(2);
    // Stable forms: no overflow where exp(b*x) or x**n overflows.
    expect(forge.get("log_linear").eval(1000)).toBe(1000);
    expect(forge.get("logistic_curve").eval(-800)).toBe(0);
    expect(forge.get("richards_curve", { params: { nu: 2 } }).eval(-1000)).toBe(Math.exp(-500));
    expect(forge.get("hill_equation").eval(1e300)).toBe(1);
    expect(forge.get("michaelis_menten").eval(Infinity)).toBe(1);
    // mpmath.ncdf(-30); Neurogebra's 0.5*erf(x/sqrt(2)) + 0.5 gives 0.
    expect(Math.abs((forge.get("standard_normal_cdf").eval(-30) as number) / 4.906713927148187e-198 - 1)).toBeLessThan(1e-12);
    expect(forge.get("probit").name).toBe("standard_normal_cdf");
    expect(forge.get("heaviside").eval(0)).toBe(1);
  });

  it("is found by search and compared within the category", () => {
    const heavy = forge.search("heavy tails");
    for (const n of ["cauchy_distribution", "student_t", "lorentzian"]) expect(heavy.slice(0, 8)).toContain(n);
    expect(forge.search("gaussian")).toEqual(expect.arrayContaining(["gaussian", "gaussian_curve", "rbf_kernel"]));
    const table = forge.compare(["logistic_curve", "gompertz", "richards_curve"], { at: 0.5 });
    expect(table).toContain("gompertz");
    expect(forge.compareValues(["ramp", "absolute_value"], -2)).toEqual([
      { name: "ramp", value: 0, gradient: 0 },
      { name: "absolute_value", value: 2, gradient: -1 },
    ]);
  });
});
