import { calculus } from "../entry.js";

export default calculus({
  name: "hyperbolic_tangent",
  formula: "tanh(x)",
  metadata: {
    description: "Hyperbolic tangent - sinh(x)/cosh(x), in (-1, 1)",
    usage: "Squashing to (-1, 1); as a network layer use the activation tanh.",
    pros: ["Odd, bounded, smooth", "Exact in the tails (Math.tanh)"],
    cons: ["Vanishing derivative for large |x|"],
    range: "(-1, 1)",
    aliases: ["tanh_func"],
    references: ["DLMF 4.28", "Neurogebra MathForge (calculus category)"],
    conventions: ["Neurogebra's name tanh_func is an alias; the name tanh belongs to the activation of the same formula."],
  },
});
