import { algebra } from "../entry.js";

export default algebra({
  name: "rational",
  formula: "(a*x + b)/(c*x + d)",
  params: { a: 1, b: 0, c: 0, d: 1 },
  metadata: {
    description: "Rational (Möbius) function - (a*x + b)/(c*x + d)",
    usage: "Saturating or hyperbolic trends, Padé-style approximations, projective maps.",
    pros: ["Saturates at a/c", "Four interpretable parameters"],
    cons: ["Pole at x = -d/c"],
    range: "(-inf, inf)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Neurogebra adds epsilon to the denominator; here the formula is exact: at the pole it is ±inf (or NaN for 0/0)."],
  },
});
