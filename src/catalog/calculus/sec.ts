import { calculus } from "../entry.js";

export default calculus({
  name: "sec",
  formula: "sec(x)",
  metadata: {
    description: "Secant - 1/cos(x)",
    usage: "Trigonometric identities, derivatives of tan (sec(x)**2).",
    pros: ["Even, smooth away from its poles"],
    cons: ["Poles at odd multiples of pi/2"],
    range: "(-inf, -1] U [1, inf)",
    references: ["DLMF 4.14", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra writes 1/cos(x); the engine's sec is the same value, printed as SymPy's sec."],
  },
});
