import { algebra } from "../entry.js";

export default algebra({
  name: "matern_12_kernel",
  formula: "sigma_k**2*exp(-Abs(x - y)/length_scale)",
  variables: ["x", "y"],
  params: { length_scale: 1, sigma_k: 1 },
  metadata: {
    description: "Matérn 1/2 kernel - sigma**2*exp(-|x - y|/l) of two inputs",
    usage: "Gaussian processes for rough (Ornstein-Uhlenbeck) functions.",
    pros: ["Models non-differentiable paths"],
    cons: ["Kink at x = y"],
    range: "(0, sigma_k**2]",
    references: ["Rasmussen and Williams, 2006, eq. 4.14", "scikit-learn Matern(nu=0.5)", "Neurogebra MathForge (algebra category)"],
    conventions: ["At x = y the derivative in x and y is 0 (the library's Abs'(0) = 0)."],
  },
});
