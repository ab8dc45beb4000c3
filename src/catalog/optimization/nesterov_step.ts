import { optimization } from "../entry.js";

export default optimization({
  name: "nesterov_step",
  formula: "w - lr*(grad + mu_momentum*(mu_momentum*v + grad))",
  variables: ["w", "grad", "v"],
  params: { lr: 0.01, mu_momentum: 0.9 },
  metadata: {
    description: "One step of SGD with Nesterov momentum, as torch.optim.SGD(nesterov=True) - w - lr*(grad + mu_momentum*(mu_momentum*v + grad))",
    usage: "The update of torch.optim.SGD(momentum=mu_momentum, nesterov=True) from the momentum buffer v of the previous step.",
    pros: ["Looks ahead along the momentum: less overshoot than plain momentum", "Needs the gradient at w only (Sutskever's reformulation), not at a look-ahead point"],
    cons: ["Another hyperparameter", "The look-ahead is implicit, which makes the formula harder to read than plain momentum"],
    range: "(-inf, inf)",
    references: ["Nesterov 1983; Sutskever et al. 2013", "PyTorch torch.optim.SGD (torch/optim/sgd.py, _single_tensor_sgd, nesterov=True)"],
    conventions: [
      "PyTorch's form: the new buffer is b = mu_momentum*v + grad and w moves by lr*(grad + mu_momentum*b). Neurogebra's grad_lookahead (the gradient at a look-ahead point) is not an input: torch's rule, like Sutskever's, uses the gradient at w.",
      "torch sets the buffer to grad at the first step, which is this formula with v = 0; torch requires dampening 0 with nesterov.",
    ],
  },
});
