import { metric } from "../entry.js";
import mae from "../losses/mae.js";

export default metric({
  name: "mae_elem",
  // The function of the loss mae, declared there once.
  formula: mae.formula,
  variables: ["y_pred", "y_true"],
  metadata: {
    description: "Per-sample absolute error |y_pred - y_true|",
    usage: "Scoring regressions in the units of the target: its mean is scikit-learn's mean_absolute_error.",
    pros: ["Robust to outliers", "Same units as the target"],
    cons: ["Not differentiable at y_pred = y_true"],
    range: "[0, inf)",
    references: ["scikit-learn sklearn.metrics.mean_absolute_error"],
    conventions: ["The derivative at y_pred = y_true is 0 (sign(0) = 0)."],
  },
});
