import { metric } from "../entry.js";
import { COUNT, ZERO_DIVISION } from "./conventions.js";

export default metric({
  name: "specificity_formula",
  formula: "tn/(tn + fp)",
  variables: ["tn", "fp"],
  domains: { tn: COUNT, fp: COUNT },
  metadata: {
    description: "Specificity tn/(tn + fp): the fraction of negatives that are predicted negative",
    usage: "Screening and diagnostics, beside recall (sensitivity); 1 - specificity is the false positive rate of a ROC curve.",
    pros: ["Directly interpretable"],
    cons: ["Ignores positives entirely"],
    range: "[0, 1]",
    aliases: ["true_negative_rate"],
    references: ["scikit-learn sklearn.metrics.recall_score(pos_label=0) (recall of the negative class)"],
    conventions: [ZERO_DIVISION],
  },
});
