/**
 * SymPy's order of terms and factors for printing (Expr.as_ordered_terms, Mul.as_ordered_factors and
 * Basic.sort_key), emulated on our nodes so that printed text matches SymPy's str() and latex().
 */
import { type Node, CONSTANTS, E, ONE, call, callSemantics, coeffAndRest, freeSymbols, isNum, mul, pow, rat } from "../node.js";

type Key = number | string | readonly Key[];

function compareKeys(a: Key, b: Key): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareKeys(a[i] as Key, b[i] as Key);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  // Mixed types do not occur in well-formed keys; rank numbers < strings < lists to stay total.
  const rank = (k: Key) => (typeof k === "number" ? 0 : typeof k === "string" ? 1 : 2);
  return rank(a) - rank(b);
}

/** Function.class_key: elementary functions in SymPy's fixed order, other functions after them. */
const FUNCTION_RANK: ReadonlyMap<string, number> = new Map([
  // The order statistics are not SymPy's: read as functions of any number of arguments, they rank 0 there.
  ["Quantile", 0],
  ["QuantileWeight", 0],
  ["exp", 10],
  ["log", 11],
  ["sin", 20],
  ["cos", 21],
  ["tan", 22],
  ["sinh", 30],
  ["cosh", 31],
  ["tanh", 32],
]);
const RELATION_CLASS: ReadonlyMap<string, string> = new Map([
  [">", "StrictGreaterThan"],
  [">=", "GreaterThan"],
  ["<", "StrictLessThan"],
  ["<=", "LessThan"],
  ["==", "Equality"],
  ["!=", "Unequality"],
]);

function classKey(n: Node): Key {
  switch (n.kind) {
    case "num":
      return [1, 0, "Number"];
    case "sym":
      return [2, 0, n.name === "pi" ? "Pi" : n.name === "E" ? "Exp1" : "Symbol"];
    case "mul":
      return [3, 0, "Mul"];
    case "add":
      return [3, 1, "Add"];
    case "pow":
      return [3, 2, "Pow"];
    case "call":
      // Max, Min and index notation (Indexed, Sum) are not Function subclasses in SymPy: Basic's class key.
      return ["Max", "Min", "Indexed", "Sum"].includes(n.name) ? [5, 0, n.name] : [4, FUNCTION_RANK.get(n.name) ?? 10000, n.name];
    case "piecewise":
      return [4, 0, "Piecewise"];
    case "rel":
      return [5, 0, RELATION_CLASS.get(n.name) ?? n.name];
    case "bool":
      return [5, 0, n.name === "True" ? "BooleanTrue" : "BooleanFalse"];
  }
}

const keyMemo = new WeakMap<Node, Key>();

/** Basic.sort_key: class, then arguments, then exponent, then coefficient. */
export function sortKey(n: Node): Key {
  let key = keyMemo.get(n);
  if (key) return key;
  if (isNum(n)) key = [classKey(n), [0, []], [], n.value];
  else {
    const [coeff, rest] = coeffAndRest(n);
    const [expr, exp] = rest.kind === "pow" ? [rest.args[0]!, rest.args[1]!] : [rest, ONE];
    let args: Key[];
    if (expr.kind === "sym") args = [expr.name];
    // An element x[i] is an atom in SymPy, ordered by its text (Expr.sort_key): x[i + 1] before x[i].
    else if (expr.kind === "call" && expr.name === "Indexed") args = [String(expr)];
    else if (expr.kind === "bool") args = [];
    else if (expr.kind === "add") args = orderedTerms(expr).map(sortKey);
    else if (expr.kind === "mul") args = orderedFactors(expr).map(sortKey);
    else if (expr.kind === "piecewise") {
      const pairs: Key[] = [];
      for (let i = 0; i < expr.args.length; i += 2) {
        pairs.push([[5, 0, "ExprCondPair"], [2, [sortKey(expr.args[i]!), sortKey(expr.args[i + 1]!)]], sortKey(ONE), 1]);
      }
      args = pairs;
    } else args = expr.args.map(sortKey);
    key = [classKey(expr), [args.length, args], sortKey(exp), coeff.value];
  }
  keyMemo.set(n, key);
  return key;
}

const byKey = (a: Node, b: Node) => compareKeys(sortKey(a), sortKey(b));

/** Factors of a product in printing order: the number first, then by sort key. */
export function orderedFactors(n: Node): Node[] {
  return (n.kind === "mul" ? [...n.args] : [n]).sort(byKey);
}

/** Sorts factors by sort key (for numerators and denominators built by the printers). */
export const sortFactors = (factors: readonly Node[]): Node[] => [...factors].sort(byKey);

/** Numeric value of a node without free symbols (pi, E, calls of numbers), as SymPy's complex(). */
function constantValue(n: Node): number {
  switch (n.kind) {
    case "num":
      return n.value;
    case "sym":
      return CONSTANTS.get(n.name) ?? NaN;
    case "add":
      return n.args.reduce((s, a) => s + constantValue(a), 0);
    case "mul":
      return n.args.reduce((s, a) => s * constantValue(a), 1);
    case "pow":
      return constantValue(n.args[0]!) ** constantValue(n.args[1]!);
    case "call":
      return callSemantics(n.name)?.kernel(...n.args.map(constantValue)) ?? NaN;
    default:
      return NaN;
  }
}

const isConstant = (n: Node) => (n.kind === "num" || n.kind === "sym" || n.kind === "add" || n.kind === "mul" || n.kind === "pow" || n.kind === "call") && freeSymbols(n).length === 0;

/** exprtools.decompose_power: a generator and an integer exponent, e.g. exp(-2*x) -> (exp(x), -2). */
function decomposePower(f: Node): [Node, number] {
  const [base, exp] = f.kind === "pow" ? [f.args[0]!, f.args[1]!] : f.kind === "call" && f.name === "exp" ? [E, f.args[0]!] : [f, ONE];
  const raise = (b: Node, e: Node) => (b === E ? call("exp", [e]) : pow(b, e));
  if (isNum(exp)) {
    const { p, q } = exp.num;
    if (q === 0) return [f, 1];
    return [q === 1 ? base : raise(base, rat(1, q)), p];
  }
  const [c, tail] = coeffAndRest(exp);
  if (c.q === 0 || (c.p === 1 && c.q === 1)) return [f, 1];
  if (c.p === -1 && c.q === 1) return [raise(base, tail), -1];
  return [raise(base, mul(rat(1, c.q), tail)), c.p];
}

const isNumberLike = (n: Node) => n.kind === "num" || (n.kind === "sym" && CONSTANTS.has(n.name));

/** SymPy's special case: a positive constant and a negated single factor print as `1 - x`. */
function oneMinusX(n: Node): Node[] | undefined {
  if (n.args.length !== 2) return undefined;
  const [first, second] = isNumberLike(n.args[1]!) && !isNumberLike(n.args[0]!) ? [n.args[1]!, n.args[0]!] : [n.args[0]!, n.args[1]!];
  if (!isNumberLike(first) || second.kind !== "mul" || second.args.length !== 2) return undefined;
  const lead = second.args[0]!;
  const firstValue = isNum(first) ? first.value : CONSTANTS.get(first.name)!;
  return isNum(lead) && firstValue > 0 && lead.value < 0 ? [first, second] : undefined;
}

/** Terms of a sum in printing order: lexicographic in the generators, degree descending, constants last. */
export function orderedTerms(n: Node): Node[] {
  if (n.kind !== "add") return [n];
  const special = oneMinusX(n);
  if (special) return special;
  const gens = new Set<Node>();
  const terms = n.args.map((term) => {
    const [c, rest] = coeffAndRest(term);
    let coeff = c.value;
    const powers = new Map<Node, number>();
    for (const f of rest === ONE ? [] : rest.kind === "mul" ? rest.args : [rest]) {
      if (isConstant(f)) coeff *= constantValue(f);
      else {
        const [g, e] = decomposePower(f);
        powers.set(g, e);
        gens.add(g);
      }
    }
    return { term, coeff, powers };
  });
  const sortedGens = [...gens].sort(byKey);
  const monoms = new Map(terms.map((t) => [t.term, sortedGens.map((g) => t.powers.get(g) ?? 0)]));
  const coeffs = new Map(terms.map((t) => [t.term, t.coeff]));
  return [...n.args].sort((a, b) => {
    const ma = monoms.get(a)!;
    const mb = monoms.get(b)!;
    for (let i = 0; i < ma.length; i++) if (ma[i] !== mb[i]) return mb[i]! - ma[i]!;
    return coeffs.get(a)! - coeffs.get(b)! || 0;
  });
}
