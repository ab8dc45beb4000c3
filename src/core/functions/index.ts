import { registerCallSemantics } from "../node.js";
import { ELEMENTARY } from "./elementary.js";
import { INVERSE_ERF } from "./erfinv.js";
import { GAMMA_FAMILY } from "./gamma.js";
import type { FunctionRecord } from "./record.js";
import { SPECIAL } from "./special.js";
import { TRIG } from "./trig.js";

export type { FunctionRecord } from "./record.js";

const records = new Map<string, FunctionRecord>();
const aliases = new Map<string, string>();

/** Adds a function to the engine. Throws when the name or an alias is taken. */
export function defineFunction(record: FunctionRecord): void {
  registerCallSemantics(record);
  records.set(record.name, record);
  for (const alias of record.aliases ?? []) aliases.set(alias, record.name);
}

/** The record of a function, by name or alias. */
export function functionRecord(name: string): FunctionRecord | undefined {
  return records.get(name) ?? records.get(aliases.get(name) ?? "");
}

/** Every name the parser accepts as a function: record names and aliases. */
export function functionNames(): string[] {
  return [...records.keys(), ...aliases.keys()];
}

for (const record of [...ELEMENTARY, ...SPECIAL, ...TRIG, ...GAMMA_FAMILY, ...INVERSE_ERF]) defineFunction(record);
