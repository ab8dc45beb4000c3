/**
 * Expression.fit: fits a formula's parameters to data. The numeric optimisers (src/fit/) know nothing of
 * formulas; this file turns an Expression into what they need. The model and the derivative of the model with
 * respect to each fitted parameter are compiled once; over the data arrays the derivatives are the columns of
 * the Jacobian, exact to rounding (no finite differences).
 */
import { ArgumentError, NeurogebraError, UnknownNameError, type CompiledFunction } from "../core/index.js";
import { LM_STOP_MESSAGES, inverseNormalMatrix, levenbergMarquardt } from "../fit/index.js";
import type { Expression } from "./expression.js";

export type FitMethod = "lm";
export const FIT_METHODS: readonly FitMethod[] = ["lm"];

/** What onIteration receives after each iteration. */
export interface FitState {
  readonly iteration: number;
  /** The objective: the residual sum of squares for "lm". */
  readonly loss: number;
  readonly params: Readonly<Record<string, number>>;
}

export interface FitOptions {
  /** Parameters to fit; default: the trainable ones if any are marked, else all. The others stay fixed. */
  params?: readonly string[];
  method?: FitMethod;
  /** Most evaluations of the model ("lm": trial steps). */
  maxIterations?: number;
  /** Relative tolerance of the stopping tests ("lm": MINPACK's ftol and xtol; default 1e-15). */
  tolerance?: number;
  /** Per-parameter [lower, upper]; the start must lie inside. */
  bounds?: Readonly<Record<string, readonly [number, number]>>;
  /** Called after every iteration; returning false stops the fit. */
  onIteration?: (state: FitState) => boolean | void;
}

export interface FitResult {
  /** All parameters of the expression, fitted and fixed. */
  readonly params: Readonly<Record<string, number>>;
  /** The expression with the fitted parameter values. */
  readonly expression: Expression;
  readonly method: FitMethod;
  /** Residual sum of squares Σ(model − target)² at the result. */
  readonly rss: number;
  /** Accepted steps. */
  readonly iterations: number;
  /** Evaluations of the model over the data. */
  readonly evaluations: number;
  readonly converged: boolean;
  /** Why the fit stopped, in words. */
  readonly message: string;
  /** sqrt(diag(covariance)) of the fitted parameters. */
  readonly standardErrors: Readonly<Record<string, number>>;
  /**
   * (JᵀJ)⁻¹·rss/(n − p) at the result, rows and columns in the order of `fitted`, as SciPy's curve_fit pcov;
   * Infinity where the data do not determine a parameter (or n = p).
   */
  readonly covariance: number[][];
  /** Names of the fitted parameters, in the covariance's order. */
  readonly fitted: readonly string[];
  /** The objective after each iteration, starting with its value at the start. */
  readonly history: number[];
}

/** A fit that cannot start: the model or loss is not finite at the starting parameters. */
export class FitError extends NeurogebraError {
  constructor(message: string) {
    super("FIT_ERROR", message);
  }
}

export type FitInputs = ArrayLike<number> | Readonly<Record<string, ArrayLike<number>>>;

const isArrayLike = (v: unknown): v is ArrayLike<number> => typeof v === "object" && v !== null && typeof (v as ArrayLike<number>).length === "number";

/** A finite Float64Array copy of a data array; NaN, Infinity and non-numbers are errors naming the index. */
function dataArray(values: unknown, what: string): Float64Array {
  if (!isArrayLike(values)) throw new ArgumentError(`${what} must be an array of numbers, got ${values === null ? "null" : typeof values}.`);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new ArgumentError(`${what}[${i}] is ${typeof v === "number" ? v : typeof v}: data must be finite numbers.`);
    out[i] = v;
  }
  return out;
}

/** The data, checked: every input present, nothing unknown, all the same length, finite. */
function bindData(expr: Expression, inputs: FitInputs, target: ArrayLike<number>): { arrays: Float64Array[]; y: Float64Array } {
  const given = new Map<string, unknown>();
  if (Array.isArray(inputs) || ArrayBuffer.isView(inputs)) {
    if (expr.variables.length !== 1) throw new ArgumentError(`${expr.name} has ${expr.variables.length} inputs (${expr.variables.join(", ") || "none"}): pass an object such as { ${expr.variables.map((v) => `${v}: [...]`).join(", ")} }.`);
    given.set(expr.variables[0]!, inputs);
  } else if (typeof inputs === "object" && inputs !== null) {
    for (const [k, v] of Object.entries(inputs)) {
      if (!expr.variables.includes(k)) throw new UnknownNameError("input", k, expr.variables, ` ${expr.name} takes inputs: ${expr.variables.join(", ") || "none"}.`);
      given.set(k, v);
    }
  } else {
    throw new ArgumentError(`fit takes an object of input arrays, got ${inputs === null ? "null" : typeof inputs}.`);
  }
  const missing = expr.variables.filter((v) => !given.has(v));
  if (missing.length > 0) throw new ArgumentError(`Missing input${missing.length > 1 ? "s" : ""} ${missing.map((m) => `'${m}'`).join(", ")} for ${expr.name}: fit needs an array for each of ${expr.variables.join(", ")}.`);
  const arrays = expr.variables.map((v) => dataArray(given.get(v), `Input '${v}'`));
  const y = dataArray(target, "The target");
  const lengths = [...expr.variables.map((v, i) => `${v}: ${arrays[i]!.length}`), `target: ${y.length}`];
  if (arrays.some((a) => a.length !== y.length)) throw new ArgumentError(`Inputs and target must have equal lengths (${lengths.join(", ")}).`);
  if (y.length === 0) throw new ArgumentError("fit needs at least one data point.");
  return { arrays, y };
}

function fittedNames(expr: Expression, requested: readonly string[] | undefined): string[] {
  const all = Object.keys(expr.params);
  const names = requested ? [...requested] : expr.trainableParams.length > 0 ? [...expr.trainableParams] : all;
  for (const p of names) {
    if (!all.includes(p)) throw new UnknownNameError("parameter", p, all, ` ${expr.name} has parameters: ${all.join(", ") || "none"}.`);
  }
  if (names.length === 0) throw new ArgumentError(`${expr.name} has no parameters to fit: declare them with { params: { name: start } }.`);
  const duplicate = names.find((p, i) => names.indexOf(p) !== i);
  if (duplicate) throw new ArgumentError(`Parameter '${duplicate}' is listed twice in params.`);
  return names;
}

function positiveInteger(value: number | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) throw new ArgumentError(`${what} must be a positive integer, got ${value}.`);
  return value;
}

function positiveNumber(value: number | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) throw new ArgumentError(`${what} must be a positive finite number, got ${value}.`);
  return value;
}

function boundsArrays(expr: Expression, names: readonly string[], bounds: FitOptions["bounds"]): { lower?: Float64Array; upper?: Float64Array } {
  if (bounds === undefined) return {};
  const lower = new Float64Array(names.length).fill(-Infinity);
  const upper = new Float64Array(names.length).fill(Infinity);
  for (const [p, range] of Object.entries(bounds)) {
    const k = names.indexOf(p);
    if (k < 0) throw new UnknownNameError("fitted parameter", p, names, ` Bounds apply to the fitted parameters: ${names.join(", ")}.`);
    const [lo, hi] = isArrayLike(range) && range.length === 2 ? range : [NaN, NaN];
    if (typeof lo !== "number" || typeof hi !== "number" || Number.isNaN(lo) || Number.isNaN(hi) || !(lo < hi)) {
      throw new ArgumentError(`Bounds of '${p}' must be [lower, upper] with lower < upper, got ${JSON.stringify(range)}.`);
    }
    const start = expr.params[p]!;
    if (start < lo || start > hi) throw new ArgumentError(`The start value ${p} = ${start} is outside its bounds [${lo}, ${hi}].`);
    lower[k] = lo;
    upper[k] = hi;
  }
  return { lower, upper };
}

/** Evaluates the model and its Jacobian over the data at parameter vectors of the fitted parameters. */
class Model {
  readonly m: number;
  readonly n: number;
  private readonly f: CompiledFunction;
  private readonly partials: CompiledFunction[];
  private readonly all: number[];
  private readonly index: number[];

  constructor(readonly expr: Expression, readonly names: readonly string[], private readonly arrays: Float64Array[], private readonly y: Float64Array) {
    this.m = y.length;
    this.n = names.length;
    this.f = expr.compile();
    this.partials = names.map((p) => expr.gradient(p).compile());
    this.all = Object.values(expr.params);
    const keys = Object.keys(expr.params);
    this.index = names.map((p) => keys.indexOf(p));
  }

  private paramValues(x: Float64Array): number[] {
    this.index.forEach((k, j) => (this.all[k] = x[j]!));
    return this.all;
  }

  residuals(x: Float64Array, out: Float64Array): void {
    this.f.map(this.arrays, this.paramValues(x), out);
    for (let i = 0; i < this.m; i++) out[i]! -= this.y[i]!;
  }

  jacobian(x: Float64Array, out: Float64Array): void {
    const values = this.paramValues(x);
    this.partials.forEach((d, j) => d.map(this.arrays, values, out.subarray(j * this.m, (j + 1) * this.m)));
  }

  record(x: Float64Array): Record<string, number> {
    const keys = Object.keys(this.expr.params);
    const values = this.paramValues(x);
    return Object.fromEntries(keys.map((k, i) => [k, values[i]!]));
  }

  /** The first data point where the model is not finite at x, described for an error message. */
  nonFinite(x: Float64Array): string | undefined {
    const out = new Float64Array(this.m);
    this.f.map(this.arrays, this.paramValues(x), out);
    const i = out.findIndex((v) => !Number.isFinite(v));
    if (i < 0) return undefined;
    const at = this.expr.variables.map((v, k) => `${v} = ${this.arrays[k]![i]}`).join(", ");
    return `at data point ${i} (${at}) it is ${out[i]}`;
  }
}

/** Standard errors and covariance of the fitted parameters from the Jacobian at x, as curve_fit. */
function covariance(model: Model, x: Float64Array, rss: number): { covariance: number[][]; standardErrors: Record<string, number> } {
  const { m, n, names } = model;
  const jac = new Float64Array(m * n);
  model.jacobian(x, jac);
  const inv = inverseNormalMatrix(m, n, jac);
  const s2 = m > n ? rss / (m - n) : Infinity;
  const covariance = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => inv[a + b * n]! * s2));
  const standardErrors = Object.fromEntries(names.map((p, j) => [p, Math.sqrt(covariance[j]![j]!)]));
  return { covariance, standardErrors };
}

export function fitExpression(expr: Expression, inputs: FitInputs, target: ArrayLike<number>, options: FitOptions = {}): FitResult {
  if (typeof options !== "object" || options === null) throw new ArgumentError(`fit options must be an object, got ${options === null ? "null" : typeof options}.`);
  const method = options.method ?? "lm";
  if (!FIT_METHODS.includes(method)) throw new UnknownNameError("fit method", String(method), FIT_METHODS, ` Methods: ${FIT_METHODS.join(", ")}.`);
  const names = fittedNames(expr, options.params);
  const { arrays, y } = bindData(expr, inputs, target);
  const maxIterations = positiveInteger(options.maxIterations, "maxIterations");
  const tolerance = positiveNumber(options.tolerance, "tolerance");
  const { lower, upper } = boundsArrays(expr, names, options.bounds);
  if (options.onIteration !== undefined && typeof options.onIteration !== "function") throw new ArgumentError("onIteration must be a function.");

  const model = new Model(expr, names, arrays, y);
  const x0 = Float64Array.from(names, (p) => expr.params[p]!);
  const problem = model.nonFinite(x0);
  if (problem !== undefined) {
    const start = names.map((p) => `${p} = ${expr.params[p]}`).join(", ");
    throw new FitError(`${expr.name} is not finite at the starting parameters (${start}): ${problem}. Choose other start values.`);
  }
  const onIteration = options.onIteration;
  const result = levenbergMarquardt(model, x0, {
    ...(tolerance !== undefined ? { ftol: tolerance, xtol: tolerance } : {}),
    ...(maxIterations !== undefined ? { maxEvaluations: maxIterations } : {}),
    ...(lower ? { lower, upper } : {}),
    ...(onIteration ? { onIteration: (iteration: number, x: Float64Array, loss: number) => onIteration({ iteration, loss, params: model.record(x) }) } : {}),
  });
  const params = model.record(result.x);
  return {
    params,
    expression: expr.withParams(params),
    method,
    rss: result.sumOfSquares,
    iterations: result.iterations,
    evaluations: result.evaluations,
    converged: result.converged,
    message: LM_STOP_MESSAGES[result.stop],
    ...covariance(model, result.x, result.sumOfSquares),
    fitted: names,
    history: result.history,
  };
}
