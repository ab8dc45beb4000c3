import { calculus } from "../entry.js";

export default calculus({
  name: "cot",
  formula: "cot(x)",
  metadata: {
    description: "Cotangent - cos(x)/sin(x)",
    usage: "Trigonometric identities, the derivative of log(sin(x)).",
    pros: ["Odd, smooth away from its poles"],
    cons: ["Poles at multiples of pi"],
    range: "(-inf, inf)",
    references: ["DLMF 4.14", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra writes cos(x)/sin(x); the engine's cot is 1/tan(x), printed as SymPy's cot."],
  },
});
