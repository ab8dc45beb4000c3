/**
 * SymPy's str(): text that pastes into SymPy and means the same, and that `parse` reads back to the same
 * node. The rules follow sympy.printing.str.StrPrinter (ordering, fractions, sqrt, minimal parentheses);
 * floats print as the shortest round-tripping decimal.
 */
import { functionRecord } from "../functions/index.js";
import { type Node, type RelOp, HALF, MINUS_ONE, ONE, branches, coeffAndRest, neg, rat, setDefaultPrinter } from "../node.js";
import { type Num, numMul, rational } from "../number.js";
import { orderedFactors, orderedTerms } from "./order.js";
import { PRECEDENCE, precedenceOf } from "./precedence.js";

export function printNumber(n: Num): string {
  if (n.q !== 0) return n.q === 1 ? String(n.p) : `${n.p}/${n.q}`;
  if (Number.isNaN(n.value)) return "nan";
  if (n.value === Infinity) return "oo";
  if (n.value === -Infinity) return "-oo";
  return String(n.value);
}

/** Wraps in parentheses when the node binds no tighter than `level` (SymPy's non-strict parenthesize). */
function parenthesize(n: Node, level: number): string {
  const text = printText(n);
  return precedenceOf(n) <= level ? `(${text})` : text;
}

function printAdd(n: Node): string {
  let out = "";
  orderedTerms(n).forEach((term, i) => {
    let text = printText(term);
    let sign = "+";
    if (text.startsWith("-")) {
      sign = "-";
      text = text.slice(1);
    }
    if (precedenceOf(term) < PRECEDENCE.Add) text = `(${text})`;
    out += i === 0 ? (sign === "-" ? "-" : "") + text : ` ${sign} ${text}`;
  });
  return out;
}

/** True when an exponent has a negative coefficient, so that the power prints in a denominator. */
export const isNegativeExponent = (e: Node): boolean => coeffAndRest(e)[0].value < 0;

function printPow(base: Node, exp: Node): string {
  if (exp === HALF) return `sqrt(${printText(base)})`;
  if (exp === rat(-1, 2)) return `1/sqrt(${printText(base)})`;
  if (exp === MINUS_ONE) return `1/${parenthesize(base, PRECEDENCE.Pow)}`;
  return `${parenthesize(base, PRECEDENCE.Pow)}**${parenthesize(exp, PRECEDENCE.Pow)}`;
}

function printMul(n: Node): string {
  const level = precedenceOf(n);
  const [c, rest] = coeffAndRest(n);
  const negative = c.value < 0;
  const numer: string[] = [];
  const denom: string[] = [];
  const coeff = negative ? numMul(c, rational(-1, 1)) : c;
  if (coeff.q === 0) numer.push(printNumber(coeff));
  else {
    if (coeff.p !== 1) numer.push(String(coeff.p));
    if (coeff.q !== 1) denom.push(String(coeff.q));
  }
  for (const f of rest === ONE ? [] : orderedFactors(rest)) {
    if (f.kind === "pow" && isNegativeExponent(f.args[1]!)) {
      const [base, exp] = [f.args[0]!, neg(f.args[1]!)];
      denom.push(exp === ONE ? parenthesize(base, level) : printPow(base, exp));
    } else numer.push(parenthesize(f, level));
  }
  const top = (negative ? "-" : "") + (numer.length > 0 ? numer.join("*") : "1");
  if (denom.length === 0) return top;
  return denom.length === 1 ? `${top}/${denom[0]}` : `${top}/(${denom.join("*")})`;
}

const RELATION_CALLS: Partial<Record<RelOp, string>> = { "==": "Eq", "!=": "Ne" };

/** SymPy's str() of a node. */
export function printText(n: Node): string {
  switch (n.kind) {
    case "num":
      return printNumber(n.num!);
    case "sym":
    case "bool":
      return n.name;
    case "add":
      return printAdd(n);
    case "mul":
      return printMul(n);
    case "pow":
      return printPow(n.args[0]!, n.args[1]!);
    case "call": {
      const args = n.args.map(printText);
      const template = functionRecord(n.name)?.text;
      return template ? template(args) : `${n.name}(${args.join(", ")})`;
    }
    case "piecewise":
      return `Piecewise(${branches(n)
        .map(([value, cond]) => `(${printText(value)}, ${printText(cond)})`)
        .join(", ")})`;
    case "rel": {
      const [a, b] = [n.args[0]!, n.args[1]!];
      const name = RELATION_CALLS[n.name as RelOp];
      if (name) return `${name}(${printText(a)}, ${printText(b)})`;
      return `${parenthesize(a, PRECEDENCE.Relational)} ${n.name} ${parenthesize(b, PRECEDENCE.Relational)}`;
    }
  }
}

setDefaultPrinter(printText);
