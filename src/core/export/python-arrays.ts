/**
 * Vectorized special-function helpers for the Python array targets (PyTorch and JAX, whose libraries lack
 * them): the algorithms of special.ts in array form, with fixed loop counts over whole arrays and `where` for
 * the branches (all computed, IEEE-safe), so they trace under jax.jit and keep torch's device. One text per
 * helper, printed for a module (torch, jnp); the tests run them with NumPy as the module.
 */
import { DIGAMMA_ASYMPTOTIC, STIRLING_CORRECTION } from "../functions/gamma.js";
import { floatText } from "./target.js";

/** What a helper text needs of its module. */
export interface ArrayModule {
  /** Prefix of the array functions: "torch", "jnp", "np". */
  readonly m: string;
  readonly inf: string;
  readonly nan: string;
  /** The module's digamma, gamma and log-gamma, as call text of an argument (a name). */
  readonly digamma: (x: string) => string;
  readonly gamma: (x: string) => string;
  readonly lgamma: (x: string) => string;
  /** The complementary error function (JAX only needs it, for erfcx). */
  readonly erfc?: (x: string) => string;
}

const tuple = (values: readonly number[]): string => `(${values.map(floatText).join(", ")})`;

/** digamma(x) - digamma(x + h), as special.ts's digammadiff: both shifted above 16, the asymptotic series differenced term by term. */
const digammadiff = ({ m, digamma }: ArrayModule): string => `def _digammadiff(x, h):
    """digamma(x) - digamma(x + h) without cancellation for x, x + h > 0 (elsewhere the plain difference):
    both shifted above 16 by psi(x) = psi(x + 1) - 1/x (terms of one sign), then the asymptotic series
    differenced term by term through log1p and expm1; about 1e-15 relative."""
    y = x + h
    inside = (x > 0) & (y > 0) & ${m}.isfinite(x) & ${m}.isfinite(y) & (h != 0)
    xs = ${m}.where(inside, x, 1.0)
    hs = ${m}.where(inside, h, 1.0)
    ys = xs + hs
    total = ${m}.zeros_like(xs)
    shift = ${m}.zeros_like(xs)
    for j in range(16):
        below = ${m}.minimum(xs, ys) + j < 16.0
        total = total - ${m}.where(below, hs / ${m}.maximum(xs + j, ys + j) / ${m}.minimum(xs + j, ys + j), 0.0)
        shift = shift + ${m}.where(below, 1.0, 0.0)
    big = xs + shift
    l = ${m}.log1p(hs / big)
    series = -l - hs / (big + hs) / (2.0 * big)
    power = 1.0 / (big * big)
    # B(2k)/(2k): psi(y) ~ log(y) - 1/(2y) - sum of these over y**(2k)
    for k, b in enumerate(${tuple(DIGAMMA_ASYMPTOTIC)}, start=1):
        series = series - b * power * -${m}.expm1(-2.0 * k * l)
        power = power / (big * big)
    return ${m}.where(inside, total + series, ${digamma("x")} - ${digamma("y")})`;

/** The gamma density, as special.ts's gammadensity: Stirling's form for s >= 10, the plain product below. */
const gammadensity = ({ m, inf, gamma, lgamma }: ArrayModule): string => {
  const pow = m === "torch" ? "torch.pow" : `${m}.power`;
  return `def _gammadensity(s, x):
    """x**(s-1)*exp(-x)/gamma(s) without overflow: for s >= 10 in Stirling's form
    exp(s*log(x/s) + s - x)*sqrt(s/(2pi))/(x*exp(correction)), the exponent s*(log1p(d) - d), d = (x - s)/s,
    by its series in u = d/(2 + d) for -0.8 < d < 3 (48 terms: below 1e-17); about 1e-16*|log(result)|."""
    plain = ${m}.where(x < 700.0, ${pow}(x, s - 1.0) * ${m}.exp(-x) / ${gamma("s")}, ${m}.exp((s - 1.0) * ${m}.log(x) - x - ${lgamma("s")}))
    big = ${m}.where(s >= 10.0, s, 10.0)
    d = (x - big) / big
    near = (d > -0.8) & (d < 3.0)
    dn = ${m}.where(near, d, 0.0)
    u = dn / (2.0 + dn)
    u2 = u * u
    series = ${m}.zeros_like(u)
    power = u2
    for k in range(1, 49):
        series = series + power / (2 * k + 1)
        power = power * u2
    exponent = ${m}.where(near, big * (-dn * u + 2.0 * u * series), big * ${m}.log(x / big) + (big - x))
    # B(2k)/(2k(2k - 1)): log(gamma(s)) minus Stirling's formula is the sum of these over s**(2k - 1)
    w = 1.0 / (big * big)
    correction = ${m}.zeros_like(big)
    for b in reversed(${tuple(STIRLING_CORRECTION)}):
        correction = correction * w + b
    stirling = ${m}.exp(exponent) * ${m}.sqrt(big / 6.283185307179586) / (x * ${m}.exp(correction / big))
    inside = (s >= 10.0) & (x > 0) & (x < ${inf})
    return ${m}.where((x == ${inf}) & (s > 0), 0.0, ${m}.where(inside, stirling, plain))`;
};

/** exp(x**2)*erfc(x) from the module's erfc, with exp(x**2) exact to its rounding, the asymptotic series above 25. */
const erfcx = ({ m, inf, nan, erfc }: ArrayModule): string => `def _erfcx(x):
    """exp(x**2)*erfc(x): below 25 the product, with x**2 split exactly as xh**2 + (x - xh)*(x + xh) (xh = x
    rounded to 1/4096) so that exp adds no error of its argument; above, the asymptotic series
    1/(x*sqrt(pi))*sum((-1)**n*(2n - 1)!!/(2x**2)**n) to n = 8 (below 1e-17 there)."""
    low = x < 25.0
    xs = ${m}.where(low & (x > -27.0), x, 0.0)
    xh = ${m}.round(xs * 4096.0) / 4096.0
    direct = ${m}.exp(xh * xh) * ${m}.exp((xs - xh) * (xs + xh)) * ${erfc!("xs")}
    xl = ${m}.where(low, 25.0, x)
    w = 1.0 / (2.0 * xl * xl)
    term = ${m}.ones_like(xl)
    series = ${m}.ones_like(xl)
    for n in range(1, 9):
        term = -term * (2 * n - 1) * w
        series = series + term
    tail = ${m}.where(xl == ${inf}, 0.0, series / (xl * 1.7724538509055159))
    return ${m}.where(${m}.isnan(x), ${nan}, ${m}.where(x <= -27.0, ${inf}, ${m}.where(low, direct, tail)))`;

/** log1p(x) - x, as special.ts's log1pmx: the series in u = x/(2 + x) for -1/2 <= x <= 1, the difference elsewhere. */
const log1pmx = ({ m, inf }: ArrayModule): string => `def _log1pmx(x):
    """log(1 + x) - x without cancellation: for -1/2 <= x <= 1 the series -u*x + 2u*sum(u**(2k)/(2k + 1)),
    u = x/(2 + x) (|u| <= 1/3, 20 terms: below 1e-17), log1p(x) - x elsewhere (at most 2 bits cancel); -inf at
    -1 and inf, NaN below -1. About 1e-15 relative."""
    near = (x >= -0.5) & (x <= 1.0)
    xs = ${m}.where(near, x, 0.0)
    u = xs / (2.0 + xs)
    u2 = u * u
    s = ${m}.zeros_like(u)
    for k in range(20, 0, -1):
        s = (s + 1.0 / (2 * k + 1)) * u2
    xf = ${m}.where(near | (x == ${inf}), 1.0, x)
    return ${m}.where(near, -u * xs + 2.0 * u * s, ${m}.where(x == ${inf}, -${inf}, ${m}.log1p(xf) - xf))`;

const ARRAY_HELPERS: ReadonlyMap<string, (module: ArrayModule) => string> = new Map([
  ["_digammadiff", digammadiff],
  ["_gammadensity", gammadensity],
  ["_erfcx", erfcx],
  ["_log1pmx", log1pmx],
]);

/** The text of an array helper (`_digammadiff`, `_gammadensity`, `_erfcx`, `_log1pmx`) for the module. */
export function arrayHelper(name: "_digammadiff" | "_gammadensity" | "_erfcx" | "_log1pmx", module: ArrayModule): string {
  return ARRAY_HELPERS.get(name)!(module);
}
