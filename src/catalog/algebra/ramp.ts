import { algebra } from "../entry.js";

export default algebra({
  name: "ramp",
  formula: "Max(0, x)",
  metadata: {
    description: "Ramp function - max(0, x)",
    usage: "Piecewise-linear models, hinge terms, the shape of ReLU outside networks.",
    pros: ["Simple", "Exact"],
    cons: ["Kink at 0"],
    range: "[0, inf)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["The same function as the activation relu; the derivative at 0 is 0, as relu's."],
  },
});
