import { linalg } from "../entry.js";

export default linalg({
  variables: ["x"],
  name: "softmax",
  formula: "exp(x[i])/Sum(exp(x[j]), (j, 0, n - 1))",
  metadata: {
    description: "Softmax - exponentials normalised to sum to 1 along the last axis: a probability distribution over n classes",
    usage: "Output layer of a multi-class classifier; attention weights.",
    pros: ["Outputs are positive and sum to 1", "Differentiable; its Jacobian is diag(s) - s s^T"],
    cons: ["Saturates: large logit gaps give vanishing gradients", "Pair it with log_softmax or cross_entropy for losses, not log(softmax)"],
    range: "(0, 1), each row sums to 1",
    references: ["Bridle, Probabilistic Interpretation of Feedforward Classification Network Outputs, 1990", "PyTorch torch.softmax(x, dim=-1); Keras activations.softmax"],
    conventions: ["Along the last axis; the other axes are the batch.", "Evaluated with the maximum of each row subtracted first, so logits of ±1e4 neither overflow nor give NaN."],
  },
});
