import { algebra } from "../entry.js";

export default algebra({
  name: "laplacian_kernel",
  formula: "exp(-gamma_k*Abs(x - y))",
  variables: ["x", "y"],
  params: { gamma_k: 1 },
  metadata: {
    description: "Laplacian kernel - exp(-gamma*|x - y|) of two inputs",
    usage: "Kernel methods on rough data; equal to the Matérn 1/2 kernel.",
    pros: ["Less smooth than RBF: fits rough functions"],
    cons: ["Kink at x = y"],
    range: "(0, 1]",
    references: ["scikit-learn sklearn.metrics.pairwise.laplacian_kernel", "Neurogebra MathForge (algebra category)"],
    conventions: ["At x = y the derivative is 0 (the library's Abs'(0) = 0)."],
  },
});
