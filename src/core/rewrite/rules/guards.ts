/** Conditions on pattern bindings, shared by the rule tables. */
import { type Node, freeSymbols, isNum } from "../../node.js";
import { evaluate } from "../../compile/interpret.js";
import type { Bindings } from "../match.js";

/** The value of a constant expression (2, 1/2, 2**(1/2), pi), or NaN when it has free symbols. */
export function constantValue(n: Node | undefined): number {
  if (!n) return NaN;
  if (isNum(n)) return n.value;
  return freeSymbols(n).length === 0 ? evaluate(n, {}) : NaN;
}

const exactValue = (n: Node | undefined): number => (n && isNum(n) && n.num.q !== 0 ? n.value : NaN);

export const positiveConstant = (name: string) => (b: Bindings): boolean => constantValue(b[name]) > 0;

/**
 * Whether n is >= 0 wherever it is defined, by its form: non-negative numbers, even powers, Abs, exp, and sums
 * and products of such. (False says nothing: y - x may still be non-negative.)
 */
export function provablyNonNegative(n: Node): boolean {
  switch (n.kind) {
    case "num":
      return n.value >= 0;
    case "pow": {
      const e = exactValue(n.args[1]);
      return (Number.isInteger(e) && e % 2 === 0) || provablyNonNegative(n.args[0]!);
    }
    case "call":
      return ["Abs", "exp", "sqrt", "hypot", "sigmoid", "softplus", "cosh"].includes(n.name);
    case "add":
    case "mul":
      return n.args.every(provablyNonNegative);
    default:
      return false;
  }
}

/** Whether n has a square (an even power) anywhere: u**2 + b with such a b has another reading as a sum of squares. */
export function hasEvenPower(n: Node): boolean {
  if (n.kind === "pow") {
    const e = exactValue(n.args[1]);
    if (Number.isInteger(e) && e % 2 === 0) return true;
  }
  return n.args.some(hasEvenPower);
}

export const nonNegative = (name: string) => (b: Bindings): boolean => b[name] !== undefined && provablyNonNegative(b[name]);

/** An exact integer in [min, max]. */
export const integerIn = (name: string, min: number, max: number) => (b: Bindings): boolean => {
  const v = exactValue(b[name]);
  return Number.isInteger(v) && v >= min && v <= max;
};

export const evenInteger = (name: string) => (b: Bindings): boolean => exactValue(b[name]) % 2 === 0;

/** An exact odd multiple of 1/2, as in square roots and their powers. */
export const halfOddInteger = (name: string) => (b: Bindings): boolean => {
  const n = b[name];
  return n !== undefined && isNum(n) && n.num.q === 2;
};

/** Exact numbers of the named bindings, when all of them are. */
export function exactValues(b: Bindings, ...names: string[]): number[] | undefined {
  const values = names.map((name) => exactValue(b[name]));
  return values.every((v) => !Number.isNaN(v)) ? values : undefined;
}

export const all = (...guards: ((b: Bindings) => boolean)[]) => (b: Bindings): boolean => guards.every((g) => g(b));
