import { transform } from "../entry.js";

export default transform({
  name: "min_max_to_range",
  formula: "a_range + (b_range - a_range)*(x - x_min)/(x_max - x_min)",
  params: { a_range: -1, b_range: 1, x_max: 1, x_min: 0 },
  metadata: {
    description: "Min-max scaling to [a_range, b_range] - x_min goes to a_range and x_max to b_range",
    usage: "Scaling a feature to a target interval such as [-1, 1] (tanh units) with its minimum and maximum known.",
    pros: ["Any target interval", "Keeps the shape of the distribution"],
    cons: ["Sensitive to outliers through x_min and x_max", "x_max = x_min divides by zero"],
    range: "[a_range, b_range] for x in [x_min, x_max]",
    references: [
      "scikit-learn sklearn.preprocessing.MinMaxScaler(feature_range=(a_range, b_range))",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "Without Neurogebra's + 1e-8 in the denominator: x_max = x_min gives 0/0 = NaN at x = x_min and ±Infinity elsewhere, as IEEE division.",
      "The default target is [-1, 1]; min_max_normalize is the [0, 1] case.",
    ],
  },
});
