/**
 * The reference interpreter for index notation: a formula is evaluated at one row by replacing, innermost
 * first, every element x[k] and every Sum by its number, then handing the plain tree to `evaluate`. Slow and
 * simple on purpose: it is the independent check of the row compiler (test/core/rows-parity.test.ts).
 */
import { ArgumentError } from "../errors.js";
import { quantileOf, quantileWeightOf } from "../functions/quantile.js";
import { type Node, num, rebuild } from "../node.js";
import { evaluate } from "./interpret.js";

/** Values of a row: arrays for vector inputs, numbers for parameters, row inputs, n and the free indices. */
export type RowEnv = ReadonlyMap<string, number | ArrayLike<number>>;

const REDUCERS: ReadonlyMap<string, { init: number; step: (acc: number, v: number) => number }> = new Map([
  ["Sum", { init: 0, step: (acc: number, v: number) => acc + v }],
  ["ReduceMax", { init: -Infinity, step: (acc: number, v: number) => Math.max(acc, v) }],
  ["MaxOver", { init: -Infinity, step: (acc: number, v: number) => Math.max(acc, v) }],
]);

/** The value of `root` at one row. */
export function evaluateRow(root: Node, env: RowEnv): number {
  const numbers: Record<string, number> = {};
  for (const [name, v] of env) if (typeof v === "number") numbers[name] = v;
  const scalar = (n: Node, bound: Record<string, number>): number => evaluate(lower(n, bound), { ...numbers, ...bound });

  function lower(n: Node, bound: Record<string, number>): Node {
    if (n.kind === "sym" && Object.hasOwn(bound, n.name)) return num(bound[n.name]!);
    if (n.kind !== "call") return n.args.length === 0 ? n : rebuild(n, n.args.map((a) => lower(a, bound)));
    if (n.name === "Indexed") {
      const values = env.get(n.args[0]!.name);
      if (values === undefined || typeof values === "number") throw new ArgumentError(`No array given for '${n.args[0]!.name}'.`);
      const k = scalar(n.args[1]!, bound);
      if (!Number.isInteger(k) || k < 0 || k >= values.length) throw new ArgumentError(`Index ${k} of '${n.args[0]!.name}' is outside [0, ${values.length - 1}].`);
      return num(values[k]!);
    }
    if (n.name === "Quantile" || n.name === "QuantileWeight") {
      const [body, j, lo, hi, q, t] = n.args as [Node, Node, Node, Node, Node, Node | undefined];
      const from = scalar(lo, bound);
      const values: number[] = [];
      for (let k = from, end = scalar(hi, bound); k <= end; k++) values.push(scalar(body, { ...bound, [j.name]: k }));
      return num(t === undefined ? quantileOf(values, scalar(q, bound)) : quantileWeightOf(values, scalar(q, bound), scalar(t, bound) - from));
    }
    const reducer = REDUCERS.get(n.name);
    if (reducer) {
      const [body, j, lo, hi] = n.args as [Node, Node, Node, Node];
      let acc = reducer.init;
      for (let k = scalar(lo, bound), end = scalar(hi, bound); k <= end; k++) acc = reducer.step(acc, scalar(body, { ...bound, [j.name]: k }));
      return num(acc);
    }
    return rebuild(n, n.args.map((a) => lower(a, bound)));
  }

  return scalar(root, {});
}
