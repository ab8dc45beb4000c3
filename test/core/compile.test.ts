import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, compile, compileCount, evaluate, parse } from "../../src/core/index.js";
import { expression, specialInput } from "../support/arbitrary.js";

const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe("compile", () => {
  it("agrees with the reference interpreter to the bit, including NaN, ±Infinity and -0", () => {
    fc.assert(
      fc.property(expression(), specialInput, specialInput, specialInput, (e, x, y, alpha) => {
        const f = compile(e, { inputs: ["x", "y"], params: ["alpha"], stable: false });
        const expected = evaluate(e, { x, y, alpha });
        expect(same(f(x, y, alpha), expected), `${e} at x=${x}, y=${y}, alpha=${alpha}: ${f(x, y, alpha)} vs ${expected}`).toBe(true);
        const arrayResult = f.map([[x, y], y], [alpha])[0]!;
        expect(same(arrayResult, expected)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("negates a product that prints with its own sign in parentheses, never as -- (a decrement)", () => {
    // Found by the property above: -(-c*x)*log(0) printed `--Infinity * ...`, a TypeError in JavaScript.
    for (const text of ["-(-5e-324*x + 5e-324*Max(0, x))*log(0)", "-Piecewise((0, -x > 0), (-1/x, True))*log(0) + x", "-(-2*x)*log(0)"]) {
      const f = compile(parse(text), { inputs: ["x"], stable: false });
      expect(f.source).not.toMatch(/--/);
      for (const x of [NaN, 2, -3, 0]) expect(same(f(x), evaluate(parse(text), { x })), `${text} at ${x}`).toBe(true);
    }
  });

  it("leaves out a Piecewise's NaN test only where the branch is NaN at a NaN operand anyway", () => {
    const cases: Array<[string, boolean]> = [
      ["Piecewise((x, x > 0), (alpha*expm1(x), True))", false],
      ["Piecewise((1, x > 20), (exp(x)*(exp(x) + 2)/(exp(x)*(exp(x) + 2) + 2), True))", false],
      ["Piecewise((x, x > y), (exp(x) + y**2, True))", false],
      // Not NaN at a NaN operand: a constant, a function of the other operand only, a power with exponent 0.
      ["Piecewise((x, x > 0), (alpha, True))", true],
      ["Piecewise((x, x > y), (exp(x), True))", true],
      ["Piecewise((x, x > 0), (Max(x, 1), True))", true],
    ];
    for (const [text, tested] of cases) {
      const f = compile(parse(text), { inputs: ["x", "y"], params: ["alpha"], stable: false });
      expect(/!==/.test(f.source), `${text}: ${f.source}`).toBe(tested);
      for (const [x, y] of [[NaN, 1], [1, NaN], [NaN, NaN], [2, 1], [-3, 1]] as const) {
        expect(same(f(x, y, 0.5), evaluate(parse(text), { x, y, alpha: 0.5 })), `${text} at ${x}, ${y}`).toBe(true);
      }
    }
  });

  it("passes one e^x to sigmoid, sigmoid' and softplus of one argument, shared with the formula's own, to the bit", () => {
    const cases = ["sigmoid(2*x*y) + x*dsigmoid(2*x*y)", "softplus(x*y) + sigmoid(x*y)*dsigmoid(x*y)", "x*sigmoid(x) + exp(x)/(exp(x) + y)", "sigmoid(alpha*alpha) + dsigmoid(alpha*alpha)*x"];
    const points = [NaN, Infinity, -Infinity, 0, -0, 1e-300, -1e-300, 0.5, -0.5, 20, -20, 710, -710, 1e300, -1e300];
    for (const text of cases) {
      const f = compile(parse(text), { inputs: ["x", "y"], params: ["alpha"], stable: false });
      // One exp in the body, and no call of the helpers that take their own.
      expect(f.source.match(/Math\.exp/g)?.length, `${text}: ${f.source}`).toBe(1);
      expect(f.source).not.toMatch(/\b(sigmoid|dsigmoid|softplus)\(/);
      for (const x of points) {
        for (const y of [1, -2, NaN]) {
          expect(same(f(x, y, x), evaluate(parse(text), { x, y, alpha: x })), `${text} at ${x}, ${y}`).toBe(true);
          expect(same(f.map([[x], y], [x], new Float64Array(1))[0]!, evaluate(parse(text), { x, y, alpha: x }))).toBe(true);
        }
      }
    }
    // exp(log(y)) is y, not e^log(y): there sigmoid takes no e^x from the lowering and computes its own.
    const g = compile(parse("sigmoid(log(y)) + softplus(x)"), { inputs: ["x", "y"], stable: false });
    expect(g.source).toMatch(/\bsigmoid\(/);
    for (const x of points) for (const y of [x, 2, -2]) expect(same(g(x, y), evaluate(g.node, { x, y })), `at ${x}, ${y}`).toBe(true);
    // SymPy's mish'': a sigmoid(x) computed before the temporary e^x cannot reuse it (it threw a ReferenceError).
    const f = compile(parse("(x*(-1 + 2*exp(x)*tanh(log(exp(x) + 1))/(exp(x) + 1) + exp(x)/(exp(x) + 1)) - 2)*(tanh(log(exp(x) + 1))**2 - 1)*exp(x)/(exp(x) + 1)"), { inputs: ["x"] });
    expect(f.source).toMatch(/sigmoid/);
    for (const x of points) expect(same(f(x), evaluate(f.node, { x })), `mish'' at ${x}`).toBe(true);
  });

  it("stable code agrees with the interpreter on the stabilized tree", () => {
    fc.assert(
      fc.property(expression(), specialInput, specialInput, (e, x, y) => {
        const f = compile(e, { inputs: ["x", "y", "alpha"] });
        expect(same(f(x, y, 0.5), evaluate(f.node, { x, y, alpha: 0.5 }))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("broadcasts numbers against arrays and writes into a caller's array", () => {
    const f = compile(parse("x*y + alpha"), { inputs: ["x", "y"], params: ["alpha"] });
    expect([...f.map([new Float64Array([1, 2, 3]), 10], [0.5])]).toEqual([10.5, 20.5, 30.5]);
    expect([...f.map([[1, 2], [3, 4]], [0])]).toEqual([3, 8]);
    const out = new Float64Array(2);
    expect(f.map([[1, 2], 2], [1], out)).toBe(out);
    expect([...out]).toEqual([3, 5]);
    expect([...f.map([2, 3], [1])]).toEqual([7]);
  });

  it("names what is wrong with the arguments", () => {
    const f = compile(parse("x*y"), { inputs: ["x", "y"] });
    expect(() => f.map([[1, 2], [1, 2, 3]])).toThrow(/equal lengths \(x: 2, y: 3\)/);
    expect(() => f.map([[1, 2]])).toThrow(/Expected 2 inputs \(x, y\), got 1/);
    expect(() => f.map([[1, 2], 1], [], new Float64Array(3))).toThrow(/Float64Array of length 2/);
    expect(() => compile(parse("x*z"), { inputs: ["x"] })).toThrow(ArgumentError);
    expect(() => compile(parse("x*z"), { inputs: ["x"] })).toThrow(/'z'.*neither an input nor a parameter/);
  });

  it("generates code once per expression; parameters change without recompiling", () => {
    const e = parse("Max(alpha*x, x) + 17");
    const before = compileCount();
    const f = compile(e, { inputs: ["x"], params: ["alpha"] });
    const g = compile(parse("Max(alpha*x, x) + 17"), { inputs: ["x"], params: ["alpha"] });
    expect(g).toBe(f);
    expect(f(-5, 0.1)).toBeCloseTo(16.5, 14);
    expect(f(-5, 0.5)).toBeCloseTo(14.5, 14);
    expect(compileCount() - before).toBe(1);
  });

  it("never puts user text into generated code", () => {
    const f = compile(parse("weird_name_1*x"), { inputs: ["x", "weird_name_1"] });
    expect(f.source).not.toContain("weird_name_1");
    expect(f(2, 3)).toBe(6);
  });
});
