import { linalg } from "../entry.js";

export default linalg({
  variables: ["x"],
  name: "log_softmax",
  formula: "x[i] - log(Sum(exp(x[j]), (j, 0, n - 1)))",
  metadata: {
    description: "Log-softmax - the logarithm of softmax, computed without forming softmax: x - logsumexp(x) along the last axis",
    usage: "Log-probabilities for a negative log-likelihood loss (nll_loss); numerically safer than log(softmax(x)).",
    pros: ["Exact for very negative log-probabilities, where log(softmax) gives -Infinity", "Gradient 1 - softmax is well conditioned"],
    cons: ["Outputs are log-probabilities, not probabilities"],
    range: "(-inf, 0]",
    references: ["PyTorch torch.log_softmax(x, dim=-1); Keras ops.log_softmax"],
    conventions: ["Along the last axis.", "Uses the max-shifted logsumexp: log_softmax([1000, 0]) = [0, -1000]."],
  },
});
