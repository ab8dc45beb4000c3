import { Expression, MathForge } from "../forge/index.js";

let shared: MathForge | undefined;

export function forge(): MathForge {
  return (shared ??= new MathForge());
}

export interface Target {
  readonly expression: Expression;
  /** What the formula goes by in tables and legends: its catalog name, or the formula as typed. */
  readonly label: string;
}

/**
 * A catalog name or a formula (whose free symbols are all inputs). A bare word longer than one letter must
 * be a catalog name, so a typo ("rleu") gets "Did you mean: relu?" instead of becoming a variable named rleu.
 */
export function resolveTarget(text: string): Target {
  const trimmed = text.trim();
  if (!isFormula(trimmed)) return { expression: forge().get(trimmed), label: trimmed };
  return { expression: new Expression("f", text), label: trimmed };
}

/** Whether a NAME_OR_FORMULA argument is read as a formula: not a catalog name, and not a bare word of two or more letters. */
export function isFormula(text: string): boolean {
  const trimmed = text.trim();
  return !forge().has(trimmed) && !/^[A-Za-z_][A-Za-z0-9_]+$/.test(trimmed);
}
