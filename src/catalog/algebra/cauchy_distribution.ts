import { algebra } from "../entry.js";

export default algebra({
  name: "cauchy_distribution",
  formula: "1/(pi*gamma_param*(1 + ((x - x0)/gamma_param)**2))",
  params: { gamma_param: 1, x0: 0 },
  metadata: {
    description: "Cauchy density - 1/(pi*gamma*(1 + ((x - x0)/gamma)**2)), location x0, scale gamma",
    usage: "Heavy tails: resonance line shapes, robust likelihoods, ratios of normal variables.",
    pros: ["Heavy tails (decay as 1/x**2)", "Normalized density"],
    cons: ["No mean or variance"],
    range: "(0, 1/(pi*gamma)]",
    references: ["SciPy scipy.stats.cauchy", "Neurogebra MathForge (algebra category)"],
    conventions: ["The scale is gamma_param as in Neurogebra (gamma is the gamma function).", "Written with ((x - x0)/gamma)**2 so that gamma**2 never overflows; lorentzian is the same shape with height A."],
  },
});
