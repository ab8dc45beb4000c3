import { optimization } from "../entry.js";

export default optimization({
  name: "inverse_sqrt_lr",
  formula: "lr_init/sqrt(Max(epoch, warmup_steps))",
  variables: ["epoch"],
  params: { lr_init: 1, warmup_steps: 10000 },
  domains: { epoch: { min: 0, max: Infinity, what: "the epoch (or step) count, from 0" } },
  metadata: {
    description: "Inverse square-root decay - lr_init/sqrt(max(epoch, warmup_steps)): constant for warmup_steps steps, then decaying as 1/sqrt(epoch)",
    usage: "Transformer pre-training (T5's schedule).",
    pros: ["No fixed training length: it decays for ever, slowly"],
    cons: ["The constant start is not a warmup ramp (combine with warmup_linear_lr for one)"],
    range: "(0, lr_init/sqrt(warmup_steps)]",
    references: ["Raffel et al. 2020 (T5), section 3.1.2: 1/sqrt(max(n, k)) with k = 10^4", "Vaswani et al. 2017, section 5.3 (the decay after warmup)"],
    conventions: ["torch.optim.lr_scheduler has no inverse-square-root schedule; this is T5's, 1/sqrt(max(step, 10^4)) at the defaults. fairseq's inverse_sqrt is lr*sqrt(warmup)/sqrt(step) after a linear warmup, this formula with lr_init = lr*sqrt(warmup) after warmup_steps."],
  },
});
