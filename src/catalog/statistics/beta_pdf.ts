import { statistic } from "../entry.js";

export default statistic({
  name: "beta_pdf",
  formula: "x**(alpha - 1)*(1 - x)**(beta_param - 1)/beta(alpha, beta_param)",
  params: { alpha: 2, beta_param: 3 },
  domains: {
    x: { min: Number.MIN_VALUE, max: 1 - Number.EPSILON / 2, what: "a probability strictly between 0 and 1" },
    alpha: { min: Number.MIN_VALUE, max: Infinity, what: "a positive shape" },
    beta_param: { min: Number.MIN_VALUE, max: Infinity, what: "a positive shape" },
  },
  metadata: {
    description: "Beta density on [0, 1] with shapes alpha and beta_param, normalized by the beta function",
    usage: "Priors and posteriors of probabilities (conjugate to the Bernoulli and binomial).",
    pros: ["Flexible shapes on [0, 1]"],
    cons: ["Unbounded at 0 or 1 when a shape is below 1"],
    range: "[0, inf)",
    references: ["SciPy scipy.stats.beta(a = alpha, b = beta_param)"],
    conventions: [
      "Neurogebra's beta_pdf is the kernel x**(alpha - 1)*(1 - x)**(beta_param - 1) without 1/B(alpha, beta_param); ours is normalized.",
      "x outside (0, 1) is an error: at 0 and 1 the density is 0, finite or infinite depending on the shapes, and its derivatives in the shapes have no value.",
    ],
  },
});
