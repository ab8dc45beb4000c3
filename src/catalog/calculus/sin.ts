import { calculus } from "../entry.js";

export default calculus({
  name: "sin",
  formula: "sin(x)",
  metadata: {
    description: "Sine - the height of the point at angle x on the unit circle",
    usage: "Periodic signals, positional encodings, rotations.",
    pros: ["Smooth and bounded", "Exact argument reduction in Math.sin"],
    cons: ["Periodic: not invertible on the whole line"],
    range: "[-1, 1]",
    references: ["DLMF 4.14", "Neurogebra MathForge (calculus category)"],
    conventions: ["x in radians."],
  },
});
