import { algebra } from "../entry.js";

export default algebra({
  name: "quadratic",
  formula: "a*x**2 + b*x + c",
  params: { a: 1, b: 0, c: 0 },
  metadata: {
    description: "Quadratic polynomial - a*x**2 + b*x + c",
    usage: "Parabolic trends, projectile paths, second-order approximations around an optimum.",
    pros: ["One turning point at -b/(2a)", "Linear in its parameters: least squares fits it exactly"],
    cons: ["Grows without bound: a poor extrapolator", "Loses relative accuracy near its roots, where the terms cancel"],
    range: "(-inf, inf)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Evaluated as written (sum of monomials), not in Horner form."],
  },
});
