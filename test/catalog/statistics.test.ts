// The statistics catalog: Neurogebra's names, inputs and parameters, supports, exact ends, domains and the
// forge's search and compare. Accuracy against the high-precision oracle (values and every derivative, tails
// included) is in contract.test.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArgumentError, MathForge } from "../../src/index.js";

const forge = new MathForge();
/** Neurogebra 2.5.10's catalog as printed by SymPy (a copy of the reference the issue names). */
const reference = JSON.parse(readFileSync(new URL("../fixtures/neurogebra-catalog.json", import.meta.url), "utf8")) as {
  categories: Record<string, { name: string; formula: string; params: string[] }[]>;
};
const value = (name: string, args: Record<string, number>): number => forge.get(name).eval(args) as number;

describe("statistics catalog", () => {
  it("resolves every Neurogebra statistics name, as an entry or an alias, in the statistics category", () => {
    const names = reference.categories["statistics"]!.map((e) => e.name);
    expect(names).toHaveLength(35);
    const listed = new Set(forge.listAll({ category: "statistics" }));
    for (const name of names) {
      const e = forge.get(name);
      expect(e.metadata.category, name).toBe("statistics");
      expect(listed.has(e.name), `${name} resolves to ${e.name}`).toBe(true);
    }
    expect(forge.categories()).toContain("statistics");
  });

  it("separates inputs from parameters", () => {
    const normal = forge.get("normal_pdf");
    expect(normal.variables).toEqual(["x"]);
    expect(normal.params).toEqual({ mu: 0, sigma: 1 });
    expect(forge.get("uniform_pdf").variables).toEqual(["x"]);
    expect(forge.get("uniform_pdf").params).toEqual({ a: 0, b: 1 });
    expect(forge.get("pooled_variance").variables).toEqual(["s1", "s2"]);
    expect(forge.get("evidence_lower_bound").variables).toEqual(["log_likelihood", "kl_term"]);
  });

  it("gives uniform_pdf its support: 1/(b - a) on [a, b], 0 outside", () => {
    const u = (x: number) => value("uniform_pdf", { x, a: -1, b: 3 });
    expect([u(-1.5), u(-1), u(0), u(3), u(3.5)]).toEqual([0, 0.25, 0.25, 0.25, 0]);
  });

  it("normalizes beta_pdf and keeps Neurogebra's kernels beside the normalized densities", () => {
    // Beta(2, 3) at 0.5: 0.5 * 0.25 / B(2, 3) = 0.125 * 12.
    expect(value("beta_pdf", { x: 0.5 })).toBeCloseTo(1.5, 14);
    expect(value("chi_squared_kernel", { x: 2, k: 4 })).toBe(2 * Math.exp(-1));
    // chi2(4) at 2: x*exp(-x/2)/4.
    expect(value("chi_squared_pdf", { x: 2, k: 4 })).toBeCloseTo(Math.exp(-1) / 2, 15);
    expect(value("student_t_kernel", { x: 1, nu: 1 })).toBe(0.5);
    // t(1) is the Cauchy density.
    expect(value("student_t_pdf", { x: 1, nu: 1 })).toBeCloseTo(value("cauchy_pdf", { x: 1 }), 15);
  });

  it("is exact at the ends of binary_entropy without an epsilon (values from mpmath, 50 digits, with log1p so that 1 - p is not rounded)", () => {
    expect(value("binary_entropy", { p: 1e-300 })).toBe(6.917755278982137e-298);
    expect(value("binary_entropy", { p: 1 - 1e-16 })).toBe(4.189626486814324e-15);
    expect(value("binary_entropy", { p: 0 })).toBe(0);
    expect(value("binary_entropy", { p: 1 })).toBe(0);
  });

  it("rejects inputs and parameters outside their domains with an ArgumentError naming them", () => {
    expect(() => value("binary_entropy", { p: 1.5 })).toThrow(ArgumentError);
    expect(() => value("binary_entropy", { p: -0.1 })).toThrow(/p must be a probability/);
    expect(() => value("normal_pdf", { x: 0, sigma: 0 })).toThrow(/sigma must be a positive scale/);
    expect(() => value("normal_pdf", { x: 0, sigma: -1 })).toThrow(ArgumentError);
    expect(() => value("beta_pdf", { x: 1.2 })).toThrow(/x must be a probability/);
    expect(() => value("t_statistic", { x: 1, n: 0 })).toThrow(/n must be a sample size/);
  });

  it("finds entries by words and compares them within the category", () => {
    expect(forge.search("gaussian density").slice(0, 3)).toContain("normal_pdf");
    const heavy = forge.search("heavy tails");
    expect(heavy).toContain("student_t_pdf");
    expect(heavy).toContain("cauchy_pdf");
    const table = forge.compare(["normal_pdf", "laplace_pdf", "cauchy_pdf", "logistic_cdf"], { at: 0.5 });
    expect(table).toContain("cauchy_pdf");
    expect(forge.compareValues(["logistic_cdf"], 0)[0]).toEqual({ name: "logistic_cdf", value: 0.5, gradient: 0.25 });
  });
});
