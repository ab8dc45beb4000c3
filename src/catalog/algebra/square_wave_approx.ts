import { algebra } from "../entry.js";

export default algebra({
  name: "square_wave_approx",
  formula: "4*(sin(x) + sin(3*x)/3 + sin(5*x)/5)/pi",
  // sin has no limit at ±inf: the inputs are the finite doubles.
  domains: { x: { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, what: "finite" } },
  metadata: {
    description: "Square wave, three Fourier terms - 4*(sin(x) + sin(3x)/3 + sin(5x)/5)/pi",
    usage: "Smooth approximation of a square wave with period 2*pi and levels -1 and 1.",
    pros: ["Smooth", "Odd harmonics only, as the square wave's series"],
    cons: ["Only three terms: Gibbs overshoot near the jumps"],
    range: "about (-1.2, 1.2)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Ill-conditioned for large |x|: the rounding of 3*x and 5*x is amplified by sin."],
  },
});
