import { metric } from "../entry.js";
import huber from "../losses/huber.js";

export default metric({
  name: "huber_loss_elem",
  // The function of the loss huber, declared there once.
  formula: huber.formula,
  variables: ["y_pred", "y_true"],
  params: { delta: 1 },
  domains: { delta: { min: Number.MIN_VALUE, max: Infinity, what: "a positive threshold" } },
  metadata: {
    description: "Per-sample Huber error: quadratic up to delta, linear beyond",
    usage: "Scoring regressions with outliers; the loss huber is the same function for training.",
    pros: ["Robust to outliers", "Continuously differentiable"],
    cons: ["delta must suit the scale of the errors"],
    range: "[0, inf)",
    references: ["Huber, Robust Estimation of a Location Parameter, Ann. Math. Statist. 1964"],
    conventions: ["|y_pred - y_true| = delta belongs to the quadratic branch; both branches give the derivative delta*sign there."],
  },
});
