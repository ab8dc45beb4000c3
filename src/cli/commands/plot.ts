import { resolve } from "node:path";
import { plot } from "../../plot/index.js";
import { checkOutFile, parseInterval } from "../args.js";
import { displayPath, print, printJson } from "../output.js";
import { resolveTarget } from "../target.js";

export interface PlotCommandOptions {
  out: string;
  range: string;
  grad?: boolean;
  json?: boolean;
}

export async function plotCommand(targets: string[], options: PlotCommandOptions): Promise<void> {
  const format = checkOutFile(options.out);
  const range = parseInterval(options.range);
  // Named as typed, so the legend shows the catalog name or the formula.
  const expressions = targets.map((text) => {
    const target = resolveTarget(text);
    return target.expression.rename(target.label);
  });
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
