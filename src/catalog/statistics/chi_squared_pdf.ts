import { statistic } from "../entry.js";

export default statistic({
  name: "chi_squared_pdf",
  formula: "exp((k/2 - 1)*log(x) - x/2 - k*log(2)/2 - loggamma(k/2))",
  params: { k: 3 },
  domains: {
    x: { min: Number.MIN_VALUE, max: Infinity, what: "a positive value" },
    k: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of degrees of freedom" },
  },
  metadata: {
    description: "Chi-squared density with k degrees of freedom",
    usage: "Sums of k squared standard normals: variance estimates, goodness-of-fit and likelihood-ratio statistics.",
    pros: ["Exact normalisation through the gamma function"],
    cons: ["Unbounded at 0 for k < 2"],
    range: "[0, inf)",
    references: ["SciPy scipy.stats.chi2.pdf(x, df = k)"],
    conventions: [
      "x**(k/2 - 1)*exp(-x/2)/(2**(k/2)*gamma(k/2)) evaluated through its logarithm: the product would be Infinity*0 = NaN once x**(k/2 - 1) overflows, and gamma(k/2) overflows for k > 343.",
      "x = 0 is outside the domain (an error): the density there is 0, finite or infinite depending on the shape, and its derivative in the shape has no value.",
      "k may be any positive real, as in SciPy.",
    ],
  },
});
