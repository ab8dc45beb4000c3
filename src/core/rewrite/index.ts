/** Rewriting: the pattern matcher, the rule engine, and the simplify, expand and stability tables. */
import type { Node } from "../node.js";
import { RuleTable, rewrite } from "./engine.js";
import { STABILITY } from "./rules/stability.js";

export { type Bindings, type Rule, type RewriteOptions, RuleTable, rewrite, applyOnce, applyRule } from "./engine.js";
export { matches, isPatternVar } from "./match.js";
export { simplify, together } from "./simplify.js";
export { expand, MAX_EXPANDED_TERMS } from "./expand.js";
export { ALGEBRA } from "./rules/algebra.js";
export { STABILITY } from "./rules/stability.js";

const STABILITY_TABLE = new RuleTable(STABILITY);

/** The stability rewrites the compiler applies before generating code. */
export const stabilize = (node: Node): Node => rewrite(node, STABILITY_TABLE);
