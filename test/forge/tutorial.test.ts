// The "Activation Functions" tutorial, step by step, exactly as docs/activations.md shows it.
import { describe, expect, it } from "vitest";
import { Expression, MathForge } from "../../src/index.js";

const forge = new MathForge();

describe("activation functions tutorial", () => {
  it("lists the catalog", () => {
    expect(forge.listAll({ category: "activation" }).slice(0, 7)).toEqual(["relu", "sigmoid", "tanh", "leaky_relu", "swish", "gelu", "softplus"]);
  });

  it("relu: formula, values, metadata", () => {
    const relu = forge.get("relu");
    expect(String(relu.symbolicExpr)).toBe("Max(0, x)");
    expect([relu.eval({ x: 5 }), relu.eval({ x: -3 }), relu.eval({ x: 0 })]).toEqual([5, 0, 0]);
    expect(relu.eval(5)).toBe(5);
    expect(relu.metadata.description).toBe("Rectified Linear Unit - outputs x if x > 0, else 0");
    expect(relu.metadata.pros).toEqual(["Fast computation", "No vanishing gradient for positive values"]);
    expect(relu.metadata.cons).toEqual(["Dead neurons for negative values", "Not zero-centered"]);
  });

  it("the other tutorial activations", () => {
    const v = (name: string, x: number, params?: Record<string, number>) => forge.get(name, params ? { params } : {}).eval({ x }) as number;
    // The numbers docs/activations.md shows, exactly (each within 2 ulps of the true value; the contract test
    // checks accuracy against the oracle).
    expect(v("sigmoid", 0)).toBe(0.5);
    expect(v("sigmoid", 10)).toBe(0.9999546021312976);
    expect(v("sigmoid", -10)).toBe(0.00004539786870243439);
    expect(v("tanh", 0)).toBe(0);
    expect(v("tanh", 5)).toBe(0.9999092042625951);
    expect(v("tanh", -5)).toBe(-0.9999092042625951);
    expect(v("leaky_relu", -5)).toBe(-0.05);
    expect(v("leaky_relu", -5, { alpha: 0.2 })).toBe(-1);
    expect(forge.get("leaky_relu").eval({ x: -5, alpha: 0.5 })).toBe(-2.5);
    expect(v("swish", 5)).toBe(4.966535745378576);
    expect(v("swish", -5)).toBe(-0.03346425462142428);
    expect(v("swish", 0)).toBe(0);
    expect(v("gelu", 1)).toBe(0.8411919906082768);
    expect(v("gelu", -1)).toBe(-0.15880800939172326);
    expect(v("softplus", 0)).toBe(0.6931471805599453);
    expect(v("softplus", 5)).toBe(5.006715348489118);
    expect(v("softplus", -5)).toBe(0.006715348489118068);
  });

  it("gradients are Expressions", () => {
    const grad = forge.get("sigmoid").gradient("x");
    expect(grad).toBeInstanceOf(Expression);
    expect(grad.name).toBe("d(sigmoid)/d(x)");
    expect(grad.eval({ x: 1 })).toBe(0.19661193324148185);
    expect(String(grad.symbolicExpr)).toBe("sigmoid(-x)*sigmoid(x)");
  });

  it("custom activations may call catalog entries", () => {
    const mine = new Expression("my_act", "x * sigmoid(2*x)");
    expect(mine.eval(1)).toBe(0.8807970779778824);
    expect(String(mine.gradient("x").symbolicExpr)).toBe("2*x*sigmoid(-2*x)*sigmoid(2*x) + sigmoid(2*x)");
    expect(mine.gradient("x").eval(1)).toBe(1.0907842487848955);
    expect(new Expression("r", "relu(x - 1)").eval(3)).toBe(2);
  });

  it("answers the exercises over every activation", () => {
    const all = forge.listAll({ category: "activation" });
    expect(all).toHaveLength(31);
    const at1 = all.map((name) => [name, forge.get(name).eval(1) as number] as const).sort((a, b) => b[1] - a[1]);
    expect(at1[0]).toEqual(["exponential", Math.E]);
    expect(at1[1]![1]).toBeLessThan(Math.E);
    const slopes = all.map((name) => [name, forge.get(name).gradient("x").eval(0) as number] as const).sort((a, b) => b[1] - a[1]);
    // selu'(0) is lambda*alpha (the x <= 0 branch, as in PyTorch), from the constants of the SELU paper.
    expect(slopes[0]![0]).toBe("selu");
    expect(slopes[0]![1]).toBeCloseTo(1.0507009873554805 * 1.6732632423543772, 15);
    expect(slopes[1]![1]).toBeLessThan(slopes[0]![1]);
  });

  it("prints the side-by-side table at x = 1", () => {
    const table = forge.compare(["relu", "sigmoid", "tanh", "leaky_relu", "swish", "gelu", "softplus"], { at: 1 });
    const rows = Object.fromEntries(table.split("\n").slice(2).map((line) => { const [n, v, g] = line.trim().split(/\s+/); return [n, [v, g]]; }));
    expect(rows).toEqual({
      relu: ["1.0000", "1.0000"],
      sigmoid: ["0.7311", "0.1966"],
      tanh: ["0.7616", "0.4200"],
      leaky_relu: ["1.0000", "1.0000"],
      swish: ["0.7311", "0.9277"],
      gelu: ["0.8412", "1.0830"],
      softplus: ["1.3133", "0.7311"],
    });
  });
});
