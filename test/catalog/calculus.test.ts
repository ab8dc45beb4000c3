// The calculus category against Neurogebra's list (test/fixtures/neurogebra-catalog.json, a copy of its
// catalog's names and formulas): every name resolves, inputs and parameters are separated, and the names it
// shares with the engine's functions leave formulas alone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MathForge } from "../../src/index.js";

const reference = JSON.parse(readFileSync(new URL("../fixtures/neurogebra-catalog.json", import.meta.url), "utf8")) as {
  categories: Record<string, { name: string; formula: string; params: string[] }[]>;
};
const neurogebraNames = reference.categories.calculus!.map((e) => e.name);
const forge = new MathForge();

describe("calculus", () => {
  it("resolves every one of Neurogebra's 48 calculus names to a calculus entry", () => {
    expect(neurogebraNames).toHaveLength(48);
    for (const name of neurogebraNames) expect(forge.get(name).metadata.category, name).toBe("calculus");
    expect(forge.listAll({ category: "calculus" })).toHaveLength(48);
    expect(forge.categories()).toContain("calculus");
  });

  it("gives Neurogebra's poor names as aliases of better ones, without taking another category's name", () => {
    expect(forge.get("tanh_func").name).toBe("hyperbolic_tangent");
    expect(forge.get("gamma_func").name).toBe("gamma_function");
    expect(forge.get("beta_func").name).toBe("beta_function");
    expect(forge.get("abs_val").name).toBe("abs");
    expect(forge.get("tanh").metadata.category).toBe("activation");
  });

  it("leaves calls of the engine's functions to the engine: sinc(x) in a formula is SymPy's, forge.get('sinc') Neurogebra's", () => {
    expect(forge.get("sinc").eval(0.5)).toBe(2 / Math.PI);
    const local = new MathForge();
    expect(local.define("f", "sinc(x)").eval(0.5)).toBe(Math.sin(0.5) / 0.5);
    expect(local.define("g", "exp(2*x) + erf(x) + sqrt(x)").eval(1)).toBe(Math.exp(2) + (forge.get("erf").eval(1) as number) + 1);
  });

  it("separates inputs from parameters", () => {
    const shape = (name: string) => [forge.get(name).variables, Object.keys(forge.get(name).params)];
    expect(shape("arctan2")).toEqual([["y", "x"], []]);
    expect(shape("laplace_kernel")).toEqual([["s", "t"], []]);
    expect(shape("gradient_descent_step")).toEqual([["w", "gradient"], ["lr"]]);
    expect(shape("finite_difference")).toEqual([["f_plus", "f_minus"], ["h"]]);
    expect(shape("beta_func")).toEqual([["a", "b"], []]);
    expect(forge.get("arctan2").eval({ y: 1, x: -1 })).toBe((3 * Math.PI) / 4);
  });

  it("has the exact quotient rule, without Neurogebra's epsilon", () => {
    expect(Object.keys(forge.get("quotient_rule").params)).toEqual([]);
    expect(forge.get("quotient_rule").eval({ f_val: 1, g_val: 2, df_dx: 3, dg_dx: 4 })).toBe(0.5);
  });

  it("is found by words and compared within the category", () => {
    expect(forge.search("inverse hyperbolic").slice(0, 4)).toEqual(expect.arrayContaining(["arccosh", "arcsinh", "arctanh"]));
    expect(forge.search("taylor polynomial").slice(0, 5).sort()).toEqual(["taylor_arctan", "taylor_cos", "taylor_exp", "taylor_ln1px", "taylor_sin"]);
    const rows = forge.compareValues(["sin", "cos", "sech"], 0);
    expect(rows.map((r) => [r.value, r.gradient])).toEqual([[0, 1], [1, -0], [1, -0]]);
  });
});
