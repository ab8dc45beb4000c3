import { transform } from "../entry.js";

export default transform({
  name: "min_max_normalize",
  formula: "(x - x_min)/(x_max - x_min)",
  params: { x_max: 1, x_min: 0 },
  metadata: {
    description: "Min-max normalisation - x mapped linearly so that x_min goes to 0 and x_max to 1",
    usage: "Scaling a feature to [0, 1] with its minimum and maximum known (from the training data).",
    pros: ["Keeps the shape of the distribution", "Bounded output on the data it was fitted on"],
    cons: ["One outlier squeezes all other values together", "x_max = x_min divides by zero"],
    range: "[0, 1] for x in [x_min, x_max]",
    references: [
      "scikit-learn sklearn.preprocessing.MinMaxScaler",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "Without Neurogebra's + 1e-8 in the denominator: x_max = x_min gives 0/0 = NaN at x = x_min and ±Infinity elsewhere, as IEEE division (scikit-learn replaces a zero range by 1).",
      "The statistics are parameters; min_max_scaler computes them from each row of an array.",
    ],
  },
});
