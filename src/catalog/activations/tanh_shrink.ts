import { activation } from "../entry.js";

export default activation({
  name: "tanh_shrink",
  formula: "x - tanh(x)",
  metadata: {
    description: "Tanh shrink - x - tanh(x)",
    usage: "Rarely used; sparse coding experiments.",
    pros: ["Smooth", "Near zero for small inputs (cubic)"],
    cons: ["Unbounded", "Tiny gradient near 0"],
    range: "(-inf, inf)",
    conventions: ["For |x| < 0.1 a Taylor series replaces x - tanh(x), which has no correct digit for |x| < 1e-5 when computed directly."],
  },
});
