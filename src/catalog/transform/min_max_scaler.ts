import { transform } from "../entry.js";

export default transform({
  name: "min_max_scaler",
  formula:
    "Piecewise(((x[i] - Quantile(x[j], (j, 0, n - 1), 0))/(Quantile(x[j], (j, 0, n - 1), 1) - Quantile(x[j], (j, 0, n - 1), 0)), Quantile(x[j], (j, 0, n - 1), 0) < Quantile(x[j], (j, 0, n - 1), 1)), (x[i] - Quantile(x[j], (j, 0, n - 1), 0), True))",
  variables: ["x"],
  metadata: {
    description: "Min-max scaling of each row: its minimum goes to 0, its maximum to 1",
    usage: "Scaling the values of an array to [0, 1] with the minimum and maximum taken from the data itself.",
    pros: ["Statistics computed from the data", "Keeps the shape of the distribution"],
    cons: ["One outlier squeezes all other values together"],
    range: "[0, 1]",
    references: ["scikit-learn sklearn.preprocessing.MinMaxScaler (feature_range=(0, 1)) and minmax_scale"],
    conventions: [
      "Along the last axis (each row), where scikit-learn scales each column (axis 0): minmax_scale(X, axis=1) is this, and MinMaxScaler().fit_transform(X) is this applied to X transposed.",
      "A constant row (max = min) is divided by 1, so it becomes 0, as scikit-learn's _handle_zeros_in_scale; a NaN in a row makes that row NaN (scikit-learn ignores NaN when fitting).",
      "The minimum and maximum are Quantile(x[j], (j, 0, n - 1), 0) and (..., 1): their derivative goes to the smallest and the largest element (at a tie, to one of them).",
    ],
  },
});
