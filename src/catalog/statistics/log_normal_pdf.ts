import { statistic } from "../entry.js";

export default statistic({
  name: "log_normal_pdf",
  formula: "Piecewise((0, x <= 0), (exp(-(log(x) - mu)**2/(2*sigma**2) - log(x))/(sigma*sqrt(2*pi)), True))",
  params: { mu: 0, sigma: 1 },
  domains: {
    sigma: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Log-normal density: x whose logarithm is normal with mean mu and standard deviation sigma",
    usage: "Positive quantities formed by products: sizes, incomes, durations, multiplicative noise.",
    pros: ["Positive support, right skew"],
    cons: ["Moments grow fast with sigma"],
    range: "[0, inf)",
    aliases: ["lognormal_pdf"],
    references: ["SciPy scipy.stats.lognorm (s = sigma, scale = exp(mu))"],
    conventions: [
      "Evaluated through its logarithm: 1/x is folded into the exponent, so x below 1/DBL_MAX (where 1/x overflows) gives the right value instead of Infinity or NaN.",
      "0 for x <= 0.",
    ],
  },
});
