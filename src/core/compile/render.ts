/**
 * Printing a lowered value in a language with infix arithmetic (JavaScript, C, Python): the one printer of
 * sums, products, divisions and selections, with parentheses only where precedence needs them. A target
 * supplies its spelling of literals, references, powers, calls, comparisons and selections.
 */
import type { RelOp } from "../node.js";
import type { Cond, Value } from "./lower.js";

/** Source text and the precedence of its outermost operator. */
export interface Printed {
  readonly text: string;
  readonly prec: number;
}

/** Precedence levels shared by the infix targets: a selection binds loosest, a literal or call tightest. */
export const PREC = { select: 0, add: 1, mul: 2, atom: 4 } as const;

export interface InfixSyntax {
  num(value: number): Printed;
  ref(id: number): string;
  /** base**e for an atomic base; `exponent` is the literal's value when the exponent is a literal. */
  pow(base: string, exponent: number | undefined, exp: string): Printed;
  /** A call; `values` are the lowered arguments, for templates that treat a literal differently. */
  call(fn: string, args: readonly string[], values: readonly Value[]): string;
  cmp(rel: RelOp, a: string, b: string): string;
  isnan(args: readonly string[]): string;
  select(cond: string, then: string, otherwise: string): Printed;
  /** A condition as the number 1 or 0. */
  test(cond: string): Printed;
}

const atom = (text: string): Printed => ({ text, prec: PREC.atom });

/**
 * The positive counterpart of a negative literal or of a product with a negative literal first: printed as
 * a subtraction (a - b) or a negation (-b). Both are exact in IEEE arithmetic (c*x is -(|c|*x), a + -b is
 * a - b), so the printed text rounds exactly as the product and sum it stands for.
 */
function negated(v: Value): Value | undefined {
  if (v.op === "num") return v.value < 0 ? { op: "num", value: -v.value } : undefined;
  if (v.op !== "mul" || v.args.length < 2) return undefined;
  const [first, ...rest] = v.args;
  if (first!.op !== "num" || !(first!.value < 0)) return undefined;
  if (first!.value !== -1) return { op: "mul", args: [{ op: "num", value: -first!.value }, ...rest] };
  return rest.length === 1 ? rest[0]! : { op: "mul", args: rest };
}
const wrap = (p: Printed, min: number): string => (p.prec >= min ? p.text : `(${p.text})`);

/** Prints a value; an n-ary sum or product keeps its left-to-right order, so every target rounds alike. */
export function printInfix(v: Value, syntax: InfixSyntax): Printed {
  const go = (w: Value): Printed => printInfix(w, syntax);
  const cond = (c: Cond): string => (c.op === "cmp" ? syntax.cmp(c.rel, go(c.a).text, go(c.b).text) : syntax.isnan(c.args.map((a) => go(a).text)));
  switch (v.op) {
    case "num":
      return syntax.num(v.value);
    case "ref":
      return atom(syntax.ref(v.id));
    case "add": {
      // The first term may itself be a sum at the same level (left associativity); later ones may not.
      const terms = v.args.map((a, i) => {
        const positive = i === 0 ? undefined : negated(a);
        return positive ? ` - ${wrap(go(positive), PREC.add + 1)}` : `${i === 0 ? "" : " + "}${wrap(go(a), i === 0 ? PREC.add : PREC.add + 1)}`;
      });
      return { text: terms.join(""), prec: PREC.add };
    }
    case "mul": {
      const positive = negated(v);
      // -2 * x * y reads ((-2)*x)*y and -x * y reads (-x)*y: the same operations as the product.
      if (positive) {
        // The positive part may print with a sign of its own (-(-c*x)): "--" would be C's and JavaScript's
        // decrement, so it is parenthesized.
        const inner = positive.op === "mul" ? go(positive).text : wrap(go(positive), PREC.mul + 1);
        return { text: `-${inner.startsWith("-") ? `(${inner})` : inner}`, prec: PREC.mul };
      }
      return { text: v.args.map((a, i) => wrap(go(a), i === 0 ? PREC.mul : PREC.mul + 1)).join(" * "), prec: PREC.mul };
    }
    case "div":
      return { text: `${wrap(go(v.num), PREC.mul)} / ${wrap(go(v.den), PREC.mul + 1)}`, prec: PREC.mul };
    case "pow":
      return syntax.pow(go(v.base).text, v.exp.op === "num" ? v.exp.value : undefined, wrap(go(v.exp), PREC.select + 1));
    case "call":
      return atom(syntax.call(v.fn, v.args.map((a) => go(a).text), v.args));
    case "select":
      return syntax.select(cond(v.cond), go(v.then).text, go(v.else).text);
    case "test":
      return syntax.test(cond(v.cond));
  }
}

/** How an infix target spells the pieces of a power: the literal 1, its square root and its pow function. */
export interface PowSpelling {
  readonly one: string;
  readonly sqrt: string;
  readonly pow: string;
}

/**
 * b**e for an atomic base, with the exact small-integer and square-root cases of powReal (semantics.ts), so that
 * every target computes the same operations as the interpreter.
 */
export function infixPow(b: string, e: number | undefined, eSource: string, { one, sqrt, pow }: PowSpelling): Printed {
  switch (e) {
    case 1:
      return atom(b);
    case 2:
      return { text: `${b} * ${b}`, prec: PREC.mul };
    case 3:
      return { text: `${b} * ${b} * ${b}`, prec: PREC.mul };
    case -1:
      return { text: `${one} / ${b}`, prec: PREC.mul };
    case -2:
      return { text: `${one} / (${b} * ${b})`, prec: PREC.mul };
    case 0.5:
      return atom(`${sqrt}(${b})`);
    case -0.5:
      return { text: `${one} / ${sqrt}(${b})`, prec: PREC.mul };
    default:
      return atom(`${pow}(${b}, ${eSource})`);
  }
}
