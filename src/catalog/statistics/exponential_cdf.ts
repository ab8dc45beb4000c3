import { statistic } from "../entry.js";

export default statistic({
  name: "exponential_cdf",
  formula: "Piecewise((0, x < 0), (1 - exp(-lambda_param*x), True))",
  params: { lambda_param: 1 },
  domains: {
    lambda_param: { min: Number.MIN_VALUE, max: Infinity, what: "a positive rate" },
  },
  metadata: {
    description: "Exponential cumulative distribution function with rate lambda_param, 0 for x < 0",
    usage: "Probability that an exponential waiting time ends before x.",
    pros: ["Closed form"],
    cons: ["Constant hazard"],
    range: "[0, 1]",
    references: ["SciPy scipy.stats.expon.cdf (scale = 1/lambda_param)"],
    conventions: [
      "1 - exp(-lambda_param*x) is compiled as -expm1(-lambda_param*x), exact for tiny x.",
    ],
  },
});
