import { loss } from "../entry.js";

export default loss({
  name: "binary_crossentropy",
  formula: "-y_true*Max(log(y_pred), -100) - (1 - y_true)*Max(log(1 - y_pred), -100)",
  // The derived derivative multiplies Max's step (0 in the clamp) by 1/y_pred (inf at 0): NaN. Here the clamped
  // branch is a separate Piecewise case, so the derivative is finite on all of [0, 1].
  derivatives: {
    y_pred: "Piecewise((-y_true/y_pred, log(y_pred) > -100), (0, True)) + Piecewise(((1 - y_true)/(1 - y_pred), log(1 - y_pred) > -100), (0, True))",
  },
  domains: {
    y_pred: { min: 0, max: 1, what: "a probability" },
    y_true: { min: 0, max: 1, what: "a probability" },
  },
  metadata: {
    description: "Binary cross-entropy - negative log-likelihood of a predicted probability y_pred for a target y_true in [0, 1]",
    usage: "Binary and multi-label classification after a sigmoid; prefer bce_with_logits on raw scores.",
    pros: ["Proper scoring rule: calibrated probabilities", "Accepts soft targets"],
    cons: ["Saturates: clamped at 100 when y_pred reaches 0 or 1", "Less accurate than bce_with_logits, which sees the logit"],
    range: "[0, 100]",
    aliases: ["bce", "log_loss"],
    references: ["PyTorch nn.BCELoss; Keras losses.BinaryCrossentropy"],
    conventions: [
      "Follows PyTorch's BCELoss: each log is clamped at -100, written in the formula as Max(log(...), -100), so y_pred = 0 or 1 gives a finite loss (100 times the wrong label's weight) instead of Infinity or NaN. Keras clips y_pred to [1e-7, 1 - 1e-7] instead.",
      "The clamp acts for y_pred below exp(-100) ~ 3.7e-44 and at y_pred = 1 exactly (no double below 1 is that close to it); there the clamped term is constant, so its (hand-written) derivative is 0: at y_pred = 0 the derivative is 1 - y_true, at y_pred = 1 it is -y_true. PyTorch's backward uses (y_pred - y_true)/max(y_pred*(1 - y_pred), 1e-12) instead.",
      "log(1 - y_pred) is evaluated as log1p(-y_pred) (a stability rewrite), exact for tiny y_pred.",
      "y_pred or y_true outside [0, 1] is an error naming the input and index.",
    ],
  },
});
