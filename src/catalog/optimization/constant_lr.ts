import { optimization } from "../entry.js";

export default optimization({
  name: "constant_lr",
  formula: "lr_init*(factor + (1 - factor)*Heaviside(epoch - total_iters, 1))",
  variables: ["epoch"],
  params: { lr_init: 0.1, factor: 1, total_iters: 5 },
  domains: { epoch: { min: 0, max: Infinity, what: "the epoch (or step) count, from 0" } },
  metadata: {
    description: "Constant learning rate, optionally scaled by factor until total_iters (torch.optim.lr_scheduler.ConstantLR)",
    usage: "A baseline schedule; with factor < 1, a short reduced-rate start before the base rate.",
    pros: ["Nothing to tune", "At the defaults exactly lr_init, Neurogebra's constant_lr"],
    cons: ["No decay: the final iterates keep the full noise of the step size"],
    range: "[min(factor, 1)*lr_init, max(factor, 1)*lr_init]",
    references: ["PyTorch torch.optim.lr_scheduler.ConstantLR (torch/optim/lr_scheduler.py, _get_closed_form_lr)"],
    conventions: [
      "torch's closed form base_lr*(factor + (epoch >= total_iters)*(1 - factor)): the rate switches to lr_init at epoch = total_iters (Heaviside(0) = 1). factor defaults to 1 (a constant, Neurogebra's), torch's default is 1/3.",
    ],
  },
});
