// User-supplied names and values that JavaScript objects treat specially, and arguments of the wrong type:
// the forge answers with ordinary results or typed errors, never a raw TypeError or a silent default.
import { describe, expect, it } from "vitest";
import { Expression, MathForge, NeurogebraError, UnknownNameError, add, mul, num, sym } from "../../src/index.js";

/** Every name Object.prototype has: constructor, toString, valueOf, __proto__, hasOwnProperty, __defineGetter__, ... */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);
const forge = new MathForge();

describe("Object.prototype names are ordinary names", () => {
  it("covers the full list", () => {
    expect(PROTO_NAMES).toEqual(expect.arrayContaining(["constructor", "toString", "valueOf", "__proto__", "hasOwnProperty", "isPrototypeOf", "__defineGetter__"]));
  });

  it.each(PROTO_NAMES)("%s as an input: evaluated, differentiated, combined", (name) => {
    const e = new Expression("e", add(mul(num(2), sym(name)), sym("x")));
    expect(e.variables).toEqual([name, "x"].sort());
    expect(e.eval({ [name]: 3, x: 1 })).toBe(7);
    expect(e.eval(Object.fromEntries([[name, [1, 2]], ["x", 0]]))).toEqual(Float64Array.of(2, 4));
    expect(e.gradient(name).eval({ [name]: 3, x: 1 })).toBe(2);
    expect(e.add(e).eval({ [name]: 1, x: 1 })).toBe(6);
    expect(forge.get("relu").compose(e).eval({ [name]: -1, x: 1 })).toBe(0);
  });

  it.each(PROTO_NAMES)("%s as a parameter: defaults, overrides, trainable, merging", (name) => {
    const params = Object.fromEntries([[name, 2]]);
    const e = new Expression("e", mul(sym(name), sym("x")), { params, trainableParams: [name] });
    expect(Object.keys(e.params)).toEqual([name]);
    expect(e.variables).toEqual(["x"]);
    expect(e.eval(3)).toBe(6);
    expect(e.eval(Object.fromEntries([["x", 3], [name, 5]]))).toBe(15);
    expect(e.gradient(name).eval(3)).toBe(3);
    expect(e.withParams(Object.fromEntries([[name, 4]])).eval(3)).toBe(12);
    expect(e.mul(e).params).toEqual(params);
    expect(() => e.add(new Expression("f", sym(name), { params: Object.fromEntries([[name, 7]]) }))).toThrow(/is 2 in e but 7 in f/);
  });

  it.each(PROTO_NAMES)("%s is an unknown parameter, input, formula and trainable parameter where it does not exist", (name) => {
    expect(() => forge.get("relu", { params: Object.fromEntries([[name, 1]]) })).toThrow(UnknownNameError);
    expect(() => forge.get("leaky_relu", { params: Object.fromEntries([[name, 1]]) })).toThrow(/Unknown parameter/);
    expect(() => forge.get("relu").eval(Object.fromEntries([["x", 1], [name, 1]]))).toThrow(UnknownNameError);
    expect(() => forge.get(name)).toThrow(UnknownNameError);
    expect(() => new Expression("e", "x", { trainableParams: [name] })).toThrow(UnknownNameError);
    expect(forge.has(name)).toBe(false);
    expect(forge.get("relu").gradient(name).eval({ x: 1, [name]: 1 })).toBe(0);
  });

  it("a JSON parameter named __proto__ is an unknown parameter, or a real one where the entry has it", () => {
    const json = JSON.parse('{"__proto__": 5}') as Record<string, number>;
    expect(() => forge.get("leaky_relu", { params: json })).toThrow(/Unknown parameter '__proto__'/);
    const mine = new MathForge();
    mine.register("scaled", new Expression("s", mul(sym("__proto__"), sym("x")), { params: JSON.parse('{"__proto__": 2}') as Record<string, number> }));
    const e = mine.get("scaled", { params: json });
    expect(e.params).toEqual(json);
    expect(e.eval(3)).toBe(15);
  });

  it.each(PROTO_NAMES)("%s can be defined in a forge and used by later formulas", (name) => {
    const mine = new MathForge();
    mine.register(name, new Expression("e", "2*x"));
    expect(mine.get(name).eval(2)).toBe(4);
    expect(mine.compose(name).eval(3)).toBe(6);
    expect(mine.listAll({ category: "custom" })).toEqual([name]);
    expect(mine.search(name)[0]).toBe(name);
  });
});

describe("arguments of the wrong type are typed errors naming the argument", () => {
  it.each([
    [() => new Expression("e", 5 as never), /formula of Expression e must be a string or a Node, got a number/],
    [() => new Expression("e", null as never), /formula of Expression e must be a string or a Node, got null/],
    [() => new Expression("e", "x", null as never), /options of Expression e must be an object, got null/],
    [() => new Expression(5 as never, "x"), /needs a non-empty name, got a number/],
    [() => new Expression("e", "a*x", { params: { a: "1" } as never }), /params of e: 'a' must be a number, got a string/],
    [() => new Expression("e", "a*x", { params: [1] as never }), /params of e must be an object of numbers, got an array/],
    [() => new Expression("e", "x", { trainableParams: "a" as never }), /trainableParams of e must be an array of strings/],
    [() => new Expression("e", "x", { variables: ["x", "2y"] }), /A variable of e must be a name/],
    [() => new Expression("e", "x", { metadata: { pros: "fast" } as never }), /metadata.pros of e must be an array of strings, got a string/],
    [() => new Expression("e", "x", { metadata: { description: 1 } as never }), /metadata.description of e must be a string, got a number/],
    [() => new Expression("e", "x", { metadata: { extra: () => 1 } }), /metadata.extra of e must be plain data.*got a function/],
    [() => new Expression("e", "x", { metadata: "doc" as never }), /metadata of e must be an object, got a string/],
    [() => new Expression("e", "x").eval(1, null as never), /options of e.eval must be an object, got null/],
    [() => new Expression("e", "x").eval(1, "mean" as never), /options of e.eval must be an object, got a string/],
    [() => forge.search(null as never), /search takes a string, got null/],
    [() => forge.search(["relu"] as never), /search takes a string, got an array/],
    [() => forge.get("relu", null as never), /options of get\("relu"\) must be an object, got null/],
    [() => forge.get("leaky_relu", { params: null as never }), /params of leaky_relu must be an object of numbers, got null/],
    [() => forge.listAll(null as never), /options of listAll must be an object, got null/],
    [() => new MathForge().define("f", "x", { metadata: { pros: "fast" } as never }), /metadata.pros of f must be an array of strings/],
    [() => new MathForge().define("f", "x", { metadata: { usage: () => "" } as never }), /metadata.usage of f must be a string, got a function/],
    [() => new MathForge().define("f", 3 as never), /formula of Expression f must be a string or a Node, got a number/],
    [() => new MathForge().define(3 as never, "x"), /name of a formula must be a name.*got a number/],
    [() => new MathForge().register("f", "x" as never), /register needs an Expression, got a string/],
  ] as const)("%#", (call, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(NeurogebraError);
    expect((thrown as Error).message).toMatch(message);
  });
});

describe("listAll and search", () => {
  it("an unknown category lists the valid ones", () => {
    expect(() => forge.listAll({ category: "nope" })).toThrow("Unknown category 'nope'. Categories: activation, loss, algebra, statistics, calculus, linalg, transform, regularizer, optimization, metric.");
  });

  it("multi-word queries find the entries matching most words first", () => {
    const robust = forge.search("robust regression");
    expect(robust.slice(0, 2).sort()).toEqual(["huber", "mae"].sort());
    expect(robust).toContain("smooth_l1");
    const matchesBoth = (name: string) => {
      const m = forge.get(name).metadata;
      const text = [name, m.description, m.usage, ...(m.pros ?? []), ...(m.cons ?? []), ...(m.conventions ?? [])].join(" ").toLowerCase();
      return text.includes("robust") && text.includes("regression");
    };
    const both = robust.filter(matchesBoth);
    expect(robust.slice(0, both.length)).toEqual(both);
    // Entries whose names, aliases or descriptions match both words come before those matching one.
    const gaussian = forge.search("gaussian density");
    expect(gaussian.slice(0, 2).sort()).toEqual(["gaussian_curve", "normal_pdf"]);
    expect(gaussian).toContain("gaussian");
    expect(forge.search("  relu  ")[0]).toBe("relu");
    expect(forge.search("   ")).toEqual([]);
  });
});
