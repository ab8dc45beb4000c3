import { metric } from "../entry.js";

export default metric({
  name: "r2_score",
  formula: "1 - Sum((y_true[j] - y_pred[j])**2, (j, 0, n - 1))/Sum((y_true[j] - Sum(y_true[k], (k, 0, n - 1))/n)**2, (j, 0, n - 1))",
  variables: ["y_pred", "y_true"],
  metadata: {
    description: "Coefficient of determination R**2 of predictions along the last axis: 1 - residual sum of squares/total sum of squares",
    usage: "The share of the target's variance a regression explains, one value per row (per output).",
    pros: ["Scale-free", "1 is a perfect fit, 0 the constant mean", "Differentiable in y_pred (a loss for fitting)"],
    cons: ["Negative for fits worse than the mean", "Undefined for a constant target"],
    range: "(-inf, 1]",
    aliases: ["coefficient_of_determination_score"],
    references: ["scikit-learn sklearn.metrics.r2_score"],
    conventions: [
      "A constant target row (total sum of squares 0) gives NaN for a perfect prediction and -Infinity otherwise: scikit-learn's r2_score(force_finite=False); by default it returns 1 and 0 there.",
      "Each row is one output: scikit-learn's columns (multioutput=\"raw_values\") are the rows here.",
      "From sums of squares: r_squared.",
    ],
  },
});
