import { optimization } from "../entry.js";

export default optimization({
  name: "adamw_step",
  formula: "w*(1 - lr*lambda_wd) - lr*(beta1*m + (1 - beta1)*grad)/(1 - beta1**t)/(sqrt((beta2*v + (1 - beta2)*grad**2)/(1 - beta2**t)) + eps)",
  variables: ["w", "grad", "m", "v", "t"],
  params: { lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, lambda_wd: 0.01 },
  domains: {
    v: { min: 0, max: Infinity, what: "the second-moment average of the previous step" },
    t: { min: Number.MIN_VALUE, max: Infinity, what: "the step number (counted from 1; the formula holds for any t > 0)" },
  },
  metadata: {
    description: "One step of AdamW, as torch.optim.AdamW: w shrunk by 1 - lr*lambda_wd, then Adam's bias-corrected step",
    usage: "Adam with weight decay that does what L2 regularization is meant to do: the default for training transformers.",
    pros: ["Decoupled weight decay: the decay is not rescaled by the adaptive denominator", "Same robustness as Adam"],
    cons: ["One more hyperparameter (lambda_wd)", "The decay is multiplied by lr, so a schedule scales it too"],
    range: "(-inf, inf)",
    references: ["Loshchilov & Hutter 2019", "PyTorch torch.optim.AdamW (torch/optim/adamw.py, _single_tensor_adamw)"],
    conventions: [
      "A formula of the state it reads, as adam_step: m and v are the moment averages before this step, t the step number from 1; the moments are updated and bias-corrected inside.",
      "torch decays first (param.mul_(1 - lr*weight_decay)) and then takes Adam's step, which does not read w, so the two orders give the same formula. lambda_wd is torch's weight_decay (default 0.01, torch's).",
    ],
  },
});
