import { algebra } from "../entry.js";

export default algebra({
  name: "absolute_value",
  formula: "Abs(x)",
  metadata: {
    description: "Absolute value - |x|",
    usage: "Magnitudes, distances on the line, L1 terms.",
    pros: ["Simple", "Exact"],
    cons: ["Kink at 0"],
    range: "[0, inf)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["The derivative at 0 is sign(0) = 0.", "The calculus category's abs (Neurogebra's abs_val) is the same function."],
  },
});
