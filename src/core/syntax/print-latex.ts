/**
 * SymPy-like LaTeX (sympy.printing.latex): the same term order as the text printer, fractions with
 * \frac, implicit multiplication with a space, roots, cases for Piecewise. Calls use each record's
 * `latex` template.
 */
import { functionRecord } from "../functions/index.js";
import { type Node, ONE, branches, coeffAndRest, isNum, mul, neg, numNode, pow } from "../node.js";
import { type Num, numMul, rational } from "../number.js";
import { orderedFactors, orderedTerms, sortFactors } from "./order.js";
import { checkPrintSize } from "./print-text.js";
import { PRECEDENCE, hasMinusSign, precedenceOf } from "./precedence.js";

const GREEK = new Set(
  "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega".split(" "),
);
// `lambda` is a Python keyword, so formulas spell it `lambd` or `lamda`.
const GREEK_ALIASES: ReadonlyMap<string, string> = new Map([
  ["lambd", "lambda"],
  ["lamda", "lambda"],
  ["Lambd", "Lambda"],
  ["Lamda", "Lambda"],
]);

function translate(word: string): string {
  const greek = GREEK_ALIASES.get(word) ?? word;
  return GREEK.has(greek) ? `\\${greek}` : word;
}

/** `y_pred` -> `y_{pred}`, `w1` -> `w_{1}`, `alpha` -> `\alpha`, as SymPy's split_super_sub. */
export function latexSymbol(name: string): string {
  if (name === "E") return "e";
  const parts = name.split("_").filter((p) => p !== "");
  let head = parts.shift() ?? name;
  const subs = parts;
  const digits = /^([A-Za-z]+)(\d+)$/.exec(head);
  if (digits) {
    head = digits[1]!;
    subs.unshift(digits[2]!);
  }
  const base = translate(head);
  return subs.length > 0 ? `${base}_{${subs.map(translate).join(" ")}}` : base;
}

function latexNumber(n: Num): string {
  if (n.q !== 0) {
    if (n.q === 1) return String(n.p);
    return `${n.p < 0 ? "-" : ""}\\frac{${Math.abs(n.p)}}{${n.q}}`;
  }
  if (Number.isNaN(n.value)) return "\\text{NaN}";
  if (Math.abs(n.value) === Infinity) return n.value > 0 ? "\\infty" : "-\\infty";
  const text = String(n.value);
  const [mantissa, exponent] = text.split("e");
  return exponent === undefined ? text : `${mantissa} \\cdot 10^{${exponent.replace(/^\+/, "")}}`;
}

const paren = (tex: string) => `\\left(${tex}\\right)`;

function needsMulBrackets(n: Node, first: boolean): boolean {
  if (n.kind === "mul") return !first && hasMinusSign(n);
  return precedenceOf(n) < PRECEDENCE.Mul || n.kind === "rel" || n.kind === "piecewise";
}

/** Factors joined by a space, or by \cdot between two numbers. */
function convert(factors: readonly Node[]): string {
  if (factors.length === 1) return latex(factors[0]!);
  let tex = "";
  let last = "";
  factors.forEach((f, i) => {
    let t = latex(f);
    if (needsMulBrackets(f, i === 0)) t = paren(t);
    if (/[0-9][} ]*$/.test(last) && /^(\d|\\frac\{\d+\}\{\d+\})/.test(t)) tex += " \\cdot ";
    else if (tex) tex += " ";
    tex += t;
    last = t;
  });
  return tex;
}

/** A product as SymPy's fraction(): numeric denominators and negative numeric powers go below the bar. */
function latexProduct(n: Node): string {
  const [c, rest] = coeffAndRest(n);
  const negative = c.value < 0;
  const coeff = negative ? numMul(c, rational(-1, 1)) : c;
  const numer: Node[] = [];
  const denom: Node[] = [];
  if (coeff.q === 0) numer.push(numNode(coeff));
  else {
    if (coeff.p !== 1) numer.push(numNode(rational(coeff.p, 1)));
    if (coeff.q !== 1) denom.push(numNode(rational(coeff.q, 1)));
  }
  for (const f of rest === ONE ? [] : orderedFactors(rest)) {
    if (f.kind === "pow" && isNum(f.args[1]!) && f.args[1].value < 0) denom.push(pow(f.args[0]!, neg(f.args[1])));
    else numer.push(f);
  }
  // A unary minus is written tight, `e^{-x}`; SymPy's `e^{- x}` renders the same.
  const sign = negative ? "-" : "";
  if (denom.length === 0) return sign + convert(numer);
  const top = numer.length === 0 ? "1" : convert(sortFactors(numer));
  return `${sign}\\frac{${top}}{${convert(sortFactors(denom))}}`;
}

function latexAdd(n: Node): string {
  let tex = "";
  orderedTerms(n).forEach((term, i) => {
    if (i > 0) {
      if (hasMinusSign(term)) {
        tex += " - ";
        term = neg(term);
      } else tex += " + ";
    }
    const t = latex(term);
    tex += term.kind === "rel" || term.kind === "add" ? paren(t) : t;
  });
  return tex;
}

/** A power of a function call: `\tanh^{2}\left(x\right)`, `\left|x\right|^{2}`. */
function functionPower(callTex: string, exp: string): string {
  const macro = /^(\\operatorname\{[^}]*\}|\\[A-Za-z]+)(\\left[([].*)$/s.exec(callTex);
  if (macro && macro[1] !== "\\left") return `${macro[1]}^{${exp}}${macro[2]}`;
  if (callTex.startsWith("\\left")) return `${callTex}^{${exp}}`;
  return `${paren(callTex)}^{${exp}}`;
}

function latexPow(n: Node): string {
  const [base, exp] = [n.args[0]!, n.args[1]!];
  if (isNum(exp) && exp.num.q > 1 && Math.abs(exp.num.p) === 1) {
    const b = latex(base);
    const root = exp.num.q === 2 ? `\\sqrt{${b}}` : `\\sqrt[${exp.num.q}]{${b}}`;
    return exp.num.p < 0 ? `\\frac{1}{${root}}` : root;
  }
  if (isNum(exp) && exp.num.q !== 0 && exp.value < 0) return latexProduct(mul(n));
  const e = latex(exp);
  // x[j]**2 is x_{j}^{2}: an element is written as a subscripted atom, not as a call.
  if (base.kind === "call" && base.name !== "Indexed") return functionPower(latex(base), e);
  let b = latex(base);
  if (precedenceOf(base) <= PRECEDENCE.Pow) b = paren(b);
  else if (base.kind === "sym" && b.includes("^")) b = `{${b}}`;
  else if (isNum(base) && base.num.q === 0) b = `{${b}}`;
  return `${b}^{${e}}`;
}

const RELATIONS: ReadonlyMap<string, string> = new Map([
  [">", ">"],
  ["<", "<"],
  [">=", "\\geq"],
  ["<=", "\\leq"],
  ["==", "="],
  ["!=", "\\neq"],
]);

function latexCall(n: Node): string {
  const args = n.args.map(printLatex);
  const template = functionRecord(n.name)?.latex;
  return template ? template(args) : `\\operatorname{${n.name}}${paren(args.join(", "))}`;
}

function latexPiecewise(n: Node): string {
  const rows = branches(n).map(([value, cond]) => `${latex(value)} & ${cond.name === "True" && cond.kind === "bool" ? "\\text{otherwise}" : `\\text{for}\\: ${latex(cond)}`}`);
  return `\\begin{cases} ${rows.join(" \\\\")} \\end{cases}`;
}

/** SymPy-like LaTeX of a node. */
export function printLatex(n: Node): string {
  checkPrintSize(n);
  return latex(n);
}

function latex(n: Node): string {
  switch (n.kind) {
    case "num":
      return latexNumber(n.num!);
    case "sym":
      return latexSymbol(n.name);
    case "bool":
      return `\\text{${n.name}}`;
    case "add":
      return latexAdd(n);
    case "mul":
      return latexProduct(n);
    case "pow":
      return latexPow(n);
    case "call":
      return latexCall(n);
    case "piecewise":
      return latexPiecewise(n);
    case "rel":
      return `${latex(n.args[0]!)} ${RELATIONS.get(n.name)} ${latex(n.args[1]!)}`;
  }
}
