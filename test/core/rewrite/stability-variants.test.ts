/**
 * Every stability rule on shifted and scaled arguments (u -> 2*x + 1, u -> -x/3), where the rule has to match
 * the canonical form the core builds (4*x + 2, log(2*x + 2), 2*x + 1 - tanh(2*x + 1)), the derivatives of
 * issue 13 whose plain form cancels, and the rules in two arguments (u/v - 1, 1/u - 1/v over p and q): compiled
 * values against mpmath (scripts/fixtures/stability_variants.py).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { compile, diff, parse } from "../../../src/core/index.js";

interface Case {
  readonly rule: string;
  readonly formula: string;
  readonly kind: "value" | "diff";
  /** The inputs of a rule in two arguments (u/v - 1 over p and q), whose values are then texts ("NaN"); x otherwise. */
  readonly inputs?: readonly string[];
  readonly points: readonly (readonly [number | readonly string[], string])[];
}

const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/stability-variants.json"), "utf8")) as { cases: Case[] };

describe("stability rules on canonical forms, against mpmath", () => {
  test.each(cases.map((c) => [`${c.rule}: ${c.kind === "diff" ? "d/dx " : ""}${c.formula}`, c] as const))("%s", (_name, c) => {
    const node = parse(c.formula);
    const inputs = c.inputs ?? ["x"];
    const f = compile(c.kind === "diff" ? diff(node, "x") : node, { inputs: [...inputs] });
    for (const [x, text] of c.points) {
      const want = Number(text);
      const got = typeof x === "number" ? f(x) : f(...x.map(Number));
      const where = `${c.formula} at ${inputs.join(", ")} = ${String(x)} (compiled as ${f.node})`;
      if (!Number.isFinite(want)) expect(got, where).toBe(want);
      else expect(Math.abs(got - want), `${where}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-12 * Math.abs(want) + 1e-320);
    }
  });
});
