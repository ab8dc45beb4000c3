// Code generation refused, as under a page's Content-Security-Policy without 'unsafe-eval': Node's
// --disallow-code-generation-from-strings makes `new Function` throw the same EvalError a browser throws, so the
// built package runs in a child process that really cannot generate code, and must give the same values.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG, MathForge, codeGenerationAllowed } from "../../src/index.js";
import { relativeError } from "../support/oracle.js";

const ROOT = join(import.meta.dirname, "../..");
const XS = [-710, -20, -1.5, -1e-10, -0, 0, 1e-300, 0.5, 3, 20, 710, 1e300, Infinity, -Infinity, NaN];

/**
 * Every activation's value and derivative at XS, scalar and through arrays, and every vector entry's value and
 * derivative on a batch of rows (the row compiler), as JSON-safe strings.
 */
const PROBE = `
const forge = new MathForge();
const names = CATALOG.filter((e) => e.category === "activation").map((e) => e.name);
const xs = ${JSON.stringify(XS.map(String))}.map(Number);
const show = (v) => (Object.is(v, -0) ? "-0" : String(v));
const table = {};
for (const name of names) {
  const f = forge.get(name);
  const g = f.gradient("x");
  table[name] = [xs.map((x) => show(f.eval(x))), Array.from(f.eval({ x: Float64Array.from(xs) }), show), Array.from(g.eval({ x: Float64Array.from(xs) }), show)];
}
table.compose = Array.from(forge.compose("mse + 0.1*mae").eval({ y_pred: Float64Array.from([1, 2, 3]), y_true: 2 }), show);
// The row compiler's formulas along the last axis and their gradients or Jacobians.
const rows = [[1, 2, 3, 4], [1000, 1000, -1000, 0], [-Infinity, 0, NaN, 2], [1e4, -1e4, 0.5, 0.25], [2, 2, -1, 0]];
table.rows = {};
for (const entry of CATALOG.filter((e) => e.variables.length === 1 && forge.get(e.name).output !== "elementwise")) {
  const [f, v] = [forge.get(entry.name), entry.variables[0]];
  table.rows[entry.name] = [...f.eval({ [v]: rows }).data, ...f.derivative(v).eval({ [v]: rows }).data].map(show);
}
table.rows.cross_entropy = Array.from(forge.get("cross_entropy").eval({ y_pred: rows, y_true: [0, 3, 1, 2, 0] }).data, show);
table.allowed = codeGenerationAllowed();
`;

function probe(flags: string[]): Record<string, unknown> {
  const script = `import { CATALOG, MathForge, codeGenerationAllowed } from ${JSON.stringify(join(ROOT, "dist/index.js"))};\n${PROBE}\nprocess.stdout.write(JSON.stringify(table));`;
  return JSON.parse(execFileSync(process.execPath, [...flags, "--input-type=module", "-e", script], { encoding: "utf8" })) as Record<string, unknown>;
}

describe("when code generation is refused", () => {
  it("falls back to the interpreter with the same values, scalar, over arrays and along rows", () => {
    expect(codeGenerationAllowed()).toBe(true);
    const refused = probe(["--disallow-code-generation-from-strings"]);
    expect(refused.allowed).toBe(false);
    const generated = new Function("CATALOG", "MathForge", "codeGenerationAllowed", `${PROBE}\nreturn table;`)(CATALOG, MathForge, codeGenerationAllowed) as Record<string, unknown>;
    expect(generated.allowed).toBe(true);
    const { rows: refusedRows, ...refusedScalar } = refused as { rows: Record<string, string[]> };
    const { rows: generatedRows, ...generatedScalar } = generated as { rows: Record<string, string[]> };
    expect({ ...refusedScalar, allowed: true }).toEqual(generatedScalar);
    // Along rows the interpreter adds in canonical order where the row compiler subtracts a max shift first:
    // the same values to rounding, the same NaN.
    expect(Object.keys(refusedRows)).toEqual(Object.keys(generatedRows));
    for (const [name, values] of Object.entries(generatedRows)) {
      expect(refusedRows[name]!.length, name).toBe(values.length);
      values.forEach((v, k) => expect(relativeError(Number(refusedRows[name]![k]), Number(v)), `${name}[${k}]: ${refusedRows[name]![k]} vs ${v}`).toBeLessThan(1e-14));
    }
  });
});
