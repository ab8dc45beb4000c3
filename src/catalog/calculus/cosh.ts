import { calculus } from "../entry.js";

export default calculus({
  name: "cosh",
  formula: "cosh(x)",
  metadata: {
    description: "Hyperbolic cosine - (exp(x) + exp(-x))/2",
    usage: "Catenaries, log-cosh losses, hyperbolic geometry.",
    pros: ["Even, positive, convex"],
    cons: ["Overflows to inf for |x| > 710.5"],
    range: "[1, inf)",
    references: ["DLMF 4.28", "Neurogebra MathForge (calculus category)"],
  },
});
