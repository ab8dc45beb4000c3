/**
 * Shaped evaluation for Expression.eval: elementwise formulas broadcast their inputs and run the compiled loop;
 * formulas in index notation run the row compiler over the last axis, the other axes being the batch.
 */
import {
  ArgumentError, type CompiledFunction, type RowFunction, type ShapedInput, Tensor, type Threads, broadcastShapes, formatShape, layOut,
  shapeOf,
} from "../core/index.js";

/** Values with their shape, and the inputs they came from. */
export interface Shaped {
  readonly data: Float64Array | Float32Array;
  readonly shape: readonly number[];
  readonly inputs: readonly ShapedInput[];
}

/**
 * The user-facing value, by the kind of inputs (so that TypeScript can type it): a number when every input is
 * a number, a flat array (a Float64Array, or a Float32Array for float32 data) when every array input is flat
 * (one value per row for a row formula), a Tensor when an input is a nested array or a Tensor, or when the
 * result has more than one axis (a Jacobian).
 */
export function present(shaped: Shaped & { readonly data: Float64Array }): number | Float64Array | Tensor;
export function present(shaped: Shaped): EvalResult;
export function present({ data, shape, inputs }: Shaped): EvalResult {
  if (inputs.every((x) => typeof x === "number")) return data[0]!;
  if (shape.length <= 1 && !inputs.some((x) => x instanceof Tensor)) return data;
  return data instanceof Float32Array ? new Tensor<Float32Array>(data, shape, "float32") : new Tensor<Float64Array>(data, shape);
}

/** What eval returns. */
export type EvalResult = number | Float64Array | Float32Array | Tensor | Tensor<Float32Array>;

/** A result computed in doubles, as float32: numbers rounded, arrays and Tensors of float32 values. */
export function toFloat32(value: number | Float64Array | Tensor): number | Float32Array | Tensor<Float32Array> {
  if (typeof value === "number") return Math.fround(value);
  return value instanceof Tensor ? new Tensor<Float32Array>(value.data, value.shape, "float32") : Float32Array.from(value);
}

export function evalElementwise<Out extends Float64Array | Float32Array>(f: CompiledFunction<Out>, names: readonly string[], inputs: readonly ShapedInput[], params: readonly number[], threads: Threads = "auto"): Shaped & { readonly data: Out } {
  const shape = broadcastShapes(names.map((v, i) => [v, shapeOf(inputs[i]!)] as const));
  const data = f.map(inputs.map((x) => layOut(x, shape)), params, undefined, { threads });
  return { data, shape, inputs };
}

/** The batch shape and row length of inputs to a row formula: vector inputs end with the row axis. */
export function rowLayout(f: RowFunction, inputs: readonly ShapedInput[]): { batch: number[]; n: number } {
  // The row length: equal for every vector input, or 1 (broadcast); -1 until the first vector input is seen.
  let n = -1;
  const named: [string, readonly number[]][] = [];
  f.inputs.forEach((name, k) => {
    const shape = shapeOf(inputs[k]!);
    if (f.roles[k] === "row") return named.push([name, shape]);
    if (shape.length === 0) throw new ArgumentError(`Input '${name}' is a vector along its last axis (${name}[j]): pass an array, not a number.`);
    const last = shape[shape.length - 1]!;
    if (last !== n && last !== 1 && n !== 1 && n !== -1) {
      const others = f.inputs.filter((_, m) => f.roles[m] === "vector" && m !== k).map((m) => `${m}: ${formatShape(shapeOf(inputs[f.inputs.indexOf(m)]!))}`);
      throw new ArgumentError(`Input '${name}' has ${last} elements along its last axis (shape ${formatShape(shape)}), other vectors ${n} (${others.join(", ")}).`);
    }
    if (n === -1 || n === 1) n = last;
    named.push([name, shape.slice(0, -1)]);
  });
  return { batch: broadcastShapes(named), n: n === -1 ? 1 : n };
}

export function evalRows(f: RowFunction, inputs: readonly ShapedInput[], params: readonly number[]): Shaped & { readonly data: Float64Array } {
  const { batch, n } = rowLayout(f, inputs);
  const rows = batch.reduce((a, b) => a * b, 1);
  const laid = inputs.map((x, k) => layOut(x, f.roles[k] === "vector" ? [...batch, n] : batch));
  const data = f.run(laid, rows, n, params);
  return { data, shape: [...batch, ...f.lengths(n, params)], inputs };
}
