import { linalg } from "../entry.js";

export default linalg({
  name: "batch_norm_elem",
  formula: "gamma_bn*(x - mu_batch)/sqrt(var_batch + epsilon) + beta_bn",
  params: { mu_batch: 0, var_batch: 1, gamma_bn: 1, beta_bn: 0, epsilon: 1e-5 },
  trainable: ["gamma_bn", "beta_bn"],
  domains: {
    var_batch: { min: 0, max: Infinity, what: "a non-negative variance" },
    epsilon: { min: Number.MIN_VALUE, max: Infinity, what: "a positive epsilon" },
  },
  metadata: {
    description: "One element of batch normalisation given the batch mean and variance: gamma*(x - mu)/sqrt(var + eps) + beta",
    usage: "Batch norm element by element with known statistics (inference with running statistics, or by hand).",
    pros: ["Learned scale gamma_bn and shift beta_bn (trainable)", "epsilon = 1e-5 as PyTorch's BatchNorm"],
    cons: ["Takes the statistics as parameters: the mean and variance over the batch axis are computed elsewhere"],
    range: "(-inf, inf)",
    references: ["Ioffe and Szegedy, Batch Normalization, ICML 2015", "torch.nn.functional.batch_norm(x, running_mean, running_var, weight, bias, eps=1e-5)"],
    conventions: ["Neurogebra's 1e-5 inside the square root is PyTorch's eps, part of the definition, so it stays, as the parameter epsilon (1e-5 by default).", "var_batch is the biased variance in training mode, as PyTorch normalises with; PyTorch's running_var stores the unbiased one."],
  },
});
