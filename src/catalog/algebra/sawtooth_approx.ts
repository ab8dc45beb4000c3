import { algebra } from "../entry.js";

export default algebra({
  name: "sawtooth_approx",
  formula: "1/2 - (sin(x) + sin(2*x)/2 + sin(3*x)/3)/pi",
  // sin has no limit at ±inf: the inputs are the finite doubles.
  domains: { x: { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, what: "finite" } },
  metadata: {
    description: "Sawtooth wave, three Fourier terms - 1/2 - (sin(x) + sin(2x)/2 + sin(3x)/3)/pi",
    usage: "Smooth approximation of a sawtooth with period 2*pi, rising from 0 to 1.",
    pros: ["Smooth", "Shows the Gibbs phenomenon of truncated series"],
    cons: ["Only three terms: ripples and overshoot"],
    range: "about (0, 1)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["The exact 1/2 replaces Neurogebra's 0.5 (the same double).", "Ill-conditioned for large |x|: the rounding of 3*x is amplified by sin."],
  },
});
