import { ArgumentError } from "../errors.js";
import { callSemantics, CONSTANTS, compareNumbers, type Node, type RelOp } from "../node.js";
import { powReal } from "./semantics.js";

/**
 * Splits the factors of a product into numerator and denominator (factors with a negative numeric exponent,
 * exponent negated), the form both the interpreter and the compiler evaluate: one division, correctly rounded.
 */
export function splitFraction(product: Node): { numerator: Node[]; denominator: [Node, number][] } {
  const numerator: Node[] = [];
  const denominator: [Node, number][] = [];
  for (const f of product.args) {
    const e = f.kind === "pow" && f.args[1]!.kind === "num" ? f.args[1]!.value : NaN;
    if (e < 0) denominator.push([f.args[0]!, -e]);
    else numerator.push(f);
  }
  return { numerator, denominator };
}

/**
 * The reference interpreter: evaluates a node at given values of its free symbols. Total: it never throws
 * for a numeric reason (IEEE behaviour), only for a missing symbol. A Piecewise condition with a NaN operand
 * gives NaN, so NaN inputs propagate through branches.
 */
export function evaluate(root: Node, env: ReadonlyMap<string, number> | Readonly<Record<string, number>>): number {
  // Names are data: a plain object is read through its own properties only (`constructor` is a variable).
  const lookup = env instanceof Map ? (name: string) => env.get(name) : (name: string) => (Object.hasOwn(env, name) ? (env as Readonly<Record<string, number>>)[name] : undefined);
  const memo = new Map<Node, number>();
  const go = (n: Node): number => {
    let v = memo.get(n);
    if (v !== undefined) return v;
    v = evalNode(n);
    memo.set(n, v);
    return v;
  };
  const evalNode = (n: Node): number => {
    switch (n.kind) {
      case "num":
        return n.value;
      case "sym": {
        const value = lookup(n.name) ?? CONSTANTS.get(n.name);
        if (value === undefined) throw new ArgumentError(`No value given for '${n.name}'.`);
        if (typeof value !== "number") throw new ArgumentError(`The value of '${n.name}' must be a number, got ${value === null ? "null" : typeof value}.`);
        return value;
      }
      case "add": {
        let s = go(n.args[0]!);
        for (let i = 1; i < n.args.length; i++) s += go(n.args[i]!);
        return s;
      }
      case "mul": {
        const { numerator, denominator } = splitFraction(n);
        let p = numerator.length > 0 ? go(numerator[0]!) : 1;
        for (let i = 1; i < numerator.length; i++) p *= go(numerator[i]!);
        if (denominator.length === 0) return p;
        let q = powReal(go(denominator[0]![0]), denominator[0]![1]);
        for (let i = 1; i < denominator.length; i++) q *= powReal(go(denominator[i]![0]), denominator[i]![1]);
        return p / q;
      }
      case "pow":
        return powReal(go(n.args[0]!), go(n.args[1]!));
      case "call":
        return callSemantics(n.name)!.kernel(...n.args.map(go));
      case "piecewise":
        for (let i = 0; i < n.args.length; i += 2) {
          const cond = n.args[i + 1]!;
          if (cond.kind === "bool") {
            if (cond.name === "True") return go(n.args[i]!);
            continue;
          }
          const a = go(cond.args[0]!);
          const b = go(cond.args[1]!);
          if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
          if (compareNumbers(cond.name as RelOp, a, b)) return go(n.args[i]!);
        }
        return NaN;
      case "rel":
        return compareNumbers(n.name as RelOp, go(n.args[0]!), go(n.args[1]!)) ? 1 : 0;
      case "bool":
        return n.name === "True" ? 1 : 0;
    }
  };
  return go(root);
}
