import { regularizer } from "../entry.js";

export default regularizer({
  name: "total_variation",
  formula: "lambda_reg*Abs(w_i - w_j)",
  variables: ["w_i", "w_j"],
  params: { lambda_reg: 0.01 },
  metadata: {
    description: "Total variation term lambda*|w_i - w_j| of two neighbouring values",
    usage: "Denoising and smoothing of signals and images: summed over neighbours it is the (anisotropic) total variation.",
    pros: ["Convex", "Preserves edges (jumps cost their height, not its square)"],
    cons: ["Staircasing", "Not differentiable where neighbours are equal"],
    range: "[0, inf)",
    references: ["Rudin, Osher & Fatemi, Nonlinear total variation based noise removal algorithms, Physica D 1992", "Neurogebra MathForge (regularizer category)"],
    conventions: [
      "Neurogebra's scalar stand-in for one pair of neighbours; the sum over a row is total_variation_vector.",
      "The derivative where w_i = w_j is 0 (sign(0) = 0).",
    ],
  },
});
