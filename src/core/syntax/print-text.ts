/**
 * SymPy's str(): text that pastes into SymPy and means the same, and that `parse` reads back to the same
 * node. The rules follow sympy.printing.str.StrPrinter (ordering, fractions, sqrt, minimal parentheses);
 * floats print as the shortest round-tripping decimal.
 */
import { LimitError } from "../errors.js";
import { functionRecord } from "../functions/index.js";
import { type Node, HALF, countOps, MINUS_ONE, ONE, branches, coeffAndRest, neg, rat, setDefaultPrinter } from "../node.js";
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
  const text = print(n);
  return precedenceOf(n) <= level ? `(${text})` : text;
}

function printAdd(n: Node): string {
  let out = "";
  orderedTerms(n).forEach((term, i) => {
    let text = print(term);
    let sign = "+";
    // A relation term is parenthesised whole: its text may start with a minus that is not the term's sign.
    if (precedenceOf(term) < PRECEDENCE.Add) text = `(${text})`;
    else if (text.startsWith("-")) {
      sign = "-";
      text = text.slice(1);
    }
    out += i === 0 ? (sign === "-" ? "-" : "") + text : ` ${sign} ${text}`;
  });
  return out;
}

/** True when an exponent has a negative coefficient, so that the power prints in a denominator. */
export const isNegativeExponent = (e: Node): boolean => coeffAndRest(e)[0].value < 0;

function printPow(base: Node, exp: Node): string {
  if (exp === HALF) return `sqrt(${print(base)})`;
  if (exp === rat(-1, 2)) return `1/sqrt(${print(base)})`;
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

const RELATION_CALLS: ReadonlyMap<string, string> = new Map([
  ["==", "Eq"],
  ["!=", "Ne"],
]);

/**
 * Most nodes a printed tree may have, counting a shared subtree at every place it appears: a small DAG can
 * stand for an astronomically long text (nested branches that repeat their argument), refused with a
 * LimitError instead of a RangeError from the string builder.
 */
export const MAX_PRINT_SIZE = 1_000_000;

export function checkPrintSize(n: Node): void {
  const size = countOps(n);
  if (size > MAX_PRINT_SIZE) {
    throw new LimitError("print size", `The expression written out has ${size.toPrecision(3)} nodes (shared parts repeated), more than the ${MAX_PRINT_SIZE} a printer writes (see README, "Limits").`);
  }
}

/** SymPy's str() of a node. */
export function printText(n: Node): string {
  checkPrintSize(n);
  return print(n);
}

function print(n: Node): string {
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
        .map(([value, cond]) => `(${print(value)}, ${print(cond)})`)
        .join(", ")})`;
    case "rel": {
      const [a, b] = [n.args[0]!, n.args[1]!];
      const name = RELATION_CALLS.get(n.name);
      if (name) return `${name}(${print(a)}, ${print(b)})`;
      return `${parenthesize(a, PRECEDENCE.Relational)} ${n.name} ${parenthesize(b, PRECEDENCE.Relational)}`;
    }
  }
}

setDefaultPrinter(printText);
