// The NIST StRD nonlinear regression problems (test/fixtures/nist-strd.json, from scripts/fixtures/nist_strd.py):
// every problem from both official starting points, fitted by Expression.fit (Levenberg–Marquardt with the
// exact compiled Jacobian), against NIST's certified values. Accuracy is counted as the log relative error
// (LRE, McCullough 1998): -log10(|fitted - certified| / |certified|), the number of correct significant digits.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Expression } from "../../src/index.js";

interface Problem {
  name: string;
  difficulty: string;
  formula: string;
  response: "y" | "log(y)";
  params: string[];
  starts: [number[], number[]];
  certified: number[];
  standardErrors: number[];
  rss: number;
  y: number[];
  inputs: Record<string, number[]>;
}

const fixture = JSON.parse(readFileSync(new URL("../fixtures/nist-strd.json", import.meta.url), "utf8")) as { problems: Problem[] };

/** Correct significant digits of `value` against `certified`. */
const lre = (value: number, certified: number): number => (value === certified ? 15 : -Math.log10(Math.abs(value - certified) / Math.abs(certified)));

/**
 * The goal is 6 correct digits in the parameters and 3 in the standard errors; the fitter reaches more than 10 in
 * both on every problem (docs/fitting.md has the table), so the test asks for 9 to catch regressions.
 * The exception is Lanczos1: its certified RSS, 1.4e-25, comes from residuals of about 1e-13 on values near 1,
 * each computed in double precision with a rounding error of a few 1e-16, so no double computation of the RSS, or
 * of the standard errors that scale with its square root, has more than about 3 correct digits (its parameters
 * still get 10).
 */
const PARAM_DIGITS = 9;
const DIGITS = 9;
const FLOOR = new Map([["Lanczos1", 2.5]]);

const cases = fixture.problems.flatMap((p) => [1, 2].map((start) => ({ label: `${p.name} (${p.difficulty}), start ${start}`, p, start })));

describe("NIST StRD nonlinear regression: 27 problems x 2 starting points", () => {
  it("has the 27 problems", () => {
    expect(fixture.problems).toHaveLength(27);
  });

  it.each(cases)("$label: parameters to 9 digits, standard errors and RSS to 9 (Lanczos1: 2.5)", ({ p, start }) => {
    const params = Object.fromEntries(p.params.map((b, i) => [b, p.starts[start - 1]![i]!]));
    const model = new Expression(p.name, p.formula, { params });
    const y = p.response === "log(y)" ? p.y.map(Math.log) : p.y;
    const r = model.fit(p.inputs, y);
    expect(r.converged, r.message).toBe(true);
    const digits = p.params.map((b, i) => lre(r.params[b]!, p.certified[i]!));
    const errorDigits = p.params.map((b, i) => lre(r.standardErrors![b]!, p.standardErrors[i]!));
    const report = p.params.map((b, i) => `${b}: ${r.params[b]} (${digits[i]!.toFixed(1)} digits), se ${r.standardErrors![b]} (${errorDigits[i]!.toFixed(1)})`).join("; ");
    expect(Math.min(...digits), report).toBeGreaterThanOrEqual(PARAM_DIGITS);
    expect(Math.min(...errorDigits), report).toBeGreaterThanOrEqual(FLOOR.get(p.name) ?? DIGITS);
    expect(lre(r.rss, p.rss), `rss ${r.rss} vs ${p.rss}`).toBeGreaterThanOrEqual(FLOOR.get(p.name) ?? DIGITS);
  });
});
