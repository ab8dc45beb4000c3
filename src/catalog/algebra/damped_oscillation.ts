import { algebra } from "../entry.js";

export default algebra({
  name: "damped_oscillation",
  formula: "A*exp(-gamma_d*x)*cos(omega*x + phi)",
  params: { A: 1, gamma_d: 0.1, omega: 1, phi: 0 },
  domains: { x: { min: 0, max: Infinity, what: "non-negative" } },
  metadata: {
    description: "Damped oscillation - A*exp(-gamma_d*x)*cos(omega*x + phi) for x >= 0 (time)",
    usage: "Damped springs, RLC circuits, ringing after an impulse.",
    pros: ["Decay rate and frequency separate", "Smooth"],
    cons: ["Ill-conditioned for large omega*x (like every sinusoid)"],
    range: "[-|A|, |A|] for gamma_d >= 0",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["x is time, x >= 0, as in the physics; Neurogebra leaves it unrestricted (where the envelope grows instead)."],
  },
});
