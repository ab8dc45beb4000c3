import { regularizer } from "../entry.js";

export default regularizer({
  name: "total_variation_vector",
  formula: "lambda_reg*Sum(Abs(w[j + 1] - w[j]), (j, 0, n - 2))",
  variables: ["w"],
  params: { lambda_reg: 0.01 },
  metadata: {
    description: "Total variation lambda*sum |w[j+1] - w[j]| of a signal along the last axis (anisotropic, one dimension)",
    usage: "Denoising and smoothing of 1-D signals, and a smoothness penalty on weights ordered in time or space: it allows jumps and penalises oscillation.",
    pros: ["Convex", "Preserves edges: a jump costs its height, not its square"],
    cons: ["Staircasing", "Not differentiable where neighbours are equal", "One axis: an image's total variation sums this over rows and over columns"],
    range: "[0, inf)",
    references: ["Rudin, Osher & Fatemi, Nonlinear total variation based noise removal algorithms, Physica D 1992", "Condat, A direct algorithm for 1-D total variation denoising, IEEE SPL 2013"],
    conventions: [
      "The sum over a row of Neurogebra's total_variation (one pair of neighbours): total_variation_vector(w) = sum of total_variation(w[j + 1], w[j]). A row of one element has none: 0.",
      "The derivative at a tie of neighbours is 0 (sign(0) = 0); each end of the row has one neighbour, so its derivative has one term.",
    ],
  },
});
