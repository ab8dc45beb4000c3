import { algebra } from "../entry.js";

export default algebra({
  name: "heaviside",
  formula: "Piecewise((0, x < 0), (1, True))",
  metadata: {
    description: "Heaviside step - 0 for x < 0, 1 for x >= 0",
    usage: "Switches, indicator functions, thresholds in piecewise models.",
    pros: ["Exact 0/1 output"],
    cons: ["Zero derivative everywhere: useless for gradient descent"],
    range: "{0, 1}",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["H(0) = 1 as in Neurogebra (and H(-0) = 1); the engine's Heaviside function (SymPy's) gives H(0) = 1/2."],
  },
});
