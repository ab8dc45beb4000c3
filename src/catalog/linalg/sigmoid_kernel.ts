import { linalg } from "../entry.js";

export default linalg({
  name: "sigmoid_kernel",
  formula: "tanh(alpha*x*y + c_coeff)",
  variables: ["x", "y"],
  params: { alpha: 1, c_coeff: 1 },
  metadata: {
    description: "Sigmoid (hyperbolic tangent) kernel of two scalars: tanh(alpha*x*y + c)",
    usage: "Support vector machines with a neural-network-like kernel; one-feature case of scikit-learn's sigmoid_kernel.",
    pros: ["Bounded in (-1, 1)", "Relates SVMs to two-layer perceptrons"],
    cons: ["Not positive semi-definite for all alpha and c"],
    range: "(-1, 1)",
    references: ["scikit-learn sklearn.metrics.pairwise.sigmoid_kernel (gamma = 1/n_features = 1, coef0 = 1 for one feature)"],
    conventions: ["alpha and c_coeff default to scikit-learn's gamma = 1/n_features and coef0 = 1, for one feature (Neurogebra's defaults are not recorded)."],
  },
});
