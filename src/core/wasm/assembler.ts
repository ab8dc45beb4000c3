/**
 * A small WebAssembly assembler: the few instructions the SIMD kernels need, and a module of exported
 * functions over one imported memory. Written by hand rather than taken from binaryen (about 10 MB) because
 * the kernels use some forty opcodes and no optimizer: the lowering has already done that work.
 */

/** Value types, by their binary codes. */
export const I32 = 0x7f;
export const F32 = 0x7d;
export const F64 = 0x7c;
export const V128 = 0x7b;
export type ValueType = typeof I32 | typeof F32 | typeof F64 | typeof V128;

/** SIMD opcodes (after the 0xfd prefix), as in the WebAssembly 2.0 specification, section 5.4.8. */
const SIMD = {
  "v128.load": 0x00,
  "v128.store": 0x0b,
  "v128.const": 0x0c,
  "i32x4.splat": 0x11,
  "i64x2.splat": 0x12,
  "f32x4.splat": 0x13,
  "f64x2.splat": 0x14,
  "f32x4.eq": 0x41,
  "f32x4.ne": 0x42,
  "f32x4.lt": 0x43,
  "f32x4.gt": 0x44,
  "f32x4.le": 0x45,
  "f32x4.ge": 0x46,
  "f64x2.eq": 0x47,
  "f64x2.ne": 0x48,
  "f64x2.lt": 0x49,
  "f64x2.gt": 0x4a,
  "f64x2.le": 0x4b,
  "f64x2.ge": 0x4c,
  "v128.not": 0x4d,
  "v128.and": 0x4e,
  "v128.andnot": 0x4f,
  "v128.or": 0x50,
  "v128.xor": 0x51,
  "v128.bitselect": 0x52,
  "v128.any_true": 0x53,
  "v128.store64_lane": 0x5b,
  "v128.load64_zero": 0x5d,
  "f32x4.demote_f64x2_zero": 0x5e,
  "f64x2.promote_low_f32x4": 0x5f,
  "f32x4.nearest": 0x6a,
  "f64x2.nearest": 0x94,
  "i32x4.shl": 0xab,
  "i32x4.shr_s": 0xac,
  "i32x4.shr_u": 0xad,
  "i32x4.add": 0xae,
  "i32x4.sub": 0xb1,
  "i64x2.extend_low_i32x4_s": 0xc7,
  "i64x2.shl": 0xcb,
  "i64x2.shr_s": 0xcc,
  "i64x2.shr_u": 0xcd,
  "i64x2.add": 0xce,
  "i64x2.sub": 0xd1,
  "f32x4.abs": 0xe0,
  "f32x4.neg": 0xe1,
  "f32x4.sqrt": 0xe3,
  "f32x4.add": 0xe4,
  "f32x4.sub": 0xe5,
  "f32x4.mul": 0xe6,
  "f32x4.div": 0xe7,
  "f32x4.min": 0xe8,
  "f32x4.max": 0xe9,
  "f32x4.pmin": 0xea,
  "f32x4.pmax": 0xeb,
  "i32x4.trunc_sat_f32x4_s": 0xf8,
  "f32x4.convert_i32x4_s": 0xfa,
  "f64x2.abs": 0xec,
  "f64x2.neg": 0xed,
  "f64x2.sqrt": 0xef,
  "f64x2.add": 0xf0,
  "f64x2.sub": 0xf1,
  "f64x2.mul": 0xf2,
  "f64x2.div": 0xf3,
  "f64x2.min": 0xf4,
  "f64x2.max": 0xf5,
  "f64x2.pmin": 0xf6,
  "f64x2.pmax": 0xf7,
  "i32x4.trunc_sat_f64x2_s_zero": 0xfc,
  "f64x2.convert_low_i32x4_s": 0xfe,
} as const;
export type SimdOp = keyof typeof SIMD;

function uleb(n: number, out: number[]): void {
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
}

/** n in exactly five bytes of LEB128 (valid for any u32), so that it can be patched in place. */
function paddedUleb(n: number): number[] {
  return [0, 7, 14, 21, 28].map((shift, i) => ((n >>> shift) & 0x7f) | (i < 4 ? 0x80 : 0));
}

function decodeUleb(code: readonly number[], at: number): number {
  let n = 0;
  for (let i = 4; i >= 0; i--) n = n * 128 + (code[at + i]! & 0x7f);
  return n;
}

function sleb(n: number, out: number[]): void {
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return;
    }
    out.push(byte | 0x80);
  }
}

const utf8 = new TextEncoder();

function name(s: string, out: number[]): void {
  const bytes = utf8.encode(s);
  uleb(bytes.length, out);
  out.push(...bytes);
}

/** A local variable of the function being assembled. */
export interface Local {
  readonly index: number;
  readonly type: ValueType;
}

/** The lane layout a kernel computes in: two doubles or four floats per v128. */
export type Lanes = "f64x2" | "f32x4";
/** pmin(a, b) is b < a ? b : a and pmax(a, b) is a < b ? b : a: one instruction each, where min and max (which propagate NaN from either side and order -0 below +0) take several. */
export type FloatOp = "abs" | "neg" | "sqrt" | "add" | "sub" | "mul" | "div" | "min" | "max" | "pmin" | "pmax" | "eq" | "ne" | "lt" | "gt" | "le" | "ge" | "nearest";
export type IntOp = "shl" | "shr_s" | "shr_u" | "add" | "sub";

/**
 * The body of one function: instructions appended in order, locals allocated on demand. `lanes` says which
 * float and integer lanes `num`, `float`, `int` and `intConst` mean (i64x2 beside f64x2, i32x4 beside f32x4).
 */
export class FunctionBody {
  readonly code: number[] = [];
  private readonly locals: ValueType[] = [];
  /** The v128 constants (16 bytes each), their indices by content, and where code reads them. */
  readonly constants: Uint8Array[] = [];
  private readonly constantIndex = new Map<string, number>();
  private readonly constantUses: number[] = [];

  constructor(
    readonly params: readonly ValueType[],
    readonly lanes: Lanes = "f64x2",
  ) {}

  /** A float operation on the function's lanes. */
  float(op: FloatOp): this {
    return this.simd(`${this.lanes}.${op}`);
  }

  /** An integer operation on the lanes beside the floats (i64x2 or i32x4). */
  int(op: IntOp): this {
    return this.simd(`${this.lanes === "f64x2" ? "i64x2" : "i32x4"}.${op}`);
  }

  /** `v` in every float lane (rounded to float32 for f32x4). */
  num(v: number): this {
    return this.lanes === "f64x2" ? this.f64x2(v) : this.f32x4(v);
  }

  /** `v` in every integer lane beside the floats. */
  intConst(v: number | bigint): this {
    return this.lanes === "f64x2" ? this.i64x2(v) : this.i32x4(Number(v));
  }

  /** Float lanes (integral values) to integer lanes, saturating. */
  toInt(): this {
    return this.lanes === "f64x2" ? this.simd("i32x4.trunc_sat_f64x2_s_zero").simd("i64x2.extend_low_i32x4_s") : this.simd("i32x4.trunc_sat_f32x4_s");
  }

  param(index: number): Local {
    return { index, type: this.params[index]! };
  }

  local(type: ValueType): Local {
    this.locals.push(type);
    return { index: this.params.length + this.locals.length - 1, type };
  }

  get(l: Local): this {
    this.code.push(0x20);
    uleb(l.index, this.code);
    return this;
  }

  set(l: Local): this {
    this.code.push(0x21);
    uleb(l.index, this.code);
    return this;
  }

  tee(l: Local): this {
    this.code.push(0x22);
    uleb(l.index, this.code);
    return this;
  }

  i32(v: number): this {
    this.code.push(0x41);
    sleb(v | 0, this.code);
    return this;
  }

  /** i32.add, i32.sub, i32.eqz. */
  i32op(op: "add" | "sub" | "eqz" | "lt_u"): this {
    this.code.push({ add: 0x6a, sub: 0x6b, eqz: 0x45, lt_u: 0x49 }[op]);
    return this;
  }

  simd(op: SimdOp): this {
    this.code.push(0xfd);
    uleb(SIMD[op], this.code);
    return this;
  }

  /** v128.load or v128.store with 8-byte alignment (f64 data) and no offset. */
  memory(op: "v128.load" | "v128.store"): this {
    this.simd(op);
    this.code.push(3, 0);
    return this;
  }

  /**
   * Two float32 values (8 bytes) read as the two doubles of an f64x2, or an f64x2 written as two float32
   * values: load64_zero then promote, demote then store64_lane (each rounding once, to nearest).
   */
  float32Pair(op: "load" | "store"): this {
    if (op === "load") {
      this.simd("v128.load64_zero");
      this.code.push(3, 0);
      return this.simd("f64x2.promote_low_f32x4");
    }
    this.simd("f32x4.demote_f64x2_zero").simd("v128.store64_lane");
    this.code.push(3, 0, 0);
    return this;
  }

  /** The float lanes filled with the scalar on the stack (an f64 for f64x2, an f32 for f32x4). */
  splat(): this {
    return this.simd(this.lanes === "f64x2" ? "f64x2.splat" : "f32x4.splat");
  }

  /** A v128 holding `v` in both f64 lanes. */
  f64x2(v: number): this {
    return this.constant(new Float64Array([v, v]));
  }

  /** A v128 holding `v` in all four f32 lanes. */
  f32x4(v: number): this {
    return this.constant(new Float32Array([v, v, v, v]));
  }

  /** A v128 holding `v` in all four i32 lanes. */
  i32x4(v: number): this {
    return this.constant(new Int32Array([v, v, v, v]));
  }

  /** A v128 holding `v` in both i64 lanes. */
  i64x2(v: number | bigint): this {
    return this.constant(new BigInt64Array([BigInt(v), BigInt(v)]));
  }

  /**
   * A v128 constant, read from a mutable global of the module. V8 folds a v128.const (or an immutable global)
   * into the loop and rebuilds it from immediates at every use, three instructions; a mutable global is one
   * load, which matters in kernels of a hundred instructions with twenty constants.
   */
  private constant(lanes: Float64Array | Float32Array | Int32Array | BigInt64Array): this {
    const bytes = new Uint8Array(lanes.buffer);
    const key = bytes.join(",");
    let index = this.constantIndex.get(key);
    if (index === undefined) {
      index = this.constants.push(bytes) - 1;
      this.constantIndex.set(key, index);
    }
    this.code.push(0x23);
    this.constantUses.push(this.code.length);
    // Five bytes of LEB128, patched with the module's global index in encode().
    this.code.push(...paddedUleb(index));
    return this;
  }

  /** block ... end / loop ... end / if ... else ... end with no result (`if` takes an i32 condition); `br depth`, `br_if depth`. */
  block(kind: "block" | "loop" | "if"): this {
    this.code.push({ block: 0x02, loop: 0x03, if: 0x04 }[kind], 0x40);
    return this;
  }

  else(): this {
    this.code.push(0x05);
    return this;
  }

  end(): this {
    this.code.push(0x0b);
    return this;
  }

  br(depth: number, conditional = false): this {
    this.code.push(conditional ? 0x0d : 0x0c);
    uleb(depth, this.code);
    return this;
  }

  /** The function's code entry: locals, then the instructions and the final `end`; its constants are the globals from `firstGlobal` on. */
  encode(firstGlobal: number): number[] {
    const code = [...this.code];
    for (const at of this.constantUses) code.splice(at, 5, ...paddedUleb(firstGlobal + decodeUleb(code, at)));
    const body: number[] = [];
    uleb(this.locals.length, body);
    for (const type of this.locals) body.push(1, type);
    body.push(...code, 0x0b);
    const out: number[] = [];
    uleb(body.length, out);
    return [...out, ...body];
  }
}

function section(id: number, items: readonly number[][], out: number[]): void {
  const body: number[] = [];
  uleb(items.length, body);
  for (const item of items) body.push(...item);
  out.push(id);
  uleb(body.length, out);
  out.push(...body);
}

/** The most 64 KiB pages a shared memory may have (4 GiB, the 32-bit address space). */
export const MAX_SHARED_PAGES = 65536;

/**
 * A module of functions without results, exported by name, that share one memory imported as env.memory;
 * `shared` declares that memory shared (up to MAX_SHARED_PAGES), so that instances in several threads can
 * work on it at once.
 */
export function assembleModule(functions: ReadonlyArray<{ readonly name: string; readonly body: FunctionBody }>, shared = false): Uint8Array {
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  section(
    1,
    functions.map(({ body }) => {
      const t = [0x60];
      uleb(body.params.length, t);
      t.push(...body.params, 0);
      return t;
    }),
    out,
  );
  const memoryImport: number[] = [];
  name("env", memoryImport);
  name("memory", memoryImport);
  if (shared) {
    memoryImport.push(0x02, 0x03, 0x01);
    uleb(MAX_SHARED_PAGES, memoryImport);
  } else memoryImport.push(0x02, 0x00, 0x01);
  section(2, [memoryImport], out);
  section(
    3,
    functions.map((_, k) => {
      const t: number[] = [];
      uleb(k, t);
      return t;
    }),
    out,
  );
  // The functions' constants, in order, as mutable v128 globals (see FunctionBody.constant).
  const firstGlobals: number[] = [];
  const globals: number[][] = [];
  for (const { body } of functions) {
    firstGlobals.push(globals.length);
    for (const bytes of body.constants) globals.push([V128, 0x01, 0xfd, SIMD["v128.const"], ...bytes, 0x0b]);
  }
  section(6, globals, out);
  section(
    7,
    functions.map((f, k) => {
      const t: number[] = [];
      name(f.name, t);
      t.push(0x00);
      uleb(k, t);
      return t;
    }),
    out,
  );
  section(10, functions.map(({ body }, k) => body.encode(firstGlobals[k]!)), out);
  return new Uint8Array(out);
}
