/**
 * Exact numbers of the symbolic core: rationals p/q with safe-integer parts, and IEEE doubles ("floats")
 * for everything else. Arithmetic stays exact while it fits; otherwise it falls back to doubles, as SymPy's
 * Float does. A float holding a safe integer is the same number as that integer.
 */
import { ArgumentError } from "./errors.js";

export interface Num {
  /** Numerator of a rational; unused (0) for floats. */
  readonly p: number;
  /** Denominator (>= 1) of a rational; 0 marks a float. */
  readonly q: number;
  /** The value as a double. */
  readonly value: number;
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

const safe = (n: number) => Number.isSafeInteger(n);

const requireNumber = (value: unknown, what: string): void => {
  if (typeof value !== "number") throw new ArgumentError(`${what} must be a JavaScript number, got ${value === null ? "null" : typeof value}.`);
};

export function float(value: number): Num {
  requireNumber(value, "A number node's value");
  if (Number.isInteger(value) && safe(value) && !Object.is(value, -0)) return { p: value, q: 1, value };
  if (Object.is(value, -0)) return { p: 0, q: 1, value: 0 };
  return { p: 0, q: 0, value };
}

/** p/q in lowest terms, or the nearest double when the parts are not safe integers. */
export function rational(p: number, q: number): Num {
  requireNumber(p, "A numerator");
  requireNumber(q, "A denominator");
  if (!safe(p) || !safe(q) || q === 0) return float(p / q);
  if (q < 0) [p, q] = [-p, -q];
  const g = gcd(p, q) || 1;
  p /= g;
  q /= g;
  return { p: p === 0 ? 0 : p, q, value: p / q };
}

export const isRational = (n: Num) => n.q !== 0;
export const isInteger = (n: Num) => n.q === 1;

export function numAdd(a: Num, b: Num): Num {
  if (isRational(a) && isRational(b)) {
    const p = a.p * b.q + b.p * a.q;
    const q = a.q * b.q;
    if (safe(p) && safe(q)) return rational(p, q);
  }
  return float(a.value + b.value);
}

export function numMul(a: Num, b: Num): Num {
  if (isRational(a) && isRational(b)) {
    const p = a.p * b.p;
    const q = a.q * b.q;
    if (safe(p) && safe(q)) return rational(p, q);
  }
  return float(a.value * b.value);
}

/** Exact integer root of a non-negative safe integer, or undefined. */
function exactRoot(n: number, k: number): number | undefined {
  if (n < 0) return undefined;
  const r = Math.round(n ** (1 / k));
  for (const c of [r - 1, r, r + 1]) if (c >= 0 && c ** k === n) return c;
  return undefined;
}

/**
 * a**b when the result is exact (rational base, integer exponent; perfect roots) or either side is a
 * float. Returns undefined when the power must stay symbolic, e.g. 2**(1/2).
 */
export function numPow(a: Num, b: Num): Num | undefined {
  if (!isRational(a) || !isRational(b)) return float(a.value ** b.value);
  if (isInteger(b)) {
    const n = b.p;
    if (n === 0) return rational(1, 1);
    if (a.p === 0) return n > 0 ? rational(0, 1) : float(Infinity);
    const p = a.p ** Math.abs(n);
    const q = a.q ** Math.abs(n);
    if (safe(p) && safe(q)) return n > 0 ? rational(p, q) : rational(q, p);
    return float(a.value ** n);
  }
  if (a.p < 0) return undefined;
  const rp = exactRoot(a.p, b.q);
  const rq = exactRoot(a.q, b.q);
  if (rp === undefined || rq === undefined) return undefined;
  return numPow(rational(rp, rq), rational(b.p, 1));
}
