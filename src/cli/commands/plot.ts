import { resolve } from "node:path";
import { checkOutFile, parseInterval } from "../args.js";
import { displayPath, print, printJson } from "../output.js";
import type { Curve } from "../plot.js";
import { resolveTarget, singleInput } from "../target.js";

export interface PlotCommandOptions {
  out: string;
  range: string;
  grad?: boolean;
  json?: boolean;
}

export async function plotCommand(targets: string[], options: PlotCommandOptions): Promise<void> {
  const format = checkOutFile(options.out);
  const range = parseInterval(options.range);
  const curves: Curve[] = targets.map((text) => {
    const target = resolveTarget(text);
    return { label: target.label, expression: target.expression, variable: singleInput(target, "plot") };
  });
  // vega loads only once the arguments are known to be good.
  const { writeChart } = await import("../plot.js");
  const bytes = await writeChart(options.out, curves, { range, grad: options.grad ?? false });
  if (options.json) {
    printJson({ out: resolve(options.out), format, bytes, range, grad: options.grad ?? false, curves: curves.map((c) => ({ label: c.label, formula: c.expression.toString() })) });
    return;
  }
  print(`Wrote ${displayPath(options.out)} (${format.toUpperCase()}, ${bytes} bytes): ${curves.map((c) => c.label).join(", ")}${options.grad ? " and their derivatives" : ""} on [${range.join(", ")}].`);
}
