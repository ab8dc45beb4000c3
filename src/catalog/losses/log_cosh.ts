import { loss } from "../entry.js";

export default loss({
  name: "log_cosh",
  formula: "log(cosh(y_pred - y_true))",
  metadata: {
    description: "Log-cosh loss - the logarithm of the hyperbolic cosine of the error",
    usage: "Regression wanting MSE near 0 (about d**2/2) and MAE far away (about |d| - log 2), smooth everywhere.",
    pros: ["Twice differentiable", "Robust to outliers", "Gradient tanh(d) is bounded"],
    cons: ["Costlier than MSE or Huber"],
    range: "[0, inf)",
    aliases: ["logcosh"],
    references: ["Keras losses.LogCosh"],
    conventions: [
      "Evaluated through the compiler's stability rewrite: log1p(2*sinh(d/2)**2) for |d| < 1, |d| + log1p(exp(-2|d|)) - log(2) beyond, so there is no overflow (Keras returns the same form; cosh alone overflows past |d| = 710).",
    ],
  },
});
