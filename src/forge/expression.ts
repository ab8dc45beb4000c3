import {
  ArgumentError, CONSTANTS, type CompiledFunction, Node, UnknownNameError, ZERO, add, compile, diff, div, expand, freeSymbols,
  mul, neg, num, parse, pow, printLatex, printText, simplify, sub, substitute,
} from "../core/index.js";
import type { EntryMetadata } from "../catalog/index.js";
import { type FitInputs, type FitOptions, type FitResult, fitExpression } from "./fit.js";
import { REDUCTIONS, type Reduction, compensatedMean, compensatedSum } from "./reduce.js";
import { type Scope, builtinScope } from "./scope.js";
import { checkIdentifier, checkMetadata, checkNumberRecord, checkOptions, checkStringArray, describeType, isPlainObject } from "./validate.js";

/** Documentation carried by an Expression; catalog entries fill every field. */
export type Metadata = Partial<Omit<EntryMetadata, "category">> & { category?: string; [key: string]: unknown };

export type Domain = { readonly min: number; readonly max: number; readonly what: string };

export interface ExpressionOptions {
  /** Parameters with their values (defaults). */
  params?: Record<string, number>;
  /** Names of parameters that are trainable. */
  trainableParams?: string[];
  metadata?: Metadata;
  /** Input order; default: free symbols that are not parameters, sorted by name. */
  variables?: string[];
  /** Hand-written first derivatives by variable (formulas), used by gradient(). */
  derivatives?: Record<string, string>;
  /** Ranges inputs must lie in, checked by eval. */
  domains?: Record<string, Domain>;
  /** Names callable inside the formula besides the engine's functions; default: the built-in catalog. */
  scope?: Scope;
  /**
   * Marks a gradient of a per-element formula: with reduction "mean" or "sum", eval returns the per-element
   * gradient of the reduced value (scaled by 1/n for "mean") instead of reducing. gradient() sets it.
   */
  gradientOfReduced?: boolean;
}

export type EvalValue = number | ArrayLike<number>;
export type EvalArgs = number | Record<string, EvalValue>;
export interface EvalOptions {
  /** "none" (default) returns per-element values; "mean" and "sum" reduce arrays with compensated summation. */
  reduction?: Reduction;
}

export type ExplainLevel = "beginner" | "intermediate" | "advanced";
export const EXPLAIN_LEVELS: readonly ExplainLevel[] = ["beginner", "intermediate", "advanced"];

const isArrayLike = (v: unknown): v is ArrayLike<number> => typeof v === "object" && v !== null && typeof (v as ArrayLike<number>).length === "number";

/**
 * A named formula that is at once symbolic (text, LaTeX, derivatives) and executable (numbers and arrays,
 * through the compiler), with its parameters and documentation. Expressions are immutable: every operation
 * returns a new one, and each owns deep copies of its parameters and metadata.
 */
export class Expression {
  readonly name: string;
  readonly symbolicExpr: Node;
  readonly params: Readonly<Record<string, number>>;
  readonly trainableParams: string[];
  readonly metadata: Metadata;
  readonly variables: string[];
  private readonly derivatives: ReadonlyMap<string, string>;
  private readonly domains: ReadonlyMap<string, Domain>;
  private readonly scope: Scope;
  private readonly gradientOfReduced: boolean;
  /** Built on first use; the expression is immutable, so it never goes stale. */
  private compiled: CompiledFunction | undefined;

  constructor(name: string, formula: string | Node, options: ExpressionOptions = {}) {
    if (typeof name !== "string" || name.length === 0) throw new ArgumentError(`An Expression needs a non-empty name, got ${describeType(name)}.`);
    checkOptions(options, `The options of Expression ${name}`);
    this.name = name;
    this.scope = options.scope ?? builtinScope();
    if (typeof formula === "string") this.symbolicExpr = parse(formula, this.scope.parseOptions());
    else if (formula instanceof Node) this.symbolicExpr = formula;
    else throw new ArgumentError(`The formula of Expression ${name} must be a string or a Node, got ${describeType(formula)}.`);
    checkNumberRecord(options.params ?? {}, `params of ${name}`);
    // Own properties only (fromEntries keeps a parameter named __proto__), frozen: a compiled kernel is built
    // for these names; other values go through eval overrides or withParams.
    this.params = Object.freeze(Object.fromEntries(Object.entries(options.params ?? {})));
    checkStringArray(options.trainableParams ?? [], `trainableParams of ${name}`);
    this.trainableParams = [...(options.trainableParams ?? [])];
    for (const t of this.trainableParams) {
      if (!Object.hasOwn(this.params, t)) throw new UnknownNameError("trainable parameter", t, Object.keys(this.params), ` ${name} has parameters: ${Object.keys(this.params).join(", ") || "none"}.`);
    }
    checkMetadata(options.metadata ?? {}, name);
    this.metadata = structuredClone(options.metadata ?? {});
    const free = freeSymbols(this.symbolicExpr).filter((s) => !Object.hasOwn(this.params, s));
    if (options.variables !== undefined) {
      checkStringArray(options.variables, `variables of ${name}`);
      options.variables.forEach((v) => checkIdentifier(v, `A variable of ${name}`));
    }
    this.variables = options.variables ? [...options.variables] : free;
    const missing = free.filter((s) => !this.variables.includes(s));
    if (missing.length > 0) throw new ArgumentError(`${name} uses ${missing.join(", ")}, which is neither a variable nor a parameter.`);
    if (options.derivatives !== undefined && !isPlainObject(options.derivatives)) throw new ArgumentError(`derivatives of ${name} must be an object of formulas, got ${describeType(options.derivatives)}.`);
    this.derivatives = new Map(Object.entries(options.derivatives ?? {}));
    this.domains = new Map(Object.entries(options.domains ?? {}));
    this.gradientOfReduced = options.gradientOfReduced ?? false;
  }

  /** A copy with some fields replaced. */
  private with(changes: { name?: string; node?: Node; params?: Record<string, number>; trainableParams?: string[]; metadata?: Metadata; variables?: string[]; keepDerivatives?: boolean; gradientOfReduced?: boolean }): Expression {
    return new Expression(changes.name ?? this.name, changes.node ?? this.symbolicExpr, {
      params: changes.params ?? this.params,
      trainableParams: changes.trainableParams ?? this.trainableParams,
      metadata: changes.metadata ?? this.metadata,
      variables: changes.variables,
      derivatives: changes.keepDerivatives ? Object.fromEntries(this.derivatives) : {},
      domains: Object.fromEntries(this.domains),
      scope: this.scope,
      gradientOfReduced: changes.gradientOfReduced ?? false,
    });
  }

  /** The same formula with other parameter values and trainable set. */
  withParams(params: Record<string, number>, trainableParams: string[] = this.trainableParams): Expression {
    return this.with({ params, trainableParams, variables: this.variables, keepDerivatives: true, gradientOfReduced: this.gradientOfReduced });
  }

  /** The same expression under another name (a copy). */
  rename(name: string): Expression {
    return this.with({ name, variables: this.variables, keepDerivatives: true, gradientOfReduced: this.gradientOfReduced });
  }

  /** LaTeX of the formula. */
  get latex(): string {
    return printLatex(this.symbolicExpr);
  }

  toString(): string {
    return printText(this.symbolicExpr);
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `Expression ${this.name}(${this.variables.join(", ")}) = ${this.toString()}`;
  }

  /** The compiled function: inputs (in `variables` order), then parameters (in `params` order). */
  compile(): CompiledFunction {
    return (this.compiled ??= compile(this.symbolicExpr, { inputs: this.variables, params: Object.keys(this.params) }));
  }

  /**
   * Evaluates at numbers (returns a number) or arrays (returns a Float64Array, through the compiled kernel).
   * `args` is a number when there is one input, or an object of inputs and optional parameter overrides.
   */
  eval(args: EvalArgs, options: EvalOptions = {}): number | Float64Array {
    // The common call, one number for one input, skips argument binding.
    // Inline, not checkOptions: eval is the hot path, and its message is built only when it is needed.
    if (!isPlainObject(options as unknown)) throw new ArgumentError(`The options of ${this.name}.eval must be an object, got ${describeType(options)}.`);
    if (typeof args === "number" && this.variables.length === 1 && options.reduction === undefined && this.domains.size === 0) {
      const f = this.compile();
      return f.params.length === 0 ? f(args) : f(args, ...Object.values(this.params));
    }
    const reduction = options.reduction ?? "none";
    if (!REDUCTIONS.includes(reduction)) throw new ArgumentError(`Unknown reduction '${String(reduction)}': use one of ${REDUCTIONS.join(", ")}.`);
    const values = this.bindArguments(args);
    const inputs = this.variables.map((v) => values.get(v)!);
    const params = Object.keys(this.params).map((p) => {
      const v = values.get(p) ?? this.params[p]!;
      if (typeof v !== "number") throw new ArgumentError(`Parameter '${p}' must be a number, not an array.`);
      return v;
    });
    this.checkDomains(values);
    const f = this.compile();
    if (inputs.every((x) => typeof x === "number")) return f(...(inputs as number[]), ...params);
    const out = f.map(inputs, params);
    if (reduction === "none") return out;
    if (this.gradientOfReduced) {
      if (reduction === "mean") for (let i = 0; i < out.length; i++) out[i]! /= out.length;
      return out;
    }
    return reduction === "sum" ? compensatedSum(out) : compensatedMean(out);
  }

  private bindArguments(args: EvalArgs): Map<string, EvalValue> {
    const values = new Map<string, EvalValue>();
    if (typeof args === "number" || isArrayLike(args)) {
      if (this.variables.length !== 1) {
        throw new ArgumentError(`${this.name} has ${this.variables.length} inputs (${this.variables.join(", ") || "none"}): pass an object such as { ${this.variables.map((v) => `${v}: ...`).join(", ")} }.`);
      }
      values.set(this.variables[0]!, args);
    } else if (typeof args === "object" && args !== null) {
      const allowed = [...this.variables, ...Object.keys(this.params)];
      for (const [k, v] of Object.entries(args)) {
        if (!allowed.includes(k)) throw new UnknownNameError("input", k, allowed, ` ${this.name} takes inputs ${this.variables.join(", ") || "none"} and parameters ${Object.keys(this.params).join(", ") || "none"}.`);
        if (typeof v !== "number" && !isArrayLike(v)) throw new ArgumentError(`Value of '${k}' must be a number or an array of numbers, got ${v === null ? "null" : typeof v}.`);
        values.set(k, v);
      }
    } else {
      throw new ArgumentError(`eval takes a number or an object of inputs, got ${args === null ? "null" : typeof args}.`);
    }
    const missing = this.variables.filter((v) => !values.has(v));
    if (missing.length > 0) throw new ArgumentError(`Missing input${missing.length > 1 ? "s" : ""} ${missing.map((m) => `'${m}'`).join(", ")} for ${this.name} (inputs: ${this.variables.join(", ")}).`);
    return values;
  }

  private checkDomains(values: Map<string, EvalValue>): void {
    for (const [v, domain] of this.domains) {
      // A parameter's domain holds for its current value too (set by withParams, e.g. the CLI's sigma=-1).
      const x = values.get(v) ?? (Object.hasOwn(this.params, v) ? this.params[v] : undefined);
      if (x === undefined) continue;
      const arr = typeof x === "number" ? [x] : x;
      for (let i = 0; i < arr.length; i++) {
        const value = arr[i]!;
        if (value < domain.min || value > domain.max) {
          const where = typeof x === "number" ? "" : ` at index ${i}`;
          throw new ArgumentError(`${this.name}: ${v} must be ${domain.what} in [${domain.min}, ${domain.max}], got ${value}${where}.`);
        }
      }
    }
  }

  /**
   * d(name)/d(variable), for an input or a parameter; simplified for reading. The derivative with respect to
   * a name the formula does not use is 0, as in SymPy and PyTorch; that name becomes the last input of the
   * derivative (so `gradient("x").eval(2)` works on a constant).
   */
  gradient(variable: string): Expression {
    checkIdentifier(variable, `The variable of ${this.name}.gradient`);
    if (CONSTANTS.has(variable)) throw new ArgumentError(`${variable} is a constant; differentiate with respect to an input or a parameter.`);
    const known = this.variables.includes(variable) || Object.hasOwn(this.params, variable);
    const handWritten = this.derivatives.get(variable);
    const node = !known ? ZERO : handWritten !== undefined ? parse(handWritten) : simplify(diff(this.symbolicExpr, variable));
    return this.with({
      name: `d(${this.name})/d(${variable})`,
      node,
      variables: known ? this.variables : [...this.variables, variable],
      metadata: { category: "derivative", description: `Derivative of ${this.name} with respect to ${variable}.` },
      gradientOfReduced: true,
    });
  }

  /**
   * Fits the parameters to data: `inputs` maps every input to an array, `target` is the array to match.
   * Levenberg–Marquardt on the sum of squares by default, with the exact compiled Jacobian; see docs/fitting.md.
   */
  fit(inputs: FitInputs, target: ArrayLike<number>, options: FitOptions = {}): FitResult {
    return fitExpression(this, inputs, target, options);
  }

  /** Substitutes `inner` for this expression's single input: relu.compose(inner) is relu(inner(...)). */
  compose(inner: Expression | string | number): Expression {
    if (this.variables.length !== 1) throw new ArgumentError(`compose needs an expression with exactly one input; ${this.name} has ${this.variables.length} (${this.variables.join(", ")}).`);
    const other = this.coerce(inner);
    const node = substitute(this.symbolicExpr, new Map([[this.variables[0]!, other.symbolicExpr]]));
    return this.combine(other, `${this.name}(${other.name})`, node);
  }

  add(other: Expression | number): Expression {
    return this.binary(other, "+", add);
  }
  sub(other: Expression | number): Expression {
    return this.binary(other, "-", sub);
  }
  mul(other: Expression | number): Expression {
    return this.binary(other, "*", mul);
  }
  div(other: Expression | number): Expression {
    return this.binary(other, "/", div);
  }
  pow(other: Expression | number): Expression {
    return this.binary(other, "**", pow);
  }
  neg(): Expression {
    return this.with({ name: `-${this.name}`, node: neg(this.symbolicExpr) });
  }

  private coerce(other: Expression | string | number): Expression {
    if (other instanceof Expression) return other;
    if (typeof other === "number") return new Expression(String(other), num(other));
    if (typeof other === "string") return new Expression(other, other, { scope: this.scope });
    throw new ArgumentError(`Expected an Expression, a formula or a number, got ${typeof other}.`);
  }

  private binary(other: Expression | number, op: string, build: (a: Node, b: Node) => Node): Expression {
    const o = this.coerce(other);
    return this.combine(o, `(${this.name} ${op} ${o.name})`, build(this.symbolicExpr, o.symbolicExpr));
  }

  /** Merges parameters, trainable sets and variables of two expressions into a new one. */
  private combine(other: Expression, name: string, node: Node): Expression {
    const params = new Map(Object.entries(this.params));
    for (const [p, v] of Object.entries(other.params)) {
      const mine = params.get(p);
      if (mine !== undefined && mine !== v) throw new ArgumentError(`Parameter '${p}' is ${mine} in ${this.name} but ${v} in ${other.name}; rename one of them.`);
      params.set(p, v);
    }
    const trainableParams = [...new Set([...this.trainableParams, ...other.trainableParams])];
    const free = freeSymbols(node).filter((s) => !params.has(s));
    const order = [...this.variables, ...other.variables].filter((v, i, all) => all.indexOf(v) === i && free.includes(v));
    return this.with({ name, node, params: Object.fromEntries(params), trainableParams, variables: [...order, ...free.filter((v) => !order.includes(v))], metadata: {} });
  }

  simplify(): Expression {
    return this.with({ node: simplify(this.symbolicExpr), variables: this.variables, keepDerivatives: true });
  }

  expand(): Expression {
    return this.with({ node: expand(this.symbolicExpr), variables: this.variables, keepDerivatives: true });
  }

  /** A text explanation; "advanced" adds the derivatives. */
  explain(level: ExplainLevel = "beginner"): string {
    if (!EXPLAIN_LEVELS.includes(level)) throw new ArgumentError(`Unknown level '${String(level)}': use one of ${EXPLAIN_LEVELS.join(", ")}.`);
    const m = this.metadata;
    const lines = [`${this.name}(${this.variables.join(", ")}) = ${this}`];
    if (m.description) lines.push("", m.description);
    if (m.usage) lines.push(`When to use: ${m.usage}`);
    if (m.range) lines.push(`Range: ${m.range}`);
    if (level === "beginner") return lines.join("\n");
    lines.push(`LaTeX: ${this.latex}`);
    const params = Object.entries(this.params);
    if (params.length > 0) lines.push(`Parameters: ${params.map(([p, v]) => `${p} = ${v}${this.trainableParams.includes(p) ? " (trainable)" : ""}`).join(", ")}`);
    if (m.pros?.length) lines.push(`Pros: ${m.pros.join("; ")}`);
    if (m.cons?.length) lines.push(`Cons: ${m.cons.join("; ")}`);
    if (m.conventions?.length) lines.push(...m.conventions.map((c) => `Convention: ${c}`));
    if (level === "intermediate") return lines.join("\n");
    for (const v of [...this.variables, ...Object.keys(this.params)]) lines.push(`d/d${v}: ${this.gradient(v)}`);
    if (m.references?.length) lines.push(...m.references.map((r) => `Reference: ${r}`));
    return lines.join("\n");
  }
}
