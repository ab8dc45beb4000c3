import { linalg } from "../entry.js";

export default linalg({
  name: "softmax_score",
  formula: "1/(1 + exp(y - x))",
  variables: ["x", "y"],
  metadata: {
    description: "Softmax probability of the first of two logits: exp(x)/(exp(x) + exp(y)) = sigmoid(x - y)",
    usage: "Two-class softmax, pairwise preference models (Bradley-Terry), the probability that x beats y.",
    pros: ["Exact for logits of ±1000 and beyond (sigmoid of the difference)", "Differentiable: d/dx = s*(1 - s) = -d/dy"],
    cons: ["Only two logits: use softmax along the last axis for more"],
    range: "[0, 1]",
    references: ["Bradley and Terry, Biometrika 1952", "torch.softmax(torch.tensor([x, y]), 0)[0]"],
    conventions: ["Neurogebra writes exp(x)/(exp(x) + exp(y) + 1e-8): the epsilon only dodges a division by zero that cannot happen (the sum is positive), gives 1/(1 + 1e-8*exp(-x)) at x = y = -20 instead of 0.5, and its exponentials overflow at 710 (NaN). It is written here as 1/(1 + exp(y - x)), the same function, evaluated overflow-free as sigmoid(x - y)."],
  },
});
