import { algebra } from "../entry.js";

export default algebra({
  name: "polynomial_kernel",
  formula: "(alpha_k*x*y + c_k)**d_k",
  variables: ["x", "y"],
  params: { alpha_k: 1, c_k: 1, d_k: 2 },
  metadata: {
    description: "Polynomial kernel - (alpha*x*y + c)**d of two inputs",
    usage: "SVMs with polynomial feature interactions of degree d.",
    pros: ["Finite feature space", "Interpretable degree"],
    cons: ["Numerically explosive for large degrees", "d/dd_k is NaN where the base is negative"],
    range: "(-inf, inf)",
    references: ["scikit-learn sklearn.metrics.pairwise.polynomial_kernel (gamma, coef0, degree)", "Neurogebra MathForge (algebra category)"],
    conventions: ["scikit-learn's gamma, coef0, degree are alpha_k, c_k, d_k; the scalar product x*y stands for the dot product."],
  },
});
