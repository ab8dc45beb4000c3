import { linalg } from "../entry.js";

export default linalg({
  name: "frobenius_elem",
  formula: "x**2",
  metadata: {
    description: "One term x^2 of the squared Frobenius norm: the square root of the sum over every element of a matrix is its Frobenius norm",
    usage: "Per-element terms of the Frobenius norm (weight decay on matrices, reconstruction errors).",
    pros: ["Smooth everywhere"],
    cons: ["Overflows for |x| > 1.3e154"],
    range: "[0, inf)",
    references: ["torch.linalg.matrix_norm(A, 'fro')**2 is the sum of these terms"],
    conventions: ["The same term as l2_norm_elem: the Frobenius norm of a matrix is the L2 norm of its flattened elements (l2_norm of the matrix reshaped to one row)."],
  },
});
