import { calculus } from "../entry.js";

export default calculus({
  name: "beta_function",
  formula: "beta(a, b)",
  variables: ["a", "b"],
  domains: {
    a: { min: Number.MIN_VALUE, max: Number.MAX_VALUE, what: "positive and finite" },
    b: { min: Number.MIN_VALUE, max: Number.MAX_VALUE, what: "positive and finite" },
  },
  metadata: {
    description: "Beta function - gamma(a)*gamma(b)/gamma(a + b)",
    usage: "The normalizing constant of the beta distribution, binomial coefficients.",
    pros: ["Symmetric in a and b"],
    cons: ["Restricted to positive finite a, b here, as in the beta distribution; B(a, b) has poles on the negative axes"],
    range: "(-inf, inf)",
    aliases: ["beta_func"],
    references: ["DLMF 5.12", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra's beta_func with its parameters a_param, b_param; here a and b are the inputs.", "Neurogebra writes gamma(a)*gamma(b)/gamma(a + b), which overflows once a or b passes 171 where B(a, b) is still representable; the engine's beta(a, b) (SymPy's beta) is the same function without that overflow."],
  },
});
