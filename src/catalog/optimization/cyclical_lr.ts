import { optimization } from "../entry.js";

export default optimization({
  name: "cyclical_lr",
  formula: "lr_min + (lr_max - lr_min)*Abs(epoch - 2*step_size*floor(epoch/(2*step_size) + 1/2))/step_size",
  variables: ["epoch"],
  params: { lr_min: 0.001, lr_max: 0.006, step_size: 2000 },
  domains: { epoch: { min: 0, max: Infinity, what: "the epoch (or step) count, from 0" } },
  metadata: {
    description: "Triangular cyclical learning rate - up from lr_min to lr_max in step_size steps, down again in step_size steps, repeated (torch.optim.lr_scheduler.CyclicLR, mode triangular)",
    usage: "Training without a decay schedule to tune, and finding a learning-rate range.",
    pros: ["Escapes saddle points and sharp minima by raising the rate periodically"],
    cons: ["Two bounds and a cycle length to choose"],
    range: "[lr_min, lr_max] (for lr_min <= lr_max)",
    references: ["Smith 2017, Cyclical Learning Rates for Training Neural Networks", "PyTorch torch.optim.lr_scheduler.CyclicLR (torch/optim/lr_scheduler.py, get_lr, mode 'triangular')"],
    conventions: [
      "The same triangle wave as torch's 1 - |epoch/step_size - 2*cycle + 1| with cycle = floor(1 + epoch/(2*step_size)), written as Neurogebra writes it with step_size taken out of the absolute value; lr_min and lr_max are torch's base_lr and max_lr, step_size its step_size_up = step_size_down. Defaults: torch's step_size_up 2000; the bounds of Smith's paper (0.001, 0.006).",
      "At the turning points (epoch a multiple of step_size) the derivative with respect to epoch is 0 (Abs'(0) = 0); the position in the cycle, epoch - 2*step_size*floor(...), is exact only while epoch is a small multiple of the spacing of doubles (it loses digits from about 1e5 steps with a step_size that is not a power of 2, and everything beyond 2**53).",
    ],
  },
});
