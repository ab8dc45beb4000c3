import { algebra } from "../entry.js";

export default algebra({
  name: "gompertz",
  formula: "a*exp(-b*exp(-c*x))",
  params: { a: 1, b: 1, c: 1 },
  domains: { x: { min: 0, max: Infinity, what: "non-negative (time or age)" } },
  metadata: {
    description: "Gompertz curve - a*exp(-b*exp(-c*x)), asymmetric sigmoidal growth",
    usage: "Tumour growth, mortality, market penetration: growth slower near the asymptote than at the start.",
    pros: ["Asymmetric S-curve", "Asymptote a"],
    cons: ["Parameters less intuitive than the logistic's"],
    range: "(0, a) for a > 0",
    conventions: ["x is time or age, x >= 0, where the curve is used; Neurogebra leaves it unrestricted (for c*x < -6.6 the value is below 1e-300)."],
    references: ["Gompertz, Phil. Trans. R. Soc. 1825", "Neurogebra MathForge (algebra category)"],
  },
});
