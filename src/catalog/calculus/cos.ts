import { calculus } from "../entry.js";

export default calculus({
  name: "cos",
  formula: "cos(x)",
  metadata: {
    description: "Cosine - the abscissa of the point at angle x on the unit circle",
    usage: "Periodic signals, positional encodings, rotations, cosine schedules.",
    pros: ["Smooth and bounded", "Exact argument reduction in Math.cos"],
    cons: ["Periodic: not invertible on the whole line"],
    range: "[-1, 1]",
    references: ["DLMF 4.14", "Neurogebra MathForge (calculus category)"],
    conventions: ["x in radians."],
  },
});
