import { statistic } from "../entry.js";

export default statistic({
  name: "normal_cdf",
  formula: "erfc(-(x - mu)/(sqrt(2)*sigma))/2",
  params: { mu: 0, sigma: 1 },
  domains: {
    sigma: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Normal cumulative distribution function with mean mu and standard deviation sigma",
    usage: "Probabilities and p-values of normal quantities, probit links.",
    pros: ["Exact in the left tail (erfc, not 1 + erf)"],
    cons: ["Rounds to 1 in the right tail: use the mirrored argument for survival"],
    range: "[0, 1]",
    aliases: ["gaussian_cdf"],
    references: ["SciPy scipy.stats.norm.cdf"],
    conventions: [
      "SciPy's loc-scale form: loc = mu, scale = sigma.",
      "Written with erfc, so it stays exact down to 1e-308 in the left tail.",
    ],
  },
});
