/**
 * Vectorized special functions for the NumPy export (NumPy has no erf, gamma or digamma): whole-array
 * algorithms with no Python loop over the elements, each branch computed on a clipped argument where it is
 * not taken (so it raises nothing under the text's errstate and overflows nowhere), then picked with np.where.
 * Loops run over terms or steps (a fixed number, or until every element has converged), never over elements.
 * The constants are special-sources.ts's tables, and the Lanczos sum and the series of log(gamma(1 + z)) are
 * special.ts's Python texts, which work on arrays as they are.
 */
import { type ArrayModule, arrayHelper } from "./python-arrays.js";
import { specialHelpers, tableText } from "./special.js";

type Texts = readonly (readonly [name: string, text: string])[];

const tables = (...names: string[]): Texts => names.map((n) => tableText(n, "python"));
/** special.ts's Python text of a helper that works unchanged on arrays (found among the helpers of `fn`), after its table. */
const scalarText = (fn: string, helper: string, table: string): Texts => [...tables(table), specialHelpers(fn, "python").find(([name]) => name === helper)!];

const cody: Texts = [
  ...tables("CODY_A", "CODY_B", "CODY_C", "CODY_D", "CODY_P", "CODY_Q"),
  [
    "_cody",
    `def _cody(y):
    """W. J. Cody's rational Chebyshev approximations (Math. Comp. 1969; SPECFUN's CALERF) for y >= 0: erf(y)
    for y <= 0.46875, and exp(y**2)*erfc(y) (by one approximation up to 4, another above); each on its
    argument clipped into its range. About 1e-16 relative."""
    ys = np.minimum(y, 0.46875)
    z = ys * ys
    num = _CODY_A[4] * z
    den = z
    for a, b in zip(_CODY_A[:3], _CODY_B[:3]):
        num = (num + a) * z
        den = (den + b) * z
    small = ys * (num + _CODY_A[3]) / (den + _CODY_B[3])
    ym = np.clip(y, 0.46875, 4.0)
    num = _CODY_C[8] * ym
    den = ym
    for c, d in zip(_CODY_C[:7], _CODY_D[:7]):
        num = (num + c) * ym
        den = (den + d) * ym
    middle = (num + _CODY_C[7]) / (den + _CODY_D[7])
    yt = np.maximum(y, 4.0)
    w = 1.0 / (yt * yt)
    num = _CODY_P[5] * w
    den = w
    for p, q in zip(_CODY_P[:4], _CODY_Q[:4]):
        num = (num + p) * w
        den = (den + q) * w
    tail = (0.5641895835477563 - w * (num + _CODY_P[4]) / (den + _CODY_Q[4])) / yt
    return small, np.where(y <= 4.0, middle, tail)`,
  ],
  [
    "_exp_square",
    `def _exp_square(y, sign):
    """exp(sign*y**2) for y >= 0 (clipped at 40, where it is 0 or inf) with y**2 split as yh**2 + (y - yh)*(y + yh),
    yh = y rounded down to 1/16, both exact: exp adds no error of its argument (Cody's device)."""
    yc = np.minimum(y, 40.0)
    yh = np.floor(yc * 16.0) / 16.0
    return np.exp(sign * yh * yh) * np.exp(sign * (yc - yh) * (yc + yh))`,
  ],
];

const erf: Texts = [
  ...cody,
  [
    "_erf",
    `def _erf(x):
    """Error function (Cody): erf(|x|) = 1 - exp(-x**2)*(exp(x**2)*erfc(|x|)) above 0.46875, odd."""
    y = np.abs(x)
    small, scaled = _cody(y)
    return np.copysign(np.where(y <= 0.46875, small, 1.0 - _exp_square(y, -1.0) * scaled), x)`,
  ],
];

const erfc: Texts = [
  ...cody,
  [
    "_erfc",
    `def _erfc(x):
    """Complementary error function (Cody): 1 - erf(x) for |x| <= 0.46875, exp(-x**2)*(exp(x**2)*erfc(|x|))
    above (to the smallest subnormal), 2 minus it for x < 0."""
    y = np.abs(x)
    small, scaled = _cody(y)
    e = _exp_square(y, -1.0) * scaled
    return np.where(y <= 0.46875, 1.0 - np.copysign(small, x), np.where(x < 0, 2.0 - e, e))`,
  ],
];

const erfcx: Texts = [
  ...cody,
  [
    "_erfcx",
    `def _erfcx(x):
    """exp(x**2)*erfc(x) (Cody): exp(x**2)*(1 - erf(x)) for |x| <= 0.46875, the approximation itself above, and
    2*exp(x**2) minus it for x < 0 (inf below -26.6)."""
    y = np.abs(x)
    small, scaled = _cody(y)
    return np.where(y <= 0.46875, np.exp(x * x) * (1.0 - np.copysign(small, x)), np.where(x < 0, 2.0 * _exp_square(y, 1.0) - scaled, scaled))`,
  ],
];

const gammaCommon: Texts = [
  ...scalarText("gamma", "_lanczos_sum", "LANCZOS"),
  ...scalarText("loggamma", "_lgamma1p", "LGAMMA1P"),
  [
    "_reflection_sine",
    `def _reflection_sine(x):
    """sin(pi*x) from x = n + r, |r| <= 1/2 (both exact): (-1)**n*sin(pi*r)."""
    n = np.floor(x + 0.5)
    return np.where(np.fmod(n, 2.0) == 0, 1.0, -1.0) * np.sin(3.141592653589793 * (x - n))`,
  ],
  [
    "_loggamma_positive",
    `def _loggamma_positive(z):
    """log(gamma(z)) for z > 0: the series of log(gamma(1 + u)) for z < 5/2 (exact near the zeros at 1 and 2),
    Lanczos in logs above."""
    u = np.clip(np.where(z < 0.5, z, np.where(z < 1.5, z - 1.0, z - 2.0)), -0.5, 0.5)
    series = _lgamma1p(u)
    zl = np.maximum(z, 2.5) - 1.0
    t = zl + 7.5
    lanczos = 0.9189385332046728 + (zl + 0.5) * np.log(t) - t + np.log(_lanczos_sum(zl))
    return np.where(z < 0.5, series - np.log(z), np.where(z < 1.5, series, np.where(z < 2.5, np.log1p(z - 2.0) + series, lanczos)))`,
  ],
];

const loggamma: Texts = [
  ...gammaCommon,
  [
    "_loggamma",
    `def _loggamma(x):
    """log|gamma(x)| (SciPy's gammaln): the reflection formula for x < 0, inf at the poles, -inf at -inf."""
    finite = np.isfinite(x)
    xs = np.where(finite, x, 1.0)
    pole = (xs <= 0) & (xs == np.floor(xs))
    positive = _loggamma_positive(np.where(xs > 0, xs, 1.0 - xs))
    reflected = np.log(3.141592653589793 / np.abs(_reflection_sine(xs))) - positive
    return np.where(finite, np.where(pole, np.inf, np.where(xs > 0, positive, reflected)), x)`,
  ],
];

const gamma: Texts = [
  ...gammaCommon,
  [
    "_gamma",
    `def _gamma(x):
    """Gamma function: Lanczos for x >= 1/2 (the power taken as a square, so that it does not overflow before
    exp(-t)), gamma(x + 1)/x below, the reflection formula for x < 0 (in logs past -170, where the value is
    subnormal); +-inf at +-0 and past 171.6, NaN at the negative integers. About 1e-14 relative."""
    xs = np.where(np.isfinite(x) & (x < 171.7), x, 2.0)
    z = np.where(xs >= 0.5, xs, np.where(xs > 0, xs + 1.0, np.minimum(1.0 - xs, 171.7))) - 1.0
    t = z + 7.5
    half = np.power(t, 0.5 * (z + 0.5))
    lanczos = 2.5066282746310007 * _lanczos_sum(z) * (half * np.exp(-t)) * half
    sine = _reflection_sine(xs)
    deep = np.copysign(np.exp(np.log(3.141592653589793 / np.abs(sine)) - _loggamma_positive(1.0 - xs)), sine)
    value = np.where(xs >= 0.5, lanczos, np.where(xs > 0, lanczos / xs, np.where(xs > -170.0, 3.141592653589793 / (sine * lanczos), deep)))
    value = np.where((xs <= 0) & (xs == np.floor(xs)), np.where(xs == 0, 1.0 / xs, np.nan), value)
    return np.where(np.isnan(x) | (x == -np.inf), np.nan, np.where(x >= 171.7, np.inf, value))`,
  ],
];

const digamma: Texts = [
  ...tables("DIGAMMA_ROOT", "DIGAMMA_ASYMPTOTIC"),
  [
    "_digamma",
    `def _digamma(x):
    """digamma(x) (SciPy's values at the poles): the recurrence psi(x) = psi(x + 1) - 1/x in 16 steps (each
    element stepping while below 16), then the asymptotic series; the Taylor series near the positive zero
    x0, the reflection formula for x < 0."""
    finite = np.isfinite(x)
    xs = np.where(finite, x, 1.0)
    pole = (xs <= 0) & (xs == np.floor(xs))
    y = np.where(pole, 1.0, np.where(xs < 0, 1.0 - xs, xs))
    # near x0, its Taylor series in y - x0 (x0 in two parts, the first subtracted exactly)
    near = np.abs(y - 1.4616321449683622) < 0.2
    d = np.where(near, y - 1.4616321449683622 - 9.549995429965697e-17, 0.0)
    q = np.full_like(d, _DIGAMMA_ROOT[19])
    for c in reversed(_DIGAMMA_ROOT[:19]):
        q = q * d + c
    shift = np.zeros_like(y)
    for _ in range(16):
        below = y < 16.0
        shift = shift + np.where(below, 1.0 / y, 0.0)
        y = np.where(below, y + 1.0, y)
    w = 1.0 / (y * y)
    p = np.full_like(w, _DIGAMMA_ASYMPTOTIC[6])
    for c in reversed(_DIGAMMA_ASYMPTOTIC[:6]):
        p = p * w + c
    positive = np.where(near, q * d, np.log(y) - 0.5 / y - w * p - shift)
    # psi(x) = psi(1 - x) - pi/tan(pi*x), with x - round(x) exact
    reflected = positive - 3.141592653589793 / np.tan(3.141592653589793 * (xs - np.floor(xs + 0.5)))
    value = np.where(pole, np.where(xs == 0, -1.0 / xs, np.nan), np.where(xs < 0, reflected, positive))
    return np.where(finite, value, np.where(x == np.inf, np.inf, np.nan))`,
  ],
];

const polygamma: Texts = [
  ...tables("POLYGAMMA_ASYMPTOTIC"),
  [
    "_polygamma_n",
    `def _polygamma_n(n, x):
    """polygamma(n, x) for a whole number n >= 1 (SciPy's values at the poles): for x > 0 the recurrence
    psi^(n)(x) = psi^(n)(x + 1) + (-1)**(n+1)*n!/x**(n+1) in 16 + n steps (each element stepping while below
    16 + n), then the asymptotic series; for x < 0 the reflection formula
    psi^(n)(x) = (-1)**n*psi^(n)(1 - x) - pi**(n+1)*cot^(n)(pi*x), the n-th derivative of cot a polynomial in cot
    (coefficients of one sign)."""
    factorial = float(math.factorial(n))
    sign = 1.0 if n % 2 == 1 else -1.0
    finite = np.isfinite(x)
    xs = np.where(finite, x, 1.0)
    pole = (xs <= 0) & (xs == np.floor(xs))
    y = np.where(pole, 1.0, np.where(xs < 0, 1.0 - xs, xs))
    # n!/y**k as n!*y**(-k/2)*y**(-k/2), so that it underflows only where the value does
    shift = np.zeros_like(y)
    for _ in range(16 + n):
        below = y < 16.0 + n
        power = np.power(y, -0.5 * (n + 1.0))
        shift = shift + np.where(below, factorial * power * power, 0.0)
        y = np.where(below, y + 1.0, y)
    w = 1.0 / (y * y)
    root = np.power(y, -0.5 * n)
    term = factorial / n * root * root
    after = np.power(y, -0.5 * (n + 1.0))
    series = term + 0.5 * factorial * after * after
    for j in range(1, 8):
        term = term * (2 * j + n - 2.0) * (2 * j + n - 1.0) * w
        series = series + _POLYGAMMA_ASYMPTOTIC[j - 1] * term
    positive = sign * (shift + series)
    # cot^(n)(z) = n!*P_n(cot(z)), P_0(c) = c and P_(k+1)(c) = -(1 + c**2)*P_k'(c)/(k + 1): coefficients of
    # c**0, c**1, ... (as the scalar helper's)
    coefficients = [0.0, 1.0]
    for step in range(n):
        derivative = [k * coefficients[k] / (step + 1) for k in range(1, len(coefficients))]
        coefficients = [0.0] * (len(derivative) + 2)
        for k, v in enumerate(derivative):
            coefficients[k] -= v
            coefficients[k + 2] -= v
    # cot(pi*r), r = x - round(x): near 1/2 as tan(pi*(1/2 - |r|)) (exact then), so that it is 0 at the half-integers
    r = xs - np.floor(xs + 0.5)
    c = np.where(np.abs(r) < 0.25, 1.0 / np.tan(3.141592653589793 * r), np.copysign(np.tan(3.141592653589793 * (0.5 - np.abs(r))), r))
    p = np.zeros_like(c)
    for a in reversed(coefficients):
        p = p * c + a
    reflected = -sign * positive - factorial * (3.141592653589793 ** (n + 1) * p)
    value = np.where(pole, sign * np.inf, np.where(xs < 0, reflected, positive))
    return np.where(finite, value, np.where(x == np.inf, 0.0, np.nan))`,
  ],
];

/** NumPy as the module of python-arrays.ts's helpers, with the vectorized digamma and gammas here. */
const NUMPY_MODULE: ArrayModule = { m: "np", inf: "np.inf", nan: "np.nan", digamma: (x) => `_digamma(${x})`, gamma: (x) => `_gamma(${x})`, lgamma: (x) => `_loggamma(${x})` };

const digammadiff: Texts = [...digamma, ["_digammadiff", arrayHelper("_digammadiff", NUMPY_MODULE)]];
const gammadensity: Texts = [...gamma, ...loggamma, ["_gammadensity", arrayHelper("_gammadensity", NUMPY_MODULE)]];
const log1pmx: Texts = [["_log1pmx", arrayHelper("_log1pmx", NUMPY_MODULE)]];

const beta: Texts = [
  ...gamma,
  ...specialHelpers("beta", "python").filter(([name]) => name === "_beta_large"),
  [
    "_beta",
    `def _beta(a, b):
    """Beta function: the gamma quotient while a + b < 171, the Lanczos form beyond (for b < 1 through
    B(a, b) = B(a, b + 1)*(a + b)/b); gamma(a)*gamma(b)/gamma(a + b) where a or b is not positive."""
    inside = (a > 0) & (b > 0)
    big = np.fmax(a, b)
    small = np.fmin(a, b)
    quotient = np.where(inside, _gamma(big) / _gamma(big + small) * _gamma(small), _gamma(a) * _gamma(b) / _gamma(a + b))
    large = inside & (big + small >= 171.0)
    bl = np.where(large, big, 171.0)
    sl = np.where(large, small, 1.0)
    lanczos = np.where(sl < 1.0, _beta_large(bl, sl + 1.0, np.log(bl + sl) - np.log(sl)), _beta_large(bl, sl, 0.0))
    return np.where(np.isnan(a) | np.isnan(b), np.nan, np.where(large, lanczos, quotient))`,
  ],
];

/**
 * The incomplete gammas: special-sources.ts's incomplete_gamma on arrays. Its series and continued fraction take
 * as many terms as their arguments ask, so they loop over steps while any element has not converged (the scalar
 * helper's test and cap), each step changing only the unconverged elements; elements of the other branches and
 * of the special cases run on fixed arguments that converge at once.
 */
const incompleteGamma: Texts = [
  ...gammadensity,
  [
    "_gamma_series",
    `def _gamma_series(s, x):
    """The sum over k >= 0 of x**k/((s + 1)...(s + k)) (positive terms), a term per step for the elements not
    yet converged."""
    term = np.ones_like(x)
    series = np.ones_like(x)
    active = np.ones(np.shape(x), dtype=bool)
    k = 1
    while k < 10000000 and active.any():
        term = np.where(active, term * (x / (s + k)), term)
        series = np.where(active, series + term, series)
        active = active & ~(term <= 1e-17 * series)
        k += 1
    return series`,
  ],
  [
    "_legendre_fraction",
    `def _legendre_fraction(s, x):
    """Legendre's continued fraction of uppergamma(s, x)/(x**s*exp(-x)), for x > s (modified Lentz), a step
    for the elements not yet converged."""
    b = x + 1.0 - s
    c = np.full_like(b, 1e300)
    d = 1.0 / b
    h = d
    active = np.ones(np.shape(b), dtype=bool)
    i = 1
    while i < 10000000 and active.any():
        an = -i * (i - s)
        b = b + 2.0
        dn = an * d + b
        dn = np.where(np.abs(dn) < 1e-300, 1e-300, dn)
        cn = b + an / c
        cn = np.where(np.abs(cn) < 1e-300, 1e-300, cn)
        dn = 1.0 / dn
        step = dn * cn
        d = np.where(active, dn, d)
        c = np.where(active, cn, c)
        h = np.where(active, h * step, h)
        active = active & ~(np.abs(step - 1.0) < 1e-16)
        i += 1
    return h`,
  ],
  [
    "_small_upper",
    `def _small_upper(s, x):
    """Q(s, x) for s < 1 and x < 1.5 without the cancellation of 1 - P, gamma(1 + s) - 1 and x**s - 1 through
    expm1; a term per step for the elements not yet converged (at most 199)."""
    lg = np.where(s <= 0.5, _lgamma1p(np.minimum(s, 0.5)), np.log(s) + _lgamma1p(np.clip(s - 1.0, -0.5, 0.5)))
    power = np.exp(s * np.log(x))
    term = np.ones_like(x)
    series = np.zeros_like(x)
    active = np.ones(np.shape(x), dtype=bool)
    k = 1
    while k < 200 and active.any():
        term = np.where(active, term * (-x / k), term)
        series = np.where(active, series + term / (s + k), series)
        active = active & ~(np.abs(term) <= 1e-17 * np.abs(series))
        k += 1
    return (np.expm1(lg) - np.expm1(s * np.log(x)) - power * s * series) / np.exp(lg)`,
  ],
  [
    "_incomplete_gamma",
    `def _incomplete_gamma(s, x, kind):
    """The incomplete gammas (kind 0: P, 1: Q, 2: lower, 3: upper; s > 0, x >= 0): of P and Q the one from its
    own expansion (the series for P where x <= s, the continued fraction for Q above, both with the exact
    gammadensity prefix), the other its complement; for s < 1 and x < 1.5 both directly. Each expansion runs
    on its own elements, the others on arguments where it converges at once."""
    s, x = np.broadcast_arrays(np.asarray(s, dtype=np.float64), np.asarray(x, dtype=np.float64))
    valid = (s > 0) & (x > 0) & (x < np.inf)
    small = valid & (s < 1.0) & (x < 1.5)
    lower = valid & ~small & (x <= s)
    upper = valid & ~small & ~lower
    sv = np.where(valid, s, 1.0)
    xv = np.where(valid, x, 1.0)
    series = _gamma_series(np.where(small | lower, s, 1.0), np.where(small | lower, x, 0.5))
    fraction = _legendre_fraction(np.where(upper, s, 1.0), np.where(upper, x, 2.0))
    density = _gammadensity(sv, xv)
    p_series = density * xv / sv * series
    q_fraction = density * xv * fraction
    p = np.where(upper, 1.0 - q_fraction, p_series)
    q = np.where(small, _small_upper(np.where(small, s, 0.5), np.where(small, x, 0.5)), np.where(lower, 1.0 - p_series, q_fraction))
    g = _gamma(np.where(s > 0, s, 1.0))
    if kind == 0.0:
        value = p
    elif kind == 1.0:
        value = q
    elif kind == 2.0:
        value = np.where(lower, np.exp(sv * np.log(xv) - xv) / sv * series, p * g)
    else:
        # where gamma(s) overflows or q is subnormal, the upper gamma in one exp
        value = np.where(upper & ~((sv < 171.0) & (q > 1e-290)), np.exp(sv * np.log(xv) - xv) * fraction, q * g)
    at_zero = 1.0 if kind == 1.0 else (g if kind == 3.0 else 0.0)
    at_inf = 1.0 if kind == 0.0 else (g if kind == 2.0 else 0.0)
    value = np.where(x == 0.0, at_zero, np.where(x == np.inf, at_inf, value))
    return np.where((s > 0) & (x >= 0), value, np.nan)`,
  ],
];

const incomplete = (name: string, kind: number, doc: string): Texts => [
  ...incompleteGamma,
  [`_${name}`, `def _${name}(s, x):\n    """${doc}"""\n    return _incomplete_gamma(s, x, ${kind.toFixed(1)})`],
];

const erfinvCommon: Texts = [
  ...erf,
  ...erfcx,
  ...tables("GILES_CENTRAL", "GILES_TAIL"),
  [
    "_erfinv_start",
    `def _erfinv_start(x):
    """Giles' single-precision erfinv (about 1e-7 relative), |x| < 1: the start of Newton's method; each of its
    two polynomials on w clipped into its range."""
    w = -np.log((1.0 - x) * (1.0 + x))
    wc = np.minimum(w, 5.0) - 2.5
    p = np.full_like(wc, _GILES_CENTRAL[0])
    for c in _GILES_CENTRAL[1:]:
        p = p * wc + c
    wt = np.sqrt(np.maximum(w, 5.0)) - 3.0
    q = np.full_like(wt, _GILES_TAIL[0])
    for c in _GILES_TAIL[1:]:
        q = q * wt + c
    return np.where(w < 5.0, p, q) * x`,
  ],
  [
    "_erfcinv_tail",
    `def _erfcinv_tail(c):
    """erfcinv(c) for 0 < c <= 1/2: 8 steps of Newton's method on log(erfc(y)) = log(c), with
    log(erfc(y)) = log(erfcx(y)) - y**2 (no underflow down to the subnormal c), from Giles' start or, below
    1e-8, the asymptotic solution."""
    t = -np.log(c)
    y = np.where(c >= 1e-8, _erfinv_start(1.0 - c), np.sqrt(t - 0.5 * np.log(3.141592653589793 * t)))
    for _ in range(8):
        e = _erfcx(y)
        y = y + (np.log(e) - y * y + t) * 0.886226925452758 * e
    return y`,
  ],
  [
    "_erfinv_central",
    `def _erfinv_central(x):
    """erfinv(x) for |x| <= 1/2: 4 steps of Newton's method on erf(y) = x from Giles' start."""
    y = _erfinv_start(x)
    for _ in range(4):
        y = y - (_erf(y) - x) * 0.886226925452758 * np.exp(y * y)
    return y`,
  ],
];

const erfinv: Texts = [
  ...erfinvCommon,
  [
    "_erfinv",
    `def _erfinv(x):
    """Inverse error function: Newton's method on erf(y) = x for |x| <= 1/2, erfcinv(1 - |x|) beyond (1 - |x|
    is exact there); +-inf at +-1, NaN outside [-1, 1]."""
    a = np.abs(x)
    central = _erfinv_central(np.where(a <= 0.5, x, 0.0))
    tail = np.copysign(_erfcinv_tail(np.where((a > 0.5) & (a < 1.0), 1.0 - a, 0.25)), x)
    value = np.where(a <= 0.5, central, np.where(a < 1.0, tail, x * np.inf))
    return np.where(np.isnan(x) | (a > 1.0), np.nan, value)`,
  ],
];

const erfcinv: Texts = [
  ...erfinv,
  [
    "_erfcinv",
    `def _erfcinv(c):
    """Inverse complementary error function on [0, 2]: erfinv(1 - c) where 1 - c is exact (1/2 <= c <= 3/2),
    the tail solution elsewhere (by symmetry above 3/2); inf at 0, -inf at 2, NaN outside."""
    lower = (c > 0.0) & (c < 0.5)
    upper = (c > 1.5) & (c < 2.0)
    tail = _erfcinv_tail(np.where(lower, c, np.where(upper, 2.0 - c, 0.25)))
    value = np.where(lower, tail, np.where(upper, -tail, _erfinv(np.where((c >= 0.5) & (c <= 1.5), 1.0 - c, 0.0))))
    value = np.where(c == 0.0, np.inf, np.where(c == 2.0, -np.inf, value))
    return np.where(np.isnan(c) | (c < 0.0) | (c > 2.0), np.nan, value)`,
  ],
];

const NUMPY_SPECIAL: ReadonlyMap<string, Texts> = new Map([
  ["erf", erf],
  ["erfc", erfc],
  ["erfcx", erfcx],
  ["log1pmx", log1pmx],
  ["gamma", gamma],
  ["loggamma", loggamma],
  ["digamma", digamma],
  ["polygamma_n", polygamma],
  ["digammadiff", digammadiff],
  ["gammadensity", gammadensity],
  ["beta", beta],
  ["erfinv", erfinv],
  ["erfcinv", erfcinv],
  ["gammainc", incomplete("gammainc", 0, "Regularized lower incomplete gamma P(s, x).")],
  ["gammaincc", incomplete("gammaincc", 1, "Regularized upper incomplete gamma Q(s, x).")],
  ["lowergamma", incomplete("lowergamma", 2, "Lower incomplete gamma (not regularized).")],
  ["uppergamma", incomplete("uppergamma", 3, "Upper incomplete gamma (not regularized).")],
]);

/** The functions with a vectorized NumPy helper, by record name. */
export const NUMPY_VECTORIZED: readonly string[] = [...NUMPY_SPECIAL.keys()];

/** The helper texts of a function of NUMPY_VECTORIZED, dependencies first, as [name, text]; the last is the function to call. */
export function numpyHelpers(fn: string): [string, string][] {
  return [...new Map(NUMPY_SPECIAL.get(fn)!.map(([n, t]) => [n, t] as [string, string]))];
}
