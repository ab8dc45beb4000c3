import { statistic } from "../entry.js";

export default statistic({
  name: "coefficient_of_variation",
  formula: "sigma/mu",
  variables: ["sigma", "mu"],
  domains: {
    sigma: { min: 0, max: Infinity, what: "a non-negative standard deviation" },
    mu: { min: Number.MIN_VALUE, max: Infinity, what: "a positive mean" },
  },
  metadata: {
    description: "Coefficient of variation sigma/mu: standard deviation relative to the mean",
    usage: "Comparing spread between quantities of different scale.",
    pros: ["Dimensionless"],
    cons: ["Meaningless for means near 0"],
    range: "(-inf, inf)",
    references: ["SciPy scipy.stats.variation"],
    conventions: [
      "Neurogebra has sigma and mu as parameters and no input; here they are the inputs.",
      "Defined for positive means (ratio-scale data), as SciPy's variation assumes; mu <= 0 is an error.",
    ],
  },
});
