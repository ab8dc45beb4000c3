import { metric } from "../entry.js";
import { PROBABILITY } from "./conventions.js";

export default metric({
  name: "balanced_accuracy",
  formula: "(sensitivity + specificity)/2",
  variables: ["sensitivity", "specificity"],
  domains: { sensitivity: PROBABILITY, specificity: PROBABILITY },
  metadata: {
    description: "Balanced accuracy: the mean of sensitivity (recall) and specificity",
    usage: "Accuracy of a binary classifier on imbalanced classes.",
    pros: ["Not inflated by a majority class: always predicting one class gives 0.5"],
    cons: ["Binary form; for several classes average the per-class recalls"],
    range: "[0, 1]",
    references: ["scikit-learn sklearn.metrics.balanced_accuracy_score (adjusted=False)"],
  },
});
