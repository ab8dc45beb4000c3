/**
 * The printer of row programs (src/core/compile/lower-rows.ts) as loops, shared by the scalar targets
 * (JavaScript and C): a reduction is a loop over its index with one accumulator per result, a record's
 * reduction (sparsemax's threshold, the quantiles) a loop that fills a buffer and a helper call. A target
 * supplies its spelling of declarations, loops and the helper calls.
 */
import type { Value } from "./lower.js";
import { type ReduceOp, type RowProgram, type RowStatement, countOf } from "./lower-rows.js";

export interface LoopSyntax {
  /** A value's text. */
  value(v: Value): string;
  /** A value used as an array index or a loop bound (a whole number). */
  index(v: Value): string;
  /** Declares a name holding a number, computed once. */
  constant(name: string, text: string): string;
  /** Declares a number that a loop updates. */
  variable(name: string, text: string): string;
  /** The header of a loop of `index` from `from` while the condition `test` holds. */
  loop(index: string, from: string, test: string): string;
  /** The largest of two numbers, NaN if one is NaN. */
  max(a: string, b: string): string;
  /** Declares a buffer of `length` numbers. */
  buffer(name: string, length: string): string;
  /** Stores a number in the buffer (default `buffer[at] = term;`). */
  store?(buffer: string, at: string, term: string): string;
  /** The lines after the kernel's call, the buffer's only reader (C frees it). */
  release?(buffer: string): string[];
  /** The call of a record reduction's helper on the buffer's first `length` values. */
  kernel(op: Exclude<ReduceOp, "sum" | "max">, buffer: string, length: string, extra: readonly string[], from: string): string;
  /** The element of an input at an index. */
  element(input: string, index: string): string;
  readonly indent: string;
}

/** The statements as lines (indented by `depth` levels). */
export function printStatements(statements: readonly RowStatement[], names: readonly string[], syntax: LoopSyntax, depth: number): string[] {
  const pad = syntax.indent.repeat(depth);
  return statements.flatMap((s): string[] => {
    switch (s.kind) {
      case "let":
        return [pad + syntax.constant(names[s.id]!, syntax.value(s.value))];
      case "element":
        return [pad + syntax.constant(names[s.id]!, syntax.element(names[s.input]!, syntax.index(s.index)))];
      case "reduce": {
        const j = names[s.index]!;
        const [from, to] = [syntax.index(s.from), syntax.index(s.to)];
        const inner = pad + syntax.indent;
        const before: string[] = [];
        const steps: string[] = [];
        const after: string[] = [];
        for (const r of s.results) {
          const acc = names[r.id]!;
          const term = syntax.value(r.term);
          if (r.op === "sum") {
            before.push(pad + syntax.variable(acc, syntax.value({ op: "num", value: 0 })));
            steps.push(`${inner}${acc} += ${term};`);
          } else if (r.op === "max") {
            before.push(pad + syntax.variable(acc, syntax.value({ op: "num", value: -Infinity })));
            steps.push(`${inner}${acc} = ${syntax.max(acc, term)};`);
          } else {
            const buffer = `${acc}_values`;
            const length = syntax.index(countOf(s.from, s.to));
            const at = from === "0" ? j : `${j} - ${from}`;
            before.push(pad + syntax.buffer(buffer, length));
            steps.push(inner + (syntax.store?.(buffer, at, term) ?? `${buffer}[${at}] = ${term};`));
            after.push(pad + syntax.constant(acc, syntax.kernel(r.op, buffer, length, r.extra.map((e) => syntax.value(e)), from)), ...(syntax.release?.(buffer) ?? []).map((line) => pad + line));
          }
        }
        return [...before, pad + syntax.loop(j, from, `${j} <= ${to}`), ...printStatements(s.body, names, syntax, depth + 1), ...steps, `${pad}}`, ...after];
      }
    }
  });
}

/** The body of a row function: its hoisted statements, then what it computes per row (printRow). */
export function printRowBody(program: RowProgram, names: readonly string[], syntax: LoopSyntax, output: RowOutput, depth = 1): string[] {
  return [...printStatements(program.hoisted, names, syntax, depth), ...printRow(program, names, syntax, output, depth)];
}

/**
 * What a row function computes per row: the per-row statements, then one loop per output index with the
 * statements computed there and `store(offset, result)` innermost, where offset is the element's place in the
 * row's row-major output; a function with one value per row gives `single(result)`.
 */
export function printRow(program: RowProgram, names: readonly string[], syntax: LoopSyntax, output: RowOutput, depth = 1): string[] {
  const lines = printStatements(program.row, names, syntax, depth);
  const result = syntax.value(program.result);
  const pad = syntax.indent.repeat(depth);
  if (program.loops.length === 0) return [...lines, pad + output.single(result)];
  const extents = program.loops.map((l) => syntax.index(l.extent));
  const nest = (d: number, offset: string): string[] => {
    const loop = program.loops[d]!;
    const padding = syntax.indent.repeat(depth + d);
    const i = names[loop.index]!;
    const at = d === 0 ? i : `${offset} * ${extents[d]} + ${i}`;
    const inner = d === program.loops.length - 1 ? [`${padding}${syntax.indent}${output.store(at, result)}`] : nest(d + 1, at.includes(" ") ? `(${at})` : at);
    return [padding + syntax.loop(i, "0", `${i} < ${extents[d]}`), ...printStatements(loop.body, names, syntax, depth + d + 1), ...inner, `${padding}}`];
  };
  return [...lines, ...output.open(extents.join(" * ")).map((l) => pad + l), ...nest(0, ""), ...output.close.map((l) => pad + l)];
}

/** How a row function gives its output. */
export interface RowOutput {
  /** The statement that gives one value per row. */
  single(result: string): string;
  /** Lines before the loops, from the number of output values. */
  open(length: string): string[];
  /** The innermost statement, from the element's offset and value. */
  store(offset: string, result: string): string;
  readonly close: readonly string[];
}

/**
 * A value used as an index or bound, printed with whole numbers where it is made of indices, the row length
 * and whole literals by sums and products (n - 1, i + 1); undefined for anything else.
 */
export function integerText(v: Value, name: (id: number) => string | undefined): string | undefined {
  switch (v.op) {
    case "num":
      return Number.isInteger(v.value) ? String(v.value) : undefined;
    case "ref":
      return name(v.id);
    case "add": {
      const terms = v.args.map((a) => integerText(a, name));
      if (terms.some((t) => t === undefined)) return undefined;
      return terms.map((t, k) => (k === 0 ? t! : t!.startsWith("-") ? ` - ${t!.slice(1)}` : ` + ${t!}`)).join("");
    }
    case "mul": {
      const factors = v.args.map((a) => integerText(a, name));
      if (factors.some((t) => t === undefined || t.includes(" "))) return undefined;
      return factors[0] === "-1" ? `-${factors.slice(1).join(" * ")}` : factors.join(" * ");
    }
    default:
      return undefined;
  }
}
