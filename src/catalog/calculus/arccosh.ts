import { calculus } from "../entry.js";

export default calculus({
  name: "arccosh",
  formula: "acosh(x)",
  domains: {
    x: { min: 1, max: Infinity, what: "at least 1" },
  },
  derivatives: { x: "1/(sqrt(x - 1)*sqrt(x + 1))" },
  metadata: {
    description: "Inverse hyperbolic cosine - log(x + sqrt(x**2 - 1))",
    usage: "Distances in hyperbolic (Poincare, Lorentz) embeddings.",
    pros: ["Exact (Math.acosh)"],
    cons: ["Only defined for x >= 1", "Infinite derivative at 1"],
    range: "[0, inf)",
    references: ["DLMF 4.37", "Neurogebra MathForge (calculus category)"],
    conventions: [
      "The derivative 1/sqrt(x**2 - 1) is evaluated as 1/(sqrt(x - 1)*sqrt(x + 1)): exact near x = 1, where x**2 - 1 would cancel, and without the overflow of x**2 beyond 1.3e154.","Printed as acosh, SymPy's name."],
  },
});
