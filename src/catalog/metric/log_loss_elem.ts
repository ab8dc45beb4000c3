import { metric } from "../entry.js";
import cross_entropy_elem from "../statistics/cross_entropy_elem.js";

export default metric({
  name: "log_loss_elem",
  // The function of the statistics entry cross_entropy_elem, declared there once.
  formula: cross_entropy_elem.formula,
  variables: cross_entropy_elem.variables,
  domains: cross_entropy_elem.domains,
  metadata: {
    description: "Per-sample log loss -y*log(p) - (1 - y)*log(1 - p) of a predicted probability p for a label y",
    usage: "Scoring probabilistic classifiers: its mean over the samples is scikit-learn's log_loss.",
    pros: ["A proper scoring rule", "No epsilon: exact at p = 0 and p = 1 for a hard label"],
    cons: ["Infinite for a confident wrong prediction"],
    range: "[0, inf]",
    references: ["scikit-learn sklearn.metrics.log_loss"],
    conventions: [
      "0*log(0) = 0: a term whose weight y or 1 - y is 0 is 0. Neurogebra adds 1e-15 inside the first log; scikit-learn clips p to [eps, 1 - eps] (machine epsilon), which caps a confident wrong prediction at about 36 instead of Infinity.",
      "The same function as the statistics entry cross_entropy_elem, under scikit-learn's name.",
    ],
  },
});
