import { calculus } from "../entry.js";

export default calculus({
  name: "log2",
  formula: "log(x)/log(2)",
  domains: {
    x: { min: 0, max: Infinity, what: "at least 0" },
  },
  metadata: {
    description: "Base-2 logarithm - log(x)/log(2), bits of information",
    usage: "Information measured in bits, binary tree depths, learning-rate schedules in powers of two.",
    pros: ["Bits as the unit", "Exact as log(x) times a constant (relative error of a few ulp)"],
    cons: ["Only defined for x >= 0"],
    range: "(-inf, inf)",
    references: ["DLMF 4.2.5", "Neurogebra MathForge (calculus category)"],
    conventions: ["Evaluated as log(x)/log(2): the natural logarithm divided by a constant, which is as accurate as a dedicated log2 to a few ulp; Math.log2 is not used so that SymPy reads the same formula."],
  },
});
