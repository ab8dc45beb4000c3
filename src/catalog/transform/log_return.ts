import { transform } from "../entry.js";

export default transform({
  name: "log_return",
  formula: "log(x/x_prev)",
  variables: ["x", "x_prev"],
  domains: {
    x: { min: Number.MIN_VALUE, max: Infinity, what: "positive" },
    x_prev: { min: Number.MIN_VALUE, max: Infinity, what: "positive" },
  },
  metadata: {
    description: "Log return log(x/x_prev) of a positive series",
    usage: "Returns of prices: they add over time and are symmetric in gains and losses.",
    pros: ["Additive over periods"],
    cons: ["Only for positive values"],
    range: "(-inf, inf)",
    references: ["Neurogebra MathForge (transform category)"],
    conventions: [
      "Without Neurogebra's + 1e-8 added to x_prev: both values must be positive (an error otherwise). x and x_prev are the inputs (Neurogebra has x_prev as a parameter).",
    ],
  },
});
