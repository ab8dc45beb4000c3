/**
 * The reference interpreter for index notation: a formula is evaluated at one row by replacing, innermost
 * first, every element x[k], every bound index and every reduction (Sum, ReduceMax, ...: its record's
 * `reduce`) by a fresh symbol holding its number, then handing the plain tree to `evaluate`. Symbols, not
 * numbers, so that rebuilding the tree folds nothing (0*x[k] stays NaN for x[k] = NaN, as IEEE says).
 * Slow and simple on purpose: it is the independent check of the row compiler (test/core/rows-parity.test.ts)
 * and its stand-in where code generation is refused.
 */
import { ArgumentError } from "../errors.js";
import { boundIndices } from "../functions/indexed.js";
import { functionRecord } from "../functions/index.js";
import { type Node, type RelOp, TRUE, branches, compareNumbers, freeSymbols, rebuild, sym } from "../node.js";
import { shiftFirst } from "../rewrite/shift.js";
import { evaluate } from "./interpret.js";

/** Values of a row: arrays for vector inputs, numbers for parameters, row inputs, n and the free indices. */
export type RowEnv = ReadonlyMap<string, number | ArrayLike<number>>;

export interface RowOptions {
  /** The output indices (in env), outermost first: the loop levels that order a sum with a max shift. */
  readonly indices?: readonly string[];
  /**
   * Reductions already computed for the current row, shared by calls that differ only in the values of the
   * output indices: a reduction that uses none of them is computed once per row.
   */
  readonly cache?: Map<Node, number>;
}

/** The value of `root` at one row. */
export function evaluateRow(root: Node, env: RowEnv, { indices = [], cache }: RowOptions = {}): number {
  const numbers = new Map<string, number>();
  for (const [name, v] of env) if (typeof v === "number") numbers.set(name, v);
  const taken = new Set([...env.keys(), ...freeSymbols(root), ...boundIndices(root)]);
  let count = 0;
  const hold = (value: number): Node => {
    let name = `_v${count++}`;
    while (taken.has(name)) name = `_v${count++}`;
    numbers.set(name, value);
    return sym(name);
  };
  const scalar = (n: Node, bound: ReadonlyMap<string, Node>): number => evaluate(lower(n, bound), numbers);
  /** The loop level of a term, as the row compiler nests them: row, output indices, then bound indices. */
  const level = (n: Node, bound: ReadonlyMap<string, Node>): number => {
    const bounds = [...bound.keys()];
    return Math.max(0, ...freeSymbols(n).map((s) => (bound.has(s) ? 1 + indices.length + bounds.indexOf(s) : indices.includes(s) ? 1 + indices.indexOf(s) : 0)));
  };

  function lower(n: Node, bound: ReadonlyMap<string, Node>): Node {
    if (n.kind === "sym") return bound.get(n.name) ?? n;
    if (n.args.length === 0) return n;
    if (n.kind === "call" && n.name === "Indexed") {
      const values = env.get(n.args[0]!.name);
      if (values === undefined || typeof values === "number") throw new ArgumentError(`No array given for '${n.args[0]!.name}'.`);
      const k = scalar(n.args[1]!, bound);
      if (!Number.isInteger(k) || k < 0 || k >= values.length) throw new ArgumentError(`Index ${k} of '${n.args[0]!.name}' is outside [0, ${values.length - 1}].`);
      return hold(values[k]!);
    }
    if (n.kind === "piecewise") {
      // Only the branch taken is lowered: another may index outside the row (w[i + 1] at the last i).
      for (const [value, cond] of branches(n)) {
        if (cond === TRUE) return lower(value, bound);
        const [a, b] = [scalar(cond.args[0]!, bound), scalar(cond.args[1]!, bound)];
        if (Number.isNaN(a) || Number.isNaN(b)) return hold(NaN);
        if (compareNumbers(cond.name as RelOp, a, b)) return lower(value, bound);
      }
      return hold(NaN);
    }
    const reduce = n.kind === "call" ? functionRecord(n.name)?.reduce : undefined;
    if (reduce) {
      const shared = cache && !freeSymbols(n).some((s) => indices.includes(s) || bound.has(s));
      const known = shared ? cache.get(n) : undefined;
      if (known !== undefined) return hold(known);
      const [body, j, lo, hi, ...extra] = n.args as [Node, Node, Node, Node, ...Node[]];
      const from = scalar(lo, bound);
      const values: number[] = [];
      for (let k = from, end = scalar(hi, bound); k <= end; k++) values.push(scalar(body, new Map(bound).set(j.name, hold(k))));
      const value = reduce(Float64Array.from(values), extra.map((a) => scalar(a, bound)), from);
      if (shared) cache.set(n, value);
      return hold(value);
    }
    // Added left to right in the row compiler's order (shiftFirst), so that the values agree.
    const ordered = shiftFirst(n, (a) => level(a, bound) === level(n, bound));
    if (ordered) return hold(ordered.reduce((sum, a, k) => (k === 0 ? scalar(a, bound) : sum + scalar(a, bound)), 0));
    return rebuild(n, n.args.map((a) => lower(a, bound)));
  }

  return scalar(root, new Map());
}
