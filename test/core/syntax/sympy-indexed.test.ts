// Vector formulas print as SymPy's str(): every formula and derivative text of the vector entries, read by
// SymPy with IndexedBase names and printed back (scripts/fixtures/sympy_indexed.py), is the same text. The
// exceptions are listed with the reason; for them the text must still read back to the same tree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, printText } from "../../../src/index.js";

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/sympy-indexed.json", import.meta.url), "utf8")) as { entries: Record<string, { str: string }> };

/** Texts SymPy prints otherwise, and why. */
const DIFFERS: readonly { readonly why: string; readonly matches: (text: string) => boolean }[] = [
  { why: "SymPy rewrites a > b as b < a inside Piecewise, and a power of a Piecewise into its branches", matches: (t) => t.includes("Piecewise((") && t.includes("epsilon") },
  {
    // Function.class_key ranks a function of any number of arguments (an undefined one) 0, before its own;
    // neurogebra orders every function after SymPy's elementary ones. It also sorts KroneckerDelta's arguments.
    why: "SymPy puts functions it does not define (sigmoid) first in products, and sorts KroneckerDelta's arguments",
    matches: (t) => t.includes("KroneckerDelta(i + n/2, k)"),
  },
];

describe("vector formulas in SymPy", () => {
  const entries = Object.entries(fixture.entries);
  it("covers the vector catalog", () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(entries)("%s", (text, { str }) => {
    const node = parse(text);
    expect(printText(node)).toBe(text);
    // SymPy's own text of the listed forms reads back in neurogebra too.
    if (DIFFERS.some((d) => d.matches(text))) expect(() => parse(str)).not.toThrow();
    else expect(text).toBe(str);
  });
});
