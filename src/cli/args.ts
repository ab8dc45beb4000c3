import { statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { UsageError } from "./errors.js";

/** Most rows a sweep may produce, so a typo such as x=0:1e9:1 fails fast instead of exhausting memory. */
export const MAX_POINTS = 1_000_000;

const SPECIAL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ["inf", Infinity], ["+inf", Infinity], ["-inf", -Infinity], ["infinity", Infinity], ["+infinity", Infinity], ["-infinity", -Infinity], ["nan", NaN],
]);

/** Decimal notation only: Number() would also read 0x10, 0b1, 0o7 and "" (as 0). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A decimal number, also "inf", "-inf" and "nan" (case-insensitive); anything else is a usage error. */
export function parseNumber(text: string, what: string): number {
  const t = text.trim();
  const special = SPECIAL_NUMBERS.get(t.toLowerCase());
  if (special !== undefined) return special;
  if (!DECIMAL.test(t)) throw new UsageError(`${what}: '${text}' is not a number (decimal notation such as 1.5, -2e-3, inf or nan).`);
  return Number(t);
}

/** start:stop:step, inclusive of stop (within rounding): -2:2:0.5 gives 9 values. */
function parseRange(text: string, what: string): number[] {
  const parts = text.split(":");
  if (parts.length !== 3) throw new UsageError(`${what}: a range is start:stop:step, got '${text}'.`);
  const [start, stop, step] = parts.map((p) => parseNumber(p, what)) as [number, number, number];
  if (![start, stop, step].every(Number.isFinite)) throw new UsageError(`${what}: range bounds and step must be finite, got '${text}'.`);
  if (step === 0 || Math.sign(stop - start) * Math.sign(step) < 0) {
    throw new UsageError(`${what}: the step ${step} never gets from ${start} to ${stop}.`);
  }
  // Counting steps and multiplying avoids the drift of repeated addition (0.1 + 0.2 + ...).
  const count = Math.floor((stop - start) / step + 1e-9) + 1;
  if (count > MAX_POINTS) throw new UsageError(`${what}: the range '${text}' has ${count} values; at most ${MAX_POINTS} are allowed.`);
  return Array.from({ length: count }, (_, i) => start + i * step);
}

/** One value, a comma list (1,2,3) or a range (start:stop:step). */
export function parseValues(text: string, what: string): number[] {
  if (text.includes(":")) return parseRange(text, what);
  return text.split(",").map((p) => parseNumber(p, what));
}

/** NAME=VALUE arguments, merged by name in order of appearance (x=1 x=2 is the same as x=1,2). */
export function parseAssignments(args: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const arg of args) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(arg);
    if (!m) throw new UsageError(`Expected NAME=VALUE (e.g. x=1.5, x=-2:2:0.5 or alpha=0.2), got '${arg}'.`);
    const [, name, value] = m as unknown as [string, string, string];
    out.set(name, [...(out.get(name) ?? []), ...parseValues(value, name)]);
  }
  return out;
}

/** NAME=VALUE pairs separated by commas, one number each (--start b1=500,b2=1e-4, --params mu=0,sigma=2). */
export function parseNamedValues(text: string | undefined, option: string): Map<string, number> {
  const out = new Map<string, number>();
  if (text === undefined) return out;
  for (const part of text.split(",")) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.+)$/.exec(part);
    if (!m) throw new UsageError(`${option}: expected NAME=VALUE pairs separated by commas (mu=0,sigma=2), got '${part}'.`);
    if (out.has(m[1]!)) throw new UsageError(`${option}: ${m[1]} is given twice.`);
    out.set(m[1]!, parseNumber(m[2]!, `${option} ${m[1]}`));
  }
  return out;
}

/** "a,b" with a < b, both finite: the --range option. */
export function parseInterval(text: string): [number, number] {
  const parts = text.split(",");
  if (parts.length !== 2) throw new UsageError(`--range: expected two numbers such as -5,5, got '${text}'.`);
  const [a, b] = parts.map((p) => parseNumber(p, "--range")) as [number, number];
  if (!Number.isFinite(a) || !Number.isFinite(b) || a >= b) throw new UsageError(`--range: expected finite numbers with a < b, got '${text}'.`);
  // The axis needs its width b - a (and the spacing of the samples) as a double.
  if (!Number.isFinite(b - a)) throw new UsageError(`--range: the width ${b} - (${a}) overflows a double; use an interval narrower than ${Number.MAX_VALUE.toExponential(4)}.`);
  return [a, b];
}

export type ChartFormat = "svg" | "png";

/** The chart format named by the --out file's extension. */
export function chartFormat(file: string): ChartFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".svg" || ext === ".png") return ext === ".svg" ? "svg" : "png";
  throw new UsageError(`--out must end in .svg or .png, got '${file}'.`);
}

/** The --out file's format, and its folder exists: checked before any drawing, so a typo fails at once. */
export function checkOutFile(file: string): ChartFormat {
  const format = chartFormat(file);
  const folder = dirname(resolve(file));
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw new UsageError(`--out: the folder ${folder} does not exist${stat ? " (it is a file)" : ""}; create it first or write elsewhere.`);
  return format;
}

/** A number or a rectangular nested array of numbers, as JSON ([1, 2, 3], [[2, 1, 0.1]]): an input of a vector formula. */
export type ArrayValue = number | ArrayValue[];

/** NAME=JSON arguments for formulas along the last axis: x=[1,2,3], "y_pred=[[2,1,0.1]]", y_true=0. */
export function parseArrayAssignments(args: readonly string[]): Map<string, ArrayValue> {
  const out = new Map<string, ArrayValue>();
  for (const arg of args) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(arg);
    if (!m) throw new UsageError(`Expected NAME=VALUE (e.g. x=[1,2,3] or "y_pred=[[2,1,0.1]]"), got '${arg}'.`);
    const [, name, text] = m as unknown as [string, string, string];
    if (out.has(name)) throw new UsageError(`${name} is given twice: give a vector formula's input once, as one array.`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new UsageError(`${name}: '${text}' is not a number or an array such as [1,2,3].`);
    }
    const valid = (v: unknown): v is ArrayValue => typeof v === "number" || (Array.isArray(v) && v.every(valid));
    if (!valid(value)) throw new UsageError(`${name}: '${text}' must hold numbers only, as in [1,2,3] or [[1,2],[3,4]].`);
    out.set(name, value);
  }
  return out;
}
