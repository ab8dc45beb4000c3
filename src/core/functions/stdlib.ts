/**
 * The stdlib-js special functions behind the kernels, and the only module that imports `@stdlib`. The published
 * package ships this module as a bundle with the stdlib code inlined (scripts/build.js, mode "vendor" of
 * vite.lib.config.ts), so users install no `@stdlib` package; the explicit types keep its declarations free of them.
 */
import betaStd from "@stdlib/math-base-special-beta";
import digammaStd from "@stdlib/math-base-special-digamma";
import erfStd from "@stdlib/math-base-special-erf";
import erfcStd from "@stdlib/math-base-special-erfc";
import erfcinvStd from "@stdlib/math-base-special-erfcinv";
import erfcxStd from "@stdlib/math-base-special-erfcx";
import erfinvStd from "@stdlib/math-base-special-erfinv";
import gammaStd from "@stdlib/math-base-special-gamma";
import gammaincStd from "@stdlib/math-base-special-gammainc";
import gammalnStd from "@stdlib/math-base-special-gammaln";
import log1pmxStd from "@stdlib/math-base-special-log1pmx";
import polygammaStd from "@stdlib/math-base-special-polygamma";
import trigammaStd from "@stdlib/math-base-special-trigamma";

type Unary = (x: number) => number;

export const beta: (a: number, b: number) => number = betaStd;
export const digamma: Unary = digammaStd;
export const erf: Unary = erfStd;
export const erfc: Unary = erfcStd;
export const erfcinv: Unary = erfcinvStd;
export const erfcx: Unary = erfcxStd;
export const erfinv: Unary = erfinvStd;
export const gamma: Unary = gammaStd;
/** The lower (or `upper`) incomplete gamma of `a` at `x`, `regularized` (divided by gamma(a)) or not. */
export const gammainc: (x: number, a: number, regularized: boolean, upper: boolean) => number = gammaincStd;
export const gammaln: Unary = gammalnStd;
/** log1p(x) - x, NaN for x <= -1 and at Infinity (the record puts the limits there). */
export const log1pmx: Unary = log1pmxStd;
export const polygamma: (n: number, x: number) => number = polygammaStd;
export const trigamma: Unary = trigammaStd;
