import { algebra } from "../entry.js";

export default algebra({
  name: "rayleigh",
  formula: "x*exp(-x**2/(2*sigma**2))/sigma**2",
  params: { sigma: 1 },
  domains: { x: { min: 0, max: Infinity, what: "non-negative" } },
  metadata: {
    description: "Rayleigh density - x*exp(-x**2/(2*sigma**2))/sigma**2 for x >= 0",
    usage: "Magnitudes of 2-D Gaussian vectors: wind speed, signal envelopes, fading channels.",
    pros: ["Normalized density", "One scale parameter"],
    cons: ["Only for x >= 0"],
    range: "[0, exp(-1/2)/sigma]",
    references: ["SciPy scipy.stats.rayleigh", "Neurogebra MathForge (algebra category)"],
  },
});
