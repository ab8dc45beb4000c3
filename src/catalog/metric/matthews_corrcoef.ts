import { metric } from "../entry.js";
import { PROBABILITY, THRESHOLD } from "./conventions.js";
import { ACTUAL, PREDICTED, THRESHOLD_PARAM, TP } from "./counts.js";

export default metric({
  name: "matthews_corrcoef",
  // (tp*tn - fp*fn)/sqrt(...) in the totals, as scikit-learn computes it: tp*tn - fp*fn = n*tp - (tp + fp)*(tp + fn).
  formula: `(n*${TP} - ${PREDICTED}*${ACTUAL})/sqrt(${PREDICTED}*${ACTUAL}*(n - ${PREDICTED})*(n - ${ACTUAL}))`,
  variables: ["y_pred", "y_true"],
  params: THRESHOLD_PARAM,
  domains: { y_true: PROBABILITY },
  metadata: {
    description: "Matthews correlation coefficient of binary predictions along the last axis: the correlation between thresholded predictions and labels",
    usage: "A single balanced score for a binary classifier from its scores or probabilities, reliable on imbalanced classes; one value per row.",
    pros: ["Uses all four cells of the confusion matrix", "Symmetric in the classes"],
    cons: ["Undefined when all predictions or all labels are of one class", "Not differentiable: the derivative with respect to y_pred is 0"],
    range: "[-1, 1]",
    aliases: ["mcc"],
    references: ["scikit-learn sklearn.metrics.matthews_corrcoef", "Matthews, Biochim. Biophys. Acta 1975"],
    conventions: [
      THRESHOLD,
      "All predictions or all labels of one class: 0/0 = NaN; scikit-learn returns 0 there.",
      "From counts: matthews_corr.",
    ],
  },
});
