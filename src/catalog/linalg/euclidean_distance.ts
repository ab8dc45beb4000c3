import { linalg } from "../entry.js";

export default linalg({
  name: "euclidean_distance",
  formula: "sqrt(Sum((x[j] - y[j])**2, (j, 0, n - 1)))",
  variables: ["x", "y"],
  // Where x = y the gradient is 0 (a subgradient), as PyTorch's norm backward, instead of 0/0.
  derivatives: { x: "Piecewise(((x[i] - y[i])/sqrt(Sum((x[j] - y[j])**2, (j, 0, n - 1))), Sum((x[j] - y[j])**2, (j, 0, n - 1)) > 0), (0, True))", y: "Piecewise((-((x[i] - y[i])/sqrt(Sum((x[j] - y[j])**2, (j, 0, n - 1)))), Sum((x[j] - y[j])**2, (j, 0, n - 1)) > 0), (0, True))" },
  metadata: {
    description: "Euclidean distance - the L2 norm of x - y along the last axis",
    usage: "Nearest neighbours, k-means, metric learning.",
    pros: ["A true metric", "Smooth away from x = y"],
    cons: ["Squares overflow beyond about 1e154"],
    range: "[0, inf)",
    references: ["torch.cdist / torch.nn.functional.pairwise_distance (without its eps)"],
    conventions: ["The gradient where x = y is 0, as PyTorch's norm backward.", "No epsilon is added to the difference (PyTorch's pairwise_distance adds 1e-6)."],
  },
});
