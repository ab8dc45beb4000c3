import { linalg } from "../entry.js";

export default linalg({
  name: "layer_norm",
  formula: "(x[i] - Sum(x[j], (j, 0, n - 1))/n)/sqrt(Sum((x[j] - Sum(x[k], (k, 0, n - 1))/n)**2, (j, 0, n - 1))/n + epsilon)",
  variables: ["x"],
  params: { epsilon: 1e-5 },
  metadata: {
    description: "Layer normalisation - each row centred on its mean and divided by its standard deviation",
    usage: "Transformers and recurrent networks: normalises features per example, independent of the batch.",
    pros: ["Independent of batch size", "Stabilises training of deep networks"],
    cons: ["Adds epsilon to the variance, so outputs are slightly shrunk for near-constant rows"],
    range: "(-sqrt(n), sqrt(n))",
    references: ["Ba, Kiros and Hinton, Layer Normalization, 2016", "PyTorch torch.nn.functional.layer_norm(x, [n], eps=1e-5) without affine weights"],
    conventions: ["Biased variance (divided by n) plus epsilon = 1e-5 inside the square root, as PyTorch; no learned scale or shift."],
  },
});
