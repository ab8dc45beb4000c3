import { optimization } from "../entry.js";

export default optimization({
  name: "adam_m_update",
  formula: "beta1*m + (1 - beta1)*grad",
  variables: ["m", "grad"],
  params: { beta1: 0.9 },
  metadata: {
    description: "Adam's first-moment update - beta1*m + (1 - beta1)*grad",
    usage: "The exponential moving average of the gradient that Adam keeps between steps (the m that adam_step reads next time).",
    pros: ["Smooths noisy gradients (momentum)"],
    cons: ["Biased towards its initial 0 in the first steps (adam_bias_correction_m)"],
    range: "(-inf, inf)",
    references: ["Kingma & Ba 2015", "PyTorch torch.optim.Adam (torch/optim/adam.py: exp_avg.lerp_(grad, 1 - beta1))"],
    conventions: ["m (the average before the step) and grad are inputs, beta1 a parameter (default 0.9, torch's). Neurogebra has m as a parameter."],
  },
});
