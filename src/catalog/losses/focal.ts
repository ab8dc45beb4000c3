import { loss } from "../entry.js";

// 1 - p_t with p = sigmoid(y_pred), written with sigmoid(-y_pred) for 1 - p so that it never cancels.
const ONE_MINUS_PT = "((1 - y_true)*sigmoid(y_pred) + y_true*sigmoid(-y_pred))";
const ALPHA_T = "(alpha*y_true + (1 - alpha)*(1 - y_true))";
// bce_with_logits, with max(z, 0) - z*y as one Max so that the sum cannot cancel (see there).
const CE = "(Max(y_pred*(1 - y_true), -y_pred*y_true) + log(1 + exp(-Abs(y_pred))))";

export default loss({
  name: "focal",
  formula: `${ALPHA_T}*${CE}*${ONE_MINUS_PT}**gamma`,
  params: { alpha: 0.25, gamma: 2 },
  // d(CE) = sigmoid(z) - y_true and d(1 - p_t) = (1 - 2*y_true)*sigmoid(z)*sigmoid(-z), written without
  // cancellation; the derived one also takes Max's tie rule at z = 0 (giving CE' = 1 - y_true instead of 0.5 - y_true).
  derivatives: {
    y_pred: `${ALPHA_T}*(((1 - y_true)*sigmoid(y_pred) - y_true*sigmoid(-y_pred))*${ONE_MINUS_PT}**gamma + gamma*${CE}*${ONE_MINUS_PT}**(gamma - 1)*(1 - 2*y_true)*sigmoid(y_pred)*sigmoid(-y_pred))`,
  },
  metadata: {
    description: "Focal loss - binary cross-entropy on logits, down-weighted by (1 - p_t)**gamma for well-classified examples",
    usage: "Dense detection and other heavily imbalanced binary problems, on logits y_pred with targets in [0, 1].",
    pros: ["Focuses training on hard examples", "alpha balances positives and negatives"],
    cons: ["Two hyper-parameters", "gamma < 1 makes the derivative infinite where p_t = 1"],
    range: "[0, inf)",
    aliases: ["sigmoid_focal_loss"],
    references: ["Lin et al., Focal Loss for Dense Object Detection, ICCV 2017", "torchvision.ops.sigmoid_focal_loss"],
    conventions: [
      "As torchvision's sigmoid_focal_loss: alpha_t*CE*(1 - p_t)**gamma with p = sigmoid(y_pred), p_t = p*y_true + (1 - p)*(1 - y_true), alpha_t = alpha*y_true + (1 - alpha)*(1 - y_true), CE = bce_with_logits.",
      "Written in a stable equivalent form: 1 - p_t as (1 - y_true)*sigmoid(y_pred) + y_true*sigmoid(-y_pred), CE as in bce_with_logits, so confident logits give the true tiny loss rather than 0.",
      "Hand-written derivative, equal to the derived one away from y_pred = 0, with CE' = sigmoid(y_pred) - y_true also at 0.",
      "Targets are meant to lie in [0, 1] but are not checked, as in torchvision.",
      "A negative alpha is not special-cased (torchvision skips the alpha_t factor when alpha < 0).",
    ],
  },
});
