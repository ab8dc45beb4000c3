import { transform } from "../entry.js";

export default transform({
  name: "z_score_normalize",
  formula: "(x - mu)/sigma",
  params: { mu: 0, sigma: 1 },
  metadata: {
    description: "Z-score normalisation - x centred on mu and divided by sigma",
    usage: "Standardising a feature with its mean and standard deviation known (from the training data).",
    pros: ["Zero mean and unit variance on the data it was fitted on", "Unbounded: keeps outliers visible"],
    cons: ["Mean and standard deviation are sensitive to outliers", "sigma = 0 divides by zero"],
    range: "(-inf, inf)",
    references: [
      "scikit-learn sklearn.preprocessing.StandardScaler",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "Without Neurogebra's + 1e-8 in the denominator: sigma = 0 gives ±Infinity (NaN at x = mu), as IEEE division.",
      "The same formula as the statistics category's z_score, listed here under Neurogebra's transform name; standard_scaler computes mu and sigma from each row of an array.",
    ],
  },
});
