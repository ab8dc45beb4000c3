import { loss } from "../entry.js";

export default loss({
  name: "squared_hinge",
  formula: "Max(0, 1 - y_true*y_pred)**2",
  metadata: {
    description: "Squared hinge loss - the square of the hinge's margin violation",
    usage: "Maximum-margin classifiers (L2-SVM) with labels in {-1, 1} when a smooth gradient is wanted.",
    pros: ["Continuously differentiable", "Convex"],
    cons: ["Penalises large violations quadratically, so more sensitive to outliers than hinge"],
    range: "[0, inf)",
    references: ["Keras losses.SquaredHinge"],
    conventions: ["Labels are -1 and 1.", "The derivative at the margin is 0 from both sides."],
  },
});
