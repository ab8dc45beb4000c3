/**
 * The lowering of a formula in index notation (x[i], Sum over j, the reductions along the last axis) to a row
 * program: the scalar operations are lower.ts's values, and the program adds what only rows have, elements of
 * vector inputs, index variables and reductions, as statements in nested blocks. Each subexpression is placed
 * in the outermost block where its indices are defined, as the row compiler places it (a Sum that does not
 * depend on the output index i is computed once per row, parameter-only work once per call). Renderers print
 * the blocks as loops (JavaScript, C) or as array operations along one axis per index (NumPy, PyTorch, JAX,
 * TensorFlow.js: src/core/export/arrays.ts); none of them looks at the tree.
 */
import { ArgumentError } from "../errors.js";
import { functionRecord } from "../functions/index.js";
import { CONSTANTS, MINUS_ONE, type Node, type RelOp, ZERO, add, call, freeSymbols, sym } from "../node.js";
import { shiftFirst } from "../rewrite/shift.js";
import { type Value, hint, isAtomicValue, lowerOperation } from "./lower.js";

/** How an input enters a row formula: indexed along the last axis ("vector", x[j]) or one value per row ("row"). */
export type InputRole = "vector" | "row";

/**
 * A named value of the row program. An index is an output index (`output`, its loop runs over 0..extent-1)
 * or the bound index of a reduction; `axis` numbers the indices, output indices first, so that an array
 * renderer gives each its own axis. `full` says the index runs over the whole row, 0..n-1.
 */
export type RowSlot =
  | { readonly kind: "input"; readonly name: string; readonly role: InputRole }
  | { readonly kind: "param" | "size" | "temp"; readonly name: string }
  | { readonly kind: "index"; readonly name: string; readonly axis: number; readonly output: boolean; readonly full: boolean };

/**
 * What a reduction computes from the values of its term over its index: their sum, the largest of them
 * (NaN if one is NaN), or a reduction record's own kernel over the collected values (sparsemax's threshold,
 * the quantiles), which also receives the `extra` arguments and the index's first value. The max shift and
 * the shifted sum of exponentials are lowered to sums and maxima (see `reduction` below).
 */
export type ReduceOp = "sum" | "max" | "SparsemaxThreshold" | "Quantile" | "QuantileWeight";

/** One result of a reduction: the slot it is stored in, what it computes, and its term in the loop. */
export interface Accumulator {
  readonly id: number;
  readonly op: ReduceOp;
  readonly term: Value;
  readonly extra: readonly Value[];
}

export type RowStatement =
  | { readonly kind: "let"; readonly id: number; readonly value: Value }
  /** id = input[index], the index an atomic value (a whole number in 0..n-1). */
  | { readonly kind: "element"; readonly id: number; readonly input: number; readonly index: Value }
  /** One loop over the index slot `index` from `from` to `to` (inclusive): `body`, then each accumulator's step. */
  | {
      readonly kind: "reduce";
      readonly index: number;
      readonly from: Value;
      readonly to: Value;
      readonly body: readonly RowStatement[];
      readonly results: readonly Accumulator[];
    };

/** One loop per output index, outermost first: the index slot, its number of values, and its statements. */
export interface RowLoop {
  readonly index: number;
  readonly extent: Value;
  readonly body: readonly RowStatement[];
}

export interface RowProgram {
  /** Inputs first, then parameters, the row length, then indices and temporaries in the order they appear. */
  readonly slots: readonly RowSlot[];
  /** Statements that depend on parameters and n only (once per call), then per row, then the output loops. */
  readonly hoisted: readonly RowStatement[];
  readonly row: readonly RowStatement[];
  readonly loops: readonly RowLoop[];
  /** The output element, computed in the innermost loop. */
  readonly result: Value;
  /** The number of index axes (output and bound indices). */
  readonly axes: number;
}

export interface RowLowerOptions {
  readonly inputs: readonly string[];
  readonly roles: readonly InputRole[];
  readonly params: readonly string[];
  /** The output indices, outermost first, and how many values each takes (formulas in n and the parameters). */
  readonly indices: readonly string[];
  readonly extents: readonly Node[];
  /** The symbol of the row length. */
  readonly size: string;
  /** Functions whose arguments must be atomic, because a renderer's template repeats them. */
  readonly atomicArgs: (fn: string) => boolean;
}

type Reduction = ReduceOp | "shift" | "sumexp";
const REDUCTIONS: ReadonlyMap<string, Reduction> = new Map<string, Reduction>([
  ["Sum", "sum"],
  ["ReduceMax", "max"],
  ["MaxShift", "shift"],
  ["SumExpBelowMax", "sumexp"],
  ["SparsemaxThreshold", "SparsemaxThreshold"],
  ["Quantile", "Quantile"],
  ["QuantileWeight", "QuantileWeight"],
]);

/** The functions of index notation that the row lowering itself turns into statements and values. */
export const ROW_FUNCTIONS: ReadonlySet<string> = new Set(["Indexed", "KroneckerDelta", ...REDUCTIONS.keys()]);

interface Block {
  readonly statements: RowStatement[];
  readonly parent: Block | undefined;
  readonly depth: number;
}
const child = (parent: Block): Block => ({ statements: [], parent, depth: parent.depth + 1 });

/** v + 1, with a literal term folded (n - 1 + 1 is n). */
export function plusOne(v: Value): Value {
  if (v.op === "num") return { op: "num", value: v.value + 1 };
  if (v.op !== "add") return { op: "add", args: [v, { op: "num", value: 1 }] };
  const last = v.args[v.args.length - 1]!;
  if (last.op !== "num") return { op: "add", args: [...v.args, { op: "num", value: 1 }] };
  const rest = v.args.slice(0, -1);
  if (last.value + 1 !== 0) return { op: "add", args: [...rest, { op: "num", value: last.value + 1 }] };
  return rest.length === 1 ? rest[0]! : { op: "add", args: rest };
}

/** The number of values from..to (inclusive), to - from + 1, folded where from is 0 or to ends in a literal. */
export const countOf = (from: Value, to: Value): Value => plusOne(from.op === "num" && from.value === 0 ? to : { op: "add", args: [to, { op: "mul", args: [{ op: "num", value: -1 }, from] }] });

/** Whether `hi` is n - 1 for the row length n. */
const isLast = (hi: Node, size: string): boolean => hi === add(sym(size), MINUS_ONE);

/** Lowers a stabilized (and max-shifted) formula in index notation to a row program. */
export function lowerRows(root: Node, options: RowLowerOptions): RowProgram {
  const { inputs, roles, params, indices, extents, size, atomicArgs } = options;
  const slots: RowSlot[] = [];
  const symbolValue = new Map<string, Value>();
  const inputSlot = new Map<string, number>();
  inputs.forEach((name, k) => {
    const id = slots.push({ kind: "input", name, role: roles[k]! }) - 1;
    inputSlot.set(name, id);
    if (roles[k] === "row") symbolValue.set(name, { op: "ref", id });
  });
  for (const name of params) symbolValue.set(name, { op: "ref", id: slots.push({ kind: "param", name }) - 1 });
  symbolValue.set(size, { op: "ref", id: slots.push({ kind: "size", name: size }) - 1 });

  const hoisted: Block = { statements: [], parent: undefined, depth: 0 };
  const row = child(hoisted);
  const symbolBlock = new Map<string, Block>();
  for (const p of [...params, size]) symbolBlock.set(p, hoisted);
  inputs.forEach((s) => symbolBlock.set(s, row));
  let axes = 0;
  const loopBlocks: Block[] = [];
  const loopIndex: number[] = [];
  indices.forEach((name, d) => {
    const block = child(loopBlocks[d - 1] ?? row);
    loopBlocks.push(block);
    const id = slots.push({ kind: "index", name, axis: axes++, output: true, full: extents[d] === sym(size) }) - 1;
    loopIndex.push(id);
    symbolBlock.set(name, block);
    symbolValue.set(name, { op: "ref", id });
  });

  const uses = new Map<Node, number>();
  const scan = (n: Node) => {
    const count = (uses.get(n) ?? 0) + 1;
    uses.set(n, count);
    if (count === 1) n.args.forEach(scan);
  };
  scan(root);

  let cur: Block = loopBlocks[loopBlocks.length - 1] ?? row;
  const memo = new Map<Node, { value: Value; block: Block }>();
  const visible = (b: Block): boolean => {
    for (let c: Block | undefined = cur; c; c = c.parent) if (c === b) return true;
    return false;
  };
  /** The innermost block that defines every index and input the node uses: where it is computed. */
  const blockOf = (n: Node): Block => {
    let best = hoisted;
    for (const s of freeSymbols(n)) {
      const b = symbolBlock.get(s);
      if (b && b.depth > best.depth) best = b;
    }
    return best;
  };
  const inBlock = <T>(b: Block, f: () => T): T => {
    const saved = cur;
    cur = b;
    try {
      return f();
    } finally {
      cur = saved;
    }
  };
  const temp = (name: string): number => slots.push({ kind: "temp", name }) - 1;
  const remember = (n: Node, value: Value): Value => {
    memo.set(n, { value, block: cur });
    return value;
  };
  const bind = (n: Node, value: Value): Value => (isAtomicValue(value) ? value : remember(n, assign(hint(n), value)));

  const num = (value: number): Value => ({ op: "num", value });
  const ref = (id: number): Value => ({ op: "ref", id });
  const assign = (name: string, value: Value): Value => {
    const id = temp(name);
    cur.statements.push({ kind: "let", id, value });
    return ref(id);
  };

  /**
   * A reduction: one loop over its bound index in the current block, its body in a child block. The max
   * shift is the maximum M, then M where it is finite, 0 where it is infinite (as SciPy's logsumexp), NaN for
   * NaN. The shifted sum of exponentials (SumExpBelowMax) has the terms d = g - M: it adds exp(d) for d < 0
   * and counts the maxima (d = 0) apart, so that it is the small sum plus (count - 1), exact when the maximum
   * is unique; d > 0 only when M is +Infinity (shifted by 0), where the sum is +Infinity.
   */
  const reduction = (n: Node, kind: Reduction): Value => {
    const [body, j, lo, hi, ...rest] = n.args as [Node, Node, Node, Node, ...Node[]];
    const max = kind === "sumexp" ? atom(call("MaxShift", [body, j, lo, hi])) : undefined;
    const from = inline(lo);
    const to = inline(hi);
    const extra = rest.map(atom);
    const index = slots.push({ kind: "index", name: j.name, axis: axes++, output: false, full: lo === ZERO && isLast(hi, size) }) - 1;
    const loop = child(cur);
    const shadowed = [symbolBlock.get(j.name), symbolValue.get(j.name)] as const;
    symbolBlock.set(j.name, loop);
    symbolValue.set(j.name, ref(index));
    const results: Accumulator[] = [];
    inBlock(loop, () => {
      const term = expr(body);
      if (!max) {
        const op: ReduceOp = kind === "shift" ? "max" : kind === "sumexp" ? "sum" : kind;
        results.push({ id: temp(kind === "sum" ? "total" : kind === "shift" || kind === "max" ? "largest" : kind === "SparsemaxThreshold" ? "tau" : kind.toLowerCase()), op, term, extra });
        return;
      }
      const d = assign("d", { op: "add", args: [term, { op: "mul", args: [num(-1), max] }] });
      const below = { op: "select", cond: { op: "cmp", rel: "<", a: d, b: num(0) }, then: { op: "call", fn: "exp", args: [d] }, else: { op: "select", cond: { op: "cmp", rel: "==", a: d, b: num(0) }, then: num(0), else: { op: "mul", args: [d, num(Infinity)] } } } as const;
      results.push({ id: temp("sum_below"), op: "sum", term: below, extra: [] }, { id: temp("maxima"), op: "sum", term: { op: "test", cond: { op: "cmp", rel: "==", a: d, b: num(0) } }, extra: [] });
    });
    if (shadowed[0]) symbolBlock.set(j.name, shadowed[0]);
    else symbolBlock.delete(j.name);
    if (shadowed[1]) symbolValue.set(j.name, shadowed[1]);
    else symbolValue.delete(j.name);
    cur.statements.push({ kind: "reduce", index, from, to, body: loop.statements, results });
    const [first, second] = results.map((r) => ref(r.id)) as [Value, Value?];
    if (kind === "shift") {
      const m = first;
      const finite: Value = { op: "select", cond: { op: "cmp", rel: "==", a: { op: "add", args: [m, { op: "mul", args: [num(-1), m] }] }, b: num(0) }, then: m, else: { op: "select", cond: { op: "cmp", rel: "==", a: m, b: m }, then: num(0), else: num(NaN) } };
      return remember(n, assign("shift", finite));
    }
    if (kind === "sumexp") return remember(n, assign("sum_exp", { op: "add", args: [first, { op: "add", args: [second!, num(-1)] }] }));
    return remember(n, first);
  };

  const build = (n: Node): Value => {
    if (n.kind === "call") {
      const op = REDUCTIONS.get(n.name);
      if (op) return reduction(n, op);
      if (n.name === "Indexed") {
        const [base, idx] = n.args as [Node, Node];
        const input = inputSlot.get(base.name);
        if (input === undefined) throw new ArgumentError(`'${base.name}' is indexed but is not an input (inputs: ${inputs.join(", ") || "none"}).`);
        const index = atom(idx);
        const id = temp(idx.kind === "sym" ? `${base.name}_${idx.name}` : `${base.name}_at`);
        cur.statements.push({ kind: "element", id, input, index });
        return remember(n, { op: "ref", id });
      }
      if (n.name === "KroneckerDelta") return { op: "test", cond: { op: "cmp", rel: "==" as RelOp, a: atom(n.args[0]!), b: atom(n.args[1]!) } };
      if (functionRecord(n.name)?.binds) throw new ArgumentError(`Cannot lower the reduction '${n.name}' along the last axis.`);
    }
    // A sum with a max shift subtracts the shift first, right after the terms that vary here (shiftFirst).
    const ordered = shiftFirst(n, (a) => blockOf(a) === cur);
    if (ordered) return { op: "add", args: ordered.map(expr) };
    return lowerOperation(n, { expr, atom, atomicArgs });
  };

  function expr(n: Node): Value {
    const m = memo.get(n);
    if (m && visible(m.block)) return m.value;
    if (n.kind === "num") return { op: "num", value: n.value };
    if (n.kind === "sym") {
      const v = symbolValue.get(n.name) ?? (CONSTANTS.has(n.name) ? { op: "num" as const, value: CONSTANTS.get(n.name)! } : undefined);
      if (!v) throw new ArgumentError(`'${n.name}' is an input indexed along the last axis: write every use of it with an index.`);
      return v;
    }
    const target = blockOf(n);
    if (target !== cur && visible(target)) return inBlock(target, () => atom(n));
    const value = build(n);
    return (uses.get(n) ?? 0) > 1 ? bind(n, value) : value;
  }
  function atom(n: Node): Value {
    return bind(n, expr(n));
  }
  /** A bound or length (a formula in n and the parameters) written out where it is used: n - 1, not a temporary. */
  function inline(n: Node): Value {
    return n.kind === "num" || n.kind === "sym" || memo.has(n) ? expr(n) : lowerOperation(n, { expr: inline, atom, atomicArgs });
  }

  const extentValues = extents.map((e) => inBlock(hoisted, () => inline(e)));
  const result = expr(root);
  const loops = loopBlocks.map((b, d) => ({ index: loopIndex[d]!, extent: extentValues[d]!, body: b.statements }));
  return { slots, hoisted: hoisted.statements, row: row.statements, loops, result, axes };
}
