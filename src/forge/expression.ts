import {
  ArgumentError, type Backend, CONSTANTS, type CompiledFunction, type Dtype, type Threads, checkDtype, checkThreads, type ExportSource, type ExportTargetName, exportCode, gradientName, Node, type RowFunction, type ShapedInput, Tensor, UnknownNameError,
  ZERO, add, boundIndices, broadcastShapes, compile, compileRows, diff, div, expand, freeSymbols, layOut, mul, neg, num,
  parse, pow, printLatex, printText, shapeOf, simplify, sub, substitute, sym, toShapedInput, usesIndexNotation,
} from "../core/index.js";
import type { EntryMetadata } from "../catalog/index.js";
import { type EvalResult, evalElementwise, evalRows, present, rowLayout, toFloat32 } from "./evaluate.js";
import { type FitInputs, type FitOptions, type FitResult, fitExpression } from "./fit.js";
import { REDUCTIONS, type Reduction, reduceValues, reducedDerivative } from "./reduce.js";
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
   * What this expression is the derivative of (set by gradient(), kept by simplify, expand, rename and
   * withParams, dropped by arithmetic): eval with a reduction then gives d(reduce(f))/d(variable), per element
   * for an input and one number for a parameter.
   */
  derivativeOf?: DerivativeOf;
  /**
   * For losses that also take class indices: when `input` has the shape of the other inputs without their
   * last axis, eval uses `node` (which gathers, as y_pred[y_true]) instead of the formula.
   */
  classIndex?: ClassIndexForm;
  /**
   * For formulas in index notation, the free indices of the output within a row: [] one value per row, ["i"]
   * one per element, ["i", "k"] a matrix (jacobian). Default: ["i"] when the formula has a free i.
   */
  indices?: string[];
  /** Inputs that are arrays along the last axis (default: those the formula indexes); derivatives keep them. */
  vectors?: string[];
  /**
   * For formulas in index notation, how many values each output index takes, a formula in the row length n
   * (default n for each): GLU's output is half a row, [n/2], and its Jacobian [n/2, n].
   */
  extents?: Node[];
}

export interface ClassIndexForm {
  readonly input: string;
  readonly node: Node;
}

export interface DerivativeOf {
  readonly node: Node;
  readonly variable: string;
}

/** An index name like `base` that no Sum of the trees binds and that is not free in them. */
function freshIndex(base: string, ...trees: (Node | undefined)[]): string {
  const taken = new Set<string>();
  for (const t of trees) if (t) for (const s of [...freeSymbols(t), ...boundIndices(t)]) taken.add(s);
  let name = base;
  for (let k = 1; taken.has(name); k++) name = `${base}_${k}`;
  return name;
}

/** The names indexed in the tree (x in x[j]): arrays along the last axis. */
function indexedNames(root: Node): string[] {
  const names = new Set<string>();
  const seen = new Set<Node>();
  const go = (n: Node) => {
    if (seen.has(n)) return;
    seen.add(n);
    if (n.kind === "call" && n.name === "Indexed") names.add(n.args[0]!.name);
    n.args.forEach(go);
  };
  go(root);
  return [...names].sort();
}

export type OutputKind = "elementwise" | "row" | "vector" | "matrix";

/** The row length of formulas in index notation: not an input. */
const ROW_LENGTH = "n";
const ROW_LENGTH_SYMBOL = sym(ROW_LENGTH);

/** An input value: a number, a flat array-like, a rectangular nested array, or a Tensor. */
export type EvalValue = number | ArrayLike<number> | NestedNumbers | Tensor<Float64Array | Float32Array>;
export type NestedNumbers = readonly (number | NestedNumbers)[];
export type EvalArgs = number | ArrayLike<number> | NestedNumbers | Tensor<Float64Array | Float32Array> | Record<string, EvalValue>;
type FlatArgs = ArrayLike<number> | Record<string, number | ArrayLike<number>>;
export interface EvalOptions {
  /** "none" (default) returns per-element values; "mean" and "sum" reduce arrays with compensated summation. */
  reduction?: Reduction;
  /**
   * "float64" (default) computes and returns doubles; "float32" returns float32 values (a Float32Array, a
   * float32 Tensor, a number rounded to float32). Elementwise formulas then read their array inputs as float32
   * and run the float32 kernel (within 2 float32 ulp of the float64 result rounded; docs/api.md, "float32");
   * formulas in index notation and reductions compute in doubles and round the result once.
   */
  dtype?: Dtype;
  /**
   * Worker threads for elementwise formulas over arrays of 2^20 elements and more (THREADS_MIN_LENGTH): "auto"
   * (default) uses every core where the WebAssembly kernel calls exp, log, erf or the like and threads are
   * installed (the package's Node entry installs them); a number forces that many threads, this one included;
   * 1 keeps one thread. Results are bit-identical either way.
   */
  threads?: Threads;
}

export type ExplainLevel = "beginner" | "intermediate" | "advanced";
export const EXPLAIN_LEVELS: readonly ExplainLevel[] = ["beginner", "intermediate", "advanced"];

const isArrayLike = (v: unknown): v is ArrayLike<number> => typeof v === "object" && v !== null && typeof (v as ArrayLike<number>).length === "number";
const isValue = (v: unknown): boolean => typeof v === "number" || isArrayLike(v) || v instanceof Tensor;

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
  private readonly derivativeOf: DerivativeOf | undefined;
  private readonly classIndex: ClassIndexForm | undefined;
  /** Free indices of the output within a row (index notation only). */
  private readonly indices: readonly string[];
  private readonly vectors: readonly string[];
  /** How many values each output index takes (index notation only), parallel to `indices`. */
  private readonly extents: readonly Node[];
  /** True for formulas in index notation (x[i], Sum): evaluated row by row along the last axis. */
  private readonly indexNotation: boolean;
  /** Built on first use; the expression is immutable, so it never goes stale. */
  private compiled: CompiledFunction | undefined;
  private compiledRows: RowFunction | undefined;
  private classIndexForm: Expression | undefined;

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
    // A derivative of a row formula stays one (d(-y_pred[y_true])/dy_pred = -KroneckerDelta(i, y_true)).
    this.indexNotation = usesIndexNotation(this.symbolicExpr) || (options.vectors?.length ?? 0) > 0;
    const allFree = freeSymbols(this.symbolicExpr);
    this.indices = this.indexNotation ? [...(options.indices ?? (allFree.includes("i") ? ["i"] : []))] : [];
    this.vectors = this.indexNotation ? [...(options.vectors ?? indexedNames(this.symbolicExpr))] : [];
    if (options.extents !== undefined && (!Array.isArray(options.extents) || !options.extents.every((e) => e instanceof Node))) throw new ArgumentError(`extents of ${name} must be an array of formulas (Nodes).`);
    this.extents = this.indices.map((_, d) => options.extents?.[d] ?? ROW_LENGTH_SYMBOL);
    const free = allFree.filter((s) => !Object.hasOwn(this.params, s) && !(this.indexNotation && (s === ROW_LENGTH || this.indices.includes(s))));
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
    this.derivativeOf = options.derivativeOf;
    this.classIndex = options.classIndex;
  }

  /** A copy with some fields replaced. */
  private with(changes: { name?: string; node?: Node; params?: Record<string, number>; trainableParams?: string[]; metadata?: Metadata; variables?: string[]; keepDerivatives?: boolean; derivativeOf?: DerivativeOf; classIndex?: ClassIndexForm; indices?: string[]; vectors?: string[]; extents?: Node[] }): Expression {
    return new Expression(changes.name ?? this.name, changes.node ?? this.symbolicExpr, {
      params: changes.params ?? this.params,
      trainableParams: changes.trainableParams ?? this.trainableParams,
      metadata: changes.metadata ?? this.metadata,
      variables: changes.variables,
      derivatives: changes.keepDerivatives ? Object.fromEntries(this.derivatives) : {},
      domains: Object.fromEntries(this.domains),
      scope: this.scope,
      derivativeOf: changes.derivativeOf,
      classIndex: "classIndex" in changes ? changes.classIndex : changes.keepDerivatives ? this.classIndex : undefined,
      indices: changes.indices ?? (changes.node === undefined || changes.keepDerivatives ? [...this.indices] : undefined),
      extents: changes.extents ?? (changes.indices === undefined && (changes.node === undefined || changes.keepDerivatives) ? [...this.extents] : undefined),
      vectors: changes.vectors ?? (changes.node === undefined || changes.keepDerivatives || changes.indices ? [...this.vectors] : undefined),
    });
  }

  /** The same formula with other parameter values and trainable set. */
  withParams(params: Record<string, number>, trainableParams: string[] = this.trainableParams): Expression {
    return this.with({ params, trainableParams, variables: this.variables, keepDerivatives: true, derivativeOf: this.derivativeOf });
  }

  /** The same expression under another name (a copy). */
  rename(name: string): Expression {
    return this.with({ name, variables: this.variables, keepDerivatives: true, derivativeOf: this.derivativeOf });
  }

  /**
   * What eval gives: "elementwise" (a value per element, inputs broadcast), or along the last axis "row" (one
   * value per row: logsumexp, losses, norms), "vector" (a vector per row: softmax) or "matrix" (a Jacobian).
   */
  get output(): OutputKind {
    if (!this.indexNotation) return "elementwise";
    return (["row", "vector", "matrix"] as const)[this.indices.length]!;
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

  /**
   * The compiled function: inputs (in `variables` order), then parameters (in `params` order). Over long
   * arrays `map` runs a WebAssembly SIMD kernel where the formula has one; `backend: "js" | "wasm"` forces a
   * path, for debugging.
   */
  compile(options: { backend?: Backend; dtype: "float32" }): CompiledFunction<Float32Array>;
  compile(options?: { backend?: Backend; dtype?: "float64" }): CompiledFunction;
  compile(options?: { backend?: Backend; dtype?: Dtype }): CompiledFunction<Float64Array | Float32Array>;
  compile(options: { backend?: Backend; dtype?: Dtype } = {}): CompiledFunction<Float64Array | Float32Array> {
    checkOptions(options, "The options of compile");
    if (this.indexNotation) throw new ArgumentError(`${this.name} is written in index notation (x[i], Sum): use compileRows(), or eval.`);
    const { backend = "auto", dtype = "float64" } = options;
    if (backend !== "auto" || dtype !== "float64") return compile(this.symbolicExpr, { inputs: this.variables, params: Object.keys(this.params), backend, dtype });
    return (this.compiled ??= compile(this.symbolicExpr, { inputs: this.variables, params: Object.keys(this.params) }));
  }

  /**
   * Source text of this formula for another language: "numpy", "torch", "jax", "tfjs", "js" or "c". One function
   * named `name` (default: this expression's name as an identifier) of the inputs, then the parameters with
   * their defaults; the stabilized form the compiler runs unless `stable` is false; with `withGradient` also the
   * derivative in every input (NAME_grad, or NAME_grad_INPUT for several); with `classIndex` the form of a loss
   * such as cross_entropy that takes class indices (one integer per row). See docs/export.md.
   */
  toCode(target: ExportTargetName, options: { name?: string; stable?: boolean; withGradient?: boolean; classIndex?: boolean } = {}): string {
    checkOptions(options, `The options of ${this.name}.toCode`);
    if (options.name !== undefined && typeof options.name !== "string") throw new ArgumentError(`The name of ${this.name}.toCode must be a string, got ${describeType(options.name)}.`);
    if (options.withGradient !== undefined && typeof options.withGradient !== "boolean") throw new ArgumentError(`withGradient of ${this.name}.toCode must be true or false.`);
    if (options.classIndex !== undefined && typeof options.classIndex !== "boolean") throw new ArgumentError(`classIndex of ${this.name}.toCode must be true or false.`);
    if (options.classIndex) {
      if (!this.classIndex) throw new ArgumentError(`${this.name} has no class-index form: classIndex applies to losses such as cross_entropy that also take class indices.`);
      return this.classForm(this.classIndex).toCode(target, { ...options, name: options.name ?? this.name, classIndex: false });
    }
    const name = options.name ?? this.name;
    const sources: ExportSource[] = [this.exportSource(name)];
    if (options.withGradient) for (const v of this.variables) sources.push(this.derivative(v).exportSource(gradientName(name, v, this.variables.length)));
    return exportCode(target, sources, { inputs: this.variables, params: this.params, stable: options.stable });
  }

  /** This formula as a function of an exported text; along the last axis with its output's layout. */
  private exportSource(name: string): ExportSource {
    const rows = this.indexNotation ? { indices: this.indices, extents: this.extents, vectors: this.vectors } : undefined;
    return { name, node: this.symbolicExpr, rows };
  }

  /** The row kernel of a formula in index notation (see compileRows). */
  compileRows(): RowFunction {
    if (!this.indexNotation) throw new ArgumentError(`${this.name} is elementwise: use compile().`);
    return (this.compiledRows ??= compileRows(this.symbolicExpr, { inputs: this.variables, params: Object.keys(this.params), indices: this.indices, vectors: this.vectors, extents: this.extents }));
  }

  /**
   * Evaluates at numbers (a number), flat arrays (a Float64Array, through the compiled kernel) or nested arrays
   * and Tensors (a Tensor); inputs broadcast as in NumPy. `args` is a value when there is one input, or an
   * object of inputs and optional parameter overrides. A reduction gives one number, except on a gradient
   * with respect to an input (see reducedGradient).
   */
  eval(args: number | Record<string, number>, options?: EvalOptions): number;
  eval(args: FlatArgs, options: { reduction?: "none"; dtype: "float32"; threads?: Threads }): Float32Array;
  eval(args: FlatArgs, options?: { reduction?: "none"; dtype?: "float64"; threads?: Threads }): Float64Array;
  eval(args: EvalArgs, options?: EvalOptions & { dtype?: "float64" }): number | Float64Array | Tensor;
  eval(args: EvalArgs, options?: EvalOptions): EvalResult;
  eval(args: EvalArgs, options: EvalOptions = {}): EvalResult {
    // The common call, one number for one input, skips argument binding.
    // Inline, not checkOptions: eval is the hot path, and its message is built only when it is needed.
    if (!isPlainObject(options as unknown)) throw new ArgumentError(`The options of ${this.name}.eval must be an object, got ${describeType(options)}.`);
    if (typeof args === "number" && !this.indexNotation && this.variables.length === 1 && options.reduction === undefined && options.dtype === undefined && options.threads === undefined && this.domains.size === 0) {
      const f = this.compile();
      return f.params.length === 0 ? f(args) : f(args, ...Object.values(this.params));
    }
    const reduction = options.reduction ?? "none";
    if (!REDUCTIONS.includes(reduction)) throw new ArgumentError(`Unknown reduction '${String(reduction)}': use one of ${REDUCTIONS.join(", ")}.`);
    checkDtype(options.dtype, `dtype of ${this.name}.eval`);
    checkThreads(options.threads, `threads of ${this.name}.eval`);
    const threads = options.threads ?? "auto";
    const dtype = options.dtype ?? "float64";
    const values = this.bindArguments(args);
    const inputs = this.variables.map((v) => toShapedInput(v, values.get(v)));
    const params = Object.keys(this.params).map((p) => {
      const v = values.get(p) ?? this.params[p]!;
      if (typeof v !== "number") throw new ArgumentError(`Parameter '${p}' must be a number, not an array.`);
      return v;
    });
    this.checkDomains(inputs, params);
    const form = this.formFor(inputs);
    if (dtype === "float32" && reduction === "none" && !form.indexNotation && inputs.some((x) => typeof x !== "number")) {
      return present(evalElementwise(form.compile({ dtype }), form.variables, inputs, params, threads));
    }
    const result = form.evalShaped(inputs, params, reduction, threads);
    return dtype === "float32" ? toFloat32(result) : result;
  }

  /** This expression, or its class-index form when that input lacks the last axis of the others. */
  private formFor(inputs: readonly ShapedInput[]): Expression {
    if (!this.classIndex) return this;
    const k = this.variables.indexOf(this.classIndex.input);
    const rank = Math.max(...inputs.filter((_, m) => m !== k).map((x) => shapeOf(x).length));
    if (shapeOf(inputs[k]!).length !== rank - 1) return this;
    return this.classForm(this.classIndex);
  }

  /** The form of this loss that takes class indices (one integer per row) for `classIndex.input`. */
  private classForm(classIndex: ClassIndexForm): Expression {
    const vectors = this.vectors.filter((v) => v !== classIndex.input);
    return (this.classIndexForm ??= this.with({ node: classIndex.node, variables: this.variables, keepDerivatives: true, derivativeOf: this.derivativeOf, classIndex: undefined, vectors }));
  }

  private evalShaped(inputs: readonly ShapedInput[], params: readonly number[], reduction: Reduction, threads: Threads): number | Float64Array | Tensor {
    if (reduction !== "none" && this.derivativeOf) return this.reducedGradient(this.derivativeOf, inputs, params, reduction);
    if (this.indexNotation) {
      const f = this.compileRows();
      const result = evalRows(f, inputs, params);
      if (reduction === "none") return present(result);
      if (f.indices.length > 0) throw new ArgumentError(`${this.name} gives a vector per row: reductions ("mean", "sum") apply to formulas with one value per element or per row.`);
      return reduceValues(result.data, reduction);
    }
    const f = this.compile();
    if (inputs.every((x) => typeof x === "number")) return f(...(inputs as number[]), ...params);
    const result = evalElementwise(f, this.variables, inputs, params, threads);
    return reduction === "none" ? present(result) : reduceValues(result.data, reduction);
  }

  /**
   * A gradient evaluated under a reduction: d(reduce(f))/dv. For elementwise f the reduction is a Sum node
   * over the elements, differentiated like any tree: its deltas collapse to per-element values for an input,
   * and it stays a Sum (one number) for a parameter. For row formulas the rows are independent: per-element
   * gradients scaled by the reduction, and per-row values reduced.
   */
  private reducedGradient(origin: DerivativeOf, inputs: readonly ShapedInput[], params: readonly number[], reduction: "mean" | "sum"): number | Float64Array | Tensor {
    if (this.indexNotation || usesIndexNotation(origin.node)) {
      const f = this.compileRows();
      const result = evalRows(f, inputs, params);
      if (f.indices.length === 0) return reduceValues(result.data, reduction);
      if (reduction === "mean") {
        const rows = rowLayout(f, inputs).batch.reduce((a, b) => a * b, 1);
        for (let k = 0; k < result.data.length; k++) result.data[k]! /= rows;
      }
      return present(result);
    }
    const { node, index, size } = reducedDerivative(origin.node, this.variables, origin.variable, reduction);
    const perElement = this.variables.includes(origin.variable);
    // Every input is a vector over the n elements, also one the derivative no longer mentions.
    const f = compileRows(node, { inputs: this.variables, params: Object.keys(this.params), indices: perElement ? [index] : [], size, vectors: this.variables });
    const shape = broadcastShapes(this.variables.map((v, i) => [v, shapeOf(inputs[i]!)] as const));
    const data = f.run(inputs.map((x) => layOut(x, shape)), 1, shape.reduce((a, b) => a * b, 1), params);
    return perElement ? present({ data, shape, inputs }) : data[0]!;
  }

  private bindArguments(args: EvalArgs): Map<string, unknown> {
    const values = new Map<string, unknown>();
    if (typeof args === "number" || isArrayLike(args) || args instanceof Tensor) {
      if (this.variables.length !== 1) {
        throw new ArgumentError(`${this.name} has ${this.variables.length} inputs (${this.variables.join(", ") || "none"}): pass an object such as { ${this.variables.map((v) => `${v}: ...`).join(", ")} }.`);
      }
      values.set(this.variables[0]!, args);
    } else if (typeof args === "object" && args !== null) {
      const allowed = [...this.variables, ...Object.keys(this.params)];
      for (const [k, v] of Object.entries(args)) {
        if (!allowed.includes(k)) throw new UnknownNameError("input", k, allowed, ` ${this.name} takes inputs ${this.variables.join(", ") || "none"} and parameters ${Object.keys(this.params).join(", ") || "none"}.`);
        if (!isValue(v)) throw new ArgumentError(`Value of '${k}' must be a number or an array of numbers, got ${v === null ? "null" : typeof v}.`);
        values.set(k, v);
      }
    } else {
      throw new ArgumentError(`eval takes a number or an object of inputs, got ${args === null ? "null" : typeof args}.`);
    }
    const missing = this.variables.filter((v) => !values.has(v));
    if (missing.length > 0) throw new ArgumentError(`Missing input${missing.length > 1 ? "s" : ""} ${missing.map((m) => `'${m}'`).join(", ")} for ${this.name} (inputs: ${this.variables.join(", ")}).`);
    return values;
  }

  private checkDomains(inputs: readonly ShapedInput[], params: readonly number[]): void {
    for (const [v, domain] of this.domains) {
      const k = this.variables.indexOf(v);
      // A parameter's domain holds for its value too (given to eval, or set by withParams: the CLI's sigma=-1).
      const p = Object.keys(this.params).indexOf(v);
      if (k < 0 && p < 0) continue;
      const x = k >= 0 ? inputs[k]! : params[p]!;
      const arr = typeof x === "number" ? [x] : x instanceof Tensor ? x.data : x;
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
    if (this.indices.length > 0 && this.vectors.includes(variable)) {
      throw new ArgumentError(`${this.name} gives a vector per row: its derivative with respect to ${variable} is a matrix, use jacobian("${variable}").`);
    }
    const handWritten = this.derivatives.get(variable);
    // In index notation the derivative is taken at element i (a fresh name if a Sum binds i).
    const index = freshIndex("i", this.symbolicExpr, this.classIndex?.node);
    const node = !known ? ZERO : handWritten !== undefined ? parse(handWritten) : simplify(diff(this.symbolicExpr, variable, { index }));
    const classIndex = this.classIndex && { input: this.classIndex.input, node: known ? simplify(diff(this.classIndex.node, variable, { index })) : ZERO };
    // The gradient of a row formula with respect to an indexed input has one value per element of that input.
    const perElement = this.vectors.includes(variable);
    return this.with({
      indices: perElement ? [index] : [...this.indices],
      extents: perElement ? [ROW_LENGTH_SYMBOL] : [...this.extents],
      classIndex,
      name: `d(${this.name})/d(${variable})`,
      node,
      variables: known ? this.variables : [...this.variables, variable],
      metadata: { category: "derivative", description: `Derivative of ${this.name} with respect to ${variable}.` },
      derivativeOf: { node: this.symbolicExpr, variable },
    });
  }

  /** The first derivative as it exists: jacobian(v) where f and v are vectors per row, gradient(v) otherwise. */
  derivative(variable: string): Expression {
    return this.indices.length === 1 && this.vectors.includes(variable) ? this.jacobian(variable) : this.gradient(variable);
  }

  /**
   * The Jacobian d(f[i])/d(variable[k]) of a formula with one vector per row (softmax, log_softmax,
   * l2_normalize): evaluates to shape [..., n, n]. For softmax it is diag(s) - s s^T.
   */
  jacobian(variable: string): Expression {
    if (this.indices.length !== 1) {
      const what = this.indexNotation ? "one value per row" : "one value per element";
      throw new ArgumentError(`${this.name} gives ${what}, not a vector per row: use gradient("${variable}").`);
    }
    const allowed = [...this.variables, ...Object.keys(this.params)];
    if (!allowed.includes(variable)) throw new UnknownNameError("variable", variable, allowed, ` ${this.name} can be differentiated with respect to: ${allowed.join(", ")}.`);
    const k = freshIndex("k", this.symbolicExpr);
    return this.with({
      name: `J(${this.name})/d(${variable})`,
      node: simplify(diff(this.symbolicExpr, variable, { index: k })),
      variables: this.variables,
      indices: [this.indices[0]!, ...(this.vectors.includes(variable) ? [k] : [])],
      extents: [this.extents[0]!, ...(this.vectors.includes(variable) ? [ROW_LENGTH_SYMBOL] : [])],
      metadata: { category: "derivative", description: `Jacobian of ${this.name} with respect to ${variable}.` },
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
    return this.with({ node: simplify(this.symbolicExpr), variables: this.variables, keepDerivatives: true, derivativeOf: this.derivativeOf });
  }

  expand(): Expression {
    return this.with({ node: expand(this.symbolicExpr), variables: this.variables, keepDerivatives: true, derivativeOf: this.derivativeOf });
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
    for (const v of [...this.variables, ...Object.keys(this.params)]) lines.push(`d/d${v}: ${this.derivative(v)}`);
    if (m.references?.length) lines.push(...m.references.map((r) => `Reference: ${r}`));
    return lines.join("\n");
  }
}
