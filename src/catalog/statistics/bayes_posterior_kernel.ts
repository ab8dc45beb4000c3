import { statistic } from "../entry.js";

export default statistic({
  name: "bayes_posterior_kernel",
  formula: "exp(-(y - x)**2/(2*sigma_lik**2) - (x - mu_prior)**2/(2*sigma_prior**2))",
  variables: ["x", "y"],
  params: { mu_prior: 0, sigma_prior: 1, sigma_lik: 1 },
  domains: {
    sigma_prior: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
    sigma_lik: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Unnormalized posterior of a normal mean x after one observation y: normal likelihood times normal prior",
    usage: "Teaching and checking conjugate updates; the posterior is normal with precision 1/sigma_prior**2 + 1/sigma_lik**2.",
    pros: ["One exponential: underflows only where the true product does"],
    cons: ["Unnormalized"],
    range: "(0, 1]",
    references: ["Gelman et al., Bayesian Data Analysis, 2.5"],
    conventions: [
      "Neurogebra multiplies two exponentials; one exponential of the summed exponents is the same function.",
    ],
  },
});
