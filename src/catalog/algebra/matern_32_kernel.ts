import { algebra } from "../entry.js";

export default algebra({
  name: "matern_32_kernel",
  formula: "sigma_k**2*(1 + sqrt(3)*Abs(x - y)/length_scale)*exp(-sqrt(3)*Abs(x - y)/length_scale)",
  variables: ["x", "y"],
  params: { length_scale: 1, sigma_k: 1 },
  metadata: {
    description: "Matérn 3/2 kernel - sigma**2*(1 + sqrt(3)*r/l)*exp(-sqrt(3)*r/l), r = |x - y|",
    usage: "Gaussian processes for once-differentiable functions.",
    pros: ["Once differentiable paths: between Matérn 1/2 and RBF"],
    cons: ["Two parameters to tune"],
    range: "(0, sigma_k**2]",
    references: ["Rasmussen and Williams, 2006, eq. 4.17", "scikit-learn Matern(nu=1.5)", "Neurogebra MathForge (algebra category)"],
  },
});
