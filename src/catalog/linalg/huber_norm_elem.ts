import { linalg } from "../entry.js";

export default linalg({
  name: "huber_norm_elem",
  formula: "Piecewise((x**2/2, Abs(x) <= delta), (delta*(Abs(x) - delta/2), True))",
  params: { delta: 1 },
  domains: {
    delta: { min: Number.MIN_VALUE, max: Infinity, what: "a positive threshold" },
  },
  metadata: {
    description: "Huber function of one element: x^2/2 up to |x| = delta, linear beyond; summed over a vector it is a smooth L1 norm",
    usage: "Robust penalties on residuals or weights: quadratic near 0, linear for outliers.",
    pros: ["Continuously differentiable", "Linear growth for large |x| (robust)"],
    cons: ["delta must be tuned to the scale of x"],
    range: "[0, inf)",
    references: ["Huber, Robust Estimation of a Location Parameter, Ann. Math. Statist. 1964", "PyTorch nn.HuberLoss(delta) of x against 0"],
    conventions: ["|x| = delta belongs to the quadratic branch; both branches give the derivative delta*sign(x) there.", "Equals the huber loss at y_pred - y_true = x."],
  },
});
