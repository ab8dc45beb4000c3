import { describe, expect, test } from "vitest";
import { evaluate } from "../../../src/core/compile/interpret.js";
import { type Node, freeSymbols, substitute, sym } from "../../../src/core/node.js";
import { parse } from "../../../src/core/syntax/parser.js";
import { ALGEBRA, STABILITY, type Rule, RuleTable, applyOnce, stabilize } from "../../../src/core/rewrite/index.js";

/** Values for pattern variables whose guard needs a number; every other `_v` becomes the symbol `v`. */
const NUMBERS: Record<string, Record<string, string>> = {
  "even power of Abs": { _n: "4" },
  "power of a 0/1 step": { _n: "3", _h: "1" },
  "opposite steps": { _h: "0", _k: "1" },
  "complementary steps": { _h: "0", _k: "1" },
  logistic: { _n: "-2" },
  "exp*sigmoid power": { _n: "2", _v: "2*u", _w: "-u" },
  "sech power": { _n: "-2" },
  hypot: { _a: "a**2", _b: "4*b**2", _e: "-1/2" },
  "hypot with constant": { _b: "2", _e: "3/2" },
  "hypot - c": { _c: "sqrt(2)" },
  "hypot with parameter": { _e: "1/2" },
  "hypot with non-negative": { _b: "exp(b) + c**2", _e: "-3/2" },
  "log1p shifted": { _c: "3" },
  "(u + c)**e - 1": { _c: "3" },
  "u/v - 1": { _u: "3*u", _c: "3" },
  "gamma density kernel": { _e: "s - 1" },
};

/** A deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function instance(rule: Rule): { lhs: Node; bindings: Record<string, Node> } {
  const pattern = parse(rule.lhs);
  const bindings: Record<string, Node> = {};
  for (const name of freeSymbols(pattern).filter((s) => s.startsWith("_"))) {
    const fixed = NUMBERS[rule.name]?.[name];
    bindings[name] = fixed ? parse(fixed) : sym(name.slice(1));
  }
  return { lhs: substitute(pattern, bindings), bindings };
}

/** rhs equals lhs to 1e-12 at up to `count` random points where lhs is finite (more than 20 of them). */
function expectSameValues(lhs: Node, rhs: Node, seed: number, count: number): void {
  const names = freeSymbols(lhs);
  const next = random(seed);
  let checked = 0;
  for (let k = 0; k < 400 && checked < count; k++) {
    // Mostly moderate values, some small ones where series branches apply.
    const scale = k % 4 === 0 ? 0.2 : 3;
    const env = Object.fromEntries(names.map((s) => [s, (2 * next() - 1) * scale]));
    const want = evaluate(lhs, env);
    if (!Number.isFinite(want)) continue;
    checked++;
    expect(Math.abs(evaluate(rhs, env) - want), `${lhs} vs ${rhs} at ${JSON.stringify(env)}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
  }
  expect(checked).toBeGreaterThan(20);
}

describe.each([
  ["algebra", ALGEBRA],
  ["stability", STABILITY],
])("%s rules are exact", (_table, rules) => {
  test.each(rules.map((r) => [r.name, r] as const))("%s", (_name, rule) => {
    const { lhs, bindings } = instance(rule);
    if (rule.guard) expect(rule.guard(bindings), "the sample bindings satisfy the guard").toBe(true);
    const rhs = applyOnce(lhs, new RuleTable([rule]));
    expect(rhs, `the rule applies to its own left side ${lhs}`).toBeDefined();
    expectSameValues(lhs, rhs!, freeSymbols(lhs).length * 7919 + rule.name.length, 60);
  });
});

/**
 * The stability table as the compiler applies it: all rules, in order. A rule can be shadowed by an earlier
 * one that also matches its left side; these are the cases where that is intended (rule -> the earlier rule
 * that fires instead), so that a reordering or a new rule that hides another is seen.
 */
const SHADOWED: Record<string, string> = {
  // The sample power n = -2 has its own one-exp rule, placed first on purpose.
  "sech power": "sech squared",
};

describe("the stability table in order", () => {
  const table = new RuleTable(STABILITY);
  test.each(STABILITY.map((r, i) => [r.name, r, i] as const))("%s: fires on its own left side unless shadowed as listed, and stabilize keeps the value", (_name, rule, index) => {
    const { lhs } = instance(rule);
    const alone = applyOnce(lhs, new RuleTable([rule]));
    const first = STABILITY.slice(0, index).find((earlier) => applyOnce(lhs, new RuleTable([earlier])) !== undefined);
    expect(first?.name, `an earlier rule fires on ${lhs}`).toBe(SHADOWED[rule.name]);
    if (first === undefined) expect(applyOnce(lhs, table), "the full table gives this rule's result").toBe(alone);
    expectSameValues(lhs, stabilize(lhs), index + 17, 40);
  });
});
