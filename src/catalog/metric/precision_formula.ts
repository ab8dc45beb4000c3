import { metric } from "../entry.js";
import { COUNT, ZERO_DIVISION } from "./conventions.js";

export default metric({
  name: "precision_formula",
  formula: "tp/(tp + fp)",
  variables: ["tp", "fp"],
  domains: { tp: COUNT, fp: COUNT },
  metadata: {
    description: "Precision tp/(tp + fp): the fraction of predicted positives that are positive",
    usage: "Classification where false positives are costly (spam filters, alerts), from counts of a confusion matrix.",
    pros: ["Directly interpretable", "Works on weighted counts"],
    cons: ["Ignores false negatives (see recall_formula)", "Undefined without predicted positives"],
    range: "[0, 1]",
    aliases: ["positive_predictive_value"],
    references: ["scikit-learn sklearn.metrics.precision_score"],
    conventions: [ZERO_DIVISION, "For labels and scores along an axis see the array form precision."],
  },
});
