import { metric } from "../entry.js";
import { UNDEFINED_AT_ZERO } from "./conventions.js";

export default metric({
  name: "explained_variance_ratio",
  formula: "lambda_i/total_variance",
  variables: ["lambda_i", "total_variance"],
  domains: {
    lambda_i: { min: 0, max: Infinity, what: "a non-negative variance" },
    total_variance: { min: 0, max: Infinity, what: "a non-negative variance" },
  },
  metadata: {
    description: "Share of the total variance carried by one principal component (its eigenvalue lambda_i)",
    usage: "Choosing the number of PCA components.",
    pros: ["Sums to 1 over all components"],
    cons: ["Says nothing about the components' use for a downstream task"],
    range: "[0, 1]",
    references: ["scikit-learn sklearn.decomposition.PCA.explained_variance_ratio_"],
    conventions: [UNDEFINED_AT_ZERO],
  },
});
