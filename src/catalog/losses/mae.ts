import { loss } from "../entry.js";

export default loss({
  name: "mae",
  formula: "Abs(y_pred - y_true)",
  metadata: {
    description: "Mean absolute error - the absolute difference between prediction and target",
    usage: "Regression where outliers should weigh linearly, or a median rather than a mean is wanted.",
    pros: ["Robust to outliers", "Same units as the target"],
    cons: ["Not differentiable at 0", "Constant gradient magnitude slows convergence near the optimum"],
    range: "[0, inf)",
    aliases: ["mean_absolute_error", "l1_loss"],
    references: ["PyTorch nn.L1Loss; Keras losses.MeanAbsoluteError"],
    conventions: ["The derivative at y_pred = y_true is 0, as in PyTorch's autograd (sign(0) = 0)."],
  },
});
