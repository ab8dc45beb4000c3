import { ArgumentError, LimitError, NotDifferentiableError } from "../errors.js";
import { together } from "../rewrite/simplify.js";
import { functionRecord } from "../functions/index.js";
import { boundIndices } from "../functions/indexed.js";
import {
  type Node, ONE, TRUE, ZERO, add, branches, call, countOps, freeSymbols, isNum, mul, piecewise, pow, rel, substitute, sym, MINUS_ONE,
} from "../node.js";
import { parse } from "../syntax/parser.js";

/** Partials of records written as text, parsed once per function (undefined: no closed form). */
const parsedPartials = new Map<string, (Node | undefined)[]>();

function partial(name: string, args: readonly Node[], i: number): Node {
  const record = functionRecord(name);
  if (!record) throw new ArgumentError(`Unknown function '${name}'.`);
  if (typeof record.partials === "function") return record.partials(args, i);
  let partials = parsedPartials.get(name);
  if (!partials) {
    partials = record.partials.map((text) => (typeof text === "string" ? parse(text) : undefined));
    parsedPartials.set(name, partials);
  }
  const declared = record.partials[i]!;
  if (typeof declared !== "string") throw new NotDifferentiableError(name, record.params[i]!, declared.none);
  const bindings = new Map(record.params.slice(0, args.length).map((p, k) => [p, args[k]!] as const));
  // Optional arguments left out (Heaviside(x) has no h0) keep their default in the partial's formula.
  return substitute(partials[i]!, bindings);
}

function dependsOn(n: Node, variable: string): boolean {
  return freeSymbols(n).includes(variable);
}

const isQuotient = (n: Node): boolean => n.args.some((f) => f.kind === "pow" && isNum(f.args[1]!) && f.args[1].value < 0);

/**
 * The product rule on u/v gives u'/v - u*v'/v**2, which cancels where the two terms are close: for
 * exp(x)/(1 + exp(x)) both are about 1 at x = 30 while the derivative is 1e-13. Over the common denominator,
 * (u'*v - u*v')/v**2, the numerator often cancels exactly (here to exp(x)), so the derivative is the quotient
 * rule's form whenever that is no longer. Small sums only: expanding the numerator is polynomial work.
 */
function quotientRule(sum: Node): Node {
  if (sum.kind !== "add" || sum.args.length > 4) return sum;
  try {
    return together(sum);
  } catch (e) {
    if (e instanceof LimitError) return sum;
    throw e;
  }
}

const isProductWithSum = (t: Node): boolean => t.kind === "mul" && t.args.some((f) => f.kind === "add");

/** t = c*(a + b + ...) as its terms c*a, c*b, ... (one level: the first sum among the factors). */
function distributeOnce(t: Node): Node[] {
  const i = t.args.findIndex((f) => f.kind === "add");
  const others = t.args.filter((_, j) => j !== i);
  return t.args[i]!.args.map((a) => mul(...others, a));
}

/**
 * The derivative of tanh(u) - u is u'*(1 - tanh(u)**2) - u': evaluated as written it cancels (to 0 for small u,
 * true value -u'*tanh(u)**2). Products of a sum are multiplied out one level when that makes the derivative
 * shorter, which is when terms cancel exactly, symbolically.
 */
function cancelTerms(sum: Node): Node {
  if (sum.kind !== "add" || !sum.args.some(isProductWithSum)) return sum;
  const out = add(...sum.args.flatMap((t) => (isProductWithSum(t) ? distributeOnce(t) : [t])));
  return countOps(out) < countOps(sum) ? out : sum;
}

/**
 * The symbolic derivative d(node)/d(variable). The chain rule is written once here; every function record
 * supplies only its partial derivatives. Piecewise differentiates branch by branch (conditions unchanged),
 * and steps (Heaviside, sign, floor, ceiling) have derivative 0, as PyTorch's autograd has. In index notation
 * the variable is an array and the derivative is taken at its element `index` (default i): d x[j]/d x[i] is
 * KroneckerDelta(j, i).
 */
export function diff(root: Node, variable: string, options: { index?: string } = {}): Node {
  sym(variable);
  const index = sym(options.index ?? "i");
  if (boundIndices(root).has(index.name)) throw new ArgumentError(`The index '${index.name}' is bound by a Sum in the formula: differentiate with another index (diff(f, v, { index })).`);
  const memo = new Map<Node, Node>();
  const d = (n: Node): Node => {
    let r = memo.get(n);
    if (!r) {
      r = rule(n);
      memo.set(n, r);
    }
    return r;
  };
  const rule = (n: Node): Node => {
    switch (n.kind) {
      case "num":
      case "bool":
        return ZERO;
      case "sym":
        return n.name === variable ? ONE : ZERO;
      case "add":
        return cancelTerms(add(...n.args.map(d)));
      case "mul": {
        const sum = add(
          ...n.args.map((f, i) => {
            const df = d(f);
            return df === ZERO ? ZERO : mul(...n.args.filter((_, j) => j !== i), df);
          }),
        );
        return isQuotient(n) ? quotientRule(sum) : sum;
      }
      case "pow": {
        const [b, e] = n.args as [Node, Node];
        const db = d(b);
        const de = d(e);
        if (de === ZERO) {
          if (db === ZERO) return ZERO;
          // b**oo is 0 where |b| < 1, and so is its slope; oo*b**(oo - 1) would be oo*0 = NaN there.
          if (isNum(e) && !Number.isFinite(e.value)) return piecewise([[ZERO, rel("==", n, ZERO)], [mul(e, n, db, pow(b, MINUS_ONE)), TRUE]]);
          return mul(e, pow(b, add(e, MINUS_ONE)), db);
        }
        // 0**e is constant where it is defined (0 for e > 0, oo for e < 0): slope 0, not 0*log(0) = NaN.
        if (b === ZERO) return ZERO;
        // d(b**e) = b**e * (e' log b + e b'/b); a constant base has no second term (which would be 0*(1/b)).
        const logTerm = mul(de, call("log", [b]));
        return mul(n, db === ZERO ? logTerm : add(logTerm, mul(e, db, pow(b, MINUS_ONE))));
      }
      case "call": {
        const own = functionRecord(n.name)?.derivative;
        if (own) return own(n.args, d, index);
        return add(
          ...n.args.map((a, i) => {
            const da = d(a);
            return da === ZERO ? ZERO : mul(partial(n.name, n.args, i), da);
          }),
        );
      }
      case "piecewise":
        return piecewise(branches(n).map(([value, cond]) => [d(value), cond] as const));
      case "rel":
        throw new ArgumentError(`Cannot differentiate the condition '${n}': only values have derivatives.`);
    }
  };
  if (!dependsOn(root, variable)) return ZERO;
  return d(root);
}

/** The n-th derivative. */
export function diffN(root: Node, variable: string, order: number): Node {
  if (!Number.isInteger(order) || order < 0) throw new ArgumentError(`Derivative order must be a non-negative integer, got ${order}.`);
  let r = root;
  for (let k = 0; k < order; k++) r = diff(r, variable);
  return r;
}

