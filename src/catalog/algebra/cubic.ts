import { algebra } from "../entry.js";

export default algebra({
  name: "cubic",
  formula: "a*x**3 + b*x**2 + c*x + d",
  params: { a: 1, b: 0, c: 0, d: 0 },
  metadata: {
    description: "Cubic polynomial - a*x**3 + b*x**2 + c*x + d",
    usage: "S-shaped trends with an inflection point, cubic interpolation pieces.",
    pros: ["Inflection point allows S-shapes", "Linear in its parameters"],
    cons: ["Grows without bound: a poor extrapolator", "Loses relative accuracy near its roots, where the terms cancel"],
    range: "(-inf, inf)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Evaluated as written (sum of monomials), not in Horner form."],
  },
});
