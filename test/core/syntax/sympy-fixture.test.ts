import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, printLatex, printText } from "../../../src/core/syntax/index.js";

interface Case {
  source: string;
  str: string;
  latex: string;
  text_differs?: string;
  latex_differs?: string;
}

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/sympy-printing.json", import.meta.url), "utf8")) as { cases: Case[] };

/**
 * SymPy writes calls as \tanh{\left(x \right)} or \operatorname{sech}{\left(x \right)} and |x| as \left|{x}\right|;
 * we drop the extra braces and space.
 */
function normaliseSympyLatex(tex: string): string {
  return tex
    .replace(/(^|[{(]) ?- (?=\S)/g, "$1-")
    .replace(/((?:\\operatorname\{[^}]*\}|\\[A-Za-z]+)(?:\^\{[^}]*\})?)\{\\left\(/g, "$1\\left(")
    .replace(/ \\right\)\}/g, "\\right)")
    .replace(/\\left\|\{/g, "\\left|")
    .replace(/\}\\right\|/g, "\\right|");
}

describe("SymPy printing fixture", () => {
  it("has the expected size", () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(60);
  });

  for (const c of fixture.cases) {
    it(`str: ${c.source}`, () => {
      const node = parse(c.str);
      const text = printText(node);
      if (c.text_differs) {
        expect(parse(text)).toBe(node);
        expect(printText(parse(text))).toBe(text);
      } else expect(text).toBe(c.str);
    });

    it.skipIf(c.latex_differs !== undefined)(`latex: ${c.source}`, () => {
      expect(printLatex(parse(c.str))).toBe(normaliseSympyLatex(c.latex));
    });
  }
});
