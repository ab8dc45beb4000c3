import { optimization } from "../entry.js";

export default optimization({
  name: "step_decay_lr",
  formula: "lr_init*gamma_decay**floor(epoch/step_size)",
  variables: ["epoch"],
  params: { lr_init: 0.1, gamma_decay: 0.1, step_size: 30 },
  domains: { epoch: { min: 0, max: Infinity, what: "the epoch (or step) count, from 0" } },
  metadata: {
    description: "Step decay - the learning rate multiplied by gamma_decay every step_size epochs (torch.optim.lr_scheduler.StepLR)",
    usage: "The classic ImageNet schedule (divide by 10 every 30 epochs).",
    pros: ["Simple, widely reproduced"],
    cons: ["Sudden drops; the drop epochs are hyperparameters"],
    range: "(0, lr_init]",
    references: ["PyTorch torch.optim.lr_scheduler.StepLR (torch/optim/lr_scheduler.py, _get_closed_form_lr: base_lr * gamma ** (last_epoch // step_size))"],
    conventions: ["floor(epoch/step_size) is torch's integer division for integer epochs. Defaults: torch's gamma 0.1; step_size 30 as torch's documentation example (torch has no default)."],
  },
});
