import { metric } from "../entry.js";

export default metric({
  name: "adjusted_r_squared",
  formula: "1 - (1 - r2)*(n_samples - 1)/(n_samples - n_features - 1)",
  variables: ["r2"],
  params: { n_samples: 100, n_features: 5 },
  domains: {
    r2: { min: -Infinity, max: 1, what: "a coefficient of determination" },
    n_samples: { min: 1, max: Infinity, what: "a sample size" },
    n_features: { min: 0, max: Infinity, what: "a number of features" },
  },
  metadata: {
    description: "Adjusted R**2: R**2 corrected for the number of features, 1 - (1 - r2)*(n_samples - 1)/(n_samples - n_features - 1)",
    usage: "Comparing regressions with different numbers of features.",
    pros: ["Penalises features that do not improve the fit"],
    cons: ["Needs n_samples > n_features + 1", "Can be negative"],
    range: "(-inf, 1]",
    references: ["Wherry, Annals of Mathematical Statistics 1931", "Theil, Economic Forecasts and Policy, 1961"],
    conventions: [
      "r2 is the input; the sample size and feature count are parameters (Neurogebra has all three as parameters).",
      "n_samples = n_features + 1 divides by 0 (Infinity or NaN), as written.",
    ],
  },
});
