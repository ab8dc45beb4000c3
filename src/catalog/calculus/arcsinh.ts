import { calculus } from "../entry.js";

export default calculus({
  name: "arcsinh",
  formula: "asinh(x)",
  metadata: {
    description: "Inverse hyperbolic sine - log(x + sqrt(x**2 + 1))",
    usage: "Variance-stabilizing transform of data with both signs and heavy tails.",
    pros: ["Defined on the whole line", "Like log for large |x|, linear near 0"],
    cons: ["Unbounded"],
    range: "(-inf, inf)",
    references: ["DLMF 4.37", "Neurogebra MathForge (calculus category)"],
    conventions: ["Printed as asinh, SymPy's name."],
  },
});
