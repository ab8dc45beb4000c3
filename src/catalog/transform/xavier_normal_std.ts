import { transform } from "../entry.js";
import uniform from "./xavier_uniform_bound.js";

// Glorot's normal variant: the uniform bound's inputs, parameter and fan convention, std = bound/sqrt(3).
export default transform({
  ...uniform,
  name: "xavier_normal_std",
  formula: "gain*sqrt(2)/sqrt(fan_in + fan_out)",
  metadata: {
    ...uniform.metadata,
    description: "Standard deviation of Glorot (Xavier) normal initialisation: weights drawn from N(0, std**2)",
    aliases: ["glorot_normal_std"],
    references: [
      "Glorot and Bengio, Understanding the difficulty of training deep feedforward neural networks, 2010",
      "PyTorch torch.nn.init.xavier_normal_(w, gain)",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      uniform.metadata.conventions![0]!,
      "gain*sqrt(2/(fan_in + fan_out)) as PyTorch's xavier_normal_; gain defaults to 1 as there (torch.nn.init.calculate_gain gives 5/3 for tanh, sqrt(2) for ReLU). Neurogebra's formula is the gain = 1 case. PyTorch torch/nn/init.py (commit 0014856d63dfb7d5bfc6531ca21bee76c8098e6c).",
    ],
  },
});
