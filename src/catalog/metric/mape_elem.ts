import { metric } from "../entry.js";

export default metric({
  name: "mape_elem",
  formula: "Abs((y_pred - y_true)/y_true)",
  variables: ["y_pred", "y_true"],
  metadata: {
    description: "Per-sample absolute percentage error |(y_pred - y_true)/y_true| (as a fraction, not times 100)",
    usage: "Relative errors of forecasts whose targets stay away from 0.",
    pros: ["Scale-free"],
    cons: ["Infinite at y_true = 0", "Penalises over-forecasts more than under-forecasts"],
    range: "[0, inf]",
    references: ["scikit-learn sklearn.metrics.mean_absolute_percentage_error"],
    conventions: [
      "No epsilon: at y_true = 0 the value is Infinity (NaN if y_pred = 0 too). Neurogebra adds 1e-8 to y_true; scikit-learn divides by max(|y_true|, machine epsilon), a finite but enormous number.",
      "The mean over the samples is the array form mean_absolute_percentage_error.",
    ],
  },
});
