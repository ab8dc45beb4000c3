/**
 * A small WebAssembly assembler: the few instructions the SIMD kernels need, and a module of exported
 * functions over one imported memory. Written by hand rather than taken from binaryen (about 10 MB) because
 * the kernels use some forty opcodes and no optimizer: the lowering has already done that work.
 */

/** Value types, by their binary codes. */
export const I32 = 0x7f;
export const V128 = 0x7b;
type ValueType = typeof I32 | typeof V128;

/** SIMD opcodes (after the 0xfd prefix), as in the WebAssembly 2.0 specification, section 5.4.8. */
const SIMD = {
  "v128.load": 0x00,
  "v128.store": 0x0b,
  "v128.const": 0x0c,
  "i64x2.splat": 0x12,
  "f64x2.splat": 0x14,
  "f64x2.eq": 0x47,
  "f64x2.ne": 0x48,
  "f64x2.lt": 0x49,
  "f64x2.gt": 0x4a,
  "f64x2.le": 0x4b,
  "f64x2.ge": 0x4c,
  "v128.and": 0x4e,
  "v128.andnot": 0x4f,
  "v128.or": 0x50,
  "v128.xor": 0x51,
  "v128.bitselect": 0x52,
  "f64x2.nearest": 0x94,
  "i64x2.extend_low_i32x4_s": 0xc7,
  "i64x2.shl": 0xcb,
  "i64x2.shr_s": 0xcc,
  "i64x2.shr_u": 0xcd,
  "i64x2.add": 0xce,
  "i64x2.sub": 0xd1,
  "i64x2.eq": 0xd6,
  "f64x2.abs": 0xec,
  "f64x2.neg": 0xed,
  "f64x2.sqrt": 0xef,
  "f64x2.add": 0xf0,
  "f64x2.sub": 0xf1,
  "f64x2.mul": 0xf2,
  "f64x2.div": 0xf3,
  "f64x2.min": 0xf4,
  "f64x2.max": 0xf5,
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

/** The body of one function: instructions appended in order, locals allocated on demand. */
export class FunctionBody {
  readonly code: number[] = [];
  private readonly locals: ValueType[] = [];

  constructor(readonly params: readonly ValueType[]) {}

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

  /** A v128 holding `v` in both f64 lanes. */
  f64x2(v: number): this {
    this.simd("v128.const");
    const lanes = new Float64Array([v, v]);
    this.code.push(...new Uint8Array(lanes.buffer));
    return this;
  }

  /** A v128 holding `v` in both i64 lanes. */
  i64x2(v: number | bigint): this {
    this.simd("v128.const");
    const lanes = new BigInt64Array([BigInt(v), BigInt(v)]);
    this.code.push(...new Uint8Array(lanes.buffer));
    return this;
  }

  /** block ... end / loop ... end with no result; `br depth`, `br_if depth`. */
  block(kind: "block" | "loop"): this {
    this.code.push(kind === "block" ? 0x02 : 0x03, 0x40);
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

  /** The function's code entry: locals, then the instructions and the final `end`. */
  encode(): number[] {
    const body: number[] = [];
    uleb(this.locals.length, body);
    for (const type of this.locals) body.push(1, type);
    body.push(...this.code, 0x0b);
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

/** A module of functions without results, exported by name, that share one memory imported as env.memory. */
export function assembleModule(functions: ReadonlyArray<{ readonly name: string; readonly body: FunctionBody }>): Uint8Array {
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
  memoryImport.push(0x02, 0x00, 0x01);
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
  section(10, functions.map(({ body }) => body.encode()), out);
  return new Uint8Array(out);
}
