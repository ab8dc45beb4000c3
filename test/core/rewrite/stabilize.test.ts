import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { evaluate } from "../../../src/core/compile/interpret.js";
import type { Node } from "../../../src/core/node.js";
import { parse } from "../../../src/core/syntax/parser.js";
import { stabilize } from "../../../src/core/rewrite/index.js";
import { parseDouble } from "../../support/oracle.js";

/** True values at extreme inputs, correctly rounded (scripts/fixtures/extremes.py, mpmath via SymPy). */
const EXTREMES = (JSON.parse(readFileSync(new URL("../../fixtures/extremes.json", import.meta.url), "utf8")) as { cases: { formula: string; points: [string, string][] }[] }).cases.map(
  (c) => [c.formula, c.points.map(([u, v]) => [parseDouble(u), parseDouble(v)] as const)] as const,
);

const same = (input: string, expected: string) => expect(stabilize(parse(input))).toBe(parse(expected));

interface VariantCase {
  readonly rule: string;
  readonly formula: string;
  readonly inputs?: readonly string[];
  readonly points: readonly (readonly [number | readonly string[], string])[];
}

/** The rules in two arguments that cancel near u = v, over p and q (scripts/fixtures/stability_variants.py). */
const CANCELLATIONS = (JSON.parse(readFileSync(new URL("../../fixtures/stability-variants.json", import.meta.url), "utf8")) as { cases: VariantCase[] }).cases
  .filter((c) => c.rule === "u/v - 1" || c.rule === "1/u - 1/v")
  .map((c) => [c.formula, c.points.map(([pq, v]) => [(pq as readonly string[]).map(Number), Number(v)] as const)] as const);

/** Points at which `node` misses the expected value by more than 1e-12 (relative), or the non-finite one. */
function misses(node: Node, points: readonly (readonly [readonly number[], number])[]): string[] {
  return points
    .filter(([[p, q], want]) => {
      const got = evaluate(node, { p: p!, q: q! });
      return Number.isFinite(want) ? !(Math.abs(got - want) <= 1e-12 * Math.abs(want) + 1e-320) : !Object.is(got, want);
    })
    .map(([[p, q], want]) => `p = ${p}, q = ${q}: want ${want}, got ${evaluate(node, { p: p!, q: q! })}`);
}

describe("stabilize: the required rewrites", () => {
  test.each([
    ["log(1 + exp(u))", "softplus(u)"],
    ["log(exp(u) + 1)", "softplus(u)"],
    ["-log(1 + exp(-u))", "-softplus(-u)"],
    ["1/(1 + exp(-u))", "sigmoid(u)"],
    ["exp(u)/(1 + exp(u))", "sigmoid(u)"],
    ["1/(1 + exp(u))", "sigmoid(-u)"],
    // dsigmoid(u) is sigmoid(u)*sigmoid(-u), fused into one exp.
    ["exp(-u)/(1 + exp(-u))**2", "dsigmoid(u)"],
    ["sigmoid(u)*sigmoid(-u)", "dsigmoid(u)"],
    ["cosh(u)**(-2)", "4*dsigmoid(2*u)"],
    ["cosh(softplus(u))**(-2)", "Piecewise((4*(exp(u) + 1)**2/((exp(u) + 1)**2 + 1)**2, u < 150), (4*exp(-2*u), True))"],
    ["dsigmoid(2*softplus(u))", "Piecewise((4*(exp(u) + 1)**2/((exp(u) + 1)**2 + 1)**2, u < 150), (4*exp(-2*u), True))/4"],
    ["tanh(softplus(u))", "Piecewise((1, u > 20), (exp(u)*(exp(u) + 2)/(exp(u)*(exp(u) + 2) + 2), True))"],
    ["1 - sigmoid(u)", "sigmoid(-u)"],
    ["log(sigmoid(u))", "-softplus(-u)"],
    ["exp(u) - 1", "expm1(u)"],
    ["1 - exp(u)", "-expm1(u)"],
    ["log(1 + u)", "log1p(u)"],
    ["log(1 + u) - u", "log1pmx(u)"],
    ["u - log1p(u)", "-log1pmx(u)"],
    ["2*log(1 + u) - 2*u", "2*log1pmx(u)"],
    ["1 + tanh(u)", "2*sigmoid(2*u)"],
    ["x + 1 + tanh(y)", "x + 2*sigmoid(2*y)"],
    ["1 - tanh(u)", "2*sigmoid(-2*u)"],
    ["1 + erf(u)", "erfc(-u)"],
    ["1 - erf(u)", "erfc(u)"],
    ["1 - tanh(u)**2", "4*dsigmoid(2*u)"],
    ["sinh(u)/cosh(u)", "tanh(u)"],
    ["u/(1 + Abs(u))", "Piecewise((sign(u)/(1 + 1/Abs(u)), Abs(u) > 1), (u/(Abs(u) + 1), True))"],
    ["log(cosh(u))", "Piecewise((log1p(2*sinh(u/2)**2), Abs(u) < 1), (Abs(u) + log1p(exp(-2*Abs(u))) - log(2), True))"],
    ["sqrt(u**2 + 1)", "hypot(u, 1)"],
    ["sqrt(u**2 + 2)", "hypot(u, sqrt(2))"],
    ["u + sqrt(u**2 + 1)", "Piecewise((1/(hypot(u, 1) + Abs(u)), u < 0), (hypot(u, 1) + Abs(u), True))"],
    ["y*log(y/p)", "y*log(y/p)"],
    ["p/q - 1", "Piecewise(((p - q)/q, Abs(p - q) < Abs(q)/2), (p/q - 1, True))"],
    ["(p - q)/q", "(p - q)/q"],
    // The difference in the plain form's order: +0 at p = q > 0, as 1 - p/q gives.
    ["1 - p/q", "Piecewise(((q - p)/q, Abs(q - p) < Abs(q)/2), (1 - p/q, True))"],
    ["3*p/q - 3", "3*Piecewise(((p - q)/q, Abs(p - q) < Abs(q)/2), (p/q - 1, True))"],
    ["log1p(p/q - 1)", "log1p(Piecewise(((p - q)/q, Abs(p - q) < Abs(q)/2), (p/q - 1, True)))"],
    ["1/p - 1/q", "Piecewise((Piecewise(((q - p)/q, Abs(q - p) < Abs(q)/2), (1 - p/q, True))/p, Abs(1/p - 1/q) < Abs(1/p)/2), (1/p - 1/q, True))"],
    ["3/q - 3/p", "3*Piecewise((Piecewise(((p - q)/p, Abs(p - q) < Abs(p)/2), (1 - q/p, True))/q, Abs(1/q - 1/p) < Abs(1/q)/2), (1/q - 1/p, True))"],
    ["1 - 1/y**2", "1 - 1/y**2"],
    // Opposite signs by their form cannot cancel, and 1/y**2 is not (1/y)/y: no rewrite (nor of 2*p/q - 1,
    // where u/c would round).
    ["1 + exp(p)/Abs(q)", "1 + exp(p)/Abs(q)"],
    ["2*p/q - 1", "2*p/q - 1"],
  ])("%s -> %s", same);

  test("u - tanh(u) gets a series near 0, the plain form elsewhere", () => {
    const out = stabilize(parse("u - tanh(u)"));
    expect(out.kind).toBe("piecewise");
    expect(out.args[3]!.name).toBe("True");
    expect(out.args[2]).toBe(parse("u - tanh(u)"));
  });

  test("stabilize is idempotent on forms whose fallback branch is their own left side", () => {
    for (const text of ["u - tanh(u)", "tanh(u) - u", "sqrt(u**2 + 1) - 1", "p/q - 1", "1 - p/q", "3*p/q - 3", "1/p - 1/q", "2/q - 2/p"]) {
      const once = stabilize(parse(text));
      expect(stabilize(once)).toBe(once);
    }
  });
});

describe("stabilize: u/v - 1 and 1/u - 1/v near u = v, against mpmath", () => {
  test.each(CANCELLATIONS)("%s", (formula, points) => {
    expect(points.length).toBeGreaterThan(100);
    // The plain form loses digits at the ties (relative distances 1e-6, 1e-10, 1e-14: about 10, 6 and 2 left).
    const ties = points.filter(([[p, q]]) => Math.abs(p! - q!) < 1e-5 * Math.abs(q!));
    expect(misses(parse(formula), ties).length, `${formula}: the plain form at the ties`).toBeGreaterThan(ties.length / 2);
    // The rewritten form meets 1e-12 there, and at the tails gives the true value (or the plain form's
    // infinity or NaN where the true value is not finite).
    expect(misses(stabilize(parse(formula)), points)).toEqual([]);
  });
});

describe("stabilize: extreme inputs against high-precision values", () => {
  for (const [formula, points] of EXTREMES) {
    test(formula, () => {
      const stable = stabilize(parse(formula));
      for (const [u, expected] of points) {
        const got = evaluate(stable, { u });
        if (!Number.isFinite(expected)) expect(got, `${formula} at ${u}`).toBe(expected);
        else expect(Math.abs(got - expected), `${formula} at ${u}: ${got} vs ${expected}`).toBeLessThanOrEqual(2e-13 * Math.abs(expected) + 1e-320);
      }
    });
  }
});
