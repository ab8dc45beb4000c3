import { calculus } from "../entry.js";

export default calculus({
  name: "arccos",
  formula: "acos(x)",
  domains: {
    x: { min: -1, max: 1, what: "in [-1, 1]" },
  },
  derivatives: { x: "-1/(sqrt(1 - x)*sqrt(1 + x))" },
  metadata: {
    description: "Inverse cosine - the angle in [0, pi] whose cosine is x",
    usage: "Angles between vectors from their cosine similarity.",
    pros: ["Exact (Math.acos)"],
    cons: ["Only defined on [-1, 1]", "Infinite derivative at +-1"],
    range: "[0, pi]",
    references: ["DLMF 4.23", "Neurogebra MathForge (calculus category)"],
    conventions: [
      "The derivative -1/sqrt(1 - x**2) is evaluated as -1/(sqrt(1 - x)*sqrt(1 + x)): 1 - x is exact near x = 1, where 1 - x**2 would cancel.","Printed as acos, SymPy's name; NumPy calls it arccos."],
  },
});
