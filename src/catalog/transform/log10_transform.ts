import { transform } from "../entry.js";

export default transform({
  name: "log10_transform",
  formula: "log(x + 1)/log(10)",
  domains: {
    x: { min: -1, max: Infinity, what: "at least -1" },
  },
  metadata: {
    description: "Base-10 log transform log10(1 + x)",
    usage: "Right-skewed non-negative features when decades are the natural unit (counts, incomes).",
    pros: ["Defined at 0", "Readable in orders of magnitude"],
    cons: ["Not real for x < -1"],
    range: "[0, inf) for x >= 0",
    references: ["Neurogebra MathForge (transform category)"],
    conventions: ["x < -1 is an error (no real logarithm); x = -1 gives -Infinity."],
  },
});
