import { optimization } from "../entry.js";

export default optimization({
  name: "one_cycle_lr",
  formula:
    "Piecewise((lr_max + (lr_max/div_factor - lr_max)*(1 + cos(pi*epoch/(pct_start*total_steps - 1)))/2, epoch <= pct_start*total_steps - 1), " +
    "(lr_max/(div_factor*final_div_factor) + (lr_max - lr_max/(div_factor*final_div_factor))*(1 + cos(pi*(epoch - pct_start*total_steps + 1)/(total_steps - pct_start*total_steps)))/2, True))",
  variables: ["epoch"],
  params: { lr_max: 0.1, total_steps: 100, pct_start: 0.3, div_factor: 25, final_div_factor: 10000 },
  domains: { epoch: { min: 0, max: Infinity, what: "the epoch (or step) count, from 0" } },
  metadata: {
    description: "One-cycle schedule (torch.optim.lr_scheduler.OneCycleLR, two phases, cosine): up from lr_max/div_factor to lr_max, then down to lr_max/(div_factor*final_div_factor)",
    usage: "Super-convergence training to a fixed number of steps (fastai's fit_one_cycle).",
    pros: ["Trains fast with large rates; ends at a very small rate"],
    cons: ["Five hyperparameters; the total number of steps must be known"],
    range: "[lr_max/(div_factor*final_div_factor), lr_max]",
    references: ["Smith & Topin 2019, Super-Convergence", "PyTorch torch.optim.lr_scheduler.OneCycleLR (torch/optim/lr_scheduler.py, get_lr and _annealing_cos, three_phase=False)"],
    conventions: [
      "torch's phases: the first ends at step pct_start*total_steps - 1 (cosine from initial_lr = lr_max/div_factor up to lr_max), the second at total_steps - 1 (cosine from lr_max down to min_lr = initial_lr/final_div_factor). Defaults are torch's (pct_start 0.3, div_factor 25, final_div_factor 1e4); total_steps 100.",
      "Defined for epoch in [0, total_steps - 1]; past it the cosine rises again (torch raises an error past total_steps). torch's momentum cycling is not part of the learning rate.",
    ],
  },
});
