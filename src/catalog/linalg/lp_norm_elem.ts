import { linalg } from "../entry.js";

export default linalg({
  name: "lp_norm_elem",
  formula: "Abs(x)**p",
  params: { p: 3 },
  domains: {
    p: { min: Number.MIN_VALUE, max: Infinity, what: "a positive exponent" },
  },
  metadata: {
    description: "One term |x|^p of the Lp norm: the p-th root of the sum over a vector is lp_norm",
    usage: "Per-element terms of Lp penalties and norms between L1 (p = 1) and L2 (p = 2) and beyond.",
    pros: ["One family covering l1_norm_elem (p = 1) and l2_norm_elem (p = 2)"],
    cons: ["Not differentiable at 0 for p <= 1", "Overflows for large p or large |x|"],
    range: "[0, inf)",
    references: ["torch.linalg.vector_norm(x, ord=p) is the p-th root of the sum of these terms"],
    conventions: ["p defaults to 3, as lp_norm (Neurogebra's default is not recorded); p must be positive.", "The derivative with respect to x at 0 is 0 for p > 1 (p*|x|**(p-1)*sign(x))."],
  },
});
