import { linalg } from "../entry.js";

export default linalg({
  name: "log_softmax_score",
  formula: "-log(1 + exp(y - x))",
  variables: ["x", "y"],
  metadata: {
    description: "Log-softmax of the first of two logits: x - log(exp(x) + exp(y)) = -softplus(y - x)",
    usage: "Log-probability of the first of two classes; pairwise ranking losses (RankNet) as its negative.",
    pros: ["Exact for logits of ±1000 and beyond (-softplus of the difference)", "Gradient 1 - softmax_score"],
    cons: ["Only two logits: use log_softmax along the last axis for more"],
    range: "(-inf, 0]",
    references: ["torch.log_softmax(torch.tensor([x, y]), 0)[0]", "Burges et al., Learning to Rank using Gradient Descent (RankNet), ICML 2005"],
    conventions: ["Neurogebra writes x - log(exp(x) + exp(y) + 1e-8): the epsilon only dodges a log of zero that cannot happen, shifts the value where both logits are very negative, and the exponentials overflow at 710. It is written here as -log(1 + exp(y - x)), the same function, evaluated as -softplus(y - x)."],
  },
});
