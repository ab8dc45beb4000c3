/**
 * The printer of row programs (src/core/compile/lower-rows.ts) as array operations, shared by the array
 * targets (NumPy, PyTorch, JAX, TensorFlow.js): every index (output or bound) has its own trailing axis, in
 * the program's order, after the batch axes; a value has length 1 on the axes it does not depend on, so
 * broadcasting lines everything up, and a reduction over an index is a sum (or max, or a helper) along its
 * axis with the axis kept. An element x[j] of a vector input is a view of x on j's axis; an element at any
 * other index (a class index, i + n/2) is gathered. Loops become statements in dependency order: no Python
 * loop remains. A target supplies the spelling of each piece.
 */
import type { Value } from "../compile/lower.js";
import { type ReduceOp, type RowProgram, type RowSlot, type RowStatement, plusOne } from "../compile/lower-rows.js";

export interface ArraySyntax {
  /** A value's text. */
  value(v: Value): string;
  /** A value that depends on n and the parameters only (hoisted work, bounds, the output's lengths). */
  scalar(v: Value): string;
  /** An assignment statement. */
  assign(name: string, text: string): string;
  /** A vector input laid along the axis at position `axis` of `axes` trailing axes. */
  view(input: string, axis: number, axes: number): string;
  /** The values from, from + 1, ... below stop of an index, laid along its axis. */
  range(from: string, stop: string, axis: number, axes: number): string;
  /** The elements of a vector input at an array of whole-number indices over the `axes` trailing axes. */
  take(input: string, index: string, axes: number): string;
  /** A term that does not vary along an index, repeated along its axis (the index's values given). */
  spread(term: string, index: string): string;
  /**
   * A reduction along `axis` (negative: counted from the end), kept with length 1; `extra` are the record's
   * further arguments, `from` the index's first value.
   */
  reduce(op: ReduceOp, term: string, axis: number, extra: readonly string[], from: string): string;
}

/** Whether every function the value calls satisfies `allowed`. */
export function usesOnly(v: Value, allowed: (fn: string) => boolean): boolean {
  switch (v.op) {
    case "num":
    case "ref":
      return true;
    case "div":
      return usesOnly(v.num, allowed) && usesOnly(v.den, allowed);
    case "pow":
      return usesOnly(v.base, allowed) && usesOnly(v.exp, allowed);
    case "select":
      return (v.cond.op === "cmp" ? [v.cond.a, v.cond.b] : v.cond.args).every((a) => usesOnly(a, allowed)) && usesOnly(v.then, allowed) && usesOnly(v.else, allowed);
    case "test":
      return (v.cond.op === "cmp" ? [v.cond.a, v.cond.b] : v.cond.args).every((a) => usesOnly(a, allowed));
    case "call":
      return allowed(v.fn) && v.args.every((a) => usesOnly(a, allowed));
    default:
      return v.args.every((a) => usesOnly(a, allowed));
  }
}

/** The axes (of the index slots) each value depends on. */
function dependence(program: RowProgram): (v: Value) => Set<number> {
  const slotAxes = new Map<number, Set<number>>();
  program.slots.forEach((s: RowSlot, id) => {
    if (s.kind === "index") slotAxes.set(id, new Set([s.axis]));
  });
  const of = (v: Value): Set<number> => {
    const out = new Set<number>();
    const go = (w: Value): void => {
      switch (w.op) {
        case "num":
          return;
        case "ref":
          for (const a of slotAxes.get(w.id) ?? []) out.add(a);
          return;
        case "div":
          go(w.num);
          go(w.den);
          return;
        case "pow":
          go(w.base);
          go(w.exp);
          return;
        case "select":
          (w.cond.op === "cmp" ? [w.cond.a, w.cond.b] : w.cond.args).forEach(go);
          go(w.then);
          go(w.else);
          return;
        case "test":
          (w.cond.op === "cmp" ? [w.cond.a, w.cond.b] : w.cond.args).forEach(go);
          return;
        default:
          w.args.forEach(go);
      }
    };
    go(v);
    return out;
  };
  const record = (statements: readonly RowStatement[]): void => {
    for (const s of statements) {
      if (s.kind === "let") slotAxes.set(s.id, of(s.value));
      else if (s.kind === "element") slotAxes.set(s.id, of(s.index));
      else {
        record(s.body);
        const axis = (program.slots[s.index] as RowSlot & { axis: number }).axis;
        for (const r of s.results) {
          const axes = new Set([...of(r.term), ...r.extra.flatMap((e) => [...of(e)]), ...of(s.from), ...of(s.to)]);
          axes.delete(axis);
          slotAxes.set(r.id, axes);
        }
      }
    }
  };
  record(program.hoisted);
  record(program.row);
  program.loops.forEach((l) => record(l.body));
  return of;
}

/**
 * The slots the printed statements refer to: an index whose values are used (in arithmetic, a gather, a term
 * repeated along it), not one that only lays out a view.
 */
function referenced(program: RowProgram): Set<number> {
  const used = new Set<number>();
  const depends = dependence(program);
  const visit = (v: Value): void => {
    switch (v.op) {
      case "num":
        return;
      case "ref":
        used.add(v.id);
        return;
      case "div":
        return [v.num, v.den].forEach(visit);
      case "pow":
        return [v.base, v.exp].forEach(visit);
      case "select":
        return [...(v.cond.op === "cmp" ? [v.cond.a, v.cond.b] : v.cond.args), v.then, v.else].forEach(visit);
      case "test":
        return (v.cond.op === "cmp" ? [v.cond.a, v.cond.b] : v.cond.args).forEach(visit);
      default:
        return v.args.forEach(visit);
    }
  };
  const walk = (statements: readonly RowStatement[]): void => {
    for (const s of statements) {
      if (s.kind === "let") visit(s.value);
      else if (s.kind === "element") {
        const slot = s.index.op === "ref" ? program.slots[s.index.id]! : undefined;
        if (!(slot?.kind === "index" && slot.full)) visit(s.index);
      } else {
        walk(s.body);
        const axis = (program.slots[s.index] as RowSlot & { axis: number }).axis;
        for (const r of s.results) {
          [r.term, ...r.extra].forEach(visit);
          if (!depends(r.term).has(axis)) used.add(s.index);
        }
      }
    }
  };
  walk(program.hoisted);
  walk(program.row);
  program.loops.forEach((l) => walk(l.body));
  visit(program.result);
  return used;
}

/** The number of trailing axes the program's arrays have (at least one, also for a formula without index). */
export const axesOf = (program: RowProgram): number => Math.max(1, program.axes);

/**
 * The statements of a row function, in dependency order: the hoisted ones, the values of the output indices,
 * then those per row and per output element; the caller prints the result (program.result) and the output's
 * shape around them.
 */
export function printArrayStatements(program: RowProgram, names: readonly string[], syntax: ArraySyntax): string[] {
  const axes = axesOf(program);
  const axisOf = (id: number) => (program.slots[id] as RowSlot & { axis: number }).axis;
  const depends = dependence(program);
  const used = referenced(program);
  const lines: string[] = [];
  const range = (index: number, from: string, stop: string) => {
    if (used.has(index)) lines.push(syntax.assign(names[index]!, syntax.range(from, stop, axisOf(index), axes)));
  };
  const emit = (statements: readonly RowStatement[], hoisted = false): void => {
    for (const s of statements) {
      if (s.kind === "let") lines.push(syntax.assign(names[s.id]!, (hoisted ? syntax.scalar : syntax.value)(s.value)));
      else if (s.kind === "element") {
        const slot = s.index.op === "ref" ? program.slots[s.index.id]! : undefined;
        const text = slot?.kind === "index" && slot.full ? syntax.view(names[s.input]!, slot.axis, axes) : syntax.take(names[s.input]!, syntax.value(s.index), axes);
        lines.push(syntax.assign(names[s.id]!, text));
      } else {
        const axis = axisOf(s.index);
        const from = syntax.scalar(s.from);
        range(s.index, from, syntax.scalar(plusOne(s.to)));
        emit(s.body);
        for (const r of s.results) {
          const term = depends(r.term).has(axis) ? syntax.value(r.term) : syntax.spread(syntax.value(r.term), names[s.index]!);
          lines.push(syntax.assign(names[r.id]!, syntax.reduce(r.op, term, axis - axes, r.extra.map((e) => syntax.value(e)), from)));
        }
      }
    }
  };
  emit(program.hoisted, true);
  for (const loop of program.loops) range(loop.index, "0", syntax.scalar(loop.extent));
  emit(program.row);
  program.loops.forEach((l) => emit(l.body));
  return lines;
}
