import { linalg } from "../entry.js";

export default linalg({
  name: "l2_norm_elem",
  formula: "x**2",
  metadata: {
    description: "One term x^2 of the squared L2 norm: the square root of the sum over a vector is l2_norm",
    usage: "Per-element weight decay and squared lengths; sum it over a vector (or use l2_norm along the last axis).",
    pros: ["Smooth everywhere", "Its derivative 2*x is linear"],
    cons: ["Overflows for |x| > 1.3e154", "Squares make large elements dominate"],
    range: "[0, inf)",
    references: ["torch.linalg.vector_norm(x, ord=2)**2 is the sum of these terms"],
    conventions: ["The term of the squared norm, not of the norm: no square root is taken per element."],
  },
});
