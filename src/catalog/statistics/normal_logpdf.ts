import { statistic } from "../entry.js";

export default statistic({
  name: "normal_logpdf",
  formula: "-log(sigma) - log(2*pi)/2 - (x - mu)**2/(2*sigma**2)",
  params: { mu: 0, sigma: 1 },
  domains: {
    sigma: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Logarithm of the normal density with mean mu and standard deviation sigma",
    usage: "Gaussian log-likelihoods and log-priors (MAP, variational inference), far beyond where the density underflows.",
    pros: ["Finite where normal_pdf underflows"],
    cons: ["Quadratic penalty: not robust to outliers"],
    range: "(-inf, -log(sigma) - log(2*pi)/2]",
    aliases: ["log_prior_normal", "gaussian_logpdf"],
    references: ["SciPy scipy.stats.norm.logpdf", "PyTorch Normal.log_prob"],
    conventions: [
      "Neurogebra's log_prior_normal is the same formula; its name is an alias of this entry.",
    ],
  },
});
