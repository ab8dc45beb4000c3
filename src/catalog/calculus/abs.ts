import { calculus } from "../entry.js";

export default calculus({
  name: "abs",
  formula: "Abs(x)",
  metadata: {
    description: "Absolute value - |x|",
    usage: "Magnitudes, L1 penalties, distances on the line.",
    pros: ["Simple", "Exact"],
    cons: ["Kink at 0 (derivative sign(x), 0 at x = 0)"],
    range: "[0, inf)",
    aliases: ["abs_val"],
    references: ["NumPy abs", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra's name abs_val is an alias.", "The derivative at 0 is sign(0) = 0, the subgradient PyTorch uses.", "The algebra category's absolute_value is the same function."],
  },
});
