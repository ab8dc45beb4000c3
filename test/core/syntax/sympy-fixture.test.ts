import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, printLatex, printText } from "../../../src/core/syntax/index.js";

interface Case {
  source: string;
  str: string;
  latex: string;
  /** Why we print something else than SymPy, and what: for the parsed str (text) or the parsed source (source_text). */
  text_differs?: string;
  text?: string;
  source_text?: string;
  latex_differs?: string;
  latex_ours?: string;
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
      expect(printText(node)).toBe(c.text ?? c.str);
      expect(parse(printText(node))).toBe(node);
      if (c.source_text !== undefined) expect(printText(parse(c.source))).toBe(c.source_text);
      if (c.text_differs !== undefined) expect(c.text ?? c.source_text, "a difference says what we print").toBeDefined();
    });

    it(`latex: ${c.source}`, () => {
      const ours = printLatex(parse(c.str));
      if (c.latex_differs !== undefined) {
        expect(ours).toBe(c.latex_ours);
        expect(ours).not.toBe(normaliseSympyLatex(c.latex));
      } else expect(ours).toBe(normaliseSympyLatex(c.latex));
    });
  }
});
