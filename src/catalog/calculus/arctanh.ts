import { calculus } from "../entry.js";

export default calculus({
  name: "arctanh",
  formula: "atanh(x)",
  domains: {
    x: { min: -1, max: 1, what: "in [-1, 1]" },
  },
  derivatives: { x: "1/((1 - x)*(1 + x))" },
  metadata: {
    description: "Inverse hyperbolic tangent - log((1 + x)/(1 - x))/2",
    usage: "Fisher's z-transform of correlations, inverse of tanh squashing.",
    pros: ["Exact (Math.atanh)"],
    cons: ["Only defined on [-1, 1] (+-inf at +-1)"],
    range: "(-inf, inf)",
    references: ["DLMF 4.37", "Fisher, Biometrika 1915", "Neurogebra MathForge (calculus category)"],
    conventions: [
      "The derivative 1/(1 - x**2) is evaluated as 1/((1 - x)*(1 + x)): 1 - x is exact near x = 1, where 1 - x**2 would cancel.","Printed as atanh, SymPy's name."],
  },
});
