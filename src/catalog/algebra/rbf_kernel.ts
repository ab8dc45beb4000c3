import { algebra } from "../entry.js";

export default algebra({
  name: "rbf_kernel",
  formula: "exp(-gamma_k*(x - y)**2)",
  variables: ["x", "y"],
  params: { gamma_k: 1 },
  metadata: {
    description: "RBF (Gaussian) kernel - exp(-gamma*(x - y)**2) of two inputs",
    usage: "Support vector machines, kernel ridge regression, Gaussian processes (squared-exponential kernel).",
    pros: ["Smooth, universal kernel", "One width parameter"],
    cons: ["Very sensitive to gamma", "Assumes very smooth functions"],
    range: "(0, 1]",
    references: ["scikit-learn sklearn.metrics.pairwise.rbf_kernel", "Neurogebra MathForge (algebra category)"],
    conventions: ["gamma_k = 1/(2*length_scale**2) in the Gaussian-process parametrization."],
  },
});
