import { statistic } from "../entry.js";

export default statistic({
  name: "chi_squared_kernel",
  formula: "exp((k/2 - 1)*log(x) - x/2)",
  params: { k: 3 },
  domains: {
    x: { min: Number.MIN_VALUE, max: Infinity, what: "a positive value" },
    k: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of degrees of freedom" },
  },
  metadata: {
    description: "Unnormalized chi-squared kernel x**(k/2 - 1)*exp(-x/2) with k degrees of freedom",
    usage: "Where only proportionality matters (MCMC, likelihood ratios); use chi_squared_pdf for the density.",
    pros: ["No gamma function"],
    cons: ["Not a density: integrates to 2**(k/2)*gamma(k/2)"],
    range: "[0, inf)",
    references: ["Neurogebra's chi_squared_kernel"],
    conventions: [
      "x = 0 is outside the domain (an error): the density there is 0, finite or infinite depending on the shape, and its derivative in the shape has no value.",
      "Neurogebra's x**(k/2 - 1)*exp(-x/2), written as exp((k/2 - 1)*log(x) - x/2) (the same for x > 0): the product is Infinity*0 = NaN once x**(k/2 - 1) overflows; chi_squared_pdf is the normalized density.",
    ],
  },
});
