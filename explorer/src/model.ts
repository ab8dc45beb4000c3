import { CATALOG, Expression, MathForge, closestNames } from "neurogebra";

export const forge = new MathForge();

/** A value the user can move with a slider: a parameter, or an input held fixed while the first one sweeps. */
export interface Control {
  readonly name: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly kind: "parameter" | "input";
}

/** A catalog entry ready to plot: one swept input, with the rest as controls. */
export interface Plottable {
  readonly expression: Expression;
  readonly variable: string;
  readonly range: [number, number];
  readonly controls: Control[];
}

const DEFAULT_RANGE: [number, number] = [-5, 5];

/** The x range: [-5, 5], or the input's domain where it is narrower (binary cross-entropy's y_pred in [0, 1]). */
function rangeOf(name: string, variable: string): [number, number] {
  const domain = CATALOG.find((e) => e.name === name)?.domains?.[variable];
  if (!domain) return DEFAULT_RANGE;
  return [Math.max(domain.min, DEFAULT_RANGE[0]), Math.min(domain.max, DEFAULT_RANGE[1])];
}

/** A slider's span around a parameter's default: sign kept, room to double it. */
function spanOf(value: number): [number, number] {
  if (value === 0) return [-1, 1];
  return value > 0 ? [0, Math.max(2 * value, 1)] : [Math.min(2 * value, -1), 0];
}

export function entry(name: string): Plottable {
  const original = forge.get(name);
  const [variable, ...held] = original.variables as [string, ...string[]];
  const range = rangeOf(name, variable);
  const clamp = (v: number) => Math.min(range[1], Math.max(range[0], v));
  const inputs: Control[] = held.map((input) => ({ name: input, value: clamp(1), min: range[0], max: range[1], kind: "input" }));
  // Held inputs become parameters of a one-input copy; domains are left out, so values outside them break the line instead of throwing.
  const expression = held.length === 0 ? original : new Expression(name, original.symbolicExpr, { params: { ...original.params, ...Object.fromEntries(inputs.map((c) => [c.name, c.value])) }, variables: [variable], metadata: original.metadata });
  const params: Control[] = Object.entries(original.params).map(([p, value]) => {
    const [min, max] = spanOf(value);
    return { name: p, value, min, max, kind: "parameter" };
  });
  return { expression, variable, range, controls: [...params, ...inputs] };
}

/** Catalog names, by category, in catalog order. */
export function catalogByCategory(): [string, string[]][] {
  return forge.categories().map((c) => [c, forge.listAll({ category: c })]);
}

/** The names a query finds, or close names to suggest when it finds none. */
export function find(query: string): { matches: string[]; suggestions: string[] } {
  const q = query.trim();
  if (q === "") return { matches: forge.listAll(), suggestions: [] };
  const matches = forge.search(q);
  return { matches, suggestions: matches.length > 0 ? [] : closestNames(q.toLowerCase(), forge.listAll()) };
}
