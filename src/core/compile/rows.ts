/**
 * The row compiler: formulas in index notation (x[i], Sum over j) become loop nests over rows of the last
 * axis. Each subexpression is computed in the outermost loop where its indices are defined, so a Sum that
 * does not depend on the free index i is computed once per row, and parameter-only work once per call.
 * Operations print through the same templates as the elementwise compiler (templates.ts).
 */
import { ArgumentError } from "../errors.js";
import { functionRecord } from "../functions/index.js";
import { quantileOf, quantileWeightOf } from "../functions/quantile.js";
import { CONSTANTS, type Node, call, freeSymbols } from "../node.js";
import { stabilize } from "../rewrite/index.js";
import { shiftExponentialSums } from "../rewrite/shift.js";
import { MAX_CACHED_FUNCTIONS } from "./compile.js";
import { numberSource, powReal } from "./semantics.js";
import { isAtomic, nodeSource } from "./templates.js";

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
   * Inputs that are arrays along the last axis even where this tree does not index them (a derivative such
   * as d(x·y)/dx = y[i] keeps x's shape). Default: the inputs the tree indexes.
   */
  readonly vectors?: readonly string[];
  /** Apply the stability rewrites and the max shift of exponential sums (default true). */
  readonly stable?: boolean;
}

/** How an input enters a formula: indexed along the last axis ("vector", x[j]) or one value per row ("row"). */
export type InputRole = "vector" | "row";

export interface RowFunction {
  readonly inputs: readonly string[];
  readonly params: readonly string[];
  readonly roles: readonly InputRole[];
  /** Row inputs used as an index (y_pred[y_true]): their values must be integers in [0, n). */
  readonly indexInputs: readonly string[];
  /** The free indices of the output: a row gives n**indices.length values. */
  readonly indices: readonly string[];
  /** The expression that was compiled, after the stability rewrites. */
  readonly node: Node;
  readonly source: string;
  /**
   * Evaluates `rows` rows of length `n`: vector inputs hold rows*n values (row-major), row inputs `rows`
   * values; a number stands for a constant. Returns rows*n**indices.length values, row-major.
   */
  run(inputs: readonly (number | ArrayLike<number>)[], rows: number, n: number, params?: readonly number[]): Float64Array;
}

const isIndexed = (n: Node): boolean => n.kind === "call" && n.name === "Indexed";
/** ReduceMax(...) or a multiple of it: the shift of an exponential sum. */
const isShift = (n: Node): boolean => (n.kind === "call" && n.name === "ReduceMax") || (n.kind === "mul" && n.args.length === 2 && n.args[0]!.kind === "num" && isShift(n.args[1]!));

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
function inputRoles(root: Node, inputs: readonly string[], vectors: readonly string[]): { roles: InputRole[]; indexInputs: string[] } {
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

interface Scope {
  readonly lines: string[];
  readonly parent: Scope | undefined;
  readonly depth: number;
}
const child = (parent: Scope): Scope => ({ lines: [], parent, depth: parent.depth + 1 });

const cache = new Map<string, RowFunction>();

/** Compiles a formula in index notation to a row kernel, once per (node, inputs, params, index, size, stable). */
export function compileRows(node: Node, options: RowCompileOptions): RowFunction {
  const inputs = [...options.inputs];
  const params = [...(options.params ?? [])];
  const indices = [...(options.indices ?? (freeSymbols(node).includes("i") ? ["i"] : []))];
  const size = options.size ?? "n";
  const stable = options.stable ?? true;
  const vectors = options.vectors ?? [];
  // JSON, not a join: names cannot collide with the separator (["x,y"] is not ["x", "y"]).
  const key = JSON.stringify([node.id, inputs, params, indices, size, vectors, stable]);
  // The same bounded LRU as the elementwise compiler's cache.
  let compiled = cache.get(key);
  if (compiled) cache.delete(key);
  else compiled = buildRows(stable ? shiftExponentialSums(stabilize(node)) : node, inputs, params, indices, size, vectors);
  cache.set(key, compiled);
  if (cache.size > MAX_CACHED_FUNCTIONS) cache.delete(cache.keys().next().value!);
  return compiled;
}

function buildRows(root: Node, inputs: readonly string[], params: readonly string[], indices: readonly string[], size: string, vectors: readonly string[]): RowFunction {
  const { roles, indexInputs } = inputRoles(root, inputs, vectors);
  const free = freeSymbols(root);
  const known = new Set([...inputs, ...params, ...indices, size]);
  const unknown = free.filter((s) => !known.has(s));
  if (unknown.length > 0) throw new ArgumentError(`The expression uses ${unknown.map((s) => `'${s}'`).join(", ")}, which ${unknown.length === 1 ? "is" : "are"} neither an input, a parameter, an output index (${indices.join(", ") || "none"}) nor the row length '${size}'.`);

  const hoisted: Scope = { lines: [], parent: undefined, depth: 0 };
  const row = child(hoisted);
  // One nested loop per output index: element (i), then column (k) for a Jacobian.
  const loops: Scope[] = [];
  for (let d = 0, parent = row; d < indices.length; d++) parent = loops[d] = child(parent);
  const symbolScope = new Map<string, Scope>();
  const symbolSource = new Map<string, string>();
  params.forEach((p, k) => (symbolScope.set(p, hoisted), symbolSource.set(p, `p${k}`)));
  symbolScope.set(size, hoisted);
  symbolSource.set(size, "n");
  inputs.forEach((s, k) => (symbolScope.set(s, row), symbolSource.set(s, `v${k}`)));
  indices.forEach((s, d) => (symbolScope.set(s, loops[d]!), symbolSource.set(s, `i${d}`)));

  const uses = new Map<Node, number>();
  const scan = (n: Node) => {
    const count = (uses.get(n) ?? 0) + 1;
    uses.set(n, count);
    if (count === 1) n.args.forEach(scan);
  };
  scan(root);

  const kernels: ((...a: never[]) => number)[] = [];
  const kernelIndex = new Map<string, number>();
  const kernel = (name: string): string => {
    let k = kernelIndex.get(name);
    if (k === undefined) {
      k = kernels.length;
      kernels.push(functionRecord(name)!.kernel);
      kernelIndex.set(name, k);
    }
    return `f${k}`;
  };
  /** A kernel over a row's collected values (the order statistics), passed like the function kernels. */
  const arrayKernels = new Map<(values: Float64Array, ...a: number[]) => number, string>();
  const arrayKernel = (f: (values: Float64Array, ...a: number[]) => number): string => {
    let src = arrayKernels.get(f);
    if (src === undefined) {
      src = `f${kernels.length}`;
      kernels.push(f);
      arrayKernels.set(f, src);
    }
    return src;
  };

  let cur: Scope = loops[loops.length - 1] ?? row;
  let temps = 0;
  const memo = new Map<Node, { src: string; scope: Scope }>();
  const visible = (s: Scope): boolean => {
    for (let c: Scope | undefined = cur; c; c = c.parent) if (c === s) return true;
    return false;
  };
  /** The innermost scope that defines every index and input the node uses: where it is computed. */
  const scopeOf = (n: Node): Scope => {
    let best = hoisted;
    for (const s of freeSymbols(n)) {
      const scope = symbolScope.get(s);
      if (scope && scope.depth > best.depth) best = scope;
    }
    return best;
  };
  const bind = (n: Node, src: string): string => {
    if (isAtomic(src)) return src;
    const name = `t${temps++}`;
    cur.lines.push(`const ${name} = ${src};`);
    memo.set(n, { src: name, scope: cur });
    return name;
  };
  const inScope = <T>(scope: Scope, f: () => T): T => {
    const saved = cur;
    cur = scope;
    try {
      return f();
    } finally {
      cur = saved;
    }
  };

  /** A Sum, ReduceMax or order statistic: an accumulation loop in the current scope, its body in a child scope. */
  const reduction = (n: Node, init: string, step: (acc: string, body: string, index: string) => string): string => {
    const [body, j, lo, hi] = n.args as [Node, Node, Node, Node];
    const c = temps++;
    const [acc, jv] = [`s${c}`, `j${c}`];
    const [from, to] = [atom(lo), atom(hi)];
    const loop = child(cur);
    const shadowed = [symbolScope.get(j.name), symbolSource.get(j.name)] as const;
    symbolScope.set(j.name, loop);
    symbolSource.set(j.name, jv);
    const b = inScope(loop, () => expr(body));
    if (shadowed[0]) symbolScope.set(j.name, shadowed[0]);
    else symbolScope.delete(j.name);
    if (shadowed[1]) symbolSource.set(j.name, shadowed[1]);
    else symbolSource.delete(j.name);
    cur.lines.push(`let ${acc} = ${init};`, `for (let ${jv} = ${from}; ${jv} <= ${to}; ${jv}++) {`, ...loop.lines, `${step(acc, b, jv)};`, "}");
    return acc;
  };

  const build = (n: Node): string => {
    if (n.kind === "call") {
      switch (n.name) {
        case "Indexed": {
          const k = inputs.indexOf(n.args[0]!.name);
          return `I${k}[o + ${atom(n.args[1]!)}]`;
        }
        case "Sum":
          return reduction(n, "0", (acc, b) => `${acc} += ${b}`);
        case "ReduceMax": {
          const acc = reduction(n, "-Infinity", (a, b) => `${a} = Math.max(${a}, ${b})`);
          // An infinite maximum shifts by 0 (as SciPy's logsumexp), NaN stays NaN.
          return `(${acc} - ${acc} === 0 ? ${acc} : ${acc} === ${acc} ? 0 : NaN)`;
        }
        case "MaxOver":
          // The maximum itself (NaN if an element is NaN); ReduceMax above is the shift of log-sum-exp.
          return reduction(n, "-Infinity", (a, b) => `${a} = Math.max(${a}, ${b})`);
        case "Quantile":
        case "QuantileWeight": {
          // The row's values of f collected, then the order statistic (or its weight at element t) of them.
          const [, , lo, hi, q, t] = n.args as [Node, Node, Node, Node, Node, Node | undefined];
          const [from, to] = [atom(lo), atom(hi)];
          const values = reduction(n, `new Float64Array(Math.max(0, ${to} - ${from} + 1))`, (acc, b, j) => `${acc}[${j} - ${from}] = ${b}`);
          return t === undefined ? `${arrayKernel(quantileOf)}(${values}, ${atom(q)})` : `${arrayKernel(quantileWeightOf)}(${values}, ${atom(q)}, ${atom(t)} - ${from})`;
        }
        case "SumExpBelowMax": {
          // d = f - M: d < 0 adds exp(d); d = 0 (a maximum) counts 1; d > 0 only when M is +Infinity
          // (shifted by 0), where the sum is +Infinity; NaN stays NaN.
          const [body, j, lo, hi] = n.args as [Node, Node, Node, Node];
          const max = atom(call("ReduceMax", [body, j, lo, hi]));
          const ties = `c${temps++}`;
          cur.lines.push(`let ${ties} = -1;`);
          return reduction(n, "0", (acc, b) => `const d = ${b} - ${max}; if (d < 0) ${acc} += Math.exp(d); else if (d === 0) ${ties}++; else ${acc} += d * Infinity`) + ` + ${ties}`;
        }
      }
    }
    // A sum with a max shift subtracts the shift first, right after the terms that vary here: x - M is exact
    // near the maximum, so log_softmax's x - M - log1p(s) keeps the small s (canonical order would not).
    if (n.kind === "add" && n.args.some(isShift)) {
      const varying = n.args.filter((a) => !isShift(a) && scopeOf(a) === cur);
      const ordered = [...varying, ...n.args.filter(isShift), ...n.args.filter((a) => !isShift(a) && !varying.includes(a))];
      return `(${ordered.map(expr).join(" + ")})`;
    }
    return nodeSource(n, { expr, atom, kernel });
  };

  function expr(n: Node): string {
    const m = memo.get(n);
    if (m && visible(m.scope)) return m.src;
    if (n.kind === "num") return numberSource(n.value);
    if (n.kind === "sym") return symbolSource.get(n.name) ?? numberSource(CONSTANTS.get(n.name)!);
    const target = scopeOf(n);
    if (target !== cur && visible(target)) return inScope(target, () => atom(n));
    const src = build(n);
    return (uses.get(n) ?? 0) > 1 || n.kind === "call" && (n.name === "Sum" || n.name === "ReduceMax") ? bind(n, src) : src;
  }
  function atom(n: Node): string {
    const src = expr(n);
    return isAtomic(src) ? src : bind(n, src);
  }

  const result = expr(root);
  const I = inputs.map((_, k) => `I${k}`);
  const p = params.map((_, k) => `p${k}`);
  const reads = inputs.map((_, k) => (roles[k] === "row" ? `const v${k} = I${k}[r];` : "")).filter((s) => s);
  // out[((r*n + i0)*n + i1)...]: the output offset grows by one factor n per loop.
  let inner = [`out[${indices.length === 0 ? "r" : `q${indices.length - 1}`}] = ${result};`];
  for (let d = indices.length - 1; d >= 0; d--) {
    const offset = `const q${d} = ${d === 0 ? "r" : `q${d - 1}`} * n + i${d};`;
    inner = [`for (let i${d} = 0; i${d} < n; i${d}++) {`, offset, ...loops[d]!.lines, ...inner, "}"];
  }
  const source = [
    `return function rows(${[...I, ...p, "out", "R", "n"].join(", ")}) {`,
    ...hoisted.lines,
    "for (let r = 0; r < R; r++) {",
    "const o = r * n;",
    ...reads,
    ...row.lines,
    ...inner,
    "}",
    "return out;",
    "};",
  ].join("\n");
  const kernelDecls = kernels.map((_, k) => `const f${k} = F[${k}];`).join("\n");
  // The generated text comes only from the tree: identifiers are I0.., v0.., p0.., t0.., s0.., j0.., f0..
  const loop = new Function("F", "P", `"use strict";\n${kernelDecls}\n${source}`)(kernels, powReal) as (...args: unknown[]) => Float64Array;

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
    return loop(...arrays, ...paramValues, new Float64Array(rows * n ** indices.length), rows, n);
  };
  return { inputs, params, roles, indexInputs, indices, node: root, source, run };
}
