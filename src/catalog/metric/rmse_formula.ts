import { metric } from "../entry.js";

export default metric({
  name: "rmse_formula",
  formula: "sqrt(mse_val)",
  variables: ["mse_val"],
  domains: { mse_val: { min: 0, max: Infinity, what: "a non-negative mean squared error" } },
  metadata: {
    description: "Root mean squared error: the square root of a mean squared error",
    usage: "Reporting a regression error in the units of the target.",
    pros: ["Same units as the target"],
    cons: ["Sensitive to outliers, like the MSE it comes from"],
    range: "[0, inf)",
    aliases: ["root_mean_squared_error_formula"],
    references: ["scikit-learn sklearn.metrics.root_mean_squared_error"],
    conventions: ["Infinite slope at mse_val = 0."],
  },
});
