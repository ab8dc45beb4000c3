import { algebra } from "../entry.js";

export default algebra({
  name: "sign_function",
  formula: "sign(x)",
  metadata: {
    description: "Sign function - -1 for x < 0, 0 at 0, 1 for x > 0",
    usage: "Directions of change, sign-based optimizers, symmetric thresholds.",
    pros: ["Exact"],
    cons: ["Zero derivative everywhere"],
    range: "{-1, 0, 1}",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["sign(0) = sign(-0) = 0, as SymPy and NumPy (Neurogebra writes the same as a Piecewise)."],
  },
});
