import { linalg } from "../entry.js";

export default linalg({
  name: "l2_norm",
  formula: "sqrt(Sum(x[j]**2, (j, 0, n - 1)))",
  variables: ["x"],
  // At 0 the gradient is 0 (a subgradient), as PyTorch's norm backward, instead of 0/0.
  derivatives: { x: "Piecewise((x[i]/sqrt(Sum(x[j]**2, (j, 0, n - 1))), Sum(x[j]**2, (j, 0, n - 1)) > 0), (0, True))" },
  metadata: {
    description: "L2 (Euclidean) norm - the square root of the sum of squares along the last axis",
    usage: "Vector lengths, gradient clipping, weight decay diagnostics.",
    pros: ["Smooth away from 0", "Rotation invariant"],
    cons: ["Squares overflow beyond about 1e154 per element"],
    range: "[0, inf)",
    aliases: ["euclidean_norm"],
    references: ["torch.linalg.vector_norm(x, ord=2, dim=-1)"],
    conventions: ["The gradient at 0 is 0, as PyTorch's norm backward.", "Computed as the square root of the sum of squares, without rescaling: elements beyond about 1.3e154 overflow to Infinity."],
  },
});
