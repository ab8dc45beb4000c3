/**
 * Elementwise kernels over Float64Arrays or Float32Arrays in WebAssembly memory: a loop over v128 vectors
 * whose body is emitted by the caller.
 */
import { FunctionBody, I32, type Lanes, type Local, V128, assembleModule } from "./assembler.js";

/** Emits the body for one vector: reads the input local, returns the local holding the result. */
export type VectorBody = (f: FunctionBody, x: Local) => Local;

/**
 * How a kernel's arrays hold its lanes: "v128" as they are (two doubles or four floats per vector), or
 * "float32Pair": float32 arrays computed in f64x2 lanes, two elements per vector.
 */
export type Storage = "v128" | "float32Pair";

/**
 * Emits the loop of every kernel: for each of `count` vectors, load each array input into its local, run
 * `body` (which leaves the result on the stack), store it at `dst`, and advance the pointers (16 bytes, or 8
 * for float32 pairs).
 */
export function emitVectorLoop(f: FunctionBody, loads: ReadonlyArray<{ readonly pointer: Local; readonly into: Local }>, dst: Local, count: Local, body: () => void, storage: Storage = "v128"): void {
  const step = storage === "v128" ? 16 : 8;
  f.block("block").block("loop");
  f.get(count).i32op("eqz").br(1, true);
  for (const { pointer, into } of loads) {
    f.get(pointer);
    if (storage === "v128") f.memory("v128.load");
    else f.float32Pair("load");
    f.set(into);
  }
  f.get(dst);
  body();
  if (storage === "v128") f.memory("v128.store");
  else f.float32Pair("store");
  for (const { pointer } of loads) f.get(pointer).i32(step).i32op("add").set(pointer);
  f.get(dst).i32(step).i32op("add").set(dst);
  f.get(count).i32(1).i32op("sub").set(count);
  f.br(0).end().end();
}

/** A function (src byte offset, dst byte offset, vector count) applying `body` to each v128 of `lanes`. */
export function vectorMap(body: VectorBody, lanes: Lanes = "f64x2"): FunctionBody {
  const f = new FunctionBody([I32, I32, I32], lanes);
  const x = f.local(V128);
  emitVectorLoop(f, [{ pointer: f.param(0), into: x }], f.param(1), f.param(2), () => void f.get(body(f, x)));
  return f;
}

/** The part of the WebAssembly API used here, typed locally: the library's lib settings have no DOM types. */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

/** The host's WebAssembly, or undefined where there is none. */
export const webAssembly = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** Instantiates `functions` over a fresh memory of at least `bytes` bytes. */
export function instantiate(api: WasmApi, functions: ReadonlyArray<{ readonly name: string; readonly body: FunctionBody }>, bytes: number) {
  const memory = new api.Memory({ initial: Math.max(1, Math.ceil(bytes / 65536)) });
  const instance = new api.Instance(new api.Module(assembleModule(functions)), { env: { memory } });
  return { memory, exports: instance.exports as Record<string, (...args: number[]) => void> };
}
