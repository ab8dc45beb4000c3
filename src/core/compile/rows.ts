/**
 * The row compiler: formulas in index notation (x[i], Sum over j) become loop nests over rows of the last
 * axis. The formula is lowered once (lower-rows.ts: each subexpression in the outermost loop where its indices
 * are defined, so a Sum that does not depend on the free index i is computed once per row, and parameter-only
 * work once per call) and printed as JavaScript loops (loops.ts) with the elementwise compiler's templates
 * (templates.ts), as the "js" and "c" export targets print the same program.
 */
import { ArgumentError } from "../errors.js";
import { functionRecord } from "../functions/index.js";
import type { FunctionRecord } from "../functions/record.js";
import { type Node, freeSymbols, sym } from "../node.js";
import { stabilize } from "../rewrite/index.js";
import { shiftExponentialSums } from "../rewrite/shift.js";
import { MAX_CACHED_FUNCTIONS, codeGenerationAllowed } from "./compile.js";
import { evaluate } from "./interpret.js";
import { evaluateRow } from "./interpret-rows.js";
import { printText } from "../syntax/print-text.js";
import { type InputRole, lowerRows } from "./lower-rows.js";
import { type LoopSyntax, printRow, printStatements } from "./loops.js";
import { powReal } from "./semantics.js";
import { jsNeedsAtoms, jsSource } from "./templates.js";

export interface RowCompileOptions {
  /** Names of the inputs, in argument order. */
  readonly inputs: readonly string[];
  /** Names of the parameters (numbers), passed after the inputs. */
  readonly params?: readonly string[];
  /**
   * The free indices that index the output within a row, outermost first: [] for one value per row, ["i"] for
   * one per element, ["i", "k"] for an n-by-n matrix (a Jacobian). Default: ["i"] when i is free, else [].
   */
  readonly indices?: readonly string[];
  /** The symbol of the row length (default "n"). */
  readonly size?: string;
  /**
   * How many values each output index takes, a formula in the row length and the parameters (default: the row
   * length, for every index). GLU's output is half a row: ["n/2"], and its Jacobian [n/2, n].
   */
  readonly extents?: readonly Node[];
  /**
   * Inputs that are arrays along the last axis even where this tree does not index them (a derivative such
   * as d(x·y)/dx = y[i] keeps x's shape). Default: the inputs the tree indexes.
   */
  readonly vectors?: readonly string[];
  /** Apply the stability rewrites and the max shift of exponential sums (default true). */
  readonly stable?: boolean;
}

export type { InputRole } from "./lower-rows.js";

export interface RowFunction {
  readonly inputs: readonly string[];
  readonly params: readonly string[];
  readonly roles: readonly InputRole[];
  /** Row inputs used as an index (y_pred[y_true]): their values must be integers in [0, n). */
  readonly indexInputs: readonly string[];
  /** The free indices of the output, outermost first. */
  readonly indices: readonly string[];
  /** How many values each output index takes, as formulas in the row length. */
  readonly extents: readonly Node[];
  /**
   * The numbers of values of the output indices for rows of length n (an ArgumentError where one is not a
   * whole number: GLU on an odd last axis). A row gives their product.
   */
  lengths(n: number, params?: readonly number[]): number[];
  /** The expression that was compiled, after the stability rewrites. */
  readonly node: Node;
  readonly source: string;
  /**
   * Evaluates `rows` rows of length `n`: vector inputs hold rows*n values (row-major), row inputs `rows`
   * values; a number stands for a constant. Returns rows times the product of `lengths(n)` values, row-major.
   */
  run(inputs: readonly (number | ArrayLike<number>)[], rows: number, n: number, params?: readonly number[]): Float64Array;
}

const isIndexed = (n: Node): boolean => n.kind === "call" && n.name === "Indexed";

/** True when the formula uses index notation, so that it must go through the row compiler. */
export function usesIndexNotation(root: Node): boolean {
  const seen = new Set<Node>();
  const go = (n: Node): boolean => {
    if (seen.has(n)) return false;
    seen.add(n);
    return isIndexed(n) || n.args.some(go);
  };
  return go(root);
}

/** Which inputs are indexed, which are used as indices; a bare use of an indexed input is an error. */
export function inputRoles(root: Node, inputs: readonly string[], vectors: readonly string[]): { roles: InputRole[]; indexInputs: string[] } {
  const indexed = new Set<string>(vectors);
  const asIndex = new Set<string>();
  const bare = new Set<string>();
  const seen = new Set<Node>();
  const go = (n: Node, underIndexed: boolean) => {
    if (isIndexed(n)) {
      indexed.add(n.args[0]!.name);
      const idx = n.args[1]!;
      if (idx.kind === "sym" && inputs.includes(idx.name)) asIndex.add(idx.name);
      go(idx, false);
      return;
    }
    if (n.kind === "sym" && !underIndexed) bare.add(n.name);
    if (seen.has(n)) return;
    seen.add(n);
    n.args.forEach((a) => go(a, false));
  };
  go(root, false);
  const misused = [...indexed].filter((s) => bare.has(s));
  if (misused.length > 0) throw new ArgumentError(`'${misused[0]}' is indexed (${misused[0]}[j]) and also used bare: write every use of it with an index.`);
  const unknown = [...indexed].filter((s) => !inputs.includes(s));
  if (unknown.length > 0) throw new ArgumentError(`'${unknown[0]}' is indexed but is not an input (inputs: ${inputs.join(", ") || "none"}).`);
  return { roles: inputs.map((s) => (indexed.has(s) ? "vector" : "row")), indexInputs: [...asIndex] };
}

const cache = new Map<string, RowFunction>();

/** Compiles a formula in index notation to a row kernel, once per (node, inputs, params, index, size, stable). */
export function compileRows(node: Node, options: RowCompileOptions): RowFunction {
  const inputs = [...options.inputs];
  const params = [...(options.params ?? [])];
  const indices = [...(options.indices ?? (freeSymbols(node).includes("i") ? ["i"] : []))];
  const size = options.size ?? "n";
  const stable = options.stable ?? true;
  const vectors = options.vectors ?? [];
  const extents = indices.map((_, d) => options.extents?.[d] ?? sym(size));
  // JSON, not a join: names cannot collide with the separator (["x,y"] is not ["x", "y"]).
  const key = JSON.stringify([node.id, inputs, params, indices, size, vectors, stable, extents.map((e) => e.id)]);
  // The same bounded LRU as the elementwise compiler's cache.
  let compiled = cache.get(key);
  if (compiled) cache.delete(key);
  else compiled = buildRows(stable ? shiftExponentialSums(stabilize(node)) : node, { inputs, params, indices, size, vectors, extents });
  cache.set(key, compiled);
  if (cache.size > MAX_CACHED_FUNCTIONS) cache.delete(cache.keys().next().value!);
  return compiled;
}

interface RowLayout {
  readonly inputs: readonly string[];
  readonly params: readonly string[];
  readonly indices: readonly string[];
  readonly size: string;
  readonly vectors: readonly string[];
  readonly extents: readonly Node[];
}

function buildRows(root: Node, layout: RowLayout): RowFunction {
  const { inputs, params, indices, size, vectors, extents } = layout;
  const { roles, indexInputs } = inputRoles(root, inputs, vectors);
  for (const e of extents) {
    const stray = freeSymbols(e).filter((s) => s !== size && !params.includes(s));
    if (stray.length > 0) throw new ArgumentError(`An output length (${printText(e)}) may use only the row length '${size}' and the parameters, not '${stray[0]}'.`);
  }
  const free = freeSymbols(root);
  const known = new Set([...inputs, ...params, ...indices, size]);
  const unknown = free.filter((s) => !known.has(s));
  if (unknown.length > 0) throw new ArgumentError(`The expression uses ${unknown.map((s) => `'${s}'`).join(", ")}, which ${unknown.length === 1 ? "is" : "are"} neither an input, a parameter, an output index (${indices.join(", ") || "none"}) nor the row length '${size}'.`);

  const program = lowerRows(root, { inputs, roles, params, indices, extents, size, atomicArgs: jsNeedsAtoms });
  // Generated identifiers only: inputs I0.. (their values v0.. for a row input), parameters p0.., indices i0..
  // (output) and j0.. (bound), temporaries t0..; n, r (the row), o (its offset), q (its output's offset).
  let counter = 0;
  const names = program.slots.map((slot, id) => {
    switch (slot.kind) {
      case "input":
        return slot.role === "vector" ? `I${id}` : `v${id}`;
      case "param":
        return `p${id - inputs.length}`;
      case "size":
        return "n";
      case "index":
        return slot.output ? `i${indices.indexOf(slot.name)}` : `j${counter++}`;
      case "temp":
        return `t${counter++}`;
    }
  });
  const kernels: ((...a: number[]) => number)[] = [];
  const reducers: NonNullable<FunctionRecord["reduce"]>[] = [];
  const kernelIndex = new Map<string, number>();
  const kernel = (name: string): string => {
    let k = kernelIndex.get(name);
    if (k === undefined) {
      k = kernels.push(functionRecord(name)!.kernel) - 1;
      kernelIndex.set(name, k);
    }
    return `f${k}`;
  };
  const js = { ref: (id: number) => names[id]!, fn: kernel, pow: "P" };
  // A record's reduction fills a buffer kept across rows, grown when a row needs more.
  const buffers: string[] = [];
  const syntax: LoopSyntax = {
    value: (v) => jsSource(v, js),
    index: (v) => jsSource(v, js),
    constant: (name, text) => `const ${name} = ${text};`,
    variable: (name, text) => `let ${name} = ${text};`,
    loop: (i, from, test) => `for (let ${i} = ${from}; ${test}; ${i}++) {`,
    max: (a, b) => `Math.max(${a}, ${b})`,
    buffer: (name, length) => {
      buffers.push(`let ${name}_b = new Float64Array(n);`);
      return `if (${name}_b.length < ${length}) ${name}_b = new Float64Array(${length}); const ${name} = ${name}_b;`;
    },
    kernel: (op, buffer, length, extra, from) => `R${reducers.push(functionRecord(op)!.reduce!) - 1}(${buffer}.subarray(0, ${length}), [${extra.join(", ")}], ${from})`,
    element: (input, index) => `${input}[o + ${index}]`,
    indent: "",
  };
  const hoisted = printStatements(program.hoisted, names, syntax, 0);
  const perRow = program.loops.length === 0 ? 1 : program.loops.map((l) => `(${jsSource(l.extent, js)})`).join(" * ");
  const body = printRow(program, names, syntax, { single: (result) => `out[r] = ${result};`, open: () => [], store: (at, result) => `out[q + ${at}] = ${result};`, close: [] }, 0);
  const I = program.slots.flatMap((slot, id) => (slot.kind === "input" ? [`I${id}`] : []));
  const p = params.map((_, k) => `p${k}`);
  const reads = program.slots.flatMap((slot, id) => (slot.kind === "input" && slot.role === "row" ? [`const v${id} = I${id}[r];`] : []));
  const source = [
    `return function rows(${[...I, ...p, "out", "R", "n"].join(", ")}) {`,
    ...hoisted,
    ...buffers,
    "for (let r = 0; r < R; r++) {",
    "const o = r * n;",
    `const q = r * ${perRow};`,
    ...reads,
    ...body,
    "}",
    "return out;",
    "};",
  ].join("\n");
  const kernelDecls = [...kernels.map((_, k) => `const f${k} = F[${k}];`), ...reducers.map((_, k) => `const R${k} = G[${k}];`)].join("\n");
  // The generated text comes only from the tree: identifiers are I0.., v0.., p0.., i0.., j0.., t0.., f0.., R0..
  // Where code generation is refused (CSP), the reference interpreter evaluates every element instead.
  const loop = codeGenerationAllowed()
    ? (new Function("F", "G", "P", `"use strict";\n${kernelDecls}\n${source}`)(kernels, reducers, powReal) as (...args: unknown[]) => Float64Array)
    : interpretedRows(root, layout, roles);

  const lengths = (n: number, paramValues: readonly number[] = []): number[] => {
    const env = new Map<string, number>([[size, n], ...params.map((p, k) => [p, paramValues[k]!] as const)]);
    return extents.map((e) => {
      const m = evaluate(e, env);
      if (!Number.isInteger(m) || m < 0) throw new ArgumentError(`The output has ${printText(e)} values per row, which for a last axis of length ${n} is ${m}: the length of the last axis must make it a whole number.`);
      return m;
    });
  };

  const run = (values: readonly (number | ArrayLike<number>)[], rows: number, n: number, paramValues: readonly number[] = []): Float64Array => {
    if (values.length !== inputs.length) throw new ArgumentError(`Expected ${inputs.length} input${inputs.length === 1 ? "" : "s"} (${inputs.join(", ")}), got ${values.length}.`);
    if (paramValues.length !== params.length) throw new ArgumentError(`Expected ${params.length} parameter value${params.length === 1 ? "" : "s"} (${params.join(", ")}), got ${paramValues.length}.`);
    const arrays = values.map((v, k) => {
      const length = roles[k] === "vector" ? rows * n : rows;
      if (typeof v === "number") return new Float64Array(length).fill(v);
      if (v.length !== length) throw new ArgumentError(`Input '${inputs[k]}' needs ${length} values (${rows} row${rows === 1 ? "" : "s"}${roles[k] === "vector" ? ` of ${n}` : ""}), got ${v.length}.`);
      return v;
    });
    for (const name of indexInputs) {
      const values = arrays[inputs.indexOf(name)]!;
      for (let r = 0; r < values.length; r++) {
        const c = values[r]!;
        if (!Number.isInteger(c) || c < 0 || c >= n) throw new ArgumentError(`${name}[${r}]: a class index must be an integer in [0, ${n - 1}], got ${c}.`);
      }
    }
    const per = lengths(n, paramValues).reduce((a, b) => a * b, 1);
    return loop(...arrays, ...paramValues, new Float64Array(rows * per), rows, n);
  };
  return { inputs, params, roles, indexInputs, indices, extents, lengths, node: root, source, run };
}

/**
 * Where code generation is refused, the row kernel's signature over the reference interpreter: each output
 * element is evaluateRow at its row and indices, reductions shared within a row. The same values to rounding
 * (it adds a max shift in the compiler's order; test/core/no-eval.test.ts), slower.
 */
function interpretedRows(root: Node, { inputs, params, indices, size, extents }: RowLayout, roles: readonly InputRole[]) {
  return (...args: unknown[]): Float64Array => {
    const [out, rows, n] = args.slice(inputs.length + params.length) as [Float64Array, number, number];
    const env = new Map<string, number | ArrayLike<number>>([[size, n]]);
    const arrays = inputs.map((_, k) => Float64Array.from(args[k] as ArrayLike<number>));
    params.forEach((p, k) => env.set(p, args[inputs.length + k] as number));
    const lengths = extents.map((e) => evaluate(e, env as Map<string, number>));
    const per = lengths.reduce((a, b) => a * b, 1);
    for (let r = 0; r < rows; r++) {
      const cache = new Map<Node, number>();
      inputs.forEach((s, k) => {
        env.set(s, roles[k] === "vector" ? arrays[k]!.subarray(r * n, (r + 1) * n) : arrays[k]![r]!);
      });
      for (let q = 0; q < per; q++) {
        // q in the mixed radix of the lengths, the last index fastest.
        for (let d = indices.length - 1, rest = q; d >= 0; rest = Math.floor(rest / lengths[d]!), d--) env.set(indices[d]!, rest % lengths[d]!);
        out[r * per + q] = evaluateRow(root, env, { indices, cache });
      }
    }
    return out;
  };
}
