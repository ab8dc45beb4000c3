import { algebra } from "../entry.js";

export default algebra({
  name: "logarithmic",
  formula: "a*log(x) + b",
  params: { a: 1, b: 0 },
  domains: { x: { min: 0, max: Infinity, what: "non-negative" } },
  metadata: {
    description: "Logarithmic curve - a*log(x) + b for x >= 0",
    usage: "Diminishing returns, Weber-Fechner perception, log-linear trends.",
    pros: ["Concave, slowly growing", "Linear in its parameters"],
    cons: ["-inf at x = 0"],
    range: "(-inf, inf)",
    references: ["Neurogebra MathForge (algebra category)"],
    conventions: ["Neurogebra computes a*log(x + epsilon) + b; here the formula is exact: a*log(0) + b = -inf for a > 0."],
  },
});
