/**
 * `simplify`: the algebra rules to a fixed point, plus fractions over a common denominator, keeping the
 * shortest form found (by `countOps`), so the result is never longer than the input.
 */
import { LimitError } from "../errors.js";
import { type Node, ZERO, add, baseExp, countOps, isNum, mapBottomUp, mul, neg, pow, sub } from "../node.js";
import { RuleTable, rewrite } from "./engine.js";
import { expand } from "./expand.js";
import { ALGEBRA } from "./rules/algebra.js";

const ALGEBRA_TABLE = new RuleTable(ALGEBRA);

/** A term as numerator factors and denominator (base -> positive exponent); numeric bases stay upstairs. */
function splitTerm(term: Node): [Node[], Map<Node, Node>] {
  const numerator: Node[] = [];
  const denominator = new Map<Node, Node>();
  for (const f of term.kind === "mul" ? term.args : [term]) {
    const [b, e] = baseExp(f);
    if (isNum(e) && e.value < 0 && !isNum(b)) denominator.set(b, neg(e));
    else numerator.push(f);
  }
  return [numerator, denominator];
}

/** a/d1 + b/d2 -> (a*d2' + b*d1')/lcm(d1, d2), numerator expanded, when that is not longer. */
export function together(sum: Node): Node {
  if (sum.kind !== "add") return sum;
  const terms = sum.args.map(splitTerm);
  const common = new Map<Node, Node>();
  for (const [, den] of terms) {
    for (const [b, e] of den) {
      const prev = common.get(b);
      if (!prev || e.value > prev.value) common.set(b, e);
    }
  }
  if (common.size === 0) return sum;
  const numerator = add(...terms.map(([n, den]) => mul(...n, ...[...common].map(([b, e]) => pow(b, sub(e, den.get(b) ?? ZERO))))));
  const combined = mul(expand(numerator), ...[...common].map(([b, e]) => pow(b, neg(e))));
  return countOps(combined) <= countOps(sum) ? combined : sum;
}

/** The expanded candidate, unless expanding is beyond the limits (a power of a sum too large to multiply out). */
function expandedForm(algebraic: Node): Node | undefined {
  try {
    return rewrite(mapBottomUp(expand(algebraic), together), ALGEBRA_TABLE);
  } catch (e) {
    if (e instanceof LimitError) return undefined;
    throw e;
  }
}

export function simplify(node: Node): Node {
  const algebraic = rewrite(node, ALGEBRA_TABLE);
  const combined = rewrite(mapBottomUp(algebraic, together), ALGEBRA_TABLE);
  const expanded = expandedForm(algebraic);
  // Ties go to the earlier candidate: rewritten forms before the input, the input before expansion.
  let best = combined;
  for (const candidate of [algebraic, node, expanded]) if (candidate && countOps(candidate) < countOps(best)) best = candidate;
  return best;
}
