import { algebra } from "../entry.js";

export default algebra({
  name: "beta_distribution",
  formula: "x**(alpha - 1)*(1 - x)**(beta_param - 1)",
  params: { alpha: 2, beta_param: 2 },
  domains: { x: { min: Number.MIN_VALUE, max: 1 - Number.EPSILON / 2, what: "strictly between 0 and 1" } },
  metadata: {
    description: "Beta kernel - x**(alpha - 1)*(1 - x)**(beta_param - 1) on [0, 1], the beta density without its normalization",
    usage: "Shapes on [0, 1]: probabilities, proportions; divide by beta(alpha, beta_param) for the density.",
    pros: ["Flexible shapes on [0, 1]", "Conjugate prior kernel of the Bernoulli"],
    cons: ["Unnormalized (as Neurogebra's): integrates to beta(alpha, beta_param), not 1"],
    range: "[0, inf)",
    references: ["SciPy scipy.stats.beta", "Neurogebra MathForge (algebra category)"],
    conventions: ["Kept as Neurogebra defines it: only the kernel; the normalized density is the statistics category's.", "The second shape is beta_param (beta is the beta function)."],
  },
});
