import { resolve } from "node:path";
import { Expression } from "../../forge/index.js";
import { checkOutFile, parseInterval, parseNumber } from "../args.js";
import { UsageError } from "../errors.js";
import { displayPath, print, printJson } from "../output.js";
import type { Curve } from "../plot.js";
import { type Target, resolveTarget, singleInput } from "../target.js";

export interface PlotCommandOptions {
  out: string;
  range: string;
  grad?: boolean;
  json?: boolean;
  params?: string;
}

/** --params NAME=VALUE,...: one number each, for parameters or for inputs held fixed. */
function parseSettings(text: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (text === undefined) return out;
  for (const part of text.split(",")) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.+)$/.exec(part);
    if (!m) throw new UsageError(`--params: expected NAME=VALUE pairs separated by commas (mu=0,sigma=2), got '${part}'.`);
    if (out.has(m[1]!)) throw new UsageError(`--params: ${m[1]} is given twice.`);
    out.set(m[1]!, parseNumber(m[2]!, `--params ${m[1]}`));
  }
  return out;
}

/** The target with the settings that concern it: parameters take the values; inputs given a value are held fixed. */
function settle(target: Target, settings: ReadonlyMap<string, number>): Target {
  const e = target.expression;
  const own = [...settings].filter(([k]) => Object.hasOwn(e.params, k) || e.variables.includes(k));
  if (own.length === 0) return target;
  const fixed = new Map(own);
  const expression = new Expression(e.name, e.symbolicExpr, {
    params: { ...e.params, ...Object.fromEntries(own) },
    variables: e.variables.filter((v) => !fixed.has(v)),
  });
  return { label: `${target.label} (${own.map(([k, v]) => `${k}=${v}`).join(", ")})`, expression };
}

export async function plotCommand(targets: string[], options: PlotCommandOptions): Promise<void> {
  const format = checkOutFile(options.out);
  const range = parseInterval(options.range);
  const settings = parseSettings(options.params);
  const resolved = targets.map(resolveTarget);
  for (const k of settings.keys()) {
    if (!resolved.some((t) => Object.hasOwn(t.expression.params, k) || t.expression.variables.includes(k))) {
      throw new UsageError(`--params: no plotted formula has a parameter or input '${k}'.`);
    }
  }
  const curves: Curve[] = resolved.map((unsettled) => {
    const target = settle(unsettled, settings);
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
