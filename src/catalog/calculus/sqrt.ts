import { calculus } from "../entry.js";

export default calculus({
  name: "sqrt",
  formula: "sqrt(x)",
  domains: {
    x: { min: 0, max: Infinity, what: "at least 0" },
  },
  metadata: {
    description: "Square root - x**(1/2)",
    usage: "Standard deviations from variances, norms, RMS values.",
    pros: ["Exact (Math.sqrt is correctly rounded)"],
    cons: ["Only defined for x >= 0", "Infinite derivative at 0"],
    range: "[0, inf)",
    references: ["DLMF 1.2", "Neurogebra MathForge (calculus category)"],
    conventions: ["Stored as x**(1/2), as SymPy does."],
  },
});
