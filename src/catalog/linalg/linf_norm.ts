import { linalg } from "../entry.js";

export default linalg({
  name: "linf_norm",
  formula: "ReduceMax(Abs(x[j]), (j, 0, n - 1))",
  variables: ["x"],
  metadata: {
    description: "L-infinity (max) norm - the largest absolute value along the last axis",
    usage: "Worst-case error bounds, adversarial perturbation budgets, gradient clipping by value.",
    pros: ["Exact (no powers, no overflow)", "The limit of lp_norm as p grows"],
    cons: ["Its gradient reaches only the largest elements", "Not differentiable where two elements tie for the largest |x|"],
    range: "[0, inf)",
    aliases: ["infinity_norm"],
    references: ["torch.linalg.vector_norm(x, ord=inf, dim=-1)"],
    conventions: [
      "The gradient is sign(x) at the largest |x|, split evenly between ties, as PyTorch's amax and its inf-norm backward; 0 elsewhere and on a zero row.",
    ],
  },
});
