import { metric } from "../entry.js";
import { PROBABILITY } from "./conventions.js";

export default metric({
  name: "brier_score_elem",
  formula: "(p - y)**2",
  variables: ["p", "y"],
  domains: { p: PROBABILITY, y: PROBABILITY },
  metadata: {
    description: "Per-sample Brier score (p - y)**2 of a predicted probability p for a label y",
    usage: "Calibration of probabilistic classifiers: its mean is scikit-learn's brier_score_loss.",
    pros: ["A proper scoring rule", "Bounded, unlike the log loss"],
    cons: ["Less sensitive than the log loss to confident mistakes"],
    range: "[0, 1]",
    references: ["scikit-learn sklearn.metrics.brier_score_loss", "Brier, Monthly Weather Review 1950"],
  },
});
