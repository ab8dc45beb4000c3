import { algebra } from "../entry.js";

export default algebra({
  name: "hill_equation",
  formula: "V_max/(1 + (K/x)**n)",
  params: { K: 1, V_max: 1, n: 1 },
  domains: { x: { min: Number.MIN_VALUE, max: Infinity, what: "positive" } },
  metadata: {
    description: "Hill equation - V_max*x**n/(K**n + x**n), computed as V_max/(1 + (K/x)**n)",
    usage: "Cooperative binding, dose-response curves, receptor occupancy.",
    pros: ["Half-maximum at x = K", "Hill coefficient n sets the steepness"],
    cons: ["Only for x >= 0"],
    range: "[0, V_max) for V_max > 0",
    references: ["Hill, J. Physiol. 1910", "Neurogebra MathForge (algebra category)"],
    conventions: ["Written as V_max/(1 + (K/x)**n), equal to Neurogebra's V_max*x**n/(K**n + x**n) for x > 0, without its inf/inf = NaN when x**n overflows; the value at x = 0 is the limit 0."],
  },
});
