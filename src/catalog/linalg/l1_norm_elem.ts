import { linalg } from "../entry.js";

export default linalg({
  name: "l1_norm_elem",
  formula: "Abs(x)",
  metadata: {
    description: "One term |x| of the L1 norm: summed over the elements of a vector it gives l1_norm",
    usage: "Per-element L1 penalties and absolute deviations; sum it over a vector (or use l1_norm along the last axis).",
    pros: ["Promotes sparsity when used as a penalty", "Robust to outliers"],
    cons: ["Not differentiable at 0 (subgradient 0 there)"],
    range: "[0, inf)",
    references: ["torch.linalg.vector_norm(x, ord=1) is the sum of these terms"],
    conventions: ["The derivative at x = 0 is 0, as PyTorch's sign (abs backward)."],
  },
});
