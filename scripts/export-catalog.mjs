#!/usr/bin/env node
// Writes the catalog as JSON on stdout: every entry's formula, variables, parameters, domains and hand-written
// derivatives, the text the library prints for the formula and for its derivative with respect to every
// variable and parameter, and the names of the engine's functions. The fixture generators in
// scripts/fixtures/ read this instead of restating formulas.
// Run after `npm run build`:  node scripts/export-catalog.mjs > catalog.json
import { stdout } from "node:process";
import { CATALOG, MathForge, functionNames, functionRecord, printText } from "../dist/index.js";

const forge = new MathForge();
const finite = (x) => (Number.isFinite(x) ? x : String(x));

const entries = CATALOG.map((entry) => {
  const expr = forge.get(entry.name);
  const params = entry.params ?? {};
  const printed = { formula: printText(expr.symbolicExpr), derivatives: {} };
  for (const v of [...entry.variables, ...Object.keys(params)]) printed.derivatives[v] = printText(expr.derivative(v).symbolicExpr);
  return {
    name: entry.name,
    // "elementwise", or along the last axis "row" or "vector" (index notation: x[i], Sum).
    output: expr.output,
    category: entry.metadata.category,
    formula: entry.formula,
    variables: entry.variables,
    params,
    domains: Object.fromEntries(Object.entries(entry.domains ?? {}).map(([v, d]) => [v, { min: finite(d.min), max: finite(d.max) }])),
    derivatives: entry.derivatives ?? {},
    printed,
  };
});
// The engine's functions by their printed names (aliases such as abs are never printed).
const functions = functionNames().filter((n) => functionRecord(n)?.name === n);
stdout.write(JSON.stringify({ functions, entries }, null, 1) + "\n");
