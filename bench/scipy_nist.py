#!/usr/bin/env python3
"""SciPy on the NIST StRD nonlinear regression problems, for comparison with bench/fit.js.

Fits each problem of test/fixtures/nist-strd.json from both starting points with
scipy.optimize.least_squares(method="lm") (MINPACK's lmdif, with a forward-difference Jacobian), twice: with its
defaults (ftol = xtol = gtol = 1e-8, x_scale = 1: no scaling), and tuned (tolerances at machine epsilon,
x_scale = "jac": MINPACK's column-norm scaling, as neurogebra uses). Prints the smallest number of correct
significant digits over the parameters (log relative error, capped at 15), and how many of the 54 fits reach 6.
Not needed to build or test; needs numpy, scipy and sympy.

Usage: python3 bench/scipy_nist.py [--json]
"""
import json
import math
import sys
from pathlib import Path

import numpy as np
import scipy
import sympy
from scipy.optimize import least_squares

EPS = float(np.finfo(float).eps)
VARIANTS = {
    "defaults": {},
    "tuned": {"ftol": EPS, "xtol": EPS, "gtol": EPS, "x_scale": "jac", "max_nfev": 100000},
}
FIXTURE = Path(__file__).resolve().parents[1] / "test/fixtures/nist-strd.json"


def lre(value: float, certified: float) -> float:
    if value == certified:
        return 15.0
    if not math.isfinite(value):
        return 0.0
    return max(0.0, min(15.0, -math.log10(abs(value - certified) / abs(certified))))


def main() -> None:
    problems = json.loads(FIXTURE.read_text())["problems"]
    rows = []
    for p in problems:
        inputs = list(p["inputs"])
        symbols = sympy.symbols(inputs + p["params"])
        model = sympy.lambdify(symbols, sympy.sympify(p["formula"]), "numpy")
        xs = [np.array(p["inputs"][v]) for v in inputs]
        y = np.log(np.array(p["y"])) if p["response"] == "log(y)" else np.array(p["y"])
        row = {"name": p["name"], "difficulty": p["difficulty"]}
        for variant, options in VARIANTS.items():
            digits = []
            for start in p["starts"]:
                try:
                    with np.errstate(all="ignore"):
                        r = least_squares(lambda b: model(*xs, *b) - y, np.array(start, dtype=float), method="lm", **options)
                    digits.append(min(lre(float(v), c) for v, c in zip(r.x, p["certified"])))
                except Exception:  # noqa: BLE001 - a failed fit scores 0, as a wrong one
                    digits.append(0.0)
            row[variant] = digits
        rows.append(row)
    passing = {v: sum(d >= 6 for r in rows for d in r[v]) for v in VARIANTS}
    result = {"scipy": scipy.__version__, "passing": passing, "fits": 2 * len(rows), "problems": rows}
    if "--json" in sys.argv[1:]:
        print(json.dumps(result, indent=1))
        return
    print(f"SciPy {scipy.__version__} least_squares(method='lm'), fits of {2 * len(rows)} with >= 6 correct digits: "
          + ", ".join(f"{v} {n}" for v, n in passing.items()))
    for r in rows:
        print(f"{r['name']:10} {r['difficulty']:8} " + "   ".join(" / ".join(f"{d:.1f}" for d in r[v]) for v in VARIANTS))


if __name__ == "__main__":
    main()
