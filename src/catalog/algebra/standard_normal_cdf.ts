import { algebra } from "../entry.js";

export default algebra({
  name: "standard_normal_cdf",
  formula: "erfc(-x/sqrt(2))/2",
  metadata: {
    description: "Standard normal CDF - Phi(x) = (1 + erf(x/sqrt(2)))/2, computed as erfc(-x/sqrt(2))/2",
    usage: "Probit-model response curves, Gaussian cumulative probabilities, GELU's gate.",
    pros: ["Exact in the lower tail (erfc form)", "Smooth S-curve in (0, 1)"],
    cons: ["No parameters: shift and scale the input for other normals"],
    range: "(0, 1)",
    aliases: ["probit"],
    references: ["Abramowitz and Stegun 26.2.29", "Neurogebra MathForge (algebra category)"],
    conventions: ["Neurogebra calls this probit, which is an alias here; strictly the probit is the inverse of this function (erfinv based).", "Neurogebra's 0.5*erf(x/sqrt(2)) + 0.5 rounds to 0 below x = -8.3; erfc keeps the lower tail down to x = -38."],
  },
});
