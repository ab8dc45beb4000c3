import { ArgumentError } from "../errors.js";
import { isIdentifier, registerCallSemantics } from "../node.js";
import { ELEMENTARY } from "./elementary.js";
import { INDEXED } from "./indexed.js";
import { INVERSE_ERF } from "./erfinv.js";
import { QUANTILES } from "./quantile.js";
import { GAMMA_FAMILY } from "./gamma.js";
import type { FunctionRecord } from "./record.js";
import { SPARSEMAX } from "./sparsemax.js";
import { SPECIAL } from "./special.js";
import { TRIG } from "./trig.js";

export type { FunctionRecord } from "./record.js";

const records = new Map<string, FunctionRecord>();
const aliases = new Map<string, string>();

/** Names the parser reads itself, which no function may take. */
const RESERVED = new Set(["Piecewise", "Rational", "Eq", "Ne", "True", "False", "oo", "nan", "pi", "E"]);

/**
 * Adds a function to the engine. Throws an ArgumentError, before changing anything, when the name or an alias
 * is not an identifier, is reserved syntax, or is already a function name or alias.
 */
export function defineFunction(record: FunctionRecord): void {
  if (record === null || typeof record !== "object") throw new ArgumentError("defineFunction: the record must be an object (see FunctionRecord).");
  const aliasList = record.aliases ?? [];
  if (!Array.isArray(aliasList)) throw new ArgumentError(`defineFunction: the aliases of '${String(record.name)}' must be an array of names.`);
  const names = [record.name, ...aliasList];
  for (const name of names) {
    if (!isIdentifier(name)) throw new ArgumentError(`defineFunction: '${String(name)}' is not a valid function name (letters, digits and underscores, not starting with a digit).`);
    if (RESERVED.has(name)) throw new ArgumentError(`defineFunction: '${name}' is reserved syntax (${[...RESERVED].join(", ")}).`);
    if (functionRecord(name)) throw new ArgumentError(`defineFunction: '${name}' is already a function${aliases.has(name) ? ` (an alias of ${aliases.get(name)})` : ""}; choose another name.`);
  }
  if (new Set(names).size !== names.length) throw new ArgumentError(`defineFunction: '${record.name}' lists a name twice among its name and aliases.`);
  if (typeof record.kernel !== "function") throw new ArgumentError(`defineFunction: '${record.name}' needs a numeric kernel function.`);
  registerCallSemantics(record);
  records.set(record.name, record);
  for (const alias of aliasList) aliases.set(alias, record.name);
}

/** The record of a function, by name or alias. */
export function functionRecord(name: string): FunctionRecord | undefined {
  return records.get(name) ?? records.get(aliases.get(name) ?? "");
}

/** Every name the parser accepts as a function: record names and aliases. */
export function functionNames(): string[] {
  return [...records.keys(), ...aliases.keys()];
}

for (const record of [...ELEMENTARY, ...SPECIAL, ...TRIG, ...GAMMA_FAMILY, ...INVERSE_ERF, ...INDEXED, ...SPARSEMAX, ...QUANTILES]) defineFunction(record);
