import { calculus } from "../entry.js";

export default calculus({
  name: "gamma_function",
  formula: "gamma(x)",
  metadata: {
    description: "Gamma function - the factorial extended to the reals, gamma(n) = (n - 1)!",
    usage: "Normalizing constants of distributions (gamma, beta, Student t, chi-squared).",
    pros: ["Exact factorials", "Defined for every real x but the poles 0, -1, -2, ..."],
    cons: ["Overflows for x > 171.6", "Poles at the non-positive integers"],
    range: "(-inf, inf)",
    aliases: ["gamma_func"],
    references: ["DLMF 5.2", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra's name gamma_func is an alias (gamma alone is a common parameter name, as in focal loss); formulas call it as gamma(x).", "For large arguments work with loggamma."],
  },
});
