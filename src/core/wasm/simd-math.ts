/**
 * exp, expm1, log, log1p, and tanh, sigmoid and softplus built on them, on two doubles at a time (f64x2),
 * emitted as WebAssembly instructions.
 *
 * Each routine reads a v128 local and leaves its result in a new local. No branches: every lane takes the
 * same path, and special values (±0, ±Infinity, NaN, subnormals, overflow, underflow) are produced by the
 * arithmetic itself or chosen at the end with masks, so that they agree with Math.exp and friends exactly.
 *
 * exp: Cody–Waite reduction x = k ln2 + r, |r| <= ln2/2, with ln2 split in a 32-bit head (k*head exact for
 * |k| < 2^21) and a tail; expm1(r) by its Taylor polynomial (degree 13: the first omitted term is below 1e-17
 * of the result); 2^k applied in two halves so that results down to the smallest subnormal and up to overflow
 * need no special case. log: x = m 2^e with m in [sqrt(1/2), sqrt(2)), log(m) = 2 atanh(f/(2 + f)) with f = m - 1,
 * in fdlibm's arrangement that keeps the small terms apart.
 */
import type { FunctionBody, Local } from "./assembler.js";
import { V128 } from "./assembler.js";

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
/** exp overflows beyond 709.78 and underflows to 0 below -745.2: clamping far outside keeps k in i32 range. */
const EXP_CLAMP = 1100;
const TWO_52 = 4503599627370496;
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/** 1/n!, n = 0..13. */
const INVERSE_FACTORIALS = Array.from({ length: 14 }, (_, n) => {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return 1 / f;
});

/** 2/(2n+1), n = 1..11: atanh(s)/s - 1 = z/3 + z^2/5 + ..., z = s^2 <= 0.0295, the omitted term below 1e-17. */
const ATANH_SERIES = Array.from({ length: 11 }, (_, k) => 2 / (2 * k + 3));

export class SimdMath {
  constructor(private readonly f: FunctionBody) {}

  private tmp(): Local {
    return this.f.local(V128);
  }

  /**
   * Pushes c[0] + c[1] t + ... + c[n] t^n in Estrin's scheme: pairs c[2i] + c[2i+1] t, then pairs of those with
   * t^2, t^4, ...; the dependency chain is log2(n) multiply-adds long instead of Horner's n, which lets the
   * processor overlap the lanes' work.
   */
  private polynomial(t: Local, c: readonly number[]): void {
    const f = this.f;
    let terms: Array<(g: FunctionBody) => void> = c.map((v) => (g: FunctionBody) => void g.f64x2(v));
    let power = t;
    while (terms.length > 1) {
      const p = power;
      const next: Array<(g: FunctionBody) => void> = [];
      for (let i = 0; i < terms.length; i += 2) {
        const [low, high] = [terms[i]!, terms[i + 1]];
        next.push(high === undefined ? low : (g) => {
          low(g);
          high(g);
          g.get(p).simd("f64x2.mul").simd("f64x2.add");
        });
      }
      terms = next;
      if (terms.length > 1) {
        const square = this.tmp();
        f.get(p).get(p).simd("f64x2.mul").set(square);
        power = square;
      }
    }
    terms[0]!(f);
  }

  /** Multiplies the v128 on the stack by 2^k, k in i64 lanes, as 2^(k>>1) * 2^(k - (k>>1)). */
  private scaleByPowerOfTwo(k: Local): void {
    const f = this.f;
    f.get(k).i32(1).simd("i64x2.shr_s").i64x2(1023).simd("i64x2.add").i32(52).simd("i64x2.shl").simd("f64x2.mul");
    f.get(k).get(k).i32(1).simd("i64x2.shr_s").simd("i64x2.sub").i64x2(1023).simd("i64x2.add").i32(52).simd("i64x2.shl").simd("f64x2.mul");
  }

  /** k = round(x/ln2) as f64 and as i64 lanes, and q = expm1(r) for r = x - k ln2. */
  private reduce(x: Local): { k: Local; ki: Local; q: Local } {
    const f = this.f;
    const [xc, k, ki, r, q] = [this.tmp(), this.tmp(), this.tmp(), this.tmp(), this.tmp()];
    f.get(x).f64x2(EXP_CLAMP).simd("f64x2.min").f64x2(-EXP_CLAMP).simd("f64x2.max").set(xc);
    f.get(xc).f64x2(Math.LOG2E).simd("f64x2.mul").simd("f64x2.nearest").set(k);
    f.get(xc).get(k).f64x2(LN2_HI).simd("f64x2.mul").simd("f64x2.sub").get(k).f64x2(LN2_LO).simd("f64x2.mul").simd("f64x2.sub").set(r);
    // q = r + r^2 (1/2 + r (1/6 + r E(r))): the large low-order terms summed last, Horner-like, for accuracy;
    // the small tail E in Estrin's scheme, for speed.
    const r2 = this.tmp();
    f.get(r).get(r).simd("f64x2.mul").set(r2);
    this.polynomial(r, INVERSE_FACTORIALS.slice(4));
    f.get(r).simd("f64x2.mul").f64x2(1 / 6).simd("f64x2.add").get(r).simd("f64x2.mul").f64x2(0.5).simd("f64x2.add");
    f.get(r2).simd("f64x2.mul").get(r).simd("f64x2.add").set(q);
    f.get(k).simd("i32x4.trunc_sat_f64x2_s_zero").simd("i64x2.extend_low_i32x4_s").set(ki);
    return { k, ki, q };
  }

  /** e^x. */
  exp(x: Local): Local {
    const f = this.f;
    const { ki, q } = this.reduce(x);
    const out = this.tmp();
    f.get(q).f64x2(1).simd("f64x2.add");
    this.scaleByPowerOfTwo(ki);
    f.set(out);
    return out;
  }

  /**
   * e^x - 1: the polynomial itself where k = 0; elsewhere 2^k (q + (1 - 2^-k)), one rounding before an exact
   * scaling (2^k (1 + q) - 1 would lose up to two bits to cancellation for k = 1); -1 once e^x < 2^-60.
   */
  expm1(x: Local): Local {
    const f = this.f;
    const { k, ki, q } = this.reduce(x);
    const [inverse, out] = [this.tmp(), this.tmp()];
    f.get(k).f64x2(-1022).simd("f64x2.max").f64x2(1022).simd("f64x2.min").simd("i32x4.trunc_sat_f64x2_s_zero").simd("i64x2.extend_low_i32x4_s");
    f.set(inverse).i64x2(1023).get(inverse).simd("i64x2.sub").i32(52).simd("i64x2.shl").set(inverse);
    f.get(q).f64x2(1).get(inverse).simd("f64x2.sub").simd("f64x2.add");
    this.scaleByPowerOfTwo(ki);
    f.get(q).get(k).f64x2(0).simd("f64x2.ne").simd("v128.bitselect").set(out);
    this.selectWhere(out, (g) => g.get(k).f64x2(-60).simd("f64x2.lt"), -1);
    // ±0 is kept as it is: r = -0 - (-0) ln2 would be +0.
    this.keepInputWhere(out, x, (g) => g.get(x).f64x2(0).simd("f64x2.eq"));
    return out;
  }

  /** ln x: -Infinity at ±0, NaN below 0, x itself at +Infinity and NaN. */
  log(x: Local): Local {
    const f = this.f;
    const [subnormal, bits, e, m, high] = [this.tmp(), this.tmp(), this.tmp(), this.tmp(), this.tmp()];
    const [fm, s, z, hfsq, out] = [this.tmp(), this.tmp(), this.tmp(), this.tmp(), this.tmp()];
    // Subnormals are scaled by 2^54 first, so that the exponent field is exact; 54 is taken off again below.
    f.get(x).f64x2(SMALLEST_NORMAL).simd("f64x2.lt").set(subnormal);
    f.get(x).f64x2(2 ** 54).simd("f64x2.mul").get(x).get(subnormal).simd("v128.bitselect").set(bits);
    // The exponent field as a double: placed in the mantissa of 2^52, minus 2^52.
    f.get(bits).i32(52).simd("i64x2.shr_u").i64x2(0x4330000000000000n).simd("v128.or").f64x2(TWO_52).simd("f64x2.sub");
    f.f64x2(1023).simd("f64x2.sub").get(subnormal).f64x2(54).simd("v128.and").simd("f64x2.sub").set(e);
    f.get(bits).i64x2(0x000fffffffffffffn).simd("v128.and").i64x2(0x3ff0000000000000n).simd("v128.or").set(m);
    f.get(m).f64x2(Math.SQRT2).simd("f64x2.gt").set(high);
    f.get(m).f64x2(0.5).simd("f64x2.mul").get(m).get(high).simd("v128.bitselect").set(m);
    f.get(e).get(high).f64x2(1).simd("v128.and").simd("f64x2.add").set(e);
    f.get(m).f64x2(1).simd("f64x2.sub").set(fm);
    f.get(fm).get(fm).f64x2(2).simd("f64x2.add").simd("f64x2.div").tee(s).get(s).simd("f64x2.mul").set(z);
    f.get(fm).get(fm).simd("f64x2.mul").f64x2(0.5).simd("f64x2.mul").set(hfsq);
    // e ln2_hi - ((hfsq - (s (hfsq + R) + e ln2_lo)) - f), R = z (2/3 + z (2/5 + ...)).
    f.get(e).f64x2(LN2_HI).simd("f64x2.mul");
    f.get(hfsq);
    f.get(s).get(hfsq);
    this.polynomial(z, ATANH_SERIES);
    f.get(z).simd("f64x2.mul").simd("f64x2.add").simd("f64x2.mul");
    f.get(e).f64x2(LN2_LO).simd("f64x2.mul").simd("f64x2.add").simd("f64x2.sub").get(fm).simd("f64x2.sub").simd("f64x2.sub").set(out);
    this.selectWhere(out, (g) => g.get(x).f64x2(0).simd("f64x2.eq"), -Infinity);
    this.selectWhere(out, (g) => g.get(x).f64x2(0).simd("f64x2.lt"), NaN);
    this.keepInputWhere(out, x, (g) => g.get(x).get(x).simd("f64x2.ne").get(x).f64x2(Infinity).simd("f64x2.eq").simd("v128.or"));
    return out;
  }

  /** ln(1 + x) as ln(u) (x/(u - 1)), u = 1 + x (Goldberg): the rounding of u cancels; x itself where u = 1. */
  log1p(x: Local): Local {
    const f = this.f;
    const u = this.tmp();
    f.get(x).f64x2(1).simd("f64x2.add").set(u);
    const logU = this.log(u);
    const out = this.tmp();
    f.get(logU).get(x).get(u).f64x2(1).simd("f64x2.sub").simd("f64x2.div").simd("f64x2.mul").set(out);
    this.keepInputWhere(out, x, (g) => g.get(u).f64x2(1).simd("f64x2.eq").get(x).f64x2(Infinity).simd("f64x2.eq").simd("v128.or"));
    return out;
  }

  /** tanh x = -t/(t + 2) with t = expm1(-2|x|), the sign of x put back (so tanh(-0) = -0). */
  tanh(x: Local): Local {
    const f = this.f;
    const twice = this.tmp();
    f.get(x).simd("f64x2.abs").f64x2(-2).simd("f64x2.mul").set(twice);
    const t = this.expm1(twice);
    const out = this.tmp();
    f.get(t).simd("f64x2.neg").get(t).f64x2(2).simd("f64x2.add").simd("f64x2.div");
    f.get(x).f64x2(-0).simd("v128.and").simd("v128.or").set(out);
    return out;
  }

  /** 1/(1 + e^-x) for x >= 0 and e^x/(1 + e^x) below, both from e = e^-|x|: no overflow, full relative accuracy. */
  sigmoid(x: Local): Local {
    const f = this.f;
    const minusAbs = this.tmp();
    f.get(x).simd("f64x2.abs").simd("f64x2.neg").set(minusAbs);
    const e = this.exp(minusAbs);
    const [onePlus, out] = [this.tmp(), this.tmp()];
    f.get(e).f64x2(1).simd("f64x2.add").set(onePlus);
    f.get(e).get(onePlus).simd("f64x2.div").f64x2(1).get(onePlus).simd("f64x2.div");
    f.get(x).f64x2(0).simd("f64x2.lt").simd("v128.bitselect").set(out);
    return out;
  }

  /** log(1 + e^x) = max(x, 0) + log1p(e^-|x|): exact for large |x| at both ends. */
  softplus(x: Local): Local {
    const f = this.f;
    const minusAbs = this.tmp();
    f.get(x).simd("f64x2.abs").simd("f64x2.neg").set(minusAbs);
    const tail = this.log1p(this.exp(minusAbs));
    const out = this.tmp();
    f.get(x).f64x2(0).simd("f64x2.max").get(tail).simd("f64x2.add").set(out);
    return out;
  }

  /** out = mask ? value : out, the mask computed by `condition`. */
  private selectWhere(out: Local, condition: (f: FunctionBody) => void, value: number): void {
    const f = this.f;
    f.f64x2(value).get(out);
    condition(f);
    f.simd("v128.bitselect").set(out);
  }

  /** out = mask ? x : out. */
  private keepInputWhere(out: Local, x: Local, condition: (f: FunctionBody) => void): void {
    const f = this.f;
    f.get(x).get(out);
    condition(f);
    f.simd("v128.bitselect").set(out);
  }
}
