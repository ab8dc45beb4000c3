import { algebra } from "../entry.js";

export default algebra({
  name: "nth_root",
  formula: "Abs(x)**(1/n)",
  params: { n: 3 },
  metadata: {
    description: "n-th root of |x| - |x|**(1/n)",
    usage: "Root transforms of skewed data (cube root), generalized means.",
    pros: ["Compresses large values", "Defined for every real x"],
    cons: ["Infinite slope at 0 for n > 1", "Symmetric in x: for x < 0 it is not the real root (cbrt(-8) = -2, nth_root(-8) = 2)"],
    range: "[0, inf)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Takes |x| as Neurogebra does; use cbrt for the real cube root with its sign.", "Neurogebra adds epsilon to |x|; here the formula is exact."],
  },
});
