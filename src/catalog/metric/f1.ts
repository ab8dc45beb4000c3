import { metric } from "../entry.js";
import { ARRAY_ZERO_DIVISION, PROBABILITY, THRESHOLD } from "./conventions.js";
import { ACTUAL, PREDICTED, THRESHOLD_PARAM, TP } from "./counts.js";

export default metric({
  name: "f1",
  // 2*tp/(2*tp + fp + fn), with 2*tp + fp + fn = (tp + fp) + (tp + fn).
  formula: `2*${TP}/(${PREDICTED} + ${ACTUAL})`,
  variables: ["y_pred", "y_true"],
  params: THRESHOLD_PARAM,
  domains: { y_true: PROBABILITY },
  metadata: {
    description: "F1 score of binary predictions along the last axis: 2*tp/(2*tp + fp + fn), the harmonic mean of precision and recall",
    usage: "One number for a binary classifier on imbalanced classes, from its scores or probabilities; one value per row.",
    pros: ["Low unless both precision and recall are high", "Defined (0) when there are positives but no true positive"],
    cons: ["Ignores true negatives", "Not differentiable: the derivative with respect to y_pred is 0"],
    range: "[0, 1]",
    aliases: ["f1_score"],
    references: ["scikit-learn sklearn.metrics.f1_score (average=\"binary\")"],
    conventions: [THRESHOLD, `Neither a predicted nor an actual positive in a row: ${ARRAY_ZERO_DIVISION}`, "From precision and recall: f1_score_formula."],
  },
});
