import { metric } from "../entry.js";
import { UNDEFINED_AT_ZERO } from "./conventions.js";

export default metric({
  name: "r_squared",
  formula: "1 - ss_res/ss_tot",
  variables: ["ss_res", "ss_tot"],
  domains: {
    ss_res: { min: 0, max: Infinity, what: "a non-negative residual sum of squares" },
    ss_tot: { min: 0, max: Infinity, what: "a non-negative total sum of squares" },
  },
  metadata: {
    description: "Coefficient of determination 1 - ss_res/ss_tot from the residual and total sums of squares",
    usage: "The share of the target's variance a regression explains.",
    pros: ["Scale-free", "1 is a perfect fit, 0 the constant mean"],
    cons: ["Negative for fits worse than the mean", "Grows with the number of features (see adjusted_r_squared)"],
    range: "(-inf, 1]",
    aliases: ["coefficient_of_determination"],
    references: ["scikit-learn sklearn.metrics.r2_score"],
    conventions: [
      `${UNDEFINED_AT_ZERO} With ss_tot = 0 (a constant target) and ss_res > 0 the value is -Infinity: scikit-learn's r2_score(force_finite=False); by default it returns 1 (perfect fit) or 0 there.`,
      "For arrays of predictions and targets see r2_score.",
    ],
  },
});
