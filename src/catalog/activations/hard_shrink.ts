import { activation } from "../entry.js";

export default activation({
  name: "hard_shrink",
  formula: "Piecewise((x, Abs(x) > lambd), (0, True))",
  params: { lambd: 0.5 },
  metadata: {
    description: "Hard shrinkage - x where |x| > lambda, else 0",
    usage: "Sparse coding and denoising: zeroes small values.",
    pros: ["Produces exact zeros (sparsity)"],
    cons: ["Discontinuous at ±lambda"],
    range: "{0} ∪ (-inf, -lambda) ∪ (lambda, inf)",
    conventions: ["The derivative at ±lambda is 0, as in PyTorch."],
  },
});
