/** Every error the library throws on bad input is a NeurogebraError with a stable `code`. */
export class NeurogebraError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The text with a caret under position `offset`, for messages about a place in a formula. */
export const caretLine = (source: string, offset: number): string => `\n  ${source}\n  ${" ".repeat(offset)}^`;

/** A formula that does not parse. `offset` is the 0-based character position; the message has a caret line. */
export class ParseError extends NeurogebraError {
  readonly offset: number;
  readonly source: string;
  constructor(message: string, source: string, offset: number) {
    super("PARSE_ERROR", `${message} at position ${offset}${caretLine(source, offset)}`);
    this.offset = offset;
    this.source = source;
  }
}

/** A name (function, catalog entry, symbol) that is not known; lists the closest known names. */
export class UnknownNameError extends NeurogebraError {
  readonly unknownName: string;
  readonly suggestions: readonly string[];
  constructor(kind: string, name: string, known: Iterable<string>, extra = "") {
    const suggestions = closestNames(name, known);
    const hint = suggestions.length > 0 ? ` Did you mean: ${suggestions.join(", ")}?` : "";
    super("UNKNOWN_NAME", `Unknown ${kind} '${name}'.${hint}${extra}`);
    this.unknownName = name;
    this.suggestions = suggestions;
  }
}

/** Arguments that have the wrong count, type, length or value. */
export class ArgumentError extends NeurogebraError {
  constructor(message: string) {
    super("BAD_ARGUMENT", message);
  }
}

/**
 * An input beyond a documented size limit of the engine (nesting depth, terms of an expansion, rewrite steps):
 * refused with this error instead of overflowing the stack or running for minutes. `limit` names the limit.
 */
export class LimitError extends NeurogebraError {
  readonly limit: string;
  constructor(limit: string, message: string) {
    super("LIMIT_EXCEEDED", message);
    this.limit = limit;
  }
}

/** A derivative that has no closed form in the engine, such as d/ds lowergamma(s, x); names the function and argument. */
export class NotDifferentiableError extends NeurogebraError {
  constructor(
    readonly functionName: string,
    readonly argument: string,
    reason: string,
  ) {
    super("NOT_DIFFERENTIABLE", `${functionName} has no closed-form partial derivative with respect to its argument '${argument}' (${reason}).`);
  }
}

/**
 * A formula that uses a function the export target cannot print yet (or index notation, which exports do not
 * cover): the export refuses instead of emitting wrong code. Names the function and the target.
 */
export class UnsupportedExportError extends NeurogebraError {
  constructor(
    readonly functionName: string,
    readonly target: string,
    reason = "it has no template or helper for this target yet",
  ) {
    super("UNSUPPORTED_EXPORT", `Cannot export ${functionName} to ${target}: ${reason}.`);
  }
}

/** Optimal string alignment distance: edits plus adjacent transpositions ("tnah" is one step from "tanh"). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Known names ranked by closeness to `name`: edit distance, with substring matches counted as close. */
export function closestNames(name: string, known: Iterable<string>, limit = 5): string[] {
  const lower = name.toLowerCase();
  const scored: { name: string; score: number }[] = [];
  for (const candidate of new Set(known)) {
    const c = candidate.toLowerCase();
    const distance = editDistance(lower, c);
    const contains = c.includes(lower) || lower.includes(c);
    const score = contains ? Math.min(distance, 1.5) : distance;
    if (score <= Math.max(2, lower.length / 2)) scored.push({ name: candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map((s) => s.name);
}
