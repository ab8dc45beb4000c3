import { optimization } from "../entry.js";

export default optimization({
  name: "gradient_clip_norm",
  formula: "grad*Min(1, max_norm/(grad_norm + 1.0e-6))",
  variables: ["grad", "grad_norm"],
  params: { max_norm: 1 },
  domains: { grad_norm: { min: 0, max: Infinity, what: "the norm of the whole gradient" } },
  metadata: {
    description: "Gradient clipping by norm - grad scaled by min(1, max_norm/(grad_norm + 1e-6)) (torch.nn.utils.clip_grad_norm_)",
    usage: "Guarding against exploding gradients while keeping their direction: transformers, recurrent networks.",
    pros: ["Keeps the gradient's direction", "Inactive for small gradients"],
    cons: ["The norm is computed over all parameters first (here an input)"],
    range: "(-inf, inf)",
    references: ["Pascanu, Mikolov & Bengio 2013", "PyTorch torch.nn.utils.clip_grad_norm_ (torch/nn/utils/clip_grad.py: clip_coef = max_norm / (total_norm + 1e-6), clamped to 1)"],
    conventions: [
      "One element of the clipped gradient, given the norm grad_norm of the whole gradient: torch's 1e-6, not Neurogebra's 1e-8.",
      "At max_norm/(grad_norm + 1e-6) = 1 exactly the derivative takes the constant branch (the library's rule: a tie goes to the number), where torch's clamp passes the gradient; the values agree.",
    ],
  },
});
