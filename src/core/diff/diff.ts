import { ArgumentError, NotDifferentiableError } from "../errors.js";
import { functionRecord } from "../functions/index.js";
import {
  type Node, ONE, ZERO, add, branches, call, freeSymbols, mul, piecewise, pow, substitute, sym, MINUS_ONE,
} from "../node.js";
import { parse } from "../syntax/parser.js";

/** Partials of records written as text, parsed once per function (undefined: no closed form). */
const parsedPartials = new Map<string, (Node | undefined)[]>();

function partial(name: string, args: readonly Node[], i: number): Node {
  const record = functionRecord(name);
  if (!record) throw new ArgumentError(`Unknown function '${name}'.`);
  if (typeof record.partials === "function") return record.partials(args, i);
  let partials = parsedPartials.get(name);
  if (!partials) {
    partials = record.partials.map((text) => (typeof text === "string" ? parse(text) : undefined));
    parsedPartials.set(name, partials);
  }
  const declared = record.partials[i]!;
  if (typeof declared !== "string") throw new NotDifferentiableError(name, record.params[i]!, declared.none);
  const bindings = new Map(record.params.slice(0, args.length).map((p, k) => [p, args[k]!] as const));
  // Optional arguments left out (Heaviside(x) has no h0) keep their default in the partial's formula.
  return substitute(partials[i]!, bindings);
}

function dependsOn(n: Node, variable: string): boolean {
  return freeSymbols(n).includes(variable);
}

/**
 * The symbolic derivative d(node)/d(variable). The chain rule is written once here; every function record
 * supplies only its partial derivatives. Piecewise differentiates branch by branch (conditions unchanged),
 * and steps (Heaviside, sign, floor, ceiling) have derivative 0, as PyTorch's autograd has.
 */
export function diff(root: Node, variable: string): Node {
  sym(variable);
  const memo = new Map<Node, Node>();
  const d = (n: Node): Node => {
    let r = memo.get(n);
    if (!r) {
      r = rule(n);
      memo.set(n, r);
    }
    return r;
  };
  const rule = (n: Node): Node => {
    switch (n.kind) {
      case "num":
      case "bool":
        return ZERO;
      case "sym":
        return n.name === variable ? ONE : ZERO;
      case "add":
        return add(...n.args.map(d));
      case "mul":
        return add(
          ...n.args.map((f, i) => {
            const df = d(f);
            return df === ZERO ? ZERO : mul(...n.args.filter((_, j) => j !== i), df);
          }),
        );
      case "pow": {
        const [b, e] = n.args as [Node, Node];
        const db = d(b);
        const de = d(e);
        if (de === ZERO) return db === ZERO ? ZERO : mul(e, pow(b, add(e, MINUS_ONE)), db);
        // d(b**e) = b**e * (e' log b + e b'/b)
        return mul(n, add(mul(de, call("log", [b])), mul(e, db, pow(b, MINUS_ONE))));
      }
      case "call":
        return add(
          ...n.args.map((a, i) => {
            const da = d(a);
            return da === ZERO ? ZERO : mul(partial(n.name, n.args, i), da);
          }),
        );
      case "piecewise":
        return piecewise(branches(n).map(([value, cond]) => [d(value), cond] as const));
      case "rel":
        throw new ArgumentError(`Cannot differentiate the condition '${n}': only values have derivatives.`);
    }
  };
  if (!dependsOn(root, variable)) return ZERO;
  return d(root);
}

/** The n-th derivative. */
export function diffN(root: Node, variable: string, order: number): Node {
  if (!Number.isInteger(order) || order < 0) throw new ArgumentError(`Derivative order must be a non-negative integer, got ${order}.`);
  let r = root;
  for (let k = 0; k < order; k++) r = diff(r, variable);
  return r;
}

