/**
 * JavaScript templates of the node kinds, shared by the code generators (scalar and loop kernels in
 * compile.ts, row kernels in rows.ts): one printer of operations, so that generated code cannot drift apart.
 */
import { ArgumentError } from "../errors.js";
import { functionRecord } from "../functions/index.js";
import type { Node } from "../node.js";
import { splitFraction } from "./interpret.js";
import { numberSource, powSource } from "./semantics.js";

/** Source that is already a name or a literal, so a template may repeat it without recomputing anything. */
export const isAtomic = (src: string): boolean => /^[A-Za-z_]\w*$/.test(src) || /^\(?-?[\d.e+-]+\)?$|^NaN$|^Infinity$/.test(src);

export interface SourceContext {
  /** Source of an argument (inlined or a temporary). */
  readonly expr: (n: Node) => string;
  /** Source of an argument as an identifier or literal: templates may repeat it. */
  readonly atom: (n: Node) => string;
  /** Identifier of a function's numeric kernel. */
  readonly kernel: (name: string) => string;
}

const JS_RELATIONS: ReadonlyMap<string, string> = new Map([
  [">", ">"],
  [">=", ">="],
  ["<", "<"],
  ["<=", "<="],
  ["==", "==="],
  ["!=", "!=="],
]);

/** A relation's JavaScript operator (equality is strict), from a fixed table: nothing else reaches the code. */
function jsRelation(op: string): string {
  const js = JS_RELATIONS.get(op);
  if (js === undefined) throw new ArgumentError(`Cannot compile the relation '${op}'.`);
  return js;
}

/** JavaScript source of one operation (not a number or symbol), its arguments through the context. */
export function nodeSource(n: Node, { expr, atom, kernel }: SourceContext): string {
  switch (n.kind) {
    case "add":
      return `(${n.args.map(expr).join(" + ")})`;
    case "mul": {
      const { numerator, denominator } = splitFraction(n);
      const top = numerator.length > 0 ? numerator.map(expr).join(" * ") : "1";
      if (denominator.length === 0) return `(${top})`;
      const bottom = denominator.map(([b, e]) => powSource(atom(b), e, numberSource(e))).join(" * ");
      return `((${top}) / (${bottom}))`;
    }
    case "pow": {
      const [b, e] = n.args as [Node, Node];
      return powSource(atom(b), e.kind === "num" ? e.value : undefined, expr(e));
    }
    case "call": {
      const record = functionRecord(n.name)!;
      if (record.js) return record.js(n.args.map(atom));
      return `${kernel(n.name)}(${n.args.map(expr).join(", ")})`;
    }
    case "piecewise": {
      let src = "NaN";
      for (let i = n.args.length - 2; i >= 0; i -= 2) {
        const cond = n.args[i + 1]!;
        const value = expr(n.args[i]!);
        if (cond.kind === "bool") {
          src = cond.name === "True" ? value : src;
          continue;
        }
        const a = atom(cond.args[0]!);
        const b = atom(cond.args[1]!);
        const op = jsRelation(cond.name);
        const nanCheck = [a, b].filter((s) => !/^[\d(]/.test(s)).map((s) => `${s} !== ${s}`).join(" || ");
        const orNaN = (rest: string) => (nanCheck ? `(${nanCheck} ? NaN : ${rest})` : rest);
        // A comparison with NaN is false except for !==, so the NaN test can wait for the false branch:
        // the taken branch costs one comparison, as in hand-written code.
        src = op === "!==" ? `(${orNaN(`${a} !== ${b} ? ${value} : ${src}`)})` : `(${a} ${op} ${b} ? ${value} : ${orNaN(src)})`;
      }
      return src;
    }
    case "rel":
      return `(${atom(n.args[0]!)} ${jsRelation(n.name)} ${atom(n.args[1]!)} ? 1 : 0)`;
    case "bool":
      return n.name === "True" ? "1" : "0";
    default:
      throw new ArgumentError(`Cannot compile a node of kind '${n.kind}'.`);
  }
}
