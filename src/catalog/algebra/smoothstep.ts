import { algebra } from "../entry.js";

export default algebra({
  name: "smoothstep",
  formula: "t**2*(3 - 2*t)",
  variables: ["t"],
  metadata: {
    description: "Smoothstep - 3*t**2 - 2*t**3, the cubic Hermite step from 0 to 1",
    usage: "Smooth transitions in graphics and animation, soft thresholds.",
    pros: ["Zero slope at t = 0 and t = 1"],
    cons: ["Not clamped: outside [0, 1] it is the cubic"],
    range: "[0, 1] on [0, 1]",
    references: ["GLSL smoothstep", "Neurogebra MathForge (algebra category)"],
    conventions: ["Not clamped, as Neurogebra: GLSL's smoothstep(0, 1, t) clamps t to [0, 1] first.", "Written t**2*(3 - 2*t), exact at t = 1.5 where the expanded form cancels."],
  },
});
