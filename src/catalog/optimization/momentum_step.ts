import { optimization } from "../entry.js";

export default optimization({
  name: "momentum_step",
  formula: "w - lr*(mu_momentum*v + grad)",
  variables: ["w", "grad", "v"],
  params: { lr: 0.01, mu_momentum: 0.9 },
  metadata: {
    description: "One step of SGD with momentum, as torch.optim.SGD - w - lr*(mu_momentum*v + grad)",
    usage: "The update of torch.optim.SGD(momentum=mu_momentum) from the momentum buffer v of the previous step.",
    pros: ["Damps oscillation across a ravine and speeds progress along it", "PyTorch's buffer convention: the learning rate multiplies the buffer, so changing lr mid-run rescales the whole step"],
    cons: ["Another hyperparameter", "Can overshoot a minimum"],
    range: "(-inf, inf)",
    references: ["Polyak 1964; Sutskever et al. 2013", "PyTorch torch.optim.SGD (torch/optim/sgd.py, _single_tensor_sgd)"],
    conventions: [
      "PyTorch's form, not Neurogebra's (w - lr*grad - mu_momentum*v, with v a velocity that already holds the learning rate): v is the momentum buffer of the previous step, the new buffer is mu_momentum*v + grad, and w moves by lr times the new buffer.",
      "torch sets the buffer to grad at the first step, which is this formula with v = 0 (dampening 0, torch's default; torch's dampening tau would weight grad by 1 - tau after the first step).",
      "The next step's v is mu_momentum*v + grad.",
    ],
  },
});
