"""The polynomial of exp and expm1 in the WebAssembly SIMD kernels (src/core/wasm/simd-math.ts).

After the reduction x = k ln2 + r, |r| <= ln2/2 (a little more, for the rounding of k ln2), the kernels take
expm1(r) = r + r^2 (1/2 + r (1/6 + r E(r))) with E(r) = (expm1(r) - r - r^2/2 - r^3/6) / r^4, the large terms
exact and summed last.  E is a near-minimax (Chebyshev-node) fit by mpmath at 50 digits; its error enters
expm1(r) multiplied by r^4 <= 0.015.  Degree 8 (expm1 of degree 12, one less than the Taylor polynomial of
degree 13 that it replaces) is within 0.33 ulp of e^r, rounding included, as the Taylor polynomial (0.30);
degree 7 would be 0.61 ulp, too close to the kernels' 1-ulp budget for exp.

Prints the coefficients (lowest degree first) and the worst error of expm1(r) evaluated in double precision
as the kernels do, in units of the last place of e^r, on a dense grid.  Run:  python3 scripts/wasm/exp_fit.py
"""
import mpmath as mp

mp.mp.dps = 50
R = 0.3466 * 1.001  # ln2/2, with room for the rounding of k ln2


def E(r):
    if r == 0:
        return mp.mpf(1) / 24
    return (mp.expm1(r) - r - r ** 2 / 2 - r ** 3 / 6) / r ** 4


def fit(n):
    poly, _ = mp.chebyfit(E, [-R, R], n + 1, error=True)
    return [float(c) for c in reversed(poly)]


def estrin_free_eval(c, r):
    """expm1(r) in double, in the kernels' order (the tail by Horner here: Estrin differs by roundings far below the last bit)."""
    t = 0.0
    for v in reversed(c):
        t = t * r + v
    return r + (r * r) * ((t * r + 1 / 6) * r + 0.5)


def worst(c):
    err = 0
    for r in mp.linspace(-R, R, 4001):
        r = float(r)
        got = mp.mpf(estrin_free_eval(c, r))
        want = mp.expm1(r)
        ulp = 2.0 ** (mp.floor(mp.log(mp.exp(r), 2)) - 52)
        err = max(err, abs(got - want) / ulp)
    return err


print("Taylor, degree 13: worst %.3f ulp of e^r" % worst([float(1 / mp.factorial(n)) for n in range(4, 14)]))
for n in (7, 8):
    c = fit(n)
    print("degree %d tail (expm1 of degree %d): worst %.3f ulp of e^r\n  [%s]" % (n, n + 4, worst(c), ", ".join(repr(v) for v in c)))
