import { optimization } from "../entry.js";

export default optimization({
  name: "exponential_decay_lr",
  formula: "lr_init*exp(-k_decay*epoch)",
  variables: ["epoch"],
  params: { lr_init: 0.1, k_decay: 0.05 },
  domains: { epoch: { min: 0, max: Infinity, what: "the epoch (or step) count, from 0" } },
  metadata: {
    description: "Exponential decay - lr_init*exp(-k_decay*epoch) (torch.optim.lr_scheduler.ExponentialLR with gamma = exp(-k_decay))",
    usage: "Smooth geometric decay of the learning rate every epoch.",
    pros: ["Smooth, one parameter"],
    cons: ["Decays for ever: too fast late or too slow early"],
    range: "(0, lr_init]",
    references: ["PyTorch torch.optim.lr_scheduler.ExponentialLR (torch/optim/lr_scheduler.py, _get_closed_form_lr: base_lr * gamma ** last_epoch)"],
    conventions: ["Neurogebra's continuous-rate form: torch's ExponentialLR(gamma) is k_decay = -log(gamma) (gamma 0.95 is k_decay 0.0513)."],
  },
});
