import { resolve } from "node:path";
import { checkOutFile, parseInterval, parseNamedValues } from "../args.js";
import { UsageError } from "../errors.js";
import { displayPath, print, printJson } from "../output.js";
import type { Curve } from "../plot.js";
import { resolveTarget, singleInput } from "../target.js";

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
  const curves: Curve[] = targets.map((text) => {
    const target = resolveTarget(text);
    const base = target.expression;
    const own = [...overrides].filter(([k]) => Object.hasOwn(base.params, k));
    for (const [k] of own) used.add(k);
    const expression = own.length > 0 ? base.withParams({ ...base.params, ...Object.fromEntries(own) }) : base;
    return { label: target.label, expression, variable: singleInput(target, "plot") };
  });
  const unused = [...overrides.keys()].filter((k) => !used.has(k));
  if (unused.length > 0) throw new UsageError(`--params: ${unused.map((k) => `'${k}'`).join(", ")} is not a parameter of ${targets.join(", ")}.`);
  // vega loads only once the arguments are known to be good.
  const { writeChart } = await import("../plot.js");
  const bytes = await writeChart(options.out, curves, { range, grad: options.grad ?? false });
  if (options.json) {
    printJson({ out: resolve(options.out), format, bytes, range, grad: options.grad ?? false, curves: curves.map((c) => ({ label: c.label, formula: c.expression.toString() })) });
    return;
  }
  print(`Wrote ${displayPath(options.out)} (${format.toUpperCase()}, ${bytes} bytes): ${curves.map((c) => c.label).join(", ")}${options.grad ? " and their derivatives" : ""} on [${range.join(", ")}].`);
}
