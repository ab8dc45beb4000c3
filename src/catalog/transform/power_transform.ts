import { transform } from "../entry.js";

export default transform({
  name: "power_transform",
  formula: "x**p_exp",
  params: { p_exp: 2 },
  metadata: {
    description: "Power transform x**p",
    usage: "Emphasising (p > 1) or compressing (0 < p < 1) large values of a non-negative feature.",
    pros: ["One parameter", "Exact"],
    cons: ["Not real for negative x and fractional p"],
    range: "[0, inf) for x >= 0",
    references: ["Neurogebra MathForge (transform category)"],
    conventions: ["A negative x with a non-integer p_exp gives NaN (no real power), as IEEE pow."],
  },
});
