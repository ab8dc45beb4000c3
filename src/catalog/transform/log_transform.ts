import { transform } from "../entry.js";

export default transform({
  name: "log_transform",
  formula: "log(x + 1)",
  domains: {
    x: { min: -1, max: Infinity, what: "at least -1" },
  },
  metadata: {
    description: "Log transform log(1 + x) - compresses large values of a non-negative feature",
    usage: "Counts, prices and other right-skewed non-negative features.",
    pros: ["Defined at 0", "Evaluated as log1p: exact for tiny x"],
    cons: ["Not real for x < -1", "Only for non-negative data in practice"],
    range: "[0, inf) for x >= 0",
    references: [
      "NumPy numpy.log1p",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: ["x < -1 is an error (no real logarithm); x = -1 gives -Infinity."],
  },
});
