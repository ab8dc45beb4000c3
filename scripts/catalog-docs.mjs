#!/usr/bin/env node
// Writes docs/catalog/<category>.md, one page per catalog category, from the entries' records, so that the
// pages never drift from the code (test/catalog/docs-pages.test.ts fails when a page is stale).
// Run after `npm run build`:  node scripts/catalog-docs.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { argv } from "node:process";
import { fileURLToPath } from "node:url";

const cell = (s) => String(s).replaceAll("|", "\\|");
const code = (s) => `\`${String(s).replaceAll("|", "\\|")}\``;
const list = (items) => items.map((s) => `- ${s}`).join("\n");

function renderEntry(entry) {
  const m = entry.metadata;
  const params = Object.entries(entry.params ?? {});
  const lines = [`## ${entry.name}`, "", m.description, "", "```", `${entry.name}(${entry.variables.join(", ")}) = ${entry.formula}`, "```", ""];
  if (params.length > 0) lines.push(`Parameters (defaults): ${params.map(([p, v]) => `${code(p)} = ${v}`).join(", ")}.`, "");
  for (const [v, d] of Object.entries(entry.domains ?? {})) lines.push(`Input ${code(v)}: ${d.what}, in [${d.min}, ${d.max}].`, "");
  if ((m.aliases ?? []).length > 0) lines.push(`Aliases: ${m.aliases.map(code).join(", ")}.`, "");
  lines.push(`Range: ${m.range}.`, "", `Usage: ${m.usage}`, "");
  lines.push("Pros:", "", list(m.pros), "", "Cons:", "", list(m.cons), "");
  if ((m.conventions ?? []).length > 0) lines.push("Conventions:", "", list(m.conventions), "");
  if ((m.references ?? []).length > 0) lines.push("References:", "", list(m.references), "");
  return lines.join("\n");
}

/** The page of one category: a table of every entry, then one section per entry. */
export function renderCategory(catalog, category) {
  const entries = catalog.filter((e) => e.metadata.category === category);
  const table = [
    "| name | inputs | parameters | formula | range |",
    "|---|---|---|---|---|",
    ...entries.map((e) => {
      const params = Object.entries(e.params ?? {}).map(([p, v]) => `${p}=${v}`).join(", ");
      const names = [e.name, ...(e.metadata.aliases ?? [])].map(code).join(", ");
      return `| [${names}](#${e.name}) | ${e.variables.join(", ")} | ${cell(params)} | ${code(e.formula)} | ${cell(e.metadata.range)} |`;
    }),
  ];
  return [
    `# Catalog: ${category}`,
    "",
    `Generated from the catalog records by \`scripts/catalog-docs.mjs\`; do not edit by hand. ${entries.length} entries; every one is`,
    "checked against a high-precision oracle by `test/catalog/contract.test.ts`.",
    "",
    ...table,
    "",
    ...entries.map(renderEntry),
  ].join("\n");
}

/** Every category's page, by file name. */
export function renderPages(catalog) {
  const categories = [...new Set(catalog.map((e) => e.metadata.category))];
  return new Map(categories.map((c) => [`${c}.md`, renderCategory(catalog, c)]));
}

if (argv[1] === fileURLToPath(import.meta.url)) {
  const { CATALOG } = await import("../dist/index.js");
  const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "catalog");
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of renderPages(CATALOG)) writeFileSync(join(dir, file), text);
}
