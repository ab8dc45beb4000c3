import { transform } from "../entry.js";

export default transform({
  name: "xavier_normal_std",
  formula: "gain*sqrt(2)/sqrt(fan_in + fan_out)",
  variables: ["fan_in", "fan_out"],
  params: { gain: 1 },
  domains: {
    fan_in: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of units" },
    fan_out: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of units" },
  },
  metadata: {
    description: "Standard deviation of Glorot (Xavier) normal initialisation: weights drawn from N(0, std**2)",
    usage: "Initialising layers followed by tanh or sigmoid, or linear layers.",
    pros: ["Keeps activation and gradient variances roughly constant across layers"],
    cons: ["Derived for symmetric activations; ReLU networks prefer He initialisation"],
    range: "(0, inf)",
    aliases: ["glorot_normal_std"],
    references: [
      "Glorot and Bengio, Understanding the difficulty of training deep feedforward neural networks, 2010",
      "PyTorch torch.nn.init.xavier_normal_(w, gain)",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "fan_in (and fan_out) are the inputs, as PyTorch's _calculate_fan_in_and_fan_out gives them: for a Linear weight of shape (out, in), fan_in = in and fan_out = out; for a convolution both are multiplied by the kernel's size.",
      "gain*sqrt(2/(fan_in + fan_out)) as PyTorch's xavier_normal_; gain defaults to 1 as there (torch.nn.init.calculate_gain gives 5/3 for tanh, sqrt(2) for ReLU). Neurogebra's formula is the gain = 1 case. PyTorch torch/nn/init.py (commit 0014856d63dfb7d5bfc6531ca21bee76c8098e6c).",
    ],
  },
});
