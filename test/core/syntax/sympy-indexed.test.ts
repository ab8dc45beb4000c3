// Vector formulas print as SymPy's str(): every formula and derivative text of the vector entries, read by
// SymPy with IndexedBase names and printed back (scripts/fixtures/sympy_indexed.py), is the same text. The
// exceptions are listed with the reason; for them the text must still read back to the same tree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, printText } from "../../../src/index.js";

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/sympy-indexed.json", import.meta.url), "utf8")) as { entries: Record<string, { str: string }> };

/**
 * Texts SymPy rewrites on construction (each group of substrings marks one kind): a > b as b < a inside Piecewise
 * and a power of a Piecewise into its branches (the entries with epsilon); a product with a Piecewise folded into
 * its branches, y_pred[j] >= threshold written threshold <= y_pred[j] (the metric array forms); -(a - b)/c read as
 * (-a + b)/c, as SymPy builds -(a - b) first and distributes the sign (r2_score's derivative).
 */
const DIFFERS: readonly (readonly string[])[] = [["Piecewise((", "epsilon"], ["Piecewise((1, y_pred[j] >= threshold)"], ["-(2*y_pred[i] - 2*y_true[i])/"]];
/**
 * SymPy evaluates ndcg's comparisons on the inner index k outside the sums over k (its text has Sum(1, (k, 0, n - 1))
 * under Eq(y_pred[j], y_pred[k])), which changes the formula's meaning: its text is not compared.
 */
const SYMPY_MISREADS = ["Piecewise((1, p >= "];

describe("vector formulas in SymPy", () => {
  const entries = Object.entries(fixture.entries);
  it("covers the vector catalog", () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(entries)("%s", (text, { str }) => {
    const node = parse(text);
    expect(printText(node)).toBe(text);
    if (SYMPY_MISREADS.some((d) => text.includes(d))) return;
    // SymPy's own text of the listed forms reads back in neurogebra too.
    if (DIFFERS.some((group) => group.every((d) => text.includes(d)))) expect(() => parse(str)).not.toThrow();
    else expect(text).toBe(str);
  });
});
