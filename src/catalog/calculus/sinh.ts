import { calculus } from "../entry.js";

export default calculus({
  name: "sinh",
  formula: "sinh(x)",
  metadata: {
    description: "Hyperbolic sine - (exp(x) - exp(-x))/2",
    usage: "Hyperbolic geometry, solutions of linear ODEs, the inverse of arcsinh.",
    pros: ["Odd, monotonic", "Exact near 0 (Math.sinh)"],
    cons: ["Overflows to +-inf for |x| > 710.5"],
    range: "(-inf, inf)",
    references: ["DLMF 4.28", "Neurogebra MathForge (calculus category)"],
  },
});
