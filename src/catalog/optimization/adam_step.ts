import { optimization } from "../entry.js";

export default optimization({
  name: "adam_step",
  formula: "w - lr*(beta1*m + (1 - beta1)*grad)/(1 - beta1**t)/(sqrt((beta2*v + (1 - beta2)*grad**2)/(1 - beta2**t)) + eps)",
  variables: ["w", "grad", "m", "v", "t"],
  params: { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
  domains: {
    v: { min: 0, max: Infinity, what: "the second-moment average of the previous step" },
    t: { min: Number.MIN_VALUE, max: Infinity, what: "the step number (counted from 1; the formula holds for any t > 0)" },
  },
  metadata: {
    description: "One step of Adam, as torch.optim.Adam, from the moments of the previous step: bias-corrected first moment over the square root of the bias-corrected second moment plus eps",
    usage: "The default optimizer for deep networks; this formula is one update of one parameter w given its gradient, the two moment averages before the step and the step number t.",
    pros: ["Per-parameter step sizes with momentum", "Bias correction makes the first steps the right size", "Works with little tuning"],
    cons: ["Can generalize worse than SGD with momentum", "L2 weight decay interacts with the adaptive scaling (see adamw_step)"],
    range: "(-inf, inf)",
    references: ["Kingma & Ba 2015", "PyTorch torch.optim.Adam (torch/optim/adam.py, _single_tensor_adam)"],
    conventions: [
      "A formula of the state it reads: m and v are the moment averages before this step and t the step number (1 at the first step, where m = v = 0). The moments are updated inside (beta1*m + (1 - beta1)*grad, beta2*v + (1 - beta2)*grad**2, as adam_m_update and adam_v_update) and bias-corrected by 1 - beta1**t and 1 - beta2**t, as torch. Neurogebra's adam_step takes m_hat and v_hat as parameters defaulting to 0 instead.",
      "eps is added to the square root of the corrected second moment, as torch: sqrt(v_t)/sqrt(1 - beta2**t) + eps, the same number as sqrt(v_t/(1 - beta2**t)) + eps. Defaults are torch's (lr 1e-3, betas 0.9 and 0.999, eps 1e-8, no weight decay, amsgrad off).",
    ],
  },
});
