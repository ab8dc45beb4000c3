import { algebra } from "../entry.js";

export default algebra({
  name: "inverse_square",
  formula: "a/x**2",
  params: { a: 1 },
  metadata: {
    description: "Inverse-square law - a/x**2",
    usage: "Gravity, electrostatics, intensity of a point source against distance.",
    pros: ["Exact physical law", "One parameter"],
    cons: ["Pole at x = 0 (value inf)"],
    range: "(0, inf) for a > 0",
    references: ["Newton's law of universal gravitation; Coulomb's law", "Neurogebra MathForge (algebra category)"],
    conventions: ["Neurogebra adds epsilon = 1e-8 to the denominator to avoid the pole; here the formula is exact and a/0**2 = inf."],
  },
});
