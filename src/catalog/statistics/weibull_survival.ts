import { statistic } from "../entry.js";

export default statistic({
  name: "weibull_survival",
  formula: "Piecewise((1, x < 0), (exp(-(x/lambda_param)**k), True))",
  params: { k: 1.5, lambda_param: 1 },
  domains: {
    k: { min: Number.MIN_VALUE, max: Infinity, what: "a positive shape" },
    lambda_param: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Weibull survival function P(X > x) = exp(-(x/lambda_param)**k) with shape k and scale lambda_param",
    usage: "Lifetimes with increasing (k > 1) or decreasing (k < 1) hazard.",
    pros: ["Exact in the right tail (not 1 - cdf)"],
    cons: ["Derivative in x unbounded at 0 for k < 1"],
    range: "(0, 1]",
    references: ["SciPy scipy.stats.weibull_min.sf(x, c = k, scale = lambda_param)"],
    conventions: [
      "1 for x < 0.",
    ],
  },
});
