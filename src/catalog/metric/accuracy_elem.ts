import { metric } from "../entry.js";

export default metric({
  name: "accuracy_elem",
  formula: "Piecewise((1, Eq(y_pred, y_true)), (0, True))",
  variables: ["y_pred", "y_true"],
  metadata: {
    description: "Per-sample accuracy: 1 where the predicted label equals the true label, 0 elsewhere",
    usage: "Accuracy of label predictions (any number of classes): its mean over the samples is scikit-learn's accuracy_score.",
    pros: ["Any labels, not only binary ones", "The mean (reduction \"mean\") is the accuracy"],
    cons: ["Not differentiable: the derivative is 0 wherever it exists", "Exact equality: scores need thresholding first (see accuracy)"],
    range: "{0, 1}",
    aliases: ["correct_prediction"],
    references: ["scikit-learn sklearn.metrics.accuracy_score"],
    conventions: [
      "Labels are compared as exact doubles; NaN in either gives NaN.",
      "The derivative is 0 (each branch is constant), also at a tie.",
    ],
  },
});
