import { loss } from "../entry.js";

export default loss({
  name: "bce_with_logits",
  // max(z, 0) - z*y as one Max: in a three-term sum, the canonical order adds softplus to -z*y before
  // max(z, 0), which cancels (y = 1, z = 40 gave 0 instead of 4e-18).
  formula: "Max(y_pred*(1 - y_true), -y_pred*y_true) + log(1 + exp(-Abs(y_pred)))",
  // The derived derivative is 1 - y_true at y_pred = 0 (Max's tie rule) instead of sigmoid(0) - y_true, and
  // sigmoid(y_pred) - y_true cancels for y_true = 1 and large y_pred; this form has neither problem.
  derivatives: { y_pred: "(1 - y_true)*sigmoid(y_pred) - y_true*sigmoid(-y_pred)" },
  metadata: {
    description: "Binary cross-entropy on logits - sigmoid and binary cross-entropy in one stable formula",
    usage: "Binary and multi-label classification on raw scores (logits) y_pred, with targets in [0, 1].",
    pros: ["Exact for every logit: no overflow, no clamp", "Gradient is simply sigmoid(y_pred) - y_true"],
    cons: ["Takes logits, not probabilities"],
    range: "[0, inf)",
    aliases: ["binary_crossentropy_with_logits", "sigmoid_cross_entropy"],
    references: ["PyTorch nn.BCEWithLogitsLoss; TensorFlow nn.sigmoid_cross_entropy_with_logits"],
    conventions: [
      "Equals -y_true*log(sigmoid(z)) - (1 - y_true)*log(1 - sigmoid(z)) for z = y_pred, written in the stable form max(z, 0) - z*y_true + log1p(exp(-|z|)) (TensorFlow's), with the first two terms as one Max: max(z*(1 - y_true), -z*y_true), which is >= 0 for y_true in [0, 1], so nothing cancels. Finite and exact at z = +-1000.",
      "Targets are meant to lie in [0, 1] but are not checked, as in PyTorch.",
      "Hand-written derivative (1 - y_true)*sigmoid(z) - y_true*sigmoid(-z) = sigmoid(z) - y_true, also at z = 0 and without cancellation for large |z|.",
    ],
  },
});
