import { paint, print, printJson, table, truncate } from "../output.js";
import { forge } from "../target.js";

interface Summary {
  name: string;
  category: string;
  formula: string;
  range: string;
  description: string;
}

function summary(name: string): Summary {
  const e = forge().get(name);
  const m = e.metadata;
  return { name, category: String(m.category ?? ""), formula: e.toString(), range: m.range ?? "", description: m.description ?? "" };
}

export function listCommand(options: { category?: string; json?: boolean }): void {
  const names = forge().listAll(options.category === undefined ? {} : { category: options.category });
  const entries = names.map(summary);
  if (options.json) {
    printJson({ category: options.category ?? null, entries });
    return;
  }
  print(table(["name", "category", "formula", "range"], entries.map((e) => [e.name, e.category, truncate(e.formula, 48), truncate(e.range, 20)])));
  print();
  print(paint("dim", `${entries.length} formulas. 'neurogebra show NAME' for one of them.`));
}

export function searchCommand(query: string, options: { json?: boolean }): void {
  const results = forge().search(query).map(summary);
  if (options.json) {
    printJson({ query, results });
    return;
  }
  if (results.length === 0) {
    print(`No formula matches '${query}'. 'neurogebra list' shows them all.`);
    return;
  }
  print(table(["name", "category", "description"], results.map((r) => [r.name, r.category, truncate(r.description, 80)])));
}
