import { calculus } from "../entry.js";

export default calculus({
  name: "csc",
  formula: "csc(x)",
  metadata: {
    description: "Cosecant - 1/sin(x)",
    usage: "Trigonometric identities.",
    pros: ["Odd, smooth away from its poles"],
    cons: ["Poles at multiples of pi (1/+-0 = +-inf at 0)"],
    range: "(-inf, -1] U [1, inf)",
    references: ["DLMF 4.14", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra writes 1/sin(x); the engine's csc is the same value, printed as SymPy's csc."],
  },
});
