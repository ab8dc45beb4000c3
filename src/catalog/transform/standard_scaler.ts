import { transform } from "../entry.js";

export default transform({
  name: "standard_scaler",
  formula:
    "Piecewise(((x[i] - Sum(x[j], (j, 0, n - 1))/n)/sqrt(Sum((x[j] - Sum(x[k], (k, 0, n - 1))/n)**2, (j, 0, n - 1))/n), Quantile(x[j], (j, 0, n - 1), 0) < Quantile(x[j], (j, 0, n - 1), 1)), (x[i] - Sum(x[j], (j, 0, n - 1))/n, True))",
  variables: ["x"],
  metadata: {
    description: "Standard scaling of each row: centred on its mean and divided by its standard deviation",
    usage: "Standardising the values of an array with mean and standard deviation taken from the data itself.",
    pros: ["Statistics computed from the data", "Zero mean and unit variance per row"],
    cons: ["Mean and standard deviation are sensitive to outliers (see robust_scaler)"],
    range: "(-sqrt(n), sqrt(n))",
    references: ["scikit-learn sklearn.preprocessing.StandardScaler and scale"],
    conventions: [
      "Along the last axis (each row), where scikit-learn scales each column (axis 0): scale(X, axis=1) is this, and StandardScaler().fit_transform(X) is this applied to X transposed.",
      "Population standard deviation (divided by n, ddof = 0), as scikit-learn's; no epsilon (layer_norm is the same with PyTorch's epsilon inside the square root).",
      "A constant row (max = min) is divided by 1 instead of its standard deviation 0, as scikit-learn's _handle_zeros_in_scale, so it becomes x - mean (0 up to the rounding of the mean); a NaN in a row makes that row NaN.",
    ],
  },
});
