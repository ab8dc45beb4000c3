import { ArgumentError } from "../errors.js";
import { functionRecord } from "../functions/index.js";
import { Node, freeSymbols, isIdentifier } from "../node.js";
import { stabilize } from "../rewrite/index.js";
import { type Dtype, checkDtype } from "../tensor.js";
import { printText } from "../syntax/print-text.js";
import { evaluate } from "./interpret.js";
import { type Program, lower } from "./lower.js";
import { powReal } from "./semantics.js";
import { JS_EXP_FORMS, jsHelper, jsNeedsAtoms, jsSource } from "./templates.js";
import { type ThreadedKernel, type Threads, checkThreads, resolveThreads, runThreaded, threadedKernel } from "./threads.js";
import { type FloatArray, type WasmKernel, callsRoutine, wasmKernel } from "./wasm.js";

export interface CompileOptions {
  /** Names of the inputs, in argument order. */
  readonly inputs: readonly string[];
  /** Names of the parameters, passed after the inputs; changing them does not recompile. */
  readonly params?: readonly string[];
  /** Apply the stability rewrites before generating code (default true). */
  readonly stable?: boolean;
  /**
   * Which kernel `map` runs over arrays: "auto" (default) the WebAssembly SIMD kernel where the expression has
   * one and the arrays are long enough to pay for it, else the JavaScript loop; "js" or "wasm" to force one,
   * for debugging ("wasm" is an ArgumentError for an expression without a WebAssembly form). Scalar calls are
   * JavaScript always.
   */
  readonly backend?: Backend;
  /**
   * The element type `map` writes: "float64" (default) a Float64Array; "float32" a Float32Array (array inputs
   * read as float32), within 2 float32 ulp of the float64 result rounded: the WebAssembly kernel computes in
   * four float32 lanes when the expression is one SIMD routine, in doubles otherwise (wasm.ts, float32Lanes);
   * without a WebAssembly form the JavaScript loop computes in doubles and rounds on the store (docs/api.md).
   */
  readonly dtype?: Dtype;
}

export type Backend = "auto" | "js" | "wasm";
const BACKENDS: readonly Backend[] = ["auto", "js", "wasm"];

/** Shorter arrays run the JavaScript loop under "auto": below this, copying and the call cost more than SIMD saves. */
export const WASM_MIN_LENGTH = 256;

export type ArrayInput = number | ArrayLike<number>;

/**
 * A compiled expression: called with numbers (inputs, then parameters) it returns a number; `map` evaluates it
 * elementwise over arrays, broadcasting numbers, into a new or a caller-supplied array of its dtype
 * (a Float64Array, or a Float32Array for dtype "float32").
 */
export interface CompiledFunction<Out extends FloatArray = Float64Array> {
  (...args: number[]): number;
  readonly inputs: readonly string[];
  readonly params: readonly string[];
  /** The expression that was compiled, after the stability rewrites. */
  readonly node: Node;
  /** Generated JavaScript of the scalar function, for inspection. */
  readonly source: string;
  readonly dtype: Dtype;
  /**
   * `threads` ("auto" by default) splits arrays of THREADS_MIN_LENGTH elements and more over worker threads
   * where a host provides them (the package's Node entry does) and the WebAssembly kernel is costly enough to
   * pay; a number forces that many threads (this one included) on such arrays, 1 keeps one thread.
   */
  map(inputs: readonly ArrayInput[], params?: readonly number[], out?: Out, options?: MapOptions): Out;
}

export interface MapOptions {
  readonly threads?: Threads;
}

type LoopKernel = (...args: unknown[]) => FloatArray;

/**
 * Compiled functions by (node, inputs, params, stable), least recently used first. Bounded, so that a process
 * compiling endless distinct user formulas keeps at most MAX_CACHED_FUNCTIONS of them (and their nodes) alive.
 */
const cache = new Map<string, CompiledFunction<FloatArray>>();
export const MAX_CACHED_FUNCTIONS = 1000;

/** Number of compiled functions the cache holds. */
export const compileCacheSize = (): number => cache.size;

function checkOptions(node: Node, options: CompileOptions): void {
  if (!(node instanceof Node)) throw new ArgumentError("compile: the first argument must be a Node (parse a formula with parse()).");
  if (options === null || typeof options !== "object" || !Array.isArray(options.inputs)) throw new ArgumentError("compile: options.inputs must be an array of names.");
  if (options.params !== undefined && !Array.isArray(options.params)) throw new ArgumentError("compile: options.params must be an array of names.");
  for (const name of [...options.inputs, ...(options.params ?? [])]) {
    if (!isIdentifier(name)) throw new ArgumentError(`compile: '${String(name)}' is not a valid input or parameter name (letters, digits and underscores, not starting with a digit).`);
  }
  if (options.stable !== undefined && typeof options.stable !== "boolean") throw new ArgumentError("compile: options.stable must be true or false.");
  if (options.backend !== undefined && !BACKENDS.includes(options.backend)) throw new ArgumentError(`compile: options.backend must be one of ${BACKENDS.map((b) => `"${b}"`).join(", ")}, got ${JSON.stringify(options.backend)}.`);
  checkDtype(options.dtype, "compile: options.dtype");
}

/** Compiles a node to JavaScript, once per (node, inputs, params, stable, backend, dtype). */
export function compile(node: Node, options: CompileOptions & { readonly dtype: "float32" }): CompiledFunction<Float32Array>;
export function compile(node: Node, options: CompileOptions & { readonly dtype?: "float64" }): CompiledFunction;
export function compile(node: Node, options: CompileOptions): CompiledFunction<FloatArray>;
export function compile(node: Node, options: CompileOptions): CompiledFunction<FloatArray> {
  checkOptions(node, options);
  const inputs = [...options.inputs];
  const params = [...(options.params ?? [])];
  const stable = options.stable ?? true;
  const backend = options.backend ?? "auto";
  const dtype = options.dtype ?? "float64";
  // Names are identifiers, so this key cannot confuse ["x,y"] with ["x", "y"].
  const key = `${node.id}|${inputs.join(",")}|${params.join(",")}|${stable}|${backend}|${dtype}`;
  let compiled = cache.get(key);
  if (compiled) cache.delete(key);
  else compiled = build(stable ? stabilize(node) : node, inputs, params, backend, dtype);
  cache.set(key, compiled);
  if (cache.size > MAX_CACHED_FUNCTIONS) cache.delete(cache.keys().next().value!);
  return compiled;
}

/** How many times code generation ran: compile() is cached, so this grows once per distinct expression. */
export function compileCount(): number {
  return buildCount;
}
let buildCount = 0;

function checkNames(node: Node, inputs: readonly string[], params: readonly string[]): void {
  const all = new Set<string>();
  for (const name of [...inputs, ...params]) {
    if (all.has(name)) throw new ArgumentError(`'${name}' is named twice among inputs and parameters.`);
    all.add(name);
  }
  const unknown = freeSymbols(node).filter((s) => !all.has(s));
  if (unknown.length > 0) {
    throw new ArgumentError(`The expression uses ${unknown.map((s) => `'${s}'`).join(", ")}, which ${unknown.length === 1 ? "is" : "are"} neither an input nor a parameter (inputs: ${inputs.join(", ") || "none"}; parameters: ${params.join(", ") || "none"}).`);
  }
}

/** JavaScript of a lowered program: helper functions, statements hoisted out of the loop, per element, result. */
interface JsProgram {
  helpers: string[];
  hoisted: string[];
  perElement: string[];
  result: string;
  kernels: ((...a: number[]) => number)[];
}

/** Renders the lowered program as JavaScript with generated names only: v0.. inputs, p0.. parameters, t0.. temporaries. */
function generate(program: Program, inputs: readonly string[], params: readonly string[]): JsProgram {
  const js: JsProgram = { helpers: [], hoisted: [], perElement: [], result: "", kernels: [] };
  const fnNames = new Map<string, string>();
  const fn = (name: string): string => {
    let id = fnNames.get(name);
    if (id === undefined) {
      const helper = jsHelper(name);
      if (helper !== undefined) {
        js.helpers.push(helper(name));
        id = name;
      } else {
        id = `f${js.kernels.length}`;
        js.kernels.push(functionRecord(name)!.kernel);
      }
      fnNames.set(name, id);
    }
    return id;
  };
  const ref = (id: number): string => {
    const slot = program.slots[id]!;
    return slot.kind === "input" ? `v${id}` : slot.kind === "param" ? `p${id - inputs.length}` : `t${id - inputs.length - params.length}`;
  };
  const names = { ref, fn, pow: "P" };
  const statements = (ids: readonly number[]) => ids.map((id) => `const ${ref(id)} = ${jsSource(program.slots[id]!.value!, names)};`);
  js.hoisted = statements(program.hoisted);
  js.perElement = statements(program.perElement);
  js.result = jsSource(program.result, names);
  return js;
}

let codeGeneration: boolean | undefined;

/**
 * Whether this realm lets code be built from strings. A page whose Content-Security-Policy lacks
 * 'unsafe-eval' (and Node started with --disallow-code-generation-from-strings) refuses `new Function` with an
 * EvalError; then compile() falls back to the reference interpreter. Checked once.
 */
export function codeGenerationAllowed(): boolean {
  if (codeGeneration === undefined) {
    try {
      codeGeneration = new Function("return true")() === true;
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      codeGeneration = false;
    }
  }
  return codeGeneration;
}

/**
 * Where code generation is refused, the same function through the reference interpreter: identical values
 * (generated code and interpreter share one semantics, and a parity test holds them to the bit), slower.
 */
function interpreted(node: Node, inputs: readonly string[], params: readonly string[]) {
  const names = [...inputs, ...params];
  const at = (values: ArrayLike<number>): number => {
    const env: Record<string, number> = Object.create(null);
    names.forEach((name, i) => (env[name] = values[i]!));
    return evaluate(node, env);
  };
  const scalar = (...args: number[]) => at(args);
  const loop = (...args: unknown[]): FloatArray => {
    const out = args[names.length] as FloatArray;
    const n = args[names.length + 1] as number;
    const values = new Float64Array(names.length);
    for (let i = 0; i < n; i++) {
      inputs.forEach((_, k) => (values[k] = typeof args[k] === "number" ? (args[k] as number) : (args[k] as ArrayLike<number>)[i]!));
      params.forEach((_, k) => (values[inputs.length + k] = args[inputs.length + k] as number));
      out[i] = at(values);
    }
    return out;
  };
  return { scalar, loop };
}

function build(node: Node, inputs: readonly string[], params: readonly string[], backend: Backend, dtype: Dtype): CompiledFunction<FloatArray> {
  checkNames(node, inputs, params);
  buildCount++;
  const lowered = lower(node, inputs, params, { atomicArgs: jsNeedsAtoms, elideNaNTests: true });
  // The JavaScript kernel passes e^x to sigmoid, sigmoid' and softplus, so it shares that exp with the
  // formula's own; the WebAssembly renderer shares its exps itself, over the program without them.
  const program = generate(lower(node, inputs, params, { atomicArgs: jsNeedsAtoms, elideNaNTests: true, expForms: JS_EXP_FORMS }), inputs, params);
  const kernelDecls = [...program.kernels.map((_, k) => `const f${k} = F[${k}];`), ...program.helpers].join("\n");
  const v = inputs.map((_, i) => `v${i}`);
  const p = params.map((_, i) => `p${i}`);
  const scalarSource = [
    `return function compiled(${[...v, ...p].join(", ")}) {`,
    ...program.hoisted,
    ...program.perElement,
    `return ${program.result};`,
    "};",
  ].join("\n");
  // The generated text comes only from the tree: identifiers are v0.., p0.., t0.., f0..; numbers are literals.
  const factory = (body: string) => new Function("F", "P", `"use strict";\n${kernelDecls}\n${body}`)(program.kernels, powReal);
  const fallback = codeGenerationAllowed() ? undefined : interpreted(node, inputs, params);
  const scalar = fallback?.scalar ?? (factory(scalarSource) as (...args: number[]) => number);

  // One loop per pattern of array ("a") and number ("n") inputs: any number of inputs, no bit mask to overflow.
  const loops = new Map<string, LoopKernel>();
  const loopFor = (pattern: string): LoopKernel => {
    if (fallback) return fallback.loop;
    let loop = loops.get(pattern);
    if (!loop) {
      const read = v.map((name, i) => `const ${name} = ${pattern[i] === "a" ? `I${i}[i]` : `I${i}`};`);
      const source = [
        `return function loop(${[...inputs.map((_, i) => `I${i}`), ...p, "out", "n"].join(", ")}) {`,
        ...program.hoisted,
        "for (let i = 0; i < n; i++) {",
        ...read,
        ...program.perElement,
        `out[i] = ${program.result};`,
        "}",
        "return out;",
        "};",
      ].join("\n");
      loop = factory(source) as LoopKernel;
      loops.set(pattern, loop);
    }
    return loop;
  };

  // The WebAssembly kernel per pattern, or null where there is none (then "auto" runs the JavaScript loop).
  const wasmKernels = new Map<string, WasmKernel | null>();
  const wasmFor = (pattern: string): WasmKernel | null => {
    let kernel = wasmKernels.get(pattern);
    if (kernel === undefined) {
      const made = wasmKernel(lowered, pattern, dtype);
      if (typeof made !== "function" && backend === "wasm") {
        throw new ArgumentError(`compile: ${printText(node)} has no WebAssembly kernel: it needs ${made.unsupported}. Use backend "auto" or "js".`);
      }
      kernel = typeof made === "function" ? made : null;
      wasmKernels.set(pattern, kernel);
    }
    return kernel;
  };

  const Out = dtype === "float32" ? Float32Array : Float64Array;
  // The kernel over the worker threads' shared memory, per pattern (undefined: not built yet; null: none).
  const threaded = new Map<string, ThreadedKernel | null>();
  const costly = callsRoutine(lowered);

  const map = (args: readonly ArrayInput[], paramValues: readonly number[] = [], out?: FloatArray, options: MapOptions = {}): FloatArray => {
    if (options === null || typeof options !== "object") throw new ArgumentError("The options of map must be an object.");
    const threads = options.threads ?? "auto";
    checkThreads(threads, "threads");
    if (args.length !== inputs.length) throw new ArgumentError(`Expected ${inputs.length} input${inputs.length === 1 ? "" : "s"} (${inputs.join(", ")}), got ${args.length}.`);
    if (paramValues.length !== params.length) throw new ArgumentError(`Expected ${params.length} parameter value${params.length === 1 ? "" : "s"} (${params.join(", ")}), got ${paramValues.length}.`);
    let n = -1;
    let pattern = "";
    args.forEach((a, i) => {
      pattern += typeof a === "number" ? "n" : "a";
      if (typeof a === "number") return;
      if (a === null || typeof a !== "object" || typeof a.length !== "number") throw new ArgumentError(`Input '${inputs[i]}' must be a number or an array of numbers.`);
      if (n !== -1 && a.length !== n) {
        const lengths = args.map((b, j) => `${inputs[j]}: ${typeof b === "number" ? "number" : b.length}`).join(", ");
        throw new ArgumentError(`Arrays must have equal lengths (${lengths}).`);
      }
      n = a.length;
    });
    if (n === -1) n = 1;
    if (out === undefined) out = new Out(n);
    else if (!(out instanceof Out) || out.length !== n) throw new ArgumentError(`'out' must be a ${Out.name} of length ${n}.`);
    // Where code generation is refused (a page's CSP), WebAssembly usually is too, and trying it would report a
    // violation: the interpreter runs, unless WebAssembly was asked for by name.
    if (backend === "wasm" || (backend === "auto" && !fallback && n >= WASM_MIN_LENGTH)) {
      const kernel = wasmFor(pattern);
      if (kernel) {
        const count = resolveThreads(threads, n, costly);
        if (count > 1) {
          if (!threaded.has(pattern)) threaded.set(pattern, threadedKernel(lowered, pattern, dtype) ?? null);
          const parallel = threaded.get(pattern);
          if (parallel && runThreaded(parallel, args, paramValues, out, n, count)) return out;
        }
        kernel(args, paramValues, out, n);
        return out;
      }
    }
    // float32 reads its array inputs as float32, as the WebAssembly kernel does when it copies them in.
    const read = dtype === "float32" ? args.map((a) => (typeof a === "number" || a instanceof Float32Array ? a : Float32Array.from(a))) : args;
    return loopFor(pattern)(...read, ...paramValues, out, n);
  };

  return Object.assign(scalar, { inputs, params, node, source: scalarSource, dtype, map }) as CompiledFunction<FloatArray>;
}
