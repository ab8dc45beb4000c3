import { algebra } from "../entry.js";

export default algebra({
  name: "quartic",
  formula: "a*x**4 + b*x**3 + c*x**2 + d*x + e",
  params: { a: 1, b: 0, c: 0, d: 0, e: 0 },
  metadata: {
    description: "Quartic polynomial - a*x**4 + b*x**3 + c*x**2 + d*x + e",
    usage: "Curves with up to three turning points; double-well potentials.",
    pros: ["Up to three turning points", "Linear in its parameters"],
    cons: ["Grows without bound: a poor extrapolator", "Loses relative accuracy near its roots, where the terms cancel", "Five parameters: overfits small data"],
    range: "(-inf, inf)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["The parameter e is a plain symbol, not Euler's number (that is E)."],
  },
});
