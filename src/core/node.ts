/**
 * Expression nodes: a small closed set of kinds, immutable and interned, so that structural equality is
 * identity (`a === b`). Constructors canonicalise cheaply (flattening, constant folding, ordering, collecting
 * like terms and powers); heavier identities live in the rewrite rules.
 */
import { ArgumentError, LimitError } from "./errors.js";
import { type Num, float, isInteger, isRational, numAdd, numMul, numPow, rational } from "./number.js";

export type Kind = "num" | "sym" | "add" | "mul" | "pow" | "call" | "piecewise" | "rel" | "bool";
export type RelOp = ">" | ">=" | "<" | "<=" | "==" | "!=";

/**
 * The deepest tree the engine builds. Every traversal (printers, derivative, rewrites, compiler, interpreter)
 * recurses once per level, and at this depth all of them stay well inside Node's default stack; a deeper
 * tree is refused with a LimitError when it is built, instead of overflowing the stack later.
 */
export const MAX_DEPTH = 500;

export class Node {
  /** Interning id: creation order, so it is stable within a process. */
  readonly id: number;
  /** Levels below and including this node: 1 for atoms. */
  readonly depth: number;
  /** A hash of the structure (not of the id), so that ordering by it is the same in every process. */
  readonly hash: number;
  private constructor(
    readonly kind: Kind,
    /** Symbol name, function name, relation operator, or "True"/"False". */
    readonly name: string,
    readonly args: readonly Node[],
    /** The number of a "num" node. */
    readonly num: Num | undefined,
    id: number,
    depth: number,
    hash: number,
  ) {
    this.id = id;
    this.depth = depth;
    this.hash = hash;
    Object.freeze(this.args);
    Object.freeze(this);
  }

  /** Numeric value of a "num" node (NaN for any other kind). */
  get value(): number {
    return this.num ? this.num.value : NaN;
  }

  toString(): string {
    return printHook(this);
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return printHook(this);
  }

  /**
   * The one node of this structure: the same object for as long as it is referenced anywhere. Everything the
   * code generator later prints is checked here (kind, name, arity, that a number is a number), so a node
   * holding foreign text cannot exist.
   */
  static intern(kind: Kind, name: string, args: readonly Node[], n?: Num): Node {
    const key = n ? `${kind}:${n.q === 0 ? `f${n.value}` : `${n.p}/${n.q}`}` : `${kind}:${name}(${args.map((a) => a.id).join(",")})`;
    const found = table.get(key)?.deref();
    if (found) return found;
    const checkedNum = checkNode(kind, name, args, n);
    let depth = 0;
    let hash = hashString(n ? key : `${kind}:${name}`);
    for (const a of args) {
      if (a.depth > depth) depth = a.depth;
      hash = Math.imul(hash ^ a.hash, 0x01000193);
    }
    if (depth >= MAX_DEPTH) throw new LimitError("depth", `The expression is nested more than ${MAX_DEPTH} levels deep, the engine's limit (see README, "Limits").`);
    const node = new Node(kind, name, [...args], checkedNum, nextId++, depth + 1, hash >>> 0);
    table.set(key, new WeakRef(node));
    registry.register(node, key);
    return node;
  }
}

/**
 * The intern table holds nodes weakly: a node nobody references is collected, and its entry removed. An equal
 * node built while the old one lives finds it, so structural equality stays identity.
 */
const table = new Map<string, WeakRef<Node>>();
const registry = new FinalizationRegistry<string>(dropEntry);
let nextId = 0;

/** Removes the table entry of a collected node, unless an equal node has taken the key since. */
export function dropEntry(key: string): void {
  if (table.get(key)?.deref() === undefined) table.delete(key);
}

/** Entries of the intern table, and how many of them still hold a node (for memory tests). */
export function internTableSize(): { entries: number; live: number } {
  let live = 0;
  for (const ref of table.values()) if (ref.deref()) live++;
  return { entries: table.size, live };
}

/** FNV-1a of a string. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

const KINDS: ReadonlySet<string> = new Set<Kind>(["num", "sym", "add", "mul", "pow", "call", "piecewise", "rel", "bool"]);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const isIdentifier = (name: unknown): name is string => typeof name === "string" && IDENTIFIER.test(name);

/** Validates what Node.intern is given; returns a frozen copy of the number of a "num" node. */
function checkNode(kind: Kind, name: string, args: readonly Node[], n: Num | undefined): Num | undefined {
  const bad = (what: string) => new ArgumentError(`Invalid ${kind} node: ${what}.`);
  if (!KINDS.has(kind)) throw new ArgumentError(`Unknown node kind '${String(kind)}': use one of ${[...KINDS].join(", ")}.`);
  if (typeof name !== "string") throw bad("the name must be a string");
  if (!Array.isArray(args) || !args.every((a) => a instanceof Node)) throw bad("the arguments must be nodes");
  if ((kind === "num") !== (n !== undefined)) throw bad("a number is given exactly for number nodes");
  const arity = (ok: boolean) => {
    if (!ok) throw bad(`${args.length} arguments`);
  };
  switch (kind) {
    case "num": {
      const { p, q, value } = n!;
      if (typeof value !== "number" || typeof p !== "number" || typeof q !== "number") throw bad("its value must be a JavaScript number");
      const rational = Number.isSafeInteger(p) && Number.isSafeInteger(q) && q >= 1 && value === p / q;
      if (q !== 0 && !rational) throw bad("not a rational in lowest terms");
      arity(args.length === 0 && name === "");
      return Object.freeze({ p, q, value });
    }
    case "sym":
      if (!IDENTIFIER.test(name)) throw bad(`'${name}' is not a name (letters, digits and underscores, not starting with a digit)`);
      arity(args.length === 0);
      return undefined;
    case "bool":
      if (name !== "True" && name !== "False") throw bad("a truth value is True or False");
      arity(args.length === 0);
      return undefined;
    case "rel":
      if (!relEval.has(name as RelOp)) throw new ArgumentError(`Unknown relation '${name}': use one of ${RELATIONS.join(" ")}.`);
      arity(args.length === 2);
      return undefined;
    case "call":
      if (!functions.has(name)) throw new ArgumentError(`Unknown function '${name}'.`);
      arity(args.length >= 1);
      return undefined;
    case "pow":
      arity(args.length === 2 && name === "");
      return undefined;
    case "piecewise":
      arity(args.length >= 2 && args.length % 2 === 0 && name === "");
      return undefined;
    default:
      arity(args.length >= 2 && name === "");
      return undefined;
  }
}

let printHook: (n: Node) => string = (n) => `${n.kind}#${n.id}`;
/** The text printer registers itself here so that nodes print as SymPy text without an import cycle. */
export function setDefaultPrinter(print: (n: Node) => string): void {
  printHook = print;
}

// ---------------------------------------------------------------- numbers and atoms

export const numNode = (n: Num): Node => Node.intern("num", "", [], n);
export const num = (value: number): Node => numNode(float(value));
export const rat = (p: number, q: number): Node => numNode(rational(p, q));
export const ZERO = rat(0, 1);
export const ONE = rat(1, 1);
export const MINUS_ONE = rat(-1, 1);
export const HALF = rat(1, 2);
export const TRUE = Node.intern("bool", "True", []);
export const FALSE = Node.intern("bool", "False", []);

export function sym(name: string): Node {
  if (!isIdentifier(name)) throw new ArgumentError(`Invalid symbol name '${String(name)}': use letters, digits and underscores, not starting with a digit.`);
  return Node.intern("sym", name, []);
}

export const isNum = (n: Node): n is Node & { num: Num } => n.kind === "num";
const isNumberLike = (n: Node) => n.kind === "num";

// ---------------------------------------------------------------- ordering

const kindRank: Record<Kind, number> = { num: 0, sym: 1, call: 2, pow: 3, mul: 4, add: 5, piecewise: 6, rel: 7, bool: 8 };

/** The base and exponent of a factor: x**2 -> (x, 2), x -> (x, 1). */
export function baseExp(n: Node): [Node, Node] {
  return n.kind === "pow" ? [n.args[0]!, n.args[1]!] : [n, ONE];
}

function compareArgs(a: readonly Node[], b: readonly Node[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareNodes(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * Kind, number, name, arity, then the structural hash: constant time for nearly every pair, where comparing
 * arguments recursively would walk down two deep trees (cubic work for nested functions). Arguments are
 * compared only when two hashes collide.
 */
function compareBases(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.kind !== b.kind) return kindRank[a.kind] - kindRank[b.kind];
  if (a.kind === "num") return a.value - b.value || a.hash - b.hash || a.num!.q - b.num!.q;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.args.length - b.args.length || a.hash - b.hash || compareArgs(a.args, b.args);
}

/** A total order on nodes, used to sort the arguments of sums and products: by base, then exponent. */
export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  const [ba, ea] = baseExp(a);
  const [bb, eb] = baseExp(b);
  if (ba !== bb) return compareBases(ba, bb);
  return compareBases(ea, eb);
}

// ---------------------------------------------------------------- sums

/** Splits a term into numeric coefficient and the rest: 3*x*y -> (3, x*y). */
export function coeffAndRest(term: Node): [Num, Node] {
  if (isNum(term)) return [term.num, ONE];
  if (term.kind === "mul" && isNum(term.args[0]!)) {
    const rest = term.args.slice(1);
    return [term.args[0].num!, rest.length === 1 ? rest[0]! : Node.intern("mul", "", rest)];
  }
  return [rational(1, 1), term];
}

export function add(...terms: Node[]): Node {
  let constant: Num = rational(0, 1);
  const coeffs = new Map<Node, Num>();
  const visit = (t: Node) => {
    if (t.kind === "add") return t.args.forEach(visit);
    if (isNum(t)) {
      constant = numAdd(constant, t.num);
      return;
    }
    const [c, rest] = coeffAndRest(t);
    const prev = coeffs.get(rest);
    coeffs.set(rest, prev ? numAdd(prev, c) : c);
  };
  terms.forEach(visit);
  const out: Node[] = [];
  for (const [rest, c] of coeffs) {
    if (c.value === 0 && isRational(c)) continue;
    out.push(isRational(c) && c.p === 1 && c.q === 1 ? rest : mul(numNode(c), rest));
  }
  out.sort(compareNodes);
  if (!(isRational(constant) && constant.p === 0)) out.push(numNode(constant));
  if (out.length === 0) return ZERO;
  if (out.length === 1) return out[0]!;
  return Node.intern("add", "", out);
}

// ---------------------------------------------------------------- products

export function mul(...factors: Node[]): Node {
  let coeff: Num = rational(1, 1);
  const exps = new Map<Node, Node[]>();
  const visit = (f: Node) => {
    if (f.kind === "mul") return f.args.forEach(visit);
    if (isNum(f)) {
      coeff = numMul(coeff, f.num);
      return;
    }
    const [b, e] = baseExp(f);
    const list = exps.get(b);
    if (list) list.push(e);
    else exps.set(b, [e]);
  };
  factors.forEach(visit);
  if (isRational(coeff) && coeff.p === 0) return ZERO;
  let out: Node[] = [];
  for (const [b, es] of exps) {
    const f = es.length === 1 ? pow(b, es[0]!) : pow(b, add(...es));
    if (isNum(f)) coeff = numMul(coeff, f.num);
    else if (f.kind === "mul") {
      for (const g of f.args) {
        if (isNum(g)) coeff = numMul(coeff, g.num);
        else out.push(g);
      }
    } else out.push(f);
  }
  if (isRational(coeff) && coeff.p === 0) return ZERO;
  // A product that powers re-created may hold two factors of one base; one more pass merges them.
  if (new Set(out.map((f) => baseExp(f)[0])).size !== out.length) return mul(numNode(coeff), ...out);
  out.sort(compareNodes);
  const c = numNode(coeff);
  // Number times a sum distributes, as in SymPy: 2*(x + 1) -> 2*x + 2.
  if (out.length === 1 && out[0]!.kind === "add" && c !== ONE) return add(...out[0]!.args.map((t) => mul(c, t)));
  if (c !== ONE) out = [c, ...out];
  if (out.length === 0) return c;
  if (out.length === 1) return out[0]!;
  return Node.intern("mul", "", out);
}

// ---------------------------------------------------------------- powers

export function pow(base: Node, exp: Node): Node {
  if (exp === ZERO) return ONE;
  if (exp === ONE) return base;
  if (base === ONE && isNum(exp) && Number.isFinite(exp.value)) return ONE;
  if (isNum(base) && isNum(exp)) {
    const r = numPow(base.num, exp.num);
    if (r) return numNode(r);
    // Pull integer parts out of rational exponents so that sqrt(8) stays 8**(1/2) but 2**(3/2) -> 2*2**(1/2).
    const e = exp.num;
    if (e.q > 1 && Math.abs(e.p) > e.q) {
      const whole = Math.trunc(e.p / e.q);
      return mul(pow(base, rat(whole, 1)), pow(base, rat(e.p - whole * e.q, e.q)));
    }
    return Node.intern("pow", "", [base, exp]);
  }
  if (base.kind === "sym" && base.name === "E") return call("exp", [exp]);
  if (base.kind === "call" && base.name === "exp") return call("exp", [mul(base.args[0]!, exp)]);
  if (isNum(exp) && isInteger(exp.num)) {
    if (base.kind === "pow") return pow(base.args[0]!, mul(base.args[1]!, exp));
    if (base.kind === "mul") return mul(...base.args.map((f) => pow(f, exp)));
  }
  if (base === ZERO && isNum(exp)) return exp.value > 0 ? ZERO : num(Infinity);
  return Node.intern("pow", "", [base, exp]);
}

// ---------------------------------------------------------------- helpers

export const neg = (a: Node): Node => mul(MINUS_ONE, a);
export const sub = (a: Node, b: Node): Node => add(a, neg(b));
export const div = (a: Node, b: Node): Node => mul(a, pow(b, MINUS_ONE));
export const sqrt = (a: Node): Node => pow(a, HALF);

// ---------------------------------------------------------------- function calls

/** What the node layer needs from a function record: its arity and its automatic evaluation. */
export interface CallSemantics {
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** Exact evaluation or canonicalisation at construction, e.g. exp(0) -> 1; undefined keeps the call. */
  readonly autoEval?: (args: readonly Node[]) => Node | undefined;
  /** Numeric kernel: used to fold calls whose arguments are floats. */
  readonly kernel: (...args: number[]) => number;
  /** A binding operator (Sum): argument 1 is an index symbol bound inside argument 0, not free. */
  readonly binds?: boolean;
}

const functions = new Map<string, CallSemantics>();

/** Registers a function so that `call(name, ...)` knows it. Throws on duplicates. */
export function registerCallSemantics(f: CallSemantics): void {
  if (functions.has(f.name)) throw new ArgumentError(`Function '${f.name}' is already registered.`);
  functions.set(f.name, f);
}

export const callSemantics = (name: string): CallSemantics | undefined => functions.get(name);

export function call(name: string, args: readonly Node[]): Node {
  const f = functions.get(name);
  if (!f) throw new ArgumentError(`Unknown function '${name}'.`);
  if (args.length < f.minArgs || args.length > f.maxArgs) {
    const allowed = f.minArgs === f.maxArgs ? `${f.minArgs}` : f.maxArgs === Infinity ? `at least ${f.minArgs}` : `${f.minArgs} to ${f.maxArgs}`;
    throw new ArgumentError(`${name} takes ${allowed} argument${f.maxArgs === 1 ? "" : "s"}, got ${args.length}.`);
  }
  const evaluated = f.autoEval?.(args);
  if (evaluated) return evaluated;
  // Calls on floats fold to floats (SymPy evaluates exp(0.5) the same way); exact numbers stay symbolic.
  if (args.length > 0 && args.every(isNumberLike) && args.some((a) => !isRational(a.num!))) {
    return num(f.kernel(...args.map((a) => a.value)));
  }
  return Node.intern("call", name, args);
}

// ---------------------------------------------------------------- relations and piecewise

const relEval: ReadonlyMap<RelOp, (a: number, b: number) => boolean> = new Map<RelOp, (a: number, b: number) => boolean>([
  [">", (a, b) => a > b],
  [">=", (a, b) => a >= b],
  ["<", (a, b) => a < b],
  ["<=", (a, b) => a <= b],
  ["==", (a, b) => a === b],
  ["!=", (a, b) => a !== b],
]);
export const RELATIONS: readonly RelOp[] = [...relEval.keys()];

/** The comparison of a relation operator; throws for anything that is not one. */
function relation(op: RelOp): (a: number, b: number) => boolean {
  const f = relEval.get(op);
  if (!f) throw new ArgumentError(`Unknown relation '${String(op)}': use one of ${RELATIONS.join(" ")}.`);
  return f;
}

export function rel(op: RelOp, a: Node, b: Node): Node {
  const compare = relation(op);
  if (isNum(a) && isNum(b) && !Number.isNaN(a.value) && !Number.isNaN(b.value)) return compare(a.value, b.value) ? TRUE : FALSE;
  return Node.intern("rel", op, [a, b]);
}

export const compareNumbers = (op: RelOp, a: number, b: number): boolean => relation(op)(a, b);

/** Piecewise((e1, c1), (e2, c2), ...): the first branch whose condition holds. Stored flat: e1, c1, e2, c2. */
export function piecewise(branches: readonly (readonly [Node, Node])[]): Node {
  const out: Node[] = [];
  for (const [value, cond] of branches) {
    if (cond.kind !== "rel" && cond.kind !== "bool") throw new ArgumentError(`A Piecewise condition must be a relation or True, got '${cond}'.`);
    if (cond === FALSE) continue;
    out.push(value, cond);
    if (cond === TRUE) break;
  }
  if (out.length === 0) return num(NaN);
  if (out[1] === TRUE) return out[0]!;
  // Adjacent branches with the same value merge when the later one is the catch-all.
  while (out.length >= 4 && out[out.length - 1] === TRUE && out[out.length - 2] === out[out.length - 4]) out.splice(out.length - 4, 2);
  if (out[1] === TRUE) return out[0]!;
  return Node.intern("piecewise", "", out);
}

/** The (value, condition) pairs of a piecewise node. */
export function branches(n: Node): [Node, Node][] {
  const out: [Node, Node][] = [];
  for (let i = 0; i < n.args.length; i += 2) out.push([n.args[i]!, n.args[i + 1]!]);
  return out;
}

// ---------------------------------------------------------------- traversal

/** Rebuilds a node of the same kind from new arguments, through the canonicalising constructors. */
export function rebuild(n: Node, args: readonly Node[]): Node {
  switch (n.kind) {
    case "add":
      return add(...args);
    case "mul":
      return mul(...args);
    case "pow":
      return pow(args[0]!, args[1]!);
    case "call":
      return call(n.name, args);
    case "rel":
      return rel(n.name as RelOp, args[0]!, args[1]!);
    case "piecewise": {
      const pairs: [Node, Node][] = [];
      for (let i = 0; i < args.length; i += 2) pairs.push([args[i]!, args[i + 1]!]);
      return piecewise(pairs);
    }
    default:
      return n;
  }
}

/** Bottom-up map: `f` sees each node after its arguments were mapped. Memoised per call. */
export function mapBottomUp(root: Node, f: (n: Node) => Node): Node {
  const memo = new Map<Node, Node>();
  const go = (n: Node): Node => {
    let r = memo.get(n);
    if (r) return r;
    const args = n.args.map(go);
    const same = args.every((a, i) => a === n.args[i]);
    r = f(same ? n : rebuild(n, args));
    memo.set(n, r);
    return r;
  };
  return go(root);
}

/** Free symbols, sorted by name (the constants `pi` and `E` are not free). */
export function freeSymbols(root: Node): string[] {
  const names = new Set<string>();
  const seen = new Set<Node>();
  const go = (n: Node) => {
    if (seen.has(n)) return;
    seen.add(n);
    if (n.kind === "sym" && !CONSTANTS.has(n.name)) names.add(n.name);
    if (n.kind === "call" && functions.get(n.name)?.binds) {
      const bound = n.args[1]!.name;
      for (const s of freeSymbols(n.args[0]!)) if (s !== bound) names.add(s);
      n.args.slice(2).forEach(go);
      return;
    }
    n.args.forEach(go);
  };
  go(root);
  return [...names].sort();
}

/** Replaces symbols by expressions, all at once: subs(x*y, {x: y, y: x}) is y*x. */
export function substitute(root: Node, replacements: ReadonlyMap<string, Node> | Record<string, Node>): Node {
  const map = replacements instanceof Map ? replacements : new Map(Object.entries(replacements));
  if (map.size === 0) return root;
  return mapBottomUp(root, (n) => (n.kind === "sym" ? (map.get(n.name) ?? n) : n));
}

/** Symbols with a fixed value. */
export const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ["pi", Math.PI],
  ["E", Math.E],
]);
export const PI = sym("pi");
export const E = sym("E");

/** Counts nodes of the tree (shared subtrees counted once per occurrence): a measure of size for simplify. */
export function countOps(root: Node): number {
  const sizes = new Map<Node, number>();
  const go = (n: Node): number => {
    let size = sizes.get(n);
    if (size === undefined) {
      size = 1;
      for (const a of n.args) size += go(a);
      sizes.set(n, size);
    }
    return size;
  };
  return go(root);
}

/** Distinct nodes of a DAG: the work of one memoised traversal. */
export function countDistinct(root: Node): number {
  const seen = new Set<Node>([root]);
  const stack = [root];
  while (stack.length > 0) {
    for (const a of stack.pop()!.args) {
      if (!seen.has(a)) {
        seen.add(a);
        stack.push(a);
      }
    }
  }
  return seen.size;
}
