/**
 * Code export: a formula (and its derivatives) as standalone source text for NumPy, PyTorch, JAX,
 * TensorFlow.js, JavaScript or C. The stabilized tree is lowered once (src/core/compile/lower.ts), exactly as
 * the compiler lowers it, and a renderer per target prints that program; a target's templates and helpers
 * live in its own module.
 */
import { lower } from "../compile/lower.js";
import { ROW_FUNCTIONS, lowerRows } from "../compile/lower-rows.js";
import { inputRoles, usesIndexNotation } from "../compile/rows.js";
import { boundIndices } from "../functions/indexed.js";
import { diff } from "../diff/diff.js";
import { ArgumentError, UnsupportedExportError } from "../errors.js";
import { functionRecord } from "../functions/index.js";
import { type Node, freeSymbols, isIdentifier, mapBottomUp, substitute, sym } from "../node.js";
import { stabilize } from "../rewrite/index.js";
import { shiftExponentialSums } from "../rewrite/shift.js";
import { parse, printText } from "../syntax/index.js";
import { cTarget } from "./c.js";
import { jsTarget } from "./js.js";
import { jaxTarget, numpyTarget, torchTarget } from "./python-tables.js";
import type { ExportFunction, ExportTarget, ExportTargetName } from "./target.js";
import { tfjsTarget } from "./tfjs.js";

export type { ExportTargetName } from "./target.js";

const TARGETS: ReadonlyMap<string, ExportTarget> = new Map([numpyTarget, torchTarget, jaxTarget, tfjsTarget, jsTarget, cTarget].map((t) => [t.name, t]));

/** The export targets, in the order the documentation lists them. */
export const EXPORT_TARGETS: readonly ExportTargetName[] = ["numpy", "torch", "jax", "tfjs", "js", "c"];

/**
 * Functions no target has, written in the library's own syntax over x with the same operations as their
 * kernels: every target prints them through its templates for cos, exp, Piecewise and so on.
 */
const EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ["sec", "1/cos(x)"],
  ["csc", "1/sin(x)"],
  ["cot", "1/tan(x)"],
  ["coth", "1/tanh(x)"],
  // 2t/(1 + t**2) with t = exp(-|x|): no overflow of cosh past |x| = 710.
  ["sech", "2*exp(-Abs(x))/(1 + exp(-2*Abs(x)))"],
  ["csch", "Piecewise((1/sinh(x), Abs(x) < 1), (2*sign(x)*exp(-Abs(x))/(1 - exp(-2*Abs(x))), True))"],
  ["sinc", "Piecewise((1, Eq(x, 0)), (0, Eq(Abs(x), oo)), (sin(x)/x, True))"],
]);
const expansions = new Map<string, Node>();
const expansion = (fn: string): Node | undefined => {
  const text = EXPANSIONS.get(fn);
  if (text === undefined) return undefined;
  let node = expansions.get(fn);
  if (!node) expansions.set(fn, (node = parse(text)));
  return node;
};

/** Replaces the calls the target lacks by their expansions, then refuses what remains unsupported. */
function prepare(node: Node, target: ExportTarget): Node {
  const supports = (fn: string) => target.supports(fn) || ROW_FUNCTIONS.has(fn);
  const expanded = mapBottomUp(node, (n) => {
    if (n.kind !== "call" || supports(n.name)) return n;
    const body = expansion(n.name);
    return body ? substitute(body, new Map([["x", n.args[0]!]])) : n;
  });
  mapBottomUp(expanded, (n) => {
    if (n.kind === "call" && !supports(n.name)) throw new UnsupportedExportError(n.name, target.name, functionRecord(n.name) ? undefined : "it is not a function of the engine");
    return n;
  });
  return expanded;
}

/**
 * How a formula in index notation lays out its output along the last axis (as compileRows): its output
 * indices, outermost first ([] one value per row, ["i"] a vector, ["i", "k"] a matrix), how many values each
 * takes (formulas in n; default n), and the inputs that are vectors even where the formula does not index them.
 */
export interface RowLayout {
  readonly indices: readonly string[];
  readonly extents?: readonly Node[];
  readonly vectors?: readonly string[];
}

/** One function of the exported text: its name (any text; made an identifier of the target) and formula. */
export interface ExportSource {
  readonly name: string;
  readonly node: Node;
  /** For a formula in index notation (default: output index i where i is free, else one value per row). */
  readonly rows?: RowLayout;
}

/** The row length's symbol in formulas along the last axis. */
const SIZE = "n";

export interface ExportOptions {
  /** Input names, in argument order. */
  readonly inputs: readonly string[];
  /** Parameters and their default values, in argument order after the inputs. */
  readonly params?: Readonly<Record<string, number>>;
  /** Export the stabilized form the compiler runs (default true); false prints the formula as written. */
  readonly stable?: boolean;
}

/** `name` as an identifier in the target's style: words split at anything but letters and digits. */
export function identifierFor(name: string, style: "snake" | "camel"): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  if (words.length === 0) return "formula";
  const joined = style === "snake" ? words.join("_") : words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
  return /^[0-9]/.test(joined) ? `f_${joined}` : joined;
}

/** Source text of the functions for the target: one text that runs as pasted (imports, helpers, functions). */
export function exportCode(target: ExportTargetName, sources: readonly ExportSource[], options: ExportOptions): string {
  const t = typeof target === "string" ? TARGETS.get(target) : undefined;
  if (!t) throw new ArgumentError(`Unknown export target '${String(target)}': use one of ${EXPORT_TARGETS.join(", ")}.`);
  if (options === null || typeof options !== "object" || !Array.isArray(options.inputs)) throw new ArgumentError("toCode: options.inputs must be an array of names.");
  const params = options.params ?? {};
  if (params === null || typeof params !== "object") throw new ArgumentError("toCode: options.params must map parameter names to default values.");
  const paramNames = Object.keys(params);
  for (const name of [...options.inputs, ...paramNames]) {
    if (!isIdentifier(name)) throw new ArgumentError(`toCode: '${String(name)}' is not a valid input or parameter name (letters, digits and underscores, not starting with a digit).`);
  }
  for (const p of paramNames) if (typeof params[p] !== "number") throw new ArgumentError(`toCode: the default of parameter '${p}' must be a number.`);
  if (new Set([...options.inputs, ...paramNames]).size !== options.inputs.length + paramNames.length) throw new ArgumentError("toCode: a name appears twice among inputs and parameters.");
  if (options.stable !== undefined && typeof options.stable !== "boolean") throw new ArgumentError("toCode: options.stable must be true or false.");

  // Names of the text: the target's keywords and helpers are taken, then the functions', then the variables'.
  const taken = new Set(t.reserved);
  const unique = (base: string): string => {
    let name = taken.has(base) ? `${base}_` : base;
    for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
    taken.add(name);
    return name;
  };
  const functionNames = sources.map((s) => unique(identifierFor(s.name, t.style)));
  const variableNames = [...options.inputs, ...paramNames].map(unique);
  const defaults = paramNames.map((p) => params[p]!);

  const functions = sources.map((source, k): ExportFunction => {
    const rows = source.rows ?? (usesIndexNotation(source.node) ? { indices: freeSymbols(source.node).includes("i") ? ["i"] : [] } : undefined);
    const allowed = [...options.inputs, ...paramNames, ...(rows ? [SIZE, ...rows.indices] : [])];
    const unknown = freeSymbols(source.node).filter((s) => !allowed.includes(s));
    if (unknown.length > 0) throw new ArgumentError(`toCode: the formula uses ${unknown.map((s) => `'${s}'`).join(", ")}, which is neither an input nor a parameter.`);
    const local = new Set(taken);
    const temporary = (hint: string): string => {
      let name = local.has(hint) ? `${hint}_2` : hint;
      for (let j = 3; local.has(name); j++) name = `${hint}_${j}`;
      local.add(name);
      return name;
    };
    const formula = printText(source.node);
    if (rows) {
      const stable = options.stable !== false;
      const node = prepare(stable ? shiftExponentialSums(stabilize(source.node)) : source.node, t);
      const { roles } = inputRoles(node, options.inputs, rows.vectors ?? []);
      const extents = rows.indices.map((_, d) => rows.extents?.[d] ?? sym(SIZE));
      const program = lowerRows(node, { inputs: options.inputs, roles, params: paramNames, indices: rows.indices, extents, size: SIZE, atomicArgs: t.atomicArgs });
      const names = program.slots.map((slot, id) => (slot.kind === "input" || slot.kind === "param" ? variableNames[id]! : temporary(slot.name)));
      return { name: functionNames[k]!, formula, rows: program, names, defaults };
    }
    const node = prepare(options.stable === false ? source.node : stabilize(source.node), t);
    const program = lower(node, options.inputs, paramNames, { atomicArgs: t.atomicArgs });
    const names = program.slots.map((slot, id) => (slot.kind !== "temp" ? variableNames[id]! : temporary(slot.name)));
    return { name: functionNames[k]!, formula, program, names, defaults };
  });
  return t.render(functions);
}

export interface ToCodeOptions {
  /** Name of the exported function (default "formula"), made a valid identifier of the target. */
  readonly name?: string;
  readonly inputs: readonly string[];
  readonly params?: Readonly<Record<string, number>>;
  readonly stable?: boolean;
  /** Also export the derivative with respect to each input, as NAME_grad (NAME_grad_INPUT for several). */
  readonly withGradient?: boolean;
}

/** The gradient functions' names: NAME_grad for one input, NAME_grad_INPUT for each of several. */
export const gradientName = (name: string, input: string, inputs: number): string => (inputs === 1 ? `${name}_grad` : `${name}_grad_${input}`);

/** Source text of a formula (and, with withGradient, its derivative in every input) for the target. */
export function toCode(node: Node, target: ExportTargetName, options: ToCodeOptions): string {
  const name = options.name ?? "formula";
  if (typeof name !== "string") throw new ArgumentError("toCode: options.name must be a string.");
  const sources: ExportSource[] = [{ name, node }];
  if (options.withGradient) {
    if (!usesIndexNotation(node)) for (const v of options.inputs) sources.push({ name: gradientName(name, v, options.inputs.length), node: diff(node, v) });
    else {
      // Along the last axis: the derivative in a vector input has one more output index (a Jacobian for a vector).
      const indices = freeSymbols(node).includes("i") ? ["i"] : [];
      const taken = new Set([...freeSymbols(node), ...boundIndices(node)]);
      const index = ["i", "k", "m"].find((s) => !taken.has(s)) ?? "k_1";
      const { roles } = inputRoles(node, options.inputs, []);
      const vectors = options.inputs.filter((_, k) => roles[k] === "vector");
      options.inputs.forEach((v, k) => {
        const rows = { indices: roles[k] === "vector" ? [...indices, index] : indices, vectors };
        sources.push({ name: gradientName(name, v, options.inputs.length), node: diff(node, v, { index }), rows });
      });
    }
  }
  return exportCode(target, sources, options);
}
