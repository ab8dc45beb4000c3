import { linalg } from "../entry.js";

export default linalg({
  name: "logsumexp",
  formula: "log(Sum(exp(x[j]), (j, 0, n - 1)))",
  variables: ["x"],
  metadata: {
    description: "Log-sum-exp - log of the sum of exponentials along the last axis: a smooth maximum, one number per row",
    usage: "Normalising constants of softmax models, log-likelihoods of mixtures, smooth max pooling.",
    pros: ["Smooth upper bound of max(x), within log(n) of it", "Its gradient is softmax(x)"],
    cons: ["Overflows when written naively; needs the max shift"],
    range: "[max(x), max(x) + log(n)]",
    aliases: ["log_sum_exp"],
    references: ["PyTorch torch.logsumexp; SciPy scipy.special.logsumexp"],
    conventions: ["Along the last axis, one value per row.", "Evaluated as M + log(sum(exp(x - M))) with M the row maximum (0 when M is infinite, as SciPy)."],
  },
});
