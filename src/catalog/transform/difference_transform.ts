import { transform } from "../entry.js";

export default transform({
  name: "difference_transform",
  formula: "x - x_prev",
  variables: ["x", "x_prev"],
  metadata: {
    description: "First difference x - x_prev of a series",
    usage: "Removing a trend before modelling a series (ARIMA's d = 1).",
    pros: ["Exact", "Removes linear trends"],
    cons: ["Amplifies noise"],
    range: "(-inf, inf)",
    references: [
      "pandas Series.diff; NumPy numpy.diff",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: ["x and x_prev are the inputs (Neurogebra has x_prev as a parameter)."],
  },
});
