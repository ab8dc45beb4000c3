/**
 * Elementwise kernels over Float64Arrays or Float32Arrays in WebAssembly memory: a loop over v128 vectors
 * whose body is emitted by the caller.
 */
import { FunctionBody, I32, type Lanes, type Local, V128, assembleModule } from "./assembler.js";

/** Emits the body for one vector: reads the input local, returns the local holding the result. */
export type VectorBody = (f: FunctionBody, x: Local) => Local;

/**
 * A function (src byte offset, dst byte offset, vector count) applying `body` to each v128 of `lanes` (two
 * doubles or four floats), two vectors per turn of the loop (two independent chains for the processor to
 * overlap), then a last one if the count is odd.
 */
export function vectorMap(body: VectorBody, lanes: Lanes = "f64x2"): FunctionBody {
  const f = new FunctionBody([I32, I32, I32], lanes);
  const [src, dst, vectors] = [f.param(0), f.param(1), f.param(2)];
  const [x, y] = [f.local(V128), f.local(V128)];
  f.block("block").block("loop");
  f.get(vectors).i32(2).i32op("lt_u").br(1, true);
  f.get(src).memory("v128.load").set(x);
  f.get(src).i32(16).i32op("add").memory("v128.load").set(y);
  const [fx, fy] = [body(f, x), body(f, y)];
  f.get(dst).get(fx).memory("v128.store");
  f.get(dst).i32(16).i32op("add").get(fy).memory("v128.store");
  f.get(src).i32(32).i32op("add").set(src);
  f.get(dst).i32(32).i32op("add").set(dst);
  f.get(vectors).i32(2).i32op("sub").set(vectors);
  f.br(0).end().end();
  f.block("block");
  f.get(vectors).i32op("eqz").br(0, true);
  f.get(src).memory("v128.load").set(x);
  f.get(dst).get(body(f, x)).memory("v128.store");
  f.end();
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
