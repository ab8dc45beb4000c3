import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Expression } from "../../forge/index.js";
import { plot } from "../../plot/index.js";
import { checkOutFile, parseInterval, parseNamedValues } from "../args.js";
import { UsageError } from "../errors.js";
import { displayPath, print, printJson } from "../output.js";
import { type Target, resolveTarget } from "../target.js";

export interface PlotCommandOptions {
  out?: string;
  /** The input along the horizontal axis; the others must be held fixed with --params. */
  var?: string;
  range: string;
  grad?: boolean;
  json?: boolean;
  params?: string;
}

/** The target with the settings that concern it: parameters take the values; inputs given a value are held fixed. */
function settle(target: Target, settings: ReadonlyMap<string, number>): Target {
  const e = target.expression;
  const own = [...settings].filter(([k]) => Object.hasOwn(e.params, k) || e.variables.includes(k));
  if (own.length === 0) return target;
  const fixed = new Map(own.filter(([k]) => e.variables.includes(k)));
  const params = { ...e.params, ...Object.fromEntries(own.filter(([k]) => !fixed.has(k))) };
  // Only parameters set: withParams keeps the entry's domains, so a value outside them is the entry's error.
  const expression =
    fixed.size === 0
      ? e.withParams(params)
      : new Expression(e.name, e.symbolicExpr, { params: { ...params, ...Object.fromEntries(fixed) }, variables: e.variables.filter((v) => !fixed.has(v)) });
  return { label: `${target.label} (${own.map(([k, v]) => `${k}=${v}`).join(", ")})`, expression };
}

/** With --var, every plotted formula must have that input and no other input left free. */
function checkSweptInput(target: Target, name: string): void {
  const inputs = target.expression.variables;
  if (!inputs.includes(name)) throw new UsageError(`--var ${name}: ${target.label} has no input '${name}' (its inputs: ${inputs.join(", ") || "none"}).`);
  const free = inputs.filter((v) => v !== name);
  if (free.length > 0) throw new UsageError(`--var ${name}: hold the other inputs of ${target.label} fixed with --params (${free.map((v) => `${v}=VALUE`).join(",")}).`);
}

export async function plotCommand(targets: string[], options: PlotCommandOptions): Promise<void> {
  const out = options.out ?? join(mkdtempSync(join(tmpdir(), "neurogebra-plot-")), "plot.svg");
  const format = checkOutFile(out);
  const range = parseInterval(options.range);
  const settings = parseNamedValues(options.params, "--params");
  const resolved = targets.map(resolveTarget);
  for (const k of settings.keys()) {
    if (!resolved.some((t) => Object.hasOwn(t.expression.params, k) || t.expression.variables.includes(k))) {
      throw new UsageError(`--params: no plotted formula has a parameter or input '${k}'.`);
    }
  }
  // Named as typed (with the values set), so the legend shows the catalog name or the formula.
  const expressions = resolved.map((unsettled) => {
    const target = settle(unsettled, settings);
    if (options.var !== undefined) checkSweptInput(target, options.var);
    return target.expression.rename(target.label);
  });
  // The spec is built before vega loads, so bad arguments fail fast.
  const spec = plot(expressions, { range, gradient: options.grad ?? false });
  const { writeChart } = await import("../plot.js");
  const bytes = await writeChart(out, spec);
  if (options.json) {
    printJson({ out: resolve(out), format, bytes, range, grad: options.grad ?? false, curves: expressions.map((e) => ({ label: e.name, formula: e.toString() })) });
    return;
  }
  print(`Wrote ${displayPath(out)} (${format.toUpperCase()}, ${bytes} bytes): ${expressions.map((e) => e.name).join(", ")}${options.grad ? " and their derivatives" : ""} on [${range.join(", ")}].`);
}
