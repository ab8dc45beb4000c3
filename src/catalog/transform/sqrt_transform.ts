import { transform } from "../entry.js";

export default transform({
  name: "sqrt_transform",
  formula: "sqrt(x)",
  domains: {
    x: { min: 0, max: Infinity, what: "non-negative" },
  },
  metadata: {
    description: "Square-root transform - a milder compression than the logarithm",
    usage: "Count data (variance-stabilising for Poisson counts), moderately skewed features.",
    pros: ["Defined at 0", "Variance-stabilising for counts"],
    cons: ["Not real for x < 0", "Infinite slope at 0"],
    range: "[0, inf)",
    references: [
      "Anscombe, The transformation of Poisson, binomial and negative-binomial data, 1948",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: ["x < 0 is an error (no real square root); sqrt(-0) = -0, as IEEE."],
  },
});
