import { calculus } from "../entry.js";

export default calculus({
  name: "ln",
  formula: "log(x)",
  domains: {
    x: { min: 0, max: Infinity, what: "at least 0" },
  },
  metadata: {
    description: "Natural logarithm - the inverse of exp",
    usage: "Log-likelihoods, log-scale features, turning products into sums.",
    pros: ["Turns products into sums", "Derivative 1/x"],
    cons: ["Only defined for x >= 0 (ln(0) = -inf)", "Near x = 1 use log1p(x - 1) if x - 1 is what you have"],
    range: "(-inf, inf)",
    references: ["DLMF 4.2", "Neurogebra MathForge (calculus category)"],
    conventions: ["Printed as log(x), SymPy's and NumPy's name for the natural logarithm; the input outside [0, inf] is an ArgumentError, not NaN."],
  },
});
