import { algebra } from "../entry.js";

export default algebra({
  name: "square_root",
  formula: "a*sqrt(Abs(x))",
  params: { a: 1 },
  metadata: {
    description: "Square root of |x| - a*sqrt(|x|)",
    usage: "Diminishing-returns curves, variance-stabilizing transforms.",
    pros: ["Concave growth", "Defined for every real x"],
    cons: ["Infinite slope at 0", "Symmetric in x: not the principal square root for x < 0"],
    range: "[0, inf) for a > 0",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Takes |x| as Neurogebra does, so negative x give sqrt(-x) instead of NaN.", "Neurogebra adds epsilon inside the root; here the formula is exact: the value at 0 is 0 and the slope there is infinite."],
  },
});
