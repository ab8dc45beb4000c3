import { UsageError } from "../errors.js";
import { colourEnabled, paint, print, printJson } from "../output.js";
import { forge, isFormula } from "../target.js";
import { terminalPlot } from "../terminal-plot.js";

export function showCommand(name: string, options: { json?: boolean }): void {
  if (isFormula(name)) {
    throw new UsageError(`show takes a catalog name; '${name}' is a formula. For a formula use: neurogebra eval '${name}' x=VALUE, neurogebra grad '${name}' or neurogebra explain '${name}'.`);
  }
  const e = forge().get(name);
  const m = e.metadata;
  const derivatives = e.variables.map((v) => {
    const d = e.derivative(v);
    return { variable: v, formula: d.toString(), latex: d.latex };
  });
  const info = {
    name: e.name,
    category: m.category ?? null,
    inputs: e.variables,
    formula: e.toString(),
    latex: e.latex,
    params: e.params,
    trainable: e.trainableParams,
    description: m.description ?? "",
    usage: m.usage ?? "",
    pros: m.pros ?? [],
    cons: m.cons ?? [],
    range: m.range ?? "",
    conventions: m.conventions ?? [],
    aliases: m.aliases ?? [],
    references: m.references ?? [],
    derivatives,
  };
  if (options.json) {
    printJson(info);
    return;
  }
  const field = (label: string, text: string) => print(`${paint("bold", (label ? `${label}:` : "").padEnd(13))}${text}`);
  const list = (label: string, items: readonly string[]) => items.forEach((item, i) => field(i === 0 ? label : "", `- ${item}`));
  print(paint("cyan", `${e.name}(${e.variables.join(", ")}) = ${e}`));
  print();
  field("LaTeX", e.latex);
  const params = Object.entries(e.params);
  if (params.length > 0) field("Parameters", params.map(([p, v]) => `${p} = ${v}${e.trainableParams.includes(p) ? " (trainable)" : ""}`).join(", "));
  field("Description", info.description);
  field("Usage", info.usage);
  list("Pros", info.pros);
  list("Cons", info.cons);
  field("Range", info.range);
  list("Conventions", info.conventions);
  if (info.aliases.length > 0) field("Aliases", info.aliases.join(", "));
  for (const d of derivatives) field(`d/d${d.variable}`, d.formula);
  if (e.variables.length === 1 && e.output === "elementwise") {
    print();
    print(terminalPlot(e, e.variables[0]!, [-5, 5], 8, colourEnabled()));
  }
}
