import { statistic } from "../entry.js";

export default statistic({
  name: "exponential_survival",
  formula: "Piecewise((1, x < 0), (exp(-lambda_param*x), True))",
  params: { lambda_param: 1 },
  domains: {
    lambda_param: { min: Number.MIN_VALUE, max: Infinity, what: "a positive rate" },
  },
  metadata: {
    description: "Exponential survival function P(X > x) with rate lambda_param, 1 for x < 0",
    usage: "Survival analysis with a constant hazard.",
    pros: ["Exact in the right tail (not 1 - cdf)"],
    cons: ["Constant hazard"],
    range: "(0, 1]",
    aliases: ["survival_exponential"],
    references: ["SciPy scipy.stats.expon.sf"],
    conventions: [
      "Named like weibull_survival; Neurogebra's survival_exponential is an alias.",
    ],
  },
});
