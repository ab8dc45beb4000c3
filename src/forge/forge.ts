import { ArgumentError, UnknownNameError, parse } from "../core/index.js";
import { CATALOG, type CatalogEntry } from "../catalog/index.js";
import { type ExplainLevel, Expression, type ExpressionOptions, type Metadata } from "./expression.js";
import { Scope, builtinScope } from "./scope.js";

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
    for (const entry of CATALOG) this.add(entry.name, fromCatalog(entry), entry.metadata.category, entry.metadata.aliases ?? []);
  }

  private add(name: string, expression: () => Expression, category: string, aliases: readonly string[]): void {
    if (this.has(name)) throw new ArgumentError(`'${name}' is already in this forge; choose another name.`);
    let cached: Expression | undefined;
    this.entries.set(name, { expression: () => (cached ??= expression()), category, aliases });
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
    const { category } = options;
    if (category !== undefined && !this.categories().includes(category)) {
      throw new UnknownNameError("category", category, this.categories());
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
    const [, registered] = this.resolve(name);
    const template = registered.expression();
    const params = { ...template.params };
    for (const [p, v] of Object.entries(options.params ?? {})) {
      if (!(p in params)) throw new UnknownNameError("parameter", p, Object.keys(params), ` ${name} has parameters: ${Object.keys(params).join(", ") || "none"}.`);
      if (typeof v !== "number") throw new ArgumentError(`Parameter '${p}' must be a number, got ${typeof v}.`);
      params[p] = v;
    }
    const trainableParams = options.trainable ? Object.keys(params) : template.trainableParams;
    return template.withParams(params, trainableParams);
  }

  /** Names whose name, aliases, description, usage or category match, best first (exact name first). */
  search(query: string): string[] {
    const q = query.trim().toLowerCase();
    if (q.length === 0) return [];
    const scored: [string, number][] = [];
    for (const [name, r] of this.entries) {
      const m = r.expression().metadata;
      const aliases = r.aliases.map((a) => a.toLowerCase());
      const text = [m.description, m.usage, r.category, ...(m.conventions ?? [])].join(" ").toLowerCase();
      const score =
        name === q ? 0 : aliases.includes(q) ? 1 : name.startsWith(q) ? 2 : name.includes(q) ? 3 : aliases.some((a) => a.includes(q)) ? 4 : text.includes(q) ? 5 : -1;
      if (score >= 0) scored.push([name, score]);
    }
    return scored.sort((a, b) => a[1] - b[1]).map(([n]) => n);
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

  /** Adds an Expression under a name; it is then usable inside other formulas of this forge. */
  register(name: string, expression: Expression): Expression {
    if (!(expression instanceof Expression)) throw new ArgumentError(`register needs an Expression, got ${typeof expression}.`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ArgumentError(`Invalid name '${name}': use letters, digits and underscores, not starting with a digit.`);
    const stored = expression.rename(name);
    this.add(name, () => stored, String(expression.metadata.category ?? "custom"), []);
    this.scope.set(name, { node: stored.symbolicExpr, variables: stored.variables, params: stored.params });
    return stored.rename(name);
  }

  /** Parses a formula (which may call this forge's entries), registers it and returns it. */
  define(name: string, formula: string, options: Omit<ExpressionOptions, "scope"> = {}): Expression {
    const metadata: Metadata = { category: "custom", ...options.metadata };
    return this.register(name, new Expression(name, formula, { ...options, metadata, scope: this.scope }));
  }

  /** A formula over entry names, e.g. "mse + 0.1*mae": bare names stand for their formulas. */
  compose(formula: string): Expression {
    const node = this.scope.parseWithBareNames(formula);
    return new Expression(formula, node, { scope: this.scope, metadata: { category: "custom", description: `Composition: ${formula}` } });
  }
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
    });
  };
}

/** Four decimals, as the tutorial's tables print. */
export function formatValue(v: number): string {
  return Number.isFinite(v) ? v.toFixed(4) : String(v);
}
