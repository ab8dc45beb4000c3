/**
 * Pattern matching over canonical, interned nodes. Pattern variables are symbols named `_u`, `_b`, ... and
 * bind consistently. Sums and products match associatively-commutatively; a numeric coefficient in a product
 * pattern divides the subject (`-_u` matches any s with _u = -s). Matching is a generator, so alternatives are
 * tried lazily and the first one a rule accepts wins.
 */
import { type Node, ONE, ZERO, add, baseExp, div, freeSymbols, isNum, mul, pow, sub, substitute } from "../node.js";
import { isInteger } from "../number.js";

export type Bindings = Readonly<Record<string, Node>>;
type AC = "add" | "mul";

export const isPatternVar = (n: Node): boolean => n.kind === "sym" && n.name.startsWith("_");

/** The value bound to a pattern variable: own properties only, as names such as `__proto__` are symbols too. */
const bound = (b: Bindings, name: string): Node | undefined => (Object.hasOwn(b, name) ? b[name] : undefined);

/** Every way `pattern` matches the whole of `subject`, extending `bindings`. */
export function* matches(pattern: Node, subject: Node, bindings: Bindings = {}): Generator<Bindings> {
  if (isPatternVar(pattern)) {
    const value = bound(bindings, pattern.name);
    if (value === undefined) yield { ...bindings, [pattern.name]: subject };
    else if (value === subject) yield bindings;
    return;
  }
  if (pattern.kind === "add" || pattern.kind === "mul") {
    for (const [b] of matchesWithRest(pattern, subject, bindings, false)) yield b;
    return;
  }
  if (pattern === subject) {
    yield bindings;
    return;
  }
  if (pattern.kind !== subject.kind || pattern.name !== subject.name || pattern.args.length !== subject.args.length || pattern.args.length === 0) return;
  yield* matchArgs(pattern.args, subject.args, 0, bindings);
}

function* matchArgs(patterns: readonly Node[], subjects: readonly Node[], i: number, b: Bindings): Generator<Bindings> {
  if (i === patterns.length) {
    yield b;
    return;
  }
  for (const b2 of matches(patterns[i]!, subjects[i]!, b)) yield* matchArgs(patterns, subjects, i + 1, b2);
}

/**
 * Matches a sum or product pattern against part of a subject: yields the bindings and the subject's terms
 * (factors) left over. With `allowRest` false the pattern must take everything.
 */
export function* matchesWithRest(pattern: Node, subject: Node, bindings: Bindings, allowRest: boolean): Generator<[Bindings, Node[]]> {
  const op = pattern.kind as AC;
  let patterns = pattern.args;
  let target = subject;
  if (op === "mul" && isNum(patterns[0]!)) {
    target = div(subject, patterns[0]);
    patterns = patterns.slice(1);
  }
  yield* matchItems(op, [...patterns].sort((p, q) => specificity(p) - specificity(q)), 0, items(op, target), bindings, allowRest);
}

/** Cheap and selective pattern items first, items that match anything (`_c`, `-_c`) last. */
function specificity(p: Node): number {
  if (isNum(p)) return 0;
  if (isPatternVar(p)) return 3;
  if (p.kind === "mul" && p.args.every((a) => isNum(a) || isPatternVar(a))) return 2;
  return 1;
}

/** The terms of a sum or factors of a product; 0 has no terms and 1 no factors. */
function items(op: AC, n: Node): Node[] {
  if (n.kind === op) return [...n.args];
  return n === (op === "add" ? ZERO : ONE) ? [] : [n];
}

const build = (op: AC, parts: Node[]): Node => (op === "add" ? add(...parts) : mul(...parts));

/**
 * Ways to read subject item `s` as a match for pattern item `p`, with what is left of `s`: in products a
 * power may give up part of its exponent, so `sign(_u)` finds sign(x) in sign(x)**3 and leaves sign(x)**2.
 */
function splits(op: AC, s: Node, p: Node): [Node, Node | undefined][] {
  const out: [Node, Node | undefined][] = [[s, undefined]];
  if (op !== "mul") return out;
  const [base, e] = baseExp(s);
  if (!isNum(e) || !isInteger(e.num)) return out;
  const [, pe] = baseExp(p);
  const k = isNum(pe) && isInteger(pe.num) ? pe.value : undefined;
  if (k !== undefined && Math.sign(k) === Math.sign(e.value) && Math.abs(e.value) > Math.abs(k)) out.push([pow(base, pe), pow(base, sub(e, pe))]);
  return out;
}

/** Removes the items of `value` from `subject`, or undefined when they are not all there. */
function take(op: AC, subject: Node[], value: Node): Node[] | undefined {
  let left = subject;
  for (const item of items(op, value)) {
    const i = left.findIndex((s) => splits(op, s, item).some(([c]) => c === item));
    if (i < 0) return undefined;
    const [, rest] = splits(op, left[i]!, item).find(([c]) => c === item)!;
    left = [...left.slice(0, i), ...(rest ? [rest] : []), ...left.slice(i + 1)];
  }
  return left;
}

function* matchItems(op: AC, patterns: readonly Node[], i: number, subject: Node[], b: Bindings, allowRest: boolean): Generator<[Bindings, Node[]]> {
  if (i === patterns.length) {
    if (allowRest || subject.length === 0) yield [b, subject];
    return;
  }
  // Variables bound by now are cheap to check: they go before the free ones.
  const j = patterns.findIndex((q, k) => k > i && isPatternVar(q) && bound(b, q.name) !== undefined);
  if (j > 0 && isPatternVar(patterns[i]!) && bound(b, patterns[i]!.name) === undefined) {
    const swapped = [...patterns];
    [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
    patterns = swapped;
  }
  const p = patterns[i]!;
  if (isPatternVar(p)) {
    const value = bound(b, p.name);
    if (value !== undefined) {
      const left = take(op, subject, value);
      if (left) yield* matchItems(op, patterns, i + 1, left, b, allowRest);
    } else if (i === patterns.length - 1) {
      // The last free variable takes all that is left (the empty sum or product when nothing is).
      yield [{ ...b, [p.name]: build(op, subject) }, []];
    } else {
      for (let k = 0; k < subject.length; k++) {
        yield* matchItems(op, patterns, i + 1, [...subject.slice(0, k), ...subject.slice(k + 1)], { ...b, [p.name]: subject[k]! }, allowRest);
      }
    }
    return;
  }
  // A pattern item whose variables are all bound is one definite node: found by identity, in one scan.
  // So is a sum or product pattern: `_k*_u` with _u = x - 1 takes the two terms x/2 and -1/2 of the subject.
  if (patternVars(p).every((v) => bound(b, v) !== undefined)) {
    const left = take(op, subject, substitute(p, b));
    if (left) yield* matchItems(op, patterns, i + 1, left, b, allowRest);
    return;
  }
  for (let k = 0; k < subject.length; k++) {
    if (!sameHead(p, subject[k]!)) continue;
    for (const [candidate, rest] of splits(op, subject[k]!, p)) {
      // The rest of the subject is copied only for a candidate that matches: a product of n factors costs
      // O(n) per pattern item, not O(n**2).
      let left: Node[] | undefined;
      for (const b2 of matches(p, candidate, b)) {
        left ??= [...subject.slice(0, k), ...(rest ? [rest] : []), ...subject.slice(k + 1)];
        yield* matchItems(op, patterns, i + 1, left, b2, allowRest);
      }
    }
  }
}

const varsOfPattern = new WeakMap<Node, string[]>();
const patternVars = (p: Node): string[] => {
  let vars = varsOfPattern.get(p);
  if (!vars) varsOfPattern.set(p, (vars = freeSymbols(p).filter((name) => name.startsWith("_"))));
  return vars;
};

/** A cheap necessary condition for `matches(p, s)` (also after splitting a power): same kind and name. */
function sameHead(p: Node, s: Node): boolean {
  if (p.kind === "add" || p.kind === "mul" || isNum(p)) return true;
  const [pb] = baseExp(p);
  const [sb] = baseExp(s);
  return isPatternVar(pb) || (pb.kind === sb.kind && pb.name === sb.name);
}
