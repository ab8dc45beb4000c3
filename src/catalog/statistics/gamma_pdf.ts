import { statistic } from "../entry.js";

export default statistic({
  name: "gamma_pdf",
  formula: "exp((alpha - 1)*log(x) - x/theta - alpha*log(theta) - loggamma(alpha))",
  params: { alpha: 2, theta: 1 },
  domains: {
    x: { min: Number.MIN_VALUE, max: Infinity, what: "a positive value" },
    alpha: { min: Number.MIN_VALUE, max: Infinity, what: "a positive shape" },
    theta: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Gamma density with shape alpha and scale theta",
    usage: "Positive quantities, waiting times for alpha events, conjugate prior of a precision or rate.",
    pros: ["Includes exponential (alpha = 1) and chi-squared (alpha = k/2, theta = 2)"],
    cons: ["Unbounded at 0 for alpha < 1"],
    range: "[0, inf)",
    references: ["SciPy scipy.stats.gamma(a = alpha, scale = theta)"],
    conventions: [
      "x = 0 is outside the domain (an error): the density there is 0, finite or infinite depending on alpha, and its derivative in alpha has no value.",
      "x**(alpha - 1)*exp(-x/theta)/(theta**alpha*gamma(alpha)) evaluated through its logarithm: the product would be Infinity*0 = NaN once x**(alpha - 1) overflows, and gamma(alpha) overflows for alpha > 171.",
      "SciPy's shape-scale form; PyTorch's Gamma(concentration, rate) has rate = 1/theta.",
    ],
  },
});
