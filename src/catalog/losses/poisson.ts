import { loss } from "../entry.js";

export default loss({
  name: "poisson",
  formula: "y_pred - y_true*log(y_pred)",
  domains: {
    // The smallest positive double: the rate must be strictly positive (log(0) is -inf).
    y_pred: { min: Number.MIN_VALUE, max: Infinity, what: "a positive rate" },
    y_true: { min: 0, max: Infinity, what: "a non-negative count" },
  },
  metadata: {
    description: "Poisson loss - negative log-likelihood of a Poisson rate y_pred for a count y_true, up to a constant",
    usage: "Regression of counts (events, clicks) with a positive predicted rate.",
    pros: ["Matches count data", "Convex in y_pred"],
    cons: ["Needs y_pred > 0 (use exp or softplus on the output)", "Drops the constant log(y_true!)"],
    range: "(-inf, inf): minimum y_true - y_true*log(y_true) at y_pred = y_true",
    references: ["Keras losses.Poisson; PyTorch nn.PoissonNLLLoss(log_input=False)"],
    conventions: [
      "y_pred <= 0 is an error (it is not a rate); Keras and PyTorch add epsilon = 1e-7 or 1e-8 inside the log instead.",
      "y_true = 0 gives y_pred exactly (0*log(y_pred) = 0 for y_pred > 0).",
    ],
  },
});
