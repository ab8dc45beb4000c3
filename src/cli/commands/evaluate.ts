import { ArgumentError, Tensor } from "../../core/index.js";
import type { Expression } from "../../forge/index.js";
import { type ArrayValue, MAX_POINTS, parseArrayAssignments, parseAssignments } from "../args.js";
import { UsageError } from "../errors.js";
import { formatExact, paint, print, printJson, table } from "../output.js";
import { resolveTarget } from "../target.js";

export interface EvalCommandOptions {
  json?: boolean;
}

export interface GradCommandOptions {
  json?: boolean;
  var?: string;
}

/** The input values of every row, one column per input (the last input varies fastest). */
interface Grid {
  readonly inputs: readonly string[];
  readonly columns: ReadonlyMap<string, Float64Array>;
  readonly count: number;
}

interface Prepared {
  readonly expression: Expression;
  readonly label: string;
  readonly grid: Grid | undefined;
}

/**
 * Splits NAME=VALUE arguments into parameter overrides and input values; undefined grid when none given.
 * The grid's columns follow the expression's input order (the order of its signature), whatever the order
 * of the arguments.
 */
function prepare(text: string, assignments: readonly string[]): Prepared {
  const { expression: base, label } = resolveTarget(text);
  const values = parseAssignments(assignments);
  const overrides = new Map<string, number>();
  const given = new Map<string, number[]>();
  for (const [name, vs] of values) {
    if (Object.hasOwn(base.params, name)) {
      if (vs.length !== 1) throw new UsageError(`${name} is a parameter of ${label}: give it one value, got ${vs.length}.`);
      overrides.set(name, vs[0]!);
    } else {
      given.set(name, vs);
    }
  }
  const expression = overrides.size > 0 ? base.withParams({ ...base.params, ...Object.fromEntries(overrides) }) : base;
  if (given.size === 0 && expression.variables.length > 0) return { expression, label, grid: undefined };
  const missing = expression.variables.filter((v) => !given.has(v));
  if (missing.length > 0) throw new UsageError(`Missing ${missing.map((m) => `${m}=VALUE`).join(" ")} for ${label} (inputs: ${expression.variables.join(", ")}).`);
  // Names that are not inputs stay at the end, for eval to reject with its "Unknown input" message.
  const order = [...expression.variables, ...[...given.keys()].filter((n) => !expression.variables.includes(n))];
  return { expression, label, grid: cartesian(order.map((n) => [n, given.get(n)!])) };
}

function cartesian(inputs: readonly (readonly [string, readonly number[]])[]): Grid {
  const count = inputs.reduce((a, [, vs]) => a * vs.length, 1);
  if (count > MAX_POINTS) throw new UsageError(`${count} points requested; at most ${MAX_POINTS} are allowed.`);
  const columns = new Map<string, Float64Array>();
  let stride = count;
  for (const [name, vs] of inputs) {
    stride /= vs.length;
    const column = new Float64Array(count);
    for (let r = 0; r < count; r++) column[r] = vs[Math.floor(r / stride) % vs.length]!;
    columns.set(name, column);
  }
  return { inputs: inputs.map(([n]) => n), columns, count };
}

/** Values of `expression` at every row of the grid, through the compiled kernel. */
function evaluateGrid(expression: Expression, grid: Grid): Float64Array {
  // One point goes as numbers, so that the library's messages do not speak of array indices.
  const args = Object.fromEntries(grid.inputs.map((n) => [n, grid.count === 1 ? grid.columns.get(n)![0]! : grid.columns.get(n)!]));
  const out = expression.eval(args);
  return typeof out === "number" ? Float64Array.of(out) : out;
}

function points(grid: Grid, values: Float64Array, key: "value" | "gradient"): Record<string, unknown>[] {
  return Array.from(values, (v, r) => ({ at: Object.fromEntries(grid.inputs.map((n) => [n, grid.columns.get(n)![r]!])), [key]: v }));
}

function valueTable(grid: Grid, values: Float64Array, header: string): string {
  const rows = Array.from(values, (v, r) => [...grid.inputs.map((n) => formatExact(grid.columns.get(n)![r]!)), formatExact(v)]);
  return table([...grid.inputs, header], rows, [...grid.inputs.map(() => "right" as const), "right"]);
}

function signature(p: Prepared): string {
  const params = Object.entries(p.expression.params).map(([k, v]) => `${k} = ${v}`);
  const head = `${p.expression.name}(${p.expression.variables.join(", ")}) = ${p.expression}`;
  return params.length > 0 ? `${head}   ${paint("dim", `[${params.join(", ")}]`)}` : head;
}

/** A formula along the last axis (softmax, cross_entropy): inputs are JSON arrays, the result one array. */
function vectorCommand(expression: Expression, label: string, assignments: readonly string[], json: boolean | undefined, what: "value" | "gradient", variable?: string): void {
  const values = parseArrayAssignments(assignments);
  const args: Record<string, ArrayValue> = {};
  const overrides: Record<string, number> = {};
  for (const [name, value] of values) {
    if (Object.hasOwn(expression.params, name)) {
      if (typeof value !== "number") throw new UsageError(`${name} is a parameter of ${label}: give it one number.`);
      overrides[name] = value;
    } else args[name] = value;
  }
  const base = Object.keys(overrides).length > 0 ? expression.withParams({ ...expression.params, ...overrides }) : expression;
  const missing = base.variables.filter((v) => !Object.hasOwn(args, v));
  if (missing.length > 0) throw new UsageError(`Missing ${missing.map((m) => `${m}=[...]`).join(" ")} for ${label} (inputs: ${base.variables.join(", ")}; arrays along the last axis, e.g. x=[1,2,3]).`);
  const target = what === "value" ? base : base.derivative(variable ?? base.variables[0]!);
  const out = target.eval(args as Record<string, number[]>);
  const result = out instanceof Tensor ? out.toArray() : typeof out === "number" ? out : [...out];
  if (json) {
    printJson({ name: label, formula: target.toString(), inputs: args, params: base.params, [what]: result });
    return;
  }
  print(`${target.name}(${base.variables.join(", ")}) = ${target}`);
  print();
  print(JSON.stringify(result, (_key, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v)));
}

export function evalCommand(text: string, assignments: string[], options: EvalCommandOptions): void {
  const target = resolveTarget(text);
  if (target.expression.output !== "elementwise") return vectorCommand(target.expression, target.label, assignments, options.json, "value");
  const p = prepare(text, assignments);
  if (!p.grid) throw new UsageError(`eval needs a value for each input: ${p.expression.variables.map((v) => `${v}=VALUE`).join(" ")}.`);
  const values = evaluateGrid(p.expression, p.grid);
  if (options.json) {
    printJson({ name: p.label, formula: p.expression.toString(), inputs: p.expression.variables, params: p.expression.params, points: points(p.grid, values, "value") });
    return;
  }
  print(signature(p));
  print();
  print(valueTable(p.grid, values, `${p.expression.name}(${p.expression.variables.join(", ")})`));
}

export function gradCommand(text: string, assignments: string[], options: GradCommandOptions): void {
  const target = resolveTarget(text);
  if (target.expression.output !== "elementwise") return vectorCommand(target.expression, target.label, assignments, options.json, "gradient", options.var);
  const p = prepare(text, assignments);
  const variable = options.var ?? p.expression.variables[0];
  if (variable === undefined) throw new ArgumentError(`${p.label} has no inputs to differentiate.`);
  const derivative = p.expression.gradient(variable);
  const values = p.grid ? evaluateGrid(derivative, p.grid) : undefined;
  if (options.json) {
    printJson({
      name: p.label,
      formula: p.expression.toString(),
      variable,
      derivative: derivative.toString(),
      derivativeLatex: derivative.latex,
      inputs: p.expression.variables,
      params: p.expression.params,
      points: p.grid && values ? points(p.grid, values, "gradient") : [],
    });
    return;
  }
  print(signature(p));
  print(`${paint("bold", `d/d${variable}`)} = ${derivative}`);
  if (p.grid && values) {
    print();
    print(valueTable(p.grid, values, `d/d${variable}`));
  }
}
