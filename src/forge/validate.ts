/**
 * Checks of what users pass to the forge API, so that a wrong type is an ArgumentError naming the argument
 * instead of a TypeError from deep inside.
 */
import { ArgumentError, isIdentifier } from "../core/index.js";

/** What a value is, for messages: "null", "an array", "a function", "a number" ... */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const t = typeof value;
  return t === "object" || t === "undefined" ? t : `a ${t}`;
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);

/** An optional options object: undefined, or a non-array object. */
export function checkOptions(value: unknown, what: string): void {
  if (value !== undefined && !isPlainObject(value)) throw new ArgumentError(`${what} must be an object, got ${describeType(value)}.`);
}

export function checkIdentifier(name: unknown, what: string): asserts name is string {
  if (!isIdentifier(name)) {
    const shown = typeof name === "string" ? `'${name}'` : describeType(name);
    throw new ArgumentError(`${what} must be a name of letters, digits and underscores, not starting with a digit; got ${shown}.`);
  }
}

export function checkStringArray(value: unknown, what: string): asserts value is readonly string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new ArgumentError(`${what} must be an array of strings, got ${describeType(value)}${Array.isArray(value) ? " with a non-string element" : ""}.`);
  }
}

/** An object of numbers keyed by names (parameters and their values). */
export function checkNumberRecord(value: unknown, what: string): asserts value is Record<string, number> {
  if (!isPlainObject(value)) throw new ArgumentError(`${what} must be an object of numbers, got ${describeType(value)}.`);
  for (const [k, v] of Object.entries(value)) {
    checkIdentifier(k, `A name in ${what}`);
    if (typeof v !== "number") throw new ArgumentError(`${what}: '${k}' must be a number, got ${describeType(v)}.`);
  }
}

const STRING_FIELDS = ["category", "description", "usage", "range"] as const;
const LIST_FIELDS = ["pros", "cons", "aliases", "references", "conventions"] as const;

/** Data that survives a deep copy and JSON: strings, finite or IEEE numbers, booleans, null, arrays and objects of them. */
function isPlainData(value: unknown, depth = 0): boolean {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return true;
  if (depth > 32) return false;
  if (Array.isArray(value)) return value.every((v) => isPlainData(v, depth + 1));
  if (!isPlainObject(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.values(value).every((v) => isPlainData(v, depth + 1));
}

/** Metadata fields have the types catalog entries give them; other fields must be plain data. */
export function checkMetadata(metadata: unknown, owner: string): void {
  if (!isPlainObject(metadata)) throw new ArgumentError(`The metadata of ${owner} must be an object, got ${describeType(metadata)}.`);
  for (const [field, value] of Object.entries(metadata)) {
    if (value === undefined) continue;
    if ((STRING_FIELDS as readonly string[]).includes(field)) {
      if (typeof value !== "string") throw new ArgumentError(`metadata.${field} of ${owner} must be a string, got ${describeType(value)}.`);
    } else if ((LIST_FIELDS as readonly string[]).includes(field)) {
      checkStringArray(value, `metadata.${field} of ${owner}`);
    } else if (!isPlainData(value)) {
      throw new ArgumentError(`metadata.${field} of ${owner} must be plain data (strings, numbers, booleans, null, arrays and objects of them), got ${describeType(value)}.`);
    }
  }
}
