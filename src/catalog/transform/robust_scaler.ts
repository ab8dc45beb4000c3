import { transform } from "../entry.js";

export default transform({
  name: "robust_scaler",
  formula:
    "Piecewise(((x[i] - Quantile(x[j], (j, 0, n - 1), 1/2))/(Quantile(x[j], (j, 0, n - 1), 3/4) - Quantile(x[j], (j, 0, n - 1), 1/4)), Quantile(x[j], (j, 0, n - 1), 1/4) < Quantile(x[j], (j, 0, n - 1), 3/4)), (x[i] - Quantile(x[j], (j, 0, n - 1), 1/2), True))",
  variables: ["x"],
  metadata: {
    description: "Robust scaling of each row: centred on its median and divided by its interquartile range",
    usage: "Standardising data with outliers, with the median and quartiles taken from the data itself.",
    pros: ["Statistics computed from the data", "Median and interquartile range are barely moved by outliers"],
    cons: ["Sorts each row (n log n)", "Rows where more than half the values are equal have an IQR of 0 (divided by 1 instead)"],
    range: "(-inf, inf)",
    references: ["scikit-learn sklearn.preprocessing.RobustScaler (quantile_range=(25.0, 75.0)) and robust_scale"],
    conventions: [
      "Along the last axis (each row), where scikit-learn scales each column (axis 0): robust_scale(X, axis=1) is this, and RobustScaler().fit_transform(X) is this applied to X transposed.",
      "Quartiles interpolated linearly between order statistics (NumPy's percentile default, which scikit-learn uses): Quantile(x[j], (j, 0, n - 1), q) is sorted(x)[h] for h = (n - 1)*q, interpolated between its neighbours.",
      "An IQR of 0 is replaced by 1, as scikit-learn's _handle_zeros_in_scale, so such a row becomes x - median; a NaN in a row makes that row NaN (scikit-learn ignores NaN when fitting).",
    ],
  },
});
