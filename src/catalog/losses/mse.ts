import { loss } from "../entry.js";

export default loss({
  name: "mse",
  formula: "(y_pred - y_true)**2",
  metadata: {
    description: "Mean squared error - the squared difference between prediction and target",
    usage: "Default loss for regression with roughly Gaussian noise.",
    pros: ["Smooth everywhere", "Convex", "Gradient proportional to the error"],
    cons: ["Sensitive to outliers", "Scale-dependent"],
    range: "[0, inf)",
    aliases: ["mean_squared_error", "l2_loss"],
    references: ["PyTorch nn.MSELoss; Keras losses.MeanSquaredError"],
    conventions: ["Per element, as written; the mean over a batch is eval(..., { reduction: \"mean\" }).", "Overflows to Infinity beyond |y_pred - y_true| ~ 1.3e154, where the true square is not a double."],
  },
});
