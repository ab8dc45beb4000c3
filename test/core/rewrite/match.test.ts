import { describe, expect, test } from "vitest";
import { LimitError } from "../../../src/core/errors.js";
import { parse } from "../../../src/core/syntax/parser.js";
import { type Rule, RuleTable, applyOnce, matches, rewrite } from "../../../src/core/rewrite/index.js";

const first = (pattern: string, subject: string) => matches(parse(pattern), parse(subject)).next().value;
const rule = (lhs: string, rhs: string, guard?: Rule["guard"]) => new RuleTable([{ name: lhs, lhs, rhs, guard }]);

describe("matches", () => {
  test("binds variables consistently", () => {
    expect(first("sin(_u) + _u", "sin(x) + y")).toBeUndefined();
    expect(first("hypot(_u, _u)", "hypot(x, y)")).toBeUndefined();
    expect(first("hypot(_u, _v)", "hypot(x, y)")).toEqual({ _u: parse("x"), _v: parse("y") });
  });

  test("a numeric coefficient divides the subject", () => {
    expect(first("exp(-_u)", "exp(-2*x)")).toEqual({ _u: parse("2*x") });
    expect(first("exp(-_u)", "exp(x)")).toEqual({ _u: parse("-x") });
    expect(first("2*_u", "x + 1")).toEqual({ _u: parse("x/2 + 1/2") });
  });

  test("sums match a subset of the terms; a free variable takes the rest", () => {
    expect(first("log(1 + _u)", "log(x + y + 1)")).toEqual({ _u: parse("x + y") });
    expect(first("log(1 + _u)", "log(x + 3)")).toBeUndefined();
  });

  test("a product factor may be taken out of a power", () => {
    expect(first("_u*sign(_u)*_r", "x**3*sign(x)")).toEqual({ _u: parse("x"), _r: parse("x**2") });
  });
});

describe("rewrite", () => {
  test("sum rules keep the terms they do not use", () => {
    expect(rewrite(parse("x + 1 + tanh(y)"), rule("1 + tanh(_u)", "2*sigmoid(2*_u)"))).toBe(parse("x + 2*sigmoid(2*y)"));
  });

  test("guards decide; no applicable rule is undefined, not an error", () => {
    const table = rule("sqrt(_u**2 + _b)", "hypot(_u, sqrt(_b))", (b) => (b._b?.value ?? NaN) > 0);
    expect(applyOnce(parse("sqrt(x**2 + 4)"), table)).toBe(parse("hypot(x, 2)"));
    expect(applyOnce(parse("sqrt(x**2 - 4)"), table)).toBeUndefined();
    expect(applyOnce(parse("y"), table)).toBeUndefined();
  });

  test("stops on cycles and at the step limit", () => {
    const swap = new RuleTable([
      { name: "a", lhs: "sin(_u)", rhs: "cos(_u)" },
      { name: "b", lhs: "cos(_u)", rhs: "sin(_u)" },
    ]);
    expect(["sin(x)", "cos(x)"].map((s) => parse(s))).toContain(rewrite(parse("sin(x)"), swap));
    const grow = rule("atan(_u)", "atan(_u + 1)");
    // A table that keeps growing the tree is an error, not a result silently left half rewritten.
    expect(() => rewrite(parse("atan(x)"), grow, { maxSteps: 3 })).toThrow(LimitError);
  });
});
