import { loss } from "../entry.js";

export default loss({
  name: "smooth_l1",
  formula: "Piecewise((0.5*(y_pred - y_true)**2/beta, Abs(y_pred - y_true) < beta), (Abs(y_pred - y_true) - 0.5*beta, True))",
  params: { beta: 1 },
  metadata: {
    description: "Smooth L1 loss - quadratic (scaled by 1/beta) below beta, L1 shifted by beta/2 above",
    usage: "Bounding-box regression in object detectors (Fast R-CNN).",
    pros: ["Robust to outliers", "Continuously differentiable", "Linear part has slope 1 whatever beta"],
    cons: ["beta must be tuned", "beta = 0 divides by zero here (PyTorch then switches to L1)"],
    range: "[0, inf)",
    references: ["Girshick, Fast R-CNN, ICCV 2015", "PyTorch nn.SmoothL1Loss"],
    conventions: ["PyTorch's definition: the quadratic branch is strict (|d| < beta); assumes beta > 0."],
  },
});
