import { loss } from "../entry.js";

const LSE = "log(Sum(exp(y_pred[k]), (k, 0, n - 1)))";

export default loss({
  name: "cross_entropy",
  formula: `-Sum(((1 - label_smoothing)*y_true[j] + label_smoothing/n)*(y_pred[j] - ${LSE}), (j, 0, n - 1))`,
  classIndex: { input: "y_true", formula: `(1 - label_smoothing)*(${LSE} - y_pred[y_true]) - label_smoothing*Sum(y_pred[j] - ${LSE}, (j, 0, n - 1))/n` },
  params: { label_smoothing: 0 },
  metadata: {
    description: "Cross entropy from logits - softmax and negative log-likelihood in one stable step, one number per row",
    usage: "Multi-class classification from raw scores (logits); targets as class probabilities or class indices.",
    pros: ["Stable for any logits (log-sum-exp with the max shift)", "Gradient softmax(y_pred) - y_true"],
    cons: ["Expects logits, not probabilities (see categorical_crossentropy)", "Overconfident without label smoothing"],
    range: "[0, inf)",
    aliases: ["softmax_cross_entropy"],
    references: ["PyTorch torch.nn.functional.cross_entropy (probabilities or class indices, label_smoothing)", "Szegedy et al., Rethinking the Inception Architecture (label smoothing), CVPR 2016"],
    conventions: [
      "y_pred are logits along the last axis; y_true has the same shape (probabilities) or that shape without the last axis (integer class indices, checked).",
      "label_smoothing mixes the target with the uniform distribution, as PyTorch: (1 - label_smoothing)*y_true + label_smoothing/n.",
      "One value per row; reduction \"mean\" and \"sum\" reduce over the rows (the batch).",
    ],
  },
});
