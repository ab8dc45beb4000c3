import { optimization } from "../entry.js";

export default optimization({
  name: "rosenbrock",
  formula: "(a_rb - x)**2 + b_rb*(y - x**2)**2",
  variables: ["x", "y"],
  params: { a_rb: 1, b_rb: 100 },
  metadata: {
    description: "Rosenbrock's banana function - (a_rb - x)**2 + b_rb*(y - x**2)**2, minimum 0 at (a_rb, a_rb**2)",
    usage: "The classic test of an optimizer along a curved, narrow valley.",
    pros: ["Known minimum; easy to reach the valley, hard to follow it"],
    cons: ["Two-dimensional only in this form"],
    range: "[0, inf) (for b_rb >= 0)",
    references: ["Rosenbrock 1960", "SciPy scipy.optimize.rosen (a = 1, b = 100)"],
    conventions: ["Defaults a_rb = 1, b_rb = 100 (SciPy's rosen): minimum at (1, 1)."],
  },
});
