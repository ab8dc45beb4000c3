/**
 * Index notation, as SymPy writes it: `x[i]` (Indexed with an IndexedBase), `Sum(body, (j, 0, n - 1))` and
 * `KroneckerDelta(j, k)`. These are the only records that know about axes: a formula that uses them is
 * evaluated row by row along the last axis (`n` is its length) by the row compiler (src/core/compile/rows.ts).
 * Their derivative rules are declared here like every other function's: d x[j]/d x[i] = KroneckerDelta(j, i),
 * and a Sum is differentiated term by term, its deltas collapsing at construction.
 */
import { ArgumentError } from "../errors.js";
import { MINUS_ONE, type Node, ONE, TRUE, ZERO, add, call, callSemantics, freeSymbols, isNum, mul, neg, piecewise, pow, rel, substitute, sym } from "../node.js";
import type { FunctionRecord } from "./record.js";

export const notScalar = (name: string) => (): number => {
  throw new ArgumentError(`${name} works on arrays: evaluate the formula with Expression.eval or compileRows, not as a scalar.`);
};

const dependsOn = (n: Node, index: Node): boolean => freeSymbols(n).includes(index.name);

/** A binding operator's index is a name: `Sum(x[j], (2*j, 0, n - 1))` binds nothing. */
export function checkIndex(name: string, j: Node): undefined {
  if (j.kind !== "sym") throw new ArgumentError(`The index of ${name} must be a name, got '${j}'.`);
  return undefined;
}

/** `{y_{pred}}_{i}` as SymPy's LaTeX for a base whose name already has a subscript. */
const latexIndexed = ([base, index]: readonly string[]): string => `${base!.includes("_") ? `{${base}}` : base}_{${index}}`;

export const Indexed: FunctionRecord = {
  name: "Indexed",
  minArgs: 2,
  maxArgs: 2,
  params: ["x", "i"],
  kernel: notScalar("Indexed"),
  partials: () => ZERO,
  derivative: ([base, i], d, index) => mul(d(base!), call("KroneckerDelta", [i!, index])),
  autoEval: ([base]) => {
    if (base!.kind !== "sym") throw new ArgumentError(`Only a name can be indexed, got '${base}'.`);
    return undefined;
  },
  text: ([base, index]) => `${base}[${index}]`,
  latex: latexIndexed,
  description: "An element of an array along its last axis: x[i] (SymPy's Indexed of an IndexedBase).",
};

export const KroneckerDelta: FunctionRecord = {
  name: "KroneckerDelta",
  minArgs: 2,
  maxArgs: 2,
  params: ["i", "j"],
  kernel: (i, j) => (i === j ? 1 : 0),
  partials: ["0", "0"],
  autoEval: ([i, j]) => {
    if (i === j) return ONE;
    if (i!.kind === "num" && j!.kind === "num") return ZERO;
    // Symmetric: names in SymPy's order, KroneckerDelta(i, j) for (j, i).
    if (i!.kind === "sym" && j!.kind === "sym" && i!.name > j!.name) return call("KroneckerDelta", [j!, i!]);
    return undefined;
  },
  latex: ([i, j]) => `\\delta_{${i} ${j}}`,
  description: "1 where the two indices are equal, 0 elsewhere.",
};

/**
 * The deltas KroneckerDelta(j + c, t) or (t, j + c) among the factors, with c and t free of j (c may be absent):
 * Sum over j picks j = t - c.
 */
function deltaTarget(factor: Node, j: Node): Node | undefined {
  if (factor.kind !== "call" || factor.name !== "KroneckerDelta") return undefined;
  const [a, b] = factor.args as [Node, Node];
  const solve = (side: Node, other: Node): Node | undefined => {
    if (dependsOn(other, j)) return undefined;
    if (side === j) return other;
    if (side.kind !== "add" || !side.args.includes(j)) return undefined;
    const offset = side.args.filter((term) => term !== j);
    return offset.some((term) => dependsOn(term, j)) ? undefined : add(other, neg(add(...offset)));
  };
  return solve(a, b) ?? solve(b, a);
}

const hasDelta = (n: Node, j: Node): boolean => n.kind === "call" ? deltaTarget(n, j) !== undefined : n.args.some((a) => hasDelta(a, j));

/** The row length's symbol: `n`, or `n_1`, `n_2`, ... where a formula already uses `n` (see forge/reduce.ts). */
const isRowLength = (n: Node): boolean => n.kind === "sym" && /^n(_\d+)?$/.test(n.name);

/**
 * The term a delta picks at index t of a Sum from lo to hi. An index (a name: i, y_true) is within the row, so
 * over the whole row (0 to n - 1) the term is picked as it is; over part of the row (total variation's 0 to
 * n - 2), or at a shifted index (i - 1), the term is 0 where t falls outside the range.
 */
function inRange(t: Node, lo: Node, hi: Node, term: Node): Node {
  // i - 1 < 0 is written i < 1, as SymPy canonicalizes a relation in a Piecewise.
  const terms = t.kind === "add" ? t.args : [t];
  const [index, shift] = isNum(t) ? [t, ZERO] : [add(...terms.filter((u) => !isNum(u))), add(...terms.filter(isNum))];
  const guards = [rel("<", index, add(lo, neg(shift))), rel(">", index, add(hi, neg(shift)))].filter((guard) => !outsideRow(guard));
  return piecewise([...guards.map((guard) => [ZERO, guard] as const), [term, TRUE]]);
}

/**
 * A guard that no index can meet: i + c < 0 or i + c > n - 1 + d for an index i (a name; in [0, n - 1]) and
 * numbers c, d with the guard false at both ends of the row.
 */
function outsideRow(guard: Node): boolean {
  if (guard.kind !== "rel") return false; // a guard of numbers alone is already True or False
  const [a, b] = guard.args as [Node, Node];
  const gap = guard.name === "<" ? add(a, neg(b)) : add(b, neg(a)); // false where gap >= 0
  const terms = gap.kind === "add" ? gap.args : [gap];
  const constant = terms.filter(isNum).reduce((sum, u) => sum + u.value, 0);
  const symbols = terms.filter((u) => !isNum(u));
  if (guard.name === "<") return symbols.length === 1 && symbols[0]!.kind === "sym" && constant >= 0;
  // n - 1 + d - (i + c) is n - i plus a number d - c - 1, which is >= -1 when d >= c.
  return symbols.length === 2 && symbols.some(isRowLength) && symbols.some((u) => u.kind === "mul" && u.args.length === 2 && u.args[0] === MINUS_ONE && u.args[1]!.kind === "sym") && constant >= -1;
}

/**
 * Canonical Sums, built cheaply as SymPy's doit() would: linear over sums and constant factors, a constant
 * body times the count, and a KroneckerDelta on the bound index picks one term (the term where the index is in the Sum's range).
 */
function sumAutoEval([body, j, lo, hi]: readonly Node[]): Node | undefined {
  checkIndex("Sum", j!);
  const sum = (b: Node) => call("Sum", [b, j!, lo!, hi!]);
  if (!dependsOn(body!, j!)) return mul(add(hi!, neg(lo!), ONE), body!);
  if (body!.kind === "add") return add(...body!.args.map(sum));
  const target = deltaTarget(body!, j!);
  if (target) return inRange(target, lo!, hi!, ONE);
  if (body!.kind !== "mul") return undefined;
  const factors = body!.args;
  const outside = factors.filter((f) => !dependsOn(f, j!));
  if (outside.length > 0) return mul(...outside, sum(mul(...factors.filter((f) => dependsOn(f, j!)))));
  for (const [k, f] of factors.entries()) {
    const t = deltaTarget(f, j!);
    if (t) return inRange(t, lo!, hi!, substitute(mul(...factors.filter((_, m) => m !== k)), new Map([[j!.name, t]])));
  }
  // A delta inside a sum factor: distribute that factor, so that each term collapses.
  const spread = factors.findIndex((f) => f.kind === "add" && hasDelta(f, j!));
  if (spread >= 0) {
    const rest = factors.filter((_, m) => m !== spread);
    return add(...factors[spread]!.args.map((t) => sum(mul(t, ...rest))));
  }
  return undefined;
}

export const Sum: FunctionRecord = {
  name: "Sum",
  minArgs: 4,
  maxArgs: 4,
  params: ["f", "j", "a", "b"],
  binds: true,
  kernel: notScalar("Sum"),
  partials: () => ZERO,
  reduce: (values) => {
    let s = 0;
    for (const v of values) s += v;
    return s;
  },
  derivative: ([body, j, lo, hi], d) => call("Sum", [d(body!), j!, lo!, hi!]),
  autoEval: sumAutoEval,
  text: ([body, j, lo, hi]) => `Sum(${body}, (${j}, ${lo}, ${hi}))`,
  // The whole row is the rule (0 to n - 1) and goes without saying; any other range is written out.
  latex: ([body, j, lo, hi]) => {
    const range = lo === "0" && /^n(_\{?\d+\}?)? - 1$/.test(hi!) ? `_{${j}}` : `_{${j}=${lo}}^{${hi}}`;
    return `\\sum${range} ${/ [+-] /.test(body!) ? `\\left(${body}\\right)` : body}`;
  },
  description: "Sum(f, (j, a, b)): the sum of f over the index j from a to b, as SymPy's Sum.",
};

/** The index symbols bound by Sums (and the compiler's reductions) anywhere in the tree. */
export function boundIndices(root: Node): Set<string> {
  const names = new Set<string>();
  const seen = new Set<Node>();
  const go = (n: Node) => {
    if (seen.has(n)) return;
    seen.add(n);
    if (n.kind === "call" && callSemantics(n.name)?.binds) names.add(n.args[1]!.name);
    n.args.forEach(go);
  };
  go(root);
  return names;
}

/**
 * A name for a bound index that none of the trees uses: a derivative rule that sums beside a reduction binding
 * j uses it, so that collapsing its deltas never renames the reduction's own j (which keeps its identity).
 */
function freshIndex(j: Node, ...trees: Node[]): Node {
  const taken = new Set<string>();
  for (const t of trees) for (const s of [...freeSymbols(t), ...boundIndices(t)]) taken.add(s);
  for (let k = 1; ; k++) if (!taken.has(`${j.name}_${k}`)) return sym(`${j.name}_${k}`);
}

/**
 * The derivative of a reduction R(f(j)) that moves with the terms it selects, each by the same share:
 * dR = Sum(a(j) f'(j)) / Sum(a(j)), with a(j) = selects(f(j), R) the indicator of the selected terms (the
 * maxima of a max, the support of sparsemax's threshold).
 */
export function selectionDerivative(name: string, selects: (term: Node, value: Node) => Node): NonNullable<FunctionRecord["derivative"]> {
  return ([body, j, lo, hi], d, index) => {
    const value = call(name, [body!, j!, lo!, hi!]);
    const k = freshIndex(j!, value, index);
    const at = (n: Node) => substitute(n, new Map([[j!.name, k]]));
    const selected = selects(at(body!), value);
    return mul(call("Sum", [mul(selected, at(d(body!))), k, lo!, hi!]), pow(call("Sum", [selected, k, lo!, hi!]), MINUS_ONE));
  };
}

/** The fields of a reduction over the index j: `Name(f, (j, a, b))` in text, arrays only. */
export const reductionRecord = (name: string, reduce: (values: Float64Array) => number, description: string) => ({
  name,
  minArgs: 4,
  maxArgs: 4,
  params: ["f", "j", "a", "b"],
  binds: true,
  kernel: notScalar(name),
  partials: () => ZERO,
  reduce,
  autoEval: ([, j]: readonly Node[]) => checkIndex(name, j!),
  text: ([body, j, lo, hi]: readonly string[]) => `${name}(${body}, (${j}, ${lo}, ${hi}))`,
  description,
});

/** The largest of the values (NaN if one is NaN): the kernel of ReduceMax and MaxOver. */
export const largest = (values: Float64Array): number => {
  let m = -Infinity;
  for (const v of values) m = Math.max(m, v);
  return m;
};

/**
 * The largest value of f over j. Differentiable: the derivative goes to the terms equal to the maximum (an
 * infinite one too), split evenly between ties, as PyTorch's amax and its infinity norm.
 */
export const ReduceMax: FunctionRecord = {
  ...reductionRecord("ReduceMax", largest, "ReduceMax(f, (j, a, b)): the largest value of f over the index j; its derivative splits evenly between tied maxima."),
  derivative: selectionDerivative("ReduceMax", (term, max) => piecewise([[ONE, rel("==", term, max)], [ZERO, TRUE]])),
  latex: ([body, j]) => `\\max_{${j}} ${body}`,
};

/** Records the compiler produces from Sums: evaluated by the row compiler, never differentiated. */
const compilerOnly = (name: string, reduce: (values: Float64Array) => number, description: string): FunctionRecord => ({
  ...reductionRecord(name, reduce, description),
  derivative: () => {
    throw new ArgumentError(`${name} is produced by the compiler's stability shift and is not differentiated: differentiate the formula before compiling.`);
  },
});

/** The shift of the max trick: the largest f, or 0 where that is infinite (as SciPy's logsumexp); NaN stays NaN. */
const shiftOf = (values: Float64Array): number => {
  const m = largest(values);
  return m - m === 0 ? m : m === m ? 0 : NaN;
};

export const MaxShift: FunctionRecord = {
  ...compilerOnly("MaxShift", shiftOf, "The largest value of f over j, 0 where it is infinite (compiler only: the shift that makes log-sum-exp stable)."),
  latex: ([body, j]) => `\\max_{${j}} ${body}`,
};

/**
 * Sum(exp(f - M)) - 1 with M the shift of f, computed without cancellation: the terms at the maximum are
 * exactly 1 and are counted, the others summed, so that log1p of it keeps log_softmax exact where one logit
 * dominates (log_softmax([20, -20, 710])[2] is -2.2e-300, not 0). d = f - M > 0 only when M is the 0 of an
 * infinite maximum, where the sum is +Infinity.
 */
export const SumExpBelowMax: FunctionRecord = {
  ...compilerOnly(
    "SumExpBelowMax",
    (values) => {
      const m = shiftOf(values);
      let [s, ties] = [0, -1];
      for (const v of values) {
        const d = v - m;
        if (d < 0) s += Math.exp(d);
        else if (d === 0) ties++;
        else s += d * Infinity;
      }
      return s + ties;
    },
    "Sum(exp(f - max f)) - 1 without cancellation (compiler only, for log-sum-exp).",
  ),
  latex: ([body, j]) => `\\sum_{${j}} e^{${body} - \\max ${body}} - 1`,
};

export const INDEXED: readonly FunctionRecord[] = [Indexed, KroneckerDelta, Sum, ReduceMax, MaxShift, SumExpBelowMax];
