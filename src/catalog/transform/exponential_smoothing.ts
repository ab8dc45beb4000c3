import { transform } from "../entry.js";

export default transform({
  name: "exponential_smoothing",
  formula: "alpha_es*x + (1 - alpha_es)*s_prev",
  variables: ["x", "s_prev"],
  params: { alpha_es: 0.3 },
  metadata: {
    description: "One step of simple exponential smoothing: alpha*x + (1 - alpha)*s_prev",
    usage: "Smoothing a series online, exponential moving averages of metrics or weights.",
    pros: ["One parameter, constant memory"],
    cons: ["Lags behind trends"],
    range: "between s_prev and x for alpha_es in [0, 1]",
    references: [
      "Brown, Statistical Forecasting for Inventory Control, 1959",
      "pandas Series.ewm(alpha=alpha_es, adjust=False).mean()",
      "Neurogebra MathForge (transform category)",
    ],
    conventions: [
      "x and the previous smoothed value s_prev are the inputs (Neurogebra has s_prev as a parameter).",
    ],
  },
});
