import { loss } from "../entry.js";

export default loss({
  name: "nll_loss",
  formula: "-y_pred[y_true]",
  metadata: {
    description: "Negative log-likelihood - minus the log-probability of the true class, from log-probabilities",
    usage: "After log_softmax, as PyTorch's NLLLoss; together they are cross_entropy.",
    pros: ["Exact: no logarithm taken here", "Gradient is minus the one-hot target"],
    cons: ["Needs log-probabilities as input, not logits or probabilities"],
    range: "[0, inf) for log-probabilities",
    references: ["PyTorch torch.nn.functional.nll_loss"],
    conventions: ["y_true holds integer class indices in [0, n - 1], one per row (checked)."],
  },
});
