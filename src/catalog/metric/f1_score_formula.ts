import { metric } from "../entry.js";
import { PROBABILITY } from "./conventions.js";

export default metric({
  name: "f1_score_formula",
  formula: "Piecewise((0, Eq(prec + rec, 0)), (2*prec*rec/(prec + rec), True))",
  variables: ["prec", "rec"],
  domains: { prec: PROBABILITY, rec: PROBABILITY },
  metadata: {
    description: "F1 score 2*prec*rec/(prec + rec): the harmonic mean of precision and recall",
    usage: "One number for a classifier when both kinds of error matter and the classes are imbalanced.",
    pros: ["Low unless both precision and recall are high"],
    cons: ["Ignores true negatives", "Weighs precision and recall equally (see fbeta_score_formula)"],
    range: "[0, 1]",
    aliases: ["f1_formula"],
    references: ["scikit-learn sklearn.metrics.f1_score", "van Rijsbergen, Information Retrieval, 1979"],
    conventions: [
      "At prec = rec = 0 the value is 0, the limit (0 <= F1 <= 2*min(prec, rec)) and scikit-learn's value, not 0/0; Neurogebra adds 1e-8 to the denominator. NaN in prec or rec (an undefined precision or recall) stays NaN.",
      "The derivative at prec = rec = 0 is 0 (the branch taken there).",
    ],
  },
});
