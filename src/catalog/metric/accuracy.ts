import { metric } from "../entry.js";
import { PROBABILITY, THRESHOLD } from "./conventions.js";
import { ACTUAL, PREDICTED, THRESHOLD_PARAM, TP } from "./counts.js";

export default metric({
  name: "accuracy",
  // (tp + tn)/n with tn = n - (tp + fp) - (tp + fn) + tp.
  formula: `(n - ${PREDICTED} - ${ACTUAL} + 2*${TP})/n`,
  variables: ["y_pred", "y_true"],
  params: THRESHOLD_PARAM,
  domains: { y_true: PROBABILITY },
  metadata: {
    description: "Accuracy of binary predictions along the last axis: the fraction of samples whose thresholded prediction equals the label",
    usage: "Scoring a binary classifier from its scores or probabilities, one value per row (per batch or per label).",
    pros: ["Simple and interpretable"],
    cons: ["Misleading on imbalanced classes (see balanced_accuracy, f1, matthews_corrcoef)", "Not differentiable: the derivative with respect to y_pred is 0"],
    range: "[0, 1]",
    aliases: ["accuracy_score", "binary_accuracy"],
    references: ["scikit-learn sklearn.metrics.accuracy_score", "Keras metrics.BinaryAccuracy (threshold 0.5)"],
    conventions: [
      THRESHOLD,
      "One value per row; for labels of several classes, the mean of accuracy_elem (reduction \"mean\") is scikit-learn's accuracy_score.",
    ],
  },
});
