/**
 * Shaped numeric data and NumPy broadcasting. An elementwise formula is compiled once for scalars; this module
 * is the one mechanism that maps it over shapes: it converts inputs (numbers, flat array-likes, nested arrays,
 * Tensors) with typed errors, broadcasts their shapes, and lays each input out flat in the output's order.
 */
import { ArgumentError } from "./errors.js";

/** A number or a nested array of numbers, as `Tensor.toArray()` returns it. */
export type NestedArray = number | NestedArray[];

const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
export const formatShape = (shape: readonly number[]): string => `[${shape.join(", ")}]`;

/** The element type of computed arrays: doubles (the default) or float32 values. */
export type Dtype = "float64" | "float32";
export const DTYPES: readonly Dtype[] = ["float64", "float32"];

/** An ArgumentError unless `dtype` is undefined or one of DTYPES; `what` names the option in the message. */
export function checkDtype(dtype: unknown, what: string): asserts dtype is Dtype | undefined {
  if (dtype !== undefined && !DTYPES.includes(dtype as Dtype)) throw new ArgumentError(`${what} must be one of ${DTYPES.map((d) => `"${d}"`).join(", ")}, got ${typeof dtype === "string" ? JSON.stringify(dtype) : String(dtype)}.`);
}

/**
 * A dense row-major array with a shape: doubles (a Float64Array), or float32 values with dtype "float32".
 * Immutable by convention: operations return new Tensors.
 */
export class Tensor<Data extends Float64Array | Float32Array = Float64Array> {
  readonly data: Data;
  readonly shape: readonly number[];

  constructor(data: ArrayLike<number>, shape: readonly number[], dtype: Dtype = "float64") {
    if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) throw new ArgumentError(`A Tensor's shape must be an array of non-negative integers, got ${String(shape)}.`);
    checkDtype(dtype, "A Tensor's dtype");
    const size = product(shape);
    if (data.length !== size) throw new ArgumentError(`A Tensor of shape ${formatShape(shape)} needs ${size} values, got ${data.length}.`);
    const Type = dtype === "float32" ? Float32Array : Float64Array;
    this.data = (data instanceof Type ? data : Type.from(data)) as Data;
    this.shape = Object.freeze([...shape]);
  }

  get dtype(): Dtype {
    return this.data instanceof Float32Array ? "float32" : "float64";
  }

  get size(): number {
    return this.data.length;
  }

  /** The value at one index per axis. */
  get(...index: number[]): number {
    if (index.length !== this.shape.length) throw new ArgumentError(`get needs ${this.shape.length} indices for shape ${formatShape(this.shape)}, got ${index.length}.`);
    let offset = 0;
    index.forEach((k, axis) => {
      const n = this.shape[axis]!;
      if (!Number.isInteger(k) || k < 0 || k >= n) throw new ArgumentError(`Index ${k} on axis ${axis} is outside [0, ${n - 1}] (shape ${formatShape(this.shape)}).`);
      offset = offset * n + k;
    });
    return this.data[offset]!;
  }

  /** Nested JavaScript arrays (a number for shape []). */
  toArray(): NestedArray {
    const build = (axis: number, offset: number): NestedArray => {
      if (axis === this.shape.length) return this.data[offset]!;
      const n = this.shape[axis]!;
      const stride = product(this.shape.slice(axis + 1));
      return Array.from({ length: n }, (_, k) => build(axis + 1, offset + k * stride));
    };
    return build(0, 0);
  }
}

/** An input after conversion: a number, a flat (one-axis) array-like used as is, or a Tensor. */
export type ShapedInput = number | ArrayLike<number> | Tensor<Float64Array | Float32Array>;

const describe = (v: unknown): string => (v === null ? "null" : typeof v === "string" ? `string ${JSON.stringify(v)}` : Array.isArray(v) ? "an array" : typeof v);

function checkElements(name: string, values: ArrayLike<unknown>): void {
  for (let k = 0; k < values.length; k++) {
    if (typeof values[k] !== "number") throw new ArgumentError(`${name}[${k}]: expected a number, got ${describe(values[k])}.`);
  }
}

/** The shape of a nested array, checked to be rectangular, and its values in row-major order. */
function fromNested(name: string, value: readonly unknown[]): Tensor {
  const shape: number[] = [];
  for (let level: unknown = value; Array.isArray(level); level = level[0]) shape.push(level.length);
  const data = new Float64Array(product(shape));
  let next = 0;
  const walk = (v: unknown, axis: number, path: string): void => {
    if (axis === shape.length) {
      if (typeof v !== "number") throw new ArgumentError(`${path}: expected a number, got ${describe(v)}.`);
      data[next++] = v;
      return;
    }
    if (!Array.isArray(v)) throw new ArgumentError(`${path}: expected an array of ${shape[axis]} elements, got ${describe(v)}.`);
    if (v.length !== shape[axis]) throw new ArgumentError(`${path}: expected ${shape[axis]} elements, got ${v.length}.`);
    v.forEach((w, k) => walk(w, axis + 1, `${path}[${k}]`));
  };
  walk(value, 0, name);
  return new Tensor(data, shape);
}

/**
 * Converts a user value for input `name`: numbers and Tensors pass; typed arrays (not BigInt ones) pass as flat
 * arrays without a copy; plain arrays are flat when their elements are numbers and nested otherwise. Anything
 * else is an ArgumentError naming the input and the index.
 */
export function toShapedInput(name: string, value: unknown): ShapedInput {
  if (typeof value === "number" || value instanceof Tensor) return value;
  if (value instanceof BigInt64Array || value instanceof BigUint64Array) {
    throw new ArgumentError(`Input '${name}' is a ${value.constructor.name}: use numbers (e.g. Float64Array.from(${name}, Number)).`);
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return value as unknown as ArrayLike<number>;
  if (Array.isArray(value)) {
    if (value.some(Array.isArray)) return fromNested(name, value);
    checkElements(name, value);
    return value as number[];
  }
  if (typeof value === "object" && value !== null && typeof (value as ArrayLike<unknown>).length === "number") {
    checkElements(name, value as ArrayLike<unknown>);
    return value as ArrayLike<number>;
  }
  throw new ArgumentError(`Input '${name}' must be a number, an array of numbers or a Tensor, got ${describe(value)}.`);
}

export const shapeOf = (input: ShapedInput): readonly number[] => (typeof input === "number" ? [] : input instanceof Tensor ? input.shape : [input.length]);

/** NumPy's broadcasting: shapes aligned on the right, each axis equal or 1. Names the inputs when they do not fit. */
export function broadcastShapes(named: readonly (readonly [string, readonly number[]])[]): number[] {
  const rank = Math.max(0, ...named.map(([, s]) => s.length));
  const out: number[] = new Array<number>(rank).fill(1);
  for (const [, shape] of named) {
    for (let k = 0; k < shape.length; k++) {
      const axis = rank - shape.length + k;
      const d = shape[k]!;
      if (d === out[axis] || d === 1) continue;
      if (out[axis] !== 1) {
        const all = named.filter(([, s]) => s.length > 0);
        const flat = all.every(([, s]) => s.length === 1);
        const list = all.map(([n, s]) => `${n}: ${flat ? s[0] : formatShape(s)}`).join(", ");
        throw new ArgumentError(flat ? `Arrays must have equal lengths (${list}), or length 1.` : `Shapes do not broadcast (${list}): aligned from the right, each axis must be equal or 1.`);
      }
      out[axis] = d;
    }
  }
  return out;
}

/**
 * The values of `input` for every element of an output of shape `shape`, in row-major order: the array itself
 * when its shape is the output's, its single value when it has one, and an expanded copy otherwise.
 */
export function layOut(input: ShapedInput, shape: readonly number[]): number | ArrayLike<number> {
  if (typeof input === "number") return input;
  const data = input instanceof Tensor ? input.data : input;
  const own = shapeOf(input);
  if (data.length === 1) return data[0]!;
  if (own.length === shape.length && own.every((d, k) => d === shape[k])) return data;
  const size = product(shape);
  const out = new Float64Array(size);
  // Strides of the input over the output's axes: 0 where the input is broadcast.
  const rank = shape.length;
  const strides = new Array<number>(rank).fill(0);
  let stride = 1;
  for (let k = own.length - 1; k >= 0; k--) {
    strides[rank - own.length + k] = own[k] === 1 ? 0 : stride;
    stride *= own[k]!;
  }
  const index = new Array<number>(rank).fill(0);
  let offset = 0;
  for (let i = 0; i < size; i++) {
    out[i] = data[offset]!;
    for (let axis = rank - 1; axis >= 0; axis--) {
      index[axis]!++;
      offset += strides[axis]!;
      if (index[axis]! < shape[axis]!) break;
      offset -= strides[axis]! * index[axis]!;
      index[axis] = 0;
    }
  }
  return out;
}
