/**
 * Expression.fit: fits a formula's parameters to data. The numeric optimisers (src/fit/) know nothing of
 * formulas; this file turns an Expression into what they need. The model and the derivative of the model with
 * respect to each fitted parameter are compiled once; over the data arrays the derivatives are the columns of
 * the Jacobian, exact to rounding (no finite differences).
 */
import { ArgumentError, NeurogebraError, UnknownNameError, type CompiledFunction, compile, diff, simplify } from "../core/index.js";
import { CATALOG } from "../catalog/index.js";
import {
  LM_STOP_MESSAGES, MINIMIZE_STOP_MESSAGES, OPTIMIZERS, type OptimizerName, type OptimizerOptions, createOptimizer,
  inverseNormalMatrix, levenbergMarquardt, minimize,
} from "../fit/index.js";
import type { Expression } from "./expression.js";
import { compensatedSum } from "./reduce.js";
import { builtinScope } from "./scope.js";
import { checkOptions, checkStringArray } from "./validate.js";

export type FitMethod = "lm" | OptimizerName;
export const FIT_METHODS: readonly FitMethod[] = ["lm", ...OPTIMIZERS];

const FIT_OPTIONS: readonly string[] = ["params", "method", "loss", "learningRate", "optimizer", "maxIterations", "tolerance", "batchSize", "seed", "bounds", "onIteration"] satisfies (keyof FitOptions)[];

/** What onIteration receives after each iteration. */
export interface FitState {
  readonly iteration: number;
  /** The objective: the residual sum of squares for "lm"; the mean loss of the step's batch otherwise. */
  readonly loss: number;
  readonly params: Readonly<Record<string, number>>;
}

export interface FitOptions {
  /** Parameters to fit; default: the trainable ones if any are marked, else all. The others stay fixed. */
  params?: readonly string[];
  /** "lm" (default for the squared error) or a first-order optimizer (default "adam" for other losses). */
  method?: FitMethod;
  /**
   * A catalog loss name ("huber", "mae", ...) or an Expression of y_pred (and y_true), averaged over the data;
   * default: the squared error. "lm" takes only the squared error.
   */
  loss?: string | Expression;
  /** Step size of the first-order optimizers (defaults as torch.optim: adam 1e-3, rmsprop and sgd 1e-2). */
  learningRate?: number;
  /** Other hyperparameters of the first-order optimizers (momentum, betas, eps, weightDecay, alpha, ...). */
  optimizer?: Omit<OptimizerOptions, "learningRate">;
  /** "lm": most evaluations of the model (trial steps); first-order methods: most optimizer steps. */
  maxIterations?: number;
  /**
   * "lm": MINPACK's ftol and xtol (defaults 1e-20 and 1e-15); first-order methods: converged when the loss has not improved
   * by this relative amount in 10 epochs and 100 steps (default 1e-9).
   */
  tolerance?: number;
  /** First-order methods: data points per step (default: all). */
  batchSize?: number;
  /** First-order methods: seed of the mini-batch shuffle (default 0). */
  seed?: number;
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
  /** The objective at the result: rss for "lm", the mean loss otherwise. */
  readonly loss: number;
  /** "lm": accepted steps; first-order methods: optimizer steps. */
  readonly iterations: number;
  /** "lm": evaluations of the model over the data; first-order methods: epochs. */
  readonly evaluations: number;
  readonly converged: boolean;
  /** Why the fit stopped, in words. */
  readonly message: string;
  /** sqrt(diag(covariance)) of the fitted parameters; undefined unless the loss is the squared error. */
  readonly standardErrors: Readonly<Record<string, number>> | undefined;
  /**
   * (JᵀJ)⁻¹·rss/(n − p) at the result, rows and columns in the order of `fitted`, as SciPy's curve_fit pcov;
   * Infinity where the data do not determine a parameter (or n = p). Undefined unless the loss is the squared error.
   */
  readonly covariance: number[][] | undefined;
  /** Names of the fitted parameters, in the covariance's order. */
  readonly fitted: readonly string[];
  /** "lm": rss after each accepted step; first-order methods: the loss over all data after each epoch. Both start at the start. */
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
  if (requested !== undefined) checkStringArray(requested, "The fit option params");
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
  if (typeof bounds !== "object" || bounds === null) throw new ArgumentError(`bounds must be an object such as { b1: [0, 10] }, got ${bounds === null ? "null" : typeof bounds}.`);
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

/** A per-element loss compiled with its derivative in y_pred; inputs in the order the loss takes them. */
interface Loss {
  readonly name: string;
  readonly value: CompiledFunction;
  readonly dPred: CompiledFunction;
  readonly params: number[];
  /** Whether the loss is the squared error (so "lm" and standard errors apply). */
  readonly squared: boolean;
}

const LOSS_INPUTS = ["y_pred", "y_true"];

function resolveLoss(loss: FitOptions["loss"]): Loss {
  if (loss === undefined || typeof loss === "string") {
    const name = loss ?? "mse";
    const losses = CATALOG.filter((e) => e.metadata.category === "loss");
    const entry = losses.find((e) => e.name === name || (e.metadata.aliases ?? []).includes(name));
    if (!entry) throw new UnknownNameError("loss", name, losses.map((e) => e.name), ` Losses: ${losses.map((e) => e.name).join(", ")}.`);
    let compiled = catalogLosses.get(entry.name);
    if (!compiled) {
      const { node } = builtinScope().get(entry.name)!;
      const options = { inputs: entry.variables, params: Object.keys(entry.params ?? {}) };
      compiled = {
        name: entry.name,
        value: compile(node, options),
        dPred: compile(simplify(diff(node, "y_pred")), options),
        params: Object.values(entry.params ?? {}),
        squared: entry.name === "mse",
      };
      catalogLosses.set(entry.name, compiled);
    }
    return compiled;
  }
  if (typeof loss !== "object" || loss === null || typeof (loss as Expression).gradient !== "function") {
    throw new ArgumentError(`loss must be a catalog loss name or an Expression, got ${loss === null ? "null" : typeof loss}.`);
  }
  const vars = loss.variables;
  if (!vars.includes("y_pred") || vars.some((v) => !LOSS_INPUTS.includes(v))) {
    throw new ArgumentError(`A loss Expression takes y_pred and optionally y_true; ${loss.name} takes ${vars.join(", ") || "nothing"}.`);
  }
  return { name: loss.name, value: loss.compile(), dPred: loss.gradient("y_pred").compile(), params: Object.values(loss.params), squared: false };
}

/**
 * Compiled partial derivatives per Expression (immutable, so they never go stale): repeated fits of one
 * Expression skip the symbolic differentiation and simplification, which cost more than a small fit.
 */
const partialsCache = new WeakMap<Expression, Map<string, CompiledFunction>>();

function compiledPartial(expr: Expression, param: string): CompiledFunction {
  let partials = partialsCache.get(expr);
  if (!partials) partialsCache.set(expr, (partials = new Map()));
  let d = partials.get(param);
  if (!d) partials.set(param, (d = expr.gradient(param).compile()));
  return d;
}

/** Catalog losses compiled with their derivative, once per entry. */
const catalogLosses = new Map<string, Loss>();

/** The loss's inputs in the order it takes them: y_pred, and y_true if it uses it. */
const lossInputs = (loss: Loss, pred: Float64Array, y: Float64Array): Float64Array[] => loss.value.inputs.map((v) => (v === "y_pred" ? pred : y));

/** f over the data into out; a formula of no input (a constant model, c) has the same value at every point. */
function over(f: CompiledFunction, inputs: readonly Float64Array[], params: readonly number[], out: Float64Array): Float64Array {
  return inputs.length === 0 ? out.fill(f(...params)) : f.map(inputs, params, out);
}

/** Evaluates the model, its Jacobian and the loss over the data at parameter vectors of the fitted parameters. */
class Model {
  readonly m: number;
  readonly n: number;
  private readonly f: CompiledFunction;
  private readonly partials: CompiledFunction[];
  private readonly all: number[];
  private readonly index: number[];
  // Buffers for mini-batches: gathered inputs and target, predictions, loss values and derivatives, a column.
  private readonly batchInputs: Float64Array[];
  private readonly batchY: Float64Array;
  private readonly pred: Float64Array;
  private readonly lossValues: Float64Array;
  private readonly lossSlopes: Float64Array;
  private readonly column: Float64Array;

  constructor(readonly expr: Expression, readonly names: readonly string[], private readonly arrays: Float64Array[], private readonly y: Float64Array) {
    this.m = y.length;
    this.n = names.length;
    this.f = expr.compile();
    this.partials = names.map((p) => compiledPartial(expr, p));
    this.all = Object.values(expr.params);
    const keys = Object.keys(expr.params);
    this.index = names.map((p) => keys.indexOf(p));
    this.batchInputs = arrays.map(() => new Float64Array(this.m));
    this.batchY = new Float64Array(this.m);
    this.pred = new Float64Array(this.m);
    this.lossValues = new Float64Array(this.m);
    this.lossSlopes = new Float64Array(this.m);
    this.column = new Float64Array(this.m);
  }

  private paramValues(x: Float64Array): number[] {
    this.index.forEach((k, j) => (this.all[k] = x[j]!));
    return this.all;
  }

  residuals(x: Float64Array, out: Float64Array): void {
    over(this.f, this.arrays, this.paramValues(x), out);
    for (let i = 0; i < this.m; i++) out[i]! -= this.y[i]!;
  }

  jacobian(x: Float64Array, out: Float64Array): void {
    const values = this.paramValues(x);
    this.partials.forEach((d, j) => over(d, this.arrays, values, out.subarray(j * this.m, (j + 1) * this.m)));
  }

  /** Mean loss over the batch (all data when undefined) and its gradient: the chain rule, loss'(y_pred)·J. */
  lossAndGradient(loss: Loss, x: Float64Array, batch: Int32Array | undefined, grad: Float64Array): number {
    const b = batch ? batch.length : this.m;
    let inputs = this.arrays;
    let y = this.y;
    if (batch) {
      inputs = this.batchInputs.map((buffer, k) => {
        const source = this.arrays[k]!;
        for (let i = 0; i < b; i++) buffer[i] = source[batch[i]!]!;
        return buffer.subarray(0, b);
      });
      for (let i = 0; i < b; i++) this.batchY[i] = this.y[batch[i]!]!;
      y = this.batchY.subarray(0, b);
    }
    const values = this.paramValues(x);
    const pred = over(this.f, inputs, values, this.pred.subarray(0, b));
    const lossArgs = lossInputs(loss, pred, y);
    const lossValues = loss.value.map(lossArgs, loss.params, this.lossValues.subarray(0, b));
    const slopes = loss.dPred.map(lossArgs, loss.params, this.lossSlopes.subarray(0, b));
    this.partials.forEach((d, j) => {
      const col = over(d, inputs, values, this.column.subarray(0, b));
      let sum = 0;
      for (let i = 0; i < b; i++) sum += slopes[i]! * col[i]!;
      grad[j] = sum / b;
    });
    return compensatedSum(lossValues) / b;
  }

  record(x: Float64Array): Record<string, number> {
    const keys = Object.keys(this.expr.params);
    const values = this.paramValues(x);
    return Object.fromEntries(keys.map((k, i) => [k, values[i]!]));
  }

  /** The first data point where the model (or the loss) is not finite at x, described for an error message. */
  nonFinite(x: Float64Array, loss: Loss): string | undefined {
    const out = new Float64Array(this.m);
    over(this.f, this.arrays, this.paramValues(x), out);
    let i = out.findIndex((v) => !Number.isFinite(v));
    let what = "the model";
    if (i < 0) {
      const values = loss.value.map(lossInputs(loss, out, this.y), loss.params);
      i = values.findIndex((v) => !Number.isFinite(v));
      if (i < 0) return undefined;
      what = `the loss ${loss.name}`;
      out[i] = values[i]!;
    }
    const at = this.expr.variables.map((v, k) => `${v} = ${this.arrays[k]![i]}`).join(", ");
    return `at data point ${i} (${at}, target ${this.y[i]}) ${what} is ${out[i]}`;
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
  checkOptions(options, `The options of ${expr.name}.fit`);
  // A misspelt option (maxIteration) would otherwise be ignored and its default used without a word.
  for (const key of Object.keys(options)) {
    if (!FIT_OPTIONS.includes(key)) throw new UnknownNameError("fit option", key, FIT_OPTIONS, ` Options: ${FIT_OPTIONS.join(", ")}.`);
  }
  const loss = resolveLoss(options.loss);
  const method = options.method ?? (loss.squared ? "lm" : "adam");
  if (!FIT_METHODS.includes(method)) throw new UnknownNameError("fit method", String(method), FIT_METHODS, ` Methods: ${FIT_METHODS.join(", ")}.`);
  if (method === "lm" && !loss.squared) throw new ArgumentError(`Levenberg–Marquardt minimises the sum of squares; for the loss ${loss.name} use a first-order method (${OPTIMIZERS.join(", ")}).`);
  const names = fittedNames(expr, options.params);
  const { arrays, y } = bindData(expr, inputs, target);
  const maxIterations = positiveInteger(options.maxIterations, "maxIterations");
  const batchSize = positiveInteger(options.batchSize, "batchSize");
  const tolerance = positiveNumber(options.tolerance, "tolerance");
  if (options.seed !== undefined && !Number.isInteger(options.seed)) throw new ArgumentError(`seed must be an integer, got ${options.seed}.`);
  const { lower, upper } = boundsArrays(expr, names, options.bounds);
  const onIteration = options.onIteration;
  if (onIteration !== undefined && typeof onIteration !== "function") throw new ArgumentError("onIteration must be a function.");
  if (method === "lm" && (batchSize !== undefined || options.learningRate !== undefined || options.optimizer !== undefined)) {
    throw new ArgumentError("batchSize, learningRate and optimizer apply to the first-order methods, not to \"lm\".");
  }

  const model = new Model(expr, names, arrays, y);
  const x0 = Float64Array.from(names, (p) => expr.params[p]!);
  const problem = model.nonFinite(x0, loss);
  if (problem !== undefined) {
    const start = names.map((p) => `${p} = ${expr.params[p]}`).join(", ");
    throw new FitError(`${expr.name} cannot be fitted from the starting parameters (${start}): ${problem}. Choose other start values.`);
  }
  const report = onIteration ? (iteration: number, x: Float64Array, value: number) => onIteration({ iteration, loss: value, params: model.record(x) }) : undefined;
  const bounds = lower ? { lower, upper } : {};

  if (method === "lm") {
    const result = levenbergMarquardt(model, x0, {
      ...(tolerance !== undefined ? { ftol: tolerance, xtol: tolerance } : {}),
      ...(maxIterations !== undefined ? { maxEvaluations: maxIterations } : {}),
      ...bounds,
      ...(report ? { onIteration: report } : {}),
    });
    return {
      params: model.record(result.x),
      expression: expr.withParams(model.record(result.x)),
      method,
      rss: result.sumOfSquares,
      loss: result.sumOfSquares,
      iterations: result.iterations,
      evaluations: result.evaluations,
      converged: result.converged,
      message: LM_STOP_MESSAGES[result.stop],
      ...covariance(model, result.x, result.sumOfSquares),
      fitted: names,
      history: result.history,
    };
  }

  if (options.optimizer !== undefined && (typeof options.optimizer !== "object" || options.optimizer === null)) throw new ArgumentError("optimizer must be an object of hyperparameters such as { momentum: 0.9 }.");
  const optimizer = createOptimizer(method, names.length, { ...(options.optimizer ?? {}), ...(options.learningRate !== undefined ? { learningRate: options.learningRate } : {}) });
  const result = minimize({ n: names.length, size: y.length, evaluate: (x, batch, grad) => model.lossAndGradient(loss, x, batch, grad) }, x0, {
    optimizer,
    ...(maxIterations !== undefined ? { maxIterations } : {}),
    ...(tolerance !== undefined ? { tolerance } : {}),
    ...(batchSize !== undefined ? { batchSize } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...bounds,
    ...(report ? { onIteration: report } : {}),
  });
  const residuals = new Float64Array(y.length);
  model.residuals(result.x, residuals);
  const rss = compensatedSum(residuals.map((r) => r * r));
  return {
    params: model.record(result.x),
    expression: expr.withParams(model.record(result.x)),
    method,
    rss,
    loss: result.loss,
    iterations: result.iterations,
    evaluations: result.epochs,
    converged: result.converged,
    message: MINIMIZE_STOP_MESSAGES[result.stop],
    ...(loss.squared ? covariance(model, result.x, rss) : { covariance: undefined, standardErrors: undefined }),
    fitted: names,
    history: result.history,
  };
}
