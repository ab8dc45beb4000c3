import { metric } from "../entry.js";
import { COUNT, ZERO_DIVISION } from "./conventions.js";

export default metric({
  name: "recall_formula",
  formula: "tp/(tp + fn)",
  variables: ["tp", "fn"],
  domains: { tp: COUNT, fn: COUNT },
  metadata: {
    description: "Recall tp/(tp + fn): the fraction of positives that are predicted positive",
    usage: "Classification where missed positives are costly (screening, fraud), from counts of a confusion matrix.",
    pros: ["Directly interpretable", "Works on weighted counts"],
    cons: ["Ignores false positives (see precision_formula)", "Undefined without positives"],
    range: "[0, 1]",
    aliases: ["sensitivity_formula", "true_positive_rate"],
    references: ["scikit-learn sklearn.metrics.recall_score"],
    conventions: [ZERO_DIVISION, "For labels and scores along an axis see the array form recall."],
  },
});
