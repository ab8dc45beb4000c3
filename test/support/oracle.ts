import { readFileSync, readdirSync } from "node:fs";

/** One parameter set of an entry: the parameters, the column names and one row of strings per point. */
export interface OracleSet {
  params: Record<string, number>;
  /** The inputs, then "value", then "d/d<name>" for every input and every parameter. */
  columns: string[];
  points: string[][];
  /** Derivative cells decided by a one-sided limit or a kink rule: [row, column, rule]. */
  kinks: [number, string, string][];
}
export interface OracleEntry {
  formula: string;
  variables: string[];
  params: Record<string, number>;
  domains: Record<string, { min: number | string; max: number | string }>;
  sets: OracleSet[];
  kink_rules?: Record<string, string>;
}

const DIR = new URL("../fixtures/oracle/", import.meta.url);

/**
 * Every committed oracle fixture (test/fixtures/oracle/<category>.json, written by scripts/fixtures/oracle.py
 * with SymPy and mpmath from the exported catalog), by entry name.
 */
export function readOracle(): Map<string, OracleEntry> {
  const out = new Map<string, OracleEntry>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".json")).sort()) {
    const { entries } = JSON.parse(readFileSync(new URL(file, DIR), "utf8")) as { entries: Record<string, OracleEntry> };
    for (const [name, entry] of Object.entries(entries)) out.set(name, entry);
  }
  return out;
}

/** One row batch of a vector entry: inputs per variable (rows of doubles as strings), values and gradients. */
export interface VectorCase {
  inputs: string[][];
  value: string | string[];
  grad: string[] | string[][];
}
export interface VectorOracleEntry {
  name: string;
  inputs: string[];
  params: Record<string, number>;
  vector: boolean;
  classIndex?: boolean;
  cases: VectorCase[];
}

/** The fixture of the vector entries (scripts/fixtures/oracle_vectors.py). */
export function readVectorOracle(): Record<string, VectorOracleEntry> {
  const url = new URL("../fixtures/oracle-vectors.json", import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { entries: Record<string, VectorOracleEntry> }).entries;
}

export const parseDouble = (s: string): number => (s === "Infinity" ? Infinity : s === "-Infinity" ? -Infinity : s === "NaN" ? NaN : Number(s));

/**
 * Relative error against the correctly rounded true value, measured against at least the smallest normal
 * double so that results in the subnormal range are judged by absolute error. Non-finite expectations must
 * be matched exactly.
 */
export function relativeError(actual: number, expected: number): number {
  if (!Number.isFinite(expected) || Number.isNaN(expected)) return Object.is(actual, expected) || (Number.isNaN(actual) && Number.isNaN(expected)) ? 0 : Infinity;
  if (!Number.isFinite(actual)) return Infinity;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 2.2250738585072014e-308);
}

/** Below the normal range a double has fewer bits: a few units in the last place of a subnormal. */
const SUBNORMAL_ULPS = 4 * 2 ** -1074;

/**
 * The error of `got` against the oracle's `want` in units of the allowed error (<= 1 passes): `relative`
 * (floored at a few subnormal ulps), or `absolute` for points near a zero of the function. NaN, infinities and
 * zeros must be met exactly; a zero compares equal to either signed zero (mpmath has no signed zero, so
 * vanishing limits are written 0.0).
 */
export function scaledError(got: number, want: number, tolerance: { relative: number } | { absolute: number }): number {
  if (Number.isNaN(want)) return Number.isNaN(got) ? 0 : Infinity;
  if (!Number.isFinite(want) || want === 0) return got === want ? 0 : Infinity;
  const err = Math.abs(got - want);
  if (Number.isNaN(err)) return Infinity;
  if ("absolute" in tolerance) return err / tolerance.absolute;
  return err / Math.max(tolerance.relative * Math.abs(want), SUBNORMAL_ULPS);
}
