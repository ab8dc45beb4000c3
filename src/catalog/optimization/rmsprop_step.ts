import { optimization } from "../entry.js";

export default optimization({
  name: "rmsprop_step",
  formula: "w - lr*grad/(sqrt(rho*v_rms + (1 - rho)*grad**2) + eps)",
  variables: ["w", "grad", "v_rms"],
  params: { lr: 0.01, rho: 0.99, eps: 1e-8 },
  domains: { v_rms: { min: 0, max: Infinity, what: "the running average of squared gradients of the previous step" } },
  metadata: {
    description: "One step of RMSprop, as torch.optim.RMSprop - w - lr*grad/(sqrt(rho*v_rms + (1 - rho)*grad**2) + eps)",
    usage: "Per-parameter step sizes from a moving average of squared gradients: recurrent networks, non-stationary objectives.",
    pros: ["Fixes Adagrad's ever-shrinking steps with a moving average"],
    cons: ["No momentum or bias correction in this form (the average starts at 0, so the first steps are large)"],
    range: "(-inf, inf)",
    references: ["Hinton, Coursera lecture 6e (2012)", "PyTorch torch.optim.RMSprop (torch/optim/rmsprop.py, _single_tensor_rmsprop)"],
    conventions: [
      "v_rms is the state before this step; the average is updated inside, as torch's square_avg.mul_(alpha).addcmul_ comes before the division. The next step's v_rms is rho*v_rms + (1 - rho)*grad**2.",
      "rho is torch's alpha (default 0.99); eps is added after the square root, as torch (default 1e-8), not under it as in Neurogebra's sqrt(v_rms + 1e-8). lr defaults to torch's 0.01.",
      "torch's centered and momentum options are off here (their defaults).",
    ],
  },
});
