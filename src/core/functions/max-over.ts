/**
 * MaxOver(f, (j, a, b)): the largest value of f over the index j, as a formula may use it (the L-infinity norm,
 * the Chebyshev distance). Unlike the compiler's MaxShift (0 where the maximum is infinite), this is the maximum
 * itself, and it has a derivative: PyTorch's amax rule, the derivative of f shared evenly among the indices where
 * f attains its maximum (torch.amax's documented gradient). It is the same maximum as ReduceMax (linf_norm, whose
 * derivative sums over a fresh index instead of binding the maximum's own j_max): both evaluate with `largest`.
 */
import { ArgumentError } from "../errors.js";
import { MINUS_ONE, ONE, TRUE, ZERO, call, mul, piecewise, pow, rel, substitute, sym } from "../node.js";
import { largest, notScalar } from "./indexed.js";
import type { FunctionRecord } from "./record.js";

export const MaxOver: FunctionRecord = {
  name: "MaxOver",
  minArgs: 4,
  maxArgs: 4,
  params: ["f", "j", "a", "b"],
  binds: true,
  kernel: notScalar("MaxOver"),
  partials: () => ZERO,
  reduce: largest,
  autoEval: ([, j]) => {
    if (j!.kind !== "sym") throw new ArgumentError(`The index of MaxOver must be a name, got '${j}'.`);
    return undefined;
  },
  derivative: ([body, j, lo, hi], d) => {
    const df = d(body!);
    if (df === ZERO) return ZERO;
    // The maximum binds an index of its own (j_max), so that collapsing a KroneckerDelta on j leaves it as it is.
    const k = sym(`${j!.name}_max`);
    const max = call("MaxOver", [substitute(body!, new Map([[j!.name, k]])), k, lo!, hi!]);
    const atMax = piecewise([[ONE, rel("==", body!, max)], [ZERO, TRUE]]);
    return mul(call("Sum", [mul(atMax, df), j!, lo!, hi!]), pow(call("Sum", [atMax, j!, lo!, hi!]), MINUS_ONE));
  },
  text: ([body, j, lo, hi]) => `MaxOver(${body}, (${j}, ${lo}, ${hi}))`,
  latex: ([body, j]) => `\\max_{${j}} ${body}`,
  description: "MaxOver(f, (j, a, b)): the largest value of f over the index j from a to b; its derivative is shared evenly among the maxima (PyTorch's amax).",
};
