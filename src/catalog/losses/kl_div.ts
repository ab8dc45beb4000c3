import { loss } from "../entry.js";

export default loss({
  name: "kl_div",
  formula: "Piecewise((0, Eq(y_true, 0)), (y_true*(log(y_true) - log(y_pred)), True))",
  domains: {
    y_pred: { min: 0, max: Infinity, what: "a probability (non-negative)" },
    y_true: { min: 0, max: Infinity, what: "a probability (non-negative)" },
  },
  metadata: {
    description: "Kullback-Leibler divergence term y_true*log(y_true/y_pred); summed over a distribution it is KL(y_true || y_pred)",
    usage: "Matching a predicted distribution to a target one (distillation, VAEs); reduce with \"sum\" over the classes.",
    pros: ["Zero exactly when the distributions agree", "Accepts soft targets"],
    cons: ["Asymmetric", "Infinite where y_pred = 0 < y_true"],
    range: "(-inf, inf) per element; the sum over a distribution is >= 0",
    aliases: ["kl_divergence", "kld"],
    references: ["Kullback & Leibler, On Information and Sufficiency, Ann. Math. Statist. 1951", "Keras losses.KLDivergence; PyTorch nn.KLDivLoss"],
    conventions: [
      "y_pred is a probability, as in Keras (PyTorch's KLDivLoss takes log-probabilities instead).",
      "0 where y_true = 0 (the limit of t*log(t)), with derivative 0, as PyTorch's xlogy; Keras clips both to [1e-7, 1] instead.",
      "Written y_true*(log(y_true) - log(y_pred)), equal to y_true*log(y_true/y_pred) but without the quotient's underflow or overflow (y_true = 1e-300, y_pred = 1e100).",
    ],
  },
});
