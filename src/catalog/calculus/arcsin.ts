import { calculus } from "../entry.js";

export default calculus({
  name: "arcsin",
  formula: "asin(x)",
  domains: {
    x: { min: -1, max: 1, what: "in [-1, 1]" },
  },
  derivatives: { x: "1/(sqrt(1 - x)*sqrt(1 + x))" },
  metadata: {
    description: "Inverse sine - the angle in [-pi/2, pi/2] whose sine is x",
    usage: "Angles from ratios, e.g. in geometry and spherical distances.",
    pros: ["Exact (Math.asin)"],
    cons: ["Only defined on [-1, 1]", "Infinite derivative at +-1"],
    range: "[-pi/2, pi/2]",
    references: ["DLMF 4.23", "Neurogebra MathForge (calculus category)"],
    conventions: [
      "The derivative 1/sqrt(1 - x**2) is evaluated as 1/(sqrt(1 - x)*sqrt(1 + x)): 1 - x is exact near x = 1, where 1 - x**2 would cancel.","Printed as asin, SymPy's name; NumPy calls it arcsin."],
  },
});
