import { optimization } from "../entry.js";

export default optimization({
  name: "one_cycle_approx_lr",
  formula: "lr_max*(1 + cos(pi*epoch/T_max))/2",
  variables: ["epoch"],
  params: { lr_max: 0.1, T_max: 100 },
  domains: { epoch: { min: 0, max: Infinity, what: "the epoch (or step) count, from 0" } },
  metadata: {
    description: "Neurogebra's one-cycle approximation - lr_max*(1 + cos(pi*epoch/T_max))/2, a cosine from lr_max down to 0",
    usage: "A quick stand-in for the annealing half of one-cycle training; one_cycle_lr is torch's whole schedule.",
    pros: ["Two parameters"],
    cons: ["Not a one-cycle schedule: no warmup phase and a final rate of 0; it is cosine_annealing_lr with lr_min = 0"],
    range: "[0, lr_max]",
    references: ["Neurogebra MathForge (optimization category)", "Smith & Topin 2019 (super-convergence)"],
    conventions: ["Kept as Neurogebra writes it; torch.optim.lr_scheduler.OneCycleLR is one_cycle_lr."],
  },
});
