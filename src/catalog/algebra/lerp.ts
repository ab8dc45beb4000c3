import { algebra } from "../entry.js";

export default algebra({
  name: "lerp",
  formula: "a_val + t*(b_val - a_val)",
  variables: ["t"],
  params: { a_val: 0, b_val: 1 },
  metadata: {
    description: "Linear interpolation - a + t*(b - a) between a_val (t = 0) and b_val (t = 1)",
    usage: "Blending values, animation, interpolating weights (exponential moving averages are lerps).",
    pros: ["Exact at t = 0", "Extrapolates linearly outside [0, 1]"],
    cons: ["At t = 1 it equals b_val only up to rounding"],
    range: "(-inf, inf)",
    references: ["PyTorch torch.lerp", "Neurogebra MathForge (algebra category)"],
    conventions: ["Input t; a_val and b_val are parameters, as torch.lerp(start, end, weight) with weight t."],
  },
});
