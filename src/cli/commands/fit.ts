import { resolve } from "node:path";
import { ArgumentError } from "../../core/index.js";
import { DEFAULT_MAX_STEPS, defaultMaxEvaluations } from "../../fit/index.js";
import { Expression, type FitMethod, type FitResult, type FitState } from "../../forge/index.js";
import { chartFormat, parseNamedValues, parseNumber } from "../args.js";
import { readCsv, type Table } from "../csv.js";
import { UsageError } from "../errors.js";
import { displayPath, formatExact, print, printJson, table } from "../output.js";
import { forge } from "../target.js";

export interface FitCommandOptions {
  data: string;
  x?: string;
  y?: string;
  start?: string;
  method: string;
  learningRate?: string;
  maxIterations?: string;
  plot?: string;
  json?: boolean;
}

/** Start value of a parameter that --start does not set, as SciPy's curve_fit does. */
const DEFAULT_START = 1;

interface Setup {
  readonly expression: Expression;
  readonly inputs: Record<string, Float64Array>;
  readonly target: Float64Array;
  /** Input name → the CSV column feeding it. */
  readonly columns: Record<string, string>;
  readonly yColumn: string;
}

/**
 * Which symbols are inputs and which are parameters: the input `x` reads the --x column (default: a column
 * named x, else the first one besides y), other symbols that name a column read it, and the rest are parameters.
 * A catalog name keeps its own inputs and parameters.
 */
function setup(formula: string, data: Table, options: FitCommandOptions): Setup {
  const f = forge();
  const text = formula.trim();
  const catalog = f.has(text) || /^[A-Za-z_][A-Za-z0-9_]+$/.test(text);
  const parsed = catalog ? f.get(text) : new Expression("f", text);
  const has = (c: string) => data.columns.includes(c);
  const yColumn = options.y ?? (has("y") ? "y" : data.columns.at(-1)!);
  if (!has(yColumn)) throw new UsageError(`--y: no column '${yColumn}' in ${options.data} (columns: ${data.columns.join(", ")}).`);
  const others = data.columns.filter((c) => c !== yColumn);
  const xColumn = options.x ?? (others.includes("x") ? "x" : others[0]);
  if (options.x !== undefined && !others.includes(options.x)) throw new UsageError(`--x: no column '${options.x}' besides the target in ${options.data} (columns: ${data.columns.join(", ")}).`);

  const symbols = parsed.variables;
  if (options.x !== undefined && !symbols.includes("x")) throw new UsageError(`--x names the column read as the input x, but ${text} has no x (its symbols: ${symbols.join(", ") || "none"}).`);
  const columns: Record<string, string> = {};
  for (const s of symbols) {
    if (s === "x" && xColumn !== undefined) columns[s] = xColumn;
    else if (others.includes(s)) columns[s] = s;
  }
  const inputNames = Object.keys(columns);
  const starts = parseNamedValues(options.start, "--start");
  let expression: Expression;
  if (catalog) {
    const missing = parsed.variables.filter((v) => !inputNames.includes(v));
    if (missing.length > 0) throw new UsageError(`${text} takes ${missing.join(", ")}: name the column with --x or give the CSV a column of that name (columns: ${data.columns.join(", ")}).`);
    expression = parsed.withParams({ ...parsed.params, ...pick(starts, Object.keys(parsed.params), text) }, parsed.trainableParams.length > 0 ? parsed.trainableParams : Object.keys(parsed.params));
  } else {
    const params = symbols.filter((s) => !inputNames.includes(s));
    if (inputNames.length === 0) throw new UsageError(`${text} uses no column of ${options.data} as an input (columns: ${data.columns.join(", ")}; the input x reads the --x column).`);
    const values = Object.fromEntries(params.map((p) => [p, DEFAULT_START]));
    expression = new Expression("f", text, { params: { ...values, ...pick(starts, params, text) }, variables: inputNames });
  }
  const inputs = Object.fromEntries(expression.variables.map((v) => [v, data.data.get(columns[v]!)!]));
  return { expression, inputs, target: data.data.get(yColumn)!, columns, yColumn };
}

/** The --start values for `params`; a name that is not a parameter is a usage error. */
function pick(starts: Map<string, number>, params: readonly string[], label: string): Record<string, number> {
  for (const k of starts.keys()) {
    if (!params.includes(k)) throw new UsageError(`--start: '${k}' is not a parameter of ${label} (parameters: ${params.join(", ") || "none"}).`);
  }
  return Object.fromEntries(starts);
}

function positiveInteger(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  const v = parseNumber(text, what);
  if (!Number.isInteger(v) || v < 1) throw new UsageError(`${what}: expected a positive integer, got '${text}'.`);
  return v;
}

/** Progress on stderr: a bar redrawn in place on a terminal, else a plain line every tenth of the budget. */
function progress(method: FitMethod, budget: number, enabled: boolean): ((s: FitState) => void) | undefined {
  if (!enabled) return undefined;
  const tty = process.stderr.isTTY === true;
  const every = Math.max(1, Math.floor(budget / 10));
  let drawn = -Infinity;
  return (s) => {
    const loss = `${method === "lm" ? "rss" : "loss"} ${s.loss.toPrecision(6)}`;
    if (tty) {
      // Redrawn at most 20 times a second: a write per step would cost more than a small fit.
      const now = performance.now();
      if (now - drawn < 50) return;
      drawn = now;
      const width = 30;
      const filled = Math.min(width, Math.round((width * s.iteration) / budget));
      process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${s.iteration}/${budget} ${loss}\u001b[K`);
    } else if (method === "lm" || s.iteration % every === 0) {
      process.stderr.write(`iteration ${s.iteration}: ${loss}\n`);
    }
  };
}

export async function fitCommand(formula: string, options: FitCommandOptions): Promise<void> {
  // commander has checked --method against its choices.
  const method = options.method as FitMethod;
  if (options.plot !== undefined) chartFormat(options.plot);
  const learningRate = options.learningRate === undefined ? undefined : parseNumber(options.learningRate, "--learning-rate");
  const maxIterations = positiveInteger(options.maxIterations, "--max-iterations");
  if (method === "lm" && learningRate !== undefined) throw new UsageError("--learning-rate applies to the first-order methods, not to lm.");
  const data = readCsv(options.data);
  const s = setup(formula, data, options);
  const fitted = s.expression.trainableParams.length || Object.keys(s.expression.params).length;
  const budget = maxIterations ?? (method === "lm" ? defaultMaxEvaluations(fitted) : DEFAULT_MAX_STEPS);
  const report = progress(method, budget, !options.json);
  const result = s.expression.fit(s.inputs, s.target, {
    method,
    ...(learningRate !== undefined ? { learningRate } : {}),
    ...(maxIterations !== undefined ? { maxIterations } : {}),
    ...(report ? { onIteration: report } : {}),
  });
  if (report && process.stderr.isTTY === true) process.stderr.write("\n");
  let plotted: { out: string; bytes: number } | undefined;
  if (options.plot !== undefined) {
    if (s.expression.variables.length !== 1) throw new ArgumentError(`--plot draws models of one input; ${formula} has ${s.expression.variables.length} (${s.expression.variables.join(", ")}).`);
    const { writeFitChart } = await import("../plot.js");
    const x = s.inputs[s.expression.variables[0]!]!;
    const bytes = await writeFitChart(options.plot, { x, y: s.target, curve: result.expression, variable: s.expression.variables[0]!, xLabel: s.columns[s.expression.variables[0]!]!, yLabel: s.yColumn, title: formula });
    plotted = { out: options.plot, bytes };
  }
  if (options.json) {
    printJson({
      formula: s.expression.toString(),
      method: result.method,
      data: { file: resolve(options.data), rows: data.rows, inputs: s.columns, target: s.yColumn },
      params: result.params,
      fitted: result.fitted,
      standardErrors: result.standardErrors ?? null,
      rss: result.rss,
      loss: result.loss,
      iterations: result.iterations,
      converged: result.converged,
      message: result.message,
      ...(plotted ? { plot: resolve(plotted.out) } : {}),
    });
    return;
  }
  printSummary(formula, result, s, data.rows);
  if (plotted) print(`Wrote ${displayPath(plotted.out)} (${chartFormat(plotted.out).toUpperCase()}, ${plotted.bytes} bytes): the data and the fitted curve.`);
}

function printSummary(formula: string, r: FitResult, s: Setup, rows: number): void {
  const inputs = Object.entries(s.columns).map(([v, c]) => (v === c ? v : `${v} = column ${c}`)).join(", ");
  print(`Fitted ${formula} to ${rows} rows (${inputs}; target ${s.yColumn}) with ${r.method}.`);
  print();
  const rowsOut = r.fitted.map((p) => [p, formatExact(r.params[p]!), r.standardErrors ? formatExact(r.standardErrors[p]!) : "-"]);
  print(table(["parameter", "value", "std. error"], rowsOut, ["left", "right", "right"]));
  print();
  print(`RSS: ${formatExact(r.rss)}${r.method === "lm" ? "" : `   loss: ${formatExact(r.loss)}`}`);
  print(`${r.converged ? "Converged" : "Did not converge"} after ${r.iterations} iterations: ${r.message}.`);
}
