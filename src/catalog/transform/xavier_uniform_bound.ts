import { transform } from "../entry.js";

export default transform({
  name: "xavier_uniform_bound",
  formula: "gain*sqrt(6)/sqrt(fan_in + fan_out)",
  variables: ["fan_in", "fan_out"],
  params: { gain: 1 },
  domains: {
    fan_in: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of units" },
    fan_out: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of units" },
  },
  metadata: {
    description: "Bound a of Glorot (Xavier) uniform initialisation: weights drawn from U(-a, a)",
    usage: "Initialising layers followed by tanh or sigmoid, or linear layers.",
    pros: ["Keeps activation and gradient variances roughly constant across layers"],
    cons: ["Derived for symmetric activations; ReLU networks prefer He initialisation"],
    range: "(0, inf)",
    aliases: ["glorot_uniform_bound"],
    references: [
      "Glorot and Bengio, Understanding the difficulty of training deep feedforward neural networks, 2010",
      "PyTorch torch.nn.init.xavier_uniform_(w, gain)",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "fan_in (and fan_out) are the inputs, as PyTorch's _calculate_fan_in_and_fan_out gives them: for a Linear weight of shape (out, in), fan_in = in and fan_out = out; for a convolution both are multiplied by the kernel's size.",
      "gain*sqrt(6/(fan_in + fan_out)) as PyTorch's xavier_uniform_ (it computes sqrt(3)*gain*sqrt(2/(fan_in + fan_out))); gain defaults to 1 as there, and torch.nn.init.calculate_gain gives 5/3 for tanh and sqrt(2) for ReLU. Neurogebra's formula is the gain = 1 case. PyTorch torch/nn/init.py (commit 0014856d63dfb7d5bfc6531ca21bee76c8098e6c).",
    ],
  },
});
