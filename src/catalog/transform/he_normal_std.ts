import { transform } from "../entry.js";

export default transform({
  name: "he_normal_std",
  formula: "sqrt(2/(1 + a**2))/sqrt(fan_in)",
  variables: ["fan_in"],
  params: { a: 0 },
  domains: {
    fan_in: { min: Number.MIN_VALUE, max: Infinity, what: "a positive number of units" },
  },
  metadata: {
    description: "Standard deviation of He (Kaiming) normal initialisation: weights drawn from N(0, std**2)",
    usage: "Initialising layers followed by ReLU or leaky ReLU (negative slope a).",
    pros: ["Keeps the variance of ReLU activations constant across layers"],
    cons: ["Derived for rectifiers; for tanh use Xavier"],
    range: "(0, inf)",
    aliases: ["kaiming_normal_std"],
    references: [
      "He et al., Delving Deep into Rectifiers, 2015",
      "PyTorch torch.nn.init.kaiming_normal_(w, a, mode=\"fan_in\")",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "sqrt(2/((1 + a**2)*fan_in)) as PyTorch's kaiming_normal_ (gain/sqrt(fan_in)). The gain is calculate_gain(\"leaky_relu\", a) = sqrt(2/(1 + a**2)), PyTorch's default for kaiming_*_ with a = 0 (sqrt(2), the ReLU gain); Neurogebra's formula is the a = 0 case. mode=\"fan_out\" is the same formula with fan_out as the input. PyTorch torch/nn/init.py (commit 0014856d63dfb7d5bfc6531ca21bee76c8098e6c).",
    ],
  },
});
