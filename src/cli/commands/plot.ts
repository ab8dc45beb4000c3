import { resolve } from "node:path";
import { plot } from "../../plot/index.js";
import { checkOutFile, parseInterval, parseNamedValues } from "../args.js";
import { UsageError } from "../errors.js";
import { displayPath, print, printJson } from "../output.js";
import { resolveTarget } from "../target.js";

export interface PlotCommandOptions {
  out: string;
  range: string;
  grad?: boolean;
  params?: string;
  json?: boolean;
}

export async function plotCommand(targets: string[], options: PlotCommandOptions): Promise<void> {
  const format = checkOutFile(options.out);
  const range = parseInterval(options.range);
  const overrides = parseNamedValues(options.params, "--params");
  const used = new Set<string>();
  // Named as typed, so the legend shows the catalog name or the formula.
  const expressions = targets.map((text) => {
    const target = resolveTarget(text);
    const base = target.expression;
    const own = [...overrides].filter(([k]) => Object.hasOwn(base.params, k));
    for (const [k] of own) used.add(k);
    return (own.length > 0 ? base.withParams({ ...base.params, ...Object.fromEntries(own) }) : base).rename(target.label);
  });
  const unused = [...overrides.keys()].filter((k) => !used.has(k));
  if (unused.length > 0) throw new UsageError(`--params: ${unused.map((k) => `'${k}'`).join(", ")} is not a parameter of ${targets.join(", ")}.`);
  // The spec is built before vega loads, so bad arguments fail fast.
  const spec = plot(expressions, { range, gradient: options.grad ?? false });
  const { writeChart } = await import("../plot.js");
  const bytes = await writeChart(options.out, spec);
  if (options.json) {
    printJson({ out: resolve(options.out), format, bytes, range, grad: options.grad ?? false, curves: expressions.map((e) => ({ label: e.name, formula: e.toString() })) });
    return;
  }
  print(`Wrote ${displayPath(options.out)} (${format.toUpperCase()}, ${bytes} bytes): ${expressions.map((e) => e.name).join(", ")}${options.grad ? " and their derivatives" : ""} on [${range.join(", ")}].`);
}
