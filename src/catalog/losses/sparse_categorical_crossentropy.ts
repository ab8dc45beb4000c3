import { loss } from "../entry.js";

export default loss({
  name: "sparse_categorical_crossentropy",
  formula: "-log(y_pred[y_true])",
  domains: { y_pred: { min: 0, max: 1, what: "a probability" } },
  metadata: {
    description: "Sparse categorical cross entropy - minus the log of the probability given to the true class index",
    usage: "Multi-class classification from probabilities with integer labels (Keras).",
    pros: ["No one-hot targets needed", "Cheap: one gather and one log per row"],
    cons: ["Takes probabilities; prefer cross_entropy on logits for stability"],
    range: "[0, inf)",
    references: ["Keras losses.SparseCategoricalCrossentropy(from_logits=False)"],
    conventions: ["y_true holds integer class indices in [0, n - 1], one per row (checked).", "No clipping of y_pred (Keras clips at 1e-7)."],
  },
});
