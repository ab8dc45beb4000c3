import { loss } from "../entry.js";

export default loss({
  name: "categorical_crossentropy",
  formula: "-Sum(y_true[j]*log(y_pred[j]), (j, 0, n - 1))",
  domains: {
    y_pred: { min: 0, max: 1, what: "a probability" },
    y_true: { min: 0, max: 1, what: "a probability" },
  },
  metadata: {
    description: "Categorical cross entropy from probabilities - minus the sum of y_true*log(y_pred) along the last axis",
    usage: "Multi-class classification when the model already outputs probabilities (after softmax), as Keras's default.",
    pros: ["Direct reading as negative log-likelihood", "Accepts soft targets"],
    cons: ["log(softmax) loses digits for confident wrong predictions; prefer cross_entropy on logits"],
    range: "[0, inf)",
    references: ["Keras losses.CategoricalCrossentropy(from_logits=False)"],
    conventions: ["No clipping: Keras clips y_pred to [1e-7, 1 - 1e-7] and renormalises rows; here a probability of 1e-300 gives 690.8, exactly.", "One value per row."],
  },
});
