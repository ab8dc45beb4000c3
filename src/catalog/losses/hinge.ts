import { loss } from "../entry.js";

export default loss({
  name: "hinge",
  formula: "Max(0, 1 - y_true*y_pred)",
  metadata: {
    description: "Hinge loss - the margin violation max(0, 1 - y_true*y_pred) of a score",
    usage: "Maximum-margin classifiers (SVMs) with labels y_true in {-1, 1} and raw scores y_pred.",
    pros: ["Sparse: zero loss and gradient once the margin is met", "Convex"],
    cons: ["Not differentiable at the margin", "Gives no probabilities"],
    range: "[0, inf)",
    references: ["Cortes & Vapnik, Support-Vector Networks, Machine Learning 1995", "Keras losses.Hinge"],
    conventions: [
      "Labels are -1 and 1 (Keras converts 0/1 labels to -1/1 first; this formula does not).",
      "At 1 - y_true*y_pred = 0 the derivative is 0, as relu'(0).",
    ],
  },
});
