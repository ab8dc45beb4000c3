import { metric } from "../entry.js";
import { ARRAY_ZERO_DIVISION, PROBABILITY, THRESHOLD } from "./conventions.js";
import { PREDICTED, THRESHOLD_PARAM, TP } from "./counts.js";

export default metric({
  name: "precision",
  formula: `${TP}/${PREDICTED}`,
  variables: ["y_pred", "y_true"],
  params: THRESHOLD_PARAM,
  domains: { y_true: PROBABILITY },
  metadata: {
    description: "Precision of binary predictions along the last axis: true positives over predicted positives",
    usage: "Scoring a binary classifier from its scores or probabilities when false positives are costly; one value per row (per batch or per label).",
    pros: ["Directly interpretable"],
    cons: ["Ignores false negatives (see recall)", "Not differentiable: the derivative with respect to y_pred is 0"],
    range: "[0, 1]",
    aliases: ["precision_score"],
    references: ["scikit-learn sklearn.metrics.precision_score (average=\"binary\")"],
    conventions: [THRESHOLD, `No predicted positive in a row: ${ARRAY_ZERO_DIVISION}`, "From counts: precision_formula."],
  },
});
