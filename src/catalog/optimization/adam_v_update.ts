import { optimization } from "../entry.js";

export default optimization({
  name: "adam_v_update",
  formula: "beta2*v_adam + (1 - beta2)*grad**2",
  variables: ["v_adam", "grad"],
  params: { beta2: 0.999 },
  domains: { v_adam: { min: 0, max: Infinity, what: "the second-moment average before the step" } },
  metadata: {
    description: "Adam's second-moment update - beta2*v_adam + (1 - beta2)*grad**2",
    usage: "The exponential moving average of the squared gradient that Adam keeps between steps (the v that adam_step reads next time).",
    pros: ["Tracks the gradient's scale per parameter"],
    cons: ["Biased towards its initial 0 in the first steps (adam_bias_correction_v)", "With beta2 near 1 it adapts slowly to a change of scale"],
    range: "[0, inf)",
    references: ["Kingma & Ba 2015", "PyTorch torch.optim.Adam (torch/optim/adam.py: exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2))"],
    conventions: ["v_adam (the average before the step) and grad are inputs, beta2 a parameter (default 0.999, torch's). Neurogebra has v_adam as a parameter; adam_step names the same state v."],
  },
});
