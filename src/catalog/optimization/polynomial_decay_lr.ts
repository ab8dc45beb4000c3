import { optimization } from "../entry.js";

export default optimization({
  name: "polynomial_decay_lr",
  formula: "lr_end + (lr_init - lr_end)*(1 - Min(epoch, max_epochs)/max_epochs)**power_lr",
  variables: ["epoch"],
  params: { lr_init: 0.1, lr_end: 0, max_epochs: 100, power_lr: 1 },
  domains: { epoch: { min: 0, max: Infinity, what: "the epoch (or step) count, from 0" } },
  metadata: {
    description: "Polynomial decay - from lr_init to lr_end at max_epochs along (1 - epoch/max_epochs)**power_lr, then lr_end (torch.optim.lr_scheduler.PolynomialLR)",
    usage: "Linear (power 1) or polynomial decay to a final rate: BERT fine-tuning, segmentation networks (power 0.9).",
    pros: ["Reaches its final rate exactly at max_epochs"],
    cons: ["The length of training must be known in advance"],
    range: "[lr_end, lr_init] (for lr_end <= lr_init)",
    references: ["PyTorch torch.optim.lr_scheduler.PolynomialLR (torch/optim/lr_scheduler.py, _get_closed_form_lr)", "TensorFlow tf.keras.optimizers.schedules.PolynomialDecay (end_learning_rate, cycle=False)"],
    conventions: [
      "The epoch is capped at max_epochs, as torch's min(total_iters, last_epoch) (Neurogebra's form has no cap, and goes negative or complex past max_epochs). torch's PolynomialLR has no end rate: it is lr_end = 0.",
    ],
  },
});
