/**
 * Recursive-descent parser of SymPy syntax, one function per precedence level of the shared table. It
 * builds nodes through the canonicalising constructors; no text is ever evaluated as code.
 */
import { ArgumentError, LimitError, ParseError, UnknownNameError, caretLine } from "../errors.js";
import { functionNames, functionRecord } from "../functions/index.js";
import { type Node, type RelOp, FALSE, MINUS_ONE, TRUE, add, call, mul, neg, num, piecewise, pow, rat, rel, sym } from "../node.js";
import { PRECEDENCE, operatorsAt } from "./precedence.js";
import { type Token, tokenize } from "./tokenizer.js";

export interface ParseOptions {
  /** Builds calls of names that are not engine functions (e.g. catalog entries); undefined if unknown. */
  readonly resolveCall?: (name: string, args: Node[]) => Node | undefined;
  /** More names to suggest when a function name is unknown. */
  readonly extraNames?: () => Iterable<string>;
}

/** Names with their own syntax, handled by the parser rather than by a function record. */
const SPECIAL_FORMS = ["Piecewise", "Rational", "Eq", "Ne"];
const ATOMS: ReadonlyMap<string, Node> = new Map([
  ["True", TRUE],
  ["False", FALSE],
  ["oo", num(Infinity)],
  ["nan", num(NaN)],
]);

/**
 * Most parentheses, calls and exponents open at once. The parser recurses about ten frames per level, so this keeps it
 * well inside Node's default stack; deeper text is refused with a LimitError (README, "Limits").
 */
export const MAX_NESTING = 300;

const RELATIONS = operatorsAt(PRECEDENCE.Relational);
const ADDITIVE = operatorsAt(PRECEDENCE.Add);
const MULTIPLICATIVE = operatorsAt(PRECEDENCE.Mul);
const POWER = operatorsAt(PRECEDENCE.Pow);

class Parser {
  private pos = 0;
  private nesting = 0;
  private readonly tokens: Token[];
  /** Divisors already parsed, by start position: `/(` is tried as a product first, and never twice. */
  private readonly divisors = new Map<number, { factors: Node[]; end: number } | undefined>();

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
  ) {
    this.tokens = tokenize(text);
  }

  parseAll(): Node {
    if (this.peek().kind === "end") throw this.error("Empty formula", this.peek());
    const node = this.relation();
    const next = this.peek();
    if (next.kind === ")") throw this.error("Unbalanced parenthesis: ')' without a matching '('", next);
    if (next.kind !== "end") throw this.error(`Unexpected ${describe(next)} after a complete expression`, next);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private next(): Token {
    return this.tokens[this.pos++]!;
  }

  private error(message: string, at: Token): ParseError {
    return new ParseError(message, this.text, at.offset);
  }

  private isOp(set: ReadonlySet<string>): boolean {
    const t = this.peek();
    return t.kind === "op" && set.has(t.text);
  }

  private expect(kind: Token["kind"], what: string, open?: Token): Token {
    const t = this.peek();
    if (t.kind === kind) return this.next();
    if (open && t.kind === "end") throw this.error("Unbalanced parenthesis: '(' is never closed", open);
    throw this.error(`Expected ${what}, found ${describe(t)}`, t);
  }

  /** Level 35: one optional relation; relations do not chain. */
  private relation(): Node {
    const left = this.additive();
    if (!this.isOp(RELATIONS)) return left;
    const op = this.next().text as RelOp;
    const right = this.additive();
    if (this.isOp(RELATIONS)) throw this.error("Relations do not chain: write each comparison separately", this.peek());
    return rel(op, left, right);
  }

  /** Level 40: left-associative + and -. */
  private additive(): Node {
    const first = this.signedTerm();
    if (!this.isOp(ADDITIVE)) return first;
    // All terms first and one sum at the end: linear in the number of terms, not quadratic.
    const terms = [first];
    while (this.isOp(ADDITIVE)) {
      const op = this.next().text;
      const right = this.multiplicative();
      terms.push(op === "+" ? right : neg(right));
    }
    return add(...terms);
  }

  /**
   * Level 50: * and /, built as one product (a/b*c is a*b**-1*c) so that a printed product such as
   * `2*(x + 1)*y` reads back as itself rather than with the number distributed over the sum.
   */
  private multiplicative(): Node {
    const factors = this.factors();
    return factors.length === 1 ? factors[0]! : mul(...factors);
  }

  private factors(): Node[] {
    const factors = [this.unary()];
    while (this.isOp(MULTIPLICATIVE)) {
      if (this.next().text === "*") factors.push(this.unary());
      else factors.push(...this.divisor().map((f) => pow(f, MINUS_ONE)));
    }
    return factors;
  }

  /**
   * What follows `/`: the factors of a parenthesised product one by one, since `a/(2*(x + 1))` is
   * a*2**-1*(x + 1)**-1 as printed, not a division by the distributed sum 2*x + 2.
   */
  private divisor(): Node[] {
    const start = this.pos;
    if (this.peek().kind === "(") {
      if (!this.divisors.has(start)) this.divisors.set(start, this.parenthesisedProduct());
      const known = this.divisors.get(start);
      if (known) {
        this.pos = known.end;
        return known.factors;
      }
    }
    // Not a plain parenthesised product: parse it as any other operand (and report its errors from there).
    this.pos = start;
    return [this.unary()];
  }

  /** `(a*b*...)` not followed by `**`, as its factors, or undefined. */
  private parenthesisedProduct(): { factors: Node[]; end: number } | undefined {
    const open = this.next();
    const nesting = this.nesting;
    this.enter(open);
    try {
      const factors = this.factors();
      if (this.peek().kind !== ")") return undefined;
      this.next();
      return this.isOp(POWER) ? undefined : { factors, end: this.pos };
    } catch (e) {
      if (e instanceof ParseError) return undefined;
      throw e;
    } finally {
      this.nesting = nesting;
    }
  }

  /** One more parenthesis, call or exponent open; refuses nesting beyond MAX_NESTING. */
  private enter(at: Token): void {
    if (++this.nesting > MAX_NESTING) {
      throw new LimitError("nesting", `Parentheses, calls and exponents are nested more than ${MAX_NESTING} deep, the parser's limit (see README, "Limits"), at position ${at.offset}${caretLine(this.text, at.offset)}`);
    }
  }

  /**
   * A leading sign applies to the whole product (`-a*b` is `-(a*b)`, the same value), so that a printed
   * negated product such as `-x*(x + 1)` reads back as the one product it was, not as a distributed sum.
   */
  private signedTerm(): Node {
    const negative = this.signs();
    const operand = this.multiplicative();
    return negative ? neg(operand) : operand;
  }

  /** A run of leading signs, read in a loop (any number of them): true when they make a minus. */
  private signs(): boolean {
    let negative = false;
    while (this.isOp(ADDITIVE)) if (this.next().text === "-") negative = !negative;
    return negative;
  }

  /** A sign inside a product or exponent (`x*-y`, `2**-x`): looser than `**`, so `-x**2` is `-(x**2)`. */
  private unary(): Node {
    const negative = this.signs();
    const operand = this.power();
    return negative ? neg(operand) : operand;
  }

  /** Level 60: right-associative `**` (or `^`); the exponent may carry a sign, as in `2**-x`. */
  private power(): Node {
    const base = this.primary();
    if (!this.isOp(POWER)) return base;
    // The exponent is parsed at the unary level, which recurses into power: right-associative.
    this.enter(this.next());
    const exponent = this.unary();
    this.nesting--;
    return pow(base, exponent);
  }

  private primary(): Node {
    const t = this.next();
    switch (t.kind) {
      case "number":
        return numberLiteral(t.text);
      case "name":
        if (this.peek().kind === "[") return this.indexedOf(t);
        return this.peek().kind === "(" ? this.callOf(t) : (ATOMS.get(t.text) ?? sym(t.text));
      case "(": {
        this.enter(t);
        const inner = this.relation();
        if (this.peek().kind === ",") throw this.error("Unexpected ',': tuples are only allowed inside Piecewise", this.peek());
        this.expect(")", "')'", t);
        this.nesting--;
        return inner;
      }
      case "end":
        throw this.error("Unexpected end of formula", t);
      case ")":
        throw this.error(this.isInsideParens() ? "Expected an expression before ')'" : "Unbalanced parenthesis: ')' without a matching '('", t);
      default:
        throw this.error(`Unexpected ${describe(t)}`, t);
    }
  }

  private isInsideParens(): boolean {
    let depth = 0;
    for (let i = 0; i < this.pos - 1; i++) {
      const kind = this.tokens[i]!.kind;
      if (kind === "(") depth++;
      else if (kind === ")") depth--;
    }
    return depth > 0;
  }

  /** A parenthesised, comma-separated list; `item` parses one element. */
  private list<T>(item: () => T): T[] {
    const open = this.expect("(", "'('");
    const items: T[] = [];
    if (this.peek().kind === ")") {
      this.next();
      return items;
    }
    this.enter(open);
    for (;;) {
      const t = this.peek();
      if (t.kind === "," || t.kind === ")") throw this.error("Empty argument", t);
      items.push(item());
      const sep = this.peek();
      if (sep.kind === ",") this.next();
      else {
        this.expect(")", "',' or ')'", open);
        this.nesting--;
        return items;
      }
    }
  }

  /** `x[i]`: an element of the array x along its last axis (SymPy's Indexed). */
  private indexedOf(name: Token): Node {
    const open = this.next();
    const index = this.additive();
    this.expect("]", "']'", open);
    return this.guard(name, () => call("Indexed", [sym(name.text), index]));
  }

  /** Runs a constructor, reporting its ArgumentError at the name's position. */
  private guard(name: Token, build: () => Node): Node {
    try {
      return build();
    } catch (e) {
      if (e instanceof ArgumentError) throw this.error(e.message.replace(/\.$/, ""), name);
      throw e;
    }
  }

  /**
   * `Sum(body, (j, a, b))`, SymPy's form: the index and its bounds in a tuple. Every binding operator is
   * written so, its further arguments after the tuple (`Quantile(f, (j, a, b), q)`).
   */
  private boundOf(name: Token): Node {
    const open = this.expect("(", "'('");
    const body = this.relation();
    this.expect(",", "',' and then (index, lower, upper)");
    if (this.peek().kind !== "(") throw this.error(`${name.text} takes its index and bounds as a tuple: ${name.text}(f, (j, 0, n - 1)${name.text === "Sum" ? "" : ", ..."})`, this.peek());
    const limits = this.list(() => this.additive());
    if (limits.length !== 3) throw this.error(`The limits of a ${name.text} are (index, lower, upper), got ${limits.length} element${limits.length === 1 ? "" : "s"}`, name);
    const rest: Node[] = [];
    while (this.peek().kind === ",") {
      this.expect(",", "','");
      rest.push(this.relation());
    }
    this.expect(")", "')'", open);
    return this.guard(name, () => call(functionRecord(name.text)!.name, [body, ...limits, ...rest]));
  }

  private callOf(name: Token): Node {
    switch (name.text) {
      case "Piecewise":
        return this.piecewiseOf(name);
      case "Rational":
        return this.rationalOf(name);
      case "Eq":
      case "Ne": {
        const args = this.list(() => this.relation());
        if (args.length !== 2) throw this.error(`${name.text} takes 2 arguments, got ${args.length}`, name);
        return rel(name.text === "Eq" ? "==" : "!=", args[0]!, args[1]!);
      }
    }
    const record = functionRecord(name.text);
    if (record?.binds) return this.boundOf(name);
    if (!record && !this.options.resolveCall) throw this.unknown(name);
    const args = this.list(() => this.relation());
    if (record) {
      try {
        return call(record.name, args);
      } catch (e) {
        if (e instanceof ArgumentError) throw this.error(e.message.replace(/\.$/, ""), name);
        throw e;
      }
    }
    const resolved = this.options.resolveCall?.(name.text, args);
    if (resolved) return resolved;
    throw this.unknown(name);
  }

  private unknown(name: Token): UnknownNameError {
    const known = [...functionNames(), ...SPECIAL_FORMS, ...(this.options.extraNames?.() ?? [])];
    return new UnknownNameError("function", name.text, known, caretLine(this.text, name.offset));
  }

  private piecewiseOf(name: Token): Node {
    const pairs = this.list(() => {
      const open = this.peek();
      if (open.kind !== "(") throw this.error("Piecewise takes (value, condition) pairs", open);
      const pair = this.list(() => this.relation());
      if (pair.length !== 2) throw this.error(`A Piecewise branch is a (value, condition) pair, got ${pair.length} element${pair.length === 1 ? "" : "s"}`, open);
      return [pair[0]!, pair[1]!] as const;
    });
    if (pairs.length === 0) throw this.error("Piecewise needs at least one (value, condition) pair", name);
    try {
      return piecewise(pairs);
    } catch (e) {
      if (e instanceof ArgumentError) throw this.error(e.message.replace(/\.$/, ""), name);
      throw e;
    }
  }

  /** Rational(p, q) with integer literals: an exact fraction. */
  private rationalOf(name: Token): Node {
    const args = this.list(() => this.relation());
    const ints = args.filter((a) => a.kind === "num" && a.num!.q === 1);
    if (args.length !== 2 || ints.length !== 2) throw this.error("Rational takes two integers, as in Rational(1, 3)", name);
    if (args[1]!.value === 0) throw this.error("Rational with a zero denominator", name);
    return rat(args[0]!.value, args[1]!.value);
  }
}

function numberLiteral(text: string): Node {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? rat(n, 1) : num(n);
  }
  return num(Number(text));
}

function describe(t: Token): string {
  switch (t.kind) {
    case "end":
      return "end of formula";
    case "name":
      return `name '${t.text}'`;
    case "number":
      return `number '${t.text}'`;
    default:
      return `'${t.text}'`;
  }
}

/** Parses SymPy syntax (`x**2`, `Max(0, x)`, `Piecewise((x, x > 0), (0, True))`) into a node. */
export function parse(text: string, options: ParseOptions = {}): Node {
  if (typeof text !== "string") throw new ArgumentError(`parse: the formula must be a string, got ${text === null ? "null" : typeof text}.`);
  return new Parser(text, options).parseAll();
}
