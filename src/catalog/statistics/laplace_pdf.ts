import { statistic } from "../entry.js";

export default statistic({
  name: "laplace_pdf",
  formula: "exp(-Abs(x - mu)/b)/(2*b)",
  params: { mu: 0, b: 1 },
  domains: {
    b: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Laplace (double exponential) density with location mu and scale b",
    usage: "Robust noise models (its negative log-likelihood is the absolute error), sparsity priors (the lasso).",
    pros: ["Heavier tails than the normal", "MAP estimate is the median"],
    cons: ["Kink at x = mu"],
    range: "(0, 1/(2*b)]",
    references: ["SciPy scipy.stats.laplace (loc = mu, scale = b)"],
    conventions: [
      "The derivative in x at x = mu is 0 (sign(0) = 0), the mean of the one-sided slopes.",
    ],
  },
});
