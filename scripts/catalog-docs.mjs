#!/usr/bin/env node
// Writes one documentation page per catalog category, docs/catalog/<category>.md, from the catalog records:
// the pages are generated, never edited by hand. `--check` writes nothing and fails when a page is stale
// (test/catalog/docs-pages.test.ts runs it).
// Run after `npm run build`:  node scripts/catalog-docs.mjs [--check]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { argv, exit, stderr } from "node:process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CATALOG, MathForge, printText } from "../dist/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const forge = new MathForge();
/** What a page says about its category beyond the records. */
const NOTES = {
  calculus: [
    "Names follow Neurogebra's calculus list. Where an entry's name is also a function of the engine (`exp`, `sin`, `erf`, `sinc`, ...), a call in a formula (`exp(2*x)`, `sinc(x)`) is always the engine's function: the parser looks up engine functions before catalog entries, so these entries change no formula. The entry is what `forge.get(name)` returns, and a bare name in `compose`.",
    "`sinc` keeps Neurogebra's (and NumPy's) normalized meaning sin(pi*x)/(pi*x) and is written `sinc(pi*x)`; the engine's `sinc(x)` in a formula is SymPy's unnormalized sin(x)/x.",
    "Neurogebra's `tanh_func`, `gamma_func`, `beta_func` and `abs_val` are aliases of `hyperbolic_tangent`, `gamma_function`, `beta_function` and `abs`: `tanh` is the activation's name, and `gamma`, `beta` are common parameter names (focal loss, smooth_l1) that a bare entry name would capture in `compose`.",
    "The procedures (`gradient_descent_step`, `chain_rule`, `product_rule`, `quotient_rule`, `finite_difference`, `trapezoidal_rule`, `simpsons_rule`) are formulas of already computed values; the operations themselves are `gradient()` and the optimizers of `fit`. `quotient_rule` is exact: Neurogebra's `epsilon` in the denominator is left out.",
    "The `taylor_*` entries are polynomials, evaluated as such: approximations whose errors are listed under each entry.",
  ],
};
const cell = (s) => String(s).replaceAll("|", "\\|");
const code = (s) => "`" + cell(s) + "`";

function page(category, entries) {
  const lines = [
    `# Catalog: ${category}`,
    "",
    `Generated from the catalog records by \`scripts/catalog-docs.mjs\`; do not edit. ${entries.length} entries, in listing order.`,
    `Every entry is \`forge.get(name)\` (or one of its aliases); its values and derivatives are checked against mpmath by the catalog contract test.`,
    ...(NOTES[category] ?? []).flatMap((note) => ["", note]),
    "",
    "| name | inputs | parameters | formula | range | description |",
    "|---|---|---|---|---|---|",
  ];
  for (const e of entries) {
    const aliases = e.metadata.aliases?.length ? ` (${e.metadata.aliases.map(code).join(", ")})` : "";
    const params = Object.entries(e.params ?? {}).map(([p, v]) => `${p}=${v}`).join(", ");
    lines.push(`| [${code(e.name)}](#${e.name})${aliases} | ${e.variables.join(", ")} | ${cell(params)} | ${code(printText(forge.get(e.name).symbolicExpr))} | ${cell(e.metadata.range)} | ${cell(e.metadata.description)} |`);
  }
  for (const e of entries) {
    const m = e.metadata;
    lines.push("", `## ${e.name}`, "", m.description + ".", "", `- Use: ${m.usage}`);
    if (m.aliases?.length) lines.push(`- Aliases: ${m.aliases.map(code).join(", ")}`);
    if (Object.keys(e.domains ?? {}).length) lines.push(`- Domain: ${Object.entries(e.domains).map(([v, d]) => `${v} ${d.what}`).join("; ")}`);
    lines.push(...m.pros.map((p) => `- Pro: ${p}`), ...m.cons.map((c) => `- Con: ${c}`));
    lines.push(...(m.conventions ?? []).map((c) => `- Convention: ${c}`));
    if (m.references?.length) lines.push(`- References: ${m.references.join("; ")}`);
  }
  return lines.join("\n") + "\n";
}

const categories = [...new Set(CATALOG.map((e) => e.metadata.category))];
const stale = [];
for (const category of categories) {
  const file = join(root, "docs", "catalog", `${category}.md`);
  const text = page(category, CATALOG.filter((e) => e.metadata.category === category));
  if (existsSync(file) && readFileSync(file, "utf8") === text) continue;
  if (argv.includes("--check")) stale.push(file);
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
if (stale.length > 0) {
  stderr.write(`stale catalog pages (run node scripts/catalog-docs.mjs): ${stale.join(", ")}\n`);
  exit(1);
}
