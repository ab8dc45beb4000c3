import { calculus } from "../entry.js";

export default calculus({
  name: "tan",
  formula: "tan(x)",
  metadata: {
    description: "Tangent - sin(x)/cos(x)",
    usage: "Slopes from angles, angle transforms.",
    pros: ["Maps (-pi/2, pi/2) onto the whole line"],
    cons: ["Poles at odd multiples of pi/2 (in doubles finite but huge there)"],
    range: "(-inf, inf)",
    references: ["DLMF 4.14", "Neurogebra MathForge (calculus category)"],
    conventions: ["x in radians; the derivative is written 1 + tan(x)**2, as SymPy does."],
  },
});
