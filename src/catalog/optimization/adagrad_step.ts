import { optimization } from "../entry.js";

export default optimization({
  name: "adagrad_step",
  formula: "w - lr*grad/(sqrt(G + grad**2) + eps)",
  variables: ["w", "grad", "G"],
  params: { lr: 0.01, eps: 1e-10 },
  domains: { G: { min: 0, max: Infinity, what: "the sum of the squared gradients of the previous steps" } },
  metadata: {
    description: "One step of Adagrad, as torch.optim.Adagrad - w - lr*grad/(sqrt(G + grad**2) + eps)",
    usage: "Per-parameter learning rates that shrink with the accumulated squared gradient: sparse features, convex problems.",
    pros: ["Rare features get large steps", "No schedule needed for convex problems"],
    cons: ["The accumulated sum only grows, so the step size decays towards zero in long runs (RMSprop and Adam fix this)"],
    range: "(-inf, inf)",
    references: ["Duchi, Hazan & Singer 2011", "PyTorch torch.optim.Adagrad (torch/optim/adagrad.py, _single_tensor_adagrad)"],
    conventions: [
      "G is the state before this step; the sum is updated inside (G + grad**2), as torch's state_sum.addcmul_ comes before the division. The next step's G is G + grad**2.",
      "eps is added after the square root, as torch (default 1e-10, torch's), not under it as in Neurogebra's sqrt(G + 1e-8).",
      "torch's lr_decay and initial_accumulator_value are 0 here (their defaults).",
    ],
  },
});
