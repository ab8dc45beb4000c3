import { optimization } from "../entry.js";

export default optimization({
  name: "warmup_linear_lr",
  formula: "lr_target*(start_factor + (1 - start_factor)*Min(1, epoch/warmup_steps))",
  variables: ["epoch"],
  params: { lr_target: 0.1, warmup_steps: 5, start_factor: 0 },
  domains: { epoch: { min: 0, max: Infinity, what: "the epoch (or step) count, from 0" } },
  metadata: {
    description: "Linear warmup - from start_factor*lr_target at epoch 0 to lr_target at warmup_steps, then constant (torch.optim.lr_scheduler.LinearLR)",
    usage: "The start of transformer training and of large-batch training, before a decay schedule.",
    pros: ["Avoids the large, badly scaled first steps of adaptive optimizers"],
    cons: ["One more hyperparameter (the length)"],
    range: "[start_factor*lr_target, lr_target]",
    references: ["Goyal et al. 2017", "PyTorch torch.optim.lr_scheduler.LinearLR (torch/optim/lr_scheduler.py, _get_closed_form_lr)"],
    conventions: [
      "torch's LinearLR(start_factor, end_factor=1, total_iters=warmup_steps): base_lr*(start_factor + (1 - start_factor)*min(total_iters, epoch)/total_iters). start_factor defaults to 0, Neurogebra's lr_target*Min(1, epoch/warmup_steps); torch requires start_factor > 0 (default 1/3).",
    ],
  },
});
