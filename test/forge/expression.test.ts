import { describe, expect, it } from "vitest";
import { ArgumentError, Expression, MathForge, ParseError, UnknownNameError } from "../../src/index.js";

const forge = new MathForge();

describe("Expression", () => {
  it("exposes name, formula, variables, params and LaTeX", () => {
    const e = new Expression("scaled", "alpha*x*y + beta", { params: { alpha: 2, beta: 1 }, trainableParams: ["alpha"] });
    expect(e.variables).toEqual(["x", "y"]);
    expect(e.params).toEqual({ alpha: 2, beta: 1 });
    expect(e.trainableParams).toEqual(["alpha"]);
    expect(e.toString()).toBe("alpha*x*y + beta");
    expect(e.latex).toBe("\\alpha x y + \\beta");
    expect(`${e}`).toBe("alpha*x*y + beta");
  });

  it("evaluates numbers, arrays and parameter overrides", () => {
    const e = new Expression("f", "alpha*x + y", { params: { alpha: 2 } });
    expect(e.eval({ x: 1, y: 3 })).toBe(5);
    expect(e.eval({ x: 1, y: 3, alpha: 10 })).toBe(13);
    expect([...(e.eval({ x: [1, 2], y: 1 }) as Float64Array)]).toEqual([3, 5]);
    expect([...(e.eval({ x: new Float64Array([1, 2]), y: [0, 1] }) as Float64Array)]).toEqual([2, 5]);
  });

  it("names what is wrong with eval's arguments", () => {
    const e = new Expression("f", "x*y");
    expect(() => e.eval({ x: 1 })).toThrow(/Missing input 'y' for f \(inputs: x, y\)/);
    expect(() => e.eval({ x: 1, y: 2, z: 3 })).toThrow(UnknownNameError);
    expect(() => e.eval({ x: 1, yy: 2 } as never)).toThrow(/Unknown input 'yy'. Did you mean: y/);
    expect(() => e.eval(3)).toThrow(/f has 2 inputs \(x, y\)/);
    expect(() => e.eval({ x: [1, 2], y: [1, 2, 3] })).toThrow(/equal lengths \(x: 2, y: 3\)/);
    expect(() => e.eval({ x: "1" as never, y: 2 })).toThrow(/must be a number or an array/);
    expect(() => e.eval({ x: 1, y: 2 }, { reduction: "median" as never })).toThrow(/Unknown reduction 'median'/);
    expect(() => new Expression("f", "x*", {})).toThrow(ParseError);
  });

  it("differentiates with respect to inputs and parameters", () => {
    const leaky = forge.get("leaky_relu");
    expect(leaky.gradient("x").name).toBe("d(leaky_relu)/d(x)");
    expect(leaky.gradient("x").eval(-2)).toBe(0.01);
    expect(leaky.gradient("alpha").eval(-2)).toBe(-2);
    expect(leaky.gradient("alpha").eval(2)).toBe(0);
  });

  it("differentiates to 0 with respect to a name the formula does not use, which becomes an input", () => {
    const d = new Expression("c", "5").gradient("x");
    expect(d.toString()).toBe("0");
    expect(d.variables).toEqual(["x"]);
    expect(d.eval(2)).toBe(0);
    expect([...(d.eval({ x: [1, 2, 3] }) as Float64Array)]).toEqual([0, 0, 0]);
    const dz = forge.get("leaky_relu").gradient("z");
    expect(dz.variables).toEqual(["x", "z"]);
    expect(dz.eval({ x: -2, z: 1 })).toBe(0);
    for (const bad of ["2x", "x y", "", "d/dx"]) expect(() => forge.get("relu").gradient(bad)).toThrow(ArgumentError);
    expect(() => forge.get("relu").gradient(null as never)).toThrow(/variable of relu.gradient must be a name.*got null/);
    expect(() => forge.get("relu").gradient("pi")).toThrow(/pi is a constant/);
  });

  it("composes on the input and combines with arithmetic, merging parameters", () => {
    const relu = forge.get("relu");
    const shifted = relu.compose(new Expression("shift", "x - 1"));
    expect(shifted.toString()).toBe("Max(0, x - 1)");
    expect(shifted.eval(3)).toBe(2);
    expect(() => forge.get("leaky_relu").add(forge.get("prelu"))).toThrow(/'alpha' is 0.01 in leaky_relu but 0.25/);
    const sum = forge.get("sigmoid").add(forge.get("tanh")).sub(1).div(2).pow(2).neg();
    expect(sum.eval(0)).toBeCloseTo(-0.0625, 15);
    const withParams = forge.get("elu").mul(forge.get("relu"));
    expect(withParams.params).toEqual({ alpha: 1 });
    expect(forge.get("prelu").add(1).trainableParams).toEqual(["alpha"]);
  });

  it("simplifies, expands and explains at three levels", () => {
    expect(new Expression("p", "(x + 1)**2").expand().toString()).toBe("x**2 + 2*x + 1");
    expect(new Expression("p", "sin(x)**2 + cos(x)**2").simplify().toString()).toBe("1");
    const relu = forge.get("relu");
    const beginner = relu.explain("beginner");
    const intermediate = relu.explain("intermediate");
    const advanced = relu.explain("advanced");
    expect(beginner).toContain("Rectified Linear Unit");
    expect(beginner).not.toContain("Pros");
    expect(intermediate).toContain("Pros: Fast computation");
    expect(intermediate).not.toContain("d/dx");
    expect(advanced).toContain("d/dx: Heaviside(x, 0)");
    expect(() => relu.explain("expert" as never)).toThrow(/beginner, intermediate, advanced/);
  });

  it("owns deep copies of metadata and parameters", () => {
    const a = forge.get("relu");
    (a.metadata.pros as string[]).push("changed");
    expect(() => {
      (a.params as Record<string, number>).extra = 1;
    }).toThrow(TypeError);
    expect(forge.get("relu").metadata.pros).toEqual(["Fast computation", "No vanishing gradient for positive values"]);
    expect(forge.get("relu").params).toEqual({});
  });

  it("compiles to the raw fast function", () => {
    const f = forge.get("leaky_relu").compile();
    expect(f(-5, 0.01)).toBeCloseTo(-0.05, 15);
    const out = new Float64Array(3);
    f.map([new Float64Array([-1, 0, 1])], [0.1], out);
    expect([...out]).toEqual([-0.1, 0, 1]);
  });

  // gradient() simplifies: d/dp log1pmx((p - q)/q) becomes -1/q + 1/p, and log1p's argument p/q - 1, both of
  // which cancel near p = q; the compiler's stability rewrites restore exact forms. Points p = q*(1 + 1e-10)
  // rounded to a double; values by mpmath at 50 digits from the exact doubles (mp.dps = 50,
  // float((Q - P)/(P*Q)) and float(1/P) with P = mpf(p), Q = mpf(q)). The plain -1/q + 1/p is off by 1e-10
  // and 4e-7 at the first two.
  it.each([
    [3.0000000003, 3, -3.333333608801237e-11, 0.3333333333],
    [-0.00250000000025, -0.0025, 4.000001718340264e-8, -399.99999995999997],
    [1.0000000001e300, 1e300, -9.999995396315e-311, 9.999999999e-301],
  ])("compiles gradients through (p - q)/q to 1e-12 near p = q (p = %s, q = %s)", (p, q, dLog1pmx, dLog1p) => {
    const close = (got: number, want: number) => expect(Math.abs(got - want), `${got} vs ${want}`).toBeLessThanOrEqual(1e-12 * Math.abs(want) + 1e-320);
    close(new Expression("a", "log1pmx((p - q)/q)").gradient("p").compile()(p, q), dLog1pmx);
    close(new Expression("b", "log1p((p - q)/q)").gradient("p").compile()(p, q), dLog1p);
  });
});

describe("MathForge", () => {
  it("lists, categorises and finds entries", () => {
    expect(forge.categories()).toEqual(["activation", "loss", "algebra", "statistics", "calculus", "linalg", "transform", "regularizer", "optimization", "metric"]);
    expect(forge.listAll().length).toBe(forge.categories().reduce((sum, c) => sum + forge.listAll({ category: c }).length, 0));
    expect(forge.has("silu")).toBe(true);
    expect(forge.get("silu").name).toBe("swish");
    expect(forge.search("relu")[0]).toBe("relu");
    expect(forge.search("silu")[0]).toBe("swish");
    expect(forge.search("gate")).toContain("sigmoid");
    expect(() => forge.listAll({ category: "activations" })).toThrow(/Did you mean: activation/);
  });

  it("suggests names and rejects unknown parameters", () => {
    expect(() => forge.get("rellu")).toThrow(/Unknown formula 'rellu'. Did you mean: relu.*leaky_relu|Did you mean: relu/);
    expect(() => forge.get("leaky_relu", { params: { alpah: 0.1 } })).toThrow(/Unknown parameter 'alpah'. Did you mean: alpha/);
    expect(forge.get("elu", { trainable: true }).trainableParams).toEqual(["alpha"]);
  });

  it("defines and registers formulas usable in later formulas of the same forge only", () => {
    const mine = new MathForge();
    mine.define("my_act", "x*sigmoid(2*x)");
    expect(mine.get("my_act").eval(1)).toBeCloseTo(0.8807970779778823, 15);
    expect(mine.define("twice", "2*my_act(x)").eval(1)).toBeCloseTo(1.7615941559557646, 15);
    expect(() => new MathForge().define("t", "my_act(x)")).toThrow(UnknownNameError);
    expect(() => mine.define("relu", "x")).toThrow(/already in this forge/);
    mine.register("cube", new Expression("c", "x**3"));
    expect(mine.get("cube").eval(2)).toBe(8);
    expect(mine.listAll({ category: "custom" })).toEqual(["my_act", "twice", "cube"]);
    expect(() => mine.register("bad name", new Expression("c", "x"))).toThrow(ArgumentError);
  });

  it("refuses names that would shadow an entry, an alias, a function, a constant or an input", () => {
    const mine = new MathForge();
    const refused: [string, RegExp][] = [
      ["relu", /'relu' is already in this forge; choose another name/],
      ["silu", /'silu' is already in this forge \(an alias of swish\)/],
      ["log1p", /'log1p' is a function of the engine/],
      ["Max", /'Max' is a function of the engine/],
      ["pi", /'pi' has a meaning of its own in formulas/],
      ["oo", /'oo' has a meaning of its own in formulas/],
      ["True", /'True' has a meaning of its own in formulas/],
      ["Piecewise", /'Piecewise' has a meaning of its own in formulas/],
      ["Rational", /'Rational' has a meaning of its own in formulas/],
      ["Eq", /'Eq' has a meaning of its own in formulas/],
      ["x", /'x' is an input of relu, sigmoid, tanh, \.\.\.; a formula of that name would change what x means in compose/],
      ["y_true", /'y_true' is an input of mse/],
    ];
    for (const [name, message] of refused) {
      expect(() => mine.define(name, "2*z"), name).toThrow(ArgumentError);
      expect(() => mine.define(name, "2*z"), name).toThrow(message);
      expect(() => mine.register(name, new Expression("e", "2*z")), name).toThrow(message);
    }
    mine.define("scale", "3*u");
    expect(() => mine.define("u", "1")).toThrow(/'u' is an input of scale/);
    expect(() => mine.define("g", "relu + 1")).toThrow(/g takes an input named 'relu', which is a formula of this forge: call it/);
    expect(mine.listAll({ category: "custom" })).toEqual(["scale"]);
  });

  it("compose: bare entry names stand for their formulas, every other name is an input", () => {
    const mine = new MathForge();
    mine.define("bump", "exp(-t**2)");
    const e = mine.compose("relu(x) + x + 2*bump");
    expect(e.toString()).toBe("x + Max(0, x) + 2*exp(-t**2)");
    expect(e.variables).toEqual(["t", "x"]);
    expect(e.eval({ t: 0, x: 1 })).toBe(4);
  });

  it("composes formulas over entry names", () => {
    const loss = forge.compose("mse + 0.1*mae");
    expect(loss.eval({ y_pred: 3, y_true: 5 })).toBeCloseTo(4.2, 14);
    expect(loss.variables).toEqual(["y_pred", "y_true"]);
  });
});
