import { metric } from "../entry.js";
import mse from "../losses/mse.js";

export default metric({
  name: "mse_elem",
  // The function of the loss mse, declared there once.
  formula: mse.formula,
  variables: ["y_pred", "y_true"],
  metadata: {
    description: "Per-sample squared error (y_pred - y_true)**2",
    usage: "Scoring regressions: its mean is scikit-learn's mean_squared_error (the loss mse is the same function for training).",
    pros: ["Smooth", "Penalises large errors strongly"],
    cons: ["Sensitive to outliers", "In squared units"],
    range: "[0, inf)",
    references: ["scikit-learn sklearn.metrics.mean_squared_error"],
    conventions: ["Overflows to Infinity beyond |y_pred - y_true| ~ 1.3e154, where the true square is not a double."],
  },
});
