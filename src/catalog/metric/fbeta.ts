import { metric } from "../entry.js";
import { ARRAY_ZERO_DIVISION, PROBABILITY, THRESHOLD } from "./conventions.js";
import { ACTUAL, PREDICTED, TP } from "./counts.js";

export default metric({
  name: "fbeta",
  // (1 + beta**2)*tp/((1 + beta**2)*tp + beta**2*fn + fp), with that denominator = (tp + fp) + beta**2*(tp + fn).
  formula: `(1 + beta**2)*${TP}/(${PREDICTED} + beta**2*${ACTUAL})`,
  variables: ["y_pred", "y_true"],
  params: { threshold: 0.5, beta: 1 },
  domains: { y_true: PROBABILITY, beta: { min: 0, max: Infinity, what: "a non-negative weight" } },
  metadata: {
    description: "F-beta score of binary predictions along the last axis: recall weighted beta times as much as precision",
    usage: "Scoring a binary classifier when recall matters more (beta > 1) or less (beta < 1) than precision; one value per row.",
    pros: ["beta = 1 is f1, beta = 0 precision, beta -> inf recall"],
    cons: ["Ignores true negatives", "Not differentiable: the derivative with respect to y_pred is 0"],
    range: "[0, 1]",
    aliases: ["fbeta_score"],
    references: ["scikit-learn sklearn.metrics.fbeta_score (average=\"binary\")"],
    conventions: [THRESHOLD, `Neither a predicted nor an actual positive in a row: ${ARRAY_ZERO_DIVISION}`, "From precision and recall: fbeta_score_formula (parameter beta_f)."],
  },
});
