import { loss } from "../entry.js";

export default loss({
  name: "huber",
  formula: "Piecewise((0.5*(y_pred - y_true)**2, Abs(y_pred - y_true) <= delta), (delta*Abs(y_pred - y_true) - 0.5*delta**2, True))",
  params: { delta: 1 },
  metadata: {
    description: "Huber loss - quadratic for errors up to delta, linear beyond",
    usage: "Regression with some outliers: MSE's smoothness near 0, MAE's robustness far away.",
    pros: ["Robust to outliers", "Continuously differentiable"],
    cons: ["delta must be tuned to the scale of the errors"],
    range: "[0, inf)",
    references: ["Huber, Robust Estimation of a Location Parameter, Ann. Math. Statist. 1964", "PyTorch nn.HuberLoss; Keras losses.Huber"],
    conventions: [
      "|y_pred - y_true| = delta belongs to the quadratic branch; both branches give the derivative delta*sign there.",
      "PyTorch's HuberLoss equals delta * SmoothL1Loss(beta = delta); with delta = 1 the two coincide.",
    ],
  },
});
