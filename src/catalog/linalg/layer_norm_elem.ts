import { linalg } from "../entry.js";

export default linalg({
  name: "layer_norm_elem",
  formula: "gamma_ln*(x - mu)/sigma + beta_ln",
  params: { mu: 0, sigma: 1, gamma_ln: 1, beta_ln: 0 },
  trainable: ["gamma_ln", "beta_ln"],
  domains: {
    sigma: { min: Number.MIN_VALUE, max: Infinity, what: "a positive standard deviation" },
  },
  metadata: {
    description: "One element of layer normalisation given its row's mean and standard deviation: gamma*(x - mu)/sigma + beta",
    usage: "Layer norm element by element when the statistics are known; layer_norm computes them along the last axis.",
    pros: ["Learned scale gamma_ln and shift beta_ln (trainable)", "Linear in x"],
    cons: ["Takes the statistics as parameters: layer_norm computes them from the row"],
    range: "(-inf, inf)",
    references: ["Ba, Kiros and Hinton, Layer Normalization, 2016", "torch.nn.functional.layer_norm(x, [n], weight=gamma, bias=beta, eps)"],
    conventions: ["Neurogebra divides by sigma + 1e-5, which is not PyTorch's epsilon (PyTorch divides by sqrt(var + eps)) and only dodges a division by zero: here sigma must be positive (an ArgumentError otherwise) and nothing is added. For PyTorch's values pass sigma = sqrt(var + 1e-5) with the biased variance."],
  },
});
