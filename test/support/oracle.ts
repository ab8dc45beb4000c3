import { readFileSync } from "node:fs";

export interface OraclePoint {
  [variable: string]: string;
}
export interface OracleEntry {
  formula: string;
  params: Record<string, string | number>;
  variable: string;
  points: OraclePoint[];
}

/** Reads a committed fixture of high-precision values (written by scripts/fixtures/oracle.py with mpmath). */
export function readOracle(kind: "activations" | "losses"): Record<string, OracleEntry> {
  return readFixture(kind) as Record<string, OracleEntry>;
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
  return readFixture("vectors") as Record<string, VectorOracleEntry>;
}

function readFixture(kind: string): unknown {
  const url = new URL(`../fixtures/oracle-${kind}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { entries: unknown }).entries;
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
