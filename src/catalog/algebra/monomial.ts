import { algebra } from "../entry.js";

export default algebra({
  name: "monomial",
  formula: "a*x**n",
  params: { a: 1, n: 2 },
  metadata: {
    description: "Monomial - a*x**n, one power of x with a coefficient",
    usage: "Single-term polynomial models, scaling relations with integer exponents.",
    pros: ["Two interpretable parameters", "Defined for negative x when n is an integer"],
    cons: ["A non-integer n gives NaN for x < 0 (use power_law for x >= 0)"],
    range: "(-inf, inf)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Same formula as power_law; monomial accepts every real x (NaN where x**n is not real), power_law is restricted to x >= 0."],
  },
});
