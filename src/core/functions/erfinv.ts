import { ONE, ZERO } from "../node.js";
import { oddOrEven } from "./elementary.js";
import { type FunctionRecord, latexMacro, unaryRecord } from "./record.js";
import { erfcinv as erfcinvStd, erfcx as erfcxStd, erfinv as erfinvStd } from "./stdlib.js";

export const erfinv = unaryRecord("erfinv", erfinvStd, "sqrt(pi)*exp(erfinv(x)**2)/2", "Inverse error function on [-1, 1] (±Infinity at ±1, NaN outside; kernel: stdlib-js).", {
  latex: latexMacro("\\operatorname{erfinv}"),
  autoEval: oddOrEven("erfinv", ZERO, "odd"),
});

export const erfcinv = unaryRecord(
  "erfcinv",
  erfcinvStd,
  "-sqrt(pi)*exp(erfcinv(x)**2)/2",
  "Inverse complementary error function on [0, 2], exact for tiny x where erfinv(1 - x) is not (kernel: stdlib-js).",
  { latex: latexMacro("\\operatorname{erfcinv}"), autoEval: ([x]) => (x === ONE ? ZERO : undefined) },
);

export const erfcx = unaryRecord(
  "erfcx",
  erfcxStd,
  "2*x*erfcx(x) - 2/sqrt(pi)",
  "Scaled complementary error function exp(x**2)*erfc(x) (SciPy's erfcx; SymPy has no such function); the stability rewrites use it for erfcinv's derivative.",
  { latex: latexMacro("\\operatorname{erfcx}"), autoEval: ([x]) => (x === ZERO ? ONE : undefined) },
);

export const INVERSE_ERF: readonly FunctionRecord[] = [erfinv, erfcinv, erfcx];
