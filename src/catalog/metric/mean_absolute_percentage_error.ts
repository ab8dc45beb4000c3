import { metric } from "../entry.js";

export default metric({
  name: "mean_absolute_percentage_error",
  formula: "Sum(Abs((y_pred[j] - y_true[j])/y_true[j]), (j, 0, n - 1))/n",
  variables: ["y_pred", "y_true"],
  metadata: {
    description: "Mean absolute percentage error of predictions along the last axis, as a fraction (not times 100)",
    usage: "Relative errors of forecasts whose targets stay away from 0, one value per row.",
    pros: ["Scale-free"],
    cons: ["Infinite where a target is 0", "Penalises over-forecasts more than under-forecasts"],
    range: "[0, inf]",
    aliases: ["mape"],
    references: ["scikit-learn sklearn.metrics.mean_absolute_percentage_error"],
    conventions: [
      "No epsilon: a target of 0 gives Infinity (NaN if its prediction is 0 too); scikit-learn divides by max(|y_true|, machine epsilon), a finite but enormous number.",
      "Per element: mape_elem.",
    ],
  },
});
