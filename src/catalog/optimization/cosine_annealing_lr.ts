import { optimization } from "../entry.js";

export default optimization({
  name: "cosine_annealing_lr",
  formula: "lr_min + (lr_max - lr_min)*(1 + cos(pi*epoch/T_max))/2",
  variables: ["epoch"],
  params: { lr_max: 0.1, lr_min: 0, T_max: 100 },
  domains: { epoch: { min: 0, max: Infinity, what: "the epoch (or step) count, from 0" } },
  metadata: {
    description: "Cosine annealing - from lr_max at epoch 0 to lr_min at epoch T_max along half a cosine (torch.optim.lr_scheduler.CosineAnnealingLR)",
    usage: "The common schedule for training from scratch to a fixed number of epochs (SGDR without restarts).",
    pros: ["Smooth; long high-rate phase, gentle landing", "Two intuitive parameters"],
    cons: ["The length of training must be known in advance"],
    range: "[lr_min, lr_max] (for lr_min <= lr_max)",
    references: ["Loshchilov & Hutter 2017 (SGDR)", "PyTorch torch.optim.lr_scheduler.CosineAnnealingLR (torch/optim/lr_scheduler.py, _get_closed_form_lr)"],
    conventions: ["torch's closed form, with lr_max its base_lr and lr_min its eta_min (default 0). Past T_max the cosine rises again, as torch's closed form."],
  },
});
