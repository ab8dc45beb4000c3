import { optimization } from "../entry.js";

export default optimization({
  name: "sgd_step",
  formula: "w - lr*(grad + weight_decay*w)",
  variables: ["w", "grad"],
  params: { lr: 0.01, weight_decay: 0 },
  metadata: {
    description: "One step of plain SGD - w - lr*(grad + weight_decay*w)",
    usage: "The update of torch.optim.SGD without momentum, for one parameter w with gradient grad.",
    pros: ["The simplest update rule; with weight_decay, torch's L2 term added to the gradient"],
    cons: ["One learning rate for every parameter and every step", "w - lr*grad rounds lr*grad before the subtraction (no fused multiply-add)"],
    range: "(-inf, inf)",
    references: ["Robbins & Monro 1951", "PyTorch torch.optim.SGD (torch/optim/sgd.py, _single_tensor_sgd, momentum = 0)"],
    conventions: [
      "w and grad are inputs; lr (default 0.01) and weight_decay (default 0, PyTorch's) are parameters. torch.optim.SGD adds weight_decay*w to the gradient before the step (an L2 penalty, not AdamW's decoupled decay).",
      "At weight_decay = 0 this is calculus's gradient_descent_step (whose input is named gradient).",
    ],
  },
});
