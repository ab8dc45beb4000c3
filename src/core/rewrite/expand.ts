/** `expand`: products distributed over sums and integer powers of sums multiplied out. */
import type { Node } from "../node.js";
import { RuleTable, rewrite } from "./engine.js";
import { EXPANSION } from "./rules/algebra.js";

const EXPANSION_TABLE = new RuleTable(EXPANSION);

export const expand = (node: Node): Node => rewrite(node, EXPANSION_TABLE, { maxSteps: 10_000 });
