import { calculus } from "../entry.js";

export default calculus({
  name: "simpsons_rule",
  formula: "h*(f_a + 4*f_m + f_b)/6",
  variables: ["f_a", "f_m", "f_b", "h"],
  metadata: {
    description: "Simpson's rule - h*(f(a) + 4*f(m) + f(b))/6 over [a, b] of width h with midpoint m",
    usage: "Estimating an integral from the values at the ends and the midpoint of an interval.",
    pros: ["Exact for cubic f"],
    cons: ["A formula of already computed values, not the operation itself: one panel of the rule; error -h**5*f''''/2880"],
    range: "(-inf, inf)",
    references: ["Press et al., Numerical Recipes, 4.1", "SciPy integrate.simpson", "Neurogebra MathForge (calculus category)"],
    conventions: ["h = b - a is the width of the whole interval (Neurogebra's convention), so the weights are h/6, 4*h/6, h/6."],
  },
});
