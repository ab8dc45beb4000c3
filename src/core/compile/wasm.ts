/**
 * The WebAssembly renderer of the lowering: a lowered program becomes a SIMD loop (two doubles per v128) over
 * arrays in WebAssembly memory. Every operation has a lane-wise form; a selection computes both branches and
 * keeps one per lane by mask (the untaken branch's Infinity or NaN is discarded, never seen). Functions come
 * from src/core/wasm/simd-math.ts; a program that needs anything else (sin, gamma, a general power) has no
 * WebAssembly form, and the JavaScript kernel runs it.
 */
import { F32, F64, FunctionBody, I32, type Lanes, type Local, V128, type ValueType, assembleModule } from "../wasm/assembler.js";
import { type Storage, emitVectorLoop, instantiate, webAssembly } from "../wasm/map.js";
import { SimdMath } from "../wasm/simd-math.js";
import { type Cond, type Program, type Value, operandsOf } from "./lower.js";


/** Functions with a lane-wise form: the SIMD routine applied to the argument's local. */
const CALLS: ReadonlyMap<string, (m: SimdMath, x: Local) => Local> = new Map([
  ["exp", (m: SimdMath, x: Local) => m.exp(x)],
  ["expm1", (m: SimdMath, x: Local) => m.expm1(x)],
  ["log", (m: SimdMath, x: Local) => m.log(x)],
  ["log1p", (m: SimdMath, x: Local) => m.log1p(x)],
  ["tanh", (m: SimdMath, x: Local) => m.tanh(x)],
  ["sigmoid", (m: SimdMath, x: Local) => m.sigmoid(x)],
  ["dsigmoid", (m: SimdMath, x: Local) => m.dsigmoid(x)],
  ["softplus", (m: SimdMath, x: Local) => m.softplus(x)],
  ["erf", (m: SimdMath, x: Local) => m.erf(x)],
  ["erfc", (m: SimdMath, x: Local) => m.erfc(x)],
]);

/**
 * Whether the program calls one of the SIMD routines (exp, log, erf, ... at several nanoseconds per element):
 * the kernels worth worker threads under threads "auto" (the others are bound by copying memory).
 */
export function callsRoutine(program: Program): boolean {
  // A condition's operands are atomic: a call can only be among the values.
  return callsFunction(program.result) || program.slots.some((s) => s.value !== undefined && callsFunction(s.value));
}

/** Functions that are one instruction (or two) on the lanes, with IEEE semantics equal to Math's. */
const UNARY_OPS: ReadonlyMap<string, "abs" | "sqrt"> = new Map([
  ["Abs", "abs"],
  ["sqrt", "sqrt"],
] as const);

const RELATIONS = new Map([
  [">", "gt"],
  [">=", "ge"],
  ["<", "lt"],
  ["<=", "le"],
  ["==", "eq"],
  ["!=", "ne"],
] as const);

/** Whether v calls a function (not one of the few single instructions): then its branch is worth skipping. */
const callsFunction = (v: Value): boolean => (v.op === "call" && CALLS.has(v.fn)) || operandsOf(v).some(callsFunction);

/** A comparison with a literal of magnitude 8 or more: the cut-off of a tail, which few elements pass. */
function cutsOffTail(c: Cond): boolean {
  return c.op === "cmp" && [c.a, c.b].some((v) => v.op === "num" && Math.abs(v.value) >= 8);
}

/** Thrown while rendering a program that has no WebAssembly form; caught by renderWasm. */
class NoWasmForm {
  constructor(readonly what: string) {}
}

/** The kernel's function and how it computes (lanes, and how its arrays hold them), or why the program has no WebAssembly form. */
export type WasmRender = { readonly body: FunctionBody; readonly lanes: Lanes; readonly storage: Storage } | { readonly unsupported: string };

/** The element type of the arrays a kernel reads and writes. */
export type Precision = "float64" | "float32";

/**
 * The SIMD routines whose float32 form is within 2 float32 ulp on its own: test/core/wasm-math.test.ts checks
 * each but dsigmoid, which sigmoid' checks at the fixture and random points of test/core/float32.test.ts.
 */
const FLOAT32_EXACT_ENOUGH = new Set(["exp", "expm1", "log", "log1p", "erf", "tanh", "sigmoid", "dsigmoid", "softplus"]);

/**
 * How a float32 kernel computes: in four float32 lanes when the program is one such routine of the array
 * input, whose own bound is then the kernel's; otherwise in two float64 lanes, rounding once on the store,
 * with the routines shortened for float32 results (SimdMath's "float32" results, within 2^-33). Measured on the mpmath fixtures, float32 arithmetic throughout misses 2 ulp by far wherever errors are
 * amplified: an exp of a computed argument (gelu, swish at -100: 30-120 ulp), cancellation (msle, kl_div:
 * hundreds), intermediate subnormals or overflow (mish' at 50 gave NaN), and thresholds rounded to float32
 * (thresholded_relu at x = fround(0.4)).
 */
function float32Lanes(program: Program, pattern: string): Lanes {
  const r = program.result;
  const single = pattern === "a" && program.perElement.length === 0 && program.hoisted.length === 0 && r.op === "call" && r.args.length === 1 && r.args[0]!.op === "ref" && r.args[0]!.id === 0;
  return (single && FLOAT32_EXACT_ENOUGH.has(r.fn)) || exactInFloat32(program, pattern) ? "f32x4" : "f64x2";
}

/** Operations whose result is one of their float32 arguments, or a float32 constant: exact in any lanes. */
const SELECTING = new Set(["Max", "Min", "Abs", "Heaviside", "sign"]);

/**
 * Whether the program only compares and selects the array input and float32 constants (relu, relu', relu6,
 * hard_tanh's derivative): then float32 lanes give the float64 result rounded, exactly.
 */
function exactInFloat32(program: Program, pattern: string): boolean {
  const exact = (v: Value): boolean => {
    switch (v.op) {
      case "num":
        return Number.isNaN(v.value) || Math.fround(v.value) === v.value;
      case "ref":
        return v.id === 0 || (program.slots[v.id]!.kind === "temp" && exact(program.slots[v.id]!.value!));
      case "call":
        return SELECTING.has(v.fn) && v.args.every(exact);
      case "select":
        return exactCond(v.cond) && exact(v.then) && exact(v.else);
      case "test":
        return exactCond(v.cond);
      default:
        return false;
    }
  };
  const exactCond = (c: Cond): boolean => (c.op === "cmp" ? exact(c.a) && exact(c.b) : c.args.every(exact));
  return pattern === "a" && program.hoisted.length === 0 && exact(program.result);
}

/**
 * The function `kernel`: (for each input: a byte offset if `pattern[i]` is "a", else the number itself;
 * then each parameter; then the output's byte offset and the count of vectors to compute). For float32
 * arrays the lanes are f32x4 or f64x2 as float32Lanes decides.
 */
export function renderWasm(program: Program, pattern: string, precision: Precision = "float64"): WasmRender {
  const inputs = program.slots.filter((s) => s.kind === "input").length;
  const params = program.slots.filter((s) => s.kind === "param").length;
  const lanes: Lanes = precision === "float64" ? "f64x2" : float32Lanes(program, pattern);
  const storage: Storage = precision === "float32" && lanes === "f64x2" ? "float32Pair" : "v128";
  const pointer: ValueType = I32;
  const number: ValueType = lanes === "f64x2" ? F64 : F32;
  const signature = [...[...pattern].map((c) => (c === "a" ? pointer : number)), ...Array.from({ length: params }, () => number), pointer, pointer];
  const f = new FunctionBody(signature, lanes);
  const math = new SimdMath(f, precision);
  const slot = new Map<number, Local>();
  const [dst, count] = [f.param(inputs + params), f.param(inputs + params + 1)];

  const emit = (v: Value): void => {
    switch (v.op) {
      case "num":
        f.num(v.value);
        return;
      case "ref":
        f.get(slot.get(v.id)!);
        return;
      case "add":
      case "mul":
        v.args.forEach((a, i) => {
          emit(a);
          if (i > 0) f.float(v.op);
        });
        return;
      case "div":
        emit(v.num);
        emit(v.den);
        f.float("div");
        return;
      case "pow":
        return power(v.base, v.exp);
      case "call":
        return call(v.fn, v.args);
      case "select":
        return select(v.cond, v.then, v.else);
      case "test":
        condition(v.cond);
        f.num(1).simd("v128.and");
        return;
    }
  };

  /**
   * Results of calls (and e^-|x|) by function and atomic argument, for sharing. A result computed inside a
   * branch that may be skipped is forgotten when the branch ends.
   */
  const computed = new Map<string, Local>();
  const remember = (key: string, local: Local) => computed.set(key, local);
  const inBranch = (body: () => void): void => {
    const before = new Set(computed.keys());
    body();
    for (const key of [...computed.keys()]) if (!before.has(key)) computed.delete(key);
  };

  /**
   * Both branches, kept per lane by the condition's mask. Where the condition cuts off a tail (x < 150 in
   * mish', |x| < 100 in gelu'), a branch that calls a function (an exp costs some forty instructions) runs only
   * if some lane takes it: the tail's branch is skipped in bulk, at the price of a test and a well-predicted
   * jump. A switch near 0 (x > 0 in elu) splits random data evenly, and a jump there would be mispredicted
   * more often than it saved an exp (measured): both branches run.
   */
  const select = (cond: Cond, then: Value, otherwise: Value): void => {
    if (!cutsOffTail(cond) || (!callsFunction(then) && !callsFunction(otherwise))) {
      emit(then);
      emit(otherwise);
      condition(cond);
      f.simd("v128.bitselect");
      return;
    }
    const [mask, a, b] = [f.local(V128), f.local(V128), f.local(V128)];
    condition(cond);
    f.set(mask);
    const branch = (value: Value, into: Local, taken: () => void): void => {
      if (!callsFunction(value)) {
        emit(value);
        f.set(into);
        return;
      }
      taken();
      f.simd("v128.any_true").block("if");
      inBranch(() => emit(value));
      f.set(into).end();
    };
    branch(then, a, () => f.get(mask));
    branch(otherwise, b, () => f.get(mask).simd("v128.not"));
    f.get(a).get(b).get(mask).simd("v128.bitselect");
  };

  /** The same cases as powReal (semantics.ts), so that both paths compute the same operations. */
  const power = (base: Value, exp: Value): void => {
    const e = exp.op === "num" ? exp.value : undefined;
    switch (e) {
      case 1:
        return emit(base);
      case 2:
        emit(base);
        emit(base);
        f.float("mul");
        return;
      case 3:
        emit(base);
        emit(base);
        f.float("mul");
        emit(base);
        f.float("mul");
        return;
      case -1:
        f.num(1);
        emit(base);
        f.float("div");
        return;
      case -2:
        f.num(1);
        emit(base);
        emit(base);
        f.float("mul").float("div");
        return;
      case 0.5:
        emit(base);
        f.float("sqrt");
        return;
      case -0.5:
        f.num(1);
        emit(base);
        f.float("sqrt").float("div");
        return;
      default:
        throw new NoWasmForm(`the power **${e ?? "(not a literal)"}`);
    }
  };

  const call = (fn: string, args: readonly Value[]): void => {
    const op = UNARY_OPS.get(fn);
    if (op !== undefined && args.length === 1) {
      emit(args[0]!);
      f.float(op);
      return;
    }
    if ((fn === "Max" || fn === "Min") && args.length >= 2) {
      args.forEach((a, i) => {
        emit(a);
        if (i > 0) f.float(fn === "Max" ? "max" : "min");
      });
      return;
    }
    if (fn === "sign" && args.length === 1) return sign(args[0]!);
    if (fn === "Heaviside" && args.length <= 2) return heaviside(args[0]!, args[1]);
    const routine = CALLS.get(fn);
    if (routine === undefined || args.length !== 1) throw new NoWasmForm(`the function ${fn}`);
    const arg = args[0]!;
    // Calls of an atomic argument are shared: the same call once; in double lanes sigmoid and sigmoid' of x
    // from one e^x, the kernel's own where it has one (mish', swish', gelu'), with the JavaScript kernel's
    // operations; in float lanes and for softplus one e^-|x| for the family of x.
    const key = arg.op === "ref" ? `#${arg.id}` : arg.op === "num" ? `${Object.is(arg.value, -0) ? "-0" : arg.value}` : undefined;
    const known = key === undefined ? undefined : computed.get(`${fn} ${key}`);
    if (known !== undefined) {
      f.get(known);
      return;
    }
    const x = f.local(V128);
    emit(arg);
    f.set(x);
    let result: Local;
    if (key !== undefined && lanes === "f64x2" && (fn === "sigmoid" || fn === "dsigmoid")) {
      let ex = computed.get(`exp ${key}`);
      if (ex === undefined) remember(`exp ${key}`, (ex = math.exp(x)));
      result = fn === "sigmoid" ? math.sigmoidOfExp(x, ex) : math.dsigmoidOfExp(x, ex);
    } else if (key !== undefined && (fn === "sigmoid" || fn === "dsigmoid" || fn === "softplus")) {
      let e = computed.get(`exp-abs ${key}`);
      if (e === undefined) remember(`exp-abs ${key}`, (e = math.expMinusAbs(x)));
      result = math[fn](x, e);
    } else result = routine(math, x);
    if (key !== undefined) remember(`${fn} ${key}`, result);
    f.get(result);
  };

  /** Math.sign: 1 above 0, -1 below, x itself at ±0 and NaN. */
  const sign = (arg: Value): void => {
    const x = f.local(V128);
    emit(arg);
    f.set(x);
    f.num(1).num(-1).get(x).get(x).num(0).float("lt").simd("v128.bitselect").get(x).num(0).float("gt").simd("v128.bitselect");
  };

  /** 1 above 0, 0 below, h0 (1/2 unless given) at 0, NaN at NaN: the template of the JavaScript kernel. */
  const heaviside = (arg: Value, h0: Value | undefined): void => {
    const x = f.local(V128);
    emit(arg);
    f.set(x);
    f.num(1).num(0);
    if (h0 === undefined) f.num(0.5);
    else emit(h0);
    f.num(NaN).get(x).num(0).float("eq").simd("v128.bitselect");
    f.get(x).num(0).float("lt").simd("v128.bitselect");
    f.get(x).num(0).float("gt").simd("v128.bitselect");
  };

  const condition = (c: Cond): void => {
    if (c.op === "isnan") {
      c.args.forEach((a, i) => {
        emit(a);
        emit(a);
        f.float("ne");
        if (i > 0) f.simd("v128.or");
      });
      return;
    }
    emit(c.a);
    emit(c.b);
    f.float(RELATIONS.get(c.rel)!);
  };

  try {
    // Numbers (broadcast inputs and parameters) fill the lanes once, before the loop.
    const loads: Array<{ pointer: Local; into: Local }> = [];
    for (let i = 0; i < inputs; i++) {
      const vector = f.local(V128);
      slot.set(i, vector);
      if (pattern[i] === "a") loads.push({ pointer: f.param(i), into: vector });
      else f.get(f.param(i)).splat().set(vector);
    }
    for (let k = 0; k < params; k++) {
      const vector = f.local(V128);
      slot.set(inputs + k, vector);
      f.get(f.param(inputs + k)).splat().set(vector);
    }
    const temp = (id: number) => {
      const local = f.local(V128);
      emit(program.slots[id]!.value!);
      f.set(local);
      slot.set(id, local);
    };
    program.hoisted.forEach(temp);
    emitVectorLoop(f, loads, dst, count, () => {
      program.perElement.forEach(temp);
      emit(program.result);
    }, storage);
  } catch (e) {
    if (e instanceof NoWasmForm) return { unsupported: e.what };
    throw e;
  }
  return { body: f, lanes, storage };
}

/** Elements per kernel call: the inputs and the output of one block stay in the processor's cache. */
const BLOCK = 16384;

/** Float64Array or Float32Array: the arrays a kernel of f64x2 or f32x4 lanes writes. */
export type FloatArray = Float64Array | Float32Array;

/** Runs a compiled WebAssembly kernel over arrays (copied through its memory block by block) into `out`. */
export type WasmKernel = (args: readonly (number | ArrayLike<number>)[], params: readonly number[], out: FloatArray, n: number) => void;

let simdSupport: boolean | undefined;

/** Whether this host runs WebAssembly with SIMD (checked once, by validating a module that uses v128). */
export function wasmSimdAvailable(): boolean {
  if (simdSupport === undefined) {
    const f = new FunctionBody([I32, I32, I32]);
    f.get(f.param(0)).memory("v128.load").simd("f64x2.abs").set(f.local(V128));
    try {
      simdSupport = webAssembly !== undefined && webAssembly.validate(assembleModule([{ name: "kernel", body: f }]));
    } catch {
      simdSupport = false;
    }
  }
  return simdSupport;
}

/**
 * The WebAssembly kernel of `program` for one pattern of array ("a") and number ("n") inputs and one element
 * type (writing a Float64Array or a Float32Array), or why there is none (a function or power without a
 * lane-wise form, or a host that refuses to compile it, such as a browser's main thread for a module over 4 KB).
 */
export function wasmKernel(program: Program, pattern: string, precision: Precision = "float64"): WasmKernel | { readonly unsupported: string } {
  if (!wasmSimdAvailable()) return { unsupported: "WebAssembly SIMD, which this host lacks" };
  const rendered = renderWasm(program, pattern, precision);
  if ("unsupported" in rendered) return rendered;
  const arrays = [...pattern].filter((c) => c === "a").length;
  const View = precision === "float64" ? Float64Array : Float32Array;
  const perVector = rendered.lanes === "f32x4" ? 4 : 2;
  const bytes = BLOCK * View.BYTES_PER_ELEMENT;
  let kernel: (...args: number[]) => void;
  let views: FloatArray[];
  // The output overwrites the first array input (each vector is loaded before its result is stored): one
  // block less to keep in the cache.
  const blocks = Math.max(arrays, 1);
  try {
    const { memory, exports } = instantiate(webAssembly!, [{ name: "kernel", body: rendered.body }], blocks * bytes);
    kernel = exports.kernel!;
    views = Array.from({ length: blocks }, (_, k) => new View(memory.buffer, k * bytes, BLOCK));
  } catch (error) {
    return { unsupported: `a WebAssembly module the host refused (${(error as Error).message})` };
  }
  const output = views[0]!;
  const callArgs: number[] = [];
  return (args, params, out, n) => {
    for (let start = 0; start < n; start += BLOCK) {
      const m = Math.min(BLOCK, n - start);
      callArgs.length = 0;
      let k = 0;
      args.forEach((a) => {
        if (typeof a === "number") {
          callArgs.push(a);
          return;
        }
        const view = views[k]!;
        if (ArrayBuffer.isView(a)) view.set((a as unknown as Float64Array).subarray(start, start + m));
        else for (let i = 0; i < m; i++) view[i] = a[start + i]!;
        callArgs.push(k++ * bytes);
      });
      kernel(...callArgs, ...params, 0, Math.ceil(m / perVector));
      out.set(m === BLOCK ? output : output.subarray(0, m), start);
    }
  };
}
