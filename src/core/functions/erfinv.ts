import erfcinvStd from "@stdlib/math-base-special-erfcinv";
import erfcxStd from "@stdlib/math-base-special-erfcx";
import erfinvStd from "@stdlib/math-base-special-erfinv";
import { ONE, ZERO } from "../node.js";
import { oddOrEven } from "./elementary.js";
import { type FunctionRecord, latexMacro } from "./record.js";

export const erfinv: FunctionRecord = {
  name: "erfinv",
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel: erfinvStd,
  partials: ["sqrt(pi)*exp(erfinv(x)**2)/2"],
  latex: latexMacro("\\operatorname{erfinv}"),
  autoEval: oddOrEven("erfinv", ZERO, "odd"),
  description: "Inverse error function on [-1, 1] (±Infinity at ±1, NaN outside; kernel: stdlib-js).",
};

export const erfcinv: FunctionRecord = {
  name: "erfcinv",
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel: erfcinvStd,
  partials: ["-sqrt(pi)*exp(erfcinv(x)**2)/2"],
  latex: latexMacro("\\operatorname{erfcinv}"),
  autoEval: ([x]) => (x === ONE ? ZERO : undefined),
  description: "Inverse complementary error function on [0, 2], exact for tiny x where erfinv(1 - x) is not (kernel: stdlib-js).",
};

export const erfcx: FunctionRecord = {
  name: "erfcx",
  minArgs: 1,
  maxArgs: 1,
  params: ["x"],
  kernel: erfcxStd,
  partials: ["2*x*erfcx(x) - 2/sqrt(pi)"],
  latex: latexMacro("\\operatorname{erfcx}"),
  autoEval: ([x]) => (x === ZERO ? ONE : undefined),
  description: "Scaled complementary error function exp(x**2)*erfc(x) (SciPy's erfcx; SymPy has no such function); the stability rewrites use it for erfcinv's derivative.",
};

export const INVERSE_ERF: readonly FunctionRecord[] = [erfinv, erfcinv, erfcx];
