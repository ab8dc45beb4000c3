"""Polynomial pieces of erf and erfc for the WebAssembly SIMD kernels (src/core/wasm/simd-math.ts).

Every piece is a near-minimax (Chebyshev-node) fit by mpmath at 50 digits, in a variable scaled to [-1, 1]
so that the coefficients stay moderate and Horner's rule loses nothing in double precision:

- |x| < 1:       erf(x) = x P(s),  s = 2 x^2 - 1
- 1/2 <= x < 1:  erfc(x) = R(s),  s = 4 x - 3  (for erfc only: 1 - erf(x) would lose up to 3 bits there)
- 1 <= x < 2:    erfc(x) = e^(-x^2)/x * Q1(s),  s = (1/x - 3/4) * 4   (1/x in [1/2, 1])
- 2 <= x < 28:   erfc(x) = e^(-x^2)/x * Q2(s),  s = (1/x - 15/56) * 56/13   (1/x in [1/28, 1/2])

Prints the coefficient lists (lowest degree first) and the worst relative error of the double-precision
evaluation against mpmath on a dense grid.  Run:  python3 scripts/wasm/erf_fit.py
"""
import mpmath as mp

mp.mp.dps = 50


def fit(f, n):
    """Coefficients (lowest first) of a degree-n fit of f on [-1, 1] at Chebyshev nodes."""
    poly, _ = mp.chebyfit(f, [-1, 1], n + 1, error=True)
    return [float(c) for c in reversed(poly)]


def horner(c, s):
    r = 0.0
    for v in reversed(c):
        r = r * s + v
    return r


def g(t):
    """erfc(1/t) e^(1/t^2) / t."""
    return mp.erfc(1 / t) * mp.exp(1 / t ** 2) / t


PIECES = {
    "ERF_SMALL": (lambda s: (lambda x: mp.erf(x) / x if x else 2 / mp.sqrt(mp.pi))(mp.sqrt((s + 1) / 2)), 12),
    "ERFC_LOW": (lambda s: mp.erfc(mp.mpf(s) / 4 + mp.mpf(3) / 4), 15),
    "ERFC_MIDDLE": (lambda s: g(mp.mpf(s) / 4 + mp.mpf(3) / 4), 16),
    "ERFC_TAIL": (lambda s: g(mp.mpf(s) * 13 / 56 + mp.mpf(15) / 56), 20),
}

for name, (f, n) in PIECES.items():
    c = fit(f, n)
    worst = max(abs(horner(c, float(s)) - f(mp.mpf(float(s)))) / abs(f(mp.mpf(float(s)))) for s in mp.linspace(-1, 1, 2001))
    print("const %s = [%s];  // worst relative error %.2e" % (name, ", ".join(repr(v) for v in c), worst))
