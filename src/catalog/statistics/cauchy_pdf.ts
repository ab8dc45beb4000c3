import { statistic } from "../entry.js";

export default statistic({
  name: "cauchy_pdf",
  formula: "1/(pi*gamma_param*(1 + ((x - x0)/gamma_param)**2))",
  params: { x0: 0, gamma_param: 1 },
  domains: {
    gamma_param: { min: Number.MIN_VALUE, max: Infinity, what: "a positive scale" },
  },
  metadata: {
    description: "Cauchy (Lorentz) density with location x0 and scale gamma_param",
    usage: "Heavy tails: robust likelihoods, priors on scales (half-Cauchy), resonance line shapes.",
    pros: ["Very heavy tails: robust to outliers"],
    cons: ["No mean or variance"],
    range: "(0, 1/(pi*gamma_param)]",
    references: ["SciPy scipy.stats.cauchy (loc = x0, scale = gamma_param)"],
    conventions: [
      "Student's t with nu = 1.",
    ],
  },
});
