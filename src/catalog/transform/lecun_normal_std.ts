import { transform } from "../entry.js";

export default transform({
  name: "lecun_normal_std",
  formula: "1/sqrt(fan_in)",
  variables: ["fan_in"],
  domains: {
    fan_in: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of units" },
  },
  metadata: {
    description: "Standard deviation of LeCun normal initialisation: weights drawn from N(0, 1/fan_in)",
    usage: "Initialising self-normalising networks (SELU) and linear layers.",
    pros: ["Keeps the variance of linear activations constant across layers"],
    cons: ["Too small for ReLU networks (use He)"],
    range: "(0, inf)",
    references: [
      "LeCun et al., Efficient BackProp, 1998",
      "Klambauer et al., Self-Normalizing Neural Networks, 2017",
      "PyTorch torch.nn.init.kaiming_normal_(w, nonlinearity=\"linear\")",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "PyTorch has no lecun_normal_: this is its kaiming_normal_ with nonlinearity=\"linear\" (gain 1), std = 1/sqrt(fan_in). Keras's and JAX's lecun_normal draw from a normal truncated at two standard deviations and rescale it to this standard deviation. PyTorch torch/nn/init.py (commit 0014856d63dfb7d5bfc6531ca21bee76c8098e6c).",
    ],
  },
});
