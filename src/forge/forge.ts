import { ArgumentError, CONSTANTS, NeurogebraError, UnknownNameError, functionNames, parse, sym } from "../core/index.js";
import { CATALOG, type CatalogEntry } from "../catalog/index.js";
import { type ExplainLevel, Expression, type ExpressionOptions, type Metadata } from "./expression.js";
import { Scope, builtinScope } from "./scope.js";
import { checkIdentifier, checkMetadata, checkNumberRecord, checkOptions, describeType } from "./validate.js";

export interface GetOptions {
  /** Parameter values replacing the defaults; an unknown name is an error. */
  params?: Record<string, number>;
  /** Mark every parameter trainable. */
  trainable?: boolean;
}

export interface CompareOptions {
  /** The input value (default 1). */
  at?: number;
}

/** The activations the tutorial compares side by side. */
export const TUTORIAL_ACTIVATIONS = ["relu", "sigmoid", "tanh", "leaky_relu", "swish", "gelu", "softplus"] as const;

interface Registered {
  /** The template every get() copies. */
  expression: () => Expression;
  category: string;
  aliases: readonly string[];
  /** Its inputs: names that formulas of this forge use as inputs, so no entry may take them as its name. */
  variables: readonly string[];
}

/**
 * The registry of named, documented, executable formulas: the built-in catalog plus whatever this forge
 * defines or registers. Every get() returns a fresh Expression, so changes to it never reach the registry.
 */
export class MathForge {
  private readonly entries = new Map<string, Registered>();
  private readonly aliases = new Map<string, string>();
  private readonly scope = new Scope(builtinScope());

  constructor() {
    for (const entry of CATALOG) this.add(entry.name, fromCatalog(entry), entry.metadata.category, entry.metadata.aliases ?? [], entry.variables);
  }

  private add(name: string, expression: () => Expression, category: string, aliases: readonly string[], variables: readonly string[]): void {
    let cached: Expression | undefined;
    this.entries.set(name, { expression: () => (cached ??= expression()), category, aliases, variables });
    for (const alias of aliases) this.aliases.set(alias, name);
  }

  private resolve(name: string): [string, Registered] {
    if (typeof name !== "string") throw new ArgumentError(`A name must be a string, got ${typeof name}.`);
    const canonical = this.entries.has(name) ? name : this.aliases.get(name);
    const found = canonical === undefined ? undefined : this.entries.get(canonical);
    if (!found) throw new UnknownNameError("formula", name, this.entries.keys());
    return [canonical!, found];
  }

  /** Names in listing order, optionally of one category ("activation", "loss", "custom"). */
  listAll(options: { category?: string } = {}): string[] {
    checkOptions(options, "The options of listAll");
    const { category } = options;
    if (category !== undefined && !this.categories().includes(category)) {
      throw new UnknownNameError("category", String(category), this.categories(), ` Categories: ${this.categories().join(", ")}.`);
    }
    return [...this.entries].filter(([, r]) => category === undefined || r.category === category).map(([n]) => n);
  }

  categories(): string[] {
    return [...new Set([...this.entries.values()].map((r) => r.category))];
  }

  has(name: string): boolean {
    return this.entries.has(name) || this.aliases.has(name);
  }

  /** A fresh copy of a named formula, with parameter overrides. */
  get(name: string, options: GetOptions = {}): Expression {
    checkOptions(options, `The options of get("${name}")`);
    const [, registered] = this.resolve(name);
    const template = registered.expression();
    if (options.params !== undefined) checkNumberRecord(options.params, `params of ${name}`);
    const params = new Map(Object.entries(template.params));
    const names = Object.keys(template.params);
    for (const [p, v] of Object.entries(options.params ?? {})) {
      if (!params.has(p)) throw new UnknownNameError("parameter", p, names, ` ${name} has parameters: ${names.join(", ") || "none"}.`);
      params.set(p, v);
    }
    const trainableParams = options.trainable ? names : template.trainableParams;
    return template.withParams(Object.fromEntries(params), trainableParams);
  }

  /**
   * Names matching the words of the query in their name, aliases, description, usage, pros, cons, category
   * or conventions. Entries matching more of the words come first; among them, closer matches (exact name,
   * alias, name prefix, name substring, alias substring, text), then listing order.
   */
  search(query: string): string[] {
    if (typeof query !== "string") throw new ArgumentError(`search takes a string, got ${describeType(query)}.`);
    const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0) return [];
    const scored: { name: string; matched: number; score: number }[] = [];
    for (const [name, r] of this.entries) {
      const m = r.expression().metadata;
      const aliases = r.aliases.map((a) => a.toLowerCase());
      const text = [m.description, m.usage, r.category, ...(m.pros ?? []), ...(m.cons ?? []), ...(m.conventions ?? [])].join(" ").toLowerCase();
      const lower = name.toLowerCase();
      const closeness = (w: string): number =>
        lower === w ? 0 : aliases.includes(w) ? 1 : lower.startsWith(w) ? 2 : lower.includes(w) ? 3 : aliases.some((a) => a.includes(w)) ? 4 : text.includes(w) ? 5 : -1;
      const found = words.map(closeness).filter((c) => c >= 0);
      if (found.length > 0) scored.push({ name, matched: found.length, score: found.reduce((a, b) => a + b, 0) });
    }
    // Array.prototype.sort is stable: ties keep listing order.
    return scored.sort((a, b) => b.matched - a.matched || a.score - b.score).map((e) => e.name);
  }

  /** A side-by-side table of values and first derivatives at one point. */
  compare(names: readonly string[] = TUTORIAL_ACTIVATIONS, options: CompareOptions = {}): string {
    const at = options.at ?? 1;
    if (typeof at !== "number" || Number.isNaN(at)) throw new ArgumentError(`'at' must be a number, got ${String(at)}.`);
    const rows = this.compareValues(names, at);
    const width = Math.max(8, ...rows.map((r) => r.name.length)) + 2;
    const head = `${"Function".padEnd(width)}${`f(${at})`.padStart(12)}${`f'(${at})`.padStart(12)}`;
    const body = rows.map((r) => `${r.name.padEnd(width)}${formatValue(r.value).padStart(12)}${formatValue(r.gradient).padStart(12)}`);
    return [head, "-".repeat(head.length), ...body].join("\n");
  }

  /** The numbers behind compare(): value and first derivative of each formula at `at`. */
  compareValues(names: readonly string[], at: number): { name: string; value: number; gradient: number }[] {
    return names.map((name) => {
      const e = this.get(name);
      if (e.variables.length !== 1) throw new ArgumentError(`compare needs formulas of one input; ${name} has ${e.variables.length} (${e.variables.join(", ")}).`);
      if (e.output !== "elementwise") throw new ArgumentError(`compare evaluates formulas at one number; ${name} works along the last axis of an array: use eval, e.g. ${name}.eval([1, 2, 3]).`);
      return { name, value: e.eval(at) as number, gradient: e.gradient(e.variables[0]!).eval(at) as number };
    });
  }

  explain(name: string, level: ExplainLevel = "beginner"): string {
    return this.get(name).explain(level);
  }

  /**
   * Adds an Expression under a name; it is then usable inside other formulas of this forge. The name must be
   * new: not an entry or alias, not an engine function or constant, and not an input of any entry (so that
   * a bare `x` in compose always means the input x). The expression's inputs must not be entry names.
   */
  register(name: string, expression: Expression): Expression {
    if (!(expression instanceof Expression)) throw new ArgumentError(`register needs an Expression, got ${describeType(expression)}.`);
    this.checkNewName(name, expression);
    const stored = expression.rename(name);
    this.add(name, () => stored, String(expression.metadata.category ?? "custom"), [], stored.variables);
    this.scope.set(name, { node: stored.symbolicExpr, variables: stored.variables, params: stored.params });
    return stored.rename(name);
  }

  private checkNewName(name: string, expression: Expression): void {
    checkIdentifier(name, "The name of a formula");
    if (this.has(name)) throw new ArgumentError(`'${name}' is already in this forge${this.entries.has(name) ? "" : ` (an alias of ${this.aliases.get(name)})`}; choose another name.`);
    if (functionNames().includes(name)) throw new ArgumentError(`'${name}' is a function of the engine; choose another name.`);
    if (CONSTANTS.has(name) || !isPlainName(name)) throw new ArgumentError(`'${name}' has a meaning of its own in formulas (a constant, or a form such as Piecewise); choose another name.`);
    const users = [...this.entries].filter(([, r]) => r.variables.includes(name)).map(([n]) => n);
    if (users.length > 0) {
      throw new ArgumentError(`'${name}' is an input of ${users.slice(0, 3).join(", ")}${users.length > 3 ? ", ..." : ""}; a formula of that name would change what ${name} means in compose. Choose another name.`);
    }
    const clash = expression.variables.find((v) => this.has(v));
    if (clash !== undefined) throw new ArgumentError(`${name} takes an input named '${clash}', which is a formula of this forge: call it (${clash}(...)) or rename the input.`);
  }

  /** Parses a formula (which may call this forge's entries), registers it and returns it. */
  define(name: string, formula: string, options: Omit<ExpressionOptions, "scope"> = {}): Expression {
    checkIdentifier(name, "The name of a formula");
    checkOptions(options, `The options of define("${name}")`);
    if (options.metadata !== undefined) checkMetadata(options.metadata, name);
    const metadata: Metadata = { category: "custom", ...options.metadata };
    return this.register(name, new Expression(name, formula, { ...options, metadata, scope: this.scope }));
  }

  /**
   * A formula over entry names, e.g. "mse + 0.1*mae": a bare name of an entry stands for its formula, any
   * other name is an input. register keeps entry names and input names apart, so no name is both.
   */
  compose(formula: string): Expression {
    const node = this.scope.parseWithBareNames(formula);
    return new Expression(formula, node, { scope: this.scope, metadata: { category: "custom", description: `Composition: ${formula}` } });
  }
}

/** Whether formulas read `name` as a plain symbol and leave a call `name(u)` to the forge (no constant, function or special form). */
function isPlainName(name: string): boolean {
  let leftToScope = false;
  try {
    parse(`${name}(u)`, { resolveCall: () => ((leftToScope = true), sym("u")) });
  } catch (error) {
    if (error instanceof NeurogebraError) return false;
    throw error;
  }
  return leftToScope && parse(name) === sym(name);
}

function fromCatalog(entry: CatalogEntry): () => Expression {
  return () => {
    const { node } = builtinScope().get(entry.name)!;
    return new Expression(entry.name, node, {
      params: { ...(entry.params ?? {}) },
      trainableParams: [...(entry.trainable ?? [])],
      metadata: { ...entry.metadata },
      variables: [...entry.variables],
      derivatives: { ...(entry.derivatives ?? {}) },
      domains: { ...(entry.domains ?? {}) },
      ...(entry.classIndex ? { classIndex: { input: entry.classIndex.input, node: parse(entry.classIndex.formula) } } : {}),
      ...(entry.outputLength ? { extents: [parse(entry.outputLength)] } : {}),
    });
  };
}

/** Four decimals, as the tutorial's tables print. */
export function formatValue(v: number): string {
  return Number.isFinite(v) ? v.toFixed(4) : String(v);
}
