import { calculus } from "../entry.js";

export default calculus({
  name: "erfc",
  formula: "erfc(x)",
  metadata: {
    description: "Complementary error function - 1 - erf(x), without cancellation",
    usage: "Normal tail probabilities, Q-functions.",
    pros: ["Accurate in the right tail where 1 - erf(x) is 0 in doubles (stdlib-js erfc)"],
    cons: ["Underflows to 0 for x > 26.5"],
    range: "(0, 2)",
    references: ["DLMF 7.2", "Neurogebra MathForge (calculus category)"],
  },
});
