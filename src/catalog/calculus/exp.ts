import { calculus } from "../entry.js";

export default calculus({
  name: "exp",
  formula: "exp(x)",
  metadata: {
    description: "Exponential function - e**x, its own derivative",
    usage: "Growth and decay, softmax and likelihood terms; the inverse of ln.",
    pros: ["Its own derivative", "Exact in double precision over the whole line (Math.exp)"],
    cons: ["Overflows to inf for x > 709.78", "Underflows to 0 below -745"],
    range: "(0, inf)",
    references: ["Abramowitz & Stegun 4.2", "DLMF 4.2", "Neurogebra MathForge (calculus category)"],
    conventions: ["The same formula as the activation `exponential`; formulas calling exp(...) use the engine's function, this entry is what forge.get(\"exp\") returns."],
  },
});
