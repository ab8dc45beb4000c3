import { algebra } from "../entry.js";

export default algebra({
  name: "log_linear",
  formula: "a*softplus(b*x)",
  params: { a: 1, b: 1 },
  metadata: {
    description: "Softplus curve - a*log(1 + exp(b*x)), computed as a*softplus(b*x)",
    usage: "Smooth hinges: curves that are flat on one side and linear on the other.",
    pros: ["Smooth everywhere", "Exact in both tails (no overflow of exp(b*x))"],
    cons: ["Not linear near 0"],
    range: "(0, inf) for a > 0",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Neurogebra writes a*log(exp(b*x) + 1), which overflows for b*x > 709.78 and loses everything below b*x = -37; softplus is exact there."],
  },
});
