import { algebra } from "../entry.js";

export default algebra({
  name: "power_law",
  formula: "a*x**n",
  params: { a: 1, n: 0.5 },
  domains: { x: { min: Number.MIN_VALUE, max: Infinity, what: "positive" } },
  metadata: {
    description: "Power law - a*x**n for x >= 0",
    usage: "Scaling laws (allometry, neural scaling laws, Zipf), heavy-tailed relations.",
    pros: ["Straight line on log-log axes", "Scale-free"],
    cons: ["Only for x >= 0", "d/dn = a*x**n*log(x) is NaN at x = 0"],
    range: "[0, inf) for a > 0",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Same formula as monomial, with x >= 0 checked by eval."],
  },
});
