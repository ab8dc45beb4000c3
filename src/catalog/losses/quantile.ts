import { loss } from "../entry.js";

export default loss({
  name: "quantile",
  formula: "Max(q*(y_true - y_pred), (q - 1)*(y_true - y_pred))",
  params: { q: 0.5 },
  // The derived derivative sends a tie to the first Max argument (-q); this splits it evenly, like
  // torch.maximum, so that q = 0.5 (half the absolute error) has derivative 0 at y_pred = y_true.
  derivatives: { y_pred: "Piecewise((-q, y_pred < y_true), (1 - q, y_pred > y_true), (1/2 - q, True))" },
  metadata: {
    description: "Quantile (pinball) loss - asymmetric absolute error whose minimiser is the q-th quantile",
    usage: "Quantile regression and prediction intervals (q = 0.1 and 0.9, say); q = 0.5 is half the MAE.",
    pros: ["Estimates any quantile", "Robust to outliers"],
    cons: ["Not differentiable at y_pred = y_true", "One model per quantile"],
    range: "[0, inf)",
    aliases: ["pinball"],
    references: ["Koenker & Bassett, Regression Quantiles, Econometrica 1978"],
    conventions: [
      "Assumes 0 <= q <= 1: under-prediction costs q per unit, over-prediction 1 - q.",
      "Hand-written derivative: at y_pred = y_true it is 0.5 - q, the tie split evenly between the two Max arguments (torch.maximum's rule).",
    ],
  },
});
