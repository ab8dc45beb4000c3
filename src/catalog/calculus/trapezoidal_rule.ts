import { calculus } from "../entry.js";

export default calculus({
  name: "trapezoidal_rule",
  formula: "h*(f_a + f_b)/2",
  variables: ["f_a", "f_b", "h"],
  metadata: {
    description: "Trapezoidal rule - h*(f(a) + f(b))/2, the integral of f over an interval of width h",
    usage: "Estimating an integral from the values at the two ends of an interval (summed over a grid: the composite rule).",
    pros: ["Exact for linear f", "Simple"],
    cons: ["A formula of already computed values, not the operation itself: one panel of the rule; error -h**3*f''/12", "No adaptive integration in the library"],
    range: "(-inf, inf)",
    references: ["Press et al., Numerical Recipes, 4.1", "NumPy trapezoid", "Neurogebra MathForge (calculus category)"],
    conventions: ["h = b - a is an input, as in Neurogebra's formula."],
  },
});
