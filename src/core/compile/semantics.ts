/**
 * The one numeric semantics of every operation, shared by constant folding, the reference interpreter and
 * the code generator (which inlines the same cases), so that interpreted and compiled results are identical.
 */
import { ArgumentError } from "../errors.js";

/** b**e: exact small-integer and square-root cases first, Math.pow otherwise. */
export function powReal(b: number, e: number): number {
  switch (e) {
    case 1:
      return b;
    case 2:
      return b * b;
    case 3:
      return b * b * b;
    case -1:
      return 1 / b;
    case -2:
      return 1 / (b * b);
    case 0.5:
      return Math.sqrt(b);
    case -0.5:
      return 1 / Math.sqrt(b);
    default:
      return Math.pow(b, e);
  }
}

/** Source of the same operation, for a base that is a plain identifier or literal. */
export function powSource(b: string, e: number | undefined, eSource: string): string {
  switch (e) {
    case 1:
      return b;
    case 2:
      return `(${b} * ${b})`;
    case 3:
      return `(${b} * ${b} * ${b})`;
    case -1:
      return `(1 / ${b})`;
    case -2:
      return `(1 / (${b} * ${b}))`;
    case 0.5:
      return `Math.sqrt(${b})`;
    case -0.5:
      return `(1 / Math.sqrt(${b}))`;
    default:
      return `P(${b}, ${eSource})`;
  }
}

/** A number as JavaScript source that reads back as the same double. */
export function numberSource(v: number): string {
  // The generated code holds no text but numbers and generated names: refuse anything else outright.
  if (typeof v !== "number") throw new ArgumentError(`Cannot compile a ${typeof v} as a number literal.`);
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "Infinity";
  if (v === -Infinity) return "(-Infinity)";
  if (Object.is(v, -0)) return "(-0)";
  return v < 0 ? `(${String(v)})` : String(v);
}
