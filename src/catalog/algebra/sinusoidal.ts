import { algebra } from "../entry.js";

export default algebra({
  name: "sinusoidal",
  formula: "A*sin(omega*x + phi)",
  params: { A: 1, omega: 1, phi: 0 },
  // sin has no limit at ±inf: the inputs are the finite doubles.
  domains: { x: { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, what: "finite" } },
  metadata: {
    description: "Sinusoid - A*sin(omega*x + phi), amplitude A, angular frequency omega, phase phi",
    usage: "Periodic signals, seasonality, oscillations.",
    pros: ["Smooth and periodic", "Interpretable parameters"],
    cons: ["Fits have many local minima in omega", "Ill-conditioned for large |omega*x|: the rounding of omega*x + phi is amplified"],
    range: "[-|A|, |A|]",
    references: ["Neurogebra MathForge (algebra category)"],
  },
});
