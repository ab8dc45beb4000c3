import { algebra } from "../entry.js";

export default algebra({
  name: "michaelis_menten",
  formula: "V_max/(1 + K_m/x)",
  params: { K_m: 1, V_max: 1 },
  domains: { x: { min: Number.MIN_VALUE, max: Infinity, what: "positive" } },
  metadata: {
    description: "Michaelis-Menten kinetics - V_max*x/(K_m + x), computed as V_max/(1 + K_m/x)",
    usage: "Enzyme reaction rates against substrate concentration, saturating responses.",
    pros: ["Half-maximum at x = K_m", "Saturates at V_max"],
    cons: ["Only for x >= 0", "V_max and K_m correlate strongly in fits"],
    range: "[0, V_max) for V_max > 0",
    references: ["Michaelis and Menten, Biochem. Z. 1913", "Neurogebra MathForge (algebra category)"],
    conventions: ["Written as V_max/(1 + K_m/x), equal to V_max*x/(K_m + x) for x > 0 and without its inf/inf at x = inf; the value at x = 0 is the limit 0."],
  },
});
