import { transform } from "../entry.js";

export default transform({
  name: "robust_scale",
  formula: "(x - median_val)/iqr",
  params: { iqr: 1, median_val: 0 },
  metadata: {
    description: "Robust scaling - x centred on the median and divided by the interquartile range",
    usage: "Standardising a feature with outliers, given its median and interquartile range.",
    pros: ["Median and IQR are barely moved by outliers"],
    cons: ["iqr = 0 (more than half the values equal) divides by zero"],
    range: "(-inf, inf)",
    references: [
      "scikit-learn sklearn.preprocessing.RobustScaler",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "Without Neurogebra's + 1e-8 in the denominator: iqr = 0 gives ±Infinity (NaN at x = median_val), as IEEE division.",
      "The statistics are parameters; robust_scaler computes the median and the interquartile range from each row of an array.",
    ],
  },
});
