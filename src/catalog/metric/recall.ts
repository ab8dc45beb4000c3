import { metric } from "../entry.js";
import { ARRAY_ZERO_DIVISION, PROBABILITY, THRESHOLD } from "./conventions.js";
import { ACTUAL, THRESHOLD_PARAM, TP } from "./counts.js";

export default metric({
  name: "recall",
  formula: `${TP}/${ACTUAL}`,
  variables: ["y_pred", "y_true"],
  params: THRESHOLD_PARAM,
  domains: { y_true: PROBABILITY },
  metadata: {
    description: "Recall of binary predictions along the last axis: true positives over actual positives",
    usage: "Scoring a binary classifier from its scores or probabilities when missed positives are costly; one value per row (per batch or per label).",
    pros: ["Directly interpretable"],
    cons: ["Ignores false positives (see precision)", "Not differentiable: the derivative with respect to y_pred is 0"],
    range: "[0, 1]",
    aliases: ["recall_score"],
    references: ["scikit-learn sklearn.metrics.recall_score (average=\"binary\")"],
    conventions: [THRESHOLD, `No actual positive in a row: ${ARRAY_ZERO_DIVISION}`, "From counts: recall_formula."],
  },
});
