/**
 * The rule engine: rules written in the library's own syntax (`'sinh(_u)/cosh(_u) -> tanh(_u)'` as lhs and
 * rhs), parsed once on first use, indexed by the kind of the lhs root, and applied bottom-up to a fixed point.
 */
import { LimitError } from "../errors.js";
import { type Kind, type Node, add, countDistinct, mul, rebuild, substitute } from "../node.js";
import { parse } from "../syntax/parser.js";
import { type Bindings, matches, matchesWithRest } from "./match.js";

export type { Bindings } from "./match.js";

export interface Rule {
  /** Short name, for tests and debugging. */
  readonly name: string;
  /** Pattern text; symbols starting with `_` are pattern variables. */
  readonly lhs: string;
  /** Replacement text over the same variables, or a function of the bindings. */
  readonly rhs: string | ((b: Bindings) => Node);
  /** Extra condition on the bindings, e.g. "_b is a positive number". */
  readonly guard?: (b: Bindings) => boolean;
}

interface ParsedRule {
  readonly rule: Rule;
  readonly lhs: Node;
  readonly rhs: (b: Bindings) => Node;
}

function parseRule(rule: Rule): ParsedRule {
  const { rhs } = rule;
  if (typeof rhs !== "string") return { rule, lhs: parse(rule.lhs), rhs };
  const template = parse(rhs);
  return { rule, lhs: parse(rule.lhs), rhs: (b) => substitute(template, b) };
}

/** An ordered list of rules, parsed and indexed by root kind on first use. */
export class RuleTable {
  private index: Map<Kind, ParsedRule[]> | undefined;
  constructor(readonly rules: readonly Rule[]) {}

  rulesFor(kind: Kind): readonly ParsedRule[] {
    if (!this.index) {
      this.index = new Map();
      for (const parsed of this.rules.map(parseRule)) {
        const list = this.index.get(parsed.lhs.kind) ?? [];
        list.push(parsed);
        this.index.set(parsed.lhs.kind, list);
      }
    }
    return this.index.get(kind) ?? [];
  }
}

/**
 * Applies one rule at the root of `node`: the first match the guard accepts that changes the node, or
 * undefined. A sum or product rule may match part of the terms; the others are kept.
 */
export function applyRule(parsed: ParsedRule, node: Node): Node | undefined {
  const { lhs, rhs, rule } = parsed;
  if (lhs.kind === "add" || lhs.kind === "mul") {
    const combine = lhs.kind === "add" ? add : mul;
    for (const [b, rest] of matchesWithRest(lhs, node, {}, true)) {
      if (rule.guard && !rule.guard(b)) continue;
      const out = combine(rhs(b), ...rest);
      if (out !== node) return out;
    }
    return undefined;
  }
  for (const b of matches(lhs, node)) {
    if (rule.guard && !rule.guard(b)) continue;
    const out = rhs(b);
    if (out !== node) return out;
  }
  return undefined;
}

/** The first rule of the table that rewrites `node` at its root, or undefined. */
export function applyOnce(node: Node, table: RuleTable): Node | undefined {
  for (const parsed of table.rulesFor(node.kind)) {
    const out = applyRule(parsed, node);
    if (out) return out;
  }
  return undefined;
}

export interface RewriteOptions {
  /** Most rule applications in one call; default STEPS_PER_NODE per distinct node (at least MIN_STEPS). */
  readonly maxSteps?: number;
}

/** The default step budget grows with the size of the tree: rules fire a bounded number of times per node. */
export const STEPS_PER_NODE = 50;
export const MIN_STEPS = 2000;

/**
 * Rewrites bottom-up (each node also tried once before its arguments) until no rule applies or a whole tree
 * repeats. Running out of steps means a rule table that keeps growing the tree: a LimitError, never a
 * result silently left half rewritten. A rewrite
 * whose result is one of the node's own ancestors is skipped: the node is then the fallback branch of that
 * very rewrite (`Piecewise((series, |u| < 0.1), (u - tanh(u), True))`), which must not unroll forever.
 */
export function rewrite(root: Node, table: RuleTable, options: RewriteOptions = {}): Node {
  const maxSteps = options.maxSteps ?? Math.max(MIN_STEPS, STEPS_PER_NODE * countDistinct(root));
  let steps = 0;
  const pass = (): ((n: Node) => Node) => {
    const memo = new Map<Node, Node>();
    const ancestors = new Set<Node>();
    const go = (n: Node): Node => {
      const cached = memo.get(n);
      if (cached) return cached;
      let blocked = false;
      const step = (m: Node): Node | undefined => {
        const next = applyOnce(m, table);
        if (next && ancestors.has(next)) blocked = true;
        else if (next && ++steps > maxSteps) {
          throw new LimitError("rewrite steps", `Rewriting took more than ${maxSteps} rule applications without reaching a fixed point (see README, "Limits").`);
        }
        return blocked ? undefined : next;
      };
      // The whole node is tried once before its arguments, so that rules needing the original arguments
      // (sinh(u)/cosh(u)) see them before a rule for an argument (1/cosh(u)) rewrites it.
      const top = step(n) ?? n;
      ancestors.add(n).add(top);
      const args = top.args.map(go);
      ancestors.delete(n);
      ancestors.delete(top);
      let cur = args.every((a, i) => a === top.args[i]) ? top : rebuild(top, args);
      const seen = new Set([n, cur]);
      for (let next = step(cur); next && !seen.has(next); next = step(cur)) {
        seen.add(next);
        cur = next;
      }
      // A blocked result depends on where the node stands, so it is not shared with other occurrences.
      if (!blocked) memo.set(n, cur);
      return cur;
    };
    return go;
  };
  let current = root;
  const trees = new Set([root]);
  for (;;) {
    const next = pass()(current);
    if (trees.has(next)) return next;
    trees.add(next);
    current = next;
  }
}
