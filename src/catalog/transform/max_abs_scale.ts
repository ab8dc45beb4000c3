import { transform } from "../entry.js";

export default transform({
  name: "max_abs_scale",
  formula: "x/max_abs",
  params: { max_abs: 1 },
  metadata: {
    description: "Max-abs scaling - x divided by the largest absolute value of the feature",
    usage: "Scaling sparse or already centred features to [-1, 1] without shifting them.",
    pros: ["Keeps zeros (and so sparsity)", "Keeps the sign"],
    cons: ["One outlier squeezes all other values together"],
    range: "[-1, 1] for |x| <= max_abs",
    references: [
      "scikit-learn sklearn.preprocessing.MaxAbsScaler",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "Without Neurogebra's + 1e-8 in the denominator: max_abs = 0 gives ±Infinity (NaN at x = 0), as IEEE division (scikit-learn replaces a zero scale by 1).",
    ],
  },
});
