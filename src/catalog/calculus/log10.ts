import { calculus } from "../entry.js";

export default calculus({
  name: "log10",
  formula: "log(x)/log(10)",
  domains: {
    x: { min: 0, max: Infinity, what: "at least 0" },
  },
  metadata: {
    description: "Base-10 logarithm - log(x)/log(10), decimal orders of magnitude",
    usage: "Decibels, orders of magnitude, log-scale plots.",
    pros: ["Decimal orders of magnitude", "Exact as log(x) times a constant (relative error of a few ulp)"],
    cons: ["Only defined for x >= 0"],
    range: "(-inf, inf)",
    references: ["DLMF 4.2.5", "Neurogebra MathForge (calculus category)"],
    conventions: ["Evaluated as log(x)/log(10), like log2 (see there)."],
  },
});
